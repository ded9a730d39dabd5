/**
 * The shapes recruiters name interviewers in, in all seven languages: first names joined after a
 * verb of meeting, the writer as subject or object beside a colleague ("Mia und ich", "con Fede y
 * conmigo", "It'll be Kevin Pryce and me"), surnames with titles and particles, people named
 * before what they will do ("Inès et moi avons hâte de te rencontrer"). The writer's own words
 * about something else ("and I will send you the agenda") name no one.
 */
import { describe, expect, it } from "vitest";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { findInterviewersInLanguage } from "../../../lambdas/domain/ingest/people-language";
import type { Lang } from "../../../lambdas/domain/language/lang";

const W = "Robin Hale";

describe("people named in prose, the writer among them", () => {
  it.each([
    ["en", "It'll be Kevin Pryce (Branch Operations Manager) and me.", ["Kevin Pryce", W]],
    ["en", "Anna Lopez and I look forward to meeting you on Thursday.", ["Anna Lopez", W]],
    ["en", "You'll be chatting with Tom and me.", ["Tom", W]],
    ["en", "The interview will be with me and Priya.", [W, "Priya"]],
    ["en", "I'll send the Zoom link the day before.", []],
    ["de", "Mia und ich treffen dich am Montag im Büro.", ["Mia", W]],
    ["de", "Mit dabei sind Ole Brandt (Gründer) und ich.", ["Ole Brandt", W]],
    [
      "de",
      "Beim Gespräch sind Herr Dr. Maier und Frau von Bülow dabei.",
      ["Herr Dr. Maier", "Frau von Bülow"],
    ],
    ["de", "Du triffst Lena und mich.", ["Lena", W]],
    ["fr", "Vous serez reçue par M. Castaing et moi-même.", ["M. Castaing", W]],
    ["fr", "Tu rencontreras Julie et Karim, de l'équipe produit.", ["Julie", "Karim"]],
    ["fr", "Inès et moi avons hâte de te rencontrer.", ["Inès", W]],
    ["es", "Estaremos Fede y yo.", ["Fede", W]],
    ["es", "Hablarás con la Sra. García y con el Sr. De la Torre.", ["Sra. García", "Sr. De la Torre"]],
    ["es", "La entrevista la harán Marta y Luis, del equipo de datos.", ["Marta", "Luis"]],
    ["pt", "A entrevista será conduzida pela Dra. Ana da Silva e por mim.", ["Dra. Ana da Silva", W]],
    ["nl", "Noor Bouzid (Head of Product) is erbij en ik schuif ook aan.", ["Noor Bouzid"]],
    ["nl", "Je spreekt met Jan-Willem van der Berg en Sanne.", ["Jan-Willem van der Berg", "Sanne"]],
    ["nl", "Het gesprek voer je met mij en Lotte.", [W, "Lotte"]],
    ["it", "Sarai con l'ing. Rinaldi e con me.", ["ing. Rinaldi", W]],
    ["it", "Incontrerai Giulia e Paolo del team marketing.", ["Giulia", "Paolo"]],
    ["it", "Il colloquio lo farai con me e con la dott.ssa De Luca.", [W, "dott.ssa De Luca"]],
    ["en", "You'll meet Tom Berg, and I will send you the agenda.", ["Tom Berg"]],
    ["de", "Wir freuen uns auf dich!", []],
  ] as ReadonlyArray<readonly [Lang, string, readonly string[]]>)("%s: %s", (lang, text, people) => {
    // Act
    const found = findInterviewersInLanguage(text, INVITE_LEXICONS[lang], W).map((person) => person.name);
    // Assess
    expect([...found].sort()).toEqual([...people].sort());
  });
});
