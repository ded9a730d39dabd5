/**
 * Who the candidate will meet when an invitation says it in prose, in all seven languages, one
 * class per table: lists with a role after each name and "and" words ("ainsi que", "nonché",
 * "así como", "sowie"), the writer as an object beside a colleague ("en met mij", "conmigo", "por
 * mim"), the writer who will not be there, people named before what they will do ("La chiamerà",
 * "ruft Sie an"), agendas of time slots, organisations and streets that are no one, and a title
 * with a surname written whole elsewhere in the mail.
 */
import { describe, expect, it } from "vitest";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { findInterviewersInText } from "../../../lambdas/domain/ingest/people";
import { findInterviewersInLanguage } from "../../../lambdas/domain/ingest/people-language";
import { writtenWhole } from "../../../lambdas/domain/ingest/person-names";
import type { Lang } from "../../../lambdas/domain/language/lang";

function namesIn(lang: Lang, text: string, writer: string | null = null): string[] {
  return findInterviewersInLanguage(text, INVITE_LEXICONS[lang], writer).map((person) => person.name ?? "");
}

/** One table of a class: each row's language, text and the people read from it, the writer given. */
function readsAs(
  title: string,
  writer: string | null,
  rows: ReadonlyArray<readonly [Lang, string, readonly string[]]>,
): void {
  describe(title, () => {
    it.each(rows)("%s: %s", (lang, text, people) => {
      // Act
      const read = namesIn(lang, text, writer);
      // Assess
      expect(read).toEqual(people);
    });
  });
}

readsAs("a list in a sentence, a role after each name", null, [
  [
    "fr",
    "Vous serez reçue par M. Olivier Dumas, directeur financier, ainsi que Mme Inès Carpentier, contrôleuse de gestion.",
    ["M. Olivier Dumas", "Mme Inès Carpentier"],
  ],
  [
    "it",
    "Il colloquio sarà tenuto dalla Dott.ssa Marta Greco, responsabile acquisti, nonché dall'Ing. Pietro Sanna, direttore di stabilimento.",
    ["Dott.ssa Marta Greco", "Ing. Pietro Sanna"],
  ],
  [
    "es",
    "Hablarás con Carolina Méndez, nuestra jefa de producto, así como con el Ing. Julián Ortega.",
    ["Carolina Méndez", "Ing. Julián Ortega"],
  ],
  [
    "pt",
    "A entrevista será conduzida pelo Eng. Rui Tavares, diretor industrial, bem como pela Dra. Sofia Antunes.",
    ["Eng. Rui Tavares", "Dra. Sofia Antunes"],
  ],
  [
    "nl",
    "Het selectiepanel bestaat uit Femke de Boer (HR), Ruben Visser (teamleider) en Anouk Smit.",
    ["Femke de Boer", "Ruben Visser", "Anouk Smit"],
  ],
  [
    "de",
    "Sie sprechen mit Herrn Tobias Kern, Leiter Vertrieb, sowie mit Frau Dr. Ines Wolf.",
    ["Herrn Tobias Kern", "Frau Dr. Ines Wolf"],
  ],
  [
    "en",
    "The interview will be held by Maya Lindqvist, Head of Platform, as well as Owen Hart.",
    ["Maya Lindqvist", "Owen Hart"],
  ],
  ["it", "Incontrerai poi Tommaso Riva, il nostro Category Director, per un caso pratico.", ["Tommaso Riva"]],
  [
    "it",
    "Con piacere La aspettiamo nella sede di Bellinzona, Piazza Collegiata 3, dove incontrerà la signora Nadia Ferrari.",
    ["signora Nadia Ferrari"],
  ],
  ["nl", "We zien je graag op ons kantoor met adres Stationsplein 12, Amersfoort.", []],
]);

readsAs("the writer as an object, beside a colleague", "Tom de Wit", [
  ["nl", "Je spreekt met Lieke Janssen (productowner) en met mij.", ["Lieke Janssen", "Tom de Wit"]],
  [
    "es",
    "Primero conversarás conmigo y luego con Marta Ibáñez, responsable de logística.",
    ["Marta Ibáñez", "Tom de Wit"],
  ],
  ["pt", "Será conduzida por mim e pelo Dr. Henrique Matos.", ["Dr. Henrique Matos", "Tom de Wit"]],
  ["it", "Incontrerai prima me e poi l'Ing. Carlo Fontana.", ["Ing. Carlo Fontana", "Tom de Wit"]],
  ["de", "Sie sprechen mit mir und mit Herrn Lukas Brandt.", ["Herrn Lukas Brandt", "Tom de Wit"]],
  ["en", "You'll meet with Priyanka Rao and me.", ["Priyanka Rao", "Tom de Wit"]],
  ["fr", "Vous rencontrerez Mme Lucie Perrin et moi-même.", ["Mme Lucie Perrin", "Tom de Wit"]],
  [
    "nl",
    "De commissie bestaat uit Joris Peters (controller) en ondergetekende.",
    ["Joris Peters", "Tom de Wit"],
  ],
]);

readsAs("the writer as an object alone only asks to be contacted", "Tom de Wit", [
  ["nl", "Bij vragen kun je altijd met mij bellen.", []],
  ["es", "Cualquier duda, puedes hablar conmigo.", []],
  ["pt", "Qualquer dúvida, pode falar comigo.", []],
  ["it", "Per qualsiasi domanda può parlare con me.", []],
]);

readsAs("the writer who will not be there is never listed", "Tom de Wit", [
  [
    "es",
    "Te entrevistarán Rocío Galán y Hugo Serrano. Yo no estaré presente.",
    ["Rocío Galán", "Hugo Serrano"],
  ],
  ["it", "Con chi: Livia Conti e Marco Ferraris. Io non sarò presente.", ["Livia Conti", "Marco Ferraris"]],
]);

readsAs("people named before what they will do", "Mila Bos", [
  [
    "it",
    "La Dott.ssa Irene Bassi, responsabile del personale, la chiamerà lunedì.",
    ["Dott.ssa Irene Bassi"],
  ],
  ["pt", "O Dr. Vasco Moreira gostaria de lhe telefonar amanhã às 10h.", ["Dr. Vasco Moreira"]],
  ["de", "Frau Katrin Vogt ruft Sie am Montag um 9 Uhr an.", ["Frau Katrin Vogt"]],
  ["nl", "Sven Bakker en ik zijn er allebei bij.", ["Sven Bakker", "Mila Bos"]],
  ["fr", "M. Bruno Lacroix, notre DAF, vous appellera jeudi.", ["M. Bruno Lacroix"]],
  ["es", "La Lic. Andrea Pizarro te llamará el martes.", ["Lic. Andrea Pizarro"]],
  ["en", "Grace Whitfield, our Head of Design, will call you on Monday.", ["Grace Whitfield"]],
  ["de", "Unser Geschäftsführer, Herr Max Kühn, ruft Sie am Montag an.", ["Herr Max Kühn"]],
  ["it", "Il nostro direttore tecnico, l'Ing. Paolo Neri, la chiamerà domani.", ["Ing. Paolo Neri"]],
  ["en", "Our CTO, Sarah Kimball, will call you on Friday.", ["Sarah Kimball"]],
  ["es", "Nuestro equipo te llamará el martes.", []],
  ["fr", "Notre service RH vous appellera demain.", []],
  ["de", "Die Personalabteilung ruft Sie am Montag an.", []],
]);

readsAs("lists under a label", "Tom de Wit", [
  [
    "it",
    "• Con chi: Livia Conti (socia) e Marco Ferraris (responsabile tecnico)",
    ["Livia Conti", "Marco Ferraris"],
  ],
  [
    "fr",
    "Le comité sera composé de :\n- Mme Agathe Roux, DRH\n- Paul Girard, directeur R&D\n- moi-même\n\nÀ bientôt",
    ["Mme Agathe Roux", "Paul Girard", "Tom de Wit"],
  ],
  [
    "en",
    "Schedule:\n9:00 - 9:45  Rosa Delgado, VP Finance\n9:45 - 10:00  Break\n10:00 - 10:30  Liam Chen (Controller)\n10:30 - 11:00  Office tour",
    ["Rosa Delgado", "Liam Chen"],
  ],
  [
    "de",
    "Ablauf:\n09:30 bis 10:15 Uhr – Dr. Karin Lenz, Leitung Controlling\n10:15 bis 10:30 Uhr – Pause",
    ["Dr. Karin Lenz"],
  ],
]);

readsAs("an organisation or a street is no one", null, [
  [
    "it",
    "Il colloquio si terrà con Banca Popolare del Lario e con la Dott.ssa Sara Neri.",
    ["Dott.ssa Sara Neri"],
  ],
  ["nl", "Je spreekt met Tulp Advies B.V. en met Mark de Jong.", ["Mark de Jong"]],
  ["de", "Sie sprechen mit Stadtwerke Kiel und mit Frau Anna Lenz.", ["Frau Anna Lenz"]],
  ["en", "You'll meet with Northwind Group and Alice Moreno.", ["Alice Moreno"]],
  ["pt", "A entrevista será com Farmácias Sol e com a Dra. Rita Paz.", ["Dra. Rita Paz"]],
  ["fr", "Vous rencontrerez Groupe Lenoir et Mme Lise Caron.", ["Mme Lise Caron"]],
  ["es", "Hablarás con Laboratorios Norte y con Ana Ruiz, en Calle Mayor 4.", ["Ana Ruiz"]],
]);

describe("an English list under a label, a title after each name", () => {
  it("takes the parts after a name up to the next 'and' as its title", () => {
    // Prepare
    const text =
      "Panel:\n- Omar Haddad, Staff Engineer, Payments Core\n- Ruth Ames, Ben Cole\n- Ivy Lund, CTO and Noah Pike, Head of People\nPlease bring a photo ID.";
    // Act
    const read = findInterviewersInText(text).map((person) => person.name);
    // Assess
    expect(read).toEqual(["Omar Haddad", "Ruth Ames", "Ben Cole", "Ivy Lund", "Noah Pike"]);
  });
});

describe("a title and a surname, written whole elsewhere", () => {
  it.each([
    ["Herr Lindner", "Herr Lindner ruft Sie an.\n\nGeschäftsführer: Max Lindner", "Max Lindner"],
    ["Mme Roussel", "Mme Roussel vous appellera.\n--\nClaire Roussel, directrice", "Claire Roussel"],
    // Two people of that surname: which one is meant is unknown, so the name stays as written.
    ["Herr Lindner", "Herr Lindner ruft Sie an.\nMax Lindner, Eva Lindner", "Herr Lindner"],
    ["Herr Lindner", "Herr Lindner ruft Sie an.", "Herr Lindner"],
  ])("%s in %j", (name, text, whole) => {
    // Act
    const read = writtenWhole(name, text);
    // Assess
    expect(read).toBe(whole);
  });
});
