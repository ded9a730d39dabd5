/**
 * The employer and the role at their edges, in every language: a department written after the
 * employer's name (Talent Acquisition, Personalabteilung, Ressources humaines, RRHH, Risorse
 * Umane, Werving & Selectie, Recursos Humanos) is no part of it; a written name around the
 * domain's core ("Kliniek Zonnehof" of kzonnehof.nl) beats the domain's letters; a place after a
 * particle ("do Norte", "di Sopra") stays on the name; a gender marker inside a title stays, at
 * its end it goes; "Vorstellungsgespräch als …" names the role, "bei <Firma>" never does.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const read = readGmailForward;

describe("a department after the employer's name is no part of it", () => {
  it.each([
    [
      "en",
      "Brightwater Foods Talent Acquisition <jobs@brightwaterfoods.com>",
      "Your application to Brightwater Foods",
      "Hi Jordan,\n\nThanks for applying. We'd like to invite you to a phone interview on 9 December at 2pm.\n\nBrightwater Foods Talent Acquisition",
      "Brightwater Foods",
    ],
    [
      "de",
      "Kessler Maschinenbau Personalabteilung <bewerbung@kessler-mb.de>",
      "Einladung zum Vorstellungsgespräch",
      "Sehr geehrter Herr Lee,\n\nwir laden Sie am 9. Dezember um 14 Uhr zu einem Vorstellungsgespräch ein.\n\nMit freundlichen Grüßen\nKessler Maschinenbau Personalabteilung",
      "Kessler Maschinenbau",
    ],
    [
      "fr",
      "Maison Duval – Ressources humaines <rh@maisonduval.fr>",
      "Entretien",
      "Bonjour,\n\nNous vous proposons un entretien le 9 décembre à 14h.\n\nCordialement,\nMaison Duval – Ressources humaines",
      "Maison Duval",
    ],
    [
      "es",
      "Bodegas Almansa RRHH <empleo@bodegasalmansa.es>",
      "Entrevista",
      "Hola Jordan:\n\nTe proponemos una entrevista el 9 de diciembre a las 10:00.\n\nUn saludo,\nBodegas Almansa RRHH",
      "Bodegas Almansa",
    ],
    [
      "it",
      "Cartiera Belluno Risorse Umane <hr@cartierabelluno.it>",
      "Colloquio",
      "Buongiorno,\n\nLa invitiamo a un colloquio il 9 dicembre alle 10.\n\nCordiali saluti,\nCartiera Belluno Risorse Umane",
      "Cartiera Belluno",
    ],
    [
      "pt",
      "Grupo Serra Azul - Recursos Humanos <rh@gruposerraazul.com.br>",
      "Entrevista",
      "Olá Jordan,\n\nGostaríamos de agendar uma entrevista no dia 9/12 às 10h.\n\nAbraços,\nGrupo Serra Azul - Recursos Humanos",
      "Grupo Serra Azul",
    ],
  ])("%s: %s", async (_lang, from, subject, body, company) => {
    // Act
    const result = await read(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});

describe("a written name around the domain's core beats the domain's letters", () => {
  it.each([
    [
      "nl",
      "Kliniek Zonnehof <vacatures@kzonnehof.nl>",
      "Uitnodiging sollicitatiegesprek",
      "Beste Jordan,\n\nGraag nodigen we je uit voor een gesprek op 9 december om 10.00 uur.\n\nMet vriendelijke groet,\nKliniek Zonnehof",
      "Kliniek Zonnehof",
    ],
    [
      "nl",
      "Installatiebedrijf De Wit <werken@dewitinstallatie.nl>",
      "Sollicitatiegesprek",
      "Hoi Jordan,\n\nWe willen je graag spreken op 9 december om 14.00 uur.\n\nGroet,\nInstallatiebedrijf De Wit",
      "Installatiebedrijf De Wit",
    ],
    [
      "de",
      "Schreinerei Holzmann <jobs@holzmann-schreinerei.de>",
      "Vorstellungsgespräch",
      "Hallo Herr Lee,\n\nkommen Sie am 9. Dezember um 14 Uhr zum Gespräch vorbei.\n\nViele Grüße\nSchreinerei Holzmann",
      "Schreinerei Holzmann",
    ],
  ])("%s: %s", async (_lang, from, subject, body, company) => {
    // Act
    const result = await read(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});

describe("a place after a particle stays on the name", () => {
  it.each([
    [
      "pt",
      "Clínica São Lucas do Norte – Recrutamento <rh@csaolucas.com.br>",
      "Entrevista",
      "Olá Jordan,\n\nSua entrevista na Clínica São Lucas do Norte ficou para 9/12 às 10h.\n\nAtenciosamente,\nClínica São Lucas do Norte",
      "Clínica São Lucas do Norte",
    ],
    [
      "it",
      "Cantina Rossi di Sopra <info@cantinarossi.it>",
      "Colloquio",
      "Buongiorno,\n\nLa aspettiamo alla Cantina Rossi di Sopra per un colloquio il 9 dicembre alle 10.\n\nCordiali saluti,\nCantina Rossi di Sopra",
      "Cantina Rossi di Sopra",
    ],
  ])("%s: %s", async (_lang, from, subject, body, company) => {
    // Act
    const result = await read(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});

describe("the role at its edges", () => {
  it.each([
    [
      "de",
      "Paula Stein <p.stein@elbtal-energie.de>",
      "Ihr Vorstellungsgespräch bei Elbtal Energie",
      "Hallo Herr Lee,\n\nhiermit bestätige ich das Vorstellungsgespräch als Elektroniker Betriebstechnik (m/w/d) am 9. Dezember um 14 Uhr.\n\nViele Grüße\nPaula Stein\nElbtal Energie GmbH",
      "Elektroniker Betriebstechnik",
    ],
    [
      "de",
      "Kai Brandt <k.brandt@nordlicht-it.de>",
      "Einladung: Interview Backend-Entwickler (w/m/d) Java",
      "Hallo Jordan,\n\nwir freuen uns auf das Gespräch am 9. Dezember um 14 Uhr.\n\nKai Brandt",
      "Backend-Entwickler (w/m/d) Java",
    ],
    [
      "fr",
      "Julie Morel <j.morel@atelier-verne.fr>",
      "Entretien – Chef de projet digital (H/F)",
      "Bonjour,\n\nJe vous confirme l'entretien le 9 décembre à 14h.\n\nJulie Morel",
      "Chef de projet digital",
    ],
    [
      "en",
      "Avery Cole <avery@northfield-mutual.com>",
      "Interview invitation",
      "Hi Jordan,\n\nYou've been selected to interview for the Senior Claims Examiner (JR-2291) position with Northfield Mutual on 9 December at 2pm.\n\nAvery Cole",
      "Senior Claims Examiner",
    ],
  ])("%s: %s", async (_lang, from, subject, body, role) => {
    // Act
    const result = await read(from, subject, body);
    // Assess
    expect(result.interview?.role).toBe(role);
  });
});
