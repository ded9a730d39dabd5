/**
 * Clock times people type in replies, one class per table and every language in each: digits
 * with the language's clock words, day parts, parts of an hour in words, noon, a time without a
 * day; mistyped and abbreviated day names; "segunda fase" is no Monday.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readDate } from "../../../lambdas/domain/language/dates";
import type { Lang } from "../../../lambdas/domain/language/lang";

// Wednesday, Mar 3 2027, 10:00 in Lisbon: "Thursday" is Mar 4.
const zone = "Europe/Lisbon";
const now = DateTime.fromISO("2027-03-03T10:00:00", { zone });

function shown(text: string, lang: Lang): string | null {
  const found = readDate(text, { now, zone, lang, forward: true });
  if (!found) return null;
  return found.hasTime ? found.start.toFormat("yyyy-MM-dd HH:mm") : found.start.toISODate();
}

type Case = readonly [Lang, string, string | null];

const CLASSES: Record<string, readonly Case[]> = {
  "an hour with the language's clock word or minutes": [
    ["en", "thursday 4:45pm", "2027-03-04 16:45"],
    ["de", "Donnerstag 14.30 Uhr", "2027-03-04 14:30"],
    ["fr", "jeudi à 14 heures", "2027-03-04 14:00"],
    ["es", "jueves 10 hs", "2027-03-04 10:00"],
    ["pt", "quinta às 15h30", "2027-03-04 15:30"],
    ["nl", "donderdag 15u", "2027-03-04 15:00"],
    ["it", "giovedì ore 9", "2027-03-04 09:00"],
  ],
  "a day before its month, then the hour after a comma": [
    ["en", "March 30, 10:15am", "2027-03-30 10:15"],
    ["de", "am 30. März, 10.15 Uhr", "2027-03-30 10:15"],
    ["fr", "le 30 mars, 10h15", "2027-03-30 10:15"],
    ["es", "el 30 de marzo, 10.15", "2027-03-30 10:15"],
    ["pt", "dia 30 de março, 10.15", "2027-03-30 10:15"],
    ["nl", "op 30 maart, 10.15 uur", "2027-03-30 10:15"],
    ["it", "il 30 marzo, 10.15", "2027-03-30 10:15"],
  ],
  "a bare meeting hour is in the afternoon": [
    ["en", "thursday at 3", "2027-03-04 15:00"],
    ["de", "Donnerstag um 3", "2027-03-04 15:00"],
    ["fr", "jeudi à 3h", "2027-03-04 15:00"],
    ["es", "el jueves a las 3", "2027-03-04 15:00"],
    ["pt", "quinta às 3", "2027-03-04 15:00"],
    ["nl", "donderdag om 3 uur", "2027-03-04 15:00"],
    ["it", "giovedì alle 3", "2027-03-04 15:00"],
  ],
  "a day part after the hour": [
    ["en", "thursday at 9 in the morning", "2027-03-04 09:00"],
    ["de", "Donnerstag um 8 abends", "2027-03-04 20:00"],
    ["fr", "jeudi à 3h de l'après-midi", "2027-03-04 15:00"],
    ["es", "jueves a las 5 de la tarde", "2027-03-04 17:00"],
    ["pt", "quinta às 9 da manhã", "2027-03-04 09:00"],
    ["nl", "donderdag om 8 uur 's avonds", "2027-03-04 20:00"],
    ["it", "giovedì alle 3 del pomeriggio", "2027-03-04 15:00"],
  ],
  "parts of an hour in words": [
    ["en", "thursday at quarter to 3", "2027-03-04 14:45"],
    ["de", "Donnerstag halb elf", "2027-03-04 10:30"],
    ["de", "Donnerstag viertel nach 2", "2027-03-04 14:15"],
    ["en", "thursday at half 2", "2027-03-04 14:30"],
    ["de", "Donnerstag um viertel zehn", "2027-03-04 09:15"],
    ["de", "Donnerstag um drei viertel zehn", "2027-03-04 09:45"],
    ["fr", "jeudi 10h moins le quart", "2027-03-04 09:45"],
    ["es", "jueves a las 3 menos cuarto", "2027-03-04 14:45"],
    ["pt", "quinta às 10 e meia", "2027-03-04 10:30"],
    ["nl", "donderdag kwart over 2", "2027-03-04 14:15"],
    ["it", "giovedì alle 10 e un quarto", "2027-03-04 10:15"],
    // Parts of an hour sit on a 12-hour dial: half past twelve, not half past midnight.
    ["nl", "donderdag om half een", "2027-03-04 12:30"],
    ["de", "Donnerstag um halb eins", "2027-03-04 12:30"],
    ["es", "jueves a las cuarto para las cinco", "2027-03-04 16:45"],
  ],
  "noon in words": [
    ["en", "thursday at noon", "2027-03-04 12:00"],
    ["de", "Donnerstag Mittag", "2027-03-04 12:00"],
    ["fr", "jeudi à midi", "2027-03-04 12:00"],
    ["es", "el jueves a mediodía", "2027-03-04 12:00"],
    ["pt", "quinta ao meio-dia", "2027-03-04 12:00"],
    ["it", "giovedì a mezzogiorno", "2027-03-04 12:00"],
  ],
  "a time without a day is today's": [
    ["en", "it's at 11am actually", "2027-03-03 11:00"],
    ["de", "doch um 11 Uhr", "2027-03-03 11:00"],
    ["fr", "c'est à 15h30 finalement", "2027-03-03 15:30"],
    ["es", "al final es a las 4 y media", "2027-03-03 16:30"],
    ["pt", "afinal é às 11h", "2027-03-03 11:00"],
    ["nl", "het is om 14.00 uur", "2027-03-03 14:00"],
    ["it", "è alle 14:30", "2027-03-03 14:30"],
  ],
  "a mistyped month or weekday": [
    ["en", "thrusday at 3", "2027-03-04 15:00"],
    ["en", "Septmber 3", "2027-09-03"],
    ["de", "Donnerstg um 3", "2027-03-04 15:00"],
    ["fr", "vendredy", "2027-03-05"],
    ["es", "el miercoels", "2027-03-10"],
    ["pt", "3 de setenbro", "2027-09-03"],
    ["nl", "donderdg om 3", "2027-03-04 15:00"],
    ["it", "3 setembre", "2027-09-03"],
  ],
  "a short weekday with its dot or before a number": [
    ["en", "Thu. at 3", "2027-03-04 15:00"],
    ["de", "Do., 14 Uhr", "2027-03-04 14:00"],
    ["fr", "jeu. 14h", "2027-03-04 14:00"],
    ["es", "vie. 10:00", "2027-03-05 10:00"],
    ["pt", "qui. às 3", "2027-03-04 15:00"],
    ["nl", "do 14:00", "2027-03-04 14:00"],
    ["it", "gio. alle 15", "2027-03-04 15:00"],
  ],
  "a month name then its day": [
    ["en", "october 15", "2027-10-15"],
    ["es", "octubre 15 a las 10", "2027-10-15 10:00"],
    ["es", "setiembre 3", "2027-09-03"],
    ["it", "ottobre 15", "2027-10-15"],
    ["en", "march 1", "2028-03-01"],
    ["de", "März 2", "2028-03-02"],
    ["en", "march 1 2027", "2027-03-01"],
    ["en", "march 1, 2029", "2029-03-01"],
  ],
  "a part of this month stays this month": [
    ["en", "mid march", "2027-03-15"],
    ["fr", "mi-mars", "2027-03-15"],
    ["it", "metà marzo", "2027-03-15"],
    ["pt", "meados de março", "2027-03-15"],
  ],
  "words that only look like a day name": [
    ["pt", "vou ter 2 entrevistas", null],
    ["pt", "passei pra segunda fase, terça às 14h", "2027-03-09 14:00"],
    ["de", "Montage der Möbel", null],
    ["en", "Morgan said so", null],
  ],
};

describe.each(Object.entries(CLASSES))("%s", (_, cases) => {
  it.each(cases)("(%s) %s → %s", (lang, text, expected) => {
    // Prepare: `now` above. Act
    const read = shown(text, lang);
    // Assess
    expect(read).toBe(expected);
  });
});
