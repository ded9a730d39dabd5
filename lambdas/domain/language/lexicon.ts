/**
 * What one language contributes to reading mail: tables only, no code. Every table is a list of
 * phrases in lower case; the shared grammar (grammar.ts) and the phrase matcher (phrases.ts) read
 * them the same way for every language. Phrase syntax: words separated by spaces; a word ending
 * in "*" matches any word it begins ("reject*" — rejected, rejection); a lone "…" stands for up
 * to four words of anything ("got … offer"). Accents are folded on both sides, so a table may be
 * written with them and still match a phone reply typed without.
 */
import type { CommandShapes } from "./command-lexicon";
import type { ContactLexicon } from "./contact-lexicon";
import type { DecisionLexicon } from "./decision-lexicon";
import type { InviteLexicon } from "./invite-lexicon";
import type { OutcomeFamilies } from "./outcome-lexicon";

export type Phrases = readonly string[];

/** What a clause may say: each reply intent's cue phrases, plus a bare yes or no. */
export type Cue =
  | "thanked"
  | "followed-up"
  | "decision"
  | "heard-back"
  | "next-round"
  | "offer"
  | "rejected"
  | "withdrawn"
  | "snooze"
  | "undo"
  | "reopen"
  | "status"
  | "export"
  | "help"
  | "forget"
  | "yes"
  | "no";

/** The commands an unclear reply is offered, written in the reply's language. */
export type Suggestion =
  | "sent"
  | "followed-up"
  | "heard-back"
  | "decision"
  | "next-round"
  | "offer"
  | "rejected"
  | "withdraw"
  | "snooze"
  | "status"
  | "undo";

export interface ReplyLexicon {
  /** Cue phrases per intent: a clause holding one may say that. */
  readonly cues: Readonly<Record<Cue, Phrases>>;
  /**
   * Times no day names ("after the holidays" aside): "na de krokusvakantie", "dans quelques
   * semaines". A decision promised for one is a decision still, undated.
   */
  readonly vaguePeriods: Phrases;
  /**
   * Words that name the thank-you note ("thank you note", "Dankesmail", "remerci*"), not a
   * passing "thanks": what was sent beside one is the thank-you, even to a follow-up prompt.
   */
  readonly thanks: Phrases;
  /**
   * A correction of what a forward was read as. `role`, `company`, `date`, `interviewer`: a
   * phrase, then the right value ("the role is …"). The other rows are the shared grammar of a date or time said
   * again (corrections-grammar.ts): [markers] [field] copula RIGHT [contrast WRONG], as in "oops
   * the loop is the 24th not the 23rd", "me equivoqué, es el 15 no el 16".
   */
  readonly corrections: {
    readonly role: Phrases;
    readonly company: Phrases;
    readonly date: Phrases;
    /** A phrase, then who was met: "the interviewer was", "o entrevistador é", "die Interviewerin war". */
    readonly interviewer: Phrases;
    /**
     * Words that say what follows puts a slip right: "oops", "small fix", "me equivoqué",
     * "klopt niet", "na verdade". Followed by a new value they correct; alone, some say undo.
     */
    readonly markers: Phrases;
    /** What a date or time said again is of: "the interview", "the call", "das Gespräch", "a chamada". */
    readonly fields: Phrases;
    /** The verb before the right value: "it's", "is", "ist", "c'est", "es", "è", "é", "het is". */
    readonly copulas: Phrases;
    /** A verb glossing a time said in words with its clock form: "halb drei heißt 14:30, nicht 15:30". */
    readonly glosses?: Phrases;
    /** The word before the wrong value: "not", "nicht", "pas", "no", "não", "niet", "non", "instead of". */
    readonly contrast: Phrases;
    /**
     * Words after a role's or company's phrase that tell how it is, not what it is called: "still
     * open", "wieder ausgeschrieben", "remote", "in Berlin". A value starting with one is news.
     */
    readonly news: Phrases;
  };
  /** Who a clause is about: the user ("I", "ich"), the employer ("they", "sie", "ils") or a third party. */
  readonly subjects: {
    readonly user: Phrases;
    readonly employer: Phrases;
    readonly others: Phrases;
    /**
     * The user's possessives ("my", "mein", "mon", "mi", "meu", "mijn", "mio"): one before a word
     * that no table of the lexicon knows names someone of the user's ("my flatmate got an offer",
     * "meine Nachbarin hat eine Absage"), a third party as the `others` rows are.
     */
    readonly possessives: Phrases;
    /**
     * One third person, as subject or object ("she", "him", "er", "ihm", "elle", "lui", "ella",
     * "ela", "lhe", "hij", "hem", "lei", "gli"): the recruiter or someone else; a closing
     * said of one is the user's only when the user is in it too ("she offered me the job").
     */
    readonly thirdPersons: Phrases;
    /**
     * Words that place a clause without a subject in the user's own application, as phone
     * replies drop the pronoun: verb forms ("Absage bekommen", "reçu un refus", "hanno scelto")
     * and "leider", "malheureusement": a closing beside one is the user's own news.
     */
    readonly impliedUser: Phrases;
  };
  /**
   * Things other than the application a closing word may be about: a flat, a loan, a visa, a
   * counter-offer from the current employer. A clause naming one is no news of the application
   * ("Absage für die Wohnung", "contre-offre de mon boss actuel").
   */
  readonly otherMatters: Phrases;
  /** Words before an employer's name ("from", "bei", "chez"): a closing from another one is not this one. */
  readonly companyMarks: Phrases;
  /**
   * What a closing is of (issue #20, objects.ts). An offer a word of `another` qualifies ("another
   * offer", "ein anderes Angebot", "otra oferta") is another employer's. A closing verb followed
   * by a `determiners` word ("my", "a", "un") after any `recipients` ("me", "mir") has an object:
   * one naming none of `application` nor a time of `spans` ("rejected my expense report", "offered
   * me a coffee") is something else than the application. Either is asked about, never applied.
   * An interview is no `application` word: one offered is a step, not the outcome; and an offer
   * phrase holding one of `meetings` ("sie haben mir ein zweites Gespräch angeboten", the verb last)
   * offers a meeting.
   */
  readonly closingObjects: {
    readonly another: Phrases;
    readonly offerNouns: Phrases;
    readonly recipients: Phrases;
    readonly determiners: Phrases;
    readonly application: Phrases;
    readonly spans: Phrases;
    readonly meetings: Phrases;
    /**
     * Verbs of offering ("offered", "angeboten", "ofrecieron", "offerto"): they take an object, and
     * an offer said with one is the job's only when the clause names it ("offered me more time").
     */
    readonly offerVerbs: Phrases;
    /** "with", "mit", "avec": an object read ends before them ("declined the lunch with the team"). */
    readonly companions: Phrases;
  };
  /** Outcomes said as families: word families and the patterns that combine them (outcome-lexicon.ts). */
  readonly outcomeFamilies: OutcomeFamilies;
  /**
   * Words of regret and asides ("unfortunately", "leider", "btw", "übrigens"): after a denial they
   * deny nothing ("he said no sadly", "they said no btw" are a no, not "no sadly").
   */
  readonly regrets: Phrases;
  /**
   * Words saying the interview on record is none of the user's ("never applied there", "spam",
   * "nie beworben"): a removal said with them asks to forget the company, not an interviewer.
   */
  readonly notAnApplication: Phrases;
  /** Words that deny what follows them in the clause. */
  readonly negation: Phrases;
  /**
   * Words that deny what comes right before them, where the language puts the denial after the
   * verb: "die nehmen mich nicht", "ze willen me toch niet". None where it comes first.
   */
  readonly negationAfter?: Phrases;
  /** Words that open a question ("is it", "est-ce que"); a "?" or "¿" asks in every language. */
  readonly question: Phrases;
  /** "if", "wenn", "si": what follows is a condition, not news. */
  readonly conditional: Phrases;
  /** Hopes and fears: "hope", "afraid", "j'espère", "ojalá". */
  readonly hopeFear: Phrases;
  /** The future: "they will make me an offer" is a plan, not news of a closing. */
  readonly future: Phrases;
  /** Time to come only after what it qualifies ("withdraw later"); before, what came next ("later they called"). */
  readonly afterwards?: Phrases;
  /** Taking back what was just said: "jk", "Spaß", "je rigole". */
  readonly retraction: Phrases;
  /**
   * Still in the process ("still in the running", "noch dabei", "toujours en lice"): a closing in a
   * reply that says so is asked, never applied ("automatic rejection, but the recruiter says I'm
   * still in").
   */
  readonly stillIn: Phrases;
  /** Saying something earlier was a slip: "by mistake", "aus Versehen", "par erreur". */
  readonly selfCorrection: Phrases;
  /** What "forget …" may name instead of a company: all of the user's data ("everything", "alles"). */
  readonly everything: Phrases;
  /**
   * Words after a phrase that say it has not happened: "yet", "noch nicht", "pas encore" ("didn't
   * get the job yet"). A clause of nothing else ("… yet!") says it of the clause before.
   */
  readonly notYet: Phrases;
  /**
   * Phrases that may mean a closing but never say it plainly ("the req was put on hold", "Stelle
   * auf Eis gelegt"): read as that closing, and always asked about.
   */
  readonly guesses: Readonly<Record<"offer" | "rejected" | "withdrawn", Phrases>>;
  /**
   * A number's dot makes it an ordinal before any word ("2. Runde", "am 29. Mai"), not only
   * before one in lower case: then it ends no sentence (grammar.ts).
   */
  readonly ordinalDot: boolean;
  /** Words that start a new clause inside a sentence: "but", "aber", "mais". */
  readonly clauseBreaks: Phrases;
  /** Frequent short words, for telling the language of a text. */
  readonly stopWords: Phrases;
  /** Quote and reply headers of mail clients localised into this language. */
  readonly quote: {
    /** First words of an attribution line: "On", "Am", "Le", "Il giorno". */
    readonly attributionStart: Phrases;
    /** Its last word: "wrote", "schrieb", "a écrit". */
    readonly wrote: Phrases;
    /** Outlook header labels: "From", "Von"; "Sent"/"Date", "Gesendet". */
    readonly from: Phrases;
    readonly sent: Phrases;
    /** "Original Message", "Ursprüngliche Nachricht". */
    readonly original: Phrases;
    /** Mobile signatures' first words: "Sent from my", "Von meinem". */
    readonly sentFrom: Phrases;
  };
  /**
   * Shorthands typed on a phone, each with the word or words it stands for: ["q", "que"],
   * ["nn", "non"], ["ff", "even"]; and other ways to write the same words, such as a pronoun
   * after its verb (["ligaram me", "me ligaram"]: "ligaram-me" in Portugal). Every reply table
   * also reads its phrases with the shorthand in place of those words (shorthands.ts), in the
   * order listed: a later row may shorten an earlier row's result.
   */
  readonly shorthands: ReadonlyArray<readonly [string, string]>;
  /** The commands to suggest, as the user would type them in this language. */
  readonly suggestions: Readonly<Record<Suggestion, string>>;
  /** A clause's intent said by what surrounds a time (shapes.ts), a not-now or a removal (command-lexicon.ts). */
  readonly shapes: CommandShapes & {
    /**
     * Politeness and filler a time comes with ("bitte", "porfa", "lol", "magari", "next"): a
     * reply to a follow-up or move-on prompt of a time and these only asks to be asked again then.
     */
    readonly fillers: Phrases;
    /**
     * A meeting named without "round" ("Probetag", "appuntamento", "kennismaking", "prueba
     * técnica"): told after an interview with a day to come, it is the next round.
     */
    readonly appointments: Phrases;
    /**
     * Words before a day that a denied decision comes on, besides the date tables' "before" and
     * "until": "antes del" ("no deciden nada antes del 22 de marzo"), where the article is one word with "de".
     */
    readonly bounds: Phrases;
    /** Thanks for something the product sent ("danke für die", "merci pour le"): what follows is thanked, not asked for. */
    readonly thanksFor: Phrases;
    /**
     * Someone leaving, said of a third party ("their first choice declined", "o outro candidato
     * desistiu"): words too loose to be the user's own closing, yet beside the employer wanting
     * the user again they say the application is back on (a reopen).
     */
    readonly othersLeft: Phrases;
    /**
     * The role open again ("the position opened up again", "die Stelle ist wieder frei"): beside
     * the employer getting in touch, the application is back on (a reopen); alone, no news.
     */
    readonly openAgain: Phrases;
    /**
     * Thanks and praise said to the assistant ("top bedankt", "super, danke", "merci beaucoup"):
     * a reply of these and filler only is politeness, no step, whatever the prompt.
     */
    readonly politeness: Phrases;
    /**
     * Verbs of saying that are decision cues on their own ("said", "meinte", "a dit"): what they
     * report is the decision only when it is a day alone or names the answer (`answerWords`).
     */
    readonly saying: Phrases;
    /** Words that name the answer awaited ("feedback", "Rückmeldung", "réponse", "uitslag"). */
    readonly answerWords: Phrases;
    /** How sure or how near a day is said ("probably", "spätestens", "vers", "uns"): part of a reported day. */
    readonly hedges: Phrases;
  };
}

/**
 * Named periods a date phrase may refer to, resolved with the user's holiday calendar; the weekend
 * is the coming one ("after the weekend": the first working day after it).
 */
export type HolidayPeriod =
  | "christmas"
  | "new-year"
  | "epiphany"
  | "carnival"
  | "easter"
  | "holidays"
  | "summer"
  | "weekend"
  | "long-weekend"
  /** "vacation", "Ferien", "vacances": the summer's in summer, the year-end's in winter, else unknown. */
  | "vacation";

/**
 * How a named day is dated each year: a fixed day ("july 4"), days from Easter Sunday (Ash
 * Wednesday is -46), or the `nth` `weekday` of a month (Thanksgiving: the 4th Thursday of
 * November; -1 the last), with `plus` days after it (Black Friday).
 */
export type DayRule =
  | { readonly month: number; readonly day: number }
  | { readonly easter: number }
  | { readonly month: number; readonly weekday: number; readonly nth: number; readonly plus?: number };

export interface DateLexicon {
  /** Month names and abbreviations, January first (twelve entries). */
  readonly months: readonly Phrases[];
  /** Weekday names and abbreviations, Monday first (seven entries). */
  readonly weekdays: readonly Phrases[];
  /** Names of holiday periods: "christmas", "Weihnachten", "les fêtes". */
  readonly holidays: Readonly<Record<HolidayPeriod, Phrases>>;
  /** "after", "nach", "après": the first working day after the period. */
  readonly after: Phrases;
  /** "before", "vor", "avant": the last working day before it. */
  readonly before: Phrases;
  /** "until", "bis", "jusqu'à": as "after" for a snooze. */
  readonly until: Phrases;
  /** "early", "Anfang", "début de": the 1st of the month named next. */
  readonly early: Phrases;
  /** "end of", "Ende", "fin": the last day of the month named next. */
  readonly late: Phrases;
  /** "mid", "Mitte", "mi-": the 15th of the month named next. */
  readonly mid: Phrases;
  /** Words that make a bare hour a meeting time ("at", "um", "à", "a las", "às", "om", "alle"). */
  readonly at: Phrases;
  /**
   * Parts of an hour in words, written `before` or `after` the hour, with the minutes they add
   * to it: "half past 2" (before, 30), "halb drei" and "half drie" (before, -30: 2:30), "kwart
   * voor 3" (before, -15), "3 y media" (after, 30), "3 menos cuarto" (after, -15).
   */
  readonly hourParts: ReadonlyArray<readonly [string, "before" | "after", number]>;
  /** Clock words after an hour that make it a time: "Uhr", "uur", "u", "heures", "horas", "hs", "ore". */
  readonly clock: Phrases;
  /** Words after an hour below 12 that put it in the afternoon or evening: "pm", "nachmittags", "da tarde". */
  readonly afternoon: Phrases;
  /** Words after an hour that keep it in the morning: "am", "morgens", "du matin", "de la mañana". */
  readonly morning: Phrases;
  /** 12:00 and 00:00 in words: "noon", "Mittag", "midi", "mediodía", "meio-dia", "mezzogiorno". */
  readonly noon: Phrases;
  readonly midnight: Phrases;
  /**
   * Named days of the year with the rule that dates them: "thanksgiving", "Aschermittwoch",
   * "fête du travail", "Ferragosto". Alone or after "until"/"by" the day itself; after "after"
   * the working day after it; after "before" the working day before it.
   */
  readonly namedDays: ReadonlyArray<readonly [Phrases, DayRule]>;
  /** "the day after", "le lendemain de", "am Tag nach": the day after the date named next. */
  readonly dayAfter: Phrases;
  /**
   * Weekday names that are ordinals too ("segunda", "sexta"), and the words they count before
   * which they name no day: "segunda fase", "segunda entrevista", "sexta vaga".
   */
  readonly ordinalWeekdays?: { readonly names: Phrases; readonly counted: Phrases };
  /** Words before a bare day of the month: "the" (17th), "am" (17.), "le", "el", "dia", "de", "il". */
  readonly dayOfMonth: Phrases;
  /**
   * Words that say a date again in other words: "o sea", "c'est-à-dire", "cioè". The day after
   * them is the one meant ("en 8 días hábiles... o sea el 27": the 27th, whatever the count gives).
   */
  readonly restated?: Phrases;
  /** Words after a span of days that count it on weekdays: "hábiles", "ouvrés", "lavorativi". */
  readonly workingDays?: Phrases;
  /** Relative day words that make a text worth handing to the date parser: "tomorrow", "morgen". */
  readonly relative: Phrases;
  /** "this week", "der Woche", "la semaine": after "early"/"end of", this week's Monday or Friday. */
  readonly thisWeek: Phrases;
  /**
   * "next week", "nächste Woche", "la semaine prochaine": after a weekday, that weekday of next
   * week ("Freitag in einer Woche"); after "early"/"end of", its Monday or Friday.
   */
  readonly nextWeek: Phrases;
  /**
   * Day words with their distance from today, longest first where one holds another
   * ("übermorgen" 2, "vorgestern" -2, "gisteravond" -1): what a parser may not know or may read
   * only in part ("pasado mañana" as tomorrow).
   */
  readonly dayOffsets: ReadonlyArray<readonly [string, number]>;
  /**
   * Parts of today with the hour a reminder comes at: "ce soir" 18, "esta tarde" 16. A snooze to
   * one is today, not tomorrow at the send time.
   */
  readonly laterToday?: ReadonlyArray<readonly [string, number]>;
  /** Words before a span from now: "in" (3 days), "dans", "en", "daqui", "over", "tra". */
  readonly within: Phrases;
  /** Number words from one to twelve (twelve entries: hours too), with the articles that mean one: "a", "eine", "une". */
  readonly numbers: readonly Phrases[];
  /** Names of the units a span is counted in. */
  readonly units: Readonly<Record<"day" | "week" | "month", Phrases>>;
  /** Order of a numeric day and month: "12/16" (US) or "16/12", "16.12." (European). */
  readonly numericOrder: "month-first" | "day-first";
}

export type Lexicon = ReplyLexicon & DateLexicon & InviteLexicon & ContactLexicon & DecisionLexicon;
