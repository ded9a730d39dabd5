/**
 * The whole list of people met, not its first names only: the writer named last, in a list below a
 * label or in prose by a phrase for themselves ("la sottoscritta", "quien le escribe"); a label
 * that ends its sentence ("sarà composta da:"); a short name with the whole one in brackets ("Gui
 * (Guilherme Rocha, CTO)"); and a calendar that writes names surname first,
 * merged with the text's name as people say it.
 */
import { describe, expect, it } from "vitest";
import { keepInterviewers } from "../../../lambdas/domain/ingest/attendees";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { findInterviewersInLanguage } from "../../../lambdas/domain/ingest/people-language";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { readGmailForward } from "../../support/gmail-forward";

describe("the writer named last among the people met", () => {
  it.each([
    [
      "pt",
      "Vai conhecer:\n– Rui Antunes, Tech Lead\n– e comigo (Marta Dias, RH)",
      ["Rui Antunes", "Marta Dias"],
    ],
    ["es", "Te reunirás con:\n- Óscar Llorente, CTO\n- y conmigo", ["Óscar Llorente", "Marta Dias"]],
    [
      "fr",
      "Vous rencontrerez :\n- Gaël Perrin, directeur technique\n- et moi-même",
      ["Gaël Perrin", "Marta Dias"],
    ],
    [
      "it",
      "Al colloquio saranno presenti l'Ing. Fabio Greco, responsabile IT, e la sottoscritta.",
      ["Ing. Fabio Greco", "Marta Dias"],
    ],
    [
      "es",
      "Le atenderán Inés Barrios, Directora de Operaciones, y quien suscribe.",
      ["Inés Barrios", "Marta Dias"],
    ],
    [
      "fr",
      "Vous rencontrerez Hugo Lemaire, responsable produit, et la soussignée.",
      ["Hugo Lemaire", "Marta Dias"],
    ],
    [
      "pt",
      "Vai falar com o Tiago Moura, diretor financeiro, e com quem lhe escreve.",
      ["Tiago Moura", "Marta Dias"],
    ],
  ] as const)("%s: %s", (lang, text, names) => {
    // Act
    const found = findInterviewersInLanguage(text, INVITE_LEXICONS[lang as Lang], "Marta Dias");
    // Assess
    expect(found.map((person) => person.name)).toEqual(names);
  });

  it("an object form alone on the first line is no one met: only beside someone else", () => {
    // Act
    const found = findInterviewersInLanguage("Vai falar com:\n– comigo\n", INVITE_LEXICONS.pt, "Marta Dias");
    // Assess
    expect(found).toEqual([]);
  });

  it("en: the writer who says they will be on the call too", async () => {
    // Act
    const result = await readGmailForward(
      "Robin Hale <robin@quarzwerk.com>",
      "Interview",
      "Hi Jordan,\n\nYour interview for the analyst role is on 9 December at 2pm with Dana Whitlock, our Head of Data. I'll be on the call too.\n\nRobin Hale",
    );
    // Assess
    expect(result.interview.interviewers.map((person) => person.name)).toEqual(
      expect.arrayContaining(["Dana Whitlock", "Robin Hale"]),
    );
  });
});

describe("a label that ends its sentence", () => {
  it.each([
    [
      "it",
      "La commissione sarà composta da:\n- Dott.ssa Paola Gatti\n- Marco Fontana, HR",
      ["Dott.ssa Paola Gatti", "Marco Fontana"],
    ],
    [
      "es",
      "El comité estará formado por:\n- Andrea Quiroga\n- Tomás Beltrán",
      ["Andrea Quiroga", "Tomás Beltrán"],
    ],
    ["pt", "O júri será composto por:\n- Helena Cardoso\n- Rui Pimentel", ["Helena Cardoso", "Rui Pimentel"]],
    ["es", "Estarán presentes:\n- Rebeca Salas (Data Lead)\n- Iván Ortega", ["Rebeca Salas", "Iván Ortega"]],
    ["pt", "Estarão presentes:\n- Joana Pires (CTO)\n- Vasco Leal", ["Joana Pires", "Vasco Leal"]],
    ["it", "Saranno presenti:\n- Irene Marchi (CFO)\n- Davide Conti", ["Irene Marchi", "Davide Conti"]],
    ["fr", "Seront présents :\n- Agathe Roussel (CTO)\n- Bastien Colin", ["Agathe Roussel", "Bastien Colin"]],
    [
      "de",
      "Anwesend sind:\n- Frau Ilka Brandes\n- Timo Vogt (Teamleitung)",
      ["Frau Ilka Brandes", "Timo Vogt"],
    ],
    ["nl", "Aanwezig zijn:\n- Fleur Bakker (CTO)\n- Sem Visser", ["Fleur Bakker", "Sem Visser"]],
  ] as const)("%s", (lang, text, names) => {
    // Act
    const found = findInterviewersInLanguage(text, INVITE_LEXICONS[lang as Lang], null);
    // Assess
    expect(found.map((person) => person.name)).toEqual(names);
  });
});

describe("a short name beside the whole name it shortens", () => {
  it.each([
    ["pt", "Vamos falar com o Zé (José Antunes, nosso CTO) e comigo.", ["José Antunes", "Marta Dias"]],
    [
      "es",
      "Hablarás con Nacho (Ignacio Ferrán, jefe de producto) y conmigo.",
      ["Ignacio Ferrán", "Marta Dias"],
    ],
    ["it", "Parlerai con Ale (Alessandra Riva, CTO) e con me.", ["Alessandra Riva", "Marta Dias"]],
    ["fr", "Tu rencontreras Max (Maxime Girard, CTO) et moi.", ["Maxime Girard", "Marta Dias"]],
    ["de", "Du sprichst mit Basti (Sebastian Lorenz, CTO) und mir.", ["Sebastian Lorenz", "Marta Dias"]],
    ["nl", "Je spreekt met Max (Maximiliaan Smit, CTO) en mij.", ["Maximiliaan Smit", "Marta Dias"]],
    // Brackets that hold no whole name leave the short name as written: a first name beside the writer.
    ["es", "Hablarás con Nacho (Pedro Ruiz lo sustituye si falta) y conmigo.", ["Nacho", "Marta Dias"]],
    ["es", "Hablarás con Nacho (Data Director) y conmigo.", ["Nacho", "Marta Dias"]],
    [
      "de",
      "Am Gespräch nehmen Frau Ilka Brandes (Leitung Einkauf) und Dr. Uwe Sand (Team Logistik) teil.",
      ["Frau Ilka Brandes", "Dr. Uwe Sand"],
    ],
  ] as const)("%s: %s", (lang, text, names) => {
    // Act
    const found = findInterviewersInLanguage(text, INVITE_LEXICONS[lang as Lang], "Marta Dias");
    // Assess
    expect(found.map((person) => person.name)).toEqual(names);
  });
});

describe("a calendar that writes names surname first", () => {
  const who = { addresses: [], names: [], organizers: [] };

  it.each([
    ["Bianchi Elena", "Dott.ssa Elena Bianchi", "Elena Bianchi"],
    ["Kovács Anna", "Anna Kovács", "Anna Kovács"],
    ["Lefèvre Julien", "M. Julien Lefèvre", "Julien Lefèvre"],
  ])(
    "%s on the calendar, %s in the text: one person, as the text orders the name",
    (calendar, text, kept) => {
      // Prepare
      const people = [
        { name: calendar, email: "colleague@example.com" },
        { name: text, email: null },
      ];
      // Act
      const read = keepInterviewers(people, who);
      // Assess
      expect(read).toEqual([{ name: kept, email: "colleague@example.com" }]);
    },
  );

  it("keeps two people whose names share one word", () => {
    // Act
    const read = keepInterviewers(
      [
        { name: "Rossi Marco", email: "m.rossi@example.com" },
        { name: "Marco Bruni", email: null },
      ],
      who,
    );
    // Assess
    expect(read.map((person) => person.name)).toEqual(["Rossi Marco", "Marco Bruni"]);
  });
});
