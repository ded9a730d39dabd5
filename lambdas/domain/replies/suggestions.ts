/**
 * The commands an unclear reply is offered, in the reply's language, from what it seemed to be
 * about: each cue found, read or not, suggests its own command and the one it is most often
 * confused with; a denied one ("no offer yet") suggests what the reply more likely says.
 */
import type { Cue, Lexicon, Suggestion } from "../language/lexicon";
import type { CueHit } from "./cues";

/** What a cue suggests, likeliest first. */
const SUGGESTED: Partial<Record<Cue, readonly Suggestion[]>> = {
  offer: ["offer", "heard-back"],
  rejected: ["rejected", "decision"],
  withdrawn: ["withdraw", "snooze"],
  "next-round": ["next-round", "heard-back"],
  "heard-back": ["heard-back", "snooze"],
  decision: ["decision"],
  "followed-up": ["followed-up", "snooze"],
  thanked: ["sent", "snooze"],
  snooze: ["snooze"],
  undo: ["undo"],
  status: ["status"],
};

/** What a denied cue suggests: "not rejected yet" is most likely still waiting for a decision. */
const SUGGESTED_WHEN_DENIED: Partial<Record<Cue, readonly Suggestion[]>> = {
  offer: ["decision", "snooze"],
  rejected: ["decision", "status"],
  withdrawn: ["status", "snooze"],
  "heard-back": ["snooze", "status"],
  decision: ["decision", "snooze"],
  "followed-up": ["snooze"],
  thanked: ["snooze"],
  snooze: ["status"],
};

export function suggestionsOf(hits: readonly CueHit[], lexicon: Lexicon): string[] {
  const found: string[] = [];
  for (const hit of hits) {
    const keys =
      (hit.context.negated ? SUGGESTED_WHEN_DENIED[hit.cue] : undefined) ?? SUGGESTED[hit.cue] ?? [];
    for (const key of keys) {
      const command = lexicon.suggestions[key];
      if (!found.includes(command)) found.push(command);
    }
  }
  if (found.length === 0) found.push(lexicon.suggestions.status, lexicon.suggestions.snooze);
  return found.slice(0, 3);
}
