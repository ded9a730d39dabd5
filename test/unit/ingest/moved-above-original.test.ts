/**
 * A reply that moves the interview, forwarded with the invitation it answers quoted below it
 * (Outlook's "-----Original Message-----" block): the reply's new time is read, never the quoted old one.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";

/** An Outlook forward of a reply (sent 1 December 2026) above the invitation it answers (25 November). */
function outlookThread(separator: string, reply: string, original: string): string {
  return [
    "From: Jordan Lee <jordan.lee@gmail.com>",
    "To: f@followup.example.com",
    "Subject: Fwd: RE: Interview",
    "Date: Tue, 1 Dec 2026 12:00:00 +0100",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "________________________________",
    "From: Mara Stein <mara.stein@kontor.example>",
    "Sent: Tuesday, 1 December 2026 10:05",
    "To: Jordan Lee <jordan.lee@gmail.com>",
    "Subject: RE: Interview",
    "",
    reply,
    "",
    `-----${separator}-----`,
    "From: Mara Stein",
    "Sent: Wednesday, 25 November 2026 09:00",
    "To: Jordan Lee",
    "Subject: Interview",
    "",
    original,
    "",
  ].join("\n");
}

const ROWS = [
  [
    "de",
    "Ursprüngliche Nachricht",
    "leider müssen wir unser Gespräch verschieben. Wir schlagen stattdessen Freitag, 11.12.2026, um 15:30 Uhr vor.",
    "wir laden Sie zu einem Vorstellungsgespräch ein. Termin: Mittwoch, 09.12.2026, 09:00 Uhr.",
  ],
  [
    "es",
    "Mensaje original",
    "Tenemos que reprogramar la entrevista: ¿te viene bien el viernes 11 de diciembre a las 15:30?",
    "Te invitamos a una entrevista el miércoles 9 de diciembre a las 9:00 en nuestra oficina.",
  ],
  [
    "fr",
    "Message d'origine",
    "Nous devons décaler votre entretien au vendredi 11 décembre à 15h30, si cela vous convient.",
    "Nous vous invitons à un entretien le mercredi 9 décembre à 9h00 dans nos locaux.",
  ],
  [
    "it",
    "Messaggio originale",
    "Dobbiamo spostare il colloquio: ti andrebbe venerdì 11 dicembre alle 15:30?",
    "Ti invitiamo a un colloquio mercoledì 9 dicembre alle 9:00 nella nostra sede.",
  ],
  [
    "pt",
    "Mensagem original",
    "Precisamos remarcar a entrevista da quarta 09/12 às 9h para sexta-feira, 11/12, às 15h30. Tudo bem?",
    "Gostaríamos de convidá-lo para uma entrevista na quarta-feira, 09/12, às 9h, em nosso escritório.",
  ],
  [
    "nl",
    "Oorspronkelijk bericht",
    "We moeten het gesprek helaas verzetten naar vrijdag 11 december om 15:30. Past dat?",
    "Graag nodigen we je uit voor een gesprek op woensdag 9 december om 9:00 op ons kantoor.",
  ],
] as const;

describe("a moved interview above the invitation it answers", () => {
  it.each(ROWS)("%s: the new time is read", async (_lang, separator, reply, original) => {
    const mail = outlookThread(separator, reply, original);

    const result = await ingest(mail, {
      now: DateTime.fromISO("2026-12-01T12:00:00+01:00"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "Europe/Berlin",
    });

    expect(result.status).toBe("ok");
    expect(result.interview.start?.slice(0, 16)).toBe("2026-12-11T15:30");
  });
});

/** A move said with a weekday only ("passar para sexta às 15h30?"), counted from the reply's day (Tuesday 1 December). */
const WEEKDAY_ROWS = [
  [
    "pt",
    "Mensagem original",
    "Surgiu-me uma reunião com um cliente na quarta. Podemos passar para sexta às 15h30? De resto fica tudo igual.",
    "Gostávamos de falar consigo na quarta-feira, dia 9 de dezembro, às 9h, por Teams.",
  ],
  [
    "es",
    "Mensaje original",
    "Se me complicó el miércoles. ¿La podemos pasar al viernes a las 15:30? Todo lo demás sigue igual.",
    "Te invitamos a una entrevista el miércoles 9 de diciembre a las 9:00 por Teams.",
  ],
  [
    "it",
    "Messaggio originale",
    "Mercoledì ho un impegno con un cliente. Possiamo spostarlo a venerdì alle 15:30? Il resto resta invariato.",
    "Ti invitiamo a un colloquio mercoledì 9 dicembre alle 9:00 su Teams.",
  ],
  [
    "fr",
    "Message d'origine",
    "J'ai un empêchement mercredi. Pourrait-on décaler à vendredi 15h30 ? Le reste ne change pas.",
    "Nous vous invitons à un entretien le mercredi 9 décembre à 9h00 sur Teams.",
  ],
  [
    "de",
    "Ursprüngliche Nachricht",
    "Mir ist am Mittwoch etwas dazwischengekommen. Ginge statt dessen Freitag um 15:30 Uhr? Der Rest bleibt gleich.",
    "wir laden Sie zu einem Gespräch am Mittwoch, 09.12.2026, um 09:00 Uhr per Teams ein.",
  ],
] as const;

describe("a move to a weekday above the invitation it answers", () => {
  it.each(WEEKDAY_ROWS)(
    "%s: the new weekday and time are read",
    async (_lang, separator, reply, original) => {
      const mail = outlookThread(separator, reply, original);

      const result = await ingest(mail, {
        now: DateTime.fromISO("2026-12-01T12:00:00+01:00"),
        ownerAddresses: ["jordan.lee@gmail.com"],
        defaultZone: "Europe/Berlin",
      });

      expect(result.interview.start?.slice(0, 16)).toBe("2026-12-04T15:30");
    },
  );
});
