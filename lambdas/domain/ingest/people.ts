/**
 * The people of an English invitation named in its text ("Interviewers:", "with Priya Patel",
 * "Wes Okafor will meet you"); every language's grammar is ./people-language. Who of them and of
 * the attendees is a person to thank is ./attendees; the candidate's name from the greeting is
 * ./greeting.
 */
import { clauseAround, clauseBefore } from "./clauses";
import { INVITE_LEXICONS, lexiconPattern, phrasePattern } from "./invite-language";
import { ROLE_WORD_LIST } from "./job-words";
import { LEADING_HONORIFIC, type NamedPerson, NOT_A_NAME, PERSON, PERSON_EXACT } from "./person-names";

const PERSON_GLOBAL = new RegExp(PERSON, "gu");
/** The alternatives of LABEL, one per line. */
const LABEL_ALTERNATIVES: readonly string[] = [
  "interviewers?",
  "interview panel",
  "panel(?:ists)?",
  "who",
  "staff",
  "attendees",
  "required attendees",
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

/**
 * The past-meeting phrases that say when ("last week", "yesterday"): "thanks for" also opens a
 * confirmation ("Thanks for confirming your interview with Tom Hughes"), so alone it says nothing.
 */
const PAST_MEETING = phrasePattern(
  INVITE_LEXICONS.en.pastMeetingPhrases.filter((phrase) => !phrase.startsWith("thank")),
);

/** "For questions, get in touch with Nina Lopez": whom to ask, not whom to meet. */
const CONTACT = lexiconPattern(INVITE_LEXICONS.en, "contactPhrases");
/** "Our coordinator Emily Ross will send you the link": a title of someone who only organises. */
const ORGANIZER_TITLE = lexiconPattern(INVITE_LEXICONS.en, "organizerTitles");

/** Zoom's "Mei Tan is inviting you to a scheduled Zoom meeting." */
const HOST = new RegExp(`^(${PERSON}) is inviting you to a scheduled`, "mu");

/** "with me and our design lead, Mia Chen", "meet our CTO Sarah Kim", "in front of their VP Eng, Marcus Feld". */
const TITLED_PERSON_LEAD = String.raw`(?:\b(?:with|meet|meeting|and|in front of)[ ](?:me[ ]and[ ])?|(?:^|[.!?][ ])(?=[OT]))`;
const TITLED_PERSON_TITLE = `(?:${ROLE_WORD_LIST}|[Hh]ead[ ]of[ ][A-Za-z]+|(?:VP|[Vv]ice[ ][Pp]resident|[Dd]irector)(?:[ ]of)?[ ][A-Z][A-Za-z]+|VP|founder|cto|ceo|CTO|CEO|COO|CFO)s?`;
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

/** People named in a plain-text confirmation: "with Priya Patel", "Interviewers: A, B", "Panel:" lists. */
export function findInterviewersInText(text: string): NamedPerson[] {
  const names = new Set<string>();
  const source = text.slice(0, 20_000);
  // One pass finds the label lines; only then are lines split.
  const labelLines = [...source.matchAll(LABEL_LINES)].map((match) => match.index ?? 0);
  const lines = labelLines.length > 0 ? source.split("\n") : [];
  // The line a label starts on: the line breaks before it, counted without cutting the text.
  const lineOf = (offset: number) => {
    let line = 0;
    for (let at = source.indexOf("\n"); at !== -1 && at < offset; at = source.indexOf("\n", at + 1)) line++;
    return line;
  };
  for (const index of labelLines.map(lineOf)) {
    const match = LABEL.exec(lines[index] ?? "");
    if (!match) continue;
    const rest = match[1] ?? "";
    // The names follow on the same line, or as a list below the label.
    const list = rest.trim() ? [rest] : listLines(lines.slice(index + 1, index + 9));
    for (const line of list) {
      // "Raj Patel, Engineering Manager, Routing Platform": after a part that opens with no name,
      // the parts up to the next "and" are its title; a line below the label that opens with no
      // name is a sentence after the list.
      const groups = line.replace(/^\s*(?:[*•-]|\d+[.)])\s*/, "").split(/;|\band\b|\s&\s/);
      const opening = groups.flatMap((group) => {
        const leading: string[] = [];
        for (const part of group.split(/,(?![^(]*\))/)) {
          const words = part.replace(/\([^)]*\)/g, "").trim();
          const name = namesIn(words)[0];
          if (!name || !words.startsWith(name)) break;
          leading.push(name);
        }
        return leading;
      });
      const first = groups[0]?.replace(/\([^)]*\)/g, "").trim();
      if (!rest.trim() && !(opening[0] && first?.startsWith(opening[0]))) break;
      for (const name of opening) names.add(name);
      if (names.size >= 20) break;
    }
  }
  const labelled = new Set(names);
  const host = source.includes(" is inviting you") ? HOST.exec(source)?.[1] : undefined;
  if (host && PERSON_EXACT.test(host)) names.add(host);
  // Both phrase patterns need words a plain scan finds quickly; most invitations skip one of them.
  if (/\b(?:[Oo]ur|[Tt]heir|[Tt]he|my) [A-Za-z]/.test(source))
    for (const match of source.matchAll(TITLED_PERSON)) {
      const name = match[1]?.trim() ?? "";
      if (ORGANIZER_TITLE.test(match[0])) continue;
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
      // "Thanks for speaking with Paul Grant last week": someone met before, not in this meeting.
      if (PAST_MEETING.test(clauseAround(source, at, at + match[0].length))) continue;
      if (CONTACT.test(clauseBefore(source, at + match[0].length - (match[1]?.length ?? 0)))) continue;
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
