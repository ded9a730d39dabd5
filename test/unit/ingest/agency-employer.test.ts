/**
 * The employer behind an agency or a headhunter, in every language: the client the text introduces
 * ("my client", "im Auftrag unseres Mandanten", "pour le compte de", "per conto di", "namens onze
 * opdrachtgever"), or, when only the subject names it, the subject's part the text mentions again;
 * never the agency that signs, and the role never becomes the client's name.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

describe("the client an agency introduces is the employer", () => {
  it.each([
    [
      "en",
      "Interview",
      "Hi Jordan,\n\nMy client, Fenwick Dairy Cooperative, would like to meet on 9 December at 2pm.\n\nBest regards,\nPia Holt\nPrincipal | Holt Executive Search",
      "Fenwick Dairy Cooperative",
    ],
    [
      "de",
      "Vorstellungsgespräch",
      "Hallo Herr Lee,\n\nim Auftrag unseres Mandanten, der Ostsee Kältetechnik GmbH, lade ich Sie am 9. Dezember um 14 Uhr zum Gespräch ein.\n\nViele Grüße\nUte Brandt\nBeraterin | Brandt Personalberatung",
      "Ostsee Kältetechnik",
    ],
    [
      "de",
      "Gesprächstermin",
      "Hallo Jordan,\n\nanbei der Termin bei meinem Mandanten, der Falkenried Maschinenbau AG: 9. Dezember um 10 Uhr.\n\nBeste Grüße\nTim Rau\nSenior Consultant | Rau Personalvermittlung",
      "Falkenried Maschinenbau",
    ],
    [
      "fr",
      "Entretien",
      "Bonjour,\n\nJe vous écris pour le compte de Fromagerie Duval : l'entretien aura lieu le 9 décembre à 14h.\n\nCordialement,\nNina Roux\nConsultante – Roux Cabinet de recrutement",
      "Fromagerie Duval",
    ],
    [
      "es",
      "Entrevista",
      "Hola Jordan:\n\nMi cliente, Aceites Campo Viejo, quiere entrevistarte el 9 de diciembre a las 10:00.\n\nUn saludo,\nPablo Sanz\nHeadhunters Sanz & Asociados",
      "Aceites Campo Viejo",
    ],
    [
      "it",
      "Colloquio",
      "Buongiorno,\n\nLe scrivo per conto di Vetreria Lagunare: il colloquio è il 9 dicembre alle 10.\n\nCordiali saluti,\nElena Riva\nRiva Ricerca e Selezione",
      "Vetreria Lagunare",
    ],
    [
      "pt",
      "Entrevista",
      "Olá Jordan,\n\nA vaga é para meu cliente Cerâmica Horizonte e a entrevista ficou para 9/12 às 10h.\n\nAbraços,\nLuiz Prado\nSócio | Prado Executive Search",
      "Cerâmica Horizonte",
    ],
    [
      "nl",
      "Gesprek",
      "Hoi Jordan,\n\nIk schrijf je namens onze opdrachtgever Polderwind Energie: het gesprek is op 9 december om 10.00 uur.\n\nGroet,\nDaan Kok\nKok Werving & Selectie",
      "Polderwind Energie",
    ],
  ])("%s: %s", async (_lang, subject, body, company) => {
    // Act
    const result = await readGmailForward("Consultant <consultant@talentbridge.example>", subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});

describe("an agency naming its client only in the subject", () => {
  it.each([
    [
      "en",
      "Second round - Larkspur Biotech, Senior Data Engineer",
      "Hi Jordan,\n\nLarkspur got back to me and they'd like you in on 9 December at 2pm.\n\nRegards,\nOwen Pike\nDirector | Pike Partners\nTechnology Search",
      "Larkspur Biotech",
    ],
    [
      "de",
      "Zweitgespräch Hafenkran Logistik – Leiterin Controlling",
      "Hallo Jordan,\n\ndas Zweitgespräch bei Hafenkran findet am 9. Dezember um 10 Uhr statt.\n\nViele Grüße\nJana Voss\nPartnerin | Voss Personalberatung",
      "Hafenkran Logistik",
    ],
    [
      "pt",
      "Entrevista final – Grupo Araucária Alimentos",
      "Oi Jordan,\n\nO pessoal do Grupo Araucária confirmou: 9/12 às 10h, na sede deles.\n\nAbraço,\nMarta Lins\nSócia | Lins Executive Search",
      "Grupo Araucária Alimentos",
    ],
  ])("%s: %s", async (_lang, subject, body, company) => {
    // Act
    const result = await readGmailForward("Consultant <consultant@mailbox.example>", subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
    expect(result.interview?.role ?? "").not.toContain(company);
  });

  it.each([
    [
      "it",
      "Invito a colloquio – Geologo Junior",
      "Gentile Jordan,\n\nLa invitiamo a un colloquio per la posizione di Geologo Junior il 9 dicembre alle 10.\n\nCordiali saluti,\nUfficio Selezione\nAcquedotti Brenta",
      "Ufficio Selezione <selezione@acquedottibrenta.example>",
    ],
    [
      "de",
      "Videointerview Bauzeichner",
      "Sehr geehrter Herr Lee,\n\nim Auftrag von Herrn Otto Brinkmann lade ich Sie am 9. Dezember um 10 Uhr zum Videointerview ein.\n\nMit freundlichen Grüßen\nAssistenz der Geschäftsleitung\nBrinkmann Hochbau GmbH",
      "Eva Sommer <e.sommer@brinkmann-hochbau.example>",
    ],
  ])(
    "%s: an employer's own office is no agency, and a person it writes for is no client",
    async (_lang, subject, body, from) => {
      // Act
      const result = await readGmailForward(from, subject, body);
      // Assess
      expect(result.interview?.company).toMatch(/^(?:Acquedotti Brenta|Brinkmann Hochbau)$/);
    },
  );

  it("an employer's own recruiting team is no agency: its subject's parts are not taken for a client", async () => {
    // Prepare: the signature names a talent team, not an agency's trade.
    const body =
      "Hi Jordan,\n\nSee you on 9 December at 2pm for the Warehouse Lead interview.\n\nBest regards,\nRuth Lane\nTalent Acquisition | Brookfield Mills";
    // Act
    const result = await readGmailForward(
      "Ruth Lane <ruth@brookfieldmills.example>",
      "Interview - Warehouse Lead",
      body,
    );
    // Assess
    expect(result.interview?.company).toBe("Brookfield Mills");
  });
});

describe("a consultant writes: the client that wants to meet is the employer, never the consultant's firm", () => {
  it.each([
    [
      "en",
      "Hal Brook <hal@brookandfinch.example>",
      "Interview",
      "Hi Jordan,\n\nAs discussed, Tarrant Mills would like to meet you on 9 December at 2pm.\n\nBest,\nHal Brook\nConsultant - Brook and Finch",
      "Tarrant Mills",
    ],
    [
      "de",
      "Kai Lenz <kai@lenzpartner.example>",
      "Vorstellungsgespräch",
      "Hallo Jordan,\n\nwie besprochen: Kornhaus Mühlenwerke möchte Sie gerne kennenlernen, am 9. Dezember um 10 Uhr.\n\nViele Grüße\nKai Lenz\nBerater - Lenz Partner",
      "Kornhaus Mühlenwerke",
    ],
    [
      "es",
      "Rosa Vidal <rosa@vidalasesores.example>",
      "Entrevista",
      "Hola Jordan:\n\nTal como hablamos, Conservas Lumbreras quiere conocerte el 9 de diciembre a las 10:00.\n\nSaludos,\nRosa Vidal\nConsultora - Vidal Asesores",
      "Conservas Lumbreras",
    ],
    [
      "fr",
      "Luc Garnier <luc@garnier-associes.example>",
      "Entretien",
      "Bonjour Jordan,\n\nJe suis consultant chez Garnier Associés. Suite à notre échange, Tuilerie Marchand souhaite vous rencontrer le 9 décembre à 14h.\n\nCordialement,\nLuc Garnier\nGarnier Associés",
      "Tuilerie Marchand",
    ],
    [
      "it",
      "Aldo Ferri <aldo@ferripartners.example>",
      "Colloquio",
      "Buongiorno Jordan,\n\ncome anticipato, Salumificio Bormida vorrebbe conoscerti il 9 dicembre alle 10.\n\nCordiali saluti,\nAldo Ferri\nConsulente - Ferri Partners",
      "Salumificio Bormida",
    ],
    [
      "pt",
      "Vera Lobo <vera@loboassessoria.example>",
      "Entrevista",
      "Bom dia Jordan,\n\nComo combinamos, a Malharia Corumbá gostaria de conhecê-la no dia 9/12 às 10h.\n\nAtt.,\nVera Lobo\nConsultora - Lobo Assessoria",
      "Malharia Corumbá",
    ],
    [
      "nl",
      "Joost Vink <joost@vinkadvies.example>",
      "Gesprek",
      "Hoi Jordan,\n\nZoals besproken: Scheepswerf Harlingerland wil je graag ontmoeten op 9 december om 10.00 uur.\n\nGroet,\nJoost Vink\nAdviseur - Vink Advies",
      "Scheepswerf Harlingerland",
    ],
  ])("%s: %s", async (_lang, from, subject, body, company) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });

  it.each([
    ["nl", "Gesprek bij Melkfabriek Oostergo", "Melkfabriek Oostergo", "Vink Werving & Selectie"],
    ["es", "Entrevista con Bodegas Almazora", "Bodegas Almazora", "Selección de Personal Vidal"],
    ["en", "Interview with Pellow Foundry", "Pellow Foundry", "Brook Executive Search"],
  ])("%s: the subject's client after its small word: %s", async (_lang, subject, company, agency) => {
    // Prepare: the text names the client in passing; the agency signs with its trade.
    const body = `Hi Jordan,\n\nThe date ${company} confirmed: 9 December at 10:00.\n\nRegards,\nSam Vink\n${agency}`;
    // Act
    const result = await readGmailForward("Sam Vink <sam@agency.example>", subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });

  it("a person a consultant names as wanting to meet is no employer", async () => {
    // Prepare: the interviewer is among the people met, and wants to meet.
    const body =
      "Hallo Jordan,\n\nBirgit Sommer möchte Sie kennenlernen, am 9. Dezember um 10 Uhr.\nGesprächspartnerin: Birgit Sommer\n\nViele Grüße\nKai Lenz\nBerater - Lenz Partner";
    // Act
    const result = await readGmailForward("Kai Lenz <kai@lenzpartner.example>", "Termin", body);
    // Assess
    expect(result.interview?.company ?? "").not.toBe("Birgit Sommer");
  });
});
