/**
 * The role in invitations of every language, one class per table: after an application or
 * selection word ("processo seletivo para", "selezione per", "búsqueda de"), after the employer's
 * name and "for" ("Farmavida para …"), between "as" and "at <employer>", after the last interview
 * word of a subject, on a line beside the company, under a scheduler's label, in Google's subjects
 * in other languages; never a word for what the mail is, never the writer's own title.
 */
import { describe, expect, it } from "vitest";
import { cleanSubject } from "../../../lambdas/domain/ingest/subject";
import { readGmailForward } from "../../support/gmail-forward";

const read = readGmailForward;

describe("the role after an application or selection word", () => {
  it.each([
    [
      "pt",
      "Agradecemos sua participação no processo seletivo para Analista Fiscal. A entrevista é dia 9/12 às 10h.",
      "Analista Fiscal",
    ],
    [
      "pt",
      "Recebemos sua candidatura para Operador de Empilhadeira (Campinas/SP). A entrevista é dia 9/12 às 10h.",
      "Operador de Empilhadeira",
    ],
    [
      "it",
      "Grazie per aver partecipato alla selezione per Addetto paghe. Il colloquio è il 9 dicembre alle 10.",
      "Addetto paghe",
    ],
    [
      "es",
      "Te confirmo la entrevista para la búsqueda de Diseñadora UX Senior: el 9/12 a las 15 hs.",
      "Diseñadora UX Senior",
    ],
    [
      "es",
      "Gracias por inscribirte en la oferta de Camarero/a de Pisos – Málaga. Entrevista el 9/12 a las 10:00.",
      "Camarero/a de Pisos",
    ],
    [
      "fr",
      "Suite à votre candidature pour Technicienne de maintenance, l'entretien est le 9 décembre à 14h.",
      "Technicienne de maintenance",
    ],
    [
      "nl",
      "Bedankt voor je sollicitatie voor Medewerker klantenservice. Het gesprek is op 9 december om 10.00 uur.",
      "Medewerker klantenservice",
    ],
    [
      "nl",
      "Goed nieuws: ze willen je spreken voor de functie Planner Binnendienst. Het gesprek is op 9 december om 10.00 uur.",
      "Planner Binnendienst",
    ],
    [
      "nl",
      "Je bent uitgenodigd bij de functie Teamleider Magazijn, op 9 december om 14.00 uur.",
      "Teamleider Magazijn",
    ],
    [
      "de",
      "Vielen Dank für Ihre Bewerbung auf Sachbearbeiter Buchhaltung. Das Gespräch ist am 9. Dezember um 14 Uhr.",
      "Sachbearbeiter Buchhaltung",
    ],
  ])("%s: %s", async (_lang, text, role) => {
    // Act
    const result = await read("Kim Berg <kim.berg@gmail.com>", "Interview", `Hi,\n\n${text}\n\nKim`);
    // Assess
    expect(result.interview?.role).toBe(role);
  });
});

describe("the role beside the employer's name", () => {
  it.each([
    [
      "pt",
      "Olá,\n\nA entrevista com a Padaria Trigal para Gerente de Loja ficou para 9/12 às 10h.\n\nAbraço,\nRita\nConsultora | Talento RH",
      "Rita Sá <rita@padariatrigal.com.br>",
      "Padaria Trigal",
      "Gerente de Loja",
    ],
    [
      "it",
      "Gentile Jordan,\n\nsiamo lieti di proporLe un colloquio come Responsabile Acquisti presso Ceramiche Adriatiche il 9 dicembre alle 10.\n\nCordiali saluti",
      "Ugo Riva <ugo.riva@ceramicheadriatiche.it>",
      "Ceramiche Adriatiche",
      "Responsabile Acquisti",
    ],
    [
      "es",
      "Hola,\n\nQuedamos el 9/12 a las 10:00 para tu entrevista como Jefe de Turno en Conservas del Cantábrico.\n\nUn saludo",
      "Eva Gil <eva.gil@conservasdelcantabrico.es>",
      "Conservas del Cantábrico",
      "Jefe de Turno",
    ],
  ])("%s", async (_lang, body, from, company, role) => {
    // Act
    const result = await read(from, "Entrevista", body);
    // Assess
    expect(result.interview?.company).toBe(company);
    expect(result.interview?.role).toBe(role);
  });

  it("reads a line of the company and the role, not the writer's title in a signature", async () => {
    // Prepare
    const body =
      "Your interview is confirmed\n\nBrisa Capital - Risk Analyst\nPhone screen on 9 December 2026, 2:00 PM\n\nThanks,\nLena Vogt\nTalent Partner - Brisa Capital";
    // Act
    const result = await read("Brisa Capital <no-reply@brisacapital.com>", "Confirmed: phone screen", body);
    // Assess
    expect(result.interview?.role).toBe("Risk Analyst");
  });
});

/** A few lines in each language, so that the subject is read in that language. */
const BODIES: Readonly<Record<string, string>> = {
  de: "Hallo Frau Lee,\n\nwir freuen uns auf das Gespräch am 9. Dezember um 14 Uhr.\n\nViele Grüße\nKim",
  fr: "Bonjour,\n\nNous vous attendons le 9 décembre à 14h pour l'entretien.\n\nCordialement,\nKim",
  es: "Hola,\n\nTe esperamos el 9 de diciembre a las 14:00 para la entrevista.\n\nUn saludo,\nKim",
  pt: "Olá,\n\nSegue a nossa proposta; podemos conversar no dia 9/12 às 14h.\n\nAbraço,\nKim",
  nl: "Hoi,\n\nWe zien je graag op 9 december om 14.00 uur voor het gesprek.\n\nGroeten,\nKim",
  it: "Buongiorno,\n\nLa aspettiamo il 9 dicembre alle 14 per il colloquio.\n\nCordiali saluti,\nKim",
};

describe("roles in subjects and scheduler labels", () => {
  it.each([
    ["de", "Terminverschiebung Ihr Gespräch Lagerlogistiker", "Lagerlogistiker"],
    ["de", "AW: Terminvorschläge Scrum Master", "Scrum Master"],
    [
      "fr",
      "Invitation : Entretien visio Chef de projet @ mar. 9 déc. 2026 14:00 - 14:45 (UTC)",
      "Chef de projet",
    ],
    ["es", "Entrevista técnica Desarrolladora Backend", "Desarrolladora Backend"],
    ["pt", "Proposta - Analista de Dados Pleno", "Analista de Dados Pleno"],
    ["nl", "Uitnodiging: gesprek Medior Data Analist", "Medior Data Analist"],
    ["it", "Convocazione colloquio - Contabile senior", "Contabile senior"],
  ])("%s: %s", async (lang, subject, role) => {
    // Act
    const result = await read("Kim Berg <kim.berg@gmail.com>", subject, BODIES[lang] ?? "");
    // Assess
    expect(result.interview?.role).toBe(role);
  });

  it("reads the event type a scheduler writes on the line under its label", async () => {
    // Prepare
    const body =
      "Your event has been scheduled.\n\nEvent Type:\n45 Minute Technical Interview - Brisa Capital (Quant Developer)\n\nEvent Date/Time:\n10:00am - 10:45am, Wednesday, December 9, 2026";
    // Act
    const result = await read("Bookings <notifications@calendly.com>", "Confirmed: interview", body);
    // Assess
    expect(result.interview?.role).toBe("Quant Developer");
  });

  it("drops Google Calendar's date after @ in any language", () => {
    // Act / Assess
    expect(cleanSubject("Einladung: Gespräch Controller @ Mi. 9. Dez. 2026 14:00 - 15:00 (MEZ)")).toBe(
      "Einladung: Gespräch Controller",
    );
  });
});
