/**
 * Which of several slots a message settles on, as a person reads it. Read only when the readers
 * found more than one instant (./meeting-time for English, ./chrono-time for the others), so a
 * message with one time costs nothing here. Two general rules over lexicon rows:
 *
 * - A message that moves the interview: the slot its words mark as the old one ("from", "was set
 *   for", "von", "ne sera pas disponible", "… muss entfallen") loses; the one marked as where it
 *   goes ("to", "auf", "au", "para", "naar") wins.
 * - A thread: the newest message's slot wins over the quoted ones; when it names only a weekday, a
 *   date or "the second option", the earlier proposal it names gives the full slot.
 *
 * Two slots left and nothing to choose between them stay open: asking costs less than a wrong reminder.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { LANGS } from "../language/lang";
import { LEXICONS } from "../language/lexicons";
import { civilFromDays, isoWeekday, SECONDS_PER_DAY } from "./civil";
import { lexiconPattern, phraseAlternatives, phrasePattern } from "./invite-language";
import type { FoundTime, SlotMention, WhenResult } from "./meeting-time";

/** A day the newest message names without a time: a date, or a weekday alone. */
export interface DayReference {
  readonly day: number;
  readonly weekdayOnly: boolean;
}

export interface SlotContext {
  readonly lexicon: InviteLexicon;
  /** Where the forward's earlier levels start in the text (Outlook header blocks, "Original Message"). */
  readonly levelStarts: readonly number[];
  /** The days a stretch of text names without a time, read by the language's date reader. */
  readonly daysIn: (text: string) => readonly DayReference[];
}

export type SlotChoice =
  | { readonly kind: "chosen"; readonly time: FoundTime }
  | { readonly kind: "open"; readonly reason?: string }
  | null;

interface SlotPatterns {
  readonly moved: RegExp;
  readonly dayShift: RegExp;
  readonly sameTime: RegExp;
  readonly insteadOf: RegExp;
  readonly from: RegExp;
  readonly to: RegExp;
  readonly dropped: RegExp;
  readonly ordinal: RegExp;
  readonly dayOfMonth: RegExp;
}

const patterns = new WeakMap<InviteLexicon, SlotPatterns>();

/** What may stand between a marker and the date it marks: an article, a weekday before a comma. */
export const ARTICLE_AND_WEEKDAY = String.raw`(?:\s+\p{L}{1,4}\.?)?(?:\s+\p{L}+,)?`;

/**
 * A marker right before a slot: one short word (an article: "den", "le", "el") and a weekday
 * before a comma ("statt am Mittwoch, 14.04.") may stand between them.
 */
const endsWith = (phrases: readonly string[]) =>
  new RegExp(`(?<![\\p{L}'’])(?:${phraseAlternatives(phrases)})${ARTICLE_AND_WEEKDAY}[\\s,:]*$`, "iu");

function patternsOf(lexicon: InviteLexicon): SlotPatterns {
  let built = patterns.get(lexicon);
  if (!built) {
    const ordinals = lexicon.ordinalWords.flat();
    const options = phraseAlternatives(lexicon.optionWords);
    built = {
      moved: lexiconPattern(lexicon, "reschedulePhrases"),
      dayShift: phrasePattern(Object.keys(lexicon.dayShiftPhrases), "giu"),
      sameTime: lexiconPattern(lexicon, "sameTimeWords"),
      insteadOf: endsWith(lexicon.insteadOfWords),
      from: endsWith(lexicon.movedFromWords),
      to: endsWith(lexicon.movedToWords),
      dropped: new RegExp(
        `^[\\s,)]*(?:\\p{L}+\\s+)?(?:${phraseAlternatives(lexicon.slotDroppedWords)})(?![\\p{L}])`,
        "iu",
      ),
      // "the second option", "den zweiten Termin", "option 2", "Termin Nr. 2".
      ordinal: new RegExp(
        `(?<![\\p{L}])(?:(${phraseAlternatives(ordinals)})\\s+(?:\\p{L}+\\s+)?(?:${options})|(?:${options})\\s*(?:nr\\.?|n[.º°]|#)?\\s*(\\d|[a-d](?![\\p{L}'’]))(?![\\d:]|\\.\\d))(?![\\p{L}])`,
        "iu",
      ),
      dayOfMonth: new RegExp(
        `(?<![\\p{L}])(?:${phraseAlternatives(lexicon.dayOfMonthWords)})\\s+(\\d{1,2})(?![\\d:]|[.,]\\d|\\s*h)`,
        "iu",
      ),
    };
    patterns.set(lexicon, built);
  }
  return built;
}

const insteadOfPatterns = new WeakMap<InviteLexicon, RegExp>();

/**
 * Words right before the slot a moved meeting had ("au lieu du", "en vez del"): an article and a
 * weekday may stand between them and the date ("statt am Mittwoch, 14.04.").
 */
export function insteadOfPattern(lexicon: InviteLexicon): RegExp {
  let pattern = insteadOfPatterns.get(lexicon);
  if (!pattern) {
    pattern = new RegExp(
      `(?:${lexiconPattern(lexicon, "insteadOfWords").source})${ARTICLE_AND_WEEKDAY}\\s*$`,
      "iu",
    );
    insteadOfPatterns.set(lexicon, pattern);
  }
  return pattern;
}

/**
 * A message whose one slot is the one it leaves, then words that keep its time ("en vez del
 * martes a las 10:30, el miércoles 2, a la misma hora"): that slot, for {@link chooseSlot} to
 * carry to the new day. Null otherwise.
 */
export function slotKeptOnAnotherDay(
  text: string,
  replaced: readonly SlotMention[],
  lexicon: InviteLexicon,
): WhenResult | null {
  const [old, ...others] = replaced;
  if (!old || others.some((mention) => mention.time.start !== old.time.start)) return null;
  return patternsOf(lexicon).sameTime.test(text.slice(old.end))
    ? { kind: "found", time: old.time, slots: [old] }
    : null;
}

/** "On … wrote:", "Am … schrieb …:", "Le … a écrit :": a line over a quoted earlier message. */
const ATTRIBUTION = new RegExp(
  `^[> ]*[^\\n]{0,250}?(?:${phraseAlternatives(LANGS.flatMap((lang) => LEXICONS[lang].quote.wrote))})(?![\\p{L}])[^\\n:]{0,120}:[ \\t]*$`,
  "gimu",
);

/** Where the earlier messages of a thread start in the text: header blocks, "wrote:" lines, quotes. */
function earlierStarts(text: string, levelStarts: readonly number[]): number[] {
  const starts = [...levelStarts];
  for (const match of text.matchAll(ATTRIBUTION)) starts.push(match.index);
  const quoted = /^>/m.exec(text);
  if (quoted) starts.push(quoted.index);
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** The newest message of a thread quoted inline: the text before its first "wrote:" line or quote. */
export function newestPart(text: string): string {
  return text.slice(0, earlierStarts(text, [])[0] ?? text.length);
}

const localDay = (time: FoundTime) =>
  Math.floor((time.start + time.zone.offsetAt(time.start)) / SECONDS_PER_DAY);

/** The distinct instants of mentions, in the order first written. */
function instants(mentions: readonly SlotMention[]): FoundTime[] {
  const seen = new Map<number, FoundTime>();
  for (const mention of mentions)
    if (!seen.has(mention.time.start)) seen.set(mention.time.start, mention.time);
  return [...seen.values()];
}

function chosen(time: FoundTime, guess: string): SlotChoice {
  return { kind: "chosen", time: { ...time, guesses: [...time.guesses, guess] } };
}

/**
 * The old slots dropped: those after "instead of" or before "no longer works", and in a message
 * that moves the meeting those after "from"; then the one left or the one marked as the
 * destination. "open" when an old slot was named and two new ones are offered.
 */
function movedChoice(text: string, mentions: readonly SlotMention[], slot: SlotPatterns): SlotChoice {
  const moving = slot.moved.test(text);
  const before = (mention: SlotMention) => {
    const sentence = text.slice(Math.max(0, mention.at - 80), mention.at);
    return sentence.slice(Math.max(sentence.lastIndexOf("\n"), 0));
  };
  const old = new Set<number>();
  const destined = new Set<number>();
  for (const mention of mentions) {
    const words = before(mention);
    if (moving && slot.to.test(words)) destined.add(mention.time.start);
    else if (
      slot.insteadOf.test(words) ||
      (moving && slot.from.test(words)) ||
      slot.dropped.test(text.slice(mention.end, mention.end + 40))
    )
      old.add(mention.time.start);
  }
  if (old.size === 0 && destined.size === 0) return null;
  const left = instants(mentions).filter((time) => !old.has(time.start) || destined.has(time.start));
  const guess = "The message moves the interview; I took the new time.";
  const [only] = left;
  if (old.size > 0 && left.length === 1 && only) return chosen(only, guess);
  const marked = left.filter((time) => destined.has(time.start));
  const [target] = marked;
  if (marked.length === 1 && target) return chosen(target, guess);
  return old.size > 0 && left.length > 1 ? { kind: "open" } : null;
}

/**
 * The newest message of a thread moves the meeting and writes no time of its own ("auf Mittwoch,
 * gleiche Uhrzeit?", "one week later, same time", "à vendredi, même heure"): the new slot is the day
 * it names at the time of the one slot the earlier messages gave, for as long. The days it names
 * that are the old slot's are the old day ("Dan has a conflict on Thursday"); two new days left stay
 * open, as does a move to no day named. Null when the newest message has a time of its own.
 */
function movedDayChoice(
  text: string,
  mentions: readonly SlotMention[],
  slot: SlotPatterns,
  context: SlotContext,
): SlotChoice {
  const [old, ...others] = instants(mentions);
  if (!old || others.length > 0) return null;
  const newestEnd = earlierStarts(text, context.levelStarts)[0] ?? text.length;
  const ownSlot = mentions.some((mention) => mention.at < newestEnd);
  // "von Donnerstag, 10 Uhr, auf Freitag – gleiche Uhrzeit": the old slot and the new day in one
  // message; the new day is named after the old slot, with words that keep its time.
  const lastEnd = Math.max(...mentions.map((mention) => mention.end));
  const newest = ownSlot ? text.slice(lastEnd, newestEnd) : text.slice(0, newestEnd);
  if (newestEnd === text.length && !ownSlot) return null;
  // The one slot must be the one left ("von", "de", "van", "… non riesco più"), not the new one.
  const left = (mention: SlotMention) =>
    slot.from.test(text.slice(Math.max(0, mention.at - 80), mention.at)) ||
    slot.insteadOf.test(text.slice(Math.max(0, mention.at - 80), mention.at)) ||
    slot.dropped.test(text.slice(mention.end, mention.end + 40));
  if (
    ownSlot &&
    !(slot.sameTime.test(newest) && mentions.every(left) && slot.moved.test(text.slice(0, newestEnd)))
  )
    return null;
  if (!ownSlot && !slot.moved.test(newest)) return null;
  const oldDay = localDay(old);
  const shifts = [...newest.matchAll(slot.dayShift)].map(
    (match) => oldDay + (context.lexicon.dayShiftPhrases[match[0].toLowerCase().replace(/\s+/g, " ")] ?? 0),
  );
  const named = context
    .daysIn(newest)
    .filter((reference) =>
      reference.weekdayOnly ? isoWeekday(reference.day) !== isoWeekday(oldDay) : reference.day !== oldDay,
    )
    .map((reference) => reference.day);
  // "to the 16th", "auf den 16.": the day of that number nearest the old one.
  const ofMonth = [...newest.matchAll(new RegExp(slot.dayOfMonth, "giu"))].flatMap((match) => {
    const near = [...Array(63).keys()].map((offset) => oldDay - 31 + offset);
    const day = near.filter((candidate) => civilFromDays(candidate).day === Number(match[1]));
    return day.sort((a, b) => Math.abs(a - oldDay) - Math.abs(b - oldDay)).slice(0, 1);
  });
  const days = [...new Set([...named, ...shifts, ...ofMonth])].filter((day) => day !== oldDay);
  const [day] = days;
  // "We need to move it; I'll come back to you with new times": the old slot no longer holds.
  if (day === undefined)
    return { kind: "open", reason: "the message moves the interview but names no new time" };
  if (days.length > 1) return { kind: "open" };
  const wall = old.start + old.zone.offsetAt(old.start);
  const start = old.zone.toUtc(day * SECONDS_PER_DAY + (wall - oldDay * SECONDS_PER_DAY));
  const time = { ...old, start, end: old.end === null ? null : start + (old.end - old.start) };
  return chosen(
    time,
    "The message moves the interview to another day and gives no new time; I kept the time it had.",
  );
}

/** The slot the newest message of a thread settles: its own, or the earlier proposal it names. */
function threadChoice(
  text: string,
  mentions: readonly SlotMention[],
  slot: SlotPatterns,
  context: SlotContext,
): SlotChoice {
  const starts = earlierStarts(text, context.levelStarts);
  const newestEnd = starts[0];
  if (newestEnd === undefined) return null;
  const own = instants(mentions.filter((mention) => mention.at < newestEnd));
  const [ownOnly] = own;
  if (own.length === 1 && ownOnly)
    return chosen(ownOnly, "The thread gives several times; I took the one its newest message gives.");
  if (own.length > 1) return null;
  const earlier = mentions.filter((mention) => mention.at >= newestEnd);
  const newest = text.slice(0, newestEnd);
  const guess = "The thread gives several times; I took the one its newest message confirms.";
  // "Thursday it is", "Le 16 avril nous convient", "queda confirmado el día 16".
  const references = context.daysIn(newest);
  const daysOfMonth = [...newest.matchAll(new RegExp(slot.dayOfMonth, "giu"))].map((match) =>
    Number(match[1]),
  );
  const named = instants(earlier).filter((time) => {
    const day = localDay(time);
    return (
      references.some((reference) =>
        reference.weekdayOnly ? isoWeekday(reference.day) === isoWeekday(day) : reference.day === day,
      ) || daysOfMonth.includes(civilFromDays(day).day)
    );
  });
  const [one] = named;
  if (named.length === 1 && one) return chosen(one, guess);
  // Else "the second option": the n-th slot of the latest earlier message that proposes several.
  const ordinal = slot.ordinal.exec(newest);
  // "option B" names a proposal; "a time a bit later" does not: a letter counts in capitals.
  if (ordinal && !/^[a-d]$/.test(ordinal[2] ?? "")) {
    const word = ordinal[1]?.toLowerCase();
    const position = word
      ? context.lexicon.ordinalWords.findIndex((forms) => forms.some((form) => form.toLowerCase() === word))
      : /\d/.test(ordinal[2] ?? "")
        ? Number(ordinal[2]) - 1
        : (ordinal[2] ?? "A").charCodeAt(0) - 65;
    for (const [index, start] of starts.entries()) {
      const end = starts[index + 1] ?? text.length;
      const proposed = instants(earlier.filter((mention) => mention.at >= start && mention.at < end));
      const pick = proposed[position];
      if (proposed.length > 1) return pick ? chosen(pick, guess) : null;
    }
  }
  return null;
}

/**
 * The slot a message with several settles on, "open" when it plainly leaves a choice, or null
 * when these rules say nothing (the caller keeps its own reading).
 */
export function chooseSlot(text: string, mentions: readonly SlotMention[], context: SlotContext): SlotChoice {
  const slot = patternsOf(context.lexicon);
  if (instants(mentions).length === 1) return movedDayChoice(text, mentions, slot, context);
  const moved = movedChoice(text, mentions, slot);
  if (moved?.kind === "chosen") return moved;
  const movedDay = movedDayChoice(text, mentions, slot, context);
  if (movedDay) return movedDay;
  const thread = threadChoice(text, mentions, slot, context);
  return thread ?? moved;
}
