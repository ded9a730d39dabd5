/**
 * The employer's name as the mail writes it, in every language: over a domain that shortens one of
 * its words or writes its ampersand as a word, with the small words and legal forms names carry,
 * and without a role or programme glued to it.
 */
import { describe, expect, it } from "vitest";
import { findCompany } from "../../../lambdas/domain/ingest/company";
import { writtenInFull } from "../../../lambdas/domain/ingest/employer-spelling";
import { readGmailForward } from "../../support/gmail-forward";

describe("the written name beats the one a domain shortens", () => {
  it.each([
    [
      "de",
      "Katrin Ost <k.ost@sonnberg-medtech.de>",
      "Vorstellungsgespräch",
      "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihr Interesse an der Sonnberg Medizintechnik GmbH. Wir laden Sie am 9. Dezember um 10 Uhr ein.\n\nMit freundlichen Grüßen\nKatrin Ost",
      "Sonnberg Medizintechnik",
    ],
    [
      "nl",
      "Vacatures <vacatures@hs-zuidrand.nl>",
      "Uitnodiging sollicitatiegesprek",
      "Beste Jordan,\n\nDank voor je interesse in Hogeschool Zuidrand. Je bent welkom op 9 december om 10.00 uur.\n\nMet vriendelijke groet,\nDienst HRM",
      "Hogeschool Zuidrand",
    ],
    [
      "es",
      "Rrhh <rrhh@tte-alcantara.es>",
      "Entrevista",
      "Hola Jordan:\n\nGracias por tu interés en Transportes Alcántara. Te esperamos el 9 de diciembre a las 10:00.\n\nUn saludo,\nRecursos Humanos",
      "Transportes Alcántara",
    ],
    [
      "it",
      "Personale <personale@off-saronno.it>",
      "Colloquio",
      "Gentile Jordan,\n\ngrazie per l'interesse verso Officine Saronno. La aspettiamo il 9 dicembre alle 10.\n\nCordiali saluti,\nUfficio Personale",
      "Officine Saronno",
    ],
    [
      "pt",
      "RH <rh@hosp-serrano.com.br>",
      "Entrevista",
      "Olá Jordan,\n\nObrigado pelo interesse no Hospital Serrano. Sua entrevista é dia 9/12 às 10h.\n\nAtenciosamente,\nRH",
      "Hospital Serrano",
    ],
    [
      "en",
      "Careers <careers@kingsbridge-pharma.co.uk>",
      "Interview",
      "Hi Jordan,\n\nThanks for your interest in Kingsbridge Pharmaceuticals. We'd like to see you on 9 December at 2pm.\n\nBest,\nPeople Team",
      "Kingsbridge Pharmaceuticals",
    ],
    [
      "nl",
      "Wim Dekker <wim@bakkerenzonen.nl>",
      "Gesprek",
      "Hoi Jordan,\n\nBedankt voor je brief aan Bakker & Zonen. Zullen we 9 december om 10.00 uur afspreken?\n\nGroet,\nWim",
      "Bakker & Zonen",
    ],
    [
      "fr",
      "Agnès Morel <agnes@moreletfils.fr>",
      "Entretien",
      "Bonjour Jordan,\n\nMerci pour votre candidature chez Morel & Fils. Je vous propose le 9 décembre à 14h.\n\nCordialement,\nAgnès",
      "Morel & Fils",
    ],
    [
      "en",
      "Ruth Lane <ruth.lane@fenwickandstoll.example>",
      "Change of time",
      "Hi Jordan,\n\nCould we do 9 December at 2pm for the interview instead?\n\nThanks,\nRuth\n\nRuth Lane\nHead, Group Procurement\nFenwick & Stoll Foods",
      "Fenwick & Stoll",
    ],
    [
      "de",
      "Eva Brandt <eva@brandtundsoehne.example>",
      "Vorstellungsgespräch",
      "Hallo Jordan,\n\npasst Ihnen der 9. Dezember um 10 Uhr?\n\nViele Grüße\nEva Brandt\nLeiterin, Zentraler Einkauf\nBrandt & Söhne Feinkost",
      "Brandt & Söhne",
    ],
    [
      "nl",
      "Zuidrand Zorg via Planbox <noreply@planbox.example>",
      "Uitnodiging sollicitatiegesprek",
      "Beste Jordan,\n\nJe gesprek is op 9 december om 10.00 uur.\n\nZuidrand Zorg\n\nVerzonden via Planbox",
      "Zuidrand Zorg",
    ],
  ])("%s: %s", async (_lang, from, subject, body, company) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });

  it.each([
    [
      "a run as long as the domain's, one word shortened",
      "Sonnberg Medtech",
      "an die Sonnberg Medizintechnik",
      "Sonnberg Medizintechnik",
    ],
    ["two words shortened are another name", "Sonnberg Medtech", "Sonnbau Medizintechnik", null],
    ["a word in lower case is no part of a name", "Hs Zuidrand", "het zuidrand hogeschool", null],
    ["a one-word domain has no word to shorten", "Sonnberg", "Sonnberg Medizintechnik", null],
  ])("%s", (_case, domainName, text, expected) => {
    expect(writtenInFull(domainName, [text])).toBe(expected);
  });
});

describe("a name with its small words and legal form, and nothing glued to it", () => {
  it.each([
    [
      "es",
      "Hemos recibido tu candidatura para nuestro cliente Aceitunas del Sur S.L. y te esperamos el 9 de diciembre a las 10:00.",
      "Aceitunas del Sur",
    ],
    [
      "it",
      "Il colloquio con il nostro cliente Ceramiche Lario S.r.l. è il 9 dicembre alle 10.",
      "Ceramiche Lario",
    ],
    ["pt", "A entrevista com nosso cliente Moinhos do Vale Ltda. ficou para 9/12 às 10h.", "Moinhos do Vale"],
    [
      "fr",
      "L'entretien chez notre client Laiteries des Monts S.A.S. aura lieu le 9 décembre à 14h.",
      "Laiteries des Monts",
    ],
    [
      "en",
      "Our client, Harrow & Vale (Commercial Lending), would like to meet on 9 December at 2pm.",
      "Harrow & Vale",
    ],
  ])("%s: %s", async (_lang, sentence, company) => {
    // Act
    const result = await readGmailForward(
      "Consultant <consultant@gmail.com>",
      "Interview",
      `Hello,\n\n${sentence}\n\nKim`,
    );
    // Assess
    expect(result.interview?.company).toBe(company);
  });

  it("a programme after the owner's 's is no part of the name", async () => {
    const result = await readGmailForward(
      "Graduate Team <grads@gmail.com>",
      "Assessment centre at Harlow Water's Engineering Graduate Scheme",
      "Hi Jordan,\n\nYour assessment centre is on 9 December at 10am.\n\nBest,\nGraduate Team",
    );
    expect(result.interview?.company).toBe("Harlow Water");
  });

  it("a meeting's two sides are no name, once its bracketed role goes", () => {
    // Act: a calendar title that names both sides, from the employer's address.
    const found = findCompany({
      titles: ["Larkfield Studios <> Jordan Lee (Senior Designer)"],
      body: "See you then.",
      senders: [{ name: null, address: "talent@larkfieldstudios.example" }],
      addresses: ["talent@larkfieldstudios.example"],
      people: [],
    });
    // Assess
    expect(found?.value).toBe("Larkfield Studios");
  });
});
