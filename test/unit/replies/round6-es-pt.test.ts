/**
 * Round 6 replies in Spanish and Portuguese, written before the tables were filled (first batch)
 * and after (second batch): every intent, regional forms and traps that close nothing
 * (round6/es-pt-cases.ts). Rows not read yet are listed as gaps and expected to fail.
 * Read before the rows were added: first batch es 138/152, pt 141/154; second batch, written
 * after the rows and read before any for it, es 27/30, pt 28/30.
 */
import { describe, expect, it } from "vitest";
import { round6Failure } from "./round6/check";
import * as CASES from "./round6/es-pt-cases";

/** Replies not read yet, by text: kept as gaps so a fix shows. */
const GAPS = new Set([
  // "alguien más" beside the rejection names someone else: the reading stays cautious.
  "me cerraron la puerta, buscan a alguien más senior",
  // "quinta que vem" on a Wednesday is read as tomorrow, not next week's Thursday.
  "agora não, me avisa quinta que vem",
  // A wish not to be kept, then a removal of everything, after a comma.
  "não quero que guarde nada meu, apaga tudo",
]);

describe("round 6 replies (es, pt)", () => {
  for (const [name, rows] of Object.entries(CASES))
    for (const row of rows) {
      const title = `${name} (${row[0]}) ${row[1]} → ${row[2]}`;
      if (GAPS.has(row[1])) it.fails(`gap ${title}`, () => expect(round6Failure(row)).toBeNull());
      else it(title, () => expect(round6Failure(row)).toBeNull());
    }
});
