/**
 * What the tone check knows of one language: the phrases that press, demand, accuse, rush or
 * plead in a note to an employer, each group with a calmer wording in the same language.
 */
export type ToneRule =
  | "pressing"
  | "demanding"
  | "accusatory"
  | "urgency"
  | "desperation"
  | "shouting"
  | "exclamations";

export interface ToneEntry {
  readonly rule: Exclude<ToneRule, "shouting" | "exclamations">;
  /** Phrases as written, matched whole and case-blind; a RegExp where a phrase has variable parts. */
  readonly phrases: ReadonlyArray<string | RegExp>;
  readonly suggestion: string;
}

export interface ToneTable {
  readonly entries: readonly ToneEntry[];
  readonly shouting: string;
  readonly exclamations: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One phrase as a pattern: whole words only (letters of any script count as word characters),
 * any run of spaces for a space, and either apostrophe (' or ’) for one.
 */
function phrasePattern(phrase: string | RegExp): string {
  const body =
    typeof phrase === "string" ? escapeRegExp(phrase.trim()).replace(/\s+/g, "\\s+") : `(?:${phrase.source})`;
  return `(?<![\\p{L}\\p{N}])${body.replace(/['’]/g, "['’]")}(?![\\p{L}\\p{N}])`;
}

/** An entry's phrases as one global, case-blind, Unicode pattern. */
export function entryPattern(entry: ToneEntry): RegExp {
  return new RegExp(entry.phrases.map(phrasePattern).join("|"), "giu");
}
