/**
 * The words that give a person named in an invitation their part in the meeting, one table each
 * per language (../ingest/people-joining reads them): who joins or sits in is met, beside the
 * writer when they join "us"; a negation in the clause says they will not be there.
 */
export interface PeopleRoleWords {
  /**
   * Verbs whose subject joins the meeting, stems allowed ("join*" is not: "Join Zoom Meeting"),
   * "…" where words fall between their parts ("schuift … aan", "kommt … dazu"): whoever they are
   * said of, before them or right after them ("Va a estar también Lucía Benítez"), is met.
   */
  readonly joinVerbs: readonly string[];
  /** Someone else is there too ("too", "auch", "ook", "aussi", "también", "anche"): the writer, when no one else is met. */
  readonly alsoWords: readonly string[];
  /** The writer's side as the object of joining ("us", "me", "uns", "nous", "moi"): the writer is met too. */
  readonly usWords: readonly string[];
  /** Words that deny a clause ("not", "nicht", "niet", "pas", "no", "non", "não"): who "can't join" is not met. */
  readonly notWords: readonly string[];
  /**
   * Words that add a person beside someone met ("accompanied by", "as well as", "together with",
   * "accompagnée de", "insieme a"): whoever follows them in the same sentence is met too.
   */
  readonly besideWords: readonly string[];
}
