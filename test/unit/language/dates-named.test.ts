/**
 * Named days and bounds in replies, every language in each class: a named day alone or after
 * "after"/"before" words, "the day after" a date, "after" a date, a weekday beside a bound
 * ("the Thursday after Easter", "after Easter, on Wednesday"), a weekday that must agree with
 * its day of the month, the long weekend, and a date denied in favour of the next one.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { readInstant } from "../../../lambdas/domain/replies";

// Wednesday, Mar 3 2027 (Easter is Mar 28), 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2027-03-03T10:00:00", { zone });

function day(text: string, lang: Lang): string | null {
  return readInstant(text, now, zone, true, lang)?.start.toISODate() ?? null;
}

type Case = readonly [Lang, string, string];

const CLASSES: Record<string, readonly Case[]> = {
  "a named day: the day itself, or the working day after or before it": [
    ["en", "they decide after labor day", "2027-09-07"],
    ["en", "before memorial day", "2027-05-28"],
    ["en", "on good friday", "2027-03-26"],
    ["de", "nach Fronleichnam", "2027-05-28"],
    ["de", "vor Pfingstmontag", "2027-05-14"],
    ["fr", "après la Toussaint", "2027-11-02"],
    ["es", "después del día del trabajo", "2027-05-03"],
    ["es", "antes de la Hispanidad", "2027-10-11"],
    ["pt", "depois de Tiradentes", "2027-04-22"],
    ["pt", "até o dia de finados", "2027-11-02"],
    ["nl", "na Koningsdag", "2027-04-28"],
    ["nl", "voor Hemelvaart", "2027-05-05"],
    ["it", "dopo Ferragosto", "2027-08-16"],
    ["it", "entro la Befana", "2028-01-06"],
  ],
  "the day after a date": [
    ["en", "the day after thanksgiving", "2027-11-26"],
    ["fr", "le lendemain du 11 novembre", "2027-11-12"],
    ["es", "el día después del 9 de abril", "2027-04-10"],
    ["it", "il giorno dopo il 2 giugno", "2027-06-03"],
  ],
  "after a date: the working day after it": [
    ["en", "after april 7", "2027-04-08"],
    ["de", "nach dem 7. April", "2027-04-08"],
    ["fr", "après le 14 juillet", "2027-07-15"],
    ["es", "después del 7 de abril", "2027-04-08"],
    ["pt", "depois do dia 7 de abril", "2027-04-08"],
    ["nl", "na 7 april", "2027-04-08"],
    ["it", "dopo il 7 aprile", "2027-04-08"],
  ],
  "a weekday before a bound: that weekday on or after it": [
    ["en", "the thursday after easter", "2027-04-01"],
    ["de", "am Donnerstag nach Ostern", "2027-04-01"],
    ["fr", "le jeudi après Pâques", "2027-04-01"],
    ["es", "el jueves después de Semana Santa", "2027-04-01"],
    ["pt", "na quinta depois da Páscoa", "2027-04-01"],
    ["nl", "de donderdag na Pasen", "2027-04-01"],
    ["it", "il giovedì dopo Pasqua", "2027-04-01"],
  ],
  "a bound, then past a comma the weekday meant": [
    ["en", "after easter, on wednesday", "2027-03-31"],
    ["de", "nach Ostern, Mittwoch", "2027-03-31"],
    ["fr", "après Pâques, mercredi", "2027-03-31"],
    ["es", "después de Semana Santa, el miércoles", "2027-03-31"],
    ["pt", "depois da Páscoa, quarta", "2027-03-31"],
    ["nl", "na Pasen, woensdag", "2027-03-31"],
    ["it", "dopo Pasqua, mercoledì", "2027-03-31"],
  ],
  "a weekday names the month in which its day of the month falls on it": [
    ["en", "friday the 11th", "2027-06-11"],
    ["de", "Freitag, 11.", "2027-06-11"],
    ["fr", "vendredi 11", "2027-06-11"],
    ["es", "el viernes 11", "2027-06-11"],
    ["pt", "sexta, dia 11", "2027-06-11"],
    ["nl", "vrijdag de 11e", "2027-06-11"],
    ["it", "venerdì 11", "2027-06-11"],
  ],
  "after the long weekend: the Tuesday": [
    ["en", "after the long weekend", "2027-03-09"],
    ["de", "nach dem langen Wochenende", "2027-03-09"],
    ["nl", "na het lange weekend", "2027-03-09"],
    ["it", "dopo il weekend lungo", "2027-03-09"],
  ],
  "two weeks from today in words": [
    ["en", "the week after next", "2027-03-17"],
    ["de", "übernächste Woche", "2027-03-17"],
    ["fr", "dans quinze jours", "2027-03-17"],
    ["es", "dentro de quince días", "2027-03-17"],
    ["pt", "daqui a quinze dias", "2027-03-17"],
    ["nl", "over veertien dagen", "2027-03-17"],
    ["it", "tra quindici giorni", "2027-03-17"],
  ],
  "a bound, then a day with its number written later": [
    ["en", "after the holidays, so monday the 10th", "2028-01-10"],
    ["es", "después de Semana Santa, o sea el jueves 1", "2027-04-01"],
    ["fr", "après Pâques, donc le mercredi 31", "2027-03-31"],
  ],
  "a date denied, then the one meant": [
    ["en", "not the 4th but the 5th", "2027-03-05"],
    ["de", "nicht am 21. sondern am 22.", "2027-03-22"],
    ["fr", "pas le 4 mais le 5", "2027-03-05"],
    ["es", "no el 4 sino el 5", "2027-03-05"],
    ["nl", "niet de 4e maar de 5e", "2027-03-05"],
  ],
};

describe.each(Object.entries(CLASSES))("%s", (_, cases) => {
  it.each(cases)("(%s) %s → %s", (lang, text, expected) => {
    // Prepare: `now` above. Act
    const read = day(text, lang);
    // Assess
    expect(read).toBe(expected);
  });
});

describe("a numeric date in the order of where the writer is", () => {
  const ORDERS: ReadonlyArray<readonly [Lang, string, string, string | null]> = [
    ["en", "America/Chicago", "moved to 4/6", "2027-04-06"],
    ["en", "America/Los_Angeles", "4/6 @ 2pm", "2027-04-06"],
    ["en", "Europe/London", "moved to 4/6", "2027-06-04"],
    ["en", "Australia/Sydney", "4/6 at 2pm", "2027-06-04"],
    ["en", "Asia/Kolkata", "on 4/6", "2027-06-04"],
    // Both orders are common in Canada: an order-ambiguous date is asked about, a clear one read.
    ["en", "America/Toronto", "moved to 4/6", null],
    ["en", "America/Toronto", "moved to 4/16", "2027-04-16"],
    ["es", "America/Los_Angeles", "el 4/6", "2027-06-04"],
    ["de", "Europe/Berlin", "am 4.6.", "2027-06-04"],
    ["pt", "America/Sao_Paulo", "dia 4/6", "2027-06-04"],
  ];

  it.each(ORDERS)("(%s, %s) %s → %s", (lang, where, text, expected) => {
    // Prepare
    const at = DateTime.fromISO("2027-03-03T10:00:00", { zone: where });
    // Act
    const read = readInstant(text, at, where, true, lang);
    // Assess
    expect(read?.start.toISODate() ?? null).toBe(expected);
  });
});

describe("vacation: the summer's in summer, the year-end's in winter, unknown in spring", () => {
  const SEASONS: ReadonlyArray<readonly [Lang, string, string, string | null]> = [
    ["es", "2027-07-20", "después de las vacaciones", "2027-09-01"],
    ["de", "2027-06-15", "nach den Ferien", "2027-09-01"],
    ["nl", "2027-12-10", "na de vakantie", "2028-01-03"],
    ["it", "2027-11-20", "dopo le vacanze", "2028-01-03"],
    ["fr", "2027-03-10", "après les vacances", null],
    ["pt", "2027-04-02", "depois das férias", null],
    ["pt", "2027-07-02", "depois das férias", "2027-09-01"],
  ];

  it.each(SEASONS)("(%s, on %s) %s → %s", (lang, today, text, expected) => {
    // Prepare
    const at = DateTime.fromISO(`${today}T10:00:00`, { zone });
    // Act
    const read = readInstant(text, at, zone, true, lang);
    // Assess
    expect(read?.start.toISODate() ?? null).toBe(expected);
  });
});
