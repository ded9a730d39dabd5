/**
 * Words that are not the employer, in every language: a subject's opening that says what the mail
 * is ("Offer of Employment - …", "Gewijzigd: …") beside an address that spells the employer written
 * in the text; the city after a legal form ("Flinkwerk GmbH · Leipzig"); and an organisation's word
 * that belongs to the name the address spells ("Waterschap Lingedal" for lingedal).
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

describe("a subject's opening words beside the employer's own address", () => {
  it.each([
    ["en", "Terms of Appointment - Claims Analyst", "Hollowbrook Mutual", "hollowbrook"],
    ["de", "Ihre Vertragsunterlagen - Laborleiter", "Auerbach Chemie", "auerbach-chemie"],
    ["nl", "Bijgewerkt: Tweede gesprek Data Engineer", "Kraanvogel Logistiek", "kraanvogel"],
    ["pt", "Remarcação: Entrevista Analista Fiscal", "Jatobá Seguros", "jatoba"],
    ["es", "Modificado: Entrevista Analista de Riesgos", "Navarro Textil", "navarrotextil"],
    ["fr", "Modifié : Entretien Chargé d'études", "Verrerie Lacombe", "verrerie-lacombe"],
    ["it", "Aggiornato: Colloquio Tecnico di Laboratorio", "Ceramiche Astori", "ceramicheastori"],
  ])("%s: %s", async (_lang, subject, company, domain) => {
    // Prepare: the employer writes from its own domain and names itself in the signature.
    const body = `Hi Jordan,\n\nSee you on 9 December at 10:00.\n\nBest regards,\nNoor Vos\n${company}`;
    // Act
    const result = await readGmailForward(`Noor Vos <noor@${domain}.example>`, subject, body);
    // Assess
    expect(result.interview?.company).toMatch(new RegExp(`^${company.split(" ")[0]}`));
  });
});

describe("the place after a legal form is no part of the name", () => {
  it.each([
    ["de", "Kiebitz Montage GmbH · Erfurt", "Kiebitz Montage"],
    ["en", "Harrowgate Tools Ltd, Sheffield", "Harrowgate Tools"],
    ["es", "Conservas Ondarreta S.L. · Bilbao", "Conservas Ondarreta"],
    ["it", "Fonderie Brembo Srl · Bergamo", "Fonderie Brembo"],
    ["nl", "Veenstra Installatietechniek BV · Drachten", "Veenstra Installatietechniek"],
    ["pt", "Moinhos Jacuí Ltda · Porto", "Moinhos Jacuí"],
    ["fr", "Chaudronnerie Morvan SAS · Dijon", "Chaudronnerie Morvan"],
  ])("%s: %s", async (_lang, line, company) => {
    // Prepare: a sender on a mail provider; only the signature under a title names the employer.
    const body = `Hi Jordan,\n\nSee you on 9 December at 10:00.\n\nBest regards,\nNoor Vos | Office & People\n${line}`;
    // Act
    const result = await readGmailForward("Noor Vos <noor.vos@gmail.com>", "Interview", body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});

describe("an organisation's word before the name the address spells", () => {
  it.each([
    ["nl", "Stichting Duinrand", "duinrand", "Bedankt voor je interesse in Stichting Duinrand."],
    ["de", "Stiftung Hohenwart", "hohenwart", "Danke für Ihr Interesse an der Stiftung Hohenwart."],
    ["es", "Fundación Arenal", "arenal", "Gracias por tu interés en la Fundación Arenal."],
    ["it", "Gruppo Valtorta", "valtorta", "Grazie per l'interesse verso il Gruppo Valtorta."],
  ])("%s: %s", async (_lang, company, domain, sentence) => {
    // Prepare: the sender's name is a person's; the text names the employer once.
    const body = `Hallo Jordan,\n\n${sentence} See you on 9 December at 10:00.\n\nNoor`;
    // Act
    const result = await readGmailForward(`Noor Vos <noor@${domain}.example>`, "Interview", body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});

describe("a subject's opening the text names again stays the employer", () => {
  it.each([
    [
      "en",
      "Marlow interview confirmed!",
      "Great news - Marlow Freight Systems wants to meet you on 9 December at 10:00.",
    ],
    [
      "nl",
      "Oosterveld gesprek bevestigd",
      "Goed nieuws: Oosterveld Bouwgroep wil je graag ontmoeten op 9 december om 10.00 uur.",
    ],
    [
      "en",
      "Pellham - you're on for Thursday",
      "Great news - Pellham Robotics loved your background: 9 December at 10:00.",
    ],
  ])("%s: %s", async (_lang, subject, sentence) => {
    // Prepare: a recruiter's own firm, whose address the text spells, signs.
    const body = `Hi Jordan,\n\n${sentence}\n\nBest,\nTess Rowe\nSenior Recruiter | Hartfield Talent Partners`;
    // Act
    const result = await readGmailForward("Tess Rowe <tess@hartfieldtalent.example>", subject, body);
    // Assess
    expect(result.interview?.company).toMatch(/^(?:Marlow|Oosterveld|Pellham)/);
  });
});
