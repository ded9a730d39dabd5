/**
 * Who the candidate meets, in every language, one class per table: the writer among the people met
 * ("me plus …", "ich werde ebenfalls dabei sein", "sarò presente anch'io"), the writer alone ("it'll
 * just be me", "serán 30 minutos conmigo"), verbs whose parts close around the people ("nehmen …
 * teil"), people named before what they will do, a panel in a sentence, and lists that end at the
 * next heading. Never the writer who says they will not be there.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { gmailForward } from "../../support/gmail-forward";

const NOW = DateTime.fromISO("2026-11-23T12:00:00Z");

async function names(from: string, subject: string, body: string): Promise<string[]> {
  const result = await ingest(gmailForward({ from, subject, body }), {
    now: NOW,
    ownerAddresses: ["jordan.lee@gmail.com"],
    defaultZone: "Europe/Berlin",
  });
  return (result.interview?.interviewers ?? []).map((person) => person.name ?? "");
}

describe("the writer among the people met", () => {
  it.each([
    ["en", "It'll be me plus Ravi Menon from the data team, on 9 December at 2pm.", "Ravi Menon"],
    [
      "de",
      "Gesprächspartner: Herr Olaf Brandt (Werksleiter) – ich werde ebenfalls dabei sein. Termin: 9. Dezember, 14 Uhr.",
      "Herr Olaf Brandt",
    ],
    [
      "fr",
      "L'entretien aura lieu le 9 décembre à 14h avec Mme Claire Vidal ; je serai également présente.",
      "Mme Claire Vidal",
    ],
    [
      "es",
      "La entrevista es el 9 de diciembre a las 10:00. Te entrevistará Diego Salas, jefe de planta; yo también estaré.",
      "Diego Salas",
    ],
    [
      "pt",
      "A entrevista é dia 9/12 às 10h. Quem vai te entrevistar é o Sr. Marcos Leal, gerente, e eu também vou participar.",
      "Sr. Marcos Leal",
    ],
    [
      "nl",
      "Het gesprek is op 9 december om 10.00 uur met Wouter de Graaf (teamleider). Ik ben er ook bij.",
      "Wouter de Graaf",
    ],
    [
      "it",
      "Il colloquio è il 9 dicembre alle 10. La incontrerà l'Ing. Fabio Testa; sarò presente anch'io.",
      "Ing. Fabio Testa",
    ],
  ])("%s: the colleague and the writer", async (_lang, text, colleague) => {
    // Act
    const read = await names(
      "Robin Hale <robin.hale@quarzwerk.com>",
      "Interview",
      `Hi,\n\n${text}\n\nRobin Hale`,
    );
    // Assess
    expect(read).toEqual(expect.arrayContaining([colleague, "Robin Hale"]));
  });

  it.each([
    ["en", "See you on 9 December at 2pm. It'll just be me, 30 minutes."],
    ["es", "Te agendo la entrevista el 9 de diciembre a las 10:00. Serán 30 minutos conmigo."],
    ["pt", "A entrevista é dia 9/12 às 10h, uma conversa comigo de 30 minutos."],
    ["it", "Il colloquio è il 9 dicembre alle 10: sarà con me, circa mezz'ora."],
  ])("%s: the writer alone", async (_lang, text) => {
    // Act
    const read = await names(
      "Robin Hale <robin.hale@quarzwerk.com>",
      "Interview",
      `Hi,\n\n${text}\n\nRobin Hale`,
    );
    // Assess
    expect(read).toEqual(["Robin Hale"]);
  });

  it("leaves out a writer who says they will not be there", async () => {
    // Prepare
    const body =
      "Dag Jordan,\n\nHet gesprek is op 9 december om 10.00 uur. Je spreekt met Koen Janssens, productieleider. Ik ben er zelf niet bij.\n\nGroetjes,\nRobin Hale";
    // Act
    const read = await names("Robin Hale <robin.hale@quarzwerk.com>", "Gesprek", body);
    // Assess
    expect(read).toEqual(["Koen Janssens"]);
  });
});

describe("people around a verb's parts, before what they will do, and in a panel sentence", () => {
  it.each([
    [
      "de",
      "Am 9. Dezember um 14 Uhr nehmen Mag. Eva Lind (Leitung Einkauf) und DI Paul Gruber teil.",
      ["Mag. Eva Lind", "DI Paul Gruber"],
    ],
    [
      "nl",
      "Op 9 december om 10.00 uur schuiven Lotte Bakker en Jeroen Smit aan.",
      ["Lotte Bakker", "Jeroen Smit"],
    ],
    [
      "en",
      "You're confirmed for 9 December at 2pm. Nadia Park (Head of Sales) and Owen Reid will meet you in the lobby.",
      ["Nadia Park", "Owen Reid"],
    ],
    [
      "en",
      "The interview is on 9 December at 2pm. The panel will be Hugo Lane (Finance Director) and Ada Moss.",
      ["Hugo Lane", "Ada Moss"],
    ],
    [
      "en",
      "The final round is 9 December at 2pm, 45 minutes with Lea Stone and our VP of Engineering, Tariq Aziz.",
      ["Lea Stone", "Tariq Aziz"],
    ],
    [
      "es",
      "La entrevista es el 9 de diciembre a las 10:00. Te entrevistará Iñaki Arrieta.",
      ["Iñaki Arrieta"],
    ],
    ["it", "Il colloquio del 9 dicembre alle 10 sarà condotto dal signor Piero Sala.", ["signor Piero Sala"]],
  ])("%s: %s", async (_lang, text, people) => {
    // Act
    const read = await names("Robin Hale <robin.hale@quarzwerk.com>", "Interview", `Hi,\n\n${text}\n\nRobin`);
    // Assess
    expect(read).toEqual(expect.arrayContaining(people));
  });

  it("ends a list under a label at the next heading", async () => {
    // Prepare: a scheduling tool's layout, the coordinator named further down.
    const body =
      "Your interview is confirmed\n\nWHEN\n9 December 2026, 2:00 PM\n\nWHO\nNadia Park, Senior Manager\nWHERE\nZoom\nQuestions? Reply to reach Owen Reid, Recruiting Coordinator.";
    // Act
    const read = await names("Quarzwerk <no-reply@quarzwerk.com>", "Interview confirmed", body);
    // Assess
    expect(read).toEqual(["Nadia Park"]);
  });

  it("keeps whoever holds a phone screen, a recruiter too", async () => {
    // Prepare
    const body =
      "Your interview is confirmed\n\nPhone screen with Mara Quinn (Talent Acquisition)\n\n9 December 2026, 2:00 PM";
    // Act
    const read = await names("Quarzwerk <no-reply@quarzwerk.com>", "Confirmed", body);
    // Assess
    expect(read).toEqual(["Mara Quinn"]);
  });
});
