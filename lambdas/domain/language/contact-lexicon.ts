/** Phrases as lexicon.ts writes them ("stem*", "…"); spelled out so the two files need not import each other. */
type Phrases = readonly string[];

/**
 * What one language says of getting in touch, where who did it decides the step (contact.ts): the
 * user calling or writing is a follow-up, the user thanking a thank-you, the employer calling or
 * writing "heard back". The verbs are read with their doer, found around them by these words.
 */
export interface ContactLexicon {
  readonly contact: {
    /**
     * Getting in touch, in forms said of the past, or stems of them: "rang", "texted", "gave … a
     * ring", "angerufen", "… mail geschrieben", "relanc*", "llam*", "liguei", "gebeld", "chiamat*".
     */
    readonly verbs: Phrases;
    /** Thanking: "thanked", "bedankt", "remerci*", "agradec*", "ringraziat*". */
    readonly thanks: Phrases;
    /** The user receiving contact, whoever sent it: "got … a text", "kreeg … mail", "reçu … appel". */
    readonly received: Phrases;
    /**
     * A call or message from someone told as a noun ("call from the recruiter this morning",
     * "Anruf von Frau Lenz: …", "coup de fil de la rh"): news from them only where it opens what
     * is said, not where it names one ("ignore that email from them").
     */
    readonly fromThem: Phrases;
    /** Before the verb, the user as its doer: "i", "hab", "j'ai", "ho", "heb", "yo", "eu". */
    readonly byUser: Phrases;
    /**
     * Before the verb, someone else as its doer: "they", "hat", "m'a", "mi ha", "heeft", "wurde"
     * (the user was called). The employer's own names (`subjects.employer`) count as well.
     */
    readonly byThem: Phrases;
    /** Right after the verb, the user as its object: "called me", "rief mich", "belde me". */
    readonly toUser: Phrases;
    /**
     * Where phones drop the auxiliary before a participle ("Femke maandag gemaild", "markus
     * angerufen"), the verb forms that take their subject before them ("sanne belde", "pieter
     * appte"): before any other, a name is whom the user called. Absent: a name before the verb is
     * its subject ("sarah texted").
     */
    readonly finite?: Phrases;
    /** Words that put the contact still to come: "tomorrow", "later", "morgen", "demain", "mañana". */
    readonly toCome: Phrases;
    /**
     * Endings of the verb as written that name its doer, where the language's verb forms do: Spanish
     * "llamé"/"llamó", Portuguese "liguei"/"ligou". Checked on the verb's first word past the
     * `clitics`, the object pronouns before it ("me llamaron", "le mandé", "lhe escrevi").
     */
    readonly endings?: { readonly user: Phrases; readonly them: Phrases; readonly clitics: Phrases };
  };
}
