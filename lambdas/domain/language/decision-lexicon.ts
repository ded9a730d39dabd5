/**
 * When the employer will decide or answer, as one language says it: the words of the process
 * coming to its end, the words of the answer awaited, and the words that bound its day. The shared
 * reader (replies/decision-shape.ts) reads every language through these rows alike, so a phrasing
 * nobody listed ("ze hakken de knoop door op vrijdag", "le jury se réunit le 18 pour trancher")
 * reads as a decision date once its verb or noun is a row. Phrase syntax as in lexicon.ts.
 */
/** A table of phrases (lexicon.ts `Phrases`, spelled out: lexicon.ts imports this file). */
type Phrases = readonly string[];

export interface DecisionLexicon {
  readonly decisionShape: {
    /**
     * The employer acting to end the process: deciding, answering, getting back, closing or
     * wrapping it up, sorting it, choosing, meeting to decide ("decid*", "get back", "wrap* up",
     * "entscheid*", "melden sich", "trancher", "batem o martelo", "knoop door", "fanno sapere").
     * Said with the user as its subject ("I have to decide", "ich melde mich") it is the user's.
     */
    readonly acts: Phrases;
    /**
     * The answer awaited, whoever hears it: its nouns and the verbs of learning it ("outcome",
     * "find out", "we'll know", "Rückmeldung", "réponse", "retorno", "uitslag", "esito").
     */
    readonly answers: Phrases;
    /**
     * The user as the one who acts, right before an act ("i", "i have to", "ich", "je", "tengo
     * que", "eu", "ik", "devo"): "i'll get back to them monday" is the user's own plan.
     */
    readonly self: Phrases;
    /**
     * Words that make a day the earliest, no answer before it: "at the earliest", "frühestens",
     * "au plus tôt", "como pronto", "no mínimo", "op z'n vroegst", "al più presto".
     */
    readonly earliest: Phrases;
    /** Words saying nothing comes, besides the language's denials: "nix", "nothin". */
    readonly nothing: Phrases;
    /**
     * Something happening or moving, and the words it comes with ("happens", "passiert da",
     * "bouge", "pasa", "rola", "gebeurt er", "si muove"): denied before a day, nothing comes
     * before it ("vor Ostern passiert da nix mehr").
     */
    readonly happens: Phrases;
    /**
     * Words that report someone's word or hedge it ("according to", "apparently", "probably",
     * "laut", "d'après", "según", "segundo", "volgens", "secondo"): a person named after one
     * speaks for the employer, and a day so hedged is still the one told (no hope or fear).
     */
    readonly reported: Phrases;
  };
}
