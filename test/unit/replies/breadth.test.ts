/**
 * Breadth (round 6): German, Austrian and Swiss, Dutch and Flemish replies written intent by
 * intent, every common verb form, noun and regional word, with traps beside them (breadth/).
 * Each reads as the held-out scorer checks it; a closing applied where none was meant always
 * fails. Gaps are not read yet and expected to fail.
 */
import { describe, expect, it } from "vitest";
import { DE } from "./breadth/de";
import { NL } from "./breadth/nl";
import type { BreadthRow } from "./breadth/types";
import { breadthProblems } from "./breadth/verdict";

const TABLES = [
  ["de", DE],
  ["nl", NL],
] as const;

const named = (rows: readonly BreadthRow[]) => rows.map((row) => [row[0], row] as const);

describe.each(TABLES)("replies written for breadth (%s)", (lang, { first, later, gaps }) => {
  it.each(named([...first, ...later]))("%s", (_, row) => {
    expect(breadthProblems(row, lang)).toEqual([]);
  });

  if (gaps.length > 0)
    it.fails.each(named(gaps))("gap, not read yet: %s", (_, row) => {
      expect(breadthProblems(row, lang)).toEqual([]);
    });
});
