/**
 * Every email in seven languages: complete catalogues, drafts in the employer's language that pass
 * that language's tone check, dates as each language writes them.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../lambdas/domain/language/lang";
import {
  CATALOGUES,
  confirmationMessage,
  type DraftContext,
  formatWhen,
  helpMessage,
  type InterviewSummary,
  interviewsCalendar,
  LETTERS,
  promptKindOfSubject,
  promptMessage,
  rejectedMessage,
  statusMessage,
} from "../../../lambdas/domain/messages";
import { languageName, parseSettingsCommand } from "../../../lambdas/domain/settings";
import { checkTone } from "../../../lambdas/domain/tone";

const now = DateTime.fromISO("2026-12-03T09:00:00", { zone: "Europe/Berlin" });

function summary(overrides: Partial<InterviewSummary> = {}): InterviewSummary {
  return {
    interviewId: "0123456789abcdef01234567",
    title: "Entretien",
    company: "Lumière Robotique",
    role: "Ingénieure backend",
    interviewers: [
      { name: "Claire Dubois", email: "claire.dubois@lumiere.fr" },
      { name: "Marc Petit", email: "marc.petit@lumiere.fr" },
    ],
    start: "2026-12-02T13:00:00Z",
    round: 1,
    meetingUrl: null,
    location: "Paris, 12 rue de la Paix",
    planned: [
      { kind: "follow-up-1", at: "2026-12-09T08:00:00Z", local: "2026-12-09T09:00:00+01:00" },
      { kind: "move-on", at: "2027-01-05T08:00:00Z", local: "2027-01-05T09:00:00+01:00" },
    ],
    zone: "Europe/Berlin",
    interviewZone: "Europe/Paris",
    ...overrides,
  };
}

/** The shape of a catalogue: every key, and what kind of value it holds. */
function shape(value: unknown): unknown {
  if (typeof value === "function") return "function";
  if (typeof value === "string") return "string";
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  return typeof value;
}

/** Every string of a catalogue, with its path. */
function strings(value: unknown, path = ""): Array<[string, string]> {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

const CONTEXTS: ReadonlyArray<readonly [string, DraftContext]> = [
  ["two interviewers", summary()],
  ["one interviewer", summary({ interviewers: [{ name: "Ana Ruiz", email: null }] })],
  ["nobody known", summary({ company: null, role: null, interviewers: [] })],
  ["other offers, decision date", summary({ hasOtherOffers: true, decisionDate: "2026-12-04" })],
  ["no follow-up logged", summary({ followUpsLogged: 0 })],
];

const DRAFTS = LANGS.flatMap((language) =>
  CONTEXTS.flatMap(([name, context]) => {
    const letters = LETTERS[language];
    return [
      [language, `${name}: thank-you today`, letters.thankYou(context, { kind: "today" })],
      [
        language,
        `${name}: thank-you on a weekday`,
        letters.thankYou(context, { kind: "weekday", weekday: "x" }),
      ],
      [language, `${name}: follow-up 1`, letters.followUp(context, 1)],
      [language, `${name}: follow-up 2`, letters.followUp(context, 2)],
      [language, `${name}: feedback request`, letters.feedbackRequest(context)],
      [language, `${name}: closure`, letters.closure(context)],
    ] as const;
  }),
);

describe("catalogues", () => {
  it.each(LANGS)("%s has every key of the English catalogue, each of the same kind", (language) => {
    expect(shape(CATALOGUES[language])).toEqual(shape(CATALOGUES.en));
  });

  it.each(LANGS)("%s: no empty text, and (but for English) its own words", (language) => {
    for (const [path, text] of strings(CATALOGUES[language])) {
      expect(text.trim().length, path).toBeGreaterThan(0);
    }
    if (language === "en") return;
    const english = new Map(strings(CATALOGUES.en));
    const same = strings(CATALOGUES[language]).filter(([path, text]) => english.get(path) === text);
    // Words that are the same in both (a dash, "Status") may repeat; whole sentences may not.
    expect(same.filter(([, text]) => text.includes(" ")).map(([path]) => path)).toEqual([]);
  });

  it.each(LANGS)("%s: every email renders with no leftover English placeholder or undefined", (language) => {
    const rendered = [
      confirmationMessage(summary(), { updated: false }, language),
      ...(["prep", "thank-you", "follow-up-1", "follow-up-2", "move-on"] as const).map((kind) =>
        promptMessage(kind, summary(), now, language),
      ),
      rejectedMessage(summary(), language),
      statusMessage([summary()], language),
      helpMessage("hm", ["status", "undo"], language),
    ];
    for (const message of rendered) {
      expect(message.text).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object/);
      expect(message.html).toContain(`<html lang="${language}-`);
    }
  });

  it("counts with each language's plural rules", () => {
    expect(statusMessage([summary()], "de").text).toContain("1 OFFENES GESPRÄCH");
    expect(statusMessage([summary(), summary()], "de").text).toContain("2 OFFENE GESPRÄCHE");
    expect(statusMessage([summary(), summary()], "fr").text).toContain("2 ENTRETIENS EN COURS");
  });
});

describe("drafts to the employer", () => {
  it.each(DRAFTS)("%s, %s: passes the tone check of its language", (language, _name, draft) => {
    expect(checkTone(`${draft.subject}\n${draft.body}`, language)).toEqual([]);
  });

  it.each(LANGS)("%s: greets with the formal conventions of the language", (language) => {
    const { body } = LETTERS[language].followUp(summary(), 1);
    const expected: Record<Lang, RegExp> = {
      en: /^Hi Claire and Marc,\n/,
      de: /^Guten Tag Claire Dubois und Marc Petit,\n\nich hoffe, es geht Ihnen gut\./,
      fr: /^Bonjour Claire Dubois et Marc Petit,\n\nJ’espère que vous allez bien\./,
      es: /^Buenos días, Claire Dubois y Marc Petit:\n\nEspero que se encuentren bien\./,
      pt: /^Bom dia, Claire Dubois e Marc Petit,\n\nEspero que estejam bem\./,
      nl: /^Beste Claire Dubois en Marc Petit,\n\nIk hoop dat het goed met u gaat\./,
      it: /^Gentili Claire Dubois e Marc Petit,\n\nSpero che stiate bene\./,
    };
    expect(body).toMatch(expected[language]);
  });

  it.each(LANGS)("%s: claims a discussed timeline only when a decision date was logged", (language) => {
    const withDate = LETTERS[language].followUp(summary({ decisionDate: "2026-12-04" }), 1).body;
    const without = LETTERS[language].followUp(summary(), 1).body;
    expect(withDate).not.toEqual(without);
    const discussed: Record<Lang, RegExp> = {
      en: /timeline we discussed/,
      de: /besprochene Zeitplan/,
      fr: /calendrier évoqué/,
      es: /plazos que comentamos/,
      pt: /calendário de que falámos/,
      nl: /planning die we bespraken/,
      it: /tempistiche di cui abbiamo parlato/,
    };
    expect(withDate).toMatch(discussed[language]);
    expect(without).not.toMatch(discussed[language]);
  });

  it.each(LANGS)("%s: a second follow-up says “once more” only after a logged first one", (language) => {
    expect(LETTERS[language].followUp(summary({ followUpsLogged: 0 }), 2).body).toEqual(
      LETTERS[language].followUp(summary({ followUpsLogged: 0 }), 1).body,
    );
    expect(LETTERS[language].followUp(summary({ followUpsLogged: 1 }), 2).body).not.toEqual(
      LETTERS[language].followUp(summary({ followUpsLogged: 1 }), 1).body,
    );
  });

  it("French puts a non-breaking space before the colon of a label", () => {
    const { text, html } = promptMessage("thank-you", summary(), now, "fr");
    expect(text).toContain("Objet\u00a0: Merci pour notre entretien");
    expect(html).toContain("<strong>Objet\u00a0:</strong>");
  });

  it("French elides “de” before a vowel: “du poste d’Ingénieure backend”", () => {
    expect(LETTERS.fr.followUp(summary(), 1).body).toContain(
      "du poste d’Ingénieure backend chez Lumière Robotique",
    );
  });
});

describe("a German user with a French invite", () => {
  const french = summary({ inviteLanguage: "fr" });

  it("gets German prompts with a French thank-you draft", () => {
    const { subject, text } = promptMessage("thank-you", french, now, "de");
    expect(subject).toBe("Schick Lumière Robotique heute dein Dankeschön");
    expect(text).toContain("Hier ist ein Entwurf.");
    expect(text).toContain(
      "Senden an: Claire Dubois <claire.dubois@lumiere.fr>, Marc Petit <marc.petit@lumiere.fr>",
    );
    expect(text).toContain("Betreff: Merci pour notre entretien – Ingénieure backend chez Lumière Robotique");
    expect(text).toContain(
      "Je vous remercie pour notre entretien d’hier au sujet du poste d’Ingénieure backend",
    );
    expect(text).toContain("Antworte „gesendet“, sobald du es verschickt hast.");
  });

  it("gets a German follow-up prompt with a French follow-up and a German rejection with a French feedback request", () => {
    const followUp = promptMessage("follow-up-1", french, now, "de");
    expect(followUp.subject).toBe("Heute bei Lumière Robotique nachfragen");
    expect(followUp.text).toContain("Pourriez-vous me dire où en est le processus de recrutement");
    const rejected = rejectedMessage(french, "de");
    expect(rejected.subject).toContain("Schade um Lumière Robotique");
    expect(rejected.text).toContain("Si vous pouviez me faire part de quelques retours");
  });

  it("reads the interview's time in German, the invite's own zone beside it", () => {
    const { text } = confirmationMessage(french, { updated: false }, "de");
    expect(text).toContain("Wann: Mi., 2. Dezember um 14:00 Uhr Mitteleuropäische Zeit");
    expect(text).toContain("Frag nach — Mi., 9. Dezember um 09:00 Uhr");
    expect(text).toContain("Zeit, weiterzuziehen — Di., 5. Januar 2027 um 09:00 Uhr");
  });
});

describe("what a reply changed, in words of each language", () => {
  it("English reads as the answers say it today, so the use cases can switch to the catalogue", () => {
    const { changes } = CATALOGUES.en;
    expect([
      changes.thankYouSent,
      changes.decisionBy("Fri, Dec 4"),
      changes.followUpSentOn("Tue, Dec 8"),
    ]).toEqual(["thank-you sent", "they will decide by Fri, Dec 4", "follow-up sent on Tue, Dec 8"]);
    expect(CATALOGUES.de.changes.decisionBy("Fr., 4. Dezember")).toBe("sie entscheiden bis Fr., 4. Dezember");
  });
});

describe("answers once written in English only", () => {
  /** The caps, the duplicate invite's subject, the moved-on change and the held answers' email. */
  function answers(language: Lang): string[] {
    const { confirmation, changes, heldAnswers } = CATALOGUES[language];
    return [
      confirmation.alreadySubject("Lumière Robotique", "Ingénieure backend"),
      changes.tooManyInterviewers(20),
      changes.tooManyRounds(20),
      changes.movedOn,
      heldAnswers.subject(3),
      heldAnswers.intro(3),
    ];
  }

  it.each(LANGS.filter((language) => language !== "en"))("%s words each of them itself", (language) => {
    const english = answers("en");
    answers(language).forEach((text, index) => {
      expect(text).not.toBe(english[index]);
    });
  });

  it.each([
    ["en", "Already planned: interview with Lumière Robotique (Ingénieure backend)"],
    ["de", "Schon geplant: Gespräch mit Lumière Robotique (Ingénieure backend)"],
    ["fr", "Déjà prévu\u00a0: entretien avec Lumière Robotique (Ingénieure backend)"],
  ] as const)("%s: a duplicate invite's confirmation says it was already planned", (language, start) => {
    const { subject } = confirmationMessage(summary(), { updated: false, alreadyPlanned: true }, language);
    expect(subject.startsWith(start), subject).toBe(true);
  });

  it("counts the held answers with each language's plural rules", () => {
    expect(CATALOGUES.de.heldAnswers.subject(3)).toMatch(/^3 Antworten auf deine Nachrichten/);
    expect(CATALOGUES.fr.heldAnswers.intro(2)).toContain("ces 2 réponses");
  });
});

describe("the exported calendar", () => {
  it("titles and describes events in the user's language", () => {
    const row = { ...summary({ meetingUrl: "https://meet.example/x" }), status: "active", outcome: null };
    const ics = interviewsCalendar([row, { ...row, status: "closed", outcome: "offer" }], now, "de");
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain("SUMMARY:Lumière Robotique — Ingénieure backend (Runde 1\\, offen)");
    expect(unfolded).toContain("(Runde 1\\, Zusage)");
    expect(unfolded).toContain(
      "DESCRIPTION:Mit Claire Dubois\\, Marc Petit\\nTeilnehmen: https://meet.example/x",
    );
  });
});

describe("a first forward in another language", () => {
  it("offers switching, with the command in the invite's language, without switching", () => {
    const english = confirmationMessage(summary(), { updated: false, proposeLanguage: "fr" }, "en");
    expect(english.subject).toMatch(/^Got it: interview with Lumière Robotique/);
    expect(english.text).toContain(
      "This invite is written in French. To get these emails in French too, reply “langue français”.",
    );
    const german = confirmationMessage(summary(), { updated: false, proposeLanguage: "nl" }, "de");
    expect(german.text).toContain("Diese Einladung ist auf Niederländisch geschrieben.");
    expect(german.text).toContain("antworte „taal Nederlands“.");
    expect(
      confirmationMessage(summary(), { updated: false, proposeLanguage: "de" }, "de").text,
    ).not.toContain("Diese Einladung ist auf");
  });

  it.each(LANGS)("%s: the offered command is one the settings parser reads back", (language) => {
    const command = `${CATALOGUES[language].settings.languageKeyword} ${languageName(language)}`;
    expect(parseSettingsCommand(command)).toMatchObject({ kind: "change", changes: { language } });
  });
});

describe("dates as each language writes them", () => {
  const at = "2027-03-16T13:00:00Z";
  it.each([
    ["en", "Tue, Mar 16 at 2:00 PM"],
    ["de", "Di., 16. März um 14:00 Uhr"],
    ["fr", "mardi 16 mars à 14 h"],
    ["es", "martes, 16 de marzo a las 14:00"],
    ["pt", "terça-feira, 16 de março às 14:00"],
    ["nl", "dinsdag 16 maart om 14:00 uur"],
    ["it", "martedì 16 marzo alle 14:00"],
  ] as const)("%s: %s", (language, expected) => {
    expect(formatWhen(at, "Europe/Berlin", { language, year: 2027 })).toBe(expected);
  });

  it("French minutes and the Spanish, Portuguese and Italian one o'clock", () => {
    expect(formatWhen("2027-03-16T13:30:00Z", "Europe/Paris", { language: "fr" })).toContain("à 14 h 30");
    expect(formatWhen("2027-03-16T00:15:00Z", "Europe/Madrid", { language: "es" })).toContain("a la 1:15");
    expect(formatWhen("2027-03-16T01:15:00Z", "Europe/Lisbon", { language: "pt" })).toContain("à 01:15");
    expect(formatWhen("2027-03-16T00:15:00Z", "Europe/Rome", { language: "it" })).toContain("all'1:15");
  });
});

describe("replies to prompts in any language", () => {
  it.each(LANGS)("%s: the subject of each prompt tells which prompt a reply answers", (language) => {
    for (const kind of ["prep", "thank-you", "follow-up-1", "follow-up-2", "move-on"] as const) {
      for (const company of ["Lumière Robotique", null]) {
        const { subject } = promptMessage(kind, summary({ company }), now, language);
        expect(promptKindOfSubject(`Re: ${subject}`), subject).toBe(kind);
      }
    }
  });
});
