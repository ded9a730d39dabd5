/**
 * When an invitation is, in the forms people write it in every language: hours in words, o'clock
 * words, minutes after a spaced "h", numeric dates with a slash, lengths chrono takes for times,
 * hours from 1 to 6 without a part of the day, and a forwarded header whose date names no year
 * the English reader knows.
 */
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { chronoPieces } from "../../../lambdas/domain/ingest/chrono-time";
import { findDuration } from "../../../lambdas/domain/ingest/duration";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { UTC_ZONE } from "../../../lambdas/domain/zones";
import { withCalendar } from "../../support/calendar-mail";
import { FORWARDED_AT, gmailForward, readGmailForward } from "../../support/gmail-forward";

/** The forward arrives on Monday, 23 November 2026. */
const NOW = FORWARDED_AT;

function readIn(zone: string, subject: string, body: string) {
  return readGmailForward("Recruiting <jobs@firma.example>", subject, body, zone);
}

describe("hours in words and o'clock words", () => {
  it.each([
    [
      "es",
      "Europe/Madrid",
      "Te esperamos el jueves 3 de diciembre a las nueve y media de la mañana.",
      "2026-12-03T09:30:00+01:00",
    ],
    [
      "es",
      "Europe/Madrid",
      "La entrevista será el 4 de diciembre a las 11 horas en la oficina.",
      "2026-12-04T11:00:00+01:00",
    ],
    [
      "es",
      "Europe/Madrid",
      "Quedamos el 4 de diciembre a la una y media para la entrevista.",
      "2026-12-04T13:30:00+01:00",
    ],
    [
      "fr",
      "Europe/Paris",
      "Nous vous attendons le jeudi 3 décembre à dix heures pour l'entretien.",
      "2026-12-03T10:00:00+01:00",
    ],
    [
      "fr",
      "Europe/Paris",
      "Votre entretien : le 7 décembre à onze heures et demie.",
      "2026-12-07T11:30:00+01:00",
    ],
    [
      "fr",
      "Europe/Paris",
      "Entretien le 3 décembre, suivi à une réunion d'équipe à 16h.",
      "2026-12-03T16:00:00+01:00",
    ],
    [
      "de",
      "Europe/Berlin",
      "Wir erwarten Sie am 3. Dezember um neun Uhr zum Vorstellungsgespräch.",
      "2026-12-03T09:00:00+01:00",
    ],
    [
      "de",
      "Europe/Berlin",
      "Vorstellungsgespräch am 8. Dezember gegen zehn, bei uns im Haus.",
      "2026-12-08T10:00:00+01:00",
    ],
    [
      "pt",
      "America/Sao_Paulo",
      "A entrevista será dia 3 de dezembro às nove e meia, por vídeo.",
      "2026-12-03T09:30:00-03:00",
    ],
    [
      "pt",
      "Europe/Lisbon",
      "A entrevista será dia 9 de dezembro às 10 horas da manhã.",
      "2026-12-09T10:00:00+00:00",
    ],
    [
      "pt",
      "Europe/Lisbon",
      "Entrevista marcada para 9 de dezembro às três da tarde.",
      "2026-12-09T15:00:00+00:00",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Het gesprek is donderdag 3 december om tien uur op kantoor.",
      "2026-12-03T10:00:00+01:00",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Je sollicitatiegesprek is op 10 december om een uur 's middags.",
      "2026-12-10T13:00:00+01:00",
    ],
    [
      "it",
      "Europe/Rome",
      "Il colloquio è fissato per giovedì 3 dicembre alle dieci e mezza.",
      "2026-12-03T10:30:00+01:00",
    ],
    [
      "it",
      "Europe/Rome",
      "Colloquio il 9 dicembre alle tre del pomeriggio in sede.",
      "2026-12-09T15:00:00+01:00",
    ],
  ] as const)("%s (%s): %s", async (_lang, zone, body, start) => {
    // Act
    const result = await readIn(zone, "Entrevista / Entretien / Gespräch / Colloquio", body);
    // Assess
    expect(result.interview.start).toBe(start);
  });
});

describe("numeric and clock forms chrono's locales misread", () => {
  it.each([
    [
      "fr: minutes after a spaced h",
      "Europe/Paris",
      "L'entretien aura lieu le mercredi 2 décembre à 14 h 30.",
      "2026-12-02T14:30:00+01:00",
      null,
    ],
    [
      "it: a day and month with a slash",
      "Europe/Rome",
      "Confermo il colloquio per venerdì 4/12 ore 15, in sede.",
      "2026-12-04T15:00:00+01:00",
      null,
    ],
    [
      "it: a slash date with its year",
      "Europe/Rome",
      "Colloquio: 9/12/2026 alle 10:30.",
      "2026-12-09T10:30:00+01:00",
      null,
    ],
    [
      "pt: a length after the time is no time",
      "Europe/Lisbon",
      "A entrevista passa para quarta-feira, 9 de dezembro, às 15h. Mantém-se a duração de 1 hora.",
      "2026-12-09T15:00:00+00:00",
      "2026-12-09T16:00:00+00:00",
    ],
    [
      "nl: a length in hours is no time",
      "Europe/Amsterdam",
      "Het gesprek is op 9 december, het duurt 1 uur, om 14.00 uur.",
      "2026-12-09T14:00:00+01:00",
      "2026-12-09T15:00:00+01:00",
    ],
    [
      "fr: 'est' (is) after the time is no Eastern time",
      "Europe/Paris",
      "Votre entretien est fixé au mercredi 2 décembre à 14h, le lien Teams est dans l'invitation.",
      "2026-12-02T14:00:00+01:00",
      null,
    ],
  ] as const)("%s", async (_name, zone, body, start, end) => {
    // Act
    const result = await readIn(zone, "Entretien", body);
    // Assess
    expect([result.interview.start, end === null ? null : result.interview.end]).toEqual([start, end]);
  });
});

describe("a forwarded header whose date the English reader cannot read", () => {
  it("counts relative days from the mail's own date, not from 1970", async () => {
    // Prepare
    const raw = gmailForward({
      from: "Sophie Martin <sophie@arverne.example>",
      subject: "Convocation à un entretien",
      body: "Madame,\n\nNous vous convions à un entretien le mardi 1er décembre à 10h.\n\nSophie Martin",
    }).replace("Date: Mon, 23 Nov 2026 10:00", "Date: lun. 23 nov. 2026 à 10:00");
    // Act
    const result = await ingest(raw, { now: NOW, ownerAddresses: [], defaultZone: "Europe/Paris" });
    // Assess
    expect(result.interview.start).toBe("2026-12-01T10:00:00+01:00");
  });
});

describe("lengths standing as a clause of their own", () => {
  it.each([
    ["en", "Same Teams link, 30 minutes. It'll just be me.", 30],
    ["en", "The format stays the same: 45 minutes with Rosa and Ike.", 45],
    ["en", "It'll be me and a colleague from the platform team, about 75 minutes.", 75],
    ["en", "Same Zoom link, and still 50 minutes with Raj.", 50],
    ["en", "Please arrive 10 minutes early.", null],
    ["en", "The first 15 minutes, you'll present your case.", null],
    ["en", "We'll send the link 30 minutes before the call.", null],
    ["en", "You'll have 20 minutes to present, then questions.", null],
    ["de", "Donnerstag, 21.10., 14:00 Uhr, 45 Min. per Teams mit Frau Lenz.", 45],
    ["de", "Termin: 3.12., 10 Uhr, ca. 60 Minuten mit Herrn Maier.", 60],
    ["fr", "Le 3 décembre à 10h, 45 minutes avec Mme Roux.", 45],
    ["es", "El jueves a las 10, unos 40 minutos con Pablo.", 40],
    ["pt", "Na quinta às 10h, 50 minutos com a Renata.", 50],
    ["nl", "Donderdag om 10 uur, 45 minuten met Joost.", 45],
    ["it", "Giovedì alle 11 per due chiacchiere? Mezz'ora al massimo.", 30],
    ["it", "Giovedì alle 11, tre quarti d'ora con Paolo.", 45],
  ] as const)("%s: %s → %s", (lang, text, minutes) => {
    expect(findDuration(text, INVITE_LEXICONS[lang])).toBe(minutes);
  });
});

describe("English times in words and with dotted am/pm", () => {
  it.each([
    ["at half past ten in the morning", "2026-12-03T10:30:00-05:00"],
    ["at half past two", "2026-12-03T14:30:00-05:00"],
    ["at quarter to three in the afternoon", "2026-12-03T14:45:00-05:00"],
    ["at ten o'clock", "2026-12-03T10:00:00-05:00"],
    ["at 11:00 a.m.", "2026-12-03T11:00:00-05:00"],
    ["at 4 p.m.", "2026-12-03T16:00:00-05:00"],
  ] as const)("Thursday, December 3 %s", async (time, start) => {
    // Act
    const result = await readIn(
      "America/New_York",
      "Interview",
      `Hi Jordan, your interview is on Thursday, December 3 ${time}.`,
    );
    // Assess
    expect(result.interview.start).toBe(start);
  });

  it("reads a month and day before a clock time from a US sender", async () => {
    // Act
    const result = await readIn(
      "America/Chicago",
      "Interview",
      "Hi Jordan, are you free 12/3 at 11:00 am for a call about the role?",
    );
    // Assess
    expect(result.interview.start).toBe("2026-12-03T11:00:00-06:00");
  });
});

describe("the decision date promised, in each language", () => {
  it.each([
    [
      "en",
      "America/New_York",
      "Interview on Thursday, December 3 at 2pm. We'll get back to you by Friday 11th.",
      "2026-12-11",
    ],
    [
      "en",
      "Europe/London",
      "Interview on 1 December, 2pm-3pm. We'll let all candidates know the outcome by 11 December.",
      "2026-12-11",
    ],
    [
      "en",
      "America/Chicago",
      "Interview on Thursday, December 3 at 2pm. They'll make a call by Friday the 11th.",
      "2026-12-11",
    ],
    [
      "de",
      "Europe/Berlin",
      "Vorstellungsgespräch am 1. Dezember 2026 um 10 Uhr. Wir werden Ihnen bis Ende KW 51 Bescheid geben.",
      "2026-12-18",
    ],
    [
      "de",
      "Europe/Berlin",
      "Vorstellungsgespräch am 1. Dezember 2026 um 10 Uhr. Rückmeldung bis KW 50.",
      "2026-12-11",
    ],
    [
      "fr",
      "Europe/Paris",
      "Votre entretien aura lieu le 2 décembre de 10h à 11h. Nous reviendrons vers vous d'ici le 15.",
      "2026-12-15",
    ],
    [
      "pt",
      "Europe/Lisbon",
      "A entrevista fica marcada para o dia 1º de dezembro, das 10h às 11h30. Daremos resposta até dia 11.",
      "2026-12-11",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Je sollicitatiegesprek is op woensdag 2 december om 10 uur. Je hoort uiterlijk vrijdag 11 december van ons.",
      "2026-12-11",
    ],
    [
      "it",
      "Europe/Rome",
      "Confermo il colloquio per venerdì 4/12 ore 15. Le faremo sapere entro il 18 dicembre.",
      "2026-12-18",
    ],
    [
      "es",
      "Europe/Madrid",
      "La entrevista es el 2 de diciembre a las 10. Te daremos respuesta antes del 16.",
      "2026-12-16",
    ],
    [
      "en",
      "America/New_York",
      "Your interview is on Monday, December 21st at 3pm EST. You'll hear from us by the 23rd.",
      "2026-12-23",
    ],
    [
      "en",
      "Europe/London",
      "Your interview is on Tuesday 1 December at 10am. We'll make a decision by the end of week 50.",
      "2026-12-11",
    ],
  ] as const)("%s (%s): %s", async (_lang, zone, body, decision) => {
    // Act
    const result = await readIn(zone, "Interview / Entrevista", body);
    // Assess
    expect(result.decisionHint).toBe(decision);
  });
});

describe("numbers that are no clock time", () => {
  it("reads no time in a salary written with a thousands dot", async () => {
    // Act
    const result = await readIn(
      "Europe/Amsterdam",
      "Goed nieuws",
      "Hoi Jordan,\n\nWe willen je graag een aanbod doen voor de rol bij Tulp! Het voorstel: € 6.400 bruto per maand, vandaag nog per mail.\n\nMark",
    );
    // Assess
    expect(result.interview.start).toBeNull();
  });
});

describe("informal invitations in every language are invitations", () => {
  it.each([
    [
      "de",
      "Europe/Berlin",
      "Hi Jordan, danke für deine Bewerbung! Lass uns am Donnerstag, 3.12. um 16 Uhr kurz telefonieren, dann erzähle ich dir mehr. LG Tina",
    ],
    [
      "de",
      "Europe/Berlin",
      "Sehr geehrter Herr Lee, Ihr Gesprächstermin: 12. Januar 2027, 9 Uhr, bei uns im Haus.",
    ],
    [
      "fr",
      "Europe/Paris",
      "Bonjour Jordan, je te propose un café le 2 décembre à 10h pour te présenter l'équipe et le poste.",
    ],
    [
      "es",
      "America/Mexico_City",
      "Hola Jordan, ¿te late una llamada el 2 de diciembre a las 10 para platicar de la posición? Saludos, Karla",
    ],
    [
      "pt",
      "America/Sao_Paulo",
      "Oi Jordan! Recebemos sua candidatura. Podemos fazer uma call rápida na quinta (3/12) às 10h?",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Hoi Jordan, leuk dat je op de vacature hebt gereageerd! Zullen we donderdag 3 december om 16.00 uur even bellen?",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Hoi Jordan, heb je zin om dinsdag 1 december om 10 uur een kop koffie te drinken en over de functie te praten?",
    ],
    [
      "it",
      "Europe/Rome",
      "Ciao Jordan, grazie per la candidatura! Ti va di sentirci giovedì 3 dicembre alle 16?",
    ],
  ] as const)("%s (%s): %s", async (_lang, zone, body) => {
    // Act
    const result = await readIn(zone, "Hallo / Bonjour / Hola / Oi / Hoi / Ciao", body);
    // Assess
    expect(result.status).toBe("ok");
  });
});

describe("events for many and requests after the interviews are no invitation", () => {
  it.each([
    [
      "es",
      "Europe/Madrid",
      "Feria",
      "Hola Jordan, te invitamos a nuestra feria de empleo el 3 de diciembre a las 10. Te esperamos.",
    ],
    [
      "de",
      "Europe/Berlin",
      "Karrieremesse",
      "Hallo Jordan, besuchen Sie uns auf der Karrieremesse am 3.12. um 10 Uhr, Halle 4.",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Open dag",
      "Beste Jordan, kom naar onze open dag op 3 december om 10 uur en ontdek je nieuwe baan!",
    ],
    [
      "en",
      "America/New_York",
      "Reference check",
      "Hi Jordan, thanks again for meeting with the team last week. As a next step, please send me two references by Friday, December 4.",
    ],
    [
      "pt",
      "Europe/Lisbon",
      "Referências",
      "Olá Jordan, obrigado pela entrevista. Pode enviar-nos os contactos de referência até 4 de dezembro?",
    ],
  ] as const)("%s (%s): %s", async (_lang, zone, subject, body) => {
    // Act
    const result = await readIn(zone, subject, body);
    // Assess
    expect([result.status, result.outcome]).toEqual(["not-an-interview", null]);
  });
});

describe("a moved interview: the new slot, and the length it had", () => {
  it.each([
    [
      "fr",
      "Europe/Paris",
      "Bonjour Jordan, nous devons décaler votre entretien du mardi 1er décembre à 10h au jeudi 3 décembre à 15h. Même lien.",
      "2026-12-03T15:00:00+01:00",
      null,
    ],
    [
      "es",
      "Europe/Madrid",
      "Hola Jordan, tenemos que mover la entrevista del martes 1 de diciembre a las 10 al jueves 3 de diciembre a las 16:00.",
      "2026-12-03T16:00:00+01:00",
      null,
    ],
    [
      "it",
      "Europe/Rome",
      "Ciao Jordan, dobbiamo spostare il colloquio da martedì 1 dicembre alle 10 a giovedì 3 dicembre alle 15.",
      "2026-12-03T15:00:00+01:00",
      null,
    ],
    [
      "pt",
      "America/Sao_Paulo",
      "Oi Jordan, precisamos remarcar sua entrevista: em vez de terça às 10h, pode ser na quinta-feira (03/12) às 16h? Mesma duração.\n\n> Data: 01/12/2026 (terça-feira)\n> Horário: 10h às 11h (horário de Brasília)",
      "2026-12-03T16:00:00-03:00",
      "2026-12-03T17:00:00-03:00",
    ],
    [
      "en",
      "America/New_York",
      "Hi Jordan, we need to move your interview from Tuesday, December 1 at 1pm to Thursday, December 3 at 3pm instead.\n\n> Your interview: Tuesday, December 1, 1:00-1:45pm ET",
      "2026-12-03T15:00:00-05:00",
      "2026-12-03T15:45:00-05:00",
    ],
  ] as const)("%s (%s): %s", async (_lang, zone, body, start, end) => {
    // Act
    const result = await readIn(zone, "Re: Interview", body);
    // Assess
    expect([result.interview.start, result.interview.end]).toEqual([start, end]);
  });
});

describe("a length kept from the moved slot is a guess", () => {
  it("says so in the guesses", async () => {
    // Act
    const result = await readIn(
      "Europe/Rome",
      "Re: Colloquio",
      "Ciao Jordan, dobbiamo spostare il colloquio a giovedì 3 dicembre alle 15.\n\n> Colloquio: martedì 1 dicembre, dalle 10:00 alle 10:45",
    );
    // Assess
    expect([
      result.interview.end,
      (result.interview.guesses ?? []).some((guess) => guess.includes("45 minutes")),
    ]).toEqual(["2026-12-03T15:45:00+01:00", true]);
  });
});

describe("a thread whose proposed slots end in one confirmed", () => {
  it.each([
    [
      "de",
      "Europe/Berlin",
      "Hallo Frau Lee,\nperfekt, dann ist der Termin fix: Donnerstag, 3.12., 14:00 Uhr.\n\nAm 24.11.2026 um 19:02 schrieb Jordan Lee <jordan.lee@gmail.com>:\n> Donnerstag 14 Uhr passt mir am besten.\n>> Folgende Termine für das Vorstellungsgespräch wären möglich:\n>> - Mi 2.12. um 9 Uhr\n>> - Do 3.12. um 14 Uhr\n>> - Fr 4.12. um 11 Uhr",
      "2026-12-03T14:00:00+01:00",
    ],
    [
      "es",
      "Europe/Madrid",
      "Hola Jordan,\nperfecto, queda confirmada la entrevista el jueves 3 de diciembre a las 14:00.\n\nEl mar, 24 nov 2026 a las 9:00, Jordan Lee escribió:\n> Me va mejor el jueves.\n>> Te propongo: martes 1 de diciembre a las 10:00, jueves 3 de diciembre a las 14:00 o viernes 4 a las 11:00.",
      "2026-12-03T14:00:00+01:00",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Hoi Jordan,\ntop, dan staat het gesprek op donderdag 3 december om 14.00 uur.\n\nOp di 24 nov 2026 om 09:00 schreef Jordan Lee <jordan.lee@gmail.com>:\n> Donderdag past mij het best.",
      "2026-12-03T14:00:00+01:00",
    ],
  ] as const)("%s (%s)", async (_lang, zone, body, start) => {
    // Act
    const result = await readIn(zone, "Re: Gespräch / Entrevista / Gesprek", body);
    // Assess
    expect(result.interview.start).toBe(start);
  });

  it("asks which slot when none is confirmed", async () => {
    // Act
    const result = await readIn(
      "Europe/Paris",
      "Entretien",
      "Bonjour, pour l'entretien voici nos créneaux : mardi 1er décembre à 10h, mercredi 2 décembre à 14h. Lequel vous convient ?",
    );
    // Assess
    expect([result.status, result.interview.start]).toEqual(["needs-date", null]);
  });
});

/** A mail with a calendar part whose start is written in UTC, under the given text. */
function withUtcCalendar(text: string, dtstart: string): string {
  return withCalendar("Interview", text, [
    "UID:when-forms-1",
    `DTSTART:${dtstart}`,
    "DURATION:PT45M",
    "SUMMARY:Interview",
  ]);
}

describe("a zone written in the text wins over a calendar part in UTC", () => {
  it.each([
    [
      "fr",
      "Europe/London",
      "20261203T130000Z",
      "Entretien le 3 décembre à 14h00 (heure de Paris).",
      "Europe/Paris",
    ],
    [
      "it",
      "Europe/London",
      "20261203T130000Z",
      "Colloquio il 3 dicembre alle 14:00 ora italiana.",
      "Europe/Rome",
    ],
    [
      "es",
      "Europe/Madrid",
      "20261203T140000Z",
      "Entrevista el 3 de diciembre a las 9:00 a.m. hora Colombia.",
      "America/Bogota",
    ],
    [
      "pt",
      "Europe/Lisbon",
      "20261203T170000Z",
      "Entrevista dia 3/12 às 14h (horário de Brasília).",
      "America/Sao_Paulo",
    ],
    [
      "de",
      "Europe/London",
      "20261203T130000Z",
      "Vorstellungsgespräch am 3.12. um 14:00 Uhr MEZ.",
      "Europe/Berlin",
    ],
    [
      "nl",
      "Europe/London",
      "20261203T130000Z",
      "Gesprek op 3 december om 14.00 uur (Nederlandse tijd).",
      "Europe/Amsterdam",
    ],
    [
      "en",
      "America/New_York",
      "20261203T170000Z",
      "Interview on December 3 at 9:00 AM Pacific.",
      "America/Los_Angeles",
    ],
  ] as const)("%s (%s): %s", async (_lang, userZone, dtstart, text, zone) => {
    // Act
    const result = await ingest(withUtcCalendar(text, dtstart), {
      now: NOW,
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: userZone,
    });
    // Assess
    expect(result.interview.timeZone).toBe(zone);
  });
});

describe("a range whose start is an hour alone", () => {
  it.each([
    [
      "de",
      "Europe/Vienna",
      "Ihr Gesprächstermin: 12. Jänner 2027, 9 Uhr MEZ, von 9 bis 10 Uhr.",
      "2027-01-12T10:00:00+01:00",
    ],
    [
      "fr",
      "Europe/Paris",
      "Votre entretien : le 3 décembre, de 10 à 11h, dans nos locaux.",
      "2026-12-03T11:00:00+01:00",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Je gesprek: 3 december om 10.00 uur, van 10 tot 11 uur op kantoor.",
      "2026-12-03T11:00:00+01:00",
    ],
    ["de", "Europe/Berlin", "Vorstellungsgespräch am 3.12. um 13 Uhr, mit 1-2 Personen aus dem Team.", null],
  ] as const)("%s (%s): %s", async (_lang, zone, body, end) => {
    // Act
    const result = await readIn(zone, "Gespräch / Entretien / Gesprek", body);
    // Assess
    expect(result.interview.end).toBe(end);
  });
});

describe("a range of weekdays is opening hours", () => {
  it.each([
    ["de", "Termin am 3.12. Sie erreichen uns Mo–Fr 9–17 Uhr."],
    ["fr", "Entretien le 3 décembre. Standard ouvert lun.-ven. de 9h à 18h."],
  ] as const)("%s: %s", (lang, text) => {
    // Act
    const pieces = chronoPieces(
      text,
      INVITE_LEXICONS[lang],
      Date.parse("2026-11-23T09:00:00Z") / 1000,
      UTC_ZONE,
    );
    // Assess
    expect(pieces.filter((piece) => piece.weekdayOnly)).toEqual([]);
  });
});

describe("opening hours are no meeting time", () => {
  it.each([
    ["de", "Europe/Berlin", "Bei Fragen erreichen Sie uns Mo–Fr 9–17 Uhr unter 089 123456."],
    ["de", "Europe/Berlin", "Unser Empfang ist Montag bis Freitag von 9 bis 17 Uhr besetzt."],
    ["fr", "Europe/Paris", "Notre accueil est ouvert du lundi au vendredi de 9h à 18h."],
    ["es", "Europe/Madrid", "Puede llamarnos de lunes a viernes de 9 a 18 h."],
    ["pt", "America/Sao_Paulo", "Atendimento de segunda a sexta, das 9h às 18h."],
    ["nl", "Europe/Amsterdam", "We zijn bereikbaar van maandag tot en met vrijdag van 9 tot 17 uur."],
    ["it", "Europe/Rome", "Siamo raggiungibili dal lunedì al venerdì dalle 9 alle 18."],
  ])(
    "%s: an invitation without a time whose footer gives hours asks for the date",
    async (_lang, zone, hours) => {
      // Prepare: an invitation that asks the candidate to propose a time; the footer gives hours.
      const body = [invitationWithoutTime[_lang as keyof typeof invitationWithoutTime], "", hours].join("\n");

      // Act
      const result = await readIn(zone, "Einladung / Invitation", body);

      // Assess
      expect(result.status).toBe("needs-date");
    },
  );
});

/** "We would like to invite you to an interview; tell us when suits you next week", per language. */
const invitationWithoutTime = {
  de: "Wir möchten Sie gern zu einem Vorstellungsgespräch für die Stelle als Data Analyst einladen. Bitte teilen Sie uns mit, wann es Ihnen nächste Woche passt.",
  fr: "Nous souhaitons vous inviter à un entretien pour le poste de Data Analyst. Merci de nous indiquer vos disponibilités la semaine prochaine.",
  es: "Nos gustaría invitarle a una entrevista para el puesto de Data Analyst. Indíquenos qué día le viene bien la semana que viene.",
  pt: "Gostaríamos de convidá-lo para uma entrevista para a vaga de Data Analyst. Diga-nos qual dia da próxima semana é melhor para você.",
  nl: "We willen je graag uitnodigen voor een gesprek voor de functie van Data Analyst. Laat je weten welke dag volgende week je uitkomt?",
  it: "Vorremmo invitarla a un colloquio per la posizione di Data Analyst. Ci faccia sapere quale giorno della prossima settimana le è comodo.",
} as const;
