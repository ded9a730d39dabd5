import type { PhoneTable } from "../phone/types";

/** Italian replies naming who did it, with a reason or an aside after the news (Wednesday, Nov 25 2026). */
export const IT_FOURTH: PhoneTable = {
  // A closing said by someone named, not the user: read and asked, never applied at once.
  replies: [
    ["Bianchi mi ha mandato il rifiuto stamattina", "rejected?"],
    ["la dottoressa Conti ha scelto un altro", "rejected?"],
    ["Marco mi ha dato la bella notizia, mi prendono", "offer?"],
    ["Giulia mi ha detto che non vanno avanti con me", "rejected?"],
    ["scrivimi stasera, sono in macchina", "snooze", "2026-11-25"],
    ["ricordamelo domattina, ora sto cucinando", "snooze", "2026-11-26"],
    ["se è un rifiuto non voglio saperlo ora, chiedimelo tra una settimana", "snooze", "2026-12-02"],
    ["ultimo colloquio martedì 1 alle 15, poi chiudono per le feste", "next-round", "2026-12-01T15:00"],
    ["nessuna risposta prima dell'8, la direttrice è in trasferta", "decision-date", "2026-12-08"],
    ["Paolo mi ha dato un riscontro: vedono ancora due persone", "heard-back"],
    ["ho sollecitato Chiara, mi risponde lunedì", "decision-date", "2026-11-30"],
    ["mostrami tutte le candidature", "status"],
    ["dammi l'elenco dei colloqui", "status"],
    ["esportamelo in excel", "export"],
    ["togli Acme, era un errore", "forget"],
  ],
  traps: [
    "Marco ha ricevuto un'offerta da loro",
    "Giulia mi ha detto che la candidata scelta ha rifiutato?",
    "se Chiara mi dice di no ci riprovo l'anno prossimo",
    "Paolo pensa che mi prenderanno",
    "ho rifiutato il loro invito alla cena di Natale",
  ],
  gaps: [],
};
