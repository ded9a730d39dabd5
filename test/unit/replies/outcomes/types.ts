/**
 * Outcomes said colloquially, one table per language, as families rather than sentences: the
 * employer turning the user down or choosing another, the user declining or withdrawing, an
 * outcome arriving ("got the no", "contract binnen"). `closings`: [reply, intent]; an intent
 * ending in "?" is read but asked about (the words only suggest it). `traps` must never apply a
 * closing: other people's outcomes, invitations declined, waits, other matters, questions,
 * conditions, fears, counter-offers, a pay figure refused while the process goes on.
 */
export interface OutcomeTable {
  /** The interview's company, as the replies name it. */
  readonly company: string;
  readonly closings: ReadonlyArray<readonly [text: string, intent: string]>;
  readonly traps: readonly string[];
}
