/**
 * What reading an invitation needs from one language, as data: the words mail clients print around
 * a forward, the words of interviews and meetings, the labels of people lists, and the phrases of
 * decisions, durations, rejections, offers and reschedules. Every language fills every part (the
 * compiler checks it); adding a phrasing is adding a row. Phrases are matched in lower case, on
 * word boundaries, with any run of spaces between words.
 */
import type { Lang } from "./lang";
import type { PeopleRoleWords } from "./people-roles-lexicon";

export interface ForwardHeaderWords {
  /** Lines that open a forwarded or quoted message, without their dashes ("Forwarded message"). */
  readonly separators: readonly string[];
  /** Header field names as the clients of this language print them, before the colon. */
  readonly from: readonly string[];
  readonly date: readonly string[];
  readonly subject: readonly string[];
  readonly to: readonly string[];
}

export interface InviteLexicon {
  readonly lang: Lang;
  /** Short words frequent in this language and rare in the others: how a text's language is told. */
  readonly markers: readonly string[];
  readonly forward: ForwardHeaderWords;
  /** Words that name an interview ("Vorstellungsgespräch", "entretien", "colloquio"). */
  readonly interviewWords: readonly string[];
  /** Phrases that arrange a meeting with the reader ("laden Sie … ein" is written as its parts). */
  readonly invitationPhrases: readonly string[];
  /** Labels of the list of people the candidate will meet ("Interviewers:", "Mit:", "Avec :"). */
  readonly interviewerLabels: readonly string[];
  /**
   * Words before the people met in a sentence ("with", "mit", "avec", "vous rencontrerez"); a verb
   * whose parts close around them is written with "…" ("nehmen … teil", "schuift … aan").
   */
  readonly withWords: readonly string[];
  /** The writer saying they will hold the meeting themself ("I'll call you", "ich rufe Sie an"). */
  readonly writerMeetsPhrases: readonly string[];
  /**
   * The writer moving the meeting they hold themself, in the first person ("something came up on my
   * end", "¿lo podemos pasar al jueves?", "bij mij lukt dinsdag niet"): with no one else named,
   * the writer is the person met, unless a coordinator's title says they only schedule.
   */
  readonly writerMovesPhrases: readonly string[];
  /**
   * The writer saying they are among the people met, beside others ("me plus", "ich werde ebenfalls
   * dabei sein", "sarò presente anch'io", "vou eu e"): the sender interviews too.
   */
  readonly writerJoinsPhrases: readonly string[];
  /** The words that give a named person their part: joining, beside someone, not there (./people-roles-lexicon). */
  readonly peopleRoles: PeopleRoleWords;
  /**
   * The writer saying they will not be there ("Yo no estaré presente", "Io non sarò presente"):
   * never among the people met, whatever else the mail says.
   */
  readonly writerAbsentPhrases: readonly string[];
  /**
   * Phrases that send the candidate to someone with their questions ("if you have any questions",
   * "bei Fragen", "qualquer dúvida, fale com"): someone named in the same clause after one is whom
   * to ask, not whom to meet.
   */
  readonly contactPhrases: readonly string[];
  /**
   * Phrases that put a meeting in the past or thank for it ("thanks for", "letzte Woche", "suite à
   * votre échange"): someone named in the same clause was met before, not in the meeting arranged.
   */
  readonly pastMeetingPhrases: readonly string[];
  /**
   * Words saying a moved meeting keeps what it had ("still", "again", "wieder", "toujours", "di
   * nuovo"): "Vous échangerez toujours avec Mathilde" names the person met as before.
   */
  readonly stillWords: readonly string[];
  /** Words joining names in a list ("and", "und", "et", "y", "e", "en"). */
  readonly andWords: readonly string[];
  /**
   * The writer among the people met, as a subject ("und ich", "moi-même", "e io"): the sender
   * interviews too. Object forms ("mit mir") also ask to be contacted, so they are left out.
   */
  readonly selfWords: readonly string[];
  /**
   * The writer as an object beside others met ("me", "mir", "mij", "conmigo", "por mim própria"):
   * the sender interviews too, but only when the same list names someone else ("mit mir" alone asks
   * to be contacted).
   */
  readonly selfObjectWords: readonly string[];
  /**
   * What the people named before it will do with the candidate ("will call you", "La chiamerà",
   * "zijn er allebei bij"): the names that open the clause are met.
   */
  readonly peopleActPhrases: readonly string[];
  /** Pronouns and words for someone unnamed ("she", "jemand", "quien"): never a first name. */
  readonly pronouns: readonly string[];
  /**
   * Verbs of holding the interview, "…" where the person who holds it is named: before ("… führt
   * das Gespräch", "… will be interviewing you"), after ("te va a entrevistar …", "quem vai
   * conduzir a entrevista é …") or between ("sarà … a farti il colloquio"). A first name alone
   * counts there ("Marcus will be the one interviewing you").
   */
  readonly conductPhrases: readonly string[];
  /**
   * Someone's absence, "…" where they are named ("… is out sick", "ist … erkrankt", "empêchement
   * de …"): in a mail that moves the interview, the person whose absence moved it still holds it.
   */
  readonly absencePhrases: readonly string[];
  /**
   * Verbs whose subject meets the candidate and whose object is the candidate, as stems
   * ("recib*", "ricever*", "recevr*", "empfang*", "ontvang*"): beside `youObjects` they make the
   * shapes "Lo recibirán …", "… La riceveranno", "… vous recevront", "… werden Sie empfangen"
   * (../ingest/meeting-verbs), whatever the tense or person of the verb.
   */
  readonly meetVerbs: readonly string[];
  /** The candidate as the object before such a verb ("te", "lo", "La", "vous", "Sie", "je", "u"). */
  readonly youObjects: readonly string[];
  /**
   * A front desk ("reception", "recepción", "portaria", "Empfang", "accueil"): someone who receives
   * the candidate there only shows the way.
   */
  readonly frontDeskWords: readonly string[];
  /** Words opening a subordinate clause ("that", "dass", "que", "che", "dat"): its subject follows them. */
  readonly thatWords: readonly string[];
  /**
   * First words of an organisation's name ("Gruppo", "Stichting", "Banco"): what follows one is a
   * company, a bank or a hospital, never a person to meet.
   */
  readonly organizationWords: readonly string[];
  /** Words that open a street's name ("Via", "Calle", "Rue", "Corso"): "Corso Vittorio Emanuele" is no one. */
  readonly streetWords: readonly string[];
  /** First words of job titles written after a name ("Leiterin", "Directrice", "Gerente"): never a name. */
  readonly jobTitleWords: readonly string[];
  /** Titles of people who only organise ("Recruiting Coordinator", "Personalreferentin"). */
  readonly organizerTitles: readonly string[];
  /** Words before a name that are no part of it: articles and colleagues ("la", "o", "mein Kollege"). */
  readonly beforeNames: readonly string[];
  /** Titles written before a person's name, as written ("Frau", "Herrn", "Mme", "Sra.", "Dott.ssa"). */
  readonly honorifics: readonly string[];
  /** Greetings before the candidate's name ("Hi", "Hallo", "Bonjour"). */
  readonly greetings: readonly string[];
  /** Sign-offs after which the sender's signature follows ("Best regards", "Viele Grüße"). */
  readonly signOffs: readonly string[];
  /** Words that name an application or its process in a subject ("Ihre Bewerbung", "candidature"). */
  readonly applicationWords: readonly string[];
  /**
   * Words of a meeting that name no interview ("Termin", "ci vediamo", "on se voit"): with a time
   * and a word of {@link jobWords}, what the user forwarded is their interview.
   */
  readonly meetingWords: readonly string[];
  /** Words about a job: a position, hiring, recruiting ("Stelle", "poste", "vaga", "talent acquisition"). */
  readonly jobWords: readonly string[];
  /** The word after the employer's name before the role ("Acme for Data Analyst", "Farmavida para …"). */
  readonly roleForWords: readonly string[];
  /** Words before a role that an employer follows ("as … at Acme", "come … presso", "als … bei"). */
  readonly roleAsWords: readonly string[];
  /** Words before the role applied for ("position of", "Position", "poste de", "vaga de"). */
  readonly roleCues: readonly string[];
  /** Labels of a line that names the role ("Puesto:", "Stelle:", "Functie:"), before the colon, in lower case. */
  readonly roleLabels: readonly string[];
  /**
   * Phrases right before the employer's name in a sentence, as written ("on behalf of", "im Namen
   * der", "au sein de", "em nome da"); the name after one is capitalised.
   */
  readonly companyIntroductions: readonly string[];
  /**
   * Phrases of an agency before the employer it recruits for ("our client", "unser Mandant",
   * "notre client"): the name after one is the employer, whoever writes.
   */
  readonly clientIntroductions: readonly string[];
  /**
   * Words of a recruitment agency's trade ("Personalberatung", "Executive Search", "Werving &
   * Selectie", "cabinet de recrutement"): a signature line with one is an agency's, which writes
   * for its client.
   */
  readonly agencyWords: readonly string[];
  /** What an employer named before it wants of the reader ("wil je graag ontmoeten", "möchte Sie kennenlernen"). */
  readonly employerWants: readonly string[];
  /** Labels of a line that names the employer ("Company:", "Entreprise :", "Empresa:"). */
  readonly companyLabels: readonly string[];
  /**
   * Words that say what a mail is ("Terminbestätigung", "Rappel", "Proposta"): a subject's word, never
   * the employer's name.
   */
  readonly messageWords: readonly string[];
  /** Words before the employer's name ("at", "bei", "chez", "en", "na", "bij", "presso"). */
  readonly companyPrepositions: readonly string[];
  /** Phrases promising a decision; a date after one is the decision date. */
  readonly decisionPhrases: readonly string[];
  /**
   * Phrases asking the reader to answer by a date ("let us know by", "gib uns … Bescheid", "merci de
   * nous confirmer", "ti chiediamo di"): the date in that sentence is the reader's, no decision date.
   */
  readonly readerDeadlinePhrases: readonly string[];
  /** Words before a bare day of the month ("d'ici le 15", "entro il 15", "até dia 11", "bis zum 15."). */
  readonly dayOfMonthWords: readonly string[];
  /** Words before a calendar week's number ("KW 10", "week 10", "semaine 10"). */
  readonly weekWords: readonly string[];
  /**
   * The end of a week counted from the mail's, as weeks ahead ("end of next week" 1, "Ende dieser
   * Woche" 0): a promise by one gives that week's Friday.
   */
  readonly weekEndPhrases: Readonly<Record<string, number>>;
  /** Phrases before a length ("allow about", "Dauer:", "durée"), and the unit words. */
  readonly durationCues: readonly string[];
  /** Words after a length that make it the meeting's whole ("Een kwartiertje is genoeg", "une heure suffira"). */
  readonly lengthSufficesWords: readonly string[];
  readonly minuteWords: readonly string[];
  readonly hourWords: readonly string[];
  /**
   * Phrases of an employer's decision, matched word by word on folded text in one stated sentence
   * ("stem*", "…" for a short gap): "haben uns … für eine andere Bewerberin entschieden", "helaas …
   * niet", "nous avons le regret". A bare regret word ("leider") is no decision.
   */
  readonly rejectionPhrases: readonly string[];
  /**
   * Phrases of a decision still to come ("you will hear whether", "ob wir Sie", "si vous êtes
   * retenu"): a sentence holding one states none, whatever decision words it holds.
   */
  readonly pendingDecisionPhrases: readonly string[];
  /** Phrases that confirm an application was received ("Eingang Ihrer Bewerbung"): no interview. */
  readonly receiptPhrases: readonly string[];
  /**
   * Phrases that ask the reader to book a slot themselves ("choose a time that suits you", "wählen
   * Sie … Link … Termin", "réservez votre créneau", "plan … zelf … in"), matched word by word on
   * folded text ("…" a short gap, "stem*"): the mail's days and hours are a window, no slot (see
   * ingest/no-slot-yet).
   */
  readonly slotBookingPhrases: readonly string[];
  /**
   * Phrases that promise the interview for later ("we'll be in touch to arrange", "ti contatteremo
   * per fissare", "te llamaremos para"), matched as {@link slotBookingPhrases}: an acknowledgement
   * holding one arranges none, whatever hours it gives.
   */
  readonly laterContactPhrases: readonly string[];
  /** Phrases of mails that mention an interview but arrange none: surveys, online tests, job alerts. */
  readonly otherMailPhrases: readonly string[];
  /**
   * Phrases of newsletters and job alerts ("Newsletter abbestellen", "date de baja", "webinar"):
   * a date and time in one is an event for many, not an interview, unless the mail invites.
   */
  readonly bulkMailPhrases: readonly string[];
  /**
   * Names of events for many and of sessions held in a group ("open day", "Tag der offenen Tür",
   * "journée portes ouvertes", "dinámica de grupo", "informatieavond", "webinar"): a mail whose
   * meeting is one names no interview of the reader's own (see ingest/classify), nor is the event's
   * name the employer's.
   */
  readonly eventWords: readonly string[];
  /** Phrases of a job offer, matched as {@link rejectionPhrases} are ("proposition d'embauche", "Zusage"). */
  readonly offerPhrases: readonly string[];
  /** Phrases that move an arranged interview ("move your interview to", "verschieben"). */
  readonly reschedulePhrases: readonly string[];
  /** Words before the time a moved meeting had ("instead of", "statt", "au lieu du"): not the meeting's. */
  readonly insteadOfWords: readonly string[];
  /**
   * Words right before the slot a moved meeting leaves, read only in a message that moves one
   * ("from", "was set for", "von", "du", "no podrá asistir el", "estava marcada para").
   */
  readonly movedFromWords: readonly string[];
  /** Words right before the slot a moved meeting goes to ("to", "auf", "au", "al", "para", "naar", "a"). */
  readonly movedToWords: readonly string[];
  /** Words right after a slot that say it no longer holds ("no longer works", "muss entfallen", "niet"). */
  readonly slotDroppedWords: readonly string[];
  /**
   * A moved meeting's new day counted from its old one, in days ("one week later" 7, "um eine Woche"
   * 7, "le lendemain" 1): the new slot is that day at the old time.
   */
  readonly dayShiftPhrases: Readonly<Record<string, number>>;
  /**
   * Words that keep a moved meeting's time on its new day ("same time", "gleiche Uhrzeit", "même
   * heure", "misma hora", "mesmo horário", "zelfde tijd", "stessa ora").
   */
  readonly sameTimeWords: readonly string[];
  /** Nouns of one of several proposed slots ("option", "Termin", "créneau", "opción", "optie"). */
  readonly optionWords: readonly string[];
  /** The ordinals of proposals in their order, each with its forms ("second", "zweiten", "deuxième"). */
  readonly ordinalWords: readonly (readonly string[])[];
  /** Words for "now", which chrono reads as today at this hour ("ora", "jetzt"): never a meeting time. */
  readonly nowWords: readonly string[];
  /** Words before a clock hour written alone ("um 10", "à 9", "a las 5", "alle ore 11"). */
  readonly clockWords: readonly string[];
  /**
   * Clock times with a name of their own after a clock word, in minutes after midnight ("à midi"
   * 720, "mezzogiorno e mezza" 750). An hour with a part of it ("om half elf", "um viertel nach
   * 10", "à trois heures et quart") is no row: the dates lexicon's hourParts compose it with
   * {@link hourNumbers} and digits (see ingest/clock-relations).
   */
  readonly namedTimes: Readonly<Record<string, number>>;
  /** The numbers one to twelve in words, in order, as a clock's hours are said ("neun", "nueve", "dix"). */
  readonly hourNumbers: readonly string[];
  /** Words after an hour that make it a clock time, not a length ("Uhr", "heures", "horas", "uur"). */
  readonly oClockWords: readonly string[];
  /** Words after an hour that keep it before noon ("morgens", "de la mañana", "du matin"). */
  readonly morningWords: readonly string[];
  /** Words between a range's start and end times ("bis", "à", "hasta", "às", "tot", "alle"). */
  readonly rangeWords: readonly string[];
  /** Words for "or" ("oder", "ou", "o", "of"): "vendredi ou lundi" offers two days, no range of them. */
  readonly orWords: readonly string[];
  /** Words after an hour that put it after noon ("nachmittags", "de la tarde", "di pomeriggio"). */
  readonly afternoonWords: readonly string[];
  /** Words for the number one ("an", "une", "eine"), in durations. */
  readonly oneWords: readonly string[];
  /** Lengths said in words alone, in minutes ("half an hour" 30, "drie kwartier" 45, "anderthalb Stunden" 90). */
  readonly lengthPhrases: Readonly<Record<string, number>>;
  /** Words after an hour's length that add half an hour ("and a half", "et demie", "e mezza"). */
  readonly andAHalf: readonly string[];
  /** Words after an hour's length that add a quarter of an hour ("and a quarter", "et quart", "e un quarto"). */
  readonly andAQuarter: readonly string[];
  /**
   * Words of a side remark with a time of its own, never the interview's: the office closing or
   * opening, lunch, reception, arriving early, a holiday ("our office closes at 5pm", "die Pforte
   * öffnet um 7 Uhr", "la oficina cierra a las 15:00"). With the reader's deadlines and past
   * meetings they count against a time when a mail gives several (../ingest/meeting-clause).
   */
  readonly sideRemarkWords: readonly string[];
  /** Words before the time a meeting ends ("will finish at", "endet gegen", "se terminera vers", "termina alle"). */
  readonly endWords: readonly string[];
  /** Words that make the times around them options to choose from ("if", "otherwise", "falls", "sinon"). */
  readonly alternativeWords: readonly string[];
  /** Words between an interview's word and its length ("entrevista de 30 minutos", "colloquio di un'ora"). */
  readonly lengthOf: readonly string[];
}

/** Zone words of one language → IANA zone ("heure de Paris" → Europe/Paris), matched in lower case. */
export type ZoneWords = Readonly<Record<string, string>>;
