/**
 * Outcomes said as families, not sentences (outcome-families.ts reads them): `parts` are word
 * families by name ("reject": "turned down", "binned", "abgelehnt"; "me": "me", "my
 * application"), and each closing's patterns combine them ("{reject} {me}", "{me} … {reject}",
 * "{arrived} {offerNoun}"). What `said` patterns make is read as that closing's cue, applied only
 * when plainly stated of the user's own application; what `suggested` ones make only hints at it
 * and is always asked about. A phrase is written as in lexicon.ts (words, "stem*", "…").
 */
type Patterns = Readonly<Partial<Record<"offer" | "rejected" | "withdrawn", readonly string[]>>>;

export interface OutcomeFamilies {
  readonly parts: Readonly<Record<string, readonly string[]>>;
  readonly said: Patterns;
  readonly suggested: Patterns;
  /**
   * Patterns that place a clause naming no one in the user's own application, as the verb form
   * does ("got the no", "rechacé la oferta", "recebi a proposta"): they join `subjects.impliedUser`.
   */
  readonly implied: readonly string[];
}
