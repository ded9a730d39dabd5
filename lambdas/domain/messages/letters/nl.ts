/**
 * Nederlandse brieven: „u“, „Beste“ met de namen zoals geschreven („Geachte heer, mevrouw,“ zonder
 * naam), „Met vriendelijke groet,“ als afsluiting.
 */
import { type DraftContext, lettersOf } from "./letters";

const theRole = (context: DraftContext) => (context.role ? `de functie van ${context.role}` : "de functie");

export const NL_LETTERS = lettersOf({
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
  thankYou: {
    opening: "Bedankt voor het gesprek",
    lines: ({ context, at }, met) => [
      `Hartelijk dank voor het gesprek ${met} over ${theRole(context)}${at}.`,
      "Vooral ons gesprek over [een onderwerp dat aan bod kwam] vond ik erg interessant.",
      "Het gesprek heeft mijn interesse in de functie versterkt, en ik zou graag een bijdrage leveren aan uw team.",
    ],
  },
  followUp: {
    opening: "Stand van zaken sollicitatie",
    first: ({ context, at }) => [
      `Ik hoop dat het goed met u gaat. Ik begrijp dat het een drukke periode is; toch wil ik graag even informeren naar ${theRole(context)}${at}.`,
      context.decisionDate
        ? "Is de planning die we bespraken nog actueel, en ben ik nog in de running?"
        : "Kunt u mij laten weten hoe de planning eruitziet en of ik nog in de running ben?",
      "Ik ben nog altijd zeer geïnteresseerd in de functie en stuur u graag aanvullende informatie als dat helpt.",
    ],
    again: ({ context, at }) => [
      `Graag informeer ik nog een keer naar ${theRole(context)}${at}.`,
      "Ik begrijp dat zulke beslissingen tijd kosten. Als er nieuws is over de planning, hoor ik dat graag.",
      "Mijn interesse in de functie is onveranderd. Nogmaals dank voor uw tijd.",
    ],
    firstChoice: ({ context }) =>
      `${context.company ?? "Uw organisatie"} blijft mijn eerste keus; ik hoor graag hoe het ervoor staat zodra u daar meer over kunt zeggen.`,
  },
  feedbackRequest: {
    opening: "Bedankt",
    fallback: "mijn sollicitatie",
    lines: ({ context, at }) => [
      `Dank u wel voor uw bericht en voor de tijd die u tijdens de procedure voor ${theRole(context)} voor mij heeft vrijgemaakt.`,
      "Als u wat feedback op mijn gesprekken kunt geven, zou ik dat zeer waarderen; daar kan ik bij een volgende sollicitatie veel mee.",
      `Ik vond het prettig om het team te leren kennen en kom graag in aanmerking voor toekomstige vacatures${at}.`,
    ],
  },
  closure: {
    opening: "Bedankt",
    fallback: "mijn sollicitatie",
    lines: ({ context }) => [
      `Nogmaals dank dat u mij in overweging heeft genomen voor ${theRole(context)}. Ik begrijp dat u mogelijk voor een andere kandidaat heeft gekozen.`,
      "Ik vond het fijn om het team te leren kennen. Als er iets verandert of er een andere functie vrijkomt, hoor ik graag van u.",
      "Ik wens u en uw team alle goeds.",
    ],
  },
});
