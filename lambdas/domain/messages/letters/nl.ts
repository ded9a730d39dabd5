/**
 * Nederlandse brieven: „u“, „Beste“ met de namen zoals geschreven („Geachte heer, mevrouw,“ zonder
 * naam), „Met vriendelijke groet,“ als afsluiting.
 */
import type { Draft } from "../blocks";
import type { RelativeDay } from "../format-when";
import { type DraftContext, type Letters, letterWriter } from "./letters";

const write = letterWriter({
  language: "nl",
  greet: (names) => `Beste ${names},`,
  greetNobody: "Geachte heer, mevrouw,",
  signOff: "Met vriendelijke groet,\n[Voor- en achternaam]",
  atCompany: (company) => ` bij ${company}`,
  whenWeMet: {
    today: "van vandaag",
    yesterday: "van gisteren",
    weekday: (weekday) => `van ${weekday}`,
    date: (date) => `van ${date}`,
  },
});

const theRole = (context: DraftContext) => (context.role ? `de functie van ${context.role}` : "de functie");

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  return {
    subject: write.subject("Bedankt voor het gesprek", context),
    body: write.letter(context, [
      `Hartelijk dank voor het gesprek ${write.when(day)} over ${theRole(context)}${write.at(context)}.`,
      "Vooral ons gesprek over [een onderwerp dat aan bod kwam] vond ik erg interessant.",
      "Het gesprek heeft mijn interesse in de functie versterkt, en ik zou graag een bijdrage leveren aan uw team.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const lines = write.followUpLines(context, number, {
    first: [
      `Ik hoop dat het goed met u gaat. Ik begrijp dat het een drukke periode is; toch wil ik graag even informeren naar ${theRole(context)}${write.at(context)}.`,
      context.decisionDate
        ? "Is de planning die we bespraken nog actueel, en ben ik nog in de running?"
        : "Kunt u mij laten weten hoe de planning eruitziet en of ik nog in de running ben?",
      "Ik ben nog altijd zeer geïnteresseerd in de functie en stuur u graag aanvullende informatie als dat helpt.",
    ],
    again: [
      `Graag informeer ik nog een keer naar ${theRole(context)}${write.at(context)}.`,
      "Ik begrijp dat zulke beslissingen tijd kosten. Als er nieuws is over de planning, hoor ik dat graag.",
      "Mijn interesse in de functie is onveranderd. Nogmaals dank voor uw tijd.",
    ],
    firstChoice: `${context.company ?? "Uw organisatie"} blijft mijn eerste keus; ik hoor graag hoe het ervoor staat zodra u daar meer over kunt zeggen.`,
  });
  return {
    subject: write.subject("Stand van zaken sollicitatie", context),
    body: write.letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  return {
    subject: write.subject("Bedankt", context, "mijn sollicitatie"),
    body: write.letter(context, [
      `Dank u wel voor uw bericht en voor de tijd die u tijdens de procedure voor ${theRole(context)} voor mij heeft vrijgemaakt.`,
      "Als u wat feedback op mijn gesprekken kunt geven, zou ik dat zeer waarderen; daar kan ik bij een volgende sollicitatie veel mee.",
      `Ik vond het prettig om het team te leren kennen en kom graag in aanmerking voor toekomstige vacatures${write.at(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: write.subject("Bedankt", context, "mijn sollicitatie"),
    body: write.letter(context, [
      `Nogmaals dank dat u mij in overweging heeft genomen voor ${theRole(context)}. Ik begrijp dat u mogelijk voor een andere kandidaat heeft gekozen.`,
      "Ik vond het fijn om het team te leren kennen. Als er iets verandert of er een andere functie vrijkomt, hoor ik graag van u.",
      "Ik wens u en uw team alle goeds.",
    ]),
  };
}

export const NL_LETTERS: Letters = { greeting: write.greeting, thankYou, followUp, feedbackRequest, closure };
