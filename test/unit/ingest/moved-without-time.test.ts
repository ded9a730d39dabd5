/**
 * A mail that moves its interview to a day with no time we can read ("to Wednesday, same time?"):
 * an interview whose date is asked for, never dropped as not-an-interview.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Paul Morel <paul@domaine-morel.example>";

describe("an interview moved without a readable time", () => {
  it.each([
    [
      "fr",
      "Petit imprévu",
      "Bonjour Jordan,\n\nUn imprévu m'oblige à m'absenter. Pourrait-on décaler notre entretien à jeudi, même heure ?\n\nPaul",
    ],
    [
      "fr",
      "Changement",
      "Salut Jordan, on doit reporter ton entretien à la semaine prochaine, je te redis le jour.\n\nPaul",
    ],
    [
      "de",
      "Kleine Änderung",
      "Hallo Jordan,\n\nich muss unser Gespräch leider verschieben, ginge auch Donnerstag zur gleichen Zeit?\n\nPaul",
    ],
    ["es", "Cambio", "Hola Jordan, ¿podríamos mover la entrevista al jueves, misma hora?\n\nPaul"],
    [
      "it",
      "Imprevisto",
      "Ciao Jordan, dobbiamo spostare il colloquio a giovedì, stessa ora. Ti va bene?\n\nPaul",
    ],
    ["nl", "Wijziging", "Hoi Jordan, kunnen we het gesprek verzetten naar donderdag, zelfde tijd?\n\nPaul"],
    ["pt", "Imprevisto", "Oi Jordan, podemos remarcar a entrevista para quinta, mesmo horário?\n\nPaul"],
  ])("%s: %s asks for the date", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.status).toBe("needs-date");
  });
});
