/** Italiano: ciò che insiste, pretende, accusa, mette fretta o supplica — con parole più pacate. */
import type { ToneTable } from "../table";

export const IT_TONE: ToneTable = {
  entries: [
    {
      rule: "pressing",
      phrases: [
        "sto ancora aspettando",
        "aspetto ancora",
        "ancora nessuna risposta",
        /non ho ancora (?:ricevuto|avuto) (?:risposta|notizie)/,
        /(?:è passata una settimana|sono passate (?:due|tre|\d+) settimane)/,
        /come (?:scritto|detto) nella mia (?:ultima|precedente) e-?mail/,
      ],
      suggestion: "Chiedi invece: «Le tempistiche di cui abbiamo parlato sono ancora valide?»",
    },
    {
      rule: "demanding",
      phrases: [
        "esigo",
        "pretendo",
        /ho bisogno di (?:una|la Sua|la vostra) (?:risposta|decisione)/,
        "devo sapere",
        /(?:dovete|deve) rispondermi/,
        /mi aspetto (?:una|la Sua|la vostra) (?:risposta|decisione)/,
        "rispondetemi",
        "mi risponda subito",
        "per la terza volta",
        /(?:Le |Vi )?(?:scrivo|sollecito|chiedo|insisto) (?:ancora una volta|di nuovo)/,
        "in mancanza di risposta",
        /altrimenti (?:accetterò|accetto)/,
      ],
      suggestion:
        "Chiedi senza pretendere: «Potrebbe indicarmi quando pensate di prendere una decisione?» Se hai una scadenza reale, dilla una volta e con garbo: «Devo rispondere a un'altra offerta entro venerdì; ci sono novità sulle vostre tempistiche?»",
    },
    {
      rule: "accusatory",
      phrases: [
        /mi (?:aveva|avevate|ha|avete) (?:detto|promesso)/,
        /come (?:ho )?già detto/,
        /perché non mi (?:avete|ha) (?:risposto|ricontattato)/,
        /non mi (?:avete|ha) mai risposto/,
      ],
      suggestion:
        "Parla del piano, non delle loro parole: «Durante il colloquio si era parlato di una decisione verso venerdì; è ancora così?»",
    },
    {
      rule: "urgency",
      phrases: [
        "urgente",
        "urgentemente",
        "al più presto",
        "il prima possibile",
        "immediatamente",
        "subito",
        "entro oggi",
        "entro stasera",
        "entro fine giornata",
        "asap",
        "al più tardi",
      ],
      suggestion:
        "Togli l'urgenza; se hai una scadenza reale (un'altra offerta), dilla in modo semplice e gentile.",
    },
    {
      rule: "desperation",
      phrases: [
        /ho (?:davvero )?bisogno di questo (?:lavoro|posto)/,
        "disperato",
        "disperata",
        "vi supplico",
        "la supplico",
        "per favore, per favore",
        "la mia ultima possibilità",
        "farei qualsiasi cosa",
      ],
      suggestion:
        "Di' piuttosto cosa porti: «La posizione continua a interessarmi molto e mi farebbe piacere contribuire al team.»",
    },
  ],
  shouting: "Scrivi in minuscolo; le maiuscole sembrano urla.",
  exclamations: "Al massimo un punto esclamativo; un punto fermo e calmo trasmette sicurezza.",
};
