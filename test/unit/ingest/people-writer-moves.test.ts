/**
 * A writer who moves the meeting in the first person ("mi è capitato un imprevisto", "ich bin
 * Mittwoch verhindert", "vou estar fora") or who wrote "I'd like to meet you" and names no one
 * else is the person met. Forwarded Monday 23 November 2026.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const ROWS = [
  [
    "de",
    "Liebe Frau Lee,\n\nich bin am Mittwoch leider verhindert. Würde es Ihnen auch am Freitag um 11 Uhr passen?\n\nHerzliche Grüße\nGertraud Mayr\n\n> Liebe Frau Lee,\n> gerne lade ich Sie zum Vorstellungsgespräch am Mittwoch, 25. November, um 10 Uhr in unsere Kanzlei ein.\n> Gertraud Mayr",
    "Gertraud Mayr",
  ],
  [
    "it",
    "Ciao Jordan,\n\nmi è capitato un impegno di lavoro giovedì. Potremmo spostarlo a venerdì 27 alle 11?\n\nUn caro saluto,\nFrancesca Riva",
    "Francesca Riva",
  ],
  [
    "pt",
    "Olá Jordan,\n\nPeço desculpa, mas na quarta vou estar fora. Podemos passar para sexta, dia 27, às 11h?\n\nCumprimentos,\nJoana Vieira",
    "Joana Vieira",
  ],
  [
    "es",
    "Hola Jordan:\n\nMe salió un viaje el jueves. ¿Te parece el viernes 27 a las 11:00?\n\nSaludos,\nCamila Rojas\n\n> Hola Jordan: te invito a una entrevista el jueves 26 de noviembre a las 10:00 en nuestra oficina.\n> Camila Rojas",
    "Camila Rojas",
  ],
  [
    "fr",
    "Bonjour Jordan,\n\nJ'aimerais vous rencontrer le vendredi 27 novembre à 11 h dans nos bureaux de Namur.\n\nBien à vous,\nÉlodie Jacquet",
    "Élodie Jacquet",
  ],
] as const;

describe("the writer who moves or meets in the first person", () => {
  it.each(ROWS)("%s: %s", async (_lang, body, writer) => {
    // Act
    const result = await readGmailForward(
      `${writer} <${writer.split(" ")[0]?.toLowerCase()}@atelier-nord.example>`,
      "Re: Entretien",
      body,
    );
    // Assess
    expect(result.interview.interviewers.map((person) => person.name)).toEqual([writer]);
  });
});
