/**
 * Invitations in seven languages: the lexicons are complete, a text's language is told right,
 * chrono reads only what our English readers cannot (it is never called for an English mail), and
 * each parse says where its fields came from.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { WorkBudget } from "../../../lambdas/domain/ingest/budget";
import { daysFromCivil } from "../../../lambdas/domain/ingest/civil";
import { findDecisionDate } from "../../../lambdas/domain/ingest/decision";
import { findDuration } from "../../../lambdas/domain/ingest/duration";
import { INVITE_LEXICONS, LEXICON_LIST, phrasePattern } from "../../../lambdas/domain/ingest/invite-language";
import { localeCues } from "../../../lambdas/domain/ingest/locale-cues";
import { findWhen } from "../../../lambdas/domain/ingest/meeting-time";
import { chronoRuns } from "../../../lambdas/domain/language/dates";
import { detectMailLanguage } from "../../../lambdas/domain/language/detect";
import type { InviteLexicon } from "../../../lambdas/domain/language/invite-lexicon";
import { ianaZone, type WallZone } from "../../../lambdas/domain/zones";
import { gmailForward } from "../../support/gmail-forward";

const FIXTURES = join(import.meta.dirname, "../../fixtures/mail");
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Record<
  string,
  { readonly defaultZone?: string | null }
>;
const NOW = DateTime.fromISO("2026-11-23T12:00:00Z");
const OTHER_LANGUAGE = /^(?:de|fr|es|pt|nl|it)-/;

async function read(file: string) {
  return ingest(readFileSync(join(FIXTURES, file)), {
    now: NOW,
    ownerAddresses: ["jordan.lee@gmail.com", "jordan.lee@outlook.com"],
    defaultZone: EXPECTED[file]?.defaultZone ?? null,
  });
}

describe("the invite lexicons", () => {
  it.each(LEXICON_LIST.map((lexicon) => [lexicon.lang, lexicon] as const))(
    "%s fills every phrase list",
    (_lang, lexicon) => {
      const lists = Object.entries(lexicon).filter(([, value]) => Array.isArray(value));
      const forward = Object.entries(lexicon.forward);
      expect(lists.length + forward.length).toBeGreaterThanOrEqual(25);
      for (const [part, value] of [...lists, ...forward]) expect(value, part).not.toHaveLength(0);
    },
  );

  it("matches each phrase as whole words in any case, never inside a word", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEXICON_LIST), (lexicon: InviteLexicon) => {
        const pattern = phrasePattern(lexicon.interviewWords);
        for (const word of lexicon.interviewWords) {
          expect(pattern.test(`… ${word.toUpperCase()} …`)).toBe(true);
          expect(pattern.test(`x${word}x`)).toBe(false);
        }
      }),
    );
  });
});

describe("the language of a text", () => {
  it.each([
    ["Hi Jordan, we would like to invite you to an interview on Tuesday at 2pm.", "en"],
    ["Hallo Jordan, wir laden Sie gerne zu einem Gespräch am Dienstag um 14 Uhr ein.", "de"],
    ["Bonjour Jordan, nous avons le plaisir de vous inviter à un entretien mardi à 14h.", "fr"],
    ["Hola Jordan, nos gustaría invitarte a una entrevista el martes a las 14:00.", "es"],
    ["Olá Jordan, gostaríamos de convidar você para uma entrevista na terça às 14h.", "pt"],
    ["Hoi Jordan, we nodigen je graag uit voor een gesprek op dinsdag om 14:00 uur.", "nl"],
    ["Ciao Jordan, siamo lieti di invitarti a un colloquio martedì alle 14:00.", "it"],
    // A German name and a French street in English text do not make it German or French.
    ["Hi Jordan, you will meet Jürgen Müller at 12 rue de la Paix on Tuesday at 2pm.", "en"],
  ])("%s → %s", (text, lang) => {
    expect(detectMailLanguage(text)).toBe(lang);
  });
});

describe("chrono runs only where the text needs it", () => {
  const files = Object.keys(EXPECTED).filter((file) => file.endsWith(".eml"));

  it("is never called for an English mail our own readers date", async () => {
    const english = files.filter((file) => !OTHER_LANGUAGE.test(file));
    const before = chronoRuns();
    for (const file of english) await read(file);
    expect(english.length).toBeGreaterThanOrEqual(100);
    expect(chronoRuns()).toBe(before);
  });

  it("reads English our readers cannot date ('on the 7th at 10am') with the language layer's date reader", async () => {
    const raw = [
      "From: Dana Reyes <dana.reyes@juniperlabs.io>",
      "To: jordan.lee@gmail.com",
      "Subject: Final round",
      "Date: Mon, 23 Nov 2026 11:31:00 -0600",
      "",
      "Hi Jordan, the team would like to meet you for the final round interview on the 7th at 10am.",
      "",
    ].join("\r\n");
    const before = chronoRuns();
    const result = await ingest(raw, { now: NOW, defaultZone: "America/Chicago" });
    expect(result.interview.start).toBe("2026-12-07T10:00:00-06:00");
    expect(chronoRuns()).toBeGreaterThan(before);
  });

  it("reads every invitation in another language, and is called for each", async () => {
    const invitations = files.filter((name) => OTHER_LANGUAGE.test(name) && !name.includes("refus"));
    expect(invitations.length).toBeGreaterThanOrEqual(19);
    for (const file of invitations) {
      const before = chronoRuns();
      const result = await read(file);
      expect(result.status, file).toBe("ok");
      expect(chronoRuns(), file).toBeGreaterThan(before);
    }
  });
});

describe("numeric dates by the sender's country", () => {
  const CHICAGO = ianaZone("America/Chicago") as WallZone;
  const written = Date.UTC(2026, 10, 23, 15) / 1000;
  it.each([
    ["Austin, TX 78701 | (512) 555-0142", "2027-04-06"],
    ["Bristol BS1 4DJ | +44 117 496 0000", "2027-06-04"],
  ])("“4/6/2027” signed %s is %s", (signature, day) => {
    const text = `Your interview is confirmed for 4/6/2027 at 1:30 PM.\n\n${signature}`;
    const when = findWhen(text, {
      writtenUtc: written,
      writtenByOriginal: true,
      writtenZone: CHICAGO,
      userZone: CHICAGO,
      userZoneName: "America/Chicago",
      assumedZone: "yours",
      cues: localeCues(text, { senderDomains: ["example.com"], userZone: "America/Chicago" }),
      budget: new WorkBudget(),
    });
    expect(when.kind).toBe("found");
    if (when.kind !== "found") return;
    expect(DateTime.fromSeconds(when.time.start, { zone: "America/Chicago" }).toISODate()).toBe(day);
    expect(when.time.guesses.join(" ")).toContain("4/6/2027");
  });
});

describe("lengths in words", () => {
  it.each([
    ["en", "Please allow about 30 minutes for the call.", 30],
    ["en", "Please allow an hour.", 60],
    ["en", "A 30 minute call; join 10 minutes early.", 30],
    ["de", "Dauer: ca. 45 Minuten", 45],
    ["fr", "L'entretien durera environ une heure.", 60],
    ["es", "La entrevista durará aproximadamente 45 minutos.", 45],
    ["pt", "A conversa deve durar cerca de 1 hora.", 60],
    ["nl", "Het gesprek duurt ongeveer een half uur.", 30],
    ["it", "Il colloquio durerà circa 90 minuti.", 90],
  ] as const)("%s: %s → %s", (lang, text, minutes) => {
    expect(findDuration(text, INVITE_LEXICONS[lang])).toBe(minutes);
  });
});

describe("decision dates stated in the text", () => {
  const interviewDay = daysFromCivil(2026, 12, 8);
  it.each([
    ["en", "We plan to share our decision around Dec 18.", "2026-12-18"],
    ["en", "Decision expected: December 18", "2026-12-18"],
    ["en", "We will make a decision the week of December 14.", "2026-12-14"],
    ["en", "If you have questions before Dec 10, let me know.", null],
    ["de", "Eine Rückmeldung erhalten Sie bis zum 18. Dezember.", "2026-12-18"],
    ["fr", "Nous reviendrons vers vous d'ici le 18 décembre.", "2026-12-18"],
    ["es", "Te daremos una respuesta antes del 22 de diciembre.", "2026-12-22"],
    ["pt", "Daremos um retorno até 16 de dezembro.", "2026-12-16"],
    ["nl", "We laten je uiterlijk 15 december weten hoe het verder gaat.", "2026-12-15"],
    ["it", "Ti daremo un riscontro entro il 21 dicembre.", "2026-12-21"],
  ] as const)("%s: %s → %s", (lang, text, day) => {
    const cues = { dayFirst: null, because: null };
    expect(
      findDecisionDate(text, { writtenDay: null, interviewDay, cues, lexicon: INVITE_LEXICONS[lang] }),
    ).toBe(day);
  });
});

describe("the company", () => {
  it("is never the forwarder's own domain", async () => {
    const raw = [
      "From: Jordan Lee <jordan@leefamily.net>",
      "To: followup@followup.example.com",
      "Subject: my interview",
      "Date: Mon, 23 Nov 2026 09:00:00 -0600",
      "",
      "Phone interview on Tuesday, December 1 at 2pm Central with Priya Patel.",
      "",
    ].join("\r\n");
    const result = await ingest(raw, { now: NOW, ownerAddresses: ["jordan@leefamily.net"] });
    expect(result.status).toBe("ok");
    expect(result.interview.company).toBeNull();
  });
});

describe("evidence and guesses", () => {
  it("says where each field of a text invite came from", async () => {
    const result = await read("text-allow-about-30-minutes.eml");
    expect(result.evidence?.start).toEqual({
      source: "text line",
      text: expect.stringContaining("Wednesday, December 2 at 11:00 AM Central"),
    });
    expect(result.evidence?.timeZone).toEqual({ source: "text line", text: "Central" });
    expect(result.evidence?.decisionHint?.source).toBe("text line");
  });

  it("names the calendar part, and the text when it gives the zone of a UTC calendar", async () => {
    const result = await read("zoom-utc-calendar-japan-standard-time.eml");
    expect(result.evidence?.start?.source).toBe("calendar part");
    expect(result.evidence?.timeZone).toEqual({ source: "text line", text: "Japan Standard Time" });
  });

  it("says when the company is only the sender's domain", async () => {
    const result = await read("de-apple-mail-kennenlernen.eml");
    expect(result.evidence?.company).toEqual({ source: "sender address", text: "hafenwerk.de" });
    expect((result.interview.guesses ?? []).join(" ")).toContain("hafenwerk.de");
  });

  it("never reads an unknown TZID silently in the user's zone", async () => {
    const result = await read("unknown-tzid.eml");
    const guesses = (result.interview.guesses ?? []).join(" ");
    expect(guesses).toContain("Customized Time Zone");
    expect(guesses).toContain("guessed");
    expect(guesses).toContain("time is 10:00 Europe/Paris");
  });
});

describe("an informal invitation that names no interview", () => {
  // A meeting word at a set time, about a job or an application: what the user forwarded it for.
  // Without the day and time, the same words arrange nothing.
  const ROWS = [
    [
      "de",
      "Ihre Bewerbung",
      "Hallo Jordan, lass uns einen Termin bei uns im Büro machen",
      "am Donnerstag, 3.12. um 15 Uhr",
    ],
    ["fr", "Votre candidature", "Bonjour Jordan, on se voit au bureau", "jeudi 3 décembre à 15h"],
    ["es", "Tu candidatura", "Hola Jordan, nos vemos en la oficina", "el jueves 3 de diciembre a las 15:00"],
    [
      "pt",
      "Sua candidatura",
      "Olá Jordan, nos vemos no escritório",
      "na quinta-feira, 3 de dezembro, às 15h",
    ],
    [
      "nl",
      "Je sollicitatie",
      "Hoi Jordan, zullen we een afspraak maken op kantoor",
      "op donderdag 3 december om 15.00 uur",
    ],
    ["it", "La tua candidatura", "Ciao Jordan, ci vediamo in ufficio", "giovedì 3 dicembre alle 15"],
  ] as const;

  async function read(subject: string, body: string) {
    return ingest(gmailForward({ from: "Team <jobs@kontor.example>", subject, body }), {
      now: NOW,
      ownerAddresses: ["jordan.lee@gmail.com"],
    });
  }

  it.each(ROWS)("%s: read as an invitation", async (_lang, subject, words, when) => {
    const result = await read(subject, `${words} ${when}. Bis bald, Tim`);

    expect(result.status).not.toBe("not-an-interview");
  });

  it.each(ROWS)("%s: without its day and time, no invitation", async (_lang, subject, words) => {
    const result = await read(subject, `${words}. Bis bald, Tim`);

    expect(result.status).not.toBe("ok");
  });
});

describe("a receipt that says when to give up hope", () => {
  // The decision stated on a condition is no decision: the plain sentence is one.
  const ROWS = [
    [
      "en",
      "Application received",
      "Thank you for your application. If you have not heard from us by 10 May, please assume your application has not been successful.",
      "Your application has not been successful.",
    ],
    [
      "de",
      "Ihre Bewerbung",
      "Vielen Dank für Ihre Bewerbung. Sollten Sie bis Ende Mai nichts von uns hören, müssen wir Ihnen leider mitteilen, dass wir Sie nicht berücksichtigen können.",
      "Wir müssen Ihnen leider mitteilen, dass wir Sie nicht berücksichtigen können.",
    ],
    [
      "fr",
      "Votre candidature",
      "Nous accusons bonne réception de votre candidature. Sans réponse de notre part d'ici le 25 juin, vous pourrez considérer que votre candidature n'a pas été retenue.",
      "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
    ],
    [
      "es",
      "Tu candidatura",
      "Gracias por tu candidatura. De no recibir noticias nuestras antes del 30 de junio, entiende que no has sido seleccionado.",
      "Lamentamos informarte que no has sido seleccionado para el puesto. Gracias por tu interés en nuestra empresa.",
    ],
    [
      "pt",
      "Sua candidatura",
      "Obrigado pela sua candidatura. Caso não receba notícias até 30 de junho, considere que não foi selecionado.",
      "Infelizmente não foi selecionado para a vaga.",
    ],
    [
      "nl",
      "Je sollicitatie",
      "Bedankt voor je sollicitatie. Mocht u voor 30 juni niets van ons horen, dan gaan we helaas niet verder.",
      "Helaas gaan we niet verder met je sollicitatie.",
    ],
    [
      "it",
      "La tua candidatura",
      "Grazie per la tua candidatura. Qualora non ricevessi notizie entro il 30 giugno, purtroppo non potremo proseguire.",
      "Purtroppo non potremo proseguire con la tua candidatura.",
    ],
  ] as const;

  async function read(subject: string, body: string) {
    return ingest(gmailForward({ from: "Recruiting <jobs@kontor.example>", subject, body }), {
      now: NOW,
      ownerAddresses: ["jordan.lee@gmail.com"],
    });
  }

  it.each(ROWS)(
    "%s: on a condition, no rejection; said plainly, a rejection",
    async (_lang, subject, receipt, plain) => {
      const onCondition = await read(subject, receipt);
      const stated = await read(subject, plain);

      expect(onCondition.status === "not-an-interview" ? onCondition.outcome : null).toBeNull();
      expect(stated.status === "not-an-interview" ? stated.outcome : null).toBe("rejected");
    },
  );
});
