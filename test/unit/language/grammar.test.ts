/**
 * The shared grammar reads a phrase in its clause the same way in every language: who it is
 * about, and whether it is denied, asked, a condition, a hope or fear, taken back or a slip.
 */
import { describe, expect, it } from "vitest";
import { type Context, clausesOf, contextAt } from "../../../lambdas/domain/language/grammar";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { fold } from "../../../lambdas/domain/language/phrases";

/** The context of the first occurrence of `phrase` in `text`. */
function contextOf(text: string, phrase: string, lang: Lang): Context {
  const lexicon = LEXICONS[lang];
  const folded = fold(text);
  const clause = clausesOf(folded, lexicon).find((found) => found.text.includes(fold(phrase)));
  if (!clause) throw new Error(`no clause holds ${phrase}`);
  return contextAt(clause, clause.text.indexOf(fold(phrase)), phrase.length, lexicon);
}

const CASES: ReadonlyArray<readonly [Lang, string, string, Partial<Context>]> = [
  ["en", "they made me an offer", "offer", { subject: "employer", negated: false, question: false }],
  ["en", "my buddy got an offer from them", "offer", { subject: "other" }],
  ["en", "they rejected my friend", "rejected", { subject: "other" }],
  ["en", "is it normal to wait 3 weeks?", "wait", { question: true }],
  ["en", "if they reject me I'll reapply", "reject", { conditional: true }],
  ["en", "hoping for an offer", "offer", { hopeFear: true }],
  ["en", "great, another rejection... jk still waiting", "rejection", { retracted: true }],
  ["en", "rejected lol jk, offer!!", "offer", { retracted: false }],
  ["en", "I marked it rejected by mistake", "rejected", { selfCorrection: true }],
  ["en", "they didn't reject me", "reject", { negated: true }],
  ["de", "Mein Kollege hat ein Angebot bekommen", "Angebot", { subject: "other" }],
  ["de", "Wenn sie absagen, bewerbe ich mich woanders", "absagen", { conditional: true }],
  ["de", "Sie haben mir kein Angebot gemacht", "Angebot", { negated: true }],
  ["fr", "mon pote a eu une offre", "offre", { subject: "other" }],
  ["fr", "encore un refus... je rigole", "refus", { retracted: true }],
  ["es", "¿me van a rechazar", "rechazar", { question: true }],
  ["es", "ojalá me hagan una oferta", "oferta", { hopeFear: true }],
  ["pt", "se eles me rejeitarem", "rejeitarem", { conditional: true }],
  ["nl", "ik heb per ongeluk afgewezen aangeklikt", "afgewezen", { selfCorrection: true }],
  ["it", "il mio amico ha ricevuto un'offerta", "offerta", { subject: "other" }],
  ["it", "non mi hanno fatto un'offerta", "offerta", { negated: true }],
];

describe("the shared grammar", () => {
  it.each(CASES)("%s %j: %s", (lang, text, phrase, expected) => {
    expect(contextOf(text, phrase, lang)).toMatchObject(expected);
  });

  it("cuts clauses at sentence ends and contrast words", () => {
    const clauses = clausesOf(fold("Got an offer from Lumen, but Acme rejected me. Sad!"), LEXICONS.en);

    expect(clauses.map((clause) => clause.text)).toEqual([
      "got an offer from lumen,",
      "but acme rejected me",
      "sad",
    ]);
  });
});
