import type { InviteLexicon } from "../invite-lexicon";

/** Italian: Gmail "Messaggio inoltrato", Outlook "Da:/Inviato:/A:/Oggetto:", Apple Mail. */
export const IT_INVITE: InviteLexicon = {
  lang: "it",
  markers: ["il", "lo", "la", "gli", "di", "che", "con", "per", "lei", "tuo", "tua", "sua", "siamo", "una", "e", "alle"],
  forward: {
    separators: ["Messaggio inoltrato", "Messaggio originale", "Inizio messaggio inoltrato:"],
    from: ["Da"],
    date: ["Inviato", "Data"],
    subject: ["Oggetto"],
    to: ["A", "Cc", "Priorità"],
  },
  interviewWords: ["colloquio", "colloquio conoscitivo", "colloquio tecnico", "intervista", "videocolloquio", "incontro"],
  invitationPhrases: [
    "invitarti",
    "invitarla",
    "ti invitiamo",
    "la invitiamo",
    "siamo lieti di",
    "è confermato",
    "fissato",
  ],
  interviewerLabels: ["con", "partecipanti", "intervistatori", "selezionatori"],
  organizerTitles: ["recruiter", "risorse umane", "hr", "talent acquisition", "selezione del personale", "assistente"],
  greetings: ["ciao", "gentile", "buongiorno", "buonasera", "egregio", "caro", "cara"],
  signOffs: ["cordiali saluti", "un saluto", "saluti", "distinti saluti", "a presto"],
  companyPrepositions: ["presso", "in", "da"],
  decisionPhrases: ["ti daremo un riscontro", "riscontro entro", "risposta entro", "ti faremo sapere", "decisione entro", "ti aggiorneremo"],
  durationCues: ["durata", "dura", "circa"],
  minuteWords: ["minuti", "minuto", "min"],
  hourWords: ["ore", "ora"],
  rejectionPhrases: ["non proseguire", "purtroppo", "altro candidato", "non è stata selezionata", "non è stato selezionato"],
  offerPhrases: ["offerta di lavoro", "proposta contrattuale", "proposta di assunzione"],
  reschedulePhrases: ["spostare", "riprogrammare", "nuovo orario", "rimandare", "invece"],
};
