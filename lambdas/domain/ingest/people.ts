/**
 * The people of an invitation named in its text ("Interviewers:", "with Priya Patel", "Mit:"
 * lists in every language). Who of them and of the attendees is a person to thank is
 * ./attendees; the candidate's name from the greeting is ./greeting.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { escapeRegExp } from "../language/phrases";
import type { Interviewer } from "../types";
import { LEXICON_LIST, phraseAlternatives, phrasePattern } from "./invite-language";
import { ROLE_WORD_LIST } from "./job-words";

const HONORIFIC = "(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\\.?";
/** "Priya", "O'Brien", "McDonald", "Jean-Luc", "D'Angelo". */
const NAME_WORD = "\\p{Lu}(?:\\p{Ll}+(?:(?:['’-]?\\p{Lu}|['’])\\p{Ll}+)*|['’]\\p{Lu}\\p{Ll}+)";
const PERSON = `(?:${HONORIFIC}[ ])?${NAME_WORD}(?:[ ](?:\\p{Lu}\\.|van|von|de|der|den|da|di|du|la|le|bin|al|del|dos|${NAME_WORD})){1,3}`;
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
  "Mountain|Standard|Daylight|Time|Zone"
).split("|");

/** Capitalised words that start no one's name in an invite. */
// Unicode-aware: "Iñaki" does not start with the word "I".
const NOT_A_NAME = new RegExp(String.raw`^(?:${NOT_A_NAME_ALTERNATIVES.join("|")})(?![\p{L}\p{N}])`, "u");

const PERSON_GLOBAL = new RegExp(PERSON, "gu");
const LEADING_HONORIFIC = new RegExp(`^${HONORIFIC}[ ]`);
/** The alternatives of LABEL, one per line. */
const LABEL_ALTERNATIVES: readonly string[] = [
  "interviewers?",
  "interview panel",
  "panel(?:ists)?",
  "who",
  "staff",
  "attendees",
  "participants",
  "guests",
  "host",
  "hosts",
  "meeting with",
  "you(?:'|\u2019)?ll (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?)(?: with)?",
  "you will (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?)(?: with)?",
];

const LABEL = new RegExp(String.raw`^\s*[*•-]?\s*(?:${LABEL_ALTERNATIVES.join("|")})\s*:?\s*(.*)$`, "i");
/** LABEL over a whole text: spaces only, so a match never starts on an earlier line. */
const LABEL_LINES = new RegExp(LABEL.source.replace(/\\s/g, "[ \\t]"), "gim");
const WITH_PEOPLE = new RegExp(
  `\\b(?:with|meet|meeting)[ ](?:the )?(${PERSON}(?:[ ]?\\([^)\\n]{0,60}\\))?(?:(?:,[ ]?(?:and[ ])?|[ ]and[ ]|[ ]&[ ])${PERSON}(?:[ ]?\\([^)\\n]{0,60}\\))?)*)`,
  "gu",
);

/** A list of people with their titles in brackets: "Wes Okafor (Director of Planning) and Lindsay Pruitt". */
const PEOPLE_LIST = `${PERSON}(?:[ ]?\\([^)\\n]{0,60}\\))?(?:(?:,[ ]?(?:and[ ])?|[ ]and[ ]|[ ]&[ ])${PERSON}(?:[ ]?\\([^)\\n]{0,60}\\))?)*`;
/** "Wes Okafor and Lindsay Pruitt will meet you": the people first, then what they will do. */
const PEOPLE_WILL = new RegExp(
  `(${PEOPLE_LIST})[ ]will[ ](?:be[ ])?(?:meet(?:ing)?|interview(?:ing)?|speak(?:ing)?[ ]with|talk(?:ing)?[ ]with|join(?:ing)?)[ ]you`,
  "gu",
);
const PEOPLE_WILL_GATE = / will (?:be )?(?:meet|interview|speak|talk|join)/;
/** "The panel will be Priya Nandakumar (Director of Finance), Gareth Llewellyn …": a label in a sentence. */
const PANEL_IS = new RegExp(
  `\\b(?:[Pp]anel|[Ii]nterviewers?)[ ](?:will[ ]be|will[ ]include|is|are|includes?|consists[ ]of|comprises)[ ]:?(${PEOPLE_LIST})`,
  "gu",
);
/** "It'll be me plus Aisha Rahman", "with myself and Tom Berg": the writer's colleagues. */
const SELF_AND = new RegExp(`\\b(?:me|myself)[ ](?:plus|and|&)[ ](${PEOPLE_LIST})`, "gu");
/** "Phone screen with Kenji Watanabe": whoever holds the meeting itself is met, whatever their title. */
const MEETING_BEFORE = /\b(?:interview|screen|screening|call|chat|conversation)[ ]$/i;

/** Zoom's "Mei Tan is inviting you to a scheduled Zoom meeting." */
const HOST = new RegExp(`^(${PERSON}) is inviting you to a scheduled`, "mu");

/** "with me and our design lead, Mia Chen", "meet our CTO Sarah Kim". */
const TITLED_PERSON_LEAD = String.raw`(?:\b(?:with|meet|meeting|and)[ ](?:me[ ]and[ ])?|(?:^|[.!?][ ])(?=[OT]))`;
const TITLED_PERSON_TITLE = `(?:${ROLE_WORD_LIST}|[Hh]ead[ ]of[ ][A-Za-z]+|(?:VP|[Vv]ice[ ][Pp]resident|[Dd]irector)[ ]of[ ][A-Za-z]+|VP|founder|cto|ceo|CTO|CEO|COO|CFO)s?`;
const TITLED_PERSON = new RegExp(
  `${TITLED_PERSON_LEAD}(?:[Oo]ur|[Tt]heir|[Tt]he|my)[ ](?:[a-z][a-z-]+[ ]){0,3}${TITLED_PERSON_TITLE},?[ ](${PERSON})`,
  "gmu",
);

function namesIn(fragment: string): string[] {
  const names: string[] = [];
  for (const match of fragment.matchAll(PERSON_GLOBAL)) {
    const name = match[0].trim();
    if (NOT_A_NAME.test(name.replace(LEADING_HONORIFIC, ""))) continue;
    names.push(name);
  }
  return names;
}

/**
 * The lines of a list under a label: up to a blank line after it or the next heading ("WHERE",
 * "Location:"), so that "Reply to reach Priya Shah" further down is no interviewer.
 */
function listLines(below: readonly string[]): string[] {
  const list: string[] = [];
  for (const line of below) {
    if (!line.trim()) {
      if (list.length > 0) break;
      continue;
    }
    if (/^\s*(?:\p{Lu}{2,}(?:[ ]\p{Lu}{2,})*|[^:]{1,30}:)\s*$/u.test(line)) break;
    list.push(line);
  }
  return list;
}

export interface NamedPerson extends Interviewer {
  /** Named under a label ("Interviewers:", "Panel:"), rather than in a phrase ("with …"). */
  readonly labelled: boolean;
}

/** People named in a plain-text confirmation: "with Priya Patel", "Interviewers: A, B", "Panel:" lists. */
export function findInterviewersInText(text: string): NamedPerson[] {
  const names = new Set<string>();
  const source = text.slice(0, 20_000);
  // One pass finds the label lines; only then are lines split.
  const labelLines = [...source.matchAll(LABEL_LINES)].map((match) => match.index ?? 0);
  const lines = labelLines.length > 0 ? source.split("\n") : [];
  const lineOf = (offset: number) => source.slice(0, offset).split("\n").length - 1;
  for (const index of labelLines.map(lineOf)) {
    const match = LABEL.exec(lines[index] ?? "");
    if (!match) continue;
    const rest = match[1] ?? "";
    // The names follow on the same line, or as a list below the label.
    const list = rest.trim() ? [rest] : listLines(lines.slice(index + 1, index + 9));
    for (const line of list) {
      if (!rest.trim() && !/^\s*(?:[*•-]|\d+[.)])?\s*(?:Dr|Prof|Mr|Mrs|Ms|[A-Z])/.test(line)) break;
      for (const part of line.split(/;|,(?![^(]*\))|\band\b|\s&\s/)) {
        const name = namesIn(part.replace(/\([^)]*\)/g, ""))[0];
        if (name) names.add(name);
      }
      if (names.size >= 20) break;
    }
  }
  const labelled = new Set(names);
  const host = source.includes(" is inviting you") ? HOST.exec(source)?.[1] : undefined;
  if (host && PERSON_EXACT.test(host)) names.add(host);
  // Both phrase patterns need words a plain scan finds quickly; most invitations skip one of them.
  if (/\b(?:[Oo]ur|[Tt]heir|[Tt]he|my) [a-z-]+/.test(source))
    for (const match of source.matchAll(TITLED_PERSON)) {
      const name = match[1]?.trim() ?? "";
      if (PERSON_EXACT.test(name) && !NOT_A_NAME.test(name.replace(LEADING_HONORIFIC, ""))) names.add(name);
    }
  const listed = (list: string, label: boolean) => {
    for (const part of list.replace(/\([^)]*\)/g, "").split(/,\s*(?:and\s+)?|\s+and\s+|\s&\s/)) {
      const name = part.trim();
      if (!PERSON_EXACT.test(name) || NOT_A_NAME.test(name.replace(LEADING_HONORIFIC, ""))) continue;
      names.add(name);
      if (label) labelled.add(name);
    }
  };
  if (/\b(?:with|meet|meeting) /.test(source))
    for (const match of source.matchAll(WITH_PEOPLE)) {
      const at = match.index ?? 0;
      listed(match[1] ?? "", MEETING_BEFORE.test(source.slice(Math.max(0, at - 20), at)));
      if (names.size >= 20) break;
    }
  if (/\b(?:panel|interviewers?) /i.test(source))
    for (const match of source.matchAll(PANEL_IS)) listed(match[1] ?? "", true);
  if (PEOPLE_WILL_GATE.test(source))
    for (const match of source.matchAll(PEOPLE_WILL)) listed(match[1] ?? "", true);
  if (/\b(?:me|myself) (?:plus|and|&) /.test(source))
    for (const match of source.matchAll(SELF_AND)) listed(match[1] ?? "", true);
  return [...names].slice(0, 20).map((name) => ({ name, email: null, labelled: labelled.has(name) }));
}

interface LanguagePeople {
  /** "Mit: …", "Ihre Gesprächspartner:", "Vous rencontrerez :": a label line, up to two words before it. */
  readonly label: RegExp;
  readonly cue: RegExp;
  /** "nehmen … teil", "schuift … aan": verbs whose parts close around the people. */
  readonly around: RegExp | null;
  /** The writer among the people met ("ich werde ebenfalls dabei sein", "vou eu e"). */
  readonly writerJoins: RegExp;
  /** "les participants (…)", "partecipanti: …": a label inside a sentence, its list after it. */
  readonly labelInProse: RegExp;
  readonly and: RegExp;
  /** Articles and colleague words before a name ("la", "o", "mein Kollege"), removed. */
  readonly before: RegExp;
  /** A list part that is the writer ("ich", "moi-même"). */
  readonly self: RegExp;
}

const peopleWords = new WeakMap<InviteLexicon, LanguagePeople>();
/** One character of a clause; the dot of "Mag.", "Dr." or "DI." does not end it. */
const AROUND_WORDS = "(?:[^.!?\\n]|(?<=(?:^|[ '’(])\\p{L}{1,4})\\.)";

function peopleWordsOf(lexicon: InviteLexicon): LanguagePeople {
  let words = peopleWords.get(lexicon);
  if (!words) {
    // A phrase that introduces the people met in a sentence labels a list when a colon follows it.
    const withWords = lexicon.withWords.filter((phrase) => !phrase.includes("…"));
    const around = lexicon.withWords
      .filter((phrase) => phrase.includes("…"))
      .map((phrase) => phrase.split("…").map((part) => phraseAlternatives([part.trim()])));
    const labels = phrasePattern([...lexicon.interviewerLabels, ...withWords]).source;
    words = {
      label: new RegExp(
        `^[> \\t]*[*•-]?[ \\t]*(?:\\p{L}+[ \\t]+){0,2}?(?:${labels})[ \\t]*:[ \\t]*(.*)$`,
        "iu",
      ),
      cue: phrasePattern(withWords, "giu"),
      around:
        around.length > 0
          ? new RegExp(
              `(?<![\\p{L}\\p{N}])(?:${around
                .map(([first, second]) => `${first}[ ]+(${AROUND_WORDS}{3,200}?)[ ]+${second}`)
                .join("|")})(?![\\p{L}\\p{N}])`,
              "giu",
            )
          : null,
      writerJoins: phrasePattern(lexicon.writerJoinsPhrases),
      labelInProse: new RegExp(
        `${phrasePattern(lexicon.interviewerLabels).source}[ \\t]*(?:\\(([^)\\n]{3,200})\\)|:[ \\t]*([^\\n)]{3,200}))`,
        "giu",
      ),
      and: phrasePattern(lexicon.andWords, "iu"),
      before: new RegExp(`^(?:(?:${phraseAlternatives(lexicon.beforeNames)})(?:\\s+|(?<=['’])))+`, "iu"),
      self: new RegExp(`^(?:${phraseAlternatives(lexicon.selfWords)})(?![\\p{L}\\p{N}])`, "iu"),
    };
    peopleWords.set(lexicon, words);
  }
  return words;
}

/** "Dott." and "dott.", "Mevrouw" and "mevrouw": a title's first letter in either case. */
function firstLetterAnyCase(pattern: string): string {
  const first = pattern[0] ?? "";
  return first.toLowerCase() === first.toUpperCase()
    ? pattern
    : `[${first.toLowerCase()}${first.toUpperCase()}]${pattern.slice(1)}`;
}

/** Every language's titles before a name ("Frau", "Mme", "Sra.", "Dott.ssa"); a written dot is optional. */
const TITLE_WORD = `(?:${[...new Set(LEXICON_LIST.flatMap((lexicon) => lexicon.honorifics))]
  .sort((a, b) => b.length - a.length)
  .map((title) => firstLetterAnyCase(escapeRegExp(title).replace(/\\\.$/, "\\.?")))
  .join("|")})`;
export const LEADING_TITLES = new RegExp(`^(?:${TITLE_WORD}[ ])+`, "u");
/** Every language's words that begin a job title ("Directrice Financière", "Leiter Aktuariat"). */
const JOB_TITLE_WORDS = new Set(LEXICON_LIST.flatMap((lexicon) => lexicon.jobTitleWords));
/** Lower-case words inside names: "Sander de Wit", "Ludwig van Beethoven", "Maria da Silva". */
const PARTICLE = "(?:de|van|von|der|den|ter|ten|da|di|del|della|dos|das|du|la|le)[ ]";
/** "Frau Dr. Weber", "Mevr. de Vries": after a title, a surname alone is a name. */
const TITLED_NAME = `(?:${TITLE_WORD}[ ]){1,2}(?:${PARTICLE}){0,2}${NAME_WORD}(?:[ ](?:${PARTICLE}){0,2}${NAME_WORD}){0,2}`;
const LEADING_PERSON = new RegExp(
  `^(?:${TITLED_NAME}|(?:${HONORIFIC}[ ])?${NAME_WORD}(?:[ ](?:${PARTICLE}){0,2}${NAME_WORD}){1,2})`,
  "u",
);

/** A first name alone, not the first word of a longer name. */
const FIRST_NAME = new RegExp(`^${NAME_WORD}(?![\\p{L}\\p{N}]|[ ]\\p{Lu})`, "u");

/** A sentence's words; the dot of "Dr.", "Sra.", "M." or "Dott.ssa" does not end it. */
const SENTENCE = /^(?:[^.!?\n]|\.(?=\S)|(?<=(?:^|[ '’])\p{L}\p{Ll}{0,3})\.)*/u;

/** A name, not a word that starts no one's name ("Team", "Montag") nor a job title ("Leiterin IT"). */
function isAName(name: string): boolean {
  const bare = name.replace(LEADING_TITLES, "");
  return !NOT_A_NAME.test(bare) && !JOB_TITLE_WORDS.has(bare.split(" ")[0]?.toLowerCase() ?? "");
}

/**
 * The names a list fragment starts with: "Julien Martin, directeur marketing, et Sophie Bernard";
 * "und ich" names the writer, `sender`.
 */
function listedNames(
  fragment: string,
  { and, before, self }: LanguagePeople,
  sender: string | null,
  writerJoins = false,
): string[] {
  const names: string[] = [];
  const parts = fragment
    .replace(/\([^)]*\)/g, "")
    .split(/[;,]/)
    .flatMap((piece) => piece.split(and))
    .map((part) => part.trim().replace(before, ""));
  // "avec moi et Maëlle", "io ed Elena": beside the writer, a colleague is named by first name.
  const withWriter = sender !== null && (writerJoins || parts.some((words) => self.test(words)));
  for (const words of parts) {
    if (sender && self.test(words)) names.push(sender);
    const name = LEADING_PERSON.exec(words)?.[0] ?? (withWriter ? FIRST_NAME.exec(words)?.[0] : undefined);
    if (name && isAName(name)) names.push(name);
  }
  return names;
}

/**
 * A list under a label: one person a line, with or without a bullet (in a quoted original too: "> "),
 * up to a blank line or a line naming no one.
 */
function listBelow(lines: readonly string[], index: number, words: LanguagePeople): string[] {
  const names: string[] = [];
  for (const line of lines.slice(index + 1, index + 9)) {
    const first = listedNames(line.replace(/^[>\s]*(?:[*•-]|\d+[.)])?\s*/, ""), words, null)[0];
    if (!first) break;
    names.push(first);
  }
  return names;
}

/**
 * People named in an invitation in another language: label lists ("Mit:", "Avec :"), "mit …"
 * phrases, labels in a sentence ("les participants (…)"). `sender` is the writer's name, for
 * "und ich".
 */
export function findInterviewersInLanguage(
  text: string,
  lexicon: InviteLexicon,
  sender: string | null = null,
): NamedPerson[] {
  const words = peopleWordsOf(lexicon);
  const { label, cue, labelInProse, around } = words;
  const labelled = new Set<string>();
  const named = new Set<string>();
  const source = text.slice(0, 20_000);
  const lines = source.split("\n");
  lines.forEach((line, index) => {
    const match = label.exec(line);
    if (!match) return;
    const rest = match[1]?.trim() ?? "";
    for (const name of rest ? listedNames(rest, words, sender) : listBelow(lines, index, words))
      labelled.add(name);
  });
  for (const match of source.matchAll(labelInProse))
    for (const name of listedNames(match[1] ?? SENTENCE.exec(match[2] ?? "")?.[0] ?? "", words, sender))
      labelled.add(name);
  const joins = words.writerJoins.test(source);
  for (const match of source.matchAll(cue)) {
    const from = (match.index ?? 0) + match[0].length;
    const sentence = SENTENCE.exec(source.slice(from, from + 200))?.[0] ?? "";
    for (const name of listedNames(sentence, words, sender, joins)) if (!labelled.has(name)) named.add(name);
    if (named.size >= 20) break;
  }
  if (around)
    for (const match of source.matchAll(around)) {
      const list = match.slice(1).find(Boolean) ?? "";
      for (const name of listedNames(list, words, sender, joins)) if (!labelled.has(name)) named.add(name);
    }
  return [
    ...[...labelled].map((name) => ({ name, email: null, labelled: true })),
    ...[...named].map((name) => ({ name, email: null, labelled: false })),
  ].slice(0, 20);
}
