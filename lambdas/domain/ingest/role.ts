/** The role applied for: labelled lines, titles, then phrases; never an interviewer's job title. */

import type { InviteLexicon } from "../language/invite-lexicon";
import { escapeRegExp } from "../language/phrases";
import { TITLE_AT } from "./company";
import { startsWithMessageWord } from "./company-clues";
import { NOT_A_COMPANY } from "./company-words";
import { lexiconPattern, OTHER_LANGUAGES_INVITATION_WORDS, phraseAlternatives } from "./invite-language";
import { letters, ROLE_WORDS } from "./job-words";
import { cleanSubject } from "./subject";

const ROLE_LABEL =
  /^[ *>-]*(?:role|position|job(?: title)?|title|opening|vacancy|requisition|req|job opening|applied for|job applied for)\s*:\s*(.{3,100})$/im;

function cleanRole(candidate: string | undefined): string | null {
  // "coffee chat (Data Analyst)": the role is in the brackets when the words outside name none.
  const bracketed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(candidate ?? "");
  const source =
    bracketed && !ROLE_WORDS.test(bracketed[1] ?? "") && ROLE_WORDS.test(bracketed[2] ?? "")
      ? bracketed[2]
      : candidate;
  const role = source
    // "Terminvorschläge Product Owner": the word for what the mail is goes.
    ?.replace(/^\S+\s+(?=\S)/, (first) => (startsWithMessageWord(first) ? "" : first))
    .replace(/\s*\((?:req|job|id|#|r-?\d)[^)]*\)\s*/gi, " ")
    // "(m/w/d)", "(Remote)", "(Prairie Grain Co.)": markers and companies in brackets after the
    // role go; a one-word qualifier such as "(iOS)" stays.
    .replace(
      /\s*\((?:[mfwdxh](?:\/[mfwdxh]){1,3}|remote|hybrid|on-?site|contract|full[- ]time|part[- ]time|temporary|permanent)\)/gi,
      "",
    )
    .replace(/(\S)\s*\((?:[^()\s]+\s+[^()]+|[^()]*\b(?:Co|Inc|Ltd|LLC|GmbH|plc)\.?)\)?\s*$/, "$1")
    // "second round for the Cloud Engineer": the role is what follows the last "for the".
    .replace(/^.*\s(?:for|of|to|in|on|as|about|regarding|into)\s+(?:the|a|an|our)\s+/i, "")
    .replace(/\b(?:req(?:uisition)?\.?\s*(?:id|#|no\.?)?\s*:?\s*)?(?:[A-Z]{1,4}-?)?\d{3,}\b/g, "")
    .replace(/^[\s"'“]+|[\s"'”.,;:]+$/g, "")
    // Brackets only when unbalanced: "(Software Engineer II)" → the words; "Engineer (iOS)" stays.
    .replace(/^\(([^()]*)\)$/, "$1")
    .replace(/^\((?![^()]*\))/, "")
    .replace(/(?<!\([^()]*)\)$/, "")
    .replace(/\s+(?:role|position|opening|interview|job|vacancy)$/i, "")
    .replace(/^(?:the|a|an|our)\s+/i, "")
    .trim();
  if (!role || role.length < 3 || role.split(/\s+/).length > 8 || !ROLE_WORDS.test(role)) return null;
  if (/\b(?:interview|call|chat|screen|meeting|with|you|your|we|our)\b/i.test(role)) return null;
  if (OTHER_LANGUAGES_INVITATION_WORDS.test(role)) return null;
  return role;
}

/** Job titles written after a person's name ("Priya Patel, Engineering Manager"): never the role. */
export function peopleTitles(text: string, names: readonly string[]): Set<string> {
  const titles = new Set<string>();
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    for (const name of names) {
      if (!name || !line.includes(name)) continue;
      const after = line.slice(line.indexOf(name) + name.length);
      const inline = /^\s*(?:,|-|–|—|\||\()\s*([^,()|\n]{3,80})/.exec(after)?.[1];
      const below = after.trim() === "" ? lines[index + 1] : undefined;
      for (const title of [inline, below]) {
        const cleaned = title
          ?.replace(/\s*(?:,|\||at\b|@).*$/, "")
          .replace(/[)\s]+$/, "")
          .trim();
        if (cleaned && ROLE_WORDS.test(cleaned)) titles.add(cleaned.toLowerCase());
      }
    }
  });
  return titles;
}

const ROLE_PHRASES = [
  new RegExp(
    [
      String.raw`\b(?:for|about|on|regarding|to|in|into)\s+(?:the|our|a|an|your application for the)\s+([^\n.,;:()?!]{3,80}?)\s+(?:`,
      ["role", "position", "opening", "job", "vacancy", "opportunity", "spot", "post"].join("|"),
      String.raw`)\b`,
    ].join(""),
    "gi",
  ),
  /\b(?:role|position) of\s+([^\n.,;:()?!]{3,80}?)(?:\s+at\b|\s+with\b|[.,;\n(?!]|$)/gi,
  /\binterview(?:ing)?\s+for\s+(?:the\s+|a\s+|an\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+(?:role|position)\b|\s+at\b|\s+with\b|\s+[-–—|]\s+|[.,;:(?!]|$)/gim,
  /\bapplication for (?:the\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+(?:role|position)\b|\s+at\b|\s+with\b|[.,;:(?!]|$)/gim,
  /\b(?:application|applied|applying|apply)\s+as\s+(?:a\s+|an\s+|the\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+at\b|\s+with\b|[.,;:(?!]|$)/gim,
];

/** The role applied for: labelled lines and titles first, then phrases in the body. */
export function findRole(
  titles: readonly (string | null)[],
  body: string,
  excludedTitles: ReadonlySet<string>,
  context: { readonly company?: string | null; readonly people?: readonly string[] } = {},
): string | null {
  // The company's own name is never the role ("Northwind Traders - Phone Screen" names no role).
  const isCompany = (role: string) =>
    Boolean(context.company) && letters(role) === letters(context.company ?? "");
  // "Larkspur Biotech, Senior Data Engineer": the company written before the role goes.
  const company = context.company ?? "";
  const withoutCompany = (role: string) =>
    company && role.startsWith(company)
      ? role.slice(company.length).replace(/^[\s,;:|–—-]+/, "") || role
      : role;
  const allowed = (found: string | null) => {
    const role = found && withoutCompany(found);
    return role && !excludedTitles.has(role.toLowerCase()) && !isCompany(role) ? role : null;
  };
  const labelled = allowed(cleanRole(ROLE_LABEL.exec(body.slice(0, 20_000))?.[1]));
  if (labelled) return labelled;
  for (const title of titles) {
    if (!title) continue;
    const cleaned = cleanSubject(title);
    const explicit =
      /\b(?:for|about|on)\s+(?:the|our|a|an)\s+([^\n.,;:()]{3,80}?)\s+(?:role|position|opening|job|vacancy)\b/i.exec(
        cleaned,
      );
    const fromExplicit = allowed(cleanRole(explicit?.[1]));
    if (fromExplicit) return fromExplicit;
    const at = TITLE_AT.exec(cleaned);
    const beforeAt = at?.[1]
      ?.replace(/^.*[:|–—]\s+|^.*\s-\s+/, "")
      .replace(/^.*?\b(?:interview|call|screen|chat)\b\s*(?:for\s+(?:the\s+)?|[-–—:|]\s*)?/i, "");
    const fromAt = allowed(cleanRole(beforeAt));
    if (fromAt) return fromAt;
    for (const segment of cleaned.split(/\s+[-–—|]\s+|:\s+|\s+\/\s+|\s+for\s+(?:the\s+|a\s+|an\s+)?/)) {
      const fromSegment = allowed(
        cleanRole(
          segment
            .replace(
              /\b(?:interview|phone screen|screen(?:ing)?|onsite|technical|final round|round \d|call)\b/gi,
              "",
            )
            .trim(),
        ),
      );
      if (fromSegment) return fromSegment;
    }
  }
  const text = body.slice(0, 20_000);
  for (const pattern of ROLE_PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const found = allowed(cleanRole(match[1]));
      if (found) return found;
    }
  }
  return (
    allowed(roleBesideCompany(text, context.company ?? null)) ??
    allowed(roleByStructure(titles, context.company ?? null, context.people ?? []))
  );
}

/** Under a name, "HR Specialist – Ferretti & Galli S.p.A." is the writer's signature, not the role. */
const SIGNER_LINE = /^\s*\p{Lu}\p{Ll}+(?:[ ]\p{Lu}[\p{Ll}'’-]+){1,2}\s*$/u;
const HR_TITLE = /\b(?:hr|recruit\w*|talent|people|human resources)\b/i;

/** "Ostrander Capital - Compliance Analyst": a short line of the company and one more part, the role. */
function roleBesideCompany(text: string, company: string | null): string | null {
  if (!company) return null;
  const companyLetters = letters(company);
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.length > 100 || !line.includes(company) || SIGNER_LINE.test(lines[index - 1] ?? "")) continue;
    const parts = line.trim().split(/\s+[-–—|]\s+/);
    if (parts.length !== 2) continue;
    const other = parts.find((part) => !letters(part).startsWith(companyLetters));
    if (parts.some((part) => letters(part).startsWith(companyLetters)) && other) {
      const role = cleanRole(other);
      if (role && !HR_TITLE.test(role)) return role;
    }
  }
  return null;
}

const INTERVIEW_KIND =
  /\b(?:interview|screen(?:ing)?|onsite|on-site|round|loop|call|chat|panel|assessment|conversation|meeting|session|debrief|intro|technical|final)\b/i;

/**
 * "Panel interview - Coho Winery - Cellar Master": in a title of separated parts, once one part
 * is the kind of meeting and another the company, the part left is the role, whatever its words.
 */
function roleByStructure(
  titles: readonly (string | null)[],
  company: string | null,
  people: readonly string[],
): string | null {
  for (const title of titles) {
    if (!title) continue;
    const segments = cleanSubject(title)
      .split(/\s+[-–—|]\s+|:\s+|\s+\/\s+/)
      .map((segment) => segment.trim())
      .filter(Boolean);
    if (segments.length < 3) continue;
    const isCompany = (segment: string) =>
      Boolean(company) && letters(segment).startsWith(letters(company ?? ""));
    if (!segments.some(isCompany) || !segments.some((segment) => INTERVIEW_KIND.test(segment))) continue;
    const rest = segments.filter(
      (segment) =>
        !isCompany(segment) &&
        !INTERVIEW_KIND.test(segment) &&
        !NOT_A_COMPANY.test(segment) &&
        !people.some((person) => letters(person) === letters(segment)) &&
        segment.split(/\s+/).length <= 6 &&
        /^\p{Lu}/u.test(segment),
    );
    if (rest.length === 1) return rest[0] ?? null;
  }
  return null;
}

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
    roleAfterCue(text, lexicon, company) ??
    roleAfterCue(subjects.join("\n"), lexicon, company) ??
    roleAsAtCompany(text, lexicon, company) ??
    (forCompany && text.includes(company ?? "")
      ? roleAfterCue(text, lexicon, company, forCompany, true)
      : null) ??
    roleInLanguageTitle(subjects, lexicon, company, people)
  );
}

/** "come Responsabile di Produzione presso Meccanica Brembana": the role between "as" and "at <employer>". */
function roleAsAtCompany(text: string, lexicon: InviteLexicon, company: string | null): string | null {
  if (!company || !text.includes(company)) return null;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${phraseAlternatives(lexicon.roleAsWords)})[ ]+(\\p{Lu}[^\\n.,;:()!?]{2,60}?)[ ]+(?:${phraseAlternatives(lexicon.companyPrepositions)})[ ]+(?:\\p{Ll}+[ ])?${escapeRegExp(company)}`,
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

/** Words in lower case before a capitalised role ("visio", "técnica", "online"). */
const LEADING_LOWER = /^(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu})/u;

/** Markers after a role that say who may apply, not what the job is: "(m/w/d)", "(h/f)", "(M/F)". */
const GENDER_MARKER = /\s*\((?:[mfwdxhv](?:\s*\/\s*[mfwdxhv*]){1,3}|all genders?)\)/giu;

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
  const application = lexiconPattern(lexicon, "applicationWords");
  // After the last interview word: "Terminverschiebung Ihr Gespräch Firmenkundenberater".
  const afterInterview = new RegExp(`^.*(?:^|\\s)(?:${interview.source})\\s+(\\p{L}[^\\n]{2,60})$`, "iu");
  const isRole = (segment: string) =>
    !(company && letters(segment).startsWith(letters(company))) &&
    !isAPerson(segment, people) &&
    /^\p{Lu}/u.test(segment) &&
    segment.split(/\s+/).length <= 6 &&
    !(cueWord.test(segment) && !segment.includes(" ")) &&
    (segment.includes(" ") || segment.length >= 8 || ROLE_WORDS.test(segment));
  for (const subject of subjects) {
    const segments = subject
      .replace(GENDER_MARKER, "")
      .split(/\s+[-–—|]\s+|:\s+|\s+\/\s+/)
      .map((segment) => segment.trim())
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
      /^[\s:"“«]*([^\n.,;:()!?"”»–—|]{2,80}?)(?:\s-\s|$|[\n.,;:()!?"”»–—|])/u.exec(
        source.slice(from, from + 100),
      )?.[1] ?? "";
    const words: string[] = [];
    for (const word of clause.trim().split(/\s+/)) {
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
