import type { OutcomeTable } from "./types";

export const IT: OutcomeTable = {
  company: "Nuvola Tech",
  closings: [
    // Second batch, written after the build and read once as written.
    ["mi hanno bocciato al tecnico", "rejected"],
    ["hanno preferito un candidato interno", "rejected"],
    ["ho ricevuto il contratto", "offer"],
    ["ho rinunciato alla posizione", "withdrawn"],
    ["nuvola ha preso un altro", "rejected"],
    ["nuvola tech mi ha mandato il no", "rejected"],
    ["mi hanno scartato", "rejected"],
    ["non mi hanno preso", "rejected"],
    ["hanno scelto un candidato interno", "rejected"],
    ["è arrivata la mail di rifiuto", "rejected"],
    ["mi hanno mandato il contratto", "offer"],
    ["ho ricevuto la proposta!", "offer"],
    ["ho rifiutato la loro offerta", "withdrawn"],
    ["ho disdetto il colloquio, non mi serve più", "withdrawn"],
    ["mi sono ritirato dalla selezione", "withdrawn"],
    ["nuvola tech: niente da fare", "rejected?"],
  ],
  traps: [
    "il mio collega ha ricevuto il rifiuto",
    "se arriva il contratto lo firmo",
    // "se è" typed without its accent: the "e" is no "and" starting a clause after the "if".
    "se e arrivato il no",
    "ho rifiutato la cena con il team",
    "il mio amico ha ricevuto un'offerta da loro",
    "ho declinato l'invito al career day",
    "ancora nessun rifiuto, niente",
    "nessuna decisione prima del 18",
    "mi hanno rifiutato l'affitto",
    "la banca ha rifiutato il prestito",
    "il mio capo mi ha fatto una controfferta",
    "mi hanno scartato?",
    "se mi scartano provo altrove",
    "ho paura che prendano un altro",
    "ho detto no allo stipendio proposto, aspetto la loro controproposta",
    "il contratto non è ancora arrivato",
    "spero mi mandino l'offerta",
  ],
};

/** Written before the build and held back from it: phrasings no row was made for, read at the end. */
export const IT_PROBE: Pick<OutcomeTable, "closings" | "traps"> = {
  closings: [
    ["nuvola ha rifiutato la mia candidatura", "rejected"],
    ["hanno assunto un'altra persona", "rejected"],
    ["ho ricevuto il rifiuto da nuvola", "rejected"],
    ["mi hanno fatto un'offerta", "offer"],
    ["è arrivato il contratto", "offer"],
    ["ho ritirato la candidatura", "withdrawn"],
    ["ho rifiutato la loro proposta", "withdrawn"],
    ["ho annullato il secondo colloquio, ho trovato altro", "withdrawn"],
    ["la posizione è stata coperta internamente", "rejected"],
    ["non mi hanno scelto", "rejected"],
  ],
  traps: [
    "mia sorella è stata scartata da nuvola",
    "mi hanno rifiutato il rimborso",
    "è un rifiuto se non rispondono?",
    "magari prendono un altro",
    "ho declinato il pranzo con il team",
    "il contratto non è ancora arrivato",
    "se arriva il rifiuto ti dico",
    "il mio amico ha rifiutato la loro offerta",
  ],
};
