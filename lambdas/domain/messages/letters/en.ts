/** English letters: informal first-name greetings, as English-speaking recruiters write. */
import type { Draft } from "../blocks";
import type { RelativeDay } from "../format-when";
import { type DraftContext, firstNames, type Letters, letterWriter } from "./letters";

const write = letterWriter({
  language: "en",
  greetingNames: firstNames,
  greet: (names) => `Hi ${names},`,
  greetNobody: "Hello,",
  signOff: "Best regards,\n[Your name]",
  atCompany: (company) => ` at ${company}`,
  dash: "—",
  whenWeMet: {
    today: "today",
    yesterday: "yesterday",
    weekday: (weekday) => `on ${weekday}`,
    date: (date) => `on ${date}`,
  },
});

function theRole(context: DraftContext): string {
  return context.role ? `the ${context.role} role` : "the role";
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  return {
    subject: write.subject("Thank you", context, "our conversation"),
    body: write.letter(context, [
      `Thank you for taking the time to talk with me ${write.when(day)} about ${theRole(context)}${write.at(context)}.`,
      "I especially enjoyed discussing [something you talked about].",
      "Our conversation confirmed my interest in the role, and I would be glad to contribute to the team.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const lines = write.followUpLines(context, number, {
    first: [
      `I hope your week is going well. I know this is a busy time, so I wanted to check in about ${theRole(context)}${write.at(context)}.`,
      context.decisionDate
        ? "Is the timeline we discussed still on track, and am I still being considered?"
        : "Could you share where things stand on the timeline, and whether I am still being considered?",
      "I remain very interested in the role and would be happy to share anything else that helps.",
    ],
    again: [
      `I am checking in once more about ${theRole(context)}${write.at(context)}.`,
      "I understand these decisions take time. If there is any update on the timeline, I would appreciate hearing it.",
      "I am still very interested. Thank you again for your time.",
    ],
    firstChoice: `${context.company ?? "Your team"} remains my first choice, and I would value an update when you are able to share one.`,
  });
  return {
    subject: write.subject("Checking in", context, "my application"),
    body: write.letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  return {
    subject: write.subject("Thank you", context, "my application"),
    body: write.letter(context, [
      `Thank you for letting me know, and for the time you spent with me during the process for ${theRole(context)}.`,
      "If you are able to share any feedback on my interviews, I would appreciate it; it would help me grow.",
      `I enjoyed meeting the team and would be glad to be considered for future openings${write.at(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: write.subject("Thank you", context, "my application"),
    body: write.letter(
      context,
      [
        `Thank you again for considering me for ${theRole(context)}. I understand you may have moved forward in another direction.`,
        "I enjoyed learning about the team, and if anything changes or another role opens up, I would be glad to hear from you.",
      ],
      "Wishing you all the best,\n[Your name]",
    ),
  };
}

export const EN_LETTERS: Letters = { greeting: write.greeting, thankYou, followUp, feedbackRequest, closure };
