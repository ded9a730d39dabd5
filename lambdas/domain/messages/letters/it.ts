/**
 * Lettere in italiano: il Lei per una persona, il Voi per più persone o per un team; «Gentile» con
 * i nomi così come scritti; frasi che non dipendono dal genere di chi scrive.
 */
import { type DraftContext, lettersOf, type ReaderForms } from "./letters";

/** Lei for one reader, Voi for several or for a team. */
const YOU = {
  you: ["La", "Vi"],
  toYou: ["Le", "Vi"],
  have: ["ha", "avete"],
  be: ["stia", "stiate"],
  could: ["Potrebbe", "Potreste"],
  couldIf: ["potesse", "poteste"],
  may: ["possa", "possiate"],
} as const satisfies ReaderForms;

const thePost = (context: DraftContext) =>
  context.role ? `della posizione di ${context.role}` : "della posizione";
const aboutPost = (context: DraftContext) =>
  context.role ? `in merito alla posizione di ${context.role}` : "in merito alla posizione";
const forPost = (context: DraftContext) =>
  context.role ? `per la posizione di ${context.role}` : "per la posizione";

export const IT_LETTERS = lettersOf({
  language: "it",
  greet: (names, count) => `${count === 1 ? "Gentile" : "Gentili"} ${names},`,
  greetNobody: "Buongiorno,",
  signOff: "Cordiali saluti,\n[Nome e cognome]",
  atCompany: (company) => ` presso ${company}`,
  whenWeMet: {
    today: "oggi",
    yesterday: "ieri",
    weekday: (weekday) => weekday,
    date: (date) => `il ${date}`,
  },
  you: YOU,
  thankYou: {
    opening: "Grazie per il colloquio",
    lines: ({ context, at, you }, met) => [
      `${you.you} ringrazio per il tempo che mi ${you.have} dedicato ${met} per parlare ${thePost(context)}${at}.`,
      "Ho apprezzato in particolare il confronto su [un argomento del colloquio].",
      "Il colloquio ha confermato il mio interesse per la posizione, e mi farebbe piacere contribuire al lavoro del team.",
    ],
  },
  followUp: {
    opening: "Aggiornamento sulla mia candidatura",
    first: ({ context, at, you }) => [
      `Spero che ${you.be} bene. So che è un periodo intenso, perciò ${you.toYou} scrivo per avere un aggiornamento ${aboutPost(context)}${at}.`,
      context.decisionDate
        ? "Le tempistiche di cui abbiamo parlato sono ancora valide, e la mia candidatura è ancora in valutazione?"
        : `${you.could} indicarmi a che punto è la selezione e se la mia candidatura è ancora in valutazione?`,
      "La posizione continua a interessarmi molto, e resto a disposizione per qualsiasi informazione utile.",
    ],
    again: ({ context, at, you }) => [
      `Mi permetto di scriver${you.toYou} di nuovo ${aboutPost(context)}${at}.`,
      "Comprendo che queste decisioni richiedano tempo. Se ci fossero novità sulle tempistiche, mi farebbe piacere saperlo.",
      "La posizione continua a interessarmi molto. Grazie ancora per il tempo dedicatomi.",
    ],
    firstChoice: ({ context }) =>
      `${context.company ?? "La Vostra azienda"} resta la mia prima scelta, e apprezzerei un aggiornamento non appena sarà possibile condividerlo.`,
  },
  feedbackRequest: {
    opening: "Grazie",
    fallback: "la mia candidatura",
    lines: ({ context, at, you }) => [
      `Grazie per avermelo comunicato e per il tempo che mi ${you.have} dedicato durante la selezione ${forPost(context)}.`,
      `Se ${you.couldIf} condividere un riscontro sui miei colloqui, mi sarebbe molto utile per crescere.`,
      `È stato un piacere conoscere il team, e mi candiderei volentieri per future opportunità${at}.`,
    ],
  },
  closure: {
    opening: "Grazie",
    fallback: "la mia candidatura",
    lines: ({ context, you }) => [
      `${you.you} ringrazio ancora per aver preso in considerazione la mia candidatura ${forPost(context)}. Comprendo che ${you.may} aver fatto un'altra scelta.`,
      `È stato un piacere conoscere il team; se qualcosa dovesse cambiare o si aprisse un'altra posizione, mi farebbe piacere risentir${you.you}.`,
      "Auguro a tutto il team buon lavoro.",
    ],
  },
});
