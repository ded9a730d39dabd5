/**
 * Nederlandse brieven: „u“, „Beste“ met de namen zoals geschreven („Geachte heer, mevrouw,“ zonder
 * naam), „Met vriendelijke groet,“ als afsluiting.
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

const SIGN_OFF = "Met vriendelijke groet,\n[Uw naam]";

function greeting(interviewers: DraftContext["interviewers"]): string {
  const names = namesAsWritten(interviewers);
  return names.length > 0 ? `Beste ${listOf("nl", names, "conjunction")},` : "Geachte heer, mevrouw,";
}

const bij = (context: DraftContext) => (context.company ? ` bij ${context.company}` : "");
const theRole = (context: DraftContext) => (context.role ? `de functie van ${context.role}` : "de functie");

const WHEN_WE_MET: DayWords = {
  today: "van vandaag",
  yesterday: "van gisteren",
  weekday: (weekday) => `van ${weekday}`,
  date: (date) => `van ${date}`,
};

function letter(context: DraftContext, lines: readonly string[], signOff = SIGN_OFF): string {
  return letterText(greeting(context.interviewers), lines, signOff);
}

function subject(opening: string, context: DraftContext): string {
  return `${opening}${context.role ? ` – ${context.role}` : ""}${bij(context)}`;
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  return {
    subject: subject("Bedankt voor het gesprek", context),
    body: letter(context, [
      `Hartelijk dank voor het gesprek ${dayPhrase(day, WHEN_WE_MET)} over ${theRole(context)}${bij(context)}.`,
      "Vooral het gesprek over [een onderwerp uit het gesprek] vond ik erg interessant.",
      "Het gesprek heeft mijn interesse in de functie bevestigd, en ik zou graag aan uw team bijdragen.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ?? "Uw organisatie"} blijft mijn eerste keus; ik zou een update waarderen zodra u die kunt delen.`,
      ]
    : [];
  const lines = firstFollowUpSent(context, number)
    ? [
        `Graag informeer ik nog één keer naar ${theRole(context)}${bij(context)}.`,
        "Ik begrijp dat zulke beslissingen tijd kosten. Als er nieuws is over de planning, hoor ik dat graag.",
        ...firstChoice,
        "Mijn interesse in de functie is onveranderd. Nogmaals dank voor uw tijd.",
      ]
    : [
        `Ik hoop dat het goed met u gaat. Ik begrijp dat het een drukke periode is; toch wilde ik graag even informeren naar ${theRole(context)}${bij(context)}.`,
        context.decisionDate
          ? "Is de planning die we bespraken nog actueel, en ben ik nog in beeld?"
          : "Kunt u mij laten weten hoe de planning eruitziet en of ik nog in beeld ben?",
        ...firstChoice,
        "Ik ben nog altijd zeer geïnteresseerd in de functie en deel graag aanvullende informatie als dat helpt.",
      ];
  return { subject: subject("Stand van zaken sollicitatie", context), body: letter(context, lines) };
}

function feedbackRequest(context: DraftContext): Draft {
  return {
    subject: subject("Bedankt", context),
    body: letter(context, [
      `Dank u wel voor uw bericht en voor de tijd die u tijdens de procedure voor ${theRole(context)} voor mij heeft vrijgemaakt.`,
      "Als u wat feedback op mijn gesprekken kunt geven, zou ik dat zeer waarderen; het helpt mij verder.",
      `Ik vond het prettig om het team te leren kennen en kom graag in aanmerking voor toekomstige vacatures${bij(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: subject("Bedankt", context),
    body: letter(
      context,
      [
        `Nogmaals dank dat u mij in overweging heeft genomen voor ${theRole(context)}. Ik begrijp dat u mogelijk een andere richting heeft gekozen.`,
        "Ik vond het fijn om het team te leren kennen. Als er iets verandert of er een andere functie vrijkomt, hoor ik graag van u.",
      ],
      "Met vriendelijke groet en alle goeds,\n[Uw naam]",
    ),
  };
}

export const NL_LETTERS: Letters = { greeting, thankYou, followUp, feedbackRequest, closure };
