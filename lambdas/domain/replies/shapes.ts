/**
 * Clause shapes: what a reply says by what surrounds a time rather than by a cue phrase. A reply
 * to a follow-up or move-on prompt that is only a time asks to be asked again then; a meeting
 * named after an interview with a day to come is the next round (a decision promised for a day
 * is read by its own shape: decision-shape.ts). The words are the lexicon's (its date tables and
 * `shapes`).
 */
import type { DateTime } from "luxon";
import { type Clause, contextAt } from "../language/grammar";
import type { Lang } from "../language/lang";
import type { Lexicon, Phrases } from "../language/lexicon";
import { fold, table } from "../language/phrases";
import { CLOSINGS, type CueHit, isNews, thankedFor } from "./cues";
import { namedSnooze, readInstant, snoozeUntil } from "./dates";

/** A list built from a lexicon's tables once, then compiled once by `table`. */
export function perLexicon<T>(build: (lexicon: Lexicon) => T): (lexicon: Lexicon) => T {
  const built = new WeakMap<Lexicon, T>();
  return (lexicon) => {
    let value = built.get(lexicon);
    if (value === undefined) {
      value = build(lexicon);
      built.set(lexicon, value);
    }
    return value;
  };
}

/** Words that name a time no number writes: months, weekdays, day words, vague and holiday periods. */
export const namedTimes = perLexicon((lexicon) => [
  ...lexicon.months.flat(),
  ...lexicon.weekdays.flat(),
  ...lexicon.relative,
  ...lexicon.vaguePeriods,
  ...Object.values(lexicon.holidays).flat(),
]);

/** Periods a day may not be read from: "nach Ostern", "na pasen", "after the holidays". */
const periods = perLexicon((lexicon) => [...lexicon.vaguePeriods, ...Object.values(lexicon.holidays).flat()]);

/** Every word a time is written in. */
export const timeWords = perLexicon((lexicon) => [
  ...namedTimes(lexicon),
  ...lexicon.after,
  ...lexicon.before,
  ...lexicon.until,
  ...lexicon.early,
  ...lexicon.late,
  ...lexicon.mid,
  ...lexicon.at,
  ...lexicon.clock,
  ...lexicon.afternoon,
  ...lexicon.morning,
  ...lexicon.noon,
  ...lexicon.midnight,
  ...lexicon.namedDays.flatMap(([names]) => names),
  ...lexicon.dayAfter,
  ...lexicon.dayOfMonth,
  ...lexicon.thisWeek,
  ...lexicon.nextWeek,
  ...lexicon.dayOffsets.map(([word]) => word),
  ...lexicon.within,
  ...lexicon.numbers.flat(),
  ...Object.values(lexicon.units).flat(),
]);

/** Every word a time is written in, and the filler a time comes with. */
export const timeAndFiller = perLexicon((lexicon) => [...timeWords(lexicon), ...lexicon.shapes.fillers]);

/**
 * `written` with what `phrases` match in its folded twin blanked out (the same length: offsets
 * still hold); only the matches `blanked` keeps, when given.
 */
export function without(
  folded: string,
  phrases: Phrases,
  written: string = folded,
  blanked: (found: string) => boolean = () => true,
): string {
  let rest = written;
  for (const found of table(phrases).matches(folded))
    if (blanked(found.text))
      rest =
        rest.slice(0, found.index) +
        " ".repeat(found.text.length) +
        rest.slice(found.index + found.text.length);
  return rest;
}

const foldedFillers = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * The text with its filler blanked out, where the filler is no part of a longer time phrase: in
 * "la semaine prochaine merci" only "merci" ("prochaine" is one with "la semaine").
 */
function fillerBlanked(written: string, folded: string, lexicon: Lexicon): string {
  let fillers = foldedFillers.get(lexicon);
  if (!fillers) {
    fillers = new Set(lexicon.shapes.fillers.map(fold));
    foldedFillers.set(lexicon, fillers);
  }
  const isFiller = fillers;
  return without(folded, timeAndFiller(lexicon), written, (found) => isFiller.has(found));
}

/** `text` without the filler that ends it: "Lumen please" is Lumen. */
export function fillerOff(text: string, lexicon: Lexicon): string {
  let rest = text;
  for (;;) {
    const folded = fold(rest);
    const last = table(lexicon.shapes.fillers).matches(folded).at(-1);
    if (!last || last.index === 0 || folded.slice(last.index + last.text.length).trim() !== "") return rest;
    rest = rest.slice(0, last.index).replace(/[\s,;.!?]+$/, "");
  }
}

/**
 * The reply is a time and filler only ("in zwei Wochen bitte", "tra due settimane grazie", "el lunes mejor"):
 * to a follow-up or move-on prompt, a snooze to that time. A period no day can be read from ("after
 * the holidays" where none are known) still is one: the prompt comes again, as for any snooze
 * without a day. Null when a word is left that is neither, or when no time is named at all;
 * `bare`: when a word is left that names no time ("morgen", "daqui a 4 dias" to any prompt).
 */
export function snoozeByTime(
  written: string,
  folded: string,
  lexicon: Lexicon,
  options: { now: DateTime; sendTime: string; lang: Lang; bare?: boolean },
): DateTime | null {
  if (/\p{L}/u.test(without(folded, (options.bare ? timeWords : timeAndFiller)(lexicon)))) return null;
  const { now, sendTime, lang } = options;
  // The filler says nothing of the time, yet a word of it may ("next month"): read as written first.
  const dated =
    namedSnooze(written, now, sendTime, lang) ??
    namedSnooze(fillerBlanked(written, folded, lexicon), now, sendTime, lang);
  if (dated) return dated;
  return table(periods(lexicon)).test(folded) ? snoozeUntil(written, now, sendTime, lang) : null;
}

/**
 * "nach Neujahr bitte, jetzt ist eh keiner da": a time and filler before the first comma, a
 * reason after it. To a follow-up or move-on prompt, with no news read, a snooze as above.
 */
export function snoozeByLeadingTime(
  written: string,
  folded: string,
  lexicon: Lexicon,
  options: { now: DateTime; sendTime: string; lang: Lang },
): DateTime | null {
  const comma = folded.search(/[,;]/);
  if (comma <= 0) return null;
  return snoozeByTime(written.slice(0, comma), folded.slice(0, comma), lexicon, options);
}

/**
 * "o carlos me chamou pra tomar um café depois", "i'll sort it out later": a one-word snooze cue
 * ending a longer clause (four words or more since its last comma, besides time words and filler)
 * is an adverb of it, no command.
 */
function adverbial(hit: CueHit, lexicon: Lexicon): boolean {
  if (/\s/.test(hit.text.trim())) return false;
  // Counted from the last comma: "…en pleno feriado, recordame el lunes" asks after a reason.
  const before =
    fold(hit.clause.text.slice(0, hit.index - hit.clause.start))
      .split(/[,;]/)
      .at(-1) ?? "";
  return (without(before, timeAndFiller(lexicon)).match(/\p{L}+/gu)?.length ?? 0) >= 4;
}

/** A snooze cue that asks for one: not denied, taken back, thanked for ("danke für die Erinnerung") nor an adverb. */
export function snoozeAsked(hit: CueHit, lexicon: Lexicon): boolean {
  return (
    hit.cue === "snooze" &&
    !hit.context.negated &&
    !hit.context.retracted &&
    !thankedFor(hit, lexicon) &&
    !adverbial(hit, lexicon)
  );
}

/** The start of a round whose day is written in `after` (first) or `clause`: ISO, or a day alone. */
export function roundStart(
  after: string,
  clause: string,
  options: { now: DateTime; zone: string; lang: Lang },
): string | null {
  const { now, zone, lang } = options;
  const found = readInstant(after, now, zone, true, lang) ?? readInstant(clause, now, zone, true, lang);
  if (!found) return null;
  return found.hasTime
    ? (found.start.toISO({ suppressMilliseconds: true }) ?? null)
    : (found.start.toISODate() ?? null);
}

/**
 * A meeting named after an interview with a day to come, as news ("Probetag am Donnerstag um 9
 * Uhr", "appuntamento in sede giovedì alle 11"): the next round, on that day. A day and
 * hour to come with no meeting named ("they want me there Tuesday at 2") may be one: asked.
 */
export function appointmentOf(
  clauses: readonly Clause[],
  lexicon: Lexicon,
  written: string,
  options: { now: DateTime; zone: string; lang: Lang },
): { readonly date: string; readonly plain: boolean } | null {
  const appointments = table(lexicon.shapes.appointments);
  for (const clause of clauses) {
    const clauseText = written.slice(clause.start, clause.start + clause.text.length);
    for (const found of appointments.matches(clause.text)) {
      if (!isNews(contextAt(clause, found.index, found.text.length, lexicon))) continue;
      const date = roundStart(clauseText.slice(found.index + found.text.length), clauseText, options);
      if (date && Date.parse(date) > options.now.toMillis()) return { date, plain: true };
    }
  }
  for (const clause of clauses) {
    const clauseText = written.slice(clause.start, clause.start + clause.text.length);
    const found = readInstant(clauseText, options.now, options.zone, true, options.lang);
    if (!found?.hasTime || !found.hasDay || found.start <= options.now) continue;
    if (isNews(contextAt(clause, found.index, found.text.length, lexicon)))
      return { date: found.start.toISO({ suppressMilliseconds: true }) ?? "", plain: false };
  }
  return null;
}

/**
 * "they called me back!! friday 2pm with the director", "mi hanno ricontattata, venerdì alle 15":
 * the employer in touch, then, past a break, a day and hour to come: the meeting they set, the
 * next round. The instant must open what follows a break, so that "hr called me monday at 10"
 * stays the call.
 */
export function meetingSetAfter(
  contact: CueHit,
  written: string,
  options: { now: DateTime; zone: string; lang: Lang },
): string | null {
  const rest = written.slice(contact.index + contact.text.length);
  const cut = rest.search(/[,;:!.?–—]/u);
  if (cut < 0) return null;
  const after = rest.slice(cut + 1);
  const found = readInstant(after, options.now, options.zone, true, options.lang);
  if (!found?.hasTime || !found.hasDay || found.start <= options.now) return null;
  // The instant opens what follows (an article at most): "i'll call them friday at 2pm" is the
  // user's own plan, "im off until monday at 9" no meeting.
  if ((after.slice(0, found.index).match(/\p{L}+/gu)?.length ?? 0) > 1) return null;
  return found.start.toISO({ suppressMilliseconds: true });
}

/**
 * Where a third party is told leaving ("their first choice declined", "der andere ist
 * abgesprungen"): a phrase of `shapes.othersLeft` said of someone else, neither denied nor asked.
 */
export function otherLeft(
  clauses: readonly Clause[],
  lexicon: Lexicon,
): { readonly index: number; readonly end: number } | null {
  for (const clause of clauses)
    for (const found of table(lexicon.shapes.othersLeft).matches(clause.text)) {
      const context = contextAt(clause, found.index, found.text.length, lexicon);
      if (context.subject === "other" && isNews({ ...context, subject: "user" })) {
        const index = clause.start + found.index;
        return { index, end: index + found.text.length };
      }
    }
  return null;
}

/** The role told open again, as news ("the position opened up again", "a vaga reabriu"). */
export function roleOpenAgain(clauses: readonly Clause[], lexicon: Lexicon): boolean {
  return clauses.some((clause) =>
    table(lexicon.shapes.openAgain)
      .matches(clause.text)
      .some((found) => isNews(contextAt(clause, found.index, found.text.length, lexicon))),
  );
}

/**
 * "le candidat retenu a refusé, ils veulent me revoir": the employer wanting the user again after
 * the one they chose left (a closing of someone else's, or a leaving of `shapes.othersLeft`), no
 * day named. The wish is read even where the other's subject reaches it, when a break or the
 * employer stands between ("they rejected my friend after the final round" names a stage of the
 * friend's).
 */
export function employerBack(
  hits: readonly CueHit[],
  clauses: readonly Clause[],
  folded: string,
  lexicon: Lexicon,
): boolean {
  const closed = hits.find(
    (hit) => CLOSINGS.has(hit.cue) && hit.context.subject === "other" && !hit.context.negated,
  );
  const left = closed
    ? { index: closed.index, end: closed.index + closed.text.length }
    : otherLeft(clauses, lexicon);
  if (!left) return false;
  const apart = (hit: CueHit) => {
    const between = folded.slice(left.end, hit.index);
    return /[,.;:!?–—-]/u.test(between) || table(lexicon.subjects.employer).test(between);
  };
  return hits.some(
    (hit) =>
      hit.cue === "next-round" &&
      hit.index > left.index &&
      isNews({ ...hit.context, subject: "user" }) &&
      apart(hit),
  );
}

/** What a reported sentence may hold besides a day and still report nothing but the day. */
const reportFiller = perLexicon((lexicon) => {
  // A holiday is no day of its own here: "she's on holiday until the 20th" is about her.
  const holidays = new Set([...lexicon.vaguePeriods, ...Object.values(lexicon.holidays).flat()]);
  return [
    ...timeAndFiller(lexicon).filter((phrase) => !holidays.has(phrase)),
    ...lexicon.stopWords,
    ...lexicon.subjects.user,
    ...lexicon.subjects.employer,
    ...lexicon.negation,
    ...lexicon.shapes.hedges,
    // "en 8 días hábiles" still reports the day alone.
    ...(lexicon.workingDays ?? []),
  ];
});

/**
 * "she said she's on holiday until the 20th", "er meinte, das Büro zieht am Montag um": a verb of
 * saying that is a decision cue alone reports the decision only when what follows it in its
 * clause is a day alone ("they said friday") or names the answer ("said feedback by the 4th")
 * or another decision cue does ("said they'd decide by fri"); else it reports something else.
 */
export function reportsSomethingElse(
  hit: CueHit,
  hits: readonly CueHit[],
  lexicon: Lexicon,
  written: string,
): boolean {
  // The cue ends with the verb: "said", "she said", "il a dit".
  const saying = table(lexicon.shapes.saying)
    .matches(hit.text)
    .some((found) => found.index + found.text.length === hit.text.length);
  if (hit.cue !== "decision" || !saying) return false;
  // What was said runs to the next break (a line's end, as written): "they said friday, is that normal?" reports friday.
  const from = hit.index + hit.text.length;
  const end = hit.clause.start + hit.clause.text.length;
  const cut = written.slice(from, end).search(/[,;!?\n]|(?<!\d)\./);
  const reported = hit.clause.text.slice(
    from - hit.clause.start,
    cut < 0 ? undefined : from - hit.clause.start + cut,
  );
  // A day's number with its ordinal letters ("the 17th", "de 20e") is a day.
  const rest = without(reported, reportFiller(lexicon)).replace(/\p{N}+\p{L}{0,3}/gu, " ");
  if (!/\p{L}/u.test(rest)) return false;
  if (table(lexicon.shapes.answerWords).test(reported)) return false;
  return !hits.some(
    (other) =>
      other !== hit && other.cue === "decision" && other.clause === hit.clause && other.index > hit.index,
  );
}

/** "top bedankt", "super, danke", "merci beaucoup": thanks and praise to the assistant, nothing else. */
export function politenessOnly(folded: string, lexicon: Lexicon): boolean {
  const phrases = lexicon.shapes.politeness;
  return (
    table(phrases).test(folded) && !/\p{L}/u.test(without(folded, [...phrases, ...lexicon.shapes.fillers]))
  );
}
