/**
 * Deutsche Briefe: „Sie“, eine Anrede mit vollem Namen (geschlechtsneutral, wie geschrieben), der
 * Brieftext klein nach dem Komma der Anrede, „Mit freundlichen Grüßen“ ohne Komma.
 */
import type { Draft } from "../blocks";
import type { RelativeDay } from "../format-when";
import { type DraftContext, type Letters, letterWriter } from "./letters";

const write = letterWriter({
  language: "de",
  greet: (names) => `Guten Tag ${names},`,
  greetNobody: "Sehr geehrte Damen und Herren,",
  signOff: "Mit freundlichen Grüßen\n[Vorname Nachname]",
  atCompany: (company) => ` bei ${company}`,
  whenWeMet: {
    today: "heute",
    yesterday: "gestern",
    weekday: (weekday) => `am ${weekday}`,
    date: (date) => `am ${date}`,
  },
});

const asRole = (context: DraftContext) => (context.role ? ` als ${context.role}` : "");

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  return {
    subject: write.subject("Vielen Dank für das Gespräch", context),
    body: write.letter(context, [
      `vielen Dank für das angenehme Gespräch ${write.when(day)} über die Stelle${asRole(context)}${write.at(context)}.`,
      "Besonders interessant fand ich den Austausch über [ein Thema aus dem Gespräch].",
      "Das Gespräch hat mein Interesse an der Stelle bestärkt, und ich würde mich freuen, Ihr Team zu unterstützen.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const lines = write.followUpLines(context, number, {
    first: [
      `ich hoffe, es geht Ihnen gut. Sicher haben Sie gerade viel zu tun; dennoch möchte ich mich kurz nach dem Stand meiner Bewerbung${asRole(context)}${write.at(context)} erkundigen.`,
      context.decisionDate
        ? "Gilt der besprochene Zeitplan noch, und bin ich weiterhin im Auswahlverfahren?"
        : "Können Sie mir sagen, wie der weitere Zeitplan aussieht und ob ich noch im Auswahlverfahren bin?",
      "Ich bin weiterhin sehr an der Stelle interessiert und sende Ihnen gern weitere Unterlagen, falls das hilft.",
    ],
    again: [
      `ich möchte mich noch einmal nach dem Stand meiner Bewerbung${asRole(context)}${write.at(context)} erkundigen.`,
      "Mir ist bewusst, dass solche Entscheidungen Zeit brauchen. Falls es Neuigkeiten zum Zeitplan gibt, freue ich mich über eine kurze Nachricht.",
      "An der Stelle bin ich weiterhin sehr interessiert. Vielen Dank nochmals für Ihre Zeit.",
    ],
    firstChoice: `${context.company ?? "Ihr Unternehmen"} ist nach wie vor meine erste Wahl; über eine kurze Rückmeldung, sobald Sie Näheres sagen können, würde ich mich freuen.`,
  });
  return {
    subject: write.subject("Nachfrage zu meiner Bewerbung", context),
    body: write.letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  return {
    subject: write.subject("Vielen Dank", context, "meine Bewerbung"),
    body: write.letter(context, [
      `vielen Dank für Ihre Nachricht und für die Zeit, die Sie sich im Auswahlverfahren für die Stelle${asRole(context)} genommen haben.`,
      "Für eine kurze Rückmeldung zu meinen Gesprächen wäre ich Ihnen sehr dankbar; sie würde mir für künftige Bewerbungen helfen.",
      `Es hat mich gefreut, Ihr Team kennenzulernen, und ich würde mich freuen, bei künftigen Stellen${write.at(context)} wieder berücksichtigt zu werden.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: write.subject("Vielen Dank", context, "meine Bewerbung"),
    body: write.letter(context, [
      `vielen Dank noch einmal, dass Sie mich für die Stelle${asRole(context)} in Betracht gezogen haben. Falls Sie sich inzwischen anders entschieden haben, habe ich dafür volles Verständnis.`,
      "Es hat mich gefreut, Ihr Team kennenzulernen. Sollte sich etwas ändern oder eine andere Stelle frei werden, freue ich mich, von Ihnen zu hören.",
      "Ihnen und Ihrem Team alles Gute.",
    ]),
  };
}

export const DE_LETTERS: Letters = { greeting: write.greeting, thankYou, followUp, feedbackRequest, closure };
