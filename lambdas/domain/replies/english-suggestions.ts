/**
 * The commands an unclear English reply is offered, from what its phrasing families seemed to be
 * about (english.ts); other languages take theirs from the lexicon's suggestions.
 */
import type { Fact, Signal } from "./signals";

/** The commands to offer after an unclear reply, from what it seemed to be about. */
export const SUGGESTIONS: Record<Fact, readonly string[]> = {
  offer: ["offer", "heard back"],
  "declined-offer": ["withdraw", "offer"],
  "accepted-elsewhere": ["withdraw"],
  "other-offer": ["withdraw", "status"],
  rejected: ["rejected", "they said Friday"],
  rescinded: ["rejected"],
  withdrawn: ["withdraw", "snooze 1 week"],
  "next-round": ["next round Dec 3 at 2pm", "heard back"],
  "heard-back": ["heard back", "snooze 3 days"],
  decision: ["they said Friday"],
  "followed-up": ["followed up", "snooze 3 days"],
  thanked: ["sent", "snooze 3 hours"],
  snooze: ["snooze 3 days", "remind me Monday"],
};

/** What a negated or doubtful closing word most likely means. */
const SUGGESTIONS_WHEN_DENIED: Partial<Record<Fact, readonly string[]>> = {
  rejected: ["they said Friday", "status"],
  offer: ["they said Friday", "snooze 1 week"],
  withdrawn: ["status", "snooze 1 week"],
  "heard-back": ["snooze 3 days", "status"],
  thanked: ["snooze 3 hours"],
  "followed-up": ["snooze 3 days"],
  decision: ["they said Friday", "snooze 1 week"],
  snooze: ["status"],
};

/** When no phrase was recognised at all, a word of the reply still hints at what it was about. */
const KEYWORD_SUGGESTIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/🎉|🥳|🍾|\bhooray\b|\byay\b|\bwoo+\b/u, ["offer", "next round Dec 3 at 2pm"]],
  [/\bundo\b|\bwrong\b|\bmistake\b|\boops\b/, ["undo"]],
  [/\boffer/, ["they said Friday", "snooze 1 week"]],
  [/\breject/, ["they said Friday", "status"]],
  [/\bwithdr|\bstop\b/, ["withdraw", "status"]],
  [/\bround\b|\binterview\b/, ["next round Dec 3 at 2pm", "status"]],
  [/\bheard\b|\bwaiting\b|\bnothing\b|\bsilence\b|\bghost|\bquiet\b|\breply\b/, ["snooze 1 week", "status"]],
  [/\bcancel/, ["withdraw", "date is Dec 3 at 2pm"]],
  [/\bnot now\b|\blater\b|\bbusy\b/, ["snooze 3 days"]],
  [/\bi'?m done\b|\bi am done\b/, ["sent", "withdraw"]],
  [/\bthank/, ["sent"]],
  [/\bdecid|\bdecision/, ["they said Friday"]],
];

export function suggestionsFor(signals: readonly Signal[], text: string): string[] {
  const found: string[] = [];
  for (const signal of signals) {
    const list =
      signal.negated && !signal.hedged
        ? (SUGGESTIONS_WHEN_DENIED[signal.fact] ?? [])
        : SUGGESTIONS[signal.fact];
    for (const command of list) if (!found.includes(command)) found.push(command);
  }
  if (found.length === 0) {
    for (const [pattern, commands] of KEYWORD_SUGGESTIONS) {
      if (pattern.test(text)) {
        found.push(...commands);
        break;
      }
    }
  }
  return found.slice(0, 3);
}
