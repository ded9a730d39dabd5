import type { PhoneTable } from "../phone/types";

/** Italian replies written after the lexicon was filled, in other words again (Wednesday, Nov 25 2026). */
export const IT_SECOND: PhoneTable = {
  replies: [
    ["ho mandato i ringraziamenti a tutti e due", "thanked"],
    ["ringraziato il selezionatore per email", "thanked"],
    ["sollecito mandato stamattina", "followed-up", "2026-11-25"],
    ["ho riscritto alla recruiter venerdì", "followed-up", "2026-11-20"],
    ["mi ha chiamato l'agenzia, stanno ancora sentendo altri", "heard-back"],
    ["è arrivata una mail: ci vuole ancora un po'", "heard-back"],
    ["decisione attesa per il 2 dicembre", "decision-date", "2026-12-02"],
    ["mi danno l'esito entro fine mese", "decision-date", "2026-11-30"],
    ["ultimo colloquio giovedì 3 alle 10 con l'ad", "next-round", "2026-12-03T10:00"],
    ["prova tecnica lunedì alle 14", "next-round", "2026-11-30T14:00"],
    ["sono al lavoro, riscrivimi domani", "snooze", "2026-11-26"],
    ["ricordamelo venerdì per favore", "snooze", "2026-11-27"],
    ["mi hanno offerto il posto!", "offer"],
    ["ho firmato il contratto con loro", "offer"],
    ["hanno scelto qualcuno con più esperienza", "rejected"],
    ["ieri mi è arrivata la mail di rifiuto", "rejected"],
    ["ho comunicato alla hr che ritiro la candidatura", "withdrawn"],
    ["alla fine ho detto di no, lo stipendio era troppo basso", "withdrawn"],
    ["annulla l'ultima risposta", "undo"],
    ["fammi il riepilogo delle candidature", "status"],
    ["vorrei esportare tutto", "export"],
    ["togli Acme dalla lista", "forget"],
  ],
  traps: [
    "la mia ex collega ha avuto un'offerta da loro",
    "se mi scartano pazienza",
    "ancora nessuna risposta negativa, buon segno",
    "ho rifiutato il caffè con il team",
    "è normale un rifiuto così veloce?",
    "l'asilo ha rifiutato la nostra domanda",
    "ho paura di essere scartata",
  ],
  gaps: [],
};
