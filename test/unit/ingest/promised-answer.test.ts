/**
 * An invitation that promises the employer's answer in the first person plural with words between
 * ("Daremo a tutti una risposta entro…", "nous vous donnerons un retour d'ici…"): the promised day
 * is the decision date, in every language; a day the reader is asked to answer by is not.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Elena Marchi <elena@cartiera-valle.example>";

const ROWS = [
  [
    "it",
    "Colloquio",
    "Buongiorno Jordan,\n\nconfermiamo il colloquio giovedì 26 novembre alle 10 in sede.\n\nDaremo a tutti i candidati una risposta entro venerdì 11 dicembre.\n\nCordiali saluti\nElena",
  ],
  [
    "it",
    "Colloquio",
    "Ciao Jordan, ci vediamo giovedì 26 novembre alle 10. Avrai una nostra risposta entro l'11 dicembre.\n\nElena",
  ],
  [
    "fr",
    "Entretien",
    "Bonjour Jordan,\n\nNous vous attendons jeudi 26 novembre à 10h. Nous vous donnerons un retour au plus tard le 11 décembre.\n\nCordialement,\nElena",
  ],
  [
    "es",
    "Entrevista",
    "Hola Jordan:\n\nTe esperamos el jueves 26 de noviembre a las 10. Les daremos a todos una devolución el viernes 11 de diciembre.\n\nSaludos,\nElena",
  ],
  [
    "pt",
    "Entrevista",
    "Oi Jordan,\n\nTe esperamos quinta, 26 de novembro, às 10h. Daremos para todos um retorno até 11 de dezembro.\n\nAbraço,\nElena",
  ],
  [
    "nl",
    "Gesprek",
    "Dag Jordan,\n\nWe verwachten je donderdag 26 november om 10u. We laten iets weten uiterlijk vrijdag 11 december.\n\nGroeten,\nElena",
  ],
] as const;

describe("an answer promised in other words", () => {
  it.each(ROWS)("%s: %s", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.interview.start?.slice(0, 16)).toBe("2026-11-26T10:00");
    expect(result.decisionHint).toBe("2026-12-11");
  });
});

describe("a day the reader is asked to answer by is no promise", () => {
  it.each([
    [
      "it",
      "Colloquio",
      "Ciao Jordan, ci vediamo giovedì 26 novembre alle 10. Ti chiediamo di darci una risposta entro il 30 novembre.\n\nElena",
    ],
    [
      "fr",
      "Entretien",
      "Bonjour Jordan, entretien jeudi 26 novembre à 10h. Merci de nous donner votre réponse d'ici le 30 novembre.\n\nElena",
    ],
  ])("%s: %s", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.decisionHint ?? null).toBeNull();
  });
});
