/**
 * The role in an invitation in another language than English: a labelled line, the words after a
 * role cue, "as … at <employer>", and the parts of a title. ./role reads English first.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { escapeRegExp } from "../language/phrases";
import { startsWithMessageWord } from "./company-clues";
import {
  lexiconPattern,
  OTHER_LANGUAGES_INVITATION_WORDS,
  phraseAlternatives,
  startsWithOneOf,
} from "./invite-language";
import { GENDER_MARKER_AT_END, letters, ROLE_WORDS } from "./job-words";
import { cleanSubject } from "./subject";

/** Short words that join the words of a role ("Chef de projet", "Analista de Dados"): never its end. */
const JOINERS = new Set(["de", "di", "da", "do", "of", "del", "della", "van", "von", "der"]);

/**
 * The role in an invitation in another language: the words after a role cue ("Position",
 * "poste de", "vaga de") up to the employer's preposition ("chez", "na", "presso"), another of the
 * language's frequent words, or the end of the clause; in German, up to the first word in lower
 * case (German roles are written capitalised).
 */
export function findRoleInLanguage(
  titles: readonly (string | null)[],
  text: string,
  lexicon: InviteLexicon,
  company: string | null,
  people: readonly string[] = [],
): string | null {
  const subjects = titles.filter((title): title is string => Boolean(title)).map(cleanSubject);
  // "a entrevista com a Rede Farmavida para Coordenador de Logística": the role for the employer.
  const forCompany = company
    ? new RegExp(
        `${escapeRegExp(company)}[ ]+(?:${phraseAlternatives(lexicon.roleForWords)})(?![\\p{L}\\p{N}])`,
        "giu",
      )
    : null;
  return (
    roleLabelled(text, lexicon, company) ??
    roleAfterCue(text, lexicon, company) ??
    roleAfterCue(subjects.join("\n"), lexicon, company) ??
    roleAsAtCompany(text, lexicon, company) ??
    (forCompany && text.includes(company ?? "")
      ? roleAfterCue(text, lexicon, company, forCompany, true)
      : null) ??
    roleInLanguageTitle(subjects, lexicon, company, people)
  );
}

/** "Puesto: Técnico de laboratorio", "Functie: Docent Informatica": the rest of a labelled line. */
function roleLabelled(text: string, lexicon: InviteLexicon, company: string | null): string | null {
  const labelled = new RegExp(
    `^[ \\t>*•-]*(?:${phraseAlternatives(lexicon.roleLabels)})[ \\t]*:[ \\t]*([^\\n]{3,80})$`,
    "imu",
  );
  const role = labelled.exec(text.slice(0, 20_000))?.[1]?.replace(GENDER_MARKER_AT_END, "").trim() ?? "";
  if (!role || role.split(/\s+/).length > 8 || (company && letters(role) === letters(company))) return null;
  return OTHER_LANGUAGES_INVITATION_WORDS.test(role) ? null : role;
}

/** "come Responsabile di Produzione presso Meccanica Brembana": the role between "as" and "at <employer>". */
function roleAsAtCompany(text: string, lexicon: InviteLexicon, company: string | null): string | null {
  if (!company || !text.includes(company)) return null;
  const pattern = new RegExp(
    `${startsWithOneOf(lexicon.roleAsWords)}(?<![\\p{L}\\p{N}])(?:${phraseAlternatives(lexicon.roleAsWords)})[ ]+(\\p{Lu}[^\\n.,;:()!?]{2,60}?)[ ]+(?:${phraseAlternatives(lexicon.companyPrepositions)})[ ]+(?:\\p{Ll}+[ ])?${escapeRegExp(company)}`,
    "u",
  );
  const role = pattern.exec(text.slice(0, 20_000))?.[1]?.trim() ?? "";
  return role.split(/\s+/).length <= 6 && !OTHER_LANGUAGES_INVITATION_WORDS.test(role) ? role || null : null;
}

/** Whether a title's part is one of the people (the candidate's name in "Entrevista – Camilo Restrepo"). */
function isAPerson(segment: string, people: readonly string[]): boolean {
  const first = letters(segment.split(/\s+/)[0] ?? "");
  return people.some((person) => {
    const name = letters(person);
    return name === letters(segment) || (name !== "" && letters(person.split(/\s+/)[0] ?? "") === first);
  });
}

/** An initial and a surname ("M. Esposito" in "Colloquio M. Esposito – …"): a person, never a role. */
const INITIAL_AND_SURNAME = /^\p{Lu}\.\s?\p{Lu}[\p{Ll}'’-]+$/u;

/** Words in lower case before a capitalised role ("visio", "técnica", "online"). */
const LEADING_LOWER = /^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu})/u;

/**
 * "Entrevista – Analista de datos", "Uitnodiging: gesprek Medior Data Analist", "Jouw kandidatuur
 * – Labo-analist": in a title of separated parts, once one part names the interview or the
 * application, the one part left that is not the company or a person is the role, and so are
 * capitalised words after the interview's word. A short
 * single word stays unread ("Termin: Zweitgespräch") unless it is a job word.
 */
function roleInLanguageTitle(
  subjects: readonly string[],
  lexicon: InviteLexicon,
  company: string | null,
  people: readonly string[],
): string | null {
  const interview = lexiconPattern(lexicon, "interviewWords");
  const invitation = lexiconPattern(lexicon, "invitationPhrases");
  // "Oferta de incorporación – Coordinadora de Almacén": an offer or a move names what the mail is too.
  const decision = new RegExp(
    `${lexiconPattern(lexicon, "offerPhrases").source}|${lexiconPattern(lexicon, "reschedulePhrases").source}`,
    "iu",
  );
  const cueWord = lexiconPattern(lexicon, "roleCues");
  const jobTitle = new RegExp(`^(?:${phraseAlternatives(lexicon.jobTitleWords)})(?![\\p{L}\\p{N}])`, "iu");
  const application = lexiconPattern(lexicon, "applicationWords");
  // After the last interview or application word: "Terminverschiebung Ihr Gespräch
  // Firmenkundenberater", "Terugkoppeling sollicitatie Inkoper AGF".
  const afterInterview = new RegExp(
    `^.*(?:^|\\s)(?:${interview.source}|${application.source})\\s+(\\p{L}[^\\n]{2,60})$`,
    "iu",
  );
  const isRole = (segment: string) =>
    // "bei Brenner & Söhne" of Brenner & Söhne Haustechnik: the company's name or its head.
    !(
      company &&
      (letters(segment).startsWith(letters(company)) || letters(company).startsWith(letters(segment)))
    ) &&
    !isAPerson(segment, people) &&
    !INITIAL_AND_SURNAME.test(segment) &&
    /^\p{Lu}/u.test(segment) &&
    segment.split(/\s+/).length <= 6 &&
    !(cueWord.test(segment) && !segment.includes(" ")) &&
    (segment.includes(" ") || segment.length >= 8 || ROLE_WORDS.test(segment));
  for (const subject of subjects) {
    const segments = subject
      .replace(GENDER_MARKER_AT_END, "")
      .split(/\s+[-–—|]\s+|:\s+|\s+\/\s+/)
      // "Leiter/in Einkauf (verschoben)": a note in brackets that the meeting moved is no part of the role.
      .map((segment) =>
        segment
          .trim()
          .replace(/\s*\(([^()]*)\)$/, (note, inner: string) => (decision.test(inner) ? "" : note)),
      )
      .filter(Boolean)
      // "Terminvorschläge Product Owner": the word for what the mail is, then the rest.
      .flatMap((segment) =>
        startsWithMessageWord(segment) && segment.includes(" ")
          ? [segment.replace(/\s.*$/, ""), segment.replace(/^\S+\s+/, "")]
          : [segment],
      );
    const names = (segment: string) =>
      interview.test(segment) ||
      (startsWithMessageWord(segment) && !segment.includes(" ")) ||
      invitation.test(segment) ||
      decision.test(segment) ||
      application.test(segment);
    // "Re: Responsabile showroom": a title that is only a job title is the role.
    const only = segments.length === 1 ? (segments[0] ?? "") : "";
    if (jobTitle.test(only) && isRole(only) && !OTHER_LANGUAGES_INVITATION_WORDS.test(only)) return only;
    if (!segments.some(names)) continue;
    const named = segments
      // "Entretien visio Product Owner": the kind of interview in lower case goes.
      .map((segment) => (afterInterview.exec(segment)?.[1] ?? "").replace(LEADING_LOWER, "").trim())
      .find((words) => words && isRole(words) && !OTHER_LANGUAGES_INVITATION_WORDS.test(words));
    if (named) return named;
    const rest = segments.filter(
      (segment) => !names(segment) && !OTHER_LANGUAGES_INVITATION_WORDS.test(segment) && isRole(segment),
    );
    if (rest.length === 1) return rest[0] ?? null;
  }
  return null;
}

/** Words that end a role after a cue, per language: frequent words, the employer's prepositions. */
const roleStops = new WeakMap<InviteLexicon, ReadonlySet<string>>();

function roleStopsOf(lexicon: InviteLexicon): ReadonlySet<string> {
  let stops = roleStops.get(lexicon);
  if (!stops) {
    stops = new Set(
      [...lexicon.markers, ...lexicon.companyPrepositions, ...lexicon.withWords]
        .map((word) => word.toLowerCase())
        .filter((word) => !JOINERS.has(word)),
    );
    roleStops.set(lexicon, stops);
  }
  return stops;
}

/**
 * The role after a cue: the lexicon's role cues, or `cue` ("Rede Farmavida para …"), whose role
 * must then be capitalised.
 */
function roleAfterCue(
  text: string,
  lexicon: InviteLexicon,
  company: string | null,
  cue: RegExp = new RegExp(lexiconPattern(lexicon, "roleCues").source, "giu"),
  capitalised = lexicon.lang === "de",
): string | null {
  const stops = roleStopsOf(lexicon);
  const source = text.slice(0, 20_000);
  for (const match of source.matchAll(cue)) {
    const from = (match.index ?? 0) + match[0].length;
    // The clause ends at a dash too: "Jefe/a de Recepción – Valencia".
    const clause =
      /^[\s:"“«]*([^\n.,;:()!?"”»–—|]{2,96}?)(?:\s-\s|$|[\n.,;:()!?"”»–—|])/u.exec(
        source.slice(from, from + 100),
      )?.[1] ?? "";
    const words: string[] = [];
    // "de functie van Marketing Manager": a cue's own joiner ("van", "of") opens no role.
    for (const word of clause
      .trim()
      .replace(/^(?:van|als|of)\s+/iu, "")
      .split(/\s+/)) {
      const lower = word.toLowerCase();
      if (stops.has(lower) || (capitalised && /^\p{Ll}/u.test(word) && !JOINERS.has(lower))) break;
      words.push(word);
      if (words.length >= 6) break;
    }
    while (words.length > 0 && JOINERS.has((words.at(-1) ?? "").toLowerCase())) words.pop();
    const role = words.join(" ");
    // German roles are capitalised; elsewhere prose writes them in lower case ("poste de chef de projet").
    if ((capitalised && !/^\p{Lu}/u.test(role)) || role.length < 3) continue;
    if (company && letters(role) === letters(company)) continue;
    if (OTHER_LANGUAGES_INVITATION_WORDS.test(role)) continue;
    return role;
  }
  return null;
}
