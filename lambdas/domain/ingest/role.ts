/** The role applied for: labelled lines, titles, then phrases; never an interviewer's job title. */

import { TITLE_AT } from "./company";
import { startsWithMessageWord } from "./company-clues";
import { NOT_A_COMPANY } from "./company-words";
import { LEXICON_LIST, OTHER_LANGUAGES_INVITATION_WORDS, phraseAlternatives } from "./invite-language";
import { GENDER_MARKER_AT_END, letters, ROLE_WORDS } from "./job-words";
import { cleanSubject } from "./subject";

const ROLE_LABEL =
  /^[ *>-]*(?:role|position|job(?: title)?|title|opening|vacancy|requisition|req|job opening|applied for|job applied for)\s*:\s*(.{3,100})$/im;

/** A word that ends in an interview word, as German and Dutch compound them ("Fachinterview", "Zweitgespräch"). */
const LEADING_INTERVIEW_COMPOUND = new RegExp(
  `^\\p{L}+(?:${phraseAlternatives(LEXICON_LIST.flatMap((lexicon) => lexicon.interviewWords).filter((word) => !word.includes(" ")))})\\s+`,
  "iu",
);

function cleanRole(candidate: string | undefined): string | null {
  // "coffee chat (Data Analyst)": the role is in the brackets when the words outside name none.
  const bracketed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(candidate ?? "");
  const source =
    bracketed && !ROLE_WORDS.test(bracketed[1] ?? "") && ROLE_WORDS.test(bracketed[2] ?? "")
      ? bracketed[2]
      : candidate;
  const role = source
    ?.replace(LEADING_INTERVIEW_COMPOUND, "")
    // "Terminvorschläge Product Owner": the word for what the mail is goes.
    .replace(/^\S+\s+(?=\S)/, (first) => (startsWithMessageWord(first) ? "" : first))
    .replace(/\s*\((?:req|job|id|#|r-?\d)[^)]*\)\s*/gi, " ")
    // "(m/w/d)", "(Remote)", "(Prairie Grain Co.)": markers and companies in brackets after the
    // role go; a one-word qualifier such as "(iOS)" stays.
    .replace(GENDER_MARKER_AT_END, "")
    .replace(/\s*\((?:remote|hybrid|on-?site|contract|full[- ]time|part[- ]time|temporary|permanent)\)/gi, "")
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
      // "for the Regulatory Affairs Associate (R-10482) position": a requisition's number between goes.
      String.raw`\b(?:for|about|on|regarding|to|in|into)\s+(?:the|our|a|an|your application for the)\s+([^\n.,;:()?!]{3,80}?)(?:\s*\([^()\n]{1,20}\))?\s+(?:`,
      ["role", "position", "opening", "job", "vacancy", "opportunity", "spot", "post"].join("|"),
      String.raw`)\b`,
    ].join(""),
    "gi",
  ),
  /\b(?:role|position) of\s+([^\n.,;:()?!]{3,80}?)(?:\s+at\b|\s+with\b|[.,;\n(?!]|$)/gi,
  /\binterview(?:ing)?\s+for\s+(?:the\s+|a\s+|an\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+(?:role|position)\b|\s+at\b|\s+with\b|\s+[-–—|]\s+|[.,;:(?!]|$)/gim,
  /\bapplication for (?:the\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+(?:role|position)\b|\s+at\b|\s+with\b|[.,;:(?!]|$)/gim,
  /\b(?:application|applied|applying|apply)\s+(?:as|to be|to become)\s+(?:a\s+|an\s+|the\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+at\b|\s+with\b|[.,;:(?!]|$)/gim,
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

/** Small words between the words of a role ("Ingeniera de proyectos") and joining words. */
const JOINING_WORDS = new Set([
  "de",
  "di",
  "da",
  "do",
  "of",
  "del",
  "della",
  "van",
  "von",
  "der",
  "en",
  "e",
  "y",
  "and",
  "und",
  "et",
]);

/** One word of an abbreviated role: its letters, and whether it is written short ("Ing.", "FV"). */
interface RoleWord {
  readonly letters: string;
  readonly short: boolean;
}

/** Whether `short`'s letters run through `long` in order, from the same first letter ("FV" in "fotovoltaicos"). */
function shortens(short: string, long: string): boolean {
  if (!short || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/**
 * Whether `words` spell `role` out word for word, small joining words aside, one of its short words
 * at least written longer ("Consultor SAP" is not "Consultor/a SAP": SAP stays SAP).
 */
function spellsOut(role: readonly RoleWord[], words: readonly string[]): boolean {
  let at = 0;
  let longer = false;
  for (const word of words) {
    const wanted = role[at];
    if (wanted && shortens(wanted.letters, letters(word))) {
      longer ||= wanted.short && letters(word).length > wanted.letters.length;
      at++;
    } else if (!JOINING_WORDS.has(word.toLowerCase())) return false;
  }
  return at === role.length && longer;
}

/** A word written short: with its dot, or in capitals ("Ing.", "FV"). */
const SHORT_WORD = /^(?:\p{L}+\.|\p{Lu}{2,})$/u;

/**
 * The role as a text states it in full when the one read abbreviates it ("Ing. proyectos FV" in a
 * calendar's title, "Ingeniera de proyectos fotovoltaicos" in the subject): the fuller statement.
 */
export function fullerRole(role: string | null, texts: readonly (string | null)[]): string | null {
  const wanted = (role ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ letters: letters(word), short: SHORT_WORD.test(word) }));
  if (!role || !wanted.some((word) => word.short)) return role;
  for (const text of texts)
    for (const clause of (text ?? "").slice(0, 20_000).split(/[\n,;:()|–—]+|\s-\s/)) {
      const words = clause.split(/\s+/).filter(Boolean);
      for (let first = 0; first < words.length; first++)
        for (
          let last = first + wanted.length;
          last <= Math.min(words.length, first + wanted.length + 3);
          last++
        ) {
          const run = words.slice(first, last);
          // The run starts and ends with the role's own words, never a joining word ("di …", "… a").
          const edges = [run[0], run.at(-1)].map((word) => (word ?? "").toLowerCase());
          if (!edges.some((word) => JOINING_WORDS.has(word)) && spellsOut(wanted, run)) return run.join(" ");
        }
    }
  return role;
}
