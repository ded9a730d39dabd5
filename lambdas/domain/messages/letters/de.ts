/**
 * Deutsche Briefe: „Sie“, eine Anrede mit vollem Namen (geschlechtsneutral, wie geschrieben), der
 * Brieftext klein nach dem Komma der Anrede, „Mit freundlichen Grüßen“ ohne Komma.
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

const SIGN_OFF = "Mit freundlichen Grüßen\n[Ihr Name]";

function greeting(interviewers: DraftContext["interviewers"]): string {
  const names = namesAsWritten(interviewers);
  return names.length > 0
    ? `Guten Tag ${listOf("de", names, "conjunction")},`
    : "Sehr geehrte Damen und Herren,";
}

const bei = (context: DraftContext) => (context.company ? ` bei ${context.company}` : "");
const asRole = (context: DraftContext) => (context.role ? ` als ${context.role}` : "");

const WHEN_WE_MET: DayWords = {
  today: "heute",
  yesterday: "gestern",
  weekday: (weekday) => `am ${weekday}`,
  date: (date) => `am ${date}`,
};

function letter(context: DraftContext, lines: readonly string[], signOff = SIGN_OFF): string {
  return letterText(greeting(context.interviewers), lines, signOff);
}

function subject(opening: string, context: DraftContext): string {
  return `${opening}${context.role ? ` – ${context.role}` : ""}${bei(context)}`;
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  return {
    subject: subject("Vielen Dank für das Gespräch", context),
    body: letter(context, [
      `vielen Dank für das angenehme Gespräch ${dayPhrase(day, WHEN_WE_MET)} über die Stelle${asRole(context)}${bei(context)}.`,
      "Besonders gefallen hat mir der Austausch über [ein Thema aus dem Gespräch].",
      "Das Gespräch hat mein Interesse an der Stelle bestärkt, und ich würde mich freuen, Ihr Team zu unterstützen.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ?? "Ihr Unternehmen"} ist nach wie vor meine erste Wahl; über eine kurze Rückmeldung, sobald Sie etwas sagen können, würde ich mich freuen.`,
      ]
    : [];
  const lines = firstFollowUpSent(context, number)
    ? [
        `ich möchte mich noch einmal freundlich nach dem Stand meiner Bewerbung${asRole(context)}${bei(context)} erkundigen.`,
        "Mir ist bewusst, dass solche Entscheidungen Zeit brauchen. Falls es Neuigkeiten zum Zeitplan gibt, freue ich mich über eine kurze Nachricht.",
        ...firstChoice,
        "Mein Interesse an der Stelle besteht weiterhin. Vielen Dank nochmals für Ihre Zeit.",
      ]
    : [
        `ich hoffe, es geht Ihnen gut. Ich weiß, dass gerade viel zu tun ist, und möchte mich daher kurz nach dem Stand meiner Bewerbung${asRole(context)}${bei(context)} erkundigen.`,
        context.decisionDate
          ? "Gilt der besprochene Zeitplan noch, und bin ich weiterhin im Auswahlverfahren?"
          : "Können Sie mir sagen, wie der weitere Zeitplan aussieht und ob ich noch im Auswahlverfahren bin?",
        ...firstChoice,
        "Ich bin weiterhin sehr an der Stelle interessiert und sende Ihnen gern weitere Unterlagen, falls das hilft.",
      ];
  return { subject: subject("Nachfrage zu meiner Bewerbung", context), body: letter(context, lines) };
}

function feedbackRequest(context: DraftContext): Draft {
  return {
    subject: subject("Vielen Dank", context),
    body: letter(context, [
      `vielen Dank für Ihre Nachricht und für die Zeit, die Sie sich im Auswahlverfahren für die Stelle${asRole(context)} genommen haben.`,
      "Wenn Sie mir eine kurze Rückmeldung zu meinen Gesprächen geben könnten, wäre ich Ihnen sehr dankbar; sie würde mir helfen, mich weiterzuentwickeln.",
      `Ich habe mich gefreut, Ihr Team kennenzulernen, und würde mich freuen, bei künftigen Stellen${bei(context)} wieder berücksichtigt zu werden.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: subject("Vielen Dank", context),
    body: letter(
      context,
      [
        `vielen Dank noch einmal, dass Sie mich für die Stelle${asRole(context)} in Betracht gezogen haben. Ich verstehe, dass Sie sich womöglich anders entschieden haben.`,
        "Es hat mich gefreut, Ihr Team kennenzulernen. Sollte sich etwas ändern oder eine andere Stelle frei werden, freue ich mich, von Ihnen zu hören.",
      ],
      "Alles Gute und freundliche Grüße\n[Ihr Name]",
    ),
  };
}

export const DE_LETTERS: Letters = { greeting, thankYou, followUp, feedbackRequest, closure };
