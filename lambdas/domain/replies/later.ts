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
import { namedSnooze, snoozeUntil } from "./dates";
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

/**
 * The moment a reply of a not-now and a time only asks to be reminded at; null when anything
 * else is said, when it is asked ("busy tomorrow?"), or when it is a bare wait to the move-on
 * prompt (waiting.ts decides what that keeps).
 */
export function notNowUntil(
  written: string,
  folded: string,
  lexicon: Lexicon,
  options: { now: DateTime; sendTime: string; lang: Lang; toMoveOn: boolean },
): DateTime | null {
  // A mark that is filler too ("again", "nochmal") says no more than filler: a time with it is
  // left to what the prompt makes of a time (waiting.ts).
  const fillers = table(lexicon.shapes.fillers).matches(folded);
  const marked = table(notNowWords(lexicon))
    .matches(folded)
    .some(
      (mark) =>
        !fillers.some(
          (filler) =>
            filler.index <= mark.index && filler.index + filler.text.length >= mark.index + mark.text.length,
        ),
    );
  if (/\?\s*$/.test(folded) || !marked) return null;
  // A day's number with its ordinal letters ("the 20th", "le 3e") is a time too.
  const rest = without(folded, notNowReply(lexicon)).replace(/\p{N}+\p{L}{0,3}/gu, " ");
  if (/\p{L}/u.test(rest)) return null;
  const { now, sendTime, lang } = options;
  const timeOnly = without(folded, stateWords(lexicon), written);
  const named = namedSnooze(timeOnly, now, sendTime, lang);
  if (!named && options.toMoveOn) return null;
  return named ?? snoozeUntil("", now, sendTime, lang);
}

/**
 * "me dijeron que más tarde me llaman", "mi richiamano più tardi": a later word after a promise of
 * theirs in the same clause is when they will answer, no snooze asked.
 */
export function datesTheirPromise(hit: CueHit, hits: readonly CueHit[]): boolean {
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
  const cut = Math.max(folded.lastIndexOf(","), folded.lastIndexOf(";"), folded.lastIndexOf(". "));
  if (cut <= 0 || /\?\s*$/.test(folded)) return null;
  const tail = folded.slice(cut + 1);
  const rest = without(tail, notNowReply(lexicon)).replace(/\p{N}+\p{L}{0,3}/gu, " ");
  if (/\p{L}/u.test(rest)) return null;
  const timeOnly = without(tail, stateWords(lexicon), written.slice(cut + 1));
  return namedSnooze(timeOnly, options.now, options.sendTime, options.lang);
}
