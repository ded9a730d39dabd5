/**
 * What a person's name looks like in an invitation, in every language: name words, titles before
 * a name ("Dr.", "Frau", "Mme", "Dott.ssa"), particles ("van", "de la"), and the capitalised words
 * that are no one's name (weekdays, job titles). The readers are ./people (English) and
 * ./people-language (the lexicons' grammar).
 */
import { LEXICONS } from "../language/lexicons";
import { escapeRegExp } from "../language/phrases";
import type { Interviewer } from "../types";
import { LEXICON_LIST } from "./invite-language";

const HONORIFIC = "(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\\.?";
/** "Priya", "O'Brien", "McDonald", "Jean-Luc", "D'Angelo". */
const NAME_WORD = "\\p{Lu}(?:\\p{Ll}+(?:(?:['’-]?\\p{Lu}|['’])\\p{Ll}+)*|['’]\\p{Lu}\\p{Ll}+)";
// A particle is a whole word: "Pieter van der Berg", never "Pieter van de".
export const PERSON = `(?:${HONORIFIC}[ ])?${NAME_WORD}(?:[ ](?:\\p{Lu}\\.|(?:van|von|de|der|den|da|di|du|la|le|bin|al|del|dos)(?![\\p{L}])|${NAME_WORD})){1,3}`;
export const PERSON_EXACT = new RegExp(`^${PERSON}$`, "u");

/** The alternatives of NOT_A_NAME, one per line. */
const NOT_A_NAME_ALTERNATIVES: readonly string[] = (
  "The|Our|Your|Google|Microsoft|Zoom|Teams|Meet|Join|Phone|Video|Dial|Meeting|Interview|" +
  "Hiring|Talent|Recruiting|Team|Staff|Panel|Technical|Final|Round|Onsite|Virtual|Monday|" +
  "Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|" +
  "July|August|September|October|November|December|Senior|Staff|Principal|Lead|Head|Director|" +
  "Manager|Engineering|Product|Please|Thanks|Thank|Best|Regards|Hi|Hello|Dear|Looking|We|You|" +
  "I|Time|Date|Location|Where|When|Who|Agenda|Coffee|Lunch|Break|Welcome|Wrap|Q&A|System|" +
  "Design|Coding|Behavioral|Behavioural|Culture|Values|Case|Study|Pacific|Eastern|Central|" +
  "Mountain|Standard|Daylight|Time|Zone|Finance|Sales|Marketing|Legal|Operations|Reception|" +
  "Security|Support|Accounting|Procurement|Facilities"
).split("|");

/** Capitalised words that start no one's name in an invite. */
// Unicode-aware: "Iñaki" does not start with the word "I".
export const NOT_A_NAME = new RegExp(
  String.raw`^(?:${NOT_A_NAME_ALTERNATIVES.join("|")})(?![\p{L}\p{N}])`,
  "u",
);

export const LEADING_HONORIFIC = new RegExp(`^${HONORIFIC}[ ]`);

export interface NamedPerson extends Interviewer {
  /** Named under a label ("Interviewers:", "Panel:"), rather than in a phrase ("with …"). */
  readonly labelled: boolean;
}

/** "Dott." and "dott.", "Mevrouw" and "mevrouw": a title's first letter in either case. */
function firstLetterAnyCase(pattern: string): string {
  const first = pattern[0] ?? "";
  return first.toLowerCase() === first.toUpperCase()
    ? pattern
    : `[${first.toLowerCase()}${first.toUpperCase()}]${pattern.slice(1)}`;
}

/** Every language's titles before a name ("Frau", "Mme", "Sra.", "Dott.ssa"); a written dot is optional. */
export const TITLE_WORD = `(?:${[...new Set(LEXICON_LIST.flatMap((lexicon) => lexicon.honorifics))]
  .sort((a, b) => b.length - a.length)
  .map((title) => firstLetterAnyCase(escapeRegExp(title).replace(/\\\.$/, "\\.?")))
  .join("|")})`;
export const LEADING_TITLES = new RegExp(`^(?:${TITLE_WORD}[ ])+`, "u");
/**
 * A title after up to three words, the last capitalised ("Werkleiter Herrn Jan Ott", "Herr
 * Rechtsanwalt Dr. Felix Lang"), with the space before it. The space comes first in the pattern:
 * the look behind then runs only at a space before a title, not at every place of the words.
 */
const TITLE_INSIDE = new RegExp(`[ ](?=${TITLE_WORD}[ ])(?<=^(?:\\p{L}+[ ]){0,2}\\p{Lu}\\p{L}*[ ])`, "u");
/** A title alone ("Dr", "Mme"): no one's name. */
const TITLE_ALONE = new RegExp(`^${TITLE_WORD}$`, "u");
/** Every language's words that begin an organisation's name ("Gruppo Rossi", "Stichting Noord"). */
const ORGANIZATION_WORDS = new Set(LEXICON_LIST.flatMap((lexicon) => lexicon.organizationWords));
/** Every language's words that open a street's name ("Corso", "Calle", "Rue"): "Corso Vittorio Emanuele" is no one. */
const STREET_WORDS = new Set(LEXICON_LIST.flatMap((lexicon) => lexicon.streetWords));
/** Every language's words that begin a job title ("Directrice Financière", "Leiter Aktuariat"). */
const JOB_TITLE_WORDS = new Set(LEXICON_LIST.flatMap((lexicon) => lexicon.jobTitleWords));
/** Job-title words long enough to end a compound: "leiter" of "Werkstattleiter", "direktor" of "Vertriebsdirektor". */
const COMPOUND_ENDING = new RegExp(
  `\\p{L}{3}(?:${[...JOB_TITLE_WORDS]
    .filter((word) => word.length >= 6 && !/[\\s.]/.test(word))
    .map(escapeRegExp)
    .join("|")})$`,
  "u",
);

/** A job title's word, a compound ending in one too ("Werkstattleiter", "Vertriebsleiterin"). */
export function isJobTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return JOB_TITLE_WORDS.has(lower) || (lower.length > 8 && COMPOUND_ENDING.test(lower));
}
/** Every language's one-word greetings ("Ciao", "Hallo", "Hola"): "Ciao Jordan, purtroppo …" names no one. */
const GREETING_WORDS = new Set(
  LEXICON_LIST.flatMap((lexicon) => lexicon.greetings)
    .filter((greeting) => !/\s/.test(greeting))
    .map((greeting) => greeting.toLowerCase()),
);
/** Lower-case words inside names: "Sander de Wit", "Ludwig van Beethoven", "Maria da Silva". */
const PARTICLE = "(?:de|van|von|der|den|ter|ten|da|di|del|della|dos|das|do|du|la|le|los|las)[ ]";
/** "Frau Dr. Weber", "Mevr. de Vries": after a title, a surname alone is a name. */
const TITLED_NAME = `(?:${TITLE_WORD}[ ]){1,2}(?:${PARTICLE}){0,2}${NAME_WORD}(?:[ ](?:${PARTICLE}){0,2}${NAME_WORD}){0,2}`;
export const LEADING_PERSON = new RegExp(
  `^(?:${TITLED_NAME}|(?:${HONORIFIC}[ ])?${NAME_WORD}(?:[ ](?:${PARTICLE}){0,2}${NAME_WORD}){1,2})`,
  "u",
);

/** An initialism before a name is its title: "CTO " of "unser CTO Felix Wagner", "CFO " of "onze CFO Jeroen Bos". */
export const LEADING_INITIALISM = /^\p{Lu}{2,4}[ ]+(?=\p{Lu}\p{Ll})/u;

/** One lower-case word and its space: "partner " of "onze partner Ingrid Veldkamp". */
export const ONE_LOWER_WORD = /^\p{Ll}[\p{L}-]*[ ]+(?=\p{Lu})/u;

/**
 * A lower-case role of a few words before a name, its first word a job title's: "direttore
 * editoriale " of "il direttore editoriale Carlo Zanetti", "directrice technique " of "notre
 * directrice technique Claire Morel". Romance languages write the role small and before the name.
 */
export function withoutLowerRole(words: string): string {
  const role = LOWER_ROLE.exec(words);
  return role && isJobTitleWord(role[1] ?? "") ? words.slice(role[0].length) : words;
}
const LOWER_ROLE = /^(\p{Ll}[\p{L}-]*)(?:[ ]+\p{Ll}[\p{L}'’-]*){1,3}[ ]+(?=\p{Lu})/u;

/** A first name alone, not the first word of a longer name. */
export const FIRST_NAME = new RegExp(`^${NAME_WORD}(?![\\p{L}\\p{N}]|[ ]\\p{Lu})`, "u");

/** Last words that end no one's name: "Would Thursday", "Same Teams" open a sentence about a day or a link. */
const NOT_A_NAME_END =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Zoom|Teams|Meet|Webex|Skype|Link)$/;

/**
 * Every language's weekdays and months, written out ("Donnerstag", "jeudi", "dicembre"): after a
 * name's first word, never part of a name ("Am Donnerstag", "Anfang Dezember").
 */
const CALENDAR_WORDS = new Set(
  Object.values(LEXICONS)
    .flatMap((lexicon) => [...lexicon.weekdays, ...lexicon.months].flat())
    .filter((word) => word.length >= 4 && !word.includes(" ")),
);

/** Job titles' last words, written in English in every language ("Supply Chain Director"). */
export const TITLE_LAST_WORD =
  /^(?:director|manager|lead|head|officer|engineer|president|founder|coordinator|recruiter|specialist|consultant|analyst|developer|designer)s?$/i;

/**
 * A name, not a word that starts no one's name ("Team", "Montag"), a job title ("Leiterin IT",
 * "Supply Chain Director") nor an organisation ("Banca Popolare del Lario").
 */
export function isAName(name: string): boolean {
  const bare = name.replace(LEADING_TITLES, "");
  const words = bare.split(" ");
  const last = words.at(-1) ?? "";
  const firstWord = words[0]?.toLowerCase() ?? "";
  const lastWord = last.toLowerCase();
  return (
    !TITLE_ALONE.test(name) &&
    !NOT_A_NAME.test(bare) &&
    !isJobTitleWord(firstWord) &&
    !GREETING_WORDS.has(firstWord) &&
    !ORGANIZATION_WORDS.has(firstWord) &&
    !ORGANIZATION_WORDS.has(lastWord) &&
    !STREET_WORDS.has(firstWord) &&
    // "Mittwoch", "jeudi": a weekday or a month alone is no first name.
    !(words.length === 1 && CALENDAR_WORDS.has(lastWord)) &&
    !TITLE_LAST_WORD.test(last) &&
    !NOT_A_NAME_END.test(last) &&
    // "Werkleiter Herrn Jan": a title inside the words starts the name, the words before it are none.
    !words.slice(1).some((word) => TITLE_ALONE.test(word) || CALENDAR_WORDS.has(word.toLowerCase())) &&
    !isJobTitleWord(lastWord)
  );
}

/** Words without the job title they open with: "Teamleiter Markus Fiedler", "Werkleiter Herrn Jan Ott". */
export function withoutJobTitle(words: string): string {
  // No capitalised word after the first: no name follows a title (most words read are such).
  if (!/[ ]\p{Lu}/u.test(words)) return words;
  const first = /^\p{L}+(?=[ ]+\p{Lu})/u.exec(words)?.[0];
  if (first && isJobTitleWord(first)) return words.slice(first.length).trimStart();
  // "Werkleiter Herrn Jan Ott": the name starts at its title.
  const titled = TITLE_INSIDE.exec(words);
  return titled ? words.slice(titled.index + 1) : afterTitleWords(words);
}

/**
 * "kaufmännische Leiter Dr. Markus Eder", "Front Office Manager Patrick Steiner": up to four
 * words of a job title that ends in a job title's word, then the name.
 */
function afterTitleWords(words: string): string {
  const parts = words.split(" ");
  let cut = 0;
  for (const [index, word] of parts.slice(0, 4).entries())
    if ((isJobTitleWord(word) || TITLE_LAST_WORD.test(word)) && /^\p{Lu}/u.test(parts[index + 1] ?? ""))
      cut = index + 1;
  return cut > 0 ? parts.slice(cut).join(" ") : words;
}

/** After a name, a number makes it a street ("Riva Caccia 1"), a legal form a company ("Tulp Advies B.V."). */
export const NOT_AFTER_A_NAME =
  /^\s*(?:\d|(?:GmbH|AG|KG|SE|S\.?p\.?A\.?|S\.?r\.?l\.?|S\.?A\.?|SAS|SARL|Ltd|Inc|LLC|B\.?V\.?|N\.?V\.?|Lda|Ltda)(?!\p{L}))/u;

/** A part that opens with the name, or with a job title and then the name ("Herr Rechtsanwalt Dr. Felix Lang …"). */
export function opensWith(part: string, name: string): boolean {
  return part.startsWith(name) || withoutJobTitle(part).startsWith(name);
}

/**
 * A title and a surname ("Herr Schöllhorn") or a first name alone ("Priyanka will call you")
 * written whole once elsewhere in the mail ("Uwe Schöllhorn" under the signature, "Hi Priyanka
 * Shah"): the whole name, the one people write.
 */
export function writtenWhole(name: string, text: string): string {
  const surname = name.replace(LEADING_TITLES, "");
  if (surname.includes(" ")) return name;
  const word = escapeRegExp(surname);
  const whole = new RegExp(
    surname === name
      ? `(?<![\\p{L}\\p{N}])${word}[ ](?:${PARTICLE}){0,2}${NAME_WORD}(?![\\p{L}\\p{N}])`
      : `(?<![\\p{L}\\p{N}])${NAME_WORD}[ ]${word}(?![\\p{L}\\p{N}])`,
    "gu",
  );
  const found = new Set(
    [...text.matchAll(whole)]
      .map((match) => match[0])
      .filter((candidate) => !LEADING_TITLES.test(candidate) && isAName(candidate)),
  );
  return found.size === 1 ? ([...found][0] ?? name) : name;
}
