/**
 * Every language has every part: the compiler checks the shape (Record<Lang, Lexicon>), this
 * checks that no table is empty and that every phrase is one the matcher reads as itself.
 */
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../lambdas/domain/language/detect";
import { LANGS } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { fold, table } from "../../../lambdas/domain/language/phrases";

/** Every list in a lexicon, with its path ("cues.offer", "months.0"). */
function lists(value: unknown, path: string): Array<[string, unknown[]]> {
  if (Array.isArray(value))
    return value.every((item) => typeof item === "string")
      ? [[path, value]]
      : value.flatMap((item, index) => lists(item, `${path}.${index}`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => lists(item, path ? `${path}.${key}` : key));
  return [];
}

describe.each(LANGS)("the %s lexicon", (lang) => {
  const lexicon = LEXICONS[lang];

  it("has no empty table", () => {
    const empty = lists(lexicon, "").filter(
      ([, list]) => list.length === 0 || list.some((item) => item === ""),
    );

    expect(empty.map(([path]) => path)).toEqual([]);
  });

  it("names twelve months and seven weekdays", () => {
    expect(lexicon.months).toHaveLength(12);
    expect(lexicon.weekdays).toHaveLength(7);
  });

  it("has a suggestion for every command it may offer", () => {
    expect(Object.values(lexicon.suggestions).every((command) => command.trim().length > 0)).toBe(true);
  });

  it("reads every cue phrase as itself", () => {
    const unread = Object.values(lexicon.cues)
      .flat()
      .filter((phrase) => {
        const typed = fold(phrase.replace(/\*$/, "").replace(/\s*…\s*/g, " "));
        return !table([phrase]).test(typed);
      });

    expect(unread).toEqual([]);
  });

  it("tells its own replies from the other languages'", () => {
    const samples = [
      lexicon.suggestions.rejected,
      lexicon.suggestions["next-round"],
      lexicon.suggestions.withdraw,
    ];

    for (const sample of samples) expect(detectLanguage(fold(sample), ["en"])).toBe(lang);
  });
});
