/**
 * The people an invitation introduces, read by one grammar over each language's lexicon rows:
 * label lists ("Mit:", "Avec :"), words before the people met ("with", "avec", "con", "met"),
 * verbs whose parts close around them ("nehmen … teil"), what the people named first will do
 * ("La chiamerà"), lists joined by commas and "and" words, role appositions after a name, and the
 * writer among them ("und ich", "en met mij", "ondergetekende").
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { clauseAround, clauseBefore, labelSentence, SENTENCE } from "./clauses";
import { namedByShape } from "./first-names";
import { lexiconPattern, phraseAlternatives, phrasePattern } from "./invite-language";
import {
  FIRST_NAME,
  isAName,
  LEADING_INITIALISM,
  LEADING_PERSON,
  type NamedPerson,
  NOT_AFTER_A_NAME,
  ONE_LOWER_WORD,
  opensWith,
  withoutJobTitle,
  withoutLowerRole,
  writtenWhole,
} from "./person-names";

export interface LanguagePeople {
  /** "Mit: …", "Ihre Gesprächspartner:", "Do lado da Tecnisys estarão:": a label line, up to five words before it. */
  readonly label: RegExp;
  readonly cue: RegExp;
  /** "nehmen … teil", "schuift … aan": verbs whose parts close around the people. */
  readonly around: RegExp | null;
  /** The writer among the people met ("ich werde ebenfalls dabei sein", "vou eu e"). */
  readonly writerJoins: RegExp;
  /** "les participants (…)", "partecipanti: …": a label inside a sentence, its list after it. */
  readonly labelInProse: RegExp;
  readonly and: RegExp;
  /** An "and" word opening a part: "and Kevin Lam …". */
  readonly andOpening: RegExp;
  /** Articles and colleague words before a name ("la", "o", "mein Kollege"), removed. */
  readonly before: RegExp;
  /** A list part that is the writer ("ich", "moi-même"). */
  readonly self: RegExp;
  /** A list part that is the writer inside a verb's frame ("sind … und ich beim Gespräch dabei"): whatever follows. */
  readonly selfInFrame: RegExp;
  /** A list part that is the writer as an object ("mir", "conmigo"): met only beside someone else. */
  readonly selfObject: RegExp;
  /** "will call you", "La chiamerà": what the people opening the clause before it will do. */
  readonly acts: RegExp;
  /** An agenda's line: a time or a range, then who ("9:30 - 10:15  Gwen Park, CFO", "• 9:30 – Dr. Ada Obi, VP"). */
  readonly agenda: RegExp;
  /** "danke für das Telefonat mit …", "suite à votre échange avec …": a meeting that was. */
  readonly pastMeeting: RegExp;
  /** "bei Fragen wenden Sie sich an …", "qualquer dúvida, fale com …": whom to ask, not whom to meet. */
  readonly contact: RegExp;
  readonly moved: RegExp;
  readonly still: RegExp;
  /** The bare "with" words among the words before names ("with", "mit", "avec", "met"). */
  readonly prepositions: ReadonlySet<string>;
  /** The words of the people phrases and the pronouns ("quien", "ihnen", "she"): no first name. */
  readonly phraseWords: ReadonlySet<string>;
}

const peopleWords = new WeakMap<InviteLexicon, LanguagePeople>();
/** A clock time on an agenda: "9:30", "14.00", "9h30", "10 am", "11 Uhr". */
const AGENDA_TIME = "\\d{1,2}(?:[:.h]\\d{2})?(?:[ \\t]*(?:am|pm|uhr|u|h))?";
/** One character of a clause; the dot of "Mag.", "Dr." or "DI." does not end it. */
const AROUND_WORDS = "(?:[^.!?\\n]|(?<=(?:^|[ '’(])\\p{L}{1,4})\\.)";

/**
 * "nehmen … teil", "ist … erkrankt": phrases whose parts close around the people, as one pattern
 * whose groups hold them (one group a phrase); null for no phrase.
 */
export function aroundPattern(phrases: readonly string[]): RegExp | null {
  const pairs = phrases.map((phrase) => phrase.split("…").map((part) => phraseAlternatives([part.trim()])));
  return pairs.length > 0
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${pairs
          .map(([first, second]) => `${first}[ ]+(${AROUND_WORDS}{3,200}?)[ ]+${second}`)
          .join("|")})(?![\\p{L}\\p{N}])`,
        "giu",
      )
    : null;
}

/** A colon after a cue or a few lower-case words on opens its list: "Participarão da entrevista: Bruno …". */
const LIST_COLON = /^(?:[ \t]+\p{Ll}[\p{L}'’-]*){0,3}[ \t]*:/u;

/** A self word no one writes as a plain subject: more than one word, hyphenated or long ("yo misma", "ikzelf"). */
const emphatic = (word: string) => /[\s-]/.test(word) || word.length > 4;

export function peopleWordsOf(lexicon: InviteLexicon): LanguagePeople {
  let words = peopleWords.get(lexicon);
  if (!words) {
    // A phrase that introduces the people met in a sentence labels a list when a colon follows it.
    const withWords = lexicon.withWords.filter((phrase) => !phrase.includes("…"));
    const labels = phrasePattern([...lexicon.interviewerLabels, ...withWords]).source;
    words = {
      label: new RegExp(
        `^[> \\t]*[*•-]?[ \\t]*(?:\\p{L}+[ \\t]+){0,5}?(?:${labels})[ \\t]*:[ \\t]*(.*)$`,
        "iu",
      ),
      cue: phrasePattern(withWords, "giu"),
      around: aroundPattern(lexicon.withWords.filter((phrase) => phrase.includes("…"))),
      writerJoins: phrasePattern(lexicon.writerJoinsPhrases),
      labelInProse: new RegExp(
        `${phrasePattern(lexicon.interviewerLabels).source}[ \\t]*(?:\\(([^)\\n]{3,200})\\)|:[ \\t]*([^\\n)]{3,200}))`,
        "giu",
      ),
      and: phrasePattern(lexicon.andWords, "iu"),
      andOpening: new RegExp(`^(?:${phraseAlternatives(lexicon.andWords)})\\s+`, "iu"),
      before: new RegExp(`^(?:(?:${phraseAlternatives(lexicon.beforeNames)})(?:\\s+|(?<=['’])))+`, "iu"),
      // The part's last word: "Anna Lopez and I.", never "and I will send the link"; an emphatic
      // form ("yo misma", "moi-même", "ikzelf") is the writer whatever follows ("y yo misma el jueves").
      self: new RegExp(
        `^(?:(?:${phraseAlternatives(lexicon.selfWords.filter(emphatic))})(?![\\p{L}\\p{N}])|(?:${phraseAlternatives(lexicon.selfWords)})(?=\\s*(?:[.!?)]|$)))`,
        "iu",
      ),
      selfInFrame: new RegExp(`^(?:${phraseAlternatives(lexicon.selfWords)})(?![\\p{L}\\p{N}])`, "iu"),
      selfObject: new RegExp(`^(?:${phraseAlternatives(lexicon.selfObjectWords)})(?![\\p{L}\\p{N}])`, "iu"),
      acts: phrasePattern(lexicon.peopleActPhrases, "giu"),
      agenda: new RegExp(
        `^[> \\t*•-]*${AGENDA_TIME}(?:[ \\t]*(?:[-–—]|${phraseAlternatives(lexicon.rangeWords)})[ \\t]*${AGENDA_TIME})?[ \\t:|–—-]+(.+)$`,
        "gimu",
      ),
      pastMeeting: lexiconPattern(lexicon, "pastMeetingPhrases"),
      contact: lexiconPattern(lexicon, "contactPhrases"),
      moved: lexiconPattern(lexicon, "reschedulePhrases"),
      still: lexiconPattern(lexicon, "stillWords"),
      prepositions: new Set(lexicon.withWords.filter((phrase) => lexicon.beforeNames.includes(phrase))),
      phraseWords: new Set(
        [
          ...lexicon.withWords,
          ...lexicon.conductPhrases,
          ...lexicon.absencePhrases,
          ...lexicon.peopleActPhrases,
          ...lexicon.writerJoinsPhrases,
          ...lexicon.beforeNames,
          ...lexicon.pronouns,
        ].flatMap((phrase) => phrase.toLowerCase().split(/[\s…]+/)),
      ),
    };
    peopleWords.set(lexicon, words);
  }
  return words;
}

/**
 * "Gui (Guilherme Rocha, nosso CTO)", "Nacho (Ignacio Ferrán)": a short name, then in brackets the
 * whole name it stands for (not a title: "Laura (Marketing Director)"); a surname after a name or a
 * title ("Mag.a Julia Brandstätter (Controlling Großprojekte)") is no short name.
 */
const NICKNAME =
  /(?<!\p{Lu}[\p{L}.'’-]*[ ])\p{Lu}\p{Ll}+[ ]?\((\p{Lu}\p{Ll}+(?:[ ]\p{Lu}[\p{L}'’-]+)+)(?=[,;)])[^)]*\)/gu;

/** What is known around a list of people besides its words. */
interface ListContext {
  /** The writer says they are among the people met ("ich bin auch dabei"). */
  readonly writerJoins?: boolean;
  /** Whether the mail moves a meeting already arranged: read on first need. */
  readonly moved?: () => boolean;
  /**
   * The list follows a bare "with" ("mit", "avec", "con"): "mit Lebenslauf und Zeugnissen", "avec
   * Word et Excel" join things, so two capitalised words joined are no sign of people.
   */
  readonly afterPreposition?: boolean;
  /** The list sits inside a verb's frame ("sind … dabei"): "ich" there is the writer, whatever follows it. */
  readonly inFrame?: boolean;
  /** A verb of holding the meeting names them ("Marcus will be the one interviewing you"): a first name alone is someone. */
  readonly firstNames?: boolean;
}

/**
 * The names a list fragment starts with: "Julien Martin, directeur marketing, et Sophie Bernard";
 * "und ich" names the writer, `sender`. A first name alone counts beside the writer, beside
 * another name after a verb of meeting ("Vous verrez Thomas et Nadia") or in a mail that moves a
 * meeting already arranged with them ("you'll still meet Marcus").
 */
export function listedNames(
  fragment: string,
  { and, before, self: selfAtEnd, selfInFrame, selfObject, phraseWords }: LanguagePeople,
  sender: string | null,
  {
    writerJoins = false,
    moved = () => false,
    afterPreposition = false,
    firstNames: named = false,
    inFrame = false,
  }: ListContext = {},
): string[] {
  const self = inFrame ? selfInFrame : selfAtEnd;
  const names: string[] = [];
  // Both patterns below need a bracket: most fragments have none.
  const unbracketed = fragment.includes("(")
    ? fragment
        .replace(NICKNAME, (all, full: string) => (isAName(full) ? full : all))
        .replace(/\([^)]*\)/g, "")
    : fragment;
  const pieces = unbracketed
    .split(/[;,]|[ ][–—-][ ]/)
    .map((piece) => piece.split(and).map((part) => part.trim()));
  const parts = pieces.flat();
  // "avec moi et Maëlle", "con Fede y conmigo": beside the writer, a colleague is named by first name.
  const withWriter =
    (sender !== null && writerJoins) ||
    parts.some((part) => self.test(part.replace(before, "")) || selfObject.test(part.replace(before, "")));
  let firstNames: boolean | undefined;
  const allowFirstNames = () => {
    firstNames ??= named || withWriter || (!afterPreposition && namedByShape(pieces, before)) || moved();
    return firstNames;
  };
  let objectWriter = false;
  for (const part of parts) {
    const words = part.replace(before, "");
    if (sender && self.test(words)) names.push(sender);
    objectWriter ||= selfObject.test(words);
    const leading = LEADING_PERSON.exec(words)?.[0];
    const name =
      // "unseren Teamleiter Markus Fiedler": a job title before the name is no part of it.
      (leading && isAName(leading) ? leading : LEADING_PERSON.exec(withoutJobTitle(words))?.[0]) ??
      (LEADING_INITIALISM.test(words)
        ? LEADING_PERSON.exec(words.replace(LEADING_INITIALISM, ""))?.[0]
        : undefined) ??
      // "onze partner Ingrid Veldkamp": after an article or a possessive, one word says who they are.
      (words !== part ? LEADING_PERSON.exec(words.replace(ONE_LOWER_WORD, ""))?.[0] : undefined) ??
      LEADING_PERSON.exec(withoutLowerRole(words))?.[0] ??
      (FIRST_NAME.test(words) && allowFirstNames() ? FIRST_NAME.exec(words)?.[0] : undefined);
    if (name && !name.includes(" ") && phraseWords.has(name.toLowerCase())) continue;
    if (name && isAName(name) && !NOT_AFTER_A_NAME.test(words.slice(words.indexOf(name) + name.length)))
      names.push(name);
  }
  // "met Griet Van den Broeck en met mij": the writer as an object is met beside someone else.
  if (sender && objectWriter && names.length > 0 && !names.includes(sender)) names.push(sender);
  return names;
}

/**
 * A list under a label: one person a line, with or without a bullet (in a quoted original too: "> "),
 * up to a blank line or a line naming no one.
 */
function listBelow(
  lines: readonly string[],
  index: number,
  words: LanguagePeople,
  sender: string | null,
): string[] {
  const names: string[] = [];
  for (const line of lines.slice(index + 1, index + 9)) {
    const bare = line.replace(/^[>\s]*(?:[*•–—-]|\d+[.)])?\s*/, "");
    // "- moi-même", "– e comigo (Catarina, People)": the writer on a line of their own, as an
    // object only below someone else.
    const own =
      bare
        .split(words.and)
        .map((part) => part.trim().replace(words.before, ""))
        .find(Boolean) ?? "";
    const writer = sender && (words.self.test(own) || (names.length > 0 && words.selfObject.test(own)));
    const first = writer ? sender : listedNames(bare, words, null)[0];
    if (!first) break;
    names.push(first);
  }
  return names;
}

/**
 * The people a clause opens with, as the subject of what follows it: "Il Dott. Riccardo Villa,
 * responsabile …" or, after a title and its comma, "Unser CTO, Herr Max Kühn"; none otherwise.
 */
export function subjectNames(
  clause: string,
  words: LanguagePeople,
  sender: string | null,
  context: ListContext,
): string[] {
  const names = listedNames(clause, words, sender, context);
  // "…, and Kevin Lam from engineering will join me": the part after the comma opens with its "and".
  const [opening = "", second = ""] = clause
    .split(",")
    .map((part) => part.trim().replace(words.andOpening, "").replace(words.before, ""));
  // "Eu e a Sofia Almeida vamos …": the writer opening the clause is its subject too.
  const [first] = names;
  const subject =
    first === sender
      ? words.self.test((opening.split(words.and)[0] ?? "").trim())
      : first &&
        // "Mijn compagnon Thijs Bakker": after a possessive, one word says who they are.
        [opening, second].some(
          (part) => opensWith(part, first) || opensWith(part.replace(ONE_LOWER_WORD, ""), first),
        );
  return subject ? names : [];
}

/**
 * People named in an invitation in another language: label lists ("Mit:", "Avec :"), "mit …"
 * phrases, labels in a sentence ("les participants (…)"). `writer` is the writer's name, for
 * "und ich", unless they say they will not be there.
 */
export function findInterviewersInLanguage(
  text: string,
  lexicon: InviteLexicon,
  writer: string | null = null,
): NamedPerson[] {
  const words = peopleWordsOf(lexicon);
  const { label, cue, labelInProse, around } = words;
  const labelled = new Set<string>();
  const named = new Set<string>();
  const source = text.slice(0, 20_000);
  const sender = writer && !lexiconPattern(lexicon, "writerAbsentPhrases").test(source) ? writer : null;
  const lines = source.split("\n");
  lines.forEach((line, index) => {
    // A label ends at its colon: most lines have none, and the label's pattern is costly to try.
    const match = line.includes(":") ? label.exec(labelSentence(line)) : null;
    if (!match) return;
    const rest = match[1]?.trim() ?? "";
    for (const name of rest ? listedNames(rest, words, sender) : listBelow(lines, index, words, sender))
      labelled.add(name);
  });
  for (const match of source.matchAll(labelInProse))
    for (const name of listedNames(match[1] ?? SENTENCE.exec(match[2] ?? "")?.[0] ?? "", words, sender))
      labelled.add(name);
  const joins = words.writerJoins.test(source);
  let moves: boolean | undefined;
  const moved = () => {
    moves ??= words.moved.test(source);
    return moves;
  };
  for (const match of source.matchAll(cue)) {
    const from = (match.index ?? 0) + match[0].length;
    if (words.pastMeeting.test(clauseAround(source, match.index ?? 0, from))) continue;
    const sentence = SENTENCE.exec(source.slice(from, from + 200).replace(LIST_COLON, ""))?.[0] ?? "";
    const afterPreposition = words.prepositions.has(match[0].toLowerCase());
    // After a bare "with", a moved meeting's first name is the person met as before only when the
    // clause says so ("wieder mit Jonas"), never "check in with Reception".
    const movedWithThem = afterPreposition
      ? () => moved() && words.still.test(clauseAround(source, match.index ?? 0, from))
      : moved;
    const names = listedNames(sentence, words, sender, {
      writerJoins: joins,
      moved: movedWithThem,
      afterPreposition,
    });
    // "Bei Fragen wenden Sie sich an …", "qualquer dúvida, fale com …": whom to ask, not whom to meet.
    if (names.length > 0 && words.contact.test(clauseBefore(source, from))) continue;
    for (const name of names) if (!labelled.has(name)) named.add(name);
    if (named.size >= 20) break;
  }
  if (around)
    for (const match of source.matchAll(around)) {
      const list = match.slice(1).find(Boolean) ?? "";
      for (const name of listedNames(list, words, sender, { writerJoins: joins, inFrame: true }))
        if (!labelled.has(name)) named.add(name);
    }
  for (const match of source.matchAll(words.agenda)) {
    // "Gwen Park, CFO": on an agenda, a name is followed by who they are, not by what happens.
    const rest = (match[1] ?? "").replace(words.before, "");
    const name = LEADING_PERSON.exec(rest)?.[0];
    if (name && isAName(name) && /^\s*(?:,|\(|[-–—|]\s)/.test(rest.slice(name.length))) labelled.add(name);
  }
  for (const match of source.matchAll(words.acts)) {
    // "Il Dott. Riccardo Villa, responsabile …, La chiamerà", "Unser CTO, Herr Max Kühn, ruft Sie
    // an": the clause opens with a name, or with a title and the name after its comma.
    const clause = clauseBefore(source, match.index ?? 0);
    // "If you have questions, Sam Lee will be there to help": whom to ask, not whom to meet.
    if (words.contact.test(clause)) continue;
    // "Priyanka will call you": a first name alone counts when the mail writes it whole ("Hi Priyanka Shah,").
    let plain: string[] | undefined;
    const plainNames = () => {
      plain ??= subjectNames(clause, words, sender, { writerJoins: joins });
      return plain;
    };
    for (const name of subjectNames(clause, words, sender, { writerJoins: joins, firstNames: true })) {
      const whole = name.includes(" ") ? name : writtenWhole(name, source);
      const read = whole.includes(" ") || plainNames().includes(name);
      if (read && !labelled.has(whole)) named.add(whole);
    }
  }
  return [
    ...[...labelled].map((name) => ({ name: writtenWhole(name, source), email: null, labelled: true })),
    // "It'll be Jordan Pryce and me": the writer who counts themself in says so, whatever their title.
    ...[...named].map((name) => ({
      name: writtenWhole(name, source),
      email: null,
      labelled: name === sender,
    })),
  ].slice(0, 20);
}
