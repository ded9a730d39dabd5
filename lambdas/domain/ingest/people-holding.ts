/**
 * Who holds the interview, by the verbs of holding it ("Nils Brandt führt das Gespräch", "Te va a
 * entrevistar la Cdora. Valeria Ferreyra", "sarà il dott. Rossi a farti il colloquio") and, in a
 * mail that moves it, by the absence that moved it ("leider ist Herr Brandt kurzfristig erkrankt"):
 * whose absence moved it still holds it. Each lexicon phrase marks with "…" where the person is.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { clauseBefore, SENTENCE, sentenceBefore } from "./clauses";
import { lexiconPattern, phrasePattern } from "./invite-language";
import { meetingVerbPhrases, notMetThere } from "./meeting-verbs";
import {
  aroundPattern,
  type LanguagePeople,
  listedNames,
  peopleWordsOf,
  subjectNames,
} from "./people-language";
import { type NamedPerson, writtenWhole } from "./person-names";

/** One table of phrases with a person's place, split by where the person is. */
interface Slots {
  /** Any of the phrases' words: whether the table has anything to read in a mail, tried first. */
  readonly any: RegExp;
  readonly before: RegExp | null;
  readonly after: RegExp | null;
  readonly around: RegExp | null;
}

const NOTHING = /(?!)/;

function slotsOf(phrases: readonly string[]): Slots {
  const before = phrases.filter((phrase) => phrase.startsWith("…")).map((phrase) => phrase.slice(1).trim());
  const after = phrases.filter((phrase) => phrase.endsWith("…")).map((phrase) => phrase.slice(0, -1).trim());
  // "vous serez appelée … par …": a gap inside a phrase whose person follows it is no frame.
  const around = phrases.filter(
    (phrase) => !phrase.startsWith("…") && !phrase.endsWith("…") && phrase.includes("…"),
  );
  const pattern = (list: readonly string[]) => (list.length > 0 ? phrasePattern(list, "giu") : null);
  return {
    // No phrase (English has no verbs of meeting with an object before them): nothing to find.
    any:
      phrases.length === 0
        ? NOTHING
        : phrasePattern(
            phrases.flatMap((phrase) =>
              phrase
                .split("…")
                .map((part) => part.trim())
                .filter(Boolean),
            ),
          ),
    before: pattern(before),
    after: pattern(after),
    around: aroundPattern(around),
  };
}

interface Holding {
  readonly conduct: Slots;
  /** The verbs of meeting the candidate beside the candidate as object (./meeting-verbs). */
  readonly meeting: Slots;
  readonly absence: Slots;
  /** The reschedule phrases, every one of them in a mail. */
  readonly moves: RegExp;
  /** "che", "que", "dass": where a subordinate clause opens. */
  readonly that: RegExp;
}

const slotsByLexicon = new WeakMap<InviteLexicon, Holding>();

function holdingSlots(lexicon: InviteLexicon): Holding {
  let slots = slotsByLexicon.get(lexicon);
  if (!slots) {
    slots = {
      conduct: slotsOf(lexicon.conductPhrases),
      meeting: slotsOf(meetingVerbPhrases(lexicon)),
      absence: slotsOf(lexicon.absencePhrases),
      moves: phrasePattern(lexicon.reschedulePhrases, "giu"),
      that: phrasePattern(lexicon.thatWords, "iu"),
    };
    slotsByLexicon.set(lexicon, slots);
  }
  return slots;
}

/**
 * The part of a clause an absence is said of, when the clause opens with no one: after its last
 * comma or dash, without up to two lower-case words opening it ("sorry, Jens ist …", "Hey Jordan - Nadia came down with …",
 * "pero Andrés Vidal tiene …", "infelizmente o Sr. Rui Costa estará ausente").
 */
function absentPart(clause: string): string {
  const part =
    clause
      .split(/,|[ \t][-–—][ \t]/)
      .at(-1)
      ?.trim() ?? "";
  return part.replace(LEADING_LOWER_WORDS, "");
}
const LEADING_LOWER_WORDS = /^(?:\p{Ll}[\p{L}-]*[ ]+){1,2}(?=\p{Lu})/u;
const TRAILING_BRACKET = /\s*\([^)]*\)$/;
/** The frame's own first word, repeated in its last clause: "a" of "a … le surgió". */
const FRAME_OPENING = /^\p{Ll}{1,3}[ ]+(?=\p{Lu})/u;

/** How a table's places are read. */
interface SlotReading {
  /** An absence: the absent one may be named right before what they are said to be. */
  readonly absence?: boolean;
  /** The words that open a subordinate clause ("che", "que", "dass"), its subject after them. */
  readonly that: RegExp;
  /** The verbs of meeting of this lexicon (./meeting-verbs): never at a front desk, their subject right after them. */
  readonly meeting?: InviteLexicon;
}

/**
 * The people in the phrases' places: the clause's subject before (for an absence, the part it is
 * said of), the sentence after, the words between; "Bram is woensdag helaas verhinderd", where the
 * words between name no one, says it of the clause's subject.
 */
function namesInSlots(
  source: string,
  slots: Slots,
  words: LanguagePeople,
  sender: string | null,
  { absence = false, that, meeting }: SlotReading,
): string[] {
  const context = { firstNames: true };
  const names: string[] = [];
  const subjectBefore = (at: number, strict = false) => {
    const clause = clauseBefore(source, at);
    // "Le comunichiamo che l'Avv. Bianchi e l'Avv. Moretti La riceveranno": the subject opens the part after "che".
    const subordinate = () => clause.split(that).at(-1)?.trim() ?? "";
    const opening = strict ? [] : subjectNames(clause, words, sender, context);
    const names =
      opening.length > 0 || strict ? opening : subjectNames(subordinate(), words, sender, context);
    if (names.length > 0 || !absence) return names;
    // The absent one is named right before what they are said to be: "pero Andrés Vidal (CTO) tiene".
    const part = absentPart(clause).replace(TRAILING_BRACKET, "");
    return subjectNames(part, words, sender, context).filter((name) => part.endsWith(name));
  };
  const shows = (match: RegExpMatchArray) =>
    meeting !== undefined &&
    notMetThere(source, match.index ?? 0, (match.index ?? 0) + match[0].length, meeting);
  // After a verb of meeting, its subject follows it ("Lo recibirán la Directora, Marta Salinas"),
  // not whatever the sentence names later ("La riceveranno venerdì … presso lo Studio, Torino").
  const namesAfter = (sentence: string) =>
    meeting ? subjectNames(sentence, words, sender, context) : listedNames(sentence, words, sender, context);
  if (slots.before)
    for (const match of source.matchAll(slots.before))
      if (!shows(match)) names.push(...subjectBefore(match.index ?? 0));
  if (slots.after)
    for (const match of source.matchAll(slots.after)) {
      if (shows(match)) continue;
      const from = (match.index ?? 0) + match[0].length;
      const sentence = (SENTENCE.exec(source.slice(from, from + 200))?.[0] ?? "").trimStart();
      const read = namesAfter(sentence);
      // "Te llamará personalmente Rocío Benítez": an adverb between the verb and the person.
      names.push(...(read.length > 0 ? read : namesAfter(sentence.replace(LEADING_LOWER_WORDS, ""))));
    }
  if (slots.around)
    for (const match of source.matchAll(slots.around)) {
      const framed = match.slice(1).find(Boolean) ?? "";
      // "el cambio a último momento: a Tomi le surgió": the frame opened too early; its last clause holds the person.
      const list = absence ? (framed.split(/[:;]/).at(-1) ?? "").trim().replace(FRAME_OPENING, "") : framed;
      const between = listedNames(list, words, sender, { ...context, inFrame: true });
      names.push(...(between.length > 0 || !absence ? between : subjectBefore(match.index ?? 0, true)));
    }
  return names;
}

/**
 * "Herr Tobias Frank ist leider krankheitsbedingt ausgefallen, daher verlegen wir Ihr Gespräch",
 * "Because Greg Tan had to fly out, we've moved your interview": the person a sentence that moves
 * the interview opens with, whole names only.
 */
function movedBy(source: string, moves: RegExp, words: LanguagePeople): string[] {
  return [...source.matchAll(moves)].flatMap((match) =>
    subjectNames(sentenceBefore(source, match.index ?? 0), words, null, {}),
  );
}

/**
 * The people who hold the interview, by a verb of holding it or, when the mail moves it, by the
 * absence that moved it (with no one else named, whoever the sentence moving it opens with);
 * `writer` for "and I", unless they say they will not be there.
 */
export function findHoldersInLanguage(
  text: string,
  lexicon: InviteLexicon,
  writer: string | null,
  othersNamed: boolean,
): NamedPerson[] {
  const source = text.slice(0, 20_000);
  const { conduct, meeting, absence, moves, that } = holdingSlots(lexicon);
  // Most mails have no such phrase: one test each before any reading.
  const holds = conduct.any.test(source);
  const meets = meeting.any.test(source);
  const absent = absence.any.test(source);
  if (!holds && !meets && !absent && othersNamed) return [];
  const words = peopleWordsOf(lexicon);
  const sender = writer && !lexiconPattern(lexicon, "writerAbsentPhrases").test(source) ? writer : null;
  const names = new Set([
    ...(holds ? namesInSlots(source, conduct, words, sender, { that }) : []),
    ...(meets ? namesInSlots(source, meeting, words, sender, { that, meeting: lexicon }) : []),
  ]);
  if ((absent || (!othersNamed && names.size === 0)) && words.moved.test(source)) {
    for (const name of absent ? namesInSlots(source, absence, words, sender, { absence: true, that }) : [])
      names.add(name);
    if (!othersNamed && names.size === 0) for (const name of movedBy(source, moves, words)) names.add(name);
  }
  return [...names]
    .slice(0, 20)
    .map((name) => ({ name: writtenWhole(name, source), email: null, labelled: true }));
}
