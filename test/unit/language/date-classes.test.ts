/**
 * Date phrasings people type in replies, one class per table and every language in each: a
 * weekday with its day of the month and a time, half hours in words, a weekday of next week,
 * the end of this month or of next week, the days after the weekend, carnival or Epiphany.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readDate } from "../../../lambdas/domain/language/dates";
import type { Lang } from "../../../lambdas/domain/language/lang";

// Wednesday, Mar 3 2027, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2027-03-03T10:00:00", { zone });

/** The reading as replies carry it: local date and time when a time was read, else the day. */
function shown(text: string, lang: Lang): string | null {
  const found = readDate(text, { now, zone, lang, forward: true });
  if (!found) return null;
  return found.hasTime ? found.start.toFormat("yyyy-MM-dd HH:mm") : found.start.toISODate();
}

type Case = readonly [Lang, string, string];

const CLASSES: Record<string, readonly Case[]> = {
  "a weekday, its day of the month, a time": [
    ["en", "tuesday 9th at 11", "2027-03-09 11:00"],
    ["de", "Dienstag, 9. um 11", "2027-03-09 11:00"],
    ["fr", "mardi 9 à 11h", "2027-03-09 11:00"],
    ["es", "martes 9 a las 11", "2027-03-09 11:00"],
    ["pt", "terça 9 às 11h", "2027-03-09 11:00"],
    ["nl", "dinsdag 9 om 11", "2027-03-09 11:00"],
    ["it", "martedì 9 alle 11", "2027-03-09 11:00"],
  ],
  "a weekday and its day of the month, no time: the number is no hour": [
    ["en", "wednesday 10", "2027-03-10"],
    ["de", "Mittwoch 10.", "2027-03-10"],
    ["fr", "mercredi 10", "2027-03-10"],
    ["es", "el miércoles 10", "2027-03-10"],
    ["pt", "quarta-feira, dia 10", "2027-03-10"],
    ["nl", "woensdag 10", "2027-03-10"],
    ["it", "mercoledì 10", "2027-03-10"],
  ],
  "a clock suffix keeps the number an hour": [
    ["en", "tuesday 11 am", "2027-03-09 11:00"],
    ["de", "Dienstag 11 Uhr", "2027-03-09 11:00"],
  ],
  "half hours in words": [
    ["en", "monday at half past 4", "2027-03-08 16:30"],
    ["de", "Montag halb fünf", "2027-03-08 16:30"],
    ["nl", "maandag om half vijf", "2027-03-08 16:30"],
    ["fr", "lundi à 16h et demie", "2027-03-08 16:30"],
    ["es", "el lunes a las 4 y media", "2027-03-08 16:30"],
    ["pt", "segunda às 4 e meia", "2027-03-08 16:30"],
    ["it", "lunedì alle 4 e mezza", "2027-03-08 16:30"],
  ],
  "a weekday of next week": [
    ["en", "thursday next week", "2027-03-11"],
    ["de", "Donnerstag in einer Woche", "2027-03-11"],
    ["fr", "jeudi de la semaine prochaine", "2027-03-11"],
    ["es", "el jueves de la semana que viene", "2027-03-11"],
    ["pt", "quinta da semana que vem", "2027-03-11"],
    ["nl", "donderdag volgende week", "2027-03-11"],
    ["it", "giovedì della settimana prossima", "2027-03-11"],
  ],
  "next week, then a weekday; or next week alone: a week from today": [
    ["nl", "volgende week woensdag", "2027-03-10"],
    ["en", "next week on tuesday", "2027-03-09"],
    ["de", "nächste Woche Dienstag", "2027-03-09"],
    ["es", "la semana que viene", "2027-03-10"],
  ],
  "the end of this week": [
    ["en", "end of the week", "2027-03-05"],
    ["de", "Ende der Woche", "2027-03-05"],
    ["fr", "fin de semaine", "2027-03-05"],
    ["es", "a finales de esta semana", "2027-03-05"],
    ["pt", "no fim da semana", "2027-03-05"],
    ["nl", "eind van de week", "2027-03-05"],
    ["it", "alla fine di questa settimana", "2027-03-05"],
  ],
  "the end of this month": [
    ["en", "by the end of the month", "2027-03-31"],
    ["de", "bis Ende des Monats", "2027-03-31"],
    ["fr", "d'ici la fin du mois", "2027-03-31"],
    ["es", "a fin de mes", "2027-03-31"],
    ["pt", "no fim do mês", "2027-03-31"],
    ["nl", "eind van de maand", "2027-03-31"],
    ["it", "entro fine mese", "2027-03-31"],
  ],
  "the end of next week": [
    ["en", "end of next week", "2027-03-12"],
    ["de", "Ende nächster Woche", "2027-03-12"],
    ["fr", "fin de la semaine prochaine", "2027-03-12"],
    ["es", "a finales de la semana que viene", "2027-03-12"],
    ["pt", "até ao fim da semana que vem", "2027-03-12"],
    ["nl", "eind volgende week", "2027-03-12"],
    ["it", "fine della prossima settimana", "2027-03-12"],
  ],
  "after the weekend": [
    ["en", "after the weekend", "2027-03-08"],
    ["de", "nach dem Wochenende", "2027-03-08"],
    ["fr", "après le week-end", "2027-03-08"],
    ["es", "después del finde", "2027-03-08"],
    ["pt", "depois do fim de semana", "2027-03-08"],
    ["nl", "na het weekend", "2027-03-08"],
    ["it", "dopo il weekend", "2027-03-08"],
  ],
  "after carnival: Ash Wednesday (Easter 2027 is March 28)": [
    ["en", "after mardi gras", "2028-03-01"],
    ["de", "nach Fasching", "2028-03-01"],
    ["pt", "depois do Carnaval", "2028-03-01"],
  ],
  "after Easter Monday": [["it", "dopo Pasquetta", "2027-03-30"]],
};

/** Epiphany is read in early January: the next January 6th, then the working day after it. */
const EPIPHANY: readonly Case[] = [
  ["es", "después de Reyes", "2027-01-07"],
  ["it", "dopo la Befana", "2027-01-07"],
  ["de", "nach Dreikönig", "2027-01-07"],
  ["en", "after epiphany", "2027-01-07"],
];

describe("after Epiphany", () => {
  const newYear = DateTime.fromISO("2027-01-04T10:00:00", { zone });
  it.each(EPIPHANY)("(%s) %s → %s", (lang, text, expected) => {
    const found = readDate(text, { now: newYear, zone, lang, forward: true });
    expect(found?.start.toISODate()).toBe(expected);
  });
});

describe.each(Object.entries(CLASSES))("%s", (_, cases) => {
  it.each(cases)("(%s) %s → %s", (lang, text, expected) => {
    // Prepare: the clock above. Act
    const read = shown(text, lang);
    // Assess
    expect(read).toBe(expected);
  });
});
