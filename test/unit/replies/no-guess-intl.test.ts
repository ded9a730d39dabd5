/**
 * No closing on a guess through the matcher's new reach: a closing phrase of any lexicon typed
 * with a slip in a long word is at most asked about, and so asked, as a condition or said of a
 * third person it is not even that. Shorthand variants are rows of the lexicons themselves, so
 * the properties of no-guess.test.ts cover them. Then who a closing may be about when no row
 * says: someone of the user's ("my" before a word no table knows), one third person ("she", "ihm")
 * with the user nowhere in the clause, a name ahead of anyone named: asked, never applied.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { fold, table } from "../../../lambdas/domain/language/phrases";
import { understandReply } from "../../../lambdas/domain/replies";

const zone = "Europe/Paris";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });
const CLOSING = new Set(["offer", "rejected", "withdrawn"]);

/** Closing rows with a long word to slip in, typed out (a stem ends in "e", a gap is left empty). */
function closingPhrases(lang: Lang): string[] {
  return closingRows(lang)
    .map((phrase) => fold(phrase.replace(/\*$/, "e").replace(/\s*…\s*/g, " ")))
    .filter((phrase) => /\p{L}{7}/u.test(phrase));
}

/** Every closing row of each lexicon, as the grammar reads them (one list each, compiled once). */
const CLOSING_ROWS = new Map(
  LANGS.map((lang) => {
    const { cues } = LEXICONS[lang];
    return [lang, [...cues.offer, ...cues.rejected, ...cues.withdrawn]] as const;
  }),
);
const closingRows = (lang: Lang): readonly string[] => CLOSING_ROWS.get(lang) ?? [];

/**
 * The words that place a clause in the user's application, less those that say a closing
 * themselves ("got the rejection mail" is an implied-user pattern and a closing row): a slip
 * after one of those still reads the row, and the property skips it.
 */
const plainUserWords = (lang: Lang): string[] => {
  const closing = table(closingRows(lang));
  return LEXICONS[lang].subjects.impliedUser.filter((words) => !closing.test(fold(words)));
};

/** `phrase` with one letter (not the first) of its longest word doubled, dropped or swapped. */
function slipped(phrase: string, at: number, edit: number): string {
  const words = phrase.split(" ");
  const longest = words.reduce(
    (best, word, index) => (word.length > (words[best]?.length ?? 0) ? index : best),
    0,
  );
  const word = words[longest] ?? "";
  const index = 1 + (at % (word.length - 2));
  const slips = [
    word.slice(0, index) + (word[index] ?? "") + word.slice(index),
    word.slice(0, index) + word.slice(index + 1),
    word.slice(0, index) + (word[index + 1] ?? "") + (word[index] ?? "") + word.slice(index + 2),
  ];
  words[longest] = slips[edit % slips.length] ?? word;
  return words.join(" ");
}

const reading = (text: string, lang: Lang) =>
  understandReply(text, { now, zone, languages: [lang], company: "Acme" });

const applied = (text: string, lang: Lang) => {
  const read = reading(text, lang);
  return CLOSING.has(read.intent) && read.needsConfirmation !== true;
};

describe.each(LANGS.filter((lang) => lang !== "en"))("a closing typed with a slip (%s)", (lang) => {
  const lexicon = LEXICONS[lang];
  const phrase = fc.constantFrom(...closingPhrases(lang));
  const slip = fc.tuple(fc.nat(), fc.nat());

  it("is never applied at once, even said plainly by the user", () => {
    fc.assert(
      fc.property(phrase, slip, fc.constantFrom(...plainUserWords(lang)), (closing, [at, edit], verb) => {
        const text = `${verb} ${slipped(closing, at, edit)}`;
        // What a closing row reads as written (a slip elsewhere, a verb that is one) is no slip.
        fc.pre(!table(closingRows(lang)).test(fold(text)));
        expect(applied(text, lang)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("asked, as a condition or about a third person, is not applied either", () => {
    fc.assert(
      fc.property(
        phrase,
        slip,
        fc.constantFrom(
          (text: string) => `${text}?`,
          (text: string) => `${lexicon.conditional[0] ?? ""} ${text}`,
          (text: string) => `${lexicon.subjects.others[0] ?? ""} ${text}`,
        ),
        (closing, [at, edit], frame) => {
          const read = reading(frame(slipped(closing, at, edit)), lang);
          expect(CLOSING.has(read.intent) && read.needsConfirmation !== true).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("a condition word that runs into the closing phrase", () => {
  // Found by no-guess.test.ts: "s'il" shares "il" with the shorthand row "il m'ont dit non".
  it.each([
    ["s'il m'ont dit non", "fr"],
    ["si me dijeron q no", "es"],
  ] as const)("%j is not news", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });
});

describe("a closing beside someone of the user's", () => {
  // Kin and neighbours no `others` row names: the possessive before a word no table knows does.
  it.each([
    ["they rejected my stepbrother after the final round", "en"],
    ["mein Schwager hat eine Zusage bekommen", "de"],
    ["sie haben meinem Schwager abgesagt", "de"],
    ["mon beau-frère a reçu une offre", "fr"],
    ["ils ont refusé ma belle-sœur", "fr"],
    ["mi cuñado recibió la oferta", "es"],
    ["rechazaron a mi cuñado", "es"],
    ["meu cunhado recebeu a proposta", "pt"],
    ["recusaram meu cunhado", "pt"],
    ["mijn zwager heeft het aanbod gekregen", "nl"],
    ["ze hebben mijn zwager afgewezen", "nl"],
    ["mio cognato ha ricevuto l'offerta", "it"],
    ["hanno scartato mio cognato", "it"],
  ] as const)("%j is not applied", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });

  /** A word no lexicon holds, as a person's name for someone ("zubarek"). */
  const someone = fc.stringMatching(/^z[aeiou][bkr][aeiou][rkt]{1,2}[aeiou]?k$/);

  it.each(LANGS)("is never applied, before or after the phrase (%s)", (lang) => {
    const lexicon = LEXICONS[lang];
    fc.assert(
      fc.property(
        fc.constantFrom(...lexicon.subjects.possessives),
        someone,
        fc.constantFrom(...closingRows(lang).filter((row) => !/[*…]/.test(row))),
        fc.boolean(),
        (possessive, word, closing, before) => {
          const text = before ? `${possessive} ${word} ${closing}` : `${closing} ${possessive} ${word}`;
          expect(applied(text, lang)).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });

  it.each([
    ["they rejected my application", "en"],
    ["sie haben meine Bewerbung abgelehnt", "de"],
    ["ils ont refusé ma candidature", "fr"],
    ["rechazaron mi candidatura", "es"],
  ] as const)("the application itself after the possessive is still the user's: %j", (text, lang) => {
    expect(applied(text, lang)).toBe(true);
  });
});

describe("a closing said of one third person", () => {
  it.each([
    ["they rejected her", "en"],
    ["she got the offer", "en"],
    ["sie haben ihm abgesagt", "de"],
    ["sie hat eine Absage bekommen", "de"],
    ["er hat die Zusage bekommen", "de"],
    ["ils lui ont fait une offre", "fr"],
    ["elle a été refusée", "fr"],
    ["le dieron la oferta", "es"],
    ["ella recibió la oferta", "es"],
    ["ela recebeu a proposta", "pt"],
    ["ele foi reprovado", "pt"],
    ["ze hebben hem afgewezen", "nl"],
    ["zij heeft het aanbod gekregen", "nl"],
    ["lei ha ricevuto l'offerta", "it"],
    ["lui è stato scartato", "it"],
  ] as const)("%j is not applied", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });

  it.each([
    ["she offered me the job", "en"],
    ["sie hat mir abgesagt", "de"],
    ["ella me rechazó", "es"],
    ["lui mi ha scartato", "it"],
  ] as const)("with the user in it, it is the user's: %j", (text, lang) => {
    expect(applied(text, lang)).toBe(true);
  });

  it.each(LANGS)("is never applied without the user in the clause (%s)", (lang) => {
    const { subjects, closingObjects } = LEXICONS[lang];
    const theUser = table([...subjects.user, ...closingObjects.recipients]);
    fc.assert(
      fc.property(
        fc.constantFrom(...subjects.thirdPersons),
        fc.constantFrom(...closingRows(lang).filter((row) => !/[*…]/.test(row))),
        (person, closing) => {
          fc.pre(!theUser.test(fold(closing)));
          expect(applied(`${person} ${closing}`, lang)).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("a closing after a word no table knows, ahead of anyone named", () => {
  it.each([
    ["jake got rejected lol", "en"],
    ["Lisa hat eine Zusage bekommen", "de"],
    ["der Typ aus meinem Kurs wurde abgelehnt", "de"],
    ["Julie a reçu une offre", "fr"],
    ["Pablo recibió la oferta", "es"],
    ["o João recebeu a proposta", "pt"],
    ["Sanne heeft het aanbod gekregen", "nl"],
    ["un ragazzo del mio corso è stato scartato", "it"],
  ] as const)("%j is not applied: the word may be who it is about", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });

  it.each([
    ["me fizeram a proposta, bora!!", "pt"],
    ["Acme rejected me", "en"],
  ] as const)("a word after the user or the company's own name is no one else: %j", (text, lang) => {
    expect(applied(text, lang)).toBe(true);
  });

  const someone = fc.stringMatching(/^z[aeiou][bkr][aeiou][rkt]{1,2}[aeiou]?k$/);

  it.each(LANGS)("a name before a closing that names no one is never applied (%s)", (lang) => {
    const { subjects, closingObjects } = LEXICONS[lang];
    const named = table([...subjects.user, ...subjects.employer, ...closingObjects.recipients]);
    fc.assert(
      fc.property(
        someone,
        fc.constantFrom(...closingRows(lang).filter((row) => !/[*…]/.test(row))),
        (name, closing) => {
          fc.pre(!named.test(fold(closing)));
          expect(applied(`${name} ${closing}`, lang)).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("what almost happened", () => {
  it.each([
    ["almost withdrew lol", "en"],
    ["fast hätte ich abgesagt", "de"],
    ["j'ai failli me retirer", "fr"],
    ["casi me retiro jaja", "es"],
    ["quase desisti kkk", "pt"],
    ["bijna afgezegd haha", "nl"],
    ["quasi mi ritiravo ahah", "it"],
  ] as const)("%j closes nothing", (text, lang) => {
    expect(CLOSING.has(reading(text, lang).intent)).toBe(false);
  });
});

describe("another company typed in lower case after the closing", () => {
  it.each([
    ["got rejected by google lol", "en"],
    ["me rechazaron en google", "es"],
    ["fui reprovado no google", "pt"],
    ["afgewezen bij google", "nl"],
    ["scartato da google", "it"],
  ] as const)("%j is not applied", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });

  it("a word after a mark ahead of the phrase is no company: 'niente da fare, mi hanno detto di no'", () => {
    expect(applied("niente da fare con loro, mi hanno detto di no", "it")).toBe(true);
  });
});

describe("a closing guessed at or asked with the verb first", () => {
  it.each([
    ["apparently they went with someone internal", "en"],
    ["haben die mir abgesagt", "de"],
    ["ich glaube, die haben abgesagt", "de"],
    ["je crois que c'est un refus", "fr"],
    ["me habrán rechazado", "es"],
    ["pelo jeito me reprovaram", "pt"],
    ["hebben ze me afgewezen", "nl"],
    ["mi avranno scartato", "it"],
  ] as const)("%j is not applied", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });
});

describe("a closing sent in error, or still in the process after all", () => {
  it.each([
    ["the rejection email was a mistake, they apologized", "en"],
    ["they sent the rejection to the wrong person", "en"],
    ["Absage war automatisch, Recruiterin sagt ich bin noch dabei", "de"],
    ["le refus était une erreur", "fr"],
    ["a recusa foi um engano", "pt"],
    ["automatische afwijzing, maar de recruiter zegt dat ik nog meedoe", "nl"],
    ["il rifiuto era un errore", "it"],
  ] as const)("%j is not applied", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });
});

describe("dreams, what one should do, and people by a plain noun", () => {
  it.each([
    ["dreamt they rejected me 😅", "en"],
    ["the guy before me got the offer", "en"],
    ["geträumt, dass die mir abgesagt haben", "de"],
    ["dovrei ritirarmi", "it"],
    ["zouden ze me afgewezen hebben", "nl"],
  ] as const)("%j is not applied", (text, lang) => {
    expect(applied(text, lang)).toBe(false);
  });

  it.each([
    ["je devrais avoir une réponse lundi", "fr"],
    ["dicen que la otra semana el viernes me confirman", "es"],
  ] as const)("what one should hear is still a decision date: %j", (text, lang) => {
    expect(reading(text, lang).intent).toBe("decision-date");
  });
});

describe("news taken back as a dream", () => {
  it.each([
    ["got the offer!! in my dreams lol", "en"],
    ["hab die stelle bekommen... in meinen träumen, nix neues", "de"],
    ["j'ai eu le poste ! dans mes rêves", "fr"],
    ["me contrataron!!! jaja no, era un sueño", "es"],
    ["passei!! só que não, foi um sonho", "pt"],
    ["ik heb de baan! in mijn dromen dan", "nl"],
    ["mi hanno presa!! era un sogno", "it"],
  ] as const)("%j closes nothing", (text, lang) => {
    expect(CLOSING.has(reading(text, lang).intent)).toBe(false);
  });
});

describe("still in the process", () => {
  it.each([
    ["AZ heeft gereageerd, nog geen nieuws maar ik zit nog in de procedure", "nl"],
    ["a empresa respondeu, nada de novo mas continuo no processo", "pt"],
    ["sie haben sich gemeldet, nichts Neues, bin aber noch dabei", "de"],
  ] as const)("beside news from them is no reopen: %j", (text, lang) => {
    expect(reading(text, lang).intent).toBe("heard-back");
  });
});
