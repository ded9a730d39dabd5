/**
 * Unseen forms of when and how long, in every language they are written in: the old slot of a
 * moved interview named as its original time, an hour alone, a list of times under a heading,
 * lengths written in words, approximately, or as the time set aside, and the zone a calendar in
 * UTC is shown in.
 */
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { findDuration } from "../../../lambdas/domain/ingest/duration";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { withCalendar } from "../../support/calendar-mail";
import { FORWARDED_AT, readGmailForward } from "../../support/gmail-forward";

function readIn(zone: string, subject: string, body: string) {
  return readGmailForward("Recruiting <jobs@firma.example>", subject, body, zone);
}

describe("a moved interview's original slot is not its time", () => {
  it.each([
    [
      "en",
      "America/New_York",
      "Hi Jordan, we have to shift things: your interview originally scheduled for Tuesday, December 1 at 10am now needs to be Thursday, December 3 at 2pm.",
      "2026-12-03T14:00:00-05:00",
    ],
    [
      "en",
      "Europe/London",
      "Hi Jordan, your call with Priya was booked for Wednesday at 9:30am, but she is travelling. Could we do Friday at 11am instead?",
      "2026-11-27T11:00:00+00:00",
    ],
    [
      "de",
      "Europe/Berlin",
      "Hallo Jordan, leider müssen wir Ihr Gespräch, ursprünglich geplant für Dienstag, 1. Dezember um 10 Uhr, auf Donnerstag, 3. Dezember um 15 Uhr verschieben.",
      "2026-12-03T15:00:00+01:00",
    ],
    [
      "fr",
      "Europe/Paris",
      "Bonjour Jordan, votre entretien initialement prévu le mardi 1er décembre à 10h aura finalement lieu le jeudi 3 décembre à 15h.",
      "2026-12-03T15:00:00+01:00",
    ],
    [
      "es",
      "Europe/Madrid",
      "Hola Jordan, la entrevista inicialmente prevista para el martes 1 de diciembre a las 10:00 pasa al jueves 3 de diciembre a las 16:00.",
      "2026-12-03T16:00:00+01:00",
    ],
    [
      "pt",
      "Europe/Lisbon",
      "Olá Jordan, a entrevista inicialmente marcada para terça-feira, 1 de dezembro, às 10h passa para quinta-feira, 3 de dezembro, às 16h.",
      "2026-12-03T16:00:00+00:00",
    ],
    [
      "it",
      "Europe/Rome",
      "Ciao Jordan, il colloquio inizialmente previsto per martedì 1 dicembre alle 10 si terrà giovedì 3 dicembre alle 15.",
      "2026-12-03T15:00:00+01:00",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Hoi Jordan, je gesprek, oorspronkelijk gepland op dinsdag 1 december om 10:00, verschuift naar donderdag 3 december om 15:00.",
      "2026-12-03T15:00:00+01:00",
    ],
  ] as const)("%s (%s): %s", async (_lang, zone, body, start) => {
    // Act
    const result = await readIn(zone, "Re: Interview", body);
    // Assess
    expect([result.status, result.interview.start]).toEqual(["ok", start]);
  });
});

describe("an English reschedule naming the old slot and the new one", () => {
  it.each([
    [
      "Hi Jordan, your call on Tuesday at 10am has to be moved to Thursday at 4pm. Apologies!",
      "2026-11-26T16:00:00-05:00",
    ],
    ["Hi Jordan, could we shift Tuesday's 10am interview to Thursday at 4pm?", "2026-11-26T16:00:00-05:00"],
    [
      "Jordan - Tuesday at 10am doesn't work for Priya any more. Would Thursday at 4pm suit you?",
      "2026-11-26T16:00:00-05:00",
    ],
    ["Update: the interview is now Thursday at 4pm (not Tuesday at 10am).", "2026-11-26T16:00:00-05:00"],
    ["Hi Jordan, we're moving forward! Your interview is Tuesday at 10am.", "2026-11-24T10:00:00-05:00"],
    [
      "Your call on Tuesday at 10am needs to move. Which works better: Thursday at 4pm or Friday at 9am?",
      null,
    ],
  ] as const)("%s → %s", async (body, start) => {
    // Act
    const result = await readIn("America/New_York", "Re: Interview", body);
    // Assess
    expect(result.interview.start).toBe(start);
  });
});

describe("an English hour alone after a day and 'at'", () => {
  it.each([
    ["Could we meet Friday at 10 about the role?", "2026-11-27T10:00:00-05:00"],
    ["Are you around for a call tomorrow at 2.", "2026-11-24T14:00:00-05:00"],
    ["How about an interview on Dec 3 at 11, on Zoom?", "2026-12-03T11:00:00-05:00"],
    ["Happy to chat Thursday the 26th at 9 for the position", "2026-11-26T09:00:00-05:00"],
    ["Let's meet Wednesday at 16 with the hiring team.", "2026-11-25T16:00:00-05:00"],
    ["Could we meet Friday at ten about the role?", "2026-11-27T10:00:00-05:00"],
    ["Let's talk Thursday at two, if that works for the interview.", "2026-11-26T14:00:00-05:00"],
    ["Could we meet Thursday at 14 Calvert Avenue about the role?", null],
    ["Come by for an interview Tuesday at one of our offices.", null],
    ["The interview is Thursday, at 10 people we have a full room.", null],
  ] as const)("%s → %s", async (body, start) => {
    // Act
    const result = await readIn("America/New_York", "Re: the role", body);
    // Assess
    expect(result.interview.start).toBe(start);
  });

  it("names the hour it read as a guess", async () => {
    // Act
    const result = await readIn(
      "America/New_York",
      "Re: the role",
      "Could we meet Friday at 10 about the role?",
    );
    // Assess
    expect(result.interview.guesses).toContain("I read “at 10” as 10:00 (no am or pm was given).");
  });
});

describe("a list of times under a heading is on the day the sentence above names", () => {
  it.each([
    [
      "en",
      "America/Chicago",
      "Hi Jordan,\n\nThe team would like you onsite for the final round on Thursday 12/3.\n\nSchedule:\n1:00 - 1:45  Dana Hill, VP Finance\n1:45 - 2:30  Case study\n\nBest,\nKim",
      "2026-12-03T13:00:00-06:00",
      "2026-12-03T14:30:00-06:00",
    ],
    [
      "en",
      "Europe/London",
      "Jordan - we'd love to have you in for interviews on Friday 4 December at our office.\n\nYour day:\n\n10:00 - 10:30 Meet the team\n10:30 - 11:15 Technical interview\n",
      "2026-12-04T10:00:00+00:00",
      "2026-12-04T11:15:00+00:00",
    ],
    [
      "de",
      "Europe/Berlin",
      "Hallo Jordan,\n\nwir laden Sie zum Vorstellungsgespräch am Mittwoch, 2. Dezember, in unser Büro ein.\n\nAblauf:\n9:30 - 10:15 Uhr Gespräch mit Frau Lenz\n10:15 - 11:00 Uhr Fallstudie\n\nViele Grüße",
      "2026-12-02T09:30:00+01:00",
      "2026-12-02T11:00:00+01:00",
    ],
    [
      "fr",
      "Europe/Paris",
      "Bonjour Jordan,\n\nNous vous invitons à un entretien le mercredi 2 décembre dans nos locaux.\n\nProgramme :\n9h30 - 10h15 : entretien avec Mme Roux\n10h15 - 11h : étude de cas\n\nCordialement",
      "2026-12-02T09:30:00+01:00",
      "2026-12-02T11:00:00+01:00",
    ],
    [
      "es",
      "Europe/Madrid",
      "Hola Jordan,\n\nTe invitamos a la entrevista final el jueves 3 de diciembre en nuestra oficina.\n\nAgenda:\n10:00 - 10:45 entrevista con Lucía Gómez\n10:45 - 11:30 caso práctico\n\nSaludos",
      "2026-12-03T10:00:00+01:00",
      "2026-12-03T11:30:00+01:00",
    ],
    [
      "it",
      "Europe/Rome",
      "Ciao Jordan,\n\nti invitiamo al colloquio finale giovedì 3 dicembre nella nostra sede.\n\nProgramma:\n10:00 - 10:45 colloquio con Paolo Neri\n10:45 - 11:30 caso pratico\n\nA presto",
      "2026-12-03T10:00:00+01:00",
      "2026-12-03T11:30:00+01:00",
    ],
    [
      "pt",
      "Europe/Lisbon",
      "Olá Jordan,\n\nConvidamos para a entrevista final na quinta-feira, 3 de dezembro, no nosso escritório.\n\nPrograma:\n10:00 - 10:45 entrevista com Rita Alves\n10:45 - 11:30 estudo de caso\n\nCumprimentos",
      "2026-12-03T10:00:00+00:00",
      "2026-12-03T11:30:00+00:00",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "Hoi Jordan,\n\nWe nodigen je uit voor het laatste gesprek op donderdag 3 december bij ons op kantoor.\n\nProgramma:\n10:00 - 10:45 gesprek met Joost Bakker\n10:45 - 11:30 case\n\nGroet",
      "2026-12-03T10:00:00+01:00",
      "2026-12-03T11:30:00+01:00",
    ],
  ] as const)("%s (%s): %s", async (_lang, zone, body, start, end) => {
    // Act
    const result = await readIn(zone, "Interview", body);
    // Assess
    expect([result.interview.start, result.interview.end]).toEqual([start, end]);
  });

  it("a list under a sentence, not a heading, takes no day from the line above it", async () => {
    // Act
    const result = await readIn(
      "America/Chicago",
      "Interview",
      "Hi Jordan, the final round is on Thursday 12/3.\n\nHere is what the panel wrote about the last round of candidates:\n\n9:00 - 5:00 is a long day\n",
    );
    // Assess
    expect(result.status).toBe("needs-date");
  });
});

describe("lengths in number words, approximate, or as the time set aside", () => {
  it.each([
    ["en", "Maya has blocked 30 minutes for the two of you.", 30],
    ["en", "We've set aside ninety minutes, including a short case.", 90],
    ["en", "Budget roughly three hours in total, lunch included.", 180],
    ["en", "It's a 20-minute chat with our COO, nothing formal.", 20],
    ["en", "This will be an hour-long interview with the panel.", 60],
    ["en", "Kindly plan on forty-five minutes.", 45],
    ["en", "We'd love to speak with you for an hour on Thursday.", 60],
    ["en", "The panel will run for 90 minutes, with a short break.", 90],
    ["en", "Please hold 2 hours in your calendar for the onsite.", 120],
    ["en", "Expect the interview to last approximately 1.5 hours.", 90],
    ["en", "You'll present for the first 15 minutes, then questions.", null],
    ["en", "Please log in for 10 minutes before the call to test audio.", null],
    ["en", "Please arrive 10 minutes early to meet the receptionist.", null],
    ["en", "Join fifteen minutes before the call starts to test your audio.", null],
    ["de", "Das Gespräch dauert zwei Stunden, inklusive Fallstudie.", 120],
    ["de", "Wir rechnen mit knapp 40 Minuten für das Telefonat.", 40],
    ["de", "Planen Sie bitte dreißig Minuten ein.", 30],
    ["fr", "L'échange durera une vingtaine de minutes, sans plus.", 20],
    ["fr", "Prévoyez une bonne heure pour l'ensemble.", 60],
    ["es", "La charla durará unos treinta minutos.", 30],
    ["es", "Calcula dos horas para todo el proceso.", 120],
    ["it", "Il colloquio durerà una trentina di minuti.", 30],
    ["it", "Ci vediamo giovedì alle 11? Una quarantina di minuti, non di più.", 40],
    ["pt", "Será uma conversa de umas duas horas, com o painel.", 120],
    ["pt", "Teremos uma chamada de uns 25 minutos com a Renata.", 25],
    ["nl", "Zullen we donderdag om 11 uur bellen? Kwartiertje, meer niet.", 15],
    ["nl", "We trekken er twee uur voor uit, inclusief een case.", 120],
  ] as const)("%s: %s → %s", (lang, text, minutes) => {
    expect(findDuration(text, INVITE_LEXICONS[lang])).toBe(minutes);
  });
});

describe("a calendar in UTC whose text shows its time in the user's zone is in that zone", () => {
  it.each([
    [
      "en",
      "America/Chicago",
      "20261203T200000Z",
      "When: Thursday, December 3, 2:00 - 2:45 pm",
      "America/Chicago",
    ],
    [
      "de",
      "Europe/Berlin",
      "20261203T090000Z",
      "Termin: Donnerstag, 3.12.2026, 10:00 - 10:45 Uhr",
      "Europe/Berlin",
    ],
    [
      "fr",
      "Europe/Paris",
      "20261203T130000Z",
      "Quand : jeudi 3 décembre 2026, 14h00 - 14h45",
      "Europe/Paris",
    ],
    [
      "es",
      "Europe/Madrid",
      "20261203T150000Z",
      "Cuándo: jueves 3 de diciembre de 2026, 16:00 - 16:45",
      "Europe/Madrid",
    ],
    ["it", "Europe/Rome", "20261203T080000Z", "Quando: giovedì 3 dicembre 2026, 9:00 - 9:45", "Europe/Rome"],
    [
      "pt",
      "America/Sao_Paulo",
      "20261203T130000Z",
      "Quando: quinta-feira, 3 de dezembro de 2026, 10:00 - 10:45",
      "America/Sao_Paulo",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "20261203T120000Z",
      "Wanneer: donderdag 3 december 2026, 13:00 - 13:45",
      "Europe/Amsterdam",
    ],
    // French "est" ("is") later in the sentence, or in the next one, is no Eastern time.
    [
      "fr",
      "Europe/Paris",
      "20261203T140000Z",
      "Je vous propose le jeudi 3 décembre à 15h, en visio. L'invitation mise à jour est jointe.",
      "Europe/Paris",
    ],
    [
      "fr",
      "Europe/Brussels",
      "20261203T090000Z",
      "Rendez-vous jeudi 3 décembre à 10h, le lien Teams est dans l'invitation.",
      "Europe/Brussels",
    ],
    ["en", "America/Chicago", "20261203T200000Z", "When: Thursday, December 3, 3:00 - 3:45 pm", null],
  ] as const)("%s (%s, %s): %s → %s", async (_lang, userZone, dtstart, text, zone) => {
    // Act
    const result = await ingest(
      withCalendar("Interview", text, [
        "UID:moved-and-lengths-1",
        `DTSTART:${dtstart}`,
        "DURATION:PT45M",
        "SUMMARY:Interview",
      ]),
      { now: FORWARDED_AT, ownerAddresses: ["jordan.lee@gmail.com"], defaultZone: userZone },
    );
    // Assess
    expect(result.interview.timeZone).toBe(zone);
  });
});

describe("a city's name after the hour is its time, before the other city's conversion", () => {
  it.each([
    [
      "America/Sao_Paulo",
      "A entrevista é na quinta-feira, 3 de dezembro, às 14h de Lisboa (11h em Brasília).",
      "2026-12-03T14:00:00+00:00",
    ],
    [
      "Europe/Lisbon",
      "A entrevista é na quinta-feira, 3 de dezembro, às 10h em Brasília, ou seja 13h de Lisboa.",
      "2026-12-03T10:00:00-03:00",
    ],
  ] as const)("%s: %s", async (zone, body, start) => {
    // Act
    const result = await readIn(zone, "Entrevista", body);
    // Assess
    expect(result.interview.start).toBe(start);
  });
});

/** A forward arriving on Thursday 10 December 2026, a week after the interview it forwards. */
function lateForward(body: string, originalDate: string | null): string {
  return [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: f@followup.example.com",
    "Subject: Fwd: Interview",
    "Date: Thu, 10 Dec 2026 12:00:00 +0100",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "---------- Forwarded message ---------",
    "From: Kim Berg <kim@acme.example>",
    ...(originalDate ? [`Date: ${originalDate}`] : []),
    "Subject: Interview",
    "To: Jordan Lee <jordan.lee@gmail.com>",
    "",
    body,
    "",
  ].join("\n");
}

describe("a forward of an interview already past is still read", () => {
  it.each([
    ["en", "Hi Jordan,\n\nYour interview is on Thursday, December 3 at 2pm with Dana Hill.\n\nKim"],
    [
      "de",
      "Hallo Jordan,\n\nwir laden Sie am Donnerstag, 3. Dezember um 14 Uhr zum Vorstellungsgespräch ein.\n\nKim",
    ],
    ["fr", "Bonjour Jordan,\n\nNous vous invitons à un entretien le jeudi 3 décembre à 14h.\n\nKim"],
    ["es", "Hola Jordan,\n\nTe invitamos a una entrevista el jueves 3 de diciembre a las 14:00.\n\nKim"],
    ["it", "Ciao Jordan,\n\nti invitiamo a un colloquio giovedì 3 dicembre alle 14.\n\nKim"],
    ["pt", "Olá Jordan,\n\nConvidamos para uma entrevista na quinta-feira, 3 de dezembro, às 14h.\n\nKim"],
    ["nl", "Hoi Jordan,\n\nWe nodigen je uit voor een gesprek op donderdag 3 december om 14:00.\n\nKim"],
  ] as const)("%s, the original's date given or not: %s", async (_lang, body) => {
    // Act
    const read = (originalDate: string | null) =>
      ingest(lateForward(body, originalDate), {
        now: FORWARDED_AT.plus({ days: 17 }),
        ownerAddresses: ["jordan.lee@gmail.com"],
        defaultZone: "Europe/Berlin",
      });
    const [dated, undated] = await Promise.all([read("Mon, 23 Nov 2026 10:00"), read(null)]);
    // Assess
    expect([dated.interview.start, undated.interview.start]).toEqual([
      "2026-12-03T14:00:00+01:00",
      "2026-12-03T14:00:00+01:00",
    ]);
  });
});
