/**
 * The words of a not-now and of a removal, per language: what the user says to be asked again
 * later (replies/later.ts) and how a command to forget opens (replies/removal.ts). Phrases as in
 * lexicon.ts: words, "stem*", and "…" for a short gap.
 */
export interface CommandShapes {
  /**
   * The user unable to see to it now ("busy rn", "gerade schlecht", "je conduis", "ahorita no
   * puedo", "druk"): a reply of these, a time and filler only asks to be asked again (later.ts).
   */
  readonly busy: readonly string[];
  /**
   * The user asking to be written to again ("hit me up", "meld dich", "on verra", "escribime",
   * "ne riparliamo"): with a time or a not-now, and nothing else, a snooze (later.ts).
   */
  readonly again: readonly string[];
  /**
   * Parts of a day said after one ("demain matin", "morgen früh") and spans within one ("in 2
   * hours"): still the time of a not-now reply.
   */
  readonly dayParts: readonly string[];
  /**
   * Verbs of removing said as a command, as typed with their pronouns ("delete", "lösch",
   * "supprime", "bórrala", "apaga", "verwijder", "cancellala"): opening the reply ("ils ont
   * supprimé l'annonce" tells, asks nothing) with the interview's company or a pointer after
   * them, or a mistake said after them, they ask to forget it (removal.ts).
   */
  readonly removals: readonly string[];
  /**
   * Words after a removal verb that point at the interview the reply is about ("this one", "das",
   * "la", "essa", "deze", "weg"): the verb asks to forget this one.
   */
  readonly pointers: readonly string[];
  /**
   * Verbs asking to be shown something, as typed with their pronouns ("show me", "zeig", "montre-moi",
   * "muéstrame", "fammi vedere", "laat … zien"): with a listing after them, a status (requests.ts).
   */
  readonly shows: readonly string[];
  /**
   * Verbs asking to be sent something ("send me", "schick mir", "envoie-moi", "mándame", "manda-me",
   * "stuur me", "mandami"): with a sheet after them, an export (requests.ts).
   */
  readonly sends: readonly string[];
  /** What the user's applications are called as a whole ("applications", "Bewerbungen", "candidature"). */
  readonly listings: readonly string[];
  /** What a spreadsheet is called ("spreadsheet", "Tabelle", "tableur", "planilha", "folha de cálculo", "foglio"). */
  readonly sheets: readonly string[];
}
