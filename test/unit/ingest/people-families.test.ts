/**
 * Who the candidate meets, read from whole forwards in seven languages (./people-families.cases,
 * and a second batch written after the mechanisms, ./people-families-more.cases):
 * every person met is read, and no one who only schedules, is only asked or was met before.
 * The gaps still open are listed and expected to fail, so that closing one is noticed.
 */
import { describe, expect, it } from "vitest";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { findInterviewersInLanguage } from "../../../lambdas/domain/ingest/people-language";
import { readGmailForward } from "../../support/gmail-forward";
import { readsPeopleAsWanted as readsAsWanted } from "../../support/people-reads";
import { PEOPLE_CASES, type PeopleCase } from "./people-families.cases";
import { MORE_PEOPLE_CASES } from "./people-families-more.cases";

/** Not read yet: lower-case names, a verb split far from its people. */
const GAPS = new Set(["en chat next week?", "es Citación a entrevista"]);

const CASES = [...PEOPLE_CASES, ...MORE_PEOPLE_CASES];

const named = (items: readonly PeopleCase[]) =>
  items.map((item) => [`${item.lang} ${item.subject}`, item] as const);

describe("who the candidate meets, by family, in seven languages", () => {
  it.each(named(CASES.filter((item) => !GAPS.has(`${item.lang} ${item.subject}`))))("%s", (_name, item) =>
    readsAsWanted(item),
  );

  it.fails.each(named(CASES.filter((item) => GAPS.has(`${item.lang} ${item.subject}`))))(
    "gap, not read yet: %s",
    (_name, item) => readsAsWanted(item),
  );
});

describe("a first name alone is someone when a few words after it say who they are", () => {
  it.each([
    ["it", "Ci vediamo in studio, ci sarà anche Luca, il mio socio.", ["Luca"]],
    ["es", "Conocerás a Nacho, el jefe de planta.", ["Nacho"]],
    ["fr", "Tu rencontreras Manon, notre cheffe de projet.", ["Manon"]],
    ["nl", "Je spreekt met Sanne, onze teamleider.", ["Sanne"]],
    ["es", "Te he bloqueado el jueves. Si no te cuadra, dime y lo movemos.", []],
    ["en", "You'll meet Priya, our lead designer.", ["Priya"]],
  ] as const)("%s: %s", (lang, text, people) => {
    // Act
    const found = findInterviewersInLanguage(text, INVITE_LEXICONS[lang], null).map((person) => person.name);
    // Assess
    expect(found).toEqual(people);
  });
});

describe("a titled person named only in the subject", () => {
  it.each([
    [
      "Entretien avec Mme Claire Dubois",
      "Bonjour Jordan,\n\nJe vous confirme votre entretien le mardi 1er décembre à 14h.\n\nAmélie",
      ["Mme Claire Dubois"],
    ],
    [
      "Vorstellungsgespräch mit Herrn Jonas Keller",
      "Hallo Jordan,\n\nich bestätige Ihr Gespräch am Dienstag, 1. Dezember um 14 Uhr.\n\nAnna",
      ["Herrn Jonas Keller"],
    ],
    [
      "Colloquio con il dott. Marco Neri",
      "Ciao Jordan,\n\nti confermo il colloquio martedì 1 dicembre alle 14.\n\nAnna",
      ["dott. Marco Neri"],
    ],
    [
      "Your interview with Northwind Traders",
      "Hi Jordan,\n\nNorthwind Traders have confirmed Tuesday 1 December at 2pm.\n\nGreg",
      [],
    ],
    [
      "Entrevista con Bodegas Ramírez Ortega",
      "Hola Jordan,\n\nBodegas Ramírez Ortega te espera el martes 1 de diciembre a las 10:00.\n\nAna",
      [],
    ],
  ] as const)("%s", async (subject, body, people) => {
    // Act
    const result = await readGmailForward("Anna Fox <anna@talentpartners.example>", subject, body);
    // Assess
    expect(result.interview.interviewers.map((person) => person.name)).toEqual(people);
  });
});
