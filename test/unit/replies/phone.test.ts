/**
 * French, Spanish and Italian replies as typed on a phone, regional forms and slang included
 * (phone/*.ts): each intent reads as said, a closing plainly stated is applied, and the traps
 * beside them (other people's news, questions, conditions, fears, other matters) read as nothing.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../lambdas/domain/types";
import { ES } from "./phone/es";
import { FR } from "./phone/fr";
import { IT } from "./phone/it";
import type { PhoneRow, PhoneTable } from "./phone/types";

// Wednesday, Nov 25 2026, 10:00 in Paris.
const zone = "Europe/Paris";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

const TABLES: ReadonlyArray<readonly [Lang, PhoneTable]> = [
  ["fr", FR],
  ["es", ES],
  ["it", IT],
];

const read = (text: string, lang: Lang, replyingTo?: ReminderKind) =>
  understandReply(text, {
    now,
    zone,
    languages: [lang, "en"],
    company: "Acme",
    replyingTo: replyingTo ?? null,
  });

/** The row read as written: its intent, its date when given, a closing applied or asked as marked. */
function readsAsWritten([text, expected, date, replyingTo]: PhoneRow, lang: Lang): void {
  const asked = expected.endsWith("?");
  const intent = expected.replace(/\?$/, "");
  const reading = read(text, lang, replyingTo);
  expect(reading.intent).toBe(intent);
  if (date !== undefined) expect(reading.date).toBe(date);
  if (CLOSINGS.has(intent)) expect(reading.needsConfirmation ?? false).toBe(asked);
}

describe.each(TABLES)("replies typed on a phone (%s)", (lang, table) => {
  it.each(table.replies.map((row) => [row[0], row] as const))("%s", (_, row) => {
    readsAsWritten(row, lang);
  });

  it.each(table.traps)("trap: %s", (text) => {
    expect(read(text, lang).intent).toBe("unknown");
  });

  it.fails.each(table.gaps.map((row) => [row[0], row] as const))("gap, not read yet: %s", (_, row) => {
    readsAsWritten(row, lang);
  });
});
