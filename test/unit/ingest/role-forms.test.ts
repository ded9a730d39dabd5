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

describe("the role after a language's application words, in a mail of any kind", () => {
  it.each([
    [
      "de",
      "Kennenlernen Junior Controller",
      "Hi Jordan,\n\ndanke für deine Bewerbung! Lass uns am Mittwoch, 9.12., 15–16 Uhr per Teams sprechen.\n\nViele Grüße\nAnna",
      "Junior Controller",
    ],
    [
      "de",
      "Unser Gespräch",
      "Hallo Jordan,\n\ndanke für deine Bewerbung als Mediengestalterin. Passt dir Mittwoch, 9.12. um 15 Uhr?\n\nViele Grüße\nAnna",
      "Mediengestalterin",
    ],
    [
      "nl",
      "Gesprek magazijnmedewerker",
      "Dag Jordan,\n\nBedankt voor je kandidatuur als magazijnmedewerker. We zien je graag op woensdag 9/12 om 10u in ons kantoor.\n\nGroeten,\nWim",
      "magazijnmedewerker",
    ],
    [
      "nl",
      "Uitnodiging",
      "Beste Jordan,\n\nNaar aanleiding van je sollicitatie naar de functie van accountmanager nodigen we je uit op woensdag 9 december om 10.00 uur.\n\nGroet,\nEls",
      "accountmanager",
    ],
    [
      "es",
      "Hemos recibido tu candidatura",
      "Hola, Jordan:\n\nHemos recibido correctamente tu candidatura para la oferta Auxiliar Administrativo - Sevilla.\n\nTe escribiremos si tu perfil encaja.\n\nGracias",
      "Auxiliar Administrativo",
    ],
    [
      "es",
      "Te esperamos",
      "¡Hola Jordan!\n\nComo te postulaste a nuestro Programa de Becas de Verano, te invitamos a la feria de empleo del jueves 10 de diciembre de 10 a 18 hs.\n\nEquipo de Talento",
      "Programa de Becas de Verano",
    ],
    [
      "es",
      "Entrevista",
      "Hola Jordan:\n\nEn relación con la vacante de Cajero que publicamos, te esperamos el miércoles 9 de diciembre a las 10:00.\n\nSaludos",
      "Cajero",
    ],
    [
      "it",
      "Abbiamo ricevuto la tua candidatura",
      "Ciao Jordan!\n\nGrazie per esserti candidato come Cameriere nel nostro nuovo ristorante di Bologna. Ti contatteremo presto.\n\nIl team",
      "Cameriere",
    ],
    [
      "it",
      "Colloquio",
      "Gentile Jordan,\n\nin merito alla posizione di Magazziniere presso la nostra sede di Lodi, la aspettiamo mercoledì 9 dicembre alle 10.\n\nCordiali saluti",
      "Magazziniere",
    ],
    [
      "pt",
      "Recebemos sua candidatura",
      "Olá, Jordan!\n\nObrigado por se candidatar para a vaga de Assistente Administrativo na nossa loja de Campinas. Em breve entraremos em contato.\n\nEquipe Vale Verde",
      "Assistente Administrativo",
    ],
    [
      "fr",
      "Votre candidature",
      "Bonjour Jordan,\n\nMerci pour votre candidature au poste de Vendeur conseil dans notre magasin de Lyon. Nous reviendrons vers vous rapidement.\n\nL'équipe RH",
      "Vendeur conseil",
    ],
    [
      "en",
      "We've received your application",
      "Hi Jordan,\n\nThanks for applying to be a Barista at our new café on King Street. We'll be in touch soon.\n\nThe team",
      "Barista",
    ],
  ])("%s: %s", async (_lang, subject, body, role) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.interview?.role ?? null).toBe(role);
  });
});
