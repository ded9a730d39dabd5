/**
 * The role as each language writes it around the words of the mail: after a compound interview
 * word in a subject ("Zweitgespräch …"), on a labelled line ("Puesto:", "Functie:"), after the
 * application's word in an acknowledgement's or a rejection's subject, after a language's cue
 * ("postularte a", "recrutamento para"); never what the mail is ("Cita confirmada").
 */
import { describe, expect, it } from "vitest";
import { fullerRole } from "../../../lambdas/domain/ingest/role";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Recruiting <jobs@lindqvist-werke.example>";

describe("the role in an invitation", () => {
  it.each([
    [
      "de",
      "Zweitgespräch Controller (m/w/d) – Jordan Lee",
      "Hallo Jordan,\n\nwir sehen uns am 9. Dezember um 10 Uhr.\n\nViele Grüße\nAnna",
      "Controller",
    ],
    [
      "nl",
      "Kennismakingsgesprek Junior Planner",
      "Hoi Jordan,\n\nTot 9 december om 10.00 uur!\n\nGroet,\nSanne",
      "Junior Planner",
    ],
    [
      "es",
      "Cita confirmada: entrevista",
      "Hola Jordan,\n\nTu cita ha quedado confirmada.\n\nPuesto: Técnico de laboratorio\nFecha: 9 de diciembre, 10:00\n\nSaludos",
      "Técnico de laboratorio",
    ],
    [
      "de",
      "Terminbestätigung",
      "Hallo Jordan,\n\nhier die Eckdaten:\nStelle: Lagerleiterin Nord\nTermin: 9. Dezember um 10 Uhr\n\nViele Grüße",
      "Lagerleiterin Nord",
    ],
    [
      "fr",
      "Confirmation",
      "Bonjour Jordan,\n\nPoste : Chargé de clientèle\nDate : 9 décembre à 14h\n\nCordialement",
      "Chargé de clientèle",
    ],
    [
      "it",
      "Conferma appuntamento",
      "Ciao Jordan,\n\nPosizione: Addetto alla logistica\nQuando: 9 dicembre alle 10\n\nSaluti",
      "Addetto alla logistica",
    ],
    [
      "pt",
      "Confirmação",
      "Olá Jordan,\n\nVaga: Analista de Compras\nQuando: 9/12 às 10h\n\nAbraço",
      "Analista de Compras",
    ],
    [
      "nl",
      "Bevestiging afspraak",
      "Hoi Jordan,\n\nFunctie: Medewerker Klantenservice\nWanneer: 9 december om 10.00 uur\n\nGroet",
      "Medewerker Klantenservice",
    ],
    [
      "it",
      "Re: Responsabile di magazzino",
      "Ciao Jordan,\n\nperfetto, il colloquio è martedì 9 dicembre alle 10.\n\nA presto",
      "Responsabile di magazzino",
    ],
    [
      "de",
      "AW: Leiterin Einkauf",
      "Hallo Jordan,\n\ndann bis zum Gespräch am 9. Dezember um 10 Uhr.\n\nViele Grüße",
      "Leiterin Einkauf",
    ],
  ])("%s: %s", async (_lang, subject, body, role) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.interview?.role).toBe(role);
  });
});

describe("the role in an acknowledgement or a rejection", () => {
  it.each([
    [
      "nl",
      "Ontvangstbevestiging sollicitatie Teamleider Logistiek",
      "Beste Jordan,\n\nWe hebben je brief ontvangen en laten binnen twee weken iets horen.\n\nGroet,\nHR",
      "Teamleider Logistiek",
    ],
    [
      "de",
      "Absage Bewerbung Lagerleiterin",
      "Hallo Jordan,\n\nwir haben uns leider für eine andere Bewerberin entschieden.\n\nViele Grüße\nHR",
      "Lagerleiterin",
    ],
    [
      "es",
      "Recibimos tu postulación",
      "Hola Jordan,\n\n¡Gracias por postularte a Técnico de Almacén en nuestra empresa! Revisaremos tu perfil.\n\nSaludos",
      "Técnico de Almacén",
    ],
    [
      "pt",
      "Atualização",
      "Olá Jordan,\n\nObrigado pelo tempo no processo de recrutamento para Analista de Compras. Decidimos avançar com outro candidato.\n\nAbraço",
      "Analista de Compras",
    ],
  ])("%s: %s", async (_lang, subject, body, role) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.interview?.role ?? null).toBe(role);
  });
});

describe("an abbreviated role gives way to the text's fuller statement", () => {
  it.each([
    [
      "es",
      "Ing. proyectos FV",
      "Entrevista - Ingeniera de proyectos fotovoltaicos",
      "Ingeniera de proyectos fotovoltaicos",
    ],
    [
      "de",
      "Sachb. Lohnbuchhaltung",
      "Ihre Bewerbung als Sachbearbeiterin Lohnbuchhaltung",
      "Sachbearbeiterin Lohnbuchhaltung",
    ],
    [
      "fr",
      "Resp. adm. des ventes",
      "Poste : Responsable administration des ventes",
      "Responsable administration des ventes",
    ],
    ["it", "Resp. showroom", "la posizione di Responsabile showroom a Verona", "Responsabile showroom"],
    ["pt", "Eng. Civil", "Entrevista – Engenheiro Civil", "Engenheiro Civil"],
    ["nl", "Med. Klantenservice", "Functie: Medewerker Klantenservice", "Medewerker Klantenservice"],
    ["en", "Sr. Data Eng.", "Interview for the Senior Data Engineer role", "Senior Data Engineer"],
    ["es", "Ing. proyectos FV", "Ingeniero de caminos", "Ing. proyectos FV"],
    ["en", "Data Engineer", "Senior Data Engineer", "Data Engineer"],
    ["es", "Consultor SAP", "Entrevista – Consultor/a SAP", "Consultor SAP"],
  ])("%s: %s", (_lang, role, text, expected) => {
    expect(fullerRole(role, [text])).toBe(expected);
  });
});
