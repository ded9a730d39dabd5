/** English letters: informal first-name greetings, as English-speaking recruiters write. */
import type { DraftContext } from "./letters";
import { firstNames, lettersOf } from "./letters";

const theRole = (context: DraftContext) => (context.role ? `the ${context.role} role` : "the role");

export const EN_LETTERS = lettersOf({
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
  thankYou: {
    opening: "Thank you",
    fallback: "our conversation",
    lines: ({ context, at }, met) => [
      `Thank you for taking the time to talk with me ${met} about ${theRole(context)}${at}.`,
      "I especially enjoyed discussing [something you talked about].",
      "Our conversation confirmed my interest in the role, and I would be glad to contribute to the team.",
    ],
  },
  followUp: {
    opening: "Checking in",
    fallback: "my application",
    first: ({ context, at }) => [
      `I hope your week is going well. I know this is a busy time, so I wanted to check in about ${theRole(context)}${at}.`,
      context.decisionDate
        ? "Is the timeline we discussed still on track, and am I still being considered?"
        : "Could you share where things stand on the timeline, and whether I am still being considered?",
      "I remain very interested in the role and would be happy to share anything else that helps.",
    ],
    again: ({ context, at }) => [
      `I am checking in once more about ${theRole(context)}${at}.`,
      "I understand these decisions take time. If there is any update on the timeline, I would appreciate hearing it.",
      "I am still very interested. Thank you again for your time.",
    ],
    firstChoice: ({ context }) =>
      `${context.company ?? "Your team"} remains my first choice, and I would value an update when you are able to share one.`,
  },
  feedbackRequest: {
    opening: "Thank you",
    fallback: "my application",
    lines: ({ context, at }) => [
      `Thank you for letting me know, and for the time you spent with me during the process for ${theRole(context)}.`,
      "If you are able to share any feedback on my interviews, I would appreciate it; it would help me grow.",
      `I enjoyed meeting the team and would be glad to be considered for future openings${at}.`,
    ],
  },
  closure: {
    opening: "Thank you",
    fallback: "my application",
    lines: ({ context }) => [
      `Thank you again for considering me for ${theRole(context)}. I understand you may have moved forward in another direction.`,
      "I enjoyed learning about the team, and if anything changes or another role opens up, I would be glad to hear from you.",
    ],
    signOff: "Wishing you all the best,\n[Your name]",
  },
});
