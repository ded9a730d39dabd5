/**
 * "Not now / later" and the everyday commands, in all seven languages (later/rows.ts): a busy or
 * not-now with a time is a snooze to it (later.ts), a removal of this one or the company asks to
 * forget it (removal.ts), reopen, undo, status, export and help in everyday words; traps are
 * their news, their promise, the user's own plan or a meeting.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";
import { readsAsExpected } from "./later/check";
import { LATER_GAPS, LATER_ROWS, type LaterRow } from "./later/rows";

// Wednesday, March 10 2027, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2027-03-10T10:00:00", { zone });

function readsRight(lang: Lang, row: LaterRow): void {
  const reading = understandReply(row[0], {
    now,
    zone,
    languages: [lang],
    company: "Acme",
    replyingTo: row[3] ?? null,
  });
  expect(readsAsExpected(row, reading, now), JSON.stringify(reading)).toBe(true);
}

describe.each(Object.entries(LATER_ROWS) as Array<[Lang, readonly LaterRow[]]>)(
  "not now and commands (%s)",
  (lang, rows) => {
    it.each(rows.map((row) => [row[0], row] as const))("%s", (_, row) => {
      readsRight(lang, row);
    });
  },
);

describe("gaps, not read yet", () => {
  it.fails.each(LATER_GAPS.map(([lang, row]) => [row[0], lang, row] as const))("%s", (_, lang, row) => {
    readsRight(lang, row);
  });
});
