/**
 * Deutsche Briefe: „Sie“, eine Anrede mit vollem Namen (geschlechtsneutral, wie geschrieben), der
 * Brieftext klein nach dem Komma der Anrede, „Mit freundlichen Grüßen“ ohne Komma.
 */
import { type DraftContext, lettersOf } from "./letters";

const asRole = (context: DraftContext) => (context.role ? ` als ${context.role}` : "");

export const DE_LETTERS = lettersOf({
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
  thankYou: {
    opening: "Vielen Dank für das Gespräch",
    lines: ({ context, at }, met) => [
      `vielen Dank für das angenehme Gespräch ${met} über die Stelle${asRole(context)}${at}.`,
      "Besonders interessant fand ich den Austausch über [ein Thema aus dem Gespräch].",
      "Das Gespräch hat mein Interesse an der Stelle bestärkt, und ich würde mich freuen, Ihr Team zu unterstützen.",
    ],
  },
  followUp: {
    opening: "Nachfrage zu meiner Bewerbung",
    first: ({ context, at }) => [
      `ich hoffe, es geht Ihnen gut. Sicher haben Sie gerade viel zu tun; dennoch möchte ich mich kurz nach dem Stand meiner Bewerbung${asRole(context)}${at} erkundigen.`,
      context.decisionDate
        ? "Gilt der besprochene Zeitplan noch, und bin ich weiterhin im Auswahlverfahren?"
        : "Können Sie mir sagen, wie der weitere Zeitplan aussieht und ob ich noch im Auswahlverfahren bin?",
      "Ich bin weiterhin sehr an der Stelle interessiert und sende Ihnen gern weitere Unterlagen, falls das hilft.",
    ],
    again: ({ context, at }) => [
      `ich möchte mich noch einmal nach dem Stand meiner Bewerbung${asRole(context)}${at} erkundigen.`,
      "Mir ist bewusst, dass solche Entscheidungen Zeit brauchen. Falls es Neuigkeiten zum Zeitplan gibt, freue ich mich über eine kurze Nachricht.",
      "An der Stelle bin ich weiterhin sehr interessiert. Vielen Dank nochmals für Ihre Zeit.",
    ],
    firstChoice: ({ context }) =>
      `${context.company ?? "Ihr Unternehmen"} ist nach wie vor meine erste Wahl; über eine kurze Rückmeldung, sobald Sie Näheres sagen können, würde ich mich freuen.`,
  },
  feedbackRequest: {
    opening: "Vielen Dank",
    fallback: "meine Bewerbung",
    lines: ({ context, at }) => [
      `vielen Dank für Ihre Nachricht und für die Zeit, die Sie sich im Auswahlverfahren für die Stelle${asRole(context)} genommen haben.`,
      "Für eine kurze Rückmeldung zu meinen Gesprächen wäre ich Ihnen sehr dankbar; sie würde mir für künftige Bewerbungen helfen.",
      `Es hat mich gefreut, Ihr Team kennenzulernen, und ich würde mich freuen, bei künftigen Stellen${at} wieder berücksichtigt zu werden.`,
    ],
  },
  closure: {
    opening: "Vielen Dank",
    fallback: "meine Bewerbung",
    lines: ({ context }) => [
      `vielen Dank noch einmal, dass Sie mich für die Stelle${asRole(context)} in Betracht gezogen haben. Falls Sie sich inzwischen anders entschieden haben, habe ich dafür volles Verständnis.`,
      "Es hat mich gefreut, Ihr Team kennenzulernen. Sollte sich etwas ändern oder eine andere Stelle frei werden, freue ich mich, von Ihnen zu hören.",
      "Ihnen und Ihrem Team alles Gute.",
    ],
  },
});
