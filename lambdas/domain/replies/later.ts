/**
 * "Not now" and "later" by shape, in every language: a reply of the user busy ("busy rn",
 * "gerade schlecht", "là je conduis", "ahorita no puedo", "druk druk"), asking to be written to
 * again ("hit me up", "meld dich", "escribime", "ne riparliamo"), a later word, a time and filler,
 * and nothing else, is a snooze: to the time it names, else to tomorrow. A later word after their
 * own promise ("ils me rappellent plus tard") dates the promise; the user asks nothing.
 */
import type { DateTime } from "luxon";
import type { Lang } from "../language/lang";
import type { Lexicon } from "../language/lexicon";
import { table } from "../language/phrases";
import { type CueHit, isNews } from "./cues";
import { namedSnooze, readInstant, snoozeUntil } from "./dates";
import { perLexicon, timeAndFiller, without } from "./shapes";

/** What says the user will not see to it now, or wants it again: one must be said. */
const notNowWords = perLexicon((lexicon) => [
  ...lexicon.shapes.busy,
  ...lexicon.shapes.again,
  ...lexicon.cues.snooze,
]);

/** Every word a not-now reply may hold: the marks, times, parts of today, filler and a no. */
const notNowReply = perLexicon((lexicon) => [
  ...notNowWords(lexicon),
  ...timeAndFiller(lexicon),
  ...(lexicon.laterToday ?? []).map(([phrase]) => phrase),
  ...lexicon.shapes.dayParts,
  ...lexicon.cues.no,
]);

/** Words that say the user's state or wish, not the time: left out when the time is read ("not today, friday"). */
const stateWords = perLexicon((lexicon) => [...lexicon.shapes.busy, ...lexicon.shapes.again]);

/** Where the last part of a reply begins: after its last comma, semicolon or full stop. */
const lastBreak = (folded: string) =>
  Math.max(folded.lastIndexOf(","), folded.lastIndexOf(";"), folded.lastIndexOf(". "));

/**
 * The text is a not-now only: a mark that is no filler ("again", "nochmal" say no more than
 * filler: a time with them is left to what the prompt makes of a time, waiting.ts), and besides
 * marks, times and filler nothing.
 */
function notNowOnly(folded: string, lexicon: Lexicon): boolean {
  const fillers = table(lexicon.shapes.fillers).matches(folded);
  const inFiller = (mark: { index: number; text: string }) =>
    fillers.some(
      (filler) =>
        filler.index <= mark.index && filler.index + filler.text.length >= mark.index + mark.text.length,
    );
  if (
    !table(notNowWords(lexicon))
      .matches(folded)
      .some((mark) => !inFiller(mark))
  )
    return false;
  // A day's number with its ordinal letters ("the 20th", "le 3e") is a time too.
  const rest = without(folded, notNowReply(lexicon)).replace(/\p{N}+\p{L}{0,3}/gu, " ");
  return !/\p{L}/u.test(rest);
}

/**
 * The moment a not-now asks to be reminded at: the whole reply ("busy rn, tmrw"), or, with no
 * news read, its last part after a reason ("at the dentist, text me in 2 hours"). Null when
 * anything else is said, when it is asked ("busy tomorrow?"), or when it is a bare wait to the
 * move-on prompt (waiting.ts decides what that keeps).
 */
/** What the not-now reader needs of a reply: its text, its language and the prompt it answers. */
interface NotNowReply {
  readonly written: string;
  readonly folded: string;
  readonly lexicon: Lexicon;
  readonly now: DateTime;
  readonly sendTime: string;
  readonly lang: Lang;
  readonly toMoveOn: boolean;
}

/** `news`: where news was read; before the last part, it is what the reply is about. */
export function notNowUntil(reply: NotNowReply, news: readonly number[]): DateTime | null {
  const { written, folded, lexicon, now, sendTime, lang } = reply;
  if (/\?\s*$/.test(folded)) return null;
  const whole = notNowOnly(folded, lexicon);
  const cut = whole ? 0 : lastBreak(folded) + 1;
  if (!whole && (cut <= 1 || news.some((at) => at < cut) || !notNowOnly(folded.slice(cut), lexicon)))
    return null;
  const timeOnly = without(folded.slice(cut), stateWords(lexicon), written.slice(cut));
  const named = namedSnooze(timeOnly, now, sendTime, lang);
  // After a reason, the ask must name its time: "travelling til friday, remind me then" is the cue's.
  if (!named && (reply.toMoveOn || !whole)) return null;
  return named ?? snoozeUntil("", now, sendTime, lang);
}

/**
 * "ils me rappellent plus tard", "me dijeron que más tarde me llaman": a later word after a
 * promise of theirs in its clause is when they will answer; the user asks nothing. (Who the
 * clause names is no sign: "ando en el súper" holds "el", folded like "él".)
 */
export function saidOfThem(hit: CueHit, hits: readonly CueHit[]): boolean {
  return hits.some(
    (other) =>
      other.cue === "decision" &&
      other.clause === hit.clause &&
      other.index < hit.index &&
      isNews(other.context),
  );
}

/**
 * "heb het druk, vrijdag", "tô enrolado agora, amanhã": to a follow-up or move-on prompt, with no
 * news read, a reason then a time and filler after the last break asks to be asked again then;
 * the time after "nach Neujahr bitte, jetzt ist eh keiner da" comes first (shapes.ts).
 */
export function snoozeByTrailingTime(
  written: string,
  folded: string,
  lexicon: Lexicon,
  options: { now: DateTime; sendTime: string; lang: Lang },
): DateTime | null {
  const cut = lastBreak(folded);
  if (cut <= 0 || /\?\s*$/.test(folded)) return null;
  const tail = folded.slice(cut + 1);
  const rest = without(tail, notNowReply(lexicon)).replace(/\p{N}+\p{L}{0,3}/gu, " ");
  if (/\p{L}/u.test(rest)) return null;
  const timeOnly = without(tail, stateWords(lexicon), written.slice(cut + 1));
  // A day and hour after a name ("with the ceo, thursday 2pm") is a meeting, asked about elsewhere.
  const instant = readInstant(timeOnly, options.now, options.now.zoneName ?? "UTC", true, options.lang);
  if (instant?.hasDay && instant.hasTime) return null;
  return namedSnooze(timeOnly, options.now, options.sendTime, options.lang);
}
