/**
 * A legal imprint under a signature names where the employer is registered, never the employer:
 * the register court and number, tax and company ids, in every language.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

describe("an imprint line is never the company", () => {
  it.each([
    [
      "de",
      "Europe/Berlin",
      "Wir laden Sie am 3. Dezember um 10:00 Uhr zum Vorstellungsgespräch ein.",
      "Geschäftsführer: Dr. Ulrich Roth | Amtsgericht Fürth HRB 11842",
    ],
    [
      "de",
      "Europe/Berlin",
      "Wir laden Sie am 3. Dezember um 10:00 Uhr zum Vorstellungsgespräch ein.",
      "Vorstand: Petra Lind | Registergericht: Amtsgericht Köln, HRB 4711",
    ],
    [
      "fr",
      "Europe/Paris",
      "Nous vous invitons à un entretien le 3 décembre à 10h00.",
      "Directeur général : Paul Roth | RCS Lyon 812 345 678",
    ],
    [
      "nl",
      "Europe/Amsterdam",
      "We nodigen je uit voor een gesprek op 3 december om 10:00 uur.",
      "Directeur: Sanne de Vries | KvK 12345678",
    ],
    [
      "it",
      "Europe/Rome",
      "La invitiamo a un colloquio il 3 dicembre alle 10:00.",
      "Amministratore delegato: Luca Neri | P.IVA 01234567890",
    ],
    [
      "pt",
      "America/Sao_Paulo",
      "Convidamos você para uma entrevista no dia 3 de dezembro às 10h.",
      "Diretor: Paulo Souza | CNPJ 12.345.678/0001-90",
    ],
    [
      "es",
      "Europe/Madrid",
      "Le invitamos a una entrevista el 3 de diciembre a las 10:00.",
      "Director general: Pablo Ruiz | Registro Mercantil de Madrid, Tomo 1234",
    ],
  ])("%s (%s): the imprint under the signature is no company", async (_lang, zone, invitation, imprint) => {
    // Prepare: a signature whose last lines are the imprint; the sender's domain is a mailbox provider's.
    const body = [invitation, "", "Jana Roth", imprint].join("\n");

    // Act
    const result = await readGmailForward("Jana Roth <jana.roth.hr@gmail.com>", "Interview", body, zone);

    // Assess
    expect(result.interview.company ?? "").not.toMatch(/\d|Amtsgericht|Register|RCS|KvK|IVA|CNPJ/);
  });
});
