/** English letters: informal first-name greetings, as English-speaking recruiters write. */
import type { Draft } from "../blocks";
import { listOf } from "../catalogue/intl";
import type { RelativeDay } from "../format-when";
import {
  type DayWords,
  type DraftContext,
  dayPhrase,
  firstFollowUpSent,
  firstNames,
  type Letters,
  letterText,
} from "./letters";

const SIGN_OFF = "Best regards,\n[Your name]";

function theRole(context: DraftContext): string {
  return context.role ? `the ${context.role} role` : "the role";
}

function atCompany(context: DraftContext): string {
  return context.company ? ` at ${context.company}` : "";
}

function greeting(interviewers: DraftContext["interviewers"]): string {
  const known = firstNames(interviewers);
  return known.length > 0 ? `Hi ${listOf("en", known, "conjunction")},` : "Hello,";
}

const WHEN_WE_MET: DayWords = {
  today: "today",
  yesterday: "yesterday",
  weekday: (weekday) => `on ${weekday}`,
  date: (date) => `on ${date}`,
};

function letter(context: DraftContext, lines: readonly string[], signOff = SIGN_OFF): string {
  return letterText(greeting(context.interviewers), lines, signOff);
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  return {
    subject: `Thank you — ${context.role ?? "our conversation"}${atCompany(context)}`,
    body: letter(context, [
      `Thank you for taking the time to talk with me ${dayPhrase(day, WHEN_WE_MET)} about ${theRole(context)}${atCompany(context)}.`,
      "I especially enjoyed discussing [something you talked about].",
      "Our conversation confirmed my interest in the role, and I would be glad to contribute to the team.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ?? "Your team"} remains my first choice, and I would value an update when you are able to share one.`,
      ]
    : [];
  const lines = firstFollowUpSent(context, number)
    ? [
        `I am checking in once more about ${theRole(context)}${atCompany(context)}.`,
        "I understand these decisions take time. If there is any update on the timeline, I would appreciate hearing it.",
        ...firstChoice,
        "I am still very interested. Thank you again for your time.",
      ]
    : [
        `I hope your week is going well. I know this is a busy time, so I wanted to check in about ${theRole(context)}${atCompany(context)}.`,
        context.decisionDate
          ? "Is the timeline we discussed still on track, and am I still being considered?"
          : "Could you share where things stand on the timeline, and whether I am still being considered?",
        ...firstChoice,
        "I remain very interested in the role and would be happy to share anything else that helps.",
      ];
  return {
    subject: `Checking in — ${context.role ?? "my application"}${atCompany(context)}`,
    body: letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  return {
    subject: `Thank you — ${context.role ?? "my application"}${atCompany(context)}`,
    body: letter(context, [
      `Thank you for letting me know, and for the time you spent with me during the process for ${theRole(context)}.`,
      "If you are able to share any feedback on my interviews, I would appreciate it; it would help me grow.",
      `I enjoyed meeting the team and would be glad to be considered for future openings${atCompany(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: `Thank you — ${context.role ?? "my application"}${atCompany(context)}`,
    body: letter(
      context,
      [
        `Thank you again for considering me for ${theRole(context)}. I understand you may have moved forward in another direction.`,
        "I enjoyed learning about the team, and if anything changes or another role opens up, I would be glad to hear from you.",
      ],
      "Wishing you all the best,\n[Your name]",
    ),
  };
}

export const EN_LETTERS: Letters = { greeting, thankYou, followUp, feedbackRequest, closure };
