/**
 * Who is listed as met, read from whole forwards: the writer of an informal one-to-one invitation
 * ("Let's meet", "On se voit", "Ci vediamo"), never a writer who says they will not be there even
 * when their calendar organises it, no one from a mail that arranges no interview (a webinar's
 * speaker, an offer's future manager); and a property: no name outside the mail's text is ever
 * read, and the candidate is never an interviewer.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { withCalendar } from "../../support/calendar-mail";
import { readGmailForward } from "../../support/gmail-forward";

const WRITER = "Robin Hale <robin@quarzwerk.com>";

async function namesRead(body: string, subject = "Re: your application"): Promise<string[]> {
  const result = await readGmailForward(WRITER, subject, body);
  return result.interview.interviewers.map((person) => person.name ?? "");
}

describe("the writer of an informal invitation meets the candidate", () => {
  it.each([
    [
      "en",
      "Thanks for the portfolio. Let's meet Thursday at 3pm at our office on 12 Mill Lane to talk about the designer role?",
    ],
    ["de", "danke für deine Bewerbung! Lass uns Donnerstag um 15 Uhr kurz über die Stelle telefonieren."],
    ["fr", "Merci pour ta candidature. On se voit jeudi à 15h au bureau pour parler du poste ?"],
    ["es", "¡Gracias por tu CV! ¿Nos vemos el jueves a las 15 en la oficina para charlar del puesto?"],
    ["pt", "Obrigado pelo currículo. Vamos conversar na quinta às 15h sobre a vaga? Pode ser no escritório."],
    [
      "nl",
      "Bedankt voor je sollicitatie. Zien we je donderdag om 15.00 uur op kantoor voor een kennismaking over de vacature?",
    ],
    ["it", "grazie per la candidatura. Ci vediamo giovedì alle 15 in ufficio per parlare della posizione?"],
  ])("%s", async (_lang, text) => {
    // Act
    const read = await namesRead(`Hi Jordan,\n\n${text}\n\nRobin\n\nRobin Hale\nQuarzwerk`);
    // Assess
    expect(read).toEqual(["Robin Hale"]);
  });

  it("is not listed when they name the colleague the candidate meets instead", async () => {
    // Act
    const read = await namesRead(
      "Hoi Jordan,\n\nZien we je donderdag om 15.00 uur op kantoor voor een gesprek over de vacature? Je spreekt met Karin Mulder, onze teamleider.\n\nRobin Hale",
    );
    // Assess
    expect(read).toEqual(["Karin Mulder"]);
  });
});

describe("the writer who joins a titled colleague", () => {
  it.each([
    [
      "en",
      "Your interview for the analyst position is on 9 December at 2pm with Dr. Nadia Park. I'll join too.",
      "Dr. Nadia Park",
    ],
    [
      "de",
      "Ihr Vorstellungsgespräch für die Stelle ist am 9. Dezember um 14 Uhr mit Dr.-Ing. Felix Haas. Ich bin ebenfalls anwesend.",
      "Dr.-Ing. Felix Haas",
    ],
    [
      "fr",
      "Votre entretien pour le poste aura lieu le 9 décembre à 14h avec Mme Léa Morel. Je me joindrai à vous.",
      "Mme Léa Morel",
    ],
    [
      "es",
      "Tu entrevista para el puesto es el 9 de diciembre a las 14:00 con la Dra. Elena Vidal. Yo me sumaré a la llamada.",
      "Dra. Elena Vidal",
    ],
    [
      "pt",
      "A sua entrevista para a vaga é no dia 9 de dezembro às 14h com a Prof.ª Marta Lobo. Vou participar também.",
      "Prof.ª Marta Lobo",
    ],
    [
      "nl",
      "Je sollicitatiegesprek voor de functie is op 9 december om 14.00 uur met Ing. Bas Kramer. Ik zit er ook bij.",
      "Ing. Bas Kramer",
    ],
    [
      "it",
      "Il colloquio per la posizione è il 9 dicembre alle 14 con la Prof.ssa Anna Ricci. Mi unirò anch'io.",
      "Prof.ssa Anna Ricci",
    ],
  ])("%s", async (_lang, text, colleague) => {
    // Act
    const read = await namesRead(`Hi Jordan,\n\n${text}\n\nRobin Hale`, "Interview");
    // Assess
    expect(read).toEqual(expect.arrayContaining([colleague, "Robin Hale"]));
  });
});

describe("a writer who will not be there", () => {
  it.each([
    [
      "es",
      "Te entrevistarán la Ing. Rocío Galán y el Lic. Hugo Serrano. Yo no estaré presente, pero quedo atenta.",
    ],
    ["it", "Ti incontreranno l'Ing. Rocío Galán e il Dott. Hugo Serrano. Io non sarò presente."],
    ["pt", "Vão te entrevistar a Eng.ª Rocío Galán e o Dr. Hugo Serrano. Não estarei presente."],
    ["fr", "Vous rencontrerez Mme Rocío Galán et M. Hugo Serrano. Je ne serai pas présente."],
  ])("%s: is no interviewer, though their calendar organises the meeting", async (_lang, text) => {
    // Prepare
    const raw = withCalendar("Entrevista", `Hola Jordan,\n\n${text}\n\nAna Souza`, [
      "UID:absent-writer@quarzwerk.com",
      "DTSTART:20261209T140000Z",
      "DTEND:20261209T150000Z",
      "SUMMARY:Entrevista Jordan Lee",
      "ORGANIZER;CN=Ana Souza:mailto:ana.souza@quarzwerk.com",
      "ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@gmail.com",
    ]);
    // Act
    const result = await ingest(raw, {
      now: DateTime.fromISO("2026-11-23T12:00:00Z"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "Europe/Madrid",
    });
    // Assess
    const read = result.interview.interviewers.map((person) => person.name ?? "");
    expect(read).not.toContain("Ana Souza");
    expect(read.join(" ")).toContain("Hugo Serrano");
  });
});

describe("an organiser who signs for the people team", () => {
  it.each([
    [
      "en",
      "Europe/Dublin",
      "It's on Wednesday 9 December from 3pm to 4pm at our office - you'll meet Dr. Nora Quinn (Head of Research) and Ben Walsh (Data Lead).\n\nAna Souza\nPeople Team | Quarzwerk",
    ],
    [
      "es",
      "America/Bogota",
      "Te confirmamos la entrevista del miércoles 9 de diciembre a las 9:00. Conversarás con Nora Quintero (Directora de Investigación) y Ben Walter (Líder de Datos).\n\nAna Souza\nGestión Humana - Quarzwerk",
    ],
  ])("%s: is no interviewer beside the people named", async (_lang, zone, text) => {
    // Prepare
    const raw = withCalendar("Interview", `Hi Jordan,\n\n${text}`, [
      "UID:people-team@quarzwerk.com",
      "DTSTART:20261209T140000Z",
      "DTEND:20261209T150000Z",
      "SUMMARY:Interview Jordan Lee",
      "ORGANIZER;CN=Ana Souza:mailto:ana.souza@quarzwerk.com",
      "ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@gmail.com",
    ]);
    // Act
    const result = await ingest(raw, {
      now: DateTime.fromISO("2026-11-23T12:00:00Z"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: zone,
    });
    // Assess
    const read = result.interview.interviewers.map((person) => person.name ?? "");
    expect(read).not.toContain("Ana Souza");
    expect(read.join(" ")).toContain("Ben Wal");
  });
});

describe("a mail that arranges no interview lists no one", () => {
  it.each([
    [
      "de",
      "Karriere-Newsletter",
      "Hallo Jordan,\n\nLIVE-WEBINAR: Souverän im Vorstellungsgespräch\nMittwoch, 9. Dezember, 18:00 Uhr – mit Trainerin Petra Albers\nJetzt kostenlos anmelden.\n\nNewsletter abbestellen",
    ],
    [
      "es",
      "Tu alerta de empleo",
      "Hola Jordan,\n\nTenemos 8 nuevas ofertas para ti.\nWEBINAR GRATUITO: cómo negociar tu salario, miércoles 9 de diciembre a las 18:00, con Rodrigo Salas (headhunter).\nGestiona tus alertas en tu perfil.",
    ],
    [
      "en",
      "Your offer from Quarzwerk",
      "Hi Jordan,\n\nWe are delighted to offer you the position of Data Analyst. If you'd like to talk it over with your future manager, Priya Nair, I can set up a call.\n\nRobin Hale",
    ],
  ])("%s: %s", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(WRITER, subject, body);
    // Assess
    expect(result.status).toBe("not-an-interview");
    expect(result.interview.interviewers).toEqual([]);
  });
});

const FIRST = ["Lotte", "Mateo", "Chiara", "Henrik", "Aurélie", "Joana", "Kwame", "Ines"];
const LAST = ["Vermeulen", "Okonkwo", "Castellani", "Brandt", "Lefebvre", "Moura", "Hale", "Ibáñez"];
/** One prose sentence per language that introduces two people and the writer. */
const SENTENCES: Readonly<Record<Lang, (a: string, b: string) => string>> = {
  en: (a, b) => `You'll meet ${a}, our Head of Data, as well as ${b} and me.`,
  de: (a, b) => `Sie sprechen mit ${a}, Leiterin Controlling, sowie mit ${b} und mir.`,
  fr: (a, b) => `Vous rencontrerez ${a}, directrice financière, ainsi que ${b} et moi-même.`,
  es: (a, b) => `Hablarás conmigo, después con ${a}, nuestra directora, y con ${b}.`,
  pt: (a, b) => `A entrevista será conduzida pela ${a}, diretora, bem como pelo ${b} e por mim.`,
  nl: (a, b) => `Je spreekt met ${a} (teamleider), ${b} en met mij.`,
  it: (a, b) => `Incontrerai prima me e poi ${a}, responsabile acquisti, nonché ${b}.`,
};
/** One sentence per language that confirms the interview and its time. */
const CONFIRMS: Readonly<Record<Lang, string>> = {
  en: "We are happy to confirm your interview for the analyst position on Wednesday 9 December at 2pm.",
  de: "Gerne bestätigen wir Ihnen das Vorstellungsgespräch für die Stelle als Analyst am Mittwoch, 9. Dezember um 14 Uhr.",
  fr: "Nous avons le plaisir de vous confirmer votre entretien pour le poste d'analyste le mercredi 9 décembre à 14h.",
  es: "Te confirmo la entrevista para el puesto de analista el miércoles 9 de diciembre a las 14:00.",
  pt: "Confirmamos a sua entrevista para a vaga de analista na quarta-feira, 9 de dezembro, às 14h.",
  nl: "Graag bevestigen wij je sollicitatiegesprek voor de functie van analist op woensdag 9 december om 14.00 uur.",
  it: "Ti confermo il colloquio per la posizione di analista mercoledì 9 dicembre alle 14.",
};

describe("property: names come from the mail, never the candidate", () => {
  const person = fc
    .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST))
    .map(([first, last]) => `${first} ${last}`);
  it("reads only names written in the mail, and never the candidate's", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(SENTENCES) as Lang[])),
        person,
        person,
        person,
        person,
        async (lang, candidate, writer, first, second) => {
          // Four people: a namesake of the candidate's first name is read as the candidate.
          const people = [candidate, writer, first, second];
          fc.pre(new Set(people.flatMap((name) => name.split(" "))).size === 8);
          // Prepare: the candidate forwards it, greeted by name; the writer signs it.
          const body = `${candidate},\n\n${CONFIRMS[lang]} ${SENTENCES[lang](first, second)}\n\n${writer}`;
          const raw = [
            `From: ${candidate} <candidate@mail.example>`,
            "To: f@followup.example.com",
            "Subject: Fwd: Interview",
            "Date: Mon, 23 Nov 2026 12:00:00 +0100",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "---------- Forwarded message ---------",
            `From: ${writer} <writer@quarzwerk.com>`,
            "Subject: Interview",
            `To: ${candidate} <candidate@mail.example>`,
            "",
            body,
            "",
          ].join("\n");
          // Act
          const result = await ingest(raw, {
            now: DateTime.fromISO("2026-11-23T12:00:00Z"),
            ownerAddresses: ["candidate@mail.example"],
            defaultZone: "Europe/Berlin",
          });
          // Assess
          const names = result.interview.interviewers.map((read) => read.name ?? "");
          for (const name of names) expect(raw).toContain(name);
          expect(names).not.toContain(candidate);
          expect(names).toEqual(expect.arrayContaining([first, second, writer]));
        },
      ),
      { numRuns: 35 },
    );
  });
});
