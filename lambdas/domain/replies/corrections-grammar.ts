/**
 * Corrections written in the reply's own language, read by one grammar over its lexicon's rows:
 * a field's phrase, then its value ("the role is …", "la empresa se llama …"); or a date or time
 * said again, [markers] [field] copula RIGHT [contrast WRONG]: "small fix: it's 2:30 not 2",
 * "me equivoqué, es el 15 no el 16", "foutje, het gesprek is 1 juni niet 31 mei". The right value
 * goes through the date readers under the reply's clock and zone, so a time keeps the meeting-hour
 * rule ("2:30" is 14:30). A question is no correction; a value that cannot be read is asked for.
 */
import { DateTime } from "luxon";
import type { Lang } from "../language/lang";
import type { Lexicon, Phrases } from "../language/lexicon";
import { fold, type PhraseMatch, table } from "../language/phrases";
import { type Correction, opensOnAStep, person, readInterviewDate, tellsNews } from "./corrections";

export interface CorrectionReading {
  readonly correction: Correction;
  /** A correction was plainly meant, but its value could not be read: ask for it, change nothing. */
  readonly unclear: boolean;
  /** Where the correction's own words start in the reply, after the markers that lead in to it. */
  readonly opening: number;
  /** A role's or company's correction that goes on to the interview's day ("…, e il colloquio è martedì 13"). */
  readonly day?: string;
}

interface Reply {
  /** The user's words, NFC: the first line is read. */
  readonly written: string;
  readonly lang: Lang;
  readonly lexicon: Lexicon;
  readonly now: DateTime;
  readonly zone: string;
}

/** Up to three words and a colon, comma or dash before a correction: "kleine Korrektur: ", "ojo, ". */
const LEAD_IN = /^\s*(?:[\p{L}']+\s*){1,3}[:,-]\s*/u;

/** A value and its wrong one, both numbers, nothing else: "11 Uhr, nicht 10 Uhr" is at most so many words. */
const BARE_WORDS = 6;

/** Room for a few words between the copula and the value: "it's actually at 3", "es el 15". */
const GAP_WORDS = 3;

/** Each lexicon's tables built from several of its rows, made once. */
const merged = new WeakMap<
  Lexicon,
  { leading: Phrases; closings: Phrases; dated: Phrases; bounds: Phrases }
>();

function mergedOf(lexicon: Lexicon) {
  let found = merged.get(lexicon);
  if (!found) {
    found = {
      leading: [...lexicon.cues.no, ...lexicon.corrections.markers],
      closings: [
        ...lexicon.cues.offer,
        ...lexicon.cues.rejected,
        ...lexicon.cues.withdrawn,
        ...Object.values(lexicon.guesses).flat(),
      ],
      dated: [...lexicon.months.flat(), ...lexicon.weekdays.flat(), ...lexicon.relative],
      bounds: [...lexicon.before, ...lexicon.until],
    };
    merged.set(lexicon, found);
  }
  return found;
}

const onlySeparators = (text: string) => !/[\p{L}\p{N}]/u.test(text);

/**
 * Where a line's own words start after what leads in to a correction: "no"s, markers ("oops",
 * "me equivoqué", "klopt niet"), and once a few words before a colon or comma ("kleine Korrektur:").
 * `marked`: a marker was among them.
 */
function openingOf(folded: string, lexicon: Lexicon): { at: number; marked: boolean } {
  const markers = table(lexicon.corrections.markers);
  let at = fieldBeforeMarker(folded, lexicon);
  let marked = false;
  let leadIn = true;
  for (const found of table(mergedOf(lexicon).leading).matches(folded)) {
    if (found.index < at) continue;
    if (!onlySeparators(folded.slice(at, found.index))) {
      const lead = leadIn ? LEAD_IN.exec(folded.slice(at)) : null;
      if (!lead || at + lead[0].length > found.index) break;
      at += lead[0].length;
      leadIn = false;
      if (!onlySeparators(folded.slice(at, found.index))) break;
    }
    at = found.index + found.text.length;
    marked ||= markers.test(found.text);
  }
  const lead = leadIn ? LEAD_IN.exec(folded.slice(at)) : null;
  if (lead) at += lead[0].length;
  return { at: at + (/^[\s:,;.!-]*/.exec(folded.slice(at))?.[0].length ?? 0), marked };
}

/**
 * "uhrzeit stimmt nicht, ist 11", "tijd klopt niet": the field named, then a marker; where the
 * field (and its copula) ends, or 0.
 */
function fieldBeforeMarker(folded: string, lexicon: Lexicon): number {
  const { fields, copulas, markers } = lexicon.corrections;
  const field = startingAt(fields, folded, 0);
  // "l'orario è sbagliato" may be a marker row of its own.
  if (!field || startingAt(markers, folded, 0)) return 0;
  const end = field.index + field.text.length;
  const copula = startingAt(copulas, folded, end);
  const after = copula ? copula.index + copula.text.length : end;
  return startingAt(markers, folded, after) ? after : 0;
}

/** The first match of `phrases` that starts at `at`, past spaces only. */
function startingAt(phrases: Phrases, folded: string, at: number): PhraseMatch | null {
  const found = table(phrases)
    .matches(folded.slice(at))
    .find((match) => match.index === 0 || onlySeparators(folded.slice(at, at + match.index)));
  return found ? { ...found, index: at + found.index } : null;
}

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** What follows a value is no clause of its own: a word or two ("PT", "thanks"), not ", sent my note". */
const endsTheLine = (rest: string) => wordsIn(rest) <= (/^\s*[,;.!-]/.test(rest) ? 1 : 2);

/** A contrast ("not", "nicht", "e não") followed by a date, a time or a number: the wrong value. */
function contrasts(folded: string, lexicon: Lexicon): PhraseMatch[] {
  const dated = table(mergedOf(lexicon).dated);
  return table(lexicon.corrections.contrast)
    .matches(folded)
    .filter((found) => {
      const after = folded.slice(found.index + found.text.length, found.index + found.text.length + 30);
      // "c'est pas avant le 20", "not before the 20th": a day denied as a bound, no wrong value.
      if (table(mergedOf(lexicon).bounds).matches(after)[0]?.index === after.search(/\S/)) return false;
      return /\d/.test(after) || dated.test(after);
    });
}

/**
 * The people a value names: split at commas and at the language's "and" ("Ana Lima e Rui
 * Costa"), each from its first capital ("o Marcos Vinícius"); a value without one names nobody
 * ("o entrevistador foi muito simpático").
 */
function peopleIn(value: string, lexicon: Lexicon) {
  const folded = fold(value);
  const cuts = [0];
  for (const found of table(lexicon.clauseBreaks).matches(folded))
    cuts.push(found.index, found.index + found.text.length);
  for (const found of folded.matchAll(/[,;&]/g)) cuts.push(found.index, found.index + 1);
  cuts.sort((a, b) => a - b);
  cuts.push(value.length);
  const people = [];
  for (let at = 0; at + 1 < cuts.length; at += 2) {
    const part = value.slice(cuts[at], cuts[at + 1]);
    const named = /\p{Lu}/u.exec(part) ?? /\S+@\S+/.exec(part);
    if (named) people.push(person(part.slice(named.index)));
  }
  return people.filter((entry) => entry.name || entry.email);
}

/**
 * Where, in what follows a role's or company's phrase, a break (a comma, "and") opens on the
 * interview's own field ("Banca Ceresio, e il colloquio è martedì"): the value ends there; null
 * when none does.
 */
function fieldAfter(rest: string, lexicon: Lexicon): number | null {
  const breaks = table(lexicon.clauseBreaks);
  for (const field of table(lexicon.corrections.fields).matches(rest)) {
    let before = rest.slice(0, field.index).trimEnd();
    const word = breaks.matches(before).find((found) => found.index + found.text.length === before.length);
    const broken = word !== undefined || /[,;]$/.test(before);
    if (word) before = before.slice(0, word.index).trimEnd();
    before = before.replace(/[,;]$/, "").trimEnd();
    if (broken && before.length > 0) return before.length;
  }
  return null;
}

/**
 * Role, company and interviewer: the row's phrase near the opening, the value up to a denial or
 * to a break before the interview's own field, unless it tells news of the role or company.
 */
function namedField(reply: Reply, folded: string, opening: number): Correction | null {
  const { written, lexicon } = reply;
  for (const field of ["role", "company", "interviewer"] as const) {
    const match = table(lexicon.corrections[field])
      .matches(folded)
      .find((found) => found.index <= opening + 3);
    if (!match) continue;
    const start = match.index + match.text.length;
    const rest = folded.slice(start);
    const denied = table(lexicon.negation).matches(rest)[0]?.index;
    const denial = Math.min(denied ?? rest.length, fieldAfter(rest, lexicon) ?? rest.length);
    const value = written
      .slice(start, start + denial)
      .replace(/^[\s:=,-]+|[\s,;.!]+$/g, "")
      .trim();
    if (!value) continue;
    if (field === "interviewer") {
      const people = peopleIn(value, lexicon);
      if (people.length > 0) return { field: "add-interviewer", people };
      // "de functie heet Online Marketeer, niet e-commerce": a name written as one, a wrong value
      // denied after it, is a correction; "ist wieder online, nicht mehr besetzt" is news.
    } else if ((denial === denied && /^\p{Lu}/u.test(value)) || !tellsNews(value, reply.lang))
      return { field, value: value.slice(0, 120) };
  }
  return null;
}

/**
 * Where the right value of a date or time starts (`at`): after a `date` row ("la fecha es"), or
 * after [field] copula ("the loop is", "het is", "é"). It is read from where those words start
 * (`from`): a row may end in the value's own first word ("es el" 15, "het is om" 14.30).
 */
function valueStart(folded: string, opening: number, lexicon: Lexicon) {
  const { corrections } = lexicon;
  const row = table(corrections.date)
    .matches(folded)
    .find((found) => found.index <= opening + 3);
  if (row) return { from: row.index, at: row.index + row.text.length, row: true, field: true };
  const field = startingAt(corrections.fields, folded, opening);
  const copula = startingAt(corrections.copulas, folded, field ? field.index + field.text.length : opening);
  if (copula)
    return { from: copula.index, at: copula.index + copula.text.length, row: false, field: field !== null };
  const gloss = glossAt(folded, opening, lexicon);
  if (gloss) return { from: gloss.index, at: gloss.index + gloss.text.length, row: false, field: false };
  return { from: opening, at: opening, row: false, field: false };
}

/** Words of a time said in words before its gloss: "viertel nach drei", "quarter past two". */
const GLOSSED_WORDS = 3;

/**
 * "halb drei heißt 14:30, nicht 15:30", "quarter past two means 14:15 not 15:15": a time in words
 * glossed by its clock form, a wrong value contrasted. Without the contrast it is no correction.
 */
function glossAt(folded: string, opening: number, lexicon: Lexicon): PhraseMatch | null {
  const { glosses } = lexicon.corrections;
  if (!glosses || contrasts(folded, lexicon).length === 0) return null;
  const spoken = (at: number) => folded.slice(opening, at);
  return (
    table(glosses)
      .matches(folded)
      .find(
        (found) =>
          found.index > opening &&
          !/\d/.test(spoken(found.index)) &&
          wordsIn(spoken(found.index)) <= GLOSSED_WORDS,
      ) ?? null
  );
}

/**
 * "its 2:30 not 2, and its on the 23rd": a time said again, its wrong value, then past a break
 * the day: the time on that day. Null when no day follows.
 */
function dayAfterContrast(reply: Reply, folded: string, contrastAt: number, time: string): string | null {
  const rest = folded.slice(contrastAt);
  const cut = [/[,;]/.exec(rest)?.index, table(reply.lexicon.clauseBreaks).matches(rest)[0]?.index]
    .filter((at): at is number => at !== undefined)
    .sort((a, b) => a - b)[0];
  if (cut === undefined) return null;
  const day = readInterviewDate(reply.written.slice(contrastAt + cut), reply.now, reply.zone, reply.lang);
  if (!day.start || day.start.includes("T")) return null;
  const [hour, minute] = time.split(":").map(Number);
  return DateTime.fromISO(day.start, { zone: reply.zone })
    .set({ hour, minute })
    .toISO({ suppressMilliseconds: true });
}

/**
 * "het is 14.30 niet 13.30", "es ist 15.30": an hour and its minutes written with a dot, which no
 * date reads (there is no 30th month), said again in a correction is a time, read as "14:30" is.
 */
function dottedTime(value: string, reply: Reply): string | null {
  const clock = value.replace(/(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])/, "$1:$2");
  return clock === value ? null : readInterviewDate(clock, reply.now, reply.zone, reply.lang).time;
}

/** A date or time said again, or null when the line does not have that shape. */
function restatedDate(reply: Reply, folded: string, opening: number, marked: boolean) {
  const { written, lexicon } = reply;
  const start = valueStart(folded, opening, lexicon);
  // "moved to the next round" is news of a round, "só decidem a 22" of a decision: not a new date.
  const news = folded.slice(start.at);
  if (table(lexicon.cues["next-round"]).test(news) || table(lexicon.cues.decision).test(news)) return null;
  if (start.row && opensOnAStep(news, lexicon)) return null;
  // The wrong value before the right one ("not the 9th but the 10th": the date readers skip a
  // denied date), or after it ("2:30 not 2": the value is read up to the contrast).
  const wrong = contrasts(folded, lexicon);
  const before = wrong.find(
    (found) => found.index >= start.at && onlySeparators(folded.slice(start.at, found.index)),
  );
  const after = before ? undefined : wrong.find((found) => found.index > start.at)?.index;
  const contrast = before !== undefined || after !== undefined;
  const copula = start.at > opening && !start.row;
  // Plainly a correction: a date row or a copula after a marker or before a contrast ("oops it's",
  // "it's 2:30 not 2", "la fecha está mal, es el 6"), a marker and a contrast ("oops, the 24th
  // not the 23rd"), a value and its wrong one alone ("11 Uhr, nicht 10", "niet 10 maar 11 uur").
  const bare =
    contrast && wordsIn(folded.slice(opening)) <= BARE_WORDS && (folded.match(/\d+/g)?.length ?? 0) >= 2;
  const plain = ((start.row || copula) && (marked || contrast)) || (marked && contrast) || bare;
  // Else only a date row, a field and its copula ("the call is"), or a field said wrong then the
  // value ("Uhrzeit falsch, 11 Uhr"), with the value ending the line.
  const fieldFirst = marked && fieldBeforeMarker(folded, lexicon) > 0;
  if (!plain && !(start.row || (copula && start.field) || fieldFirst)) return null;
  const read = readInterviewDate(written.slice(start.from, after), reply.now, reply.zone, reply.lang);
  const found = read.found && {
    index: start.from + read.found.index,
    end: start.from + read.found.index + read.found.text.length,
  };
  // "the interview was yesterday, sent my note" is news of a note, not a new date.
  if (!plain && !(found && endsTheLine(folded.slice(found.end)))) return null;
  const near = before !== undefined || (found && wordsIn(folded.slice(start.at, found.index)) <= GAP_WORDS);
  if (found && !start.row && !near) return null;
  // No value read ("it's 2 not 3": an hour or a day?): asked for only when plainly a correction.
  if (!found && !contrast && !(marked && start.field)) return null;
  const value = written
    .slice(start.at, after)
    .replace(/^[\s:=,-]+|[\s,;.!]+$/g, "")
    .trim();
  const time = read.time ?? (found ? null : dottedTime(value, reply));
  const onDay =
    time && !read.start && after !== undefined ? dayAfterContrast(reply, folded, after, time) : null;
  const correction: Correction = {
    field: "date",
    start: onDay ?? read.start,
    time: onDay ? null : time,
    zone: read.zone,
    written: value,
  };
  return { correction, unclear: read.start === null && time === null };
}

/** The interview's day a field's correction goes on to name ("…, y la entrevista es el jueves 3"). */
function dayAfterField(reply: Reply, line: string): { day: string } | Record<string, never> {
  const folded = fold(line);
  const field = table(reply.lexicon.corrections.fields)
    .matches(folded)
    .find((found) => fieldAfter(folded.slice(0, found.index + found.text.length), reply.lexicon) !== null);
  if (!field) return {};
  const read = readInterviewDate(line.slice(field.index), reply.now, reply.zone, reply.lang);
  return read.start ? { day: read.start } : {};
}

/**
 * The first line past a greeting of its own ("Hi,", "Hallo Team,"), where the correction is, and
 * where it starts in `written`.
 */
function firstLine(written: string, lexicon: Lexicon): { line: string; offset: number } {
  const greeting = (line: string) =>
    wordsIn(line) <= 3 && table(lexicon.greetings).matches(fold(line.trim()))[0]?.index === 0;
  let offset = 0;
  for (const line of written.split("\n")) {
    if (!greeting(line)) return { line, offset };
    offset += line.length + 1;
  }
  return { line: "", offset };
}

/**
 * The correction the first line of `reply` makes in its language, or null. "the role is Staff
 * Data Engineer not Senior": a role's or company's value stops where a denial starts.
 */
export function correctionOf(reply: Reply): CorrectionReading | null {
  const { line, offset } = firstLine(reply.written, reply.lexicon);
  // A question is no correction: "is it at 2:30 not 2?", "heißt das, ich bin raus?"
  if (/[?¿]/.test(line)) return null;
  const folded = fold(line);
  const { at: opening, marked } = openingOf(folded, reply.lexicon);
  // So is a line whose words open with a question's: "do you think it's 2:30 not 2".
  const asked = table(reply.lexicon.question).matches(folded);
  if (asked.some((found) => found.index <= opening + 3)) return null;
  // "die Stelle ist leider besetzt" is news about the role, not its name.
  if (table(mergedOf(reply.lexicon).closings).test(folded.slice(opening))) return null;
  const named = namedField({ ...reply, written: line }, folded, opening);
  if (named)
    return { correction: named, unclear: false, opening: offset + opening, ...dayAfterField(reply, line) };
  const date = restatedDate({ ...reply, written: line }, folded, opening, marked);
  return date ? { ...date, opening: offset + opening } : null;
}

/**
 * An undo word that leads in to a correction is a marker of it, not a command: "me equivoqué, es
 * el 15" corrects; "deshaz eso" alone undoes.
 */
export function leadsIn(hit: PhraseMatch, reading: CorrectionReading | null, lexicon: Lexicon): boolean {
  return (
    reading !== null && hit.index < reading.opening && table(lexicon.corrections.markers).test(fold(hit.text))
  );
}
