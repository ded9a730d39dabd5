/**
 * The matcher's ways to read what no row spells out: a slip of the thumb in a long word, a
 * shorthand in place of the words it stands for; and the grammar's reading of a day's dot and of
 * a "si," typed for "sí".
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clausesOf, contextAt } from "../../../lambdas/domain/language/grammar";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { fold, oneEditApart, table } from "../../../lambdas/domain/language/phrases";
import { withShorthandsIn } from "../../../lambdas/domain/language/shorthands";

describe("one edit apart", () => {
  it.each([
    ["abgelehnt", "abgelent", true],
    ["abgelehnt", "abgelehntt", true],
    ["afgewezen", "afgweezen", true],
    ["rechazaron", "rechasaron", true],
    ["entrevista", "entrevsita", true],
    ["absage", "absage", true],
    ["absage", "zusage", false],
    ["rechazaron", "rechazamos", false],
    ["offerta", "offrire", false],
  ] as const)("%s / %s → %s", (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });

  it("holds for any word and itself with one letter changed, added or left out", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{2,12}$/),
        fc.nat(),
        fc.constantFrom("change", "add", "drop"),
        (word, at, edit) => {
          const index = at % word.length;
          const changed =
            edit === "drop"
              ? word.slice(0, index) + word.slice(index + 1)
              : `${word.slice(0, index)}q${word.slice(index + (edit === "change" ? 1 : 0))}`;
          expect(oneEditApart(word, changed)).toBe(true);
        },
      ),
    );
  });
});

describe("a fuzzy table", () => {
  const phrases = ["absage bekommen", "me rechazaron", "nee"];

  it("reads a long word typed with one slip, and says it was a guess", () => {
    expect(table(phrases, true).matches("absgae bekommen")).toEqual([
      { index: 0, text: "absgae bekommen", approximate: true },
    ]);
    expect(table(phrases, true).matches("me rechasaron ayer")).toEqual([
      { index: 0, text: "me rechasaron", approximate: true },
    ]);
  });

  it("reads a phrase as written first, and no slip in a short word", () => {
    expect(table(phrases, true).matches("absage bekommen")[0]?.approximate).toBe(false);
    expect(table(phrases, true).test("nie")).toBe(false);
  });

  it("keeps the first letter: a slip there is another word", () => {
    expect(table(phrases, true).test("zbsage bekommen")).toBe(false);
  });

  it("is fuzzy only where asked: the grammar's own tables read words as written", () => {
    expect(table(phrases).test("absgae bekommen")).toBe(false);
  });
});

describe("shorthands", () => {
  it("add each row with the shorthand in place of its words, every combination", () => {
    const rows = withShorthandsIn(
      ["dijeron que no", "porque no"],
      [
        ["q", "que"],
        ["xq", "porque"],
      ],
    );

    expect(rows).toEqual(["dijeron que no", "porque no", "dijeron q no", "xq no"]);
  });

  it("leave a table without the words as it is", () => {
    const rows = ["absage"];

    expect(withShorthandsIn(rows, [["q", "que"]])).toBe(rows);
  });

  it.each([
    ["de", "bwg zurückgezogen", "withdrawn"],
    ["es", "dijeron q no", "rejected"],
    ["it", "nn", "negation"],
    ["nl", "ff wachten", "snooze"],
    ["pt", "n", "negation"],
    ["fr", "jai relancé", "followed-up"],
  ] as const)("are read in the %s lexicon: %j", (lang, text, part) => {
    const lexicon = LEXICONS[lang];
    const tables = {
      withdrawn: lexicon.cues.withdrawn,
      rejected: lexicon.cues.rejected,
      negation: lexicon.negation,
      snooze: lexicon.cues.snooze,
      "followed-up": lexicon.cues["followed-up"],
    };
    expect(table(tables[part]).test(fold(text))).toBe(true);
  });
});

describe("the grammar", () => {
  it("reads a day's dot before a word in lower case as no sentence end", () => {
    const text = "vor dem 29. gibts keine Entscheidung";

    expect(clausesOf(fold(text), LEXICONS.de, text)).toHaveLength(1);
  });

  it("reads a German ordinal's dot before a capital as no sentence end either", () => {
    const text = "2. Runde am Freitag";

    expect(clausesOf(fold(text), LEXICONS.de, text)).toHaveLength(1);
  });

  it("reads a hedge '(?)' as neither a question nor a sentence end", () => {
    const text = "sie entscheiden nach den Ferien (?) genauer weiß ich nicht";
    const clauses = clausesOf(fold(text), LEXICONS.de, text);

    expect(clauses.map((clause) => clause.question)).toEqual([false]);
  });

  it("still ends a sentence at a number's dot before a capital where ordinals have none", () => {
    const text = "gesprek om 3. Daarna lunch";

    expect(clausesOf(fold(text), LEXICONS.nl, text)).toHaveLength(2);
  });

  it.each([
    ["es", "si, me rechazaron", "rechazaron", false],
    ["es", "si me rechazan sigo buscando", "rechazan", true],
    ["it", "si, mi hanno scartato", "scartato", false],
    ["fr", "si ils me refusent, tant pis", "refusent", true],
  ] as const)("(%s) %j: a condition? %s", (lang, text, phrase, conditional) => {
    const lexicon = LEXICONS[lang];
    const [clause] = clausesOf(fold(text), lexicon, text);
    if (!clause) throw new Error("no clause");

    expect(contextAt(clause, clause.text.indexOf(phrase), phrase.length, lexicon).conditional).toBe(
      conditional,
    );
  });
});
