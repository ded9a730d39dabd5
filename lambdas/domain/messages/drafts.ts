import type { Interviewer } from "../types";
import type { Draft } from "./blocks";

/** What a draft may mention: all of it taken from the invite, so all of it optional. */
export interface DraftContext {
  readonly company: string | null;
  readonly role: string | null;
  readonly interviewers: readonly Interviewer[];
  /** The user said they have other offers: add the "still my first choice" line [001]. */
  readonly hasOtherOffers?: boolean;
}

function names(interviewers: readonly Interviewer[]): string[] {
  return interviewers
    .map((person) => person.name?.split(/[ ,]/)[0]?.trim() || "")
    .filter((name) => name.length > 0);
}

function joinNames(list: readonly string[]): string {
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

/** "Hi Priya and Tom," — or a neutral greeting when nobody is known. */
export function greeting(interviewers: readonly Interviewer[]): string {
  const known = names(interviewers);
  return known.length > 0 ? `Hi ${joinNames(known)},` : "Hello,";
}

function theRole(context: DraftContext): string {
  return context.role ? `the ${context.role} role` : "the role";
}

function atCompany(context: DraftContext): string {
  return context.company ? ` at ${context.company}` : "";
}

const SIGN_OFF = "Best regards,\n[Your name]";

/**
 * A short thank-you to everyone met, within 24 hours [002 §4, 004, 000]. `met` says when, as it
 * reads on the day the note goes out: "today", "yesterday", "on Tuesday".
 */
export function thankYouDraft(context: DraftContext, met = "today"): Draft {
  return {
    subject: `Thank you — ${context.role ?? "our conversation"}${atCompany(context)}`,
    body: [
      greeting(context.interviewers),
      "",
      `Thank you for taking the time to talk with me ${met} about ${theRole(context)}${atCompany(context)}.`,
      "I especially enjoyed discussing [something you talked about].",
      `Our conversation confirmed my interest in the role, and I would be glad to contribute to the team.`,
      "",
      SIGN_OFF,
    ].join("\n"),
  };
}

/** Polite and brief: they are busy; is the timeline still right; still interested [001, 002 §2, §4]. */
export function followUpDraft(context: DraftContext, number: number): Draft {
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ?? "Your team"} remains my first choice, and I would value an update when you are able to share one.`,
      ]
    : [];
  const body =
    number <= 1
      ? [
          greeting(context.interviewers),
          "",
          `I hope your week is going well. I know this is a busy time, so I wanted to check in about ${theRole(context)}${atCompany(context)}.`,
          "Is the timeline we discussed still on track, and am I still being considered?",
          ...firstChoice,
          "I remain very interested in the role and would be happy to share anything else that helps.",
          "",
          SIGN_OFF,
        ]
      : [
          greeting(context.interviewers),
          "",
          `I am checking in once more about ${theRole(context)}${atCompany(context)}.`,
          "I understand these decisions take time. If there is any update on the timeline, I would appreciate hearing it.",
          ...firstChoice,
          "I am still very interested. Thank you again for your time.",
          "",
          SIGN_OFF,
        ];
  return {
    subject: `Checking in — ${context.role ?? "my application"}${atCompany(context)}`,
    body: body.join("\n"),
  };
}

/** After a rejection: ask, kindly, what could be better next time [003 §6]. */
export function feedbackRequestDraft(context: DraftContext): Draft {
  return {
    subject: `Thank you — ${context.role ?? "my application"}${atCompany(context)}`,
    body: [
      greeting(context.interviewers),
      "",
      `Thank you for letting me know, and for the time you spent with me during the process for ${theRole(context)}.`,
      "If you are able to share any feedback on my interviews, I would appreciate it; it would help me grow.",
      `I enjoyed meeting the team and would be glad to be considered for future openings${atCompany(context)}.`,
      "",
      SIGN_OFF,
    ].join("\n"),
  };
}

/** Move on: closure without bitterness, the door left open [002 §4]. */
export function closureDraft(context: DraftContext): Draft {
  return {
    subject: `Thank you — ${context.role ?? "my application"}${atCompany(context)}`,
    body: [
      greeting(context.interviewers),
      "",
      `Thank you again for considering me for ${theRole(context)}. I understand you may have moved forward in another direction.`,
      "I enjoyed learning about the team, and if anything changes or another role opens up, I would be glad to hear from you.",
      "",
      "Wishing you all the best,",
      "[Your name]",
    ].join("\n"),
  };
}
