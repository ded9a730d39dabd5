/**
 * Who joins the meeting, read by one grammar over each language's `peopleRoles` table: a verb of
 * joining ("Tom Baxter (Head of Data) will join", "Ellen Smit (P&O) schuift ook aan", "Va a estar
 * también Lucía Benítez", "Dan schuift Mirjam ook aan") makes whoever it is said of (the clause's
 * subject before it, the people right after it or between its parts) a person met, unless the
 * clause denies it or sends the candidate there with questions. Joining "us" puts the writer among
 * them; so does an "also" when no one else is met, unless the writer signs as one who only
 * arranges. Whoever "accompanied by", "as well as" adds beside someone met is met too.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { findCoordinators } from "./attendees";
import { clauseBefore, SENTENCE, sentenceBefore } from "./clauses";
import { lexiconPattern, phrasePattern } from "./invite-language";
import {
  aroundPattern,
  type LanguagePeople,
  listedNames,
  peopleWordsOf,
  subjectNames,
} from "./people-language";
import { type NamedPerson, writtenWhole } from "./person-names";

interface JoinPatterns {
  /** Any verb of joining, tried once before any reading: most mails have none. */
  readonly any: RegExp;
  /** The verbs written whole ("will join", "se joindra"). */
  readonly verbs: RegExp | null;
  /** The verbs whose parts close around the people ("schuift … aan"), a group holding what is between. */
  readonly framed: RegExp | null;
  readonly not: RegExp;
  readonly also: RegExp;
  readonly us: RegExp;
  /** The writer's side right after a verb, a preposition between: "join us", "à nous", "con nosotros". */
  readonly usAfter: RegExp;
  readonly beside: RegExp;
  /** The writer beside the people joining: "oltre a me", "along with me", "junto conmigo". */
  readonly besideUs: RegExp;
  readonly frontDesk: RegExp;
  /** The tables' words: "Oltre" opening a clause is no one's first name. */
  readonly words: ReadonlySet<string>;
}

const patternsByLexicon = new WeakMap<InviteLexicon, JoinPatterns>();

function patternsOf(lexicon: InviteLexicon): JoinPatterns {
  let found = patternsByLexicon.get(lexicon);
  if (!found) {
    const { joinVerbs, notWords, alsoWords, usWords, besideWords } = lexicon.peopleRoles;
    const whole = joinVerbs.filter((verb) => !verb.includes("…"));
    const us = phrasePattern(usWords);
    found = {
      any: phrasePattern(joinVerbs),
      verbs: whole.length > 0 ? phrasePattern(whole, "giu") : null,
      framed: aroundPattern(joinVerbs.filter((verb) => verb.includes("…"))),
      not: phrasePattern(notWords),
      also: phrasePattern(alsoWords),
      us,
      usAfter: new RegExp(`^[ ]*(?:\\p{L}{1,4}[ ]+)?${us.source}`, "iu"),
      beside: phrasePattern(besideWords, "giu"),
      frontDesk: lexiconPattern(lexicon, "frontDeskWords"),
      besideUs: new RegExp(`${phrasePattern(besideWords).source}[ ]+${us.source}`, "iu"),
      words: new Set(
        [...joinVerbs, ...alsoWords, ...besideWords, ...notWords].flatMap((phrase) =>
          phrase.toLowerCase().split(/[\s…]+/),
        ),
      ),
    };
    patternsByLexicon.set(lexicon, found);
  }
  return found;
}

/** Up to four lower-case words before the people after a verb: "también", "anche l'", "en la entrevista el". */
const LEADING_LOWER_WORDS = /^[ ,]*(?:\p{Ll}[\p{L}'’-]*[ ]+){1,4}(?=\p{Lu})/u;

/** What one verb of joining says: whom it names, and whether it puts the writer or someone else beside them. */
interface Joined {
  readonly names: string[];
  readonly us: boolean;
  readonly also: boolean;
}

function readJoin(
  source: string,
  at: number,
  end: number,
  between: string | null,
  patterns: JoinPatterns,
  words: LanguagePeople,
): Joined | null {
  const clause = clauseBefore(source, at);
  const verb = source.slice(at, end);
  const after = SENTENCE.exec(source.slice(end, end + 200))?.[0] ?? "";
  // "kann leider nicht dabei sein", "won't be joining": denied; "for questions, Sam will join": asked.
  if (
    // Only the clause's last part: "Leider kann Herr Brandt nicht, stattdessen ist Frau Koch dabei".
    patterns.not.test(`${clause.split(",").at(-1)} ${verb}`) ||
    words.contact.test(clause) ||
    words.pastMeeting.test(clause) ||
    // "Rosa te recibirá en recepción y te acompañará": who meets them at a front desk shows the way.
    patterns.frontDesk.test(`${sentenceBefore(source, at)} ${verb} ${after}`)
  )
    return null;
  const context = { firstNames: true, inFrame: true };
  // "sitzt noch Frau Lisa Hahn mit am Tisch": the frame's own adverbs before the people.
  const inFrame = between ? listedNames(between.replace(LEADING_LOWER_WORDS, ""), words, null, context) : [];
  const before = inFrame.length > 0 ? [] : subjectNames(clause, words, null, { firstNames: true });
  const rest = after.replace(LEADING_LOWER_WORDS, "");
  // "Se nos unirá también Valentina Castro": after the verb when nothing before or inside it names anyone.
  const following = inFrame.length > 0 || before.length > 0 ? [] : subjectNames(rest, words, null, context);
  return {
    names: [...inFrame, ...before, ...following].filter(
      (name) => name.includes(" ") || !patterns.words.has(name.toLowerCase()),
    ),
    us: patterns.us.test(verb) || patterns.usAfter.test(after) || patterns.besideUs.test(clause),
    also: patterns.also.test(`${clause} ${verb} ${after.slice(0, 30)}`),
  };
}

/** Every verb of joining in the text, read. */
function joinsIn(source: string, patterns: JoinPatterns, words: LanguagePeople): Joined[] {
  const joins: Joined[] = [];
  if (patterns.verbs)
    for (const match of source.matchAll(patterns.verbs)) {
      const at = match.index ?? 0;
      const read = readJoin(source, at, at + match[0].length, null, patterns, words);
      if (read) joins.push(read);
    }
  if (patterns.framed)
    for (const match of source.matchAll(patterns.framed)) {
      const at = match.index ?? 0;
      const between = match.slice(1).find(Boolean) ?? "";
      const read = readJoin(source, at, at + match[0].length, between, patterns, words);
      if (read) joins.push(read);
    }
  return joins;
}

/**
 * The people the verbs of joining name, and the writer (`writer`) when they join "us" or when an
 * "also" has no one else to stand beside (`othersMet`: someone else is read as met).
 */
export function findJoiners(
  text: string,
  lexicon: InviteLexicon,
  writer: string | null,
  othersMet: boolean,
): NamedPerson[] {
  const source = text.slice(0, 20_000);
  const patterns = patternsOf(lexicon);
  if (!patterns.any.test(source)) return [];
  const joins = joinsIn(source, patterns, peopleWordsOf(lexicon));
  const names = new Set(joins.flatMap((join) => join.names).map((name) => writtenWhole(name, source)));
  const writerMet =
    writer !== null &&
    !names.has(writer) &&
    joins.some((join) => join.us || (join.also && !othersMet)) &&
    !lexiconPattern(lexicon, "writerAbsentPhrases").test(source) &&
    findCoordinators(source, [writer], lexicon).length === 0;
  if (writerMet && writer) names.add(writer);
  return [...names].slice(0, 20).map((name) => ({ name, email: null, labelled: true }));
}

/**
 * "Vous rencontrerez Mme Perrot, accompagnée de M. Le Goff", "with Ana Ruiz as well as Tomás
 * Gil": after a word that adds someone beside a person met (`met`) in the same sentence, whoever
 * it names is met too.
 */
export function peopleBesideMet(text: string, lexicon: InviteLexicon, met: readonly string[]): NamedPerson[] {
  if (met.length === 0) return [];
  const source = text.slice(0, 20_000);
  const { beside } = patternsOf(lexicon);
  const names: string[] = [];
  let words: LanguagePeople | undefined;
  for (const match of source.matchAll(beside)) {
    const at = match.index ?? 0;
    const sentence = sentenceBefore(source, at);
    if (!met.some((name) => sentence.includes(name.split(" ").at(-1) ?? name))) continue;
    words ??= peopleWordsOf(lexicon);
    const end = at + match[0].length;
    const after = (SENTENCE.exec(source.slice(end, end + 200))?.[0] ?? "").replace(LEADING_LOWER_WORDS, "");
    names.push(...subjectNames(after.trim(), words, null, {}));
  }
  return [...new Set(names)].map((name) => ({ name, email: null, labelled: true }));
}
