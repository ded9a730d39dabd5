/**
 * Several times in one mail, which is the interview's: each time is judged by its own words, the
 * words of its clause before it (up to the time before it in that clause) and, for the last time of
 * a clause, after it. Meeting words ("interview", "Gespräch", "entretien") count for a time; side
 * remarks ("the office closes", "lunch", "please confirm by", "thanks for our call", "arrive 10
 * minutes early") count against it; a time after end words ("the day will end at", "endet gegen",
 * "se terminera vers") is the meeting's end, not a start. One start scoring strictly best is the
 * meeting; a tie, or options ("or", "if", "oder", "sinon"), leaves the question to the user.
 * Run only when a reader found two or more different times, so a plain invite pays nothing.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { phraseAlternatives, phrasePattern } from "./invite-language";

/** A time as the readers hand it over: where its words are, and its instant (UTC seconds). */
export interface TimedWords {
  /** Where the time's own words are: its clock, or its day before it. */
  readonly at: number;
  readonly end: number;
  /** Where its day starts when written before `at` ("Tuesday Dec 1 at 4pm"), for a list of times. */
  readonly from?: number;
  readonly time: { readonly start: number; readonly end: number | null };
}

interface ClauseWords {
  readonly meeting: RegExp;
  readonly side: RegExp;
  readonly alternative: RegExp;
  /** A move in a time's words ("verschoben", "no longer works"): which slot is new is ./slot-choice's to tell. */
  readonly moved: RegExp;
  /** What joins times listed in one clause: a comma, a dash, "and", "or" ("Monday 9am, Tuesday 4pm"). */
  readonly listJoin: RegExp;
  /** End words, then up to three words ("will end at around", "endet voraussichtlich gegen"), at the end. */
  readonly endBefore: RegExp;
}

const compiled = new WeakMap<InviteLexicon, ClauseWords>();

/** A bracket opened right after a time, a word or two before the next ("(11am CT)", "(that's 10am"). */
const RESTATED = /^[^()\n.!?;]*\(\s*(?:[\p{L}'’]+\s+){0,2}$/u;

function wordsOf(lexicon: InviteLexicon): ClauseWords {
  let words = compiled.get(lexicon);
  if (!words) {
    words = {
      meeting: phrasePattern([
        ...lexicon.interviewWords,
        ...lexicon.meetingWords,
        ...lexicon.invitationPhrases,
      ]),
      side: phrasePattern([
        ...lexicon.sideRemarkWords,
        ...lexicon.readerDeadlinePhrases,
        ...lexicon.pastMeetingPhrases,
      ]),
      alternative: phrasePattern([...lexicon.orWords, ...lexicon.alternativeWords]),
      moved: phrasePattern([...lexicon.reschedulePhrases, ...lexicon.slotDroppedWords]),
      listJoin: new RegExp(
        String.raw`^[\s,/–—-]*(?:(?:${phraseAlternatives([...lexicon.andWords, ...lexicon.orWords])})(?![\p{L}])[\s,]*)?$`,
        "iu",
      ),
      endBefore: new RegExp(
        String.raw`(?<![\p{L}])(?:${phraseAlternatives(lexicon.endWords)})(?:\s+[\p{L}'’]+){0,3}[\s:,]*$`,
        "iu",
      ),
    };
    compiled.set(lexicon, words);
  }
  return words;
}

/**
 * Where a clause ends: a line's end, "!", "?", ";", or a full stop before a capital or a digit,
 * not one of a date ("am 30.11. Um", where "alle 14.00. Il" ends one) or of a one-letter abbreviation ("p.m.", "z.B.").
 */
const CLAUSE_END = /\n|[!?;]|(?<!(?:^|[^\p{L}])\p{L}|\b\d{1,2}\.(?:0?[1-9]|1[0-2]))\.(?=\s+[^\p{Ll}\s])/gu;

function clauseEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  CLAUSE_END.lastIndex = from;
  for (let match = CLAUSE_END.exec(text); match && match.index < to; match = CLAUSE_END.exec(text))
    ends.push(match.index);
  return ends;
}

/**
 * The interview's time among `times` (in text order or not), its end a later time of that day
 * after end words when it has none ("and should finish at 12:30"); null when the words do not tell.
 */
export function clearestTime<T extends TimedWords>(
  text: string,
  times: readonly T[],
  lexicon: InviteLexicon,
): T["time"] | null {
  if (times.length < 2) return null;
  const words = wordsOf(lexicon);
  const ordered = [...times].sort((a, b) => a.at - b.at);
  const first = ordered[0]?.at ?? 0;
  const last = ordered.at(-1)?.end ?? 0;
  const ends = clauseEnds(text, Math.max(0, first - 300), Math.min(text.length, last + 300));
  const judged = ordered.map((one, index) => {
    const clauseStart = Math.max(-1, ...ends.filter((end) => end < one.at)) + 1;
    const before = text.slice(Math.max(clauseStart, ordered[index - 1]?.end ?? 0, one.at - 200), one.at);
    const next = ordered[index + 1];
    const clauseEnd = ends.find((end) => end >= one.end) ?? text.length;
    // The words after it are its own when no other time follows in its clause.
    const after = next && next.at < clauseEnd ? "" : text.slice(one.end, Math.min(clauseEnd, one.end + 200));
    const own = `${before} ${after}`;
    const score = (words.meeting.test(own) ? 2 : 0) - (words.side.test(own) ? 3 : 0);
    return {
      one,
      score,
      isEnd: words.endBefore.test(before),
      option: words.alternative.test(own) || words.moved.test(own),
    };
  });
  // "Monday at 9am and Tuesday at 4pm": times listed in one clause share their words; "2pm ET (11am
  // CT)" says one time twice, and two readings that disagree are a question.
  for (let index = 1; index < judged.length; index++) {
    const [before, judge] = [judged[index - 1], judged[index]];
    const between = before && judge ? text.slice(before.one.end, judge.one.at) : "";
    if (between.length <= 24 && RESTATED.test(between) && before?.one.time.start !== judge?.one.time.start)
      return null;
    if (
      before &&
      judge &&
      before.one.end <= (judge.one.from ?? judge.one.at) &&
      words.listJoin.test(text.slice(before.one.end, judge.one.from ?? judge.one.at))
    )
      before.score = judge.score = Math.max(before.score, judge.score);
  }
  const starts = judged.filter((judge) => !judge.isEnd);
  // Options ("or", "if") or a move among times about the meeting: not for this to tell (a side remark's "if" does not count).
  if (starts.length === 0 || starts.some((judge) => judge.option && judge.score >= 0)) return null;
  const best = Math.max(...starts.map((judge) => judge.score));
  const winners = new Set(
    starts.filter((judge) => judge.score === best).map((judge) => judge.one.time.start),
  );
  const winner = starts.find((judge) => judge.score === best)?.one;
  if (!winner || winners.size > 1) return null;
  const start = winner.time.start;
  const endsAt = judged
    .filter(
      (judge) => judge.isEnd && judge.one.time.start > start && judge.one.time.start <= start + 12 * 3600,
    )
    .map((judge) => judge.one.time.start)
    .sort((a, b) => a - b)[0];
  return { ...winner.time, end: winner.time.end ?? endsAt ?? null };
}
