import { describe, expect, it } from "vitest";
import { peopleBesideWriter } from "../../../lambdas/domain/ingest/people-beside-writer";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";

const WRITER = "Writer Person";

/** "X und ich …", "Io e X …": the writer and the colleague named with them as one subject. */
const CASES: ReadonlyArray<[Lang, string, string[]]> = [
  [
    "de",
    "Wie vereinbart würden Dr. Jonas Auer (Bereichsleiter) und ich Sie am Montag treffen.",
    ["Dr. Jonas Auer", WRITER],
  ],
  [
    "de",
    "mag. sabine\nHerr Markus Pölzl, unser Werkstättenleiter, und ich freuen uns auf Sie.",
    ["Herr Markus Pölzl", WRITER],
  ],
  ["de", "Ich und Petra Hauser nehmen uns gern eine Stunde Zeit.", ["Petra Hauser", WRITER]],
  ["en", "Myself and Gráinne Byrne (our QA lead) would love to meet you.", ["Gráinne Byrne", WRITER]],
  ["en", "Tomasz Nowak and I will walk you through the case study.", ["Tomasz Nowak", WRITER]],
  ["fr", "Nathalie Roux, directrice technique, et moi vous recevrons mardi.", ["Nathalie Roux", WRITER]],
  ["fr", "Moi et Karim Benali serons ravis d'échanger avec vous.", ["Karim Benali", WRITER]],
  ["es", "Martín Sosa (líder de producto) y yo te vamos a entrevistar el jueves.", ["Martín Sosa", WRITER]],
  ["es", "Yo y Lucía Paredes te esperamos en la oficina.", ["Lucía Paredes", WRITER]],
  [
    "pt",
    "O Rafael Teixeira (gerente de TI) e eu vamos conversar contigo na quinta.",
    ["Rafael Teixeira", WRITER],
  ],
  ["pt", "Eu e a Juliana Prado vamos te receber no escritório.", ["Juliana Prado", WRITER]],
  [
    "it",
    "Io e Chiara Lombardi, la nostra responsabile tecnica, vorremmo incontrarti.",
    ["Chiara Lombardi", WRITER],
  ],
  ["it", "Il dott. Paolo Ricci e io la riceveremo in sede.", ["dott. Paolo Ricci", WRITER]],
  [
    "nl",
    "Bart Peeters, teamleider logistiek, en ikzelf zullen het gesprek voeren.",
    ["Bart Peeters", WRITER],
  ],
  ["nl", "Ik en Sanne de Boer zien je graag op kantoor.", ["Sanne de Boer", WRITER]],
];

/** No one named beside the writer: nothing read. */
const TRAPS: ReadonlyArray<[Lang, string]> = [
  ["de", "Mein Mann und ich waren letzte Woche in Wien."],
  ["de", "Sie und ich wissen, dass das nicht einfach ist."],
  ["en", "Let me know and I will send the link."],
  ["en", "Thanks for your patience, and I look forward to meeting you."],
  ["fr", "Merci et moi aussi j'ai hâte."],
  ["es", "Te confirmo y yo te paso el link."],
  ["it", "Fammi sapere e io ti mando il link."],
  ["nl", "Laat het weten en ik stuur de link."],
  ["pt", "Me avisa e eu mando o link."],
];

describe("people beside the writer", () => {
  it.each(CASES)("%s: %s", (lang, text, expected) => {
    expect(peopleBesideWriter(text, LEXICONS[lang], WRITER)).toEqual(expected);
  });
  it.each(TRAPS)("%s trap: %s", (lang, text) => {
    expect(peopleBesideWriter(text, LEXICONS[lang], WRITER)).toEqual([]);
  });
  it("in a thread, the writer is who signs the message that says 'und ich'", () => {
    const thread = [
      "Sehr geehrter Herr Berger,",
      "passt, Mittwoch um 10. DI Karin Wallner (Produktion) und ich freuen uns.",
      "",
      "Liebe Grüße",
      "Mag. Sonja Egger",
      "",
      "-----Ursprüngliche Nachricht-----",
      "Mittwoch wäre mir lieber.",
      "",
      "Beste Grüße",
      "Paul Berger",
    ].join("\n");
    expect(peopleBesideWriter(thread, LEXICONS.de, "Paul Berger")).toEqual(["Karin Wallner", "Sonja Egger"]);
  });
  it("without a writer who will be there, names only the colleague", () => {
    expect(peopleBesideWriter("Anna Berger und ich freuen uns.", LEXICONS.de, null)).toEqual(["Anna Berger"]);
  });
});
