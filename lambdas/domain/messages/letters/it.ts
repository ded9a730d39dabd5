/**
 * Lettere in italiano: il Lei per una persona, il Voi per più persone o per un team; «Gentile» con
 * i nomi così come scritti; frasi che non dipendono dal genere di chi scrive.
 */
import type { Draft } from "../blocks";
import { listOf } from "../catalogue/intl";
import type { RelativeDay } from "../format-when";
import {
  type DayWords,
  type DraftContext,
  dayPhrase,
  firstFollowUpSent,
  type Letters,
  letterText,
  namesAsWritten,
} from "./letters";

const SIGN_OFF = "Cordiali saluti,\n[Nome e cognome]";

function greeting(interviewers: DraftContext["interviewers"]): string {
  const names = namesAsWritten(interviewers);
  if (names.length === 0) return "Buongiorno,";
  return `${names.length === 1 ? "Gentile" : "Gentili"} ${listOf("it", names, "conjunction")},`;
}

/** Lei for one reader, Voi for several or for a team. */
function address(context: DraftContext) {
  const one = namesAsWritten(context.interviewers).length === 1;
  return {
    you: one ? "La" : "Vi",
    toYou: one ? "Le" : "Vi",
    have: one ? "ha" : "avete",
    be: one ? "stia" : "stiate",
    could: one ? "Potrebbe" : "Potreste",
    couldIf: one ? "potesse" : "poteste",
  };
}

const presso = (context: DraftContext) => (context.company ? ` presso ${context.company}` : "");
const thePost = (context: DraftContext) =>
  context.role ? `della posizione di ${context.role}` : "della posizione";
const aboutPost = (context: DraftContext) =>
  context.role ? `in merito alla posizione di ${context.role}` : "in merito alla posizione";
const forPost = (context: DraftContext) =>
  context.role ? `per la posizione di ${context.role}` : "per la posizione";

const WHEN_WE_MET: DayWords = {
  today: "oggi",
  yesterday: "ieri",
  weekday: (weekday) => weekday,
  date: (date) => `il ${date}`,
};

function letter(context: DraftContext, lines: readonly string[], signOff = SIGN_OFF): string {
  return letterText(greeting(context.interviewers), lines, signOff);
}

function subject(opening: string, context: DraftContext): string {
  return `${opening}${context.role ? ` – ${context.role}` : ""}${presso(context)}`;
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  const you = address(context);
  return {
    subject: subject("Grazie per il colloquio", context),
    body: letter(context, [
      `${you.you} ringrazio per il tempo che mi ${you.have} dedicato ${dayPhrase(day, WHEN_WE_MET)} per parlare ${thePost(context)}${presso(context)}.`,
      "Ho apprezzato in particolare il confronto su [un argomento del colloquio].",
      "Il colloquio ha confermato il mio interesse per la posizione, e mi farebbe piacere contribuire al lavoro del team.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const you = address(context);
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ?? "La Vostra azienda"} resta la mia prima scelta, e apprezzerei un aggiornamento quando sarà possibile condividerlo.`,
      ]
    : [];
  const lines = firstFollowUpSent(context, number)
    ? [
        `Mi permetto di scriver${you.toYou} di nuovo ${aboutPost(context)}${presso(context)}.`,
        "Comprendo che queste decisioni richiedono tempo. Se ci fossero novità sulle tempistiche, mi farebbe piacere saperlo.",
        ...firstChoice,
        "La posizione continua a interessarmi molto. Grazie ancora per il tempo dedicatomi.",
      ]
    : [
        `Spero che ${you.be} bene. So che è un periodo intenso, perciò ${you.toYou} scrivo per un aggiornamento ${aboutPost(context)}${presso(context)}.`,
        context.decisionDate
          ? "Le tempistiche di cui abbiamo parlato sono ancora valide, e la mia candidatura è ancora in valutazione?"
          : `${you.could} indicarmi a che punto è la selezione e se la mia candidatura è ancora in valutazione?`,
        ...firstChoice,
        "La posizione continua a interessarmi molto, e resto a disposizione per qualsiasi informazione utile.",
      ];
  return { subject: subject("Aggiornamento sulla mia candidatura", context), body: letter(context, lines) };
}

function feedbackRequest(context: DraftContext): Draft {
  const you = address(context);
  return {
    subject: subject("Grazie", context),
    body: letter(context, [
      `Grazie per avermelo comunicato e per il tempo che mi ${you.have} dedicato durante la selezione ${forPost(context)}.`,
      `Se ${you.couldIf} condividere un riscontro sui miei colloqui, mi sarebbe molto utile per crescere.`,
      `Ho apprezzato conoscere il team, e mi candiderei volentieri per future opportunità${presso(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  const you = address(context);
  return {
    subject: subject("Grazie", context),
    body: letter(
      context,
      [
        `${you.you} ringrazio ancora per aver preso in considerazione la mia candidatura ${forPost(context)}. Comprendo che possiate aver scelto un'altra direzione.`,
        `Ho apprezzato conoscere il team; se qualcosa dovesse cambiare o si aprisse un'altra posizione, mi farebbe piacere risentir${you.you}.`,
      ],
      "Con i migliori auguri,\n[Nome e cognome]",
    ),
  };
}

export const IT_LETTERS: Letters = { greeting, thankYou, followUp, feedbackRequest, closure };
