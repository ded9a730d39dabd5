/**
 * Answers to the user's replies about one interview: what changed, a snooze as it landed, a next
 * round, the closing news (offer, rejection, withdrawal), undo, and "did you mean …?".
 */
import type { Lang } from "../language/lang";
import type { ReminderKind } from "../types";
import { type Block, oneLine } from "./blocks";
import { catalogueOf } from "./catalogue";
import { listOf } from "./catalogue/intl";
import { feedbackRequestDraft } from "./letters";
import {
  employerLanguage,
  factsTable,
  type InterviewSummary,
  kindLabel,
  message,
  planBlocks,
  type RenderedMessage,
  sendToBlocks,
  whenInterview,
  whenPrompt,
} from "./summary";

/** A short confirmation of what a reply changed, and what comes next. */
export function replyAckMessage(
  summary: InterviewSummary,
  change: string,
  language: Lang = "en",
): RenderedMessage {
  const { replies, plan } = catalogueOf(language);
  return message(language, replies.ackSubject(change), [
    { kind: "paragraph", text: replies.ack(change) },
    { kind: "paragraph", text: summary.planned.length > 0 ? plan.whatNext : plan.nothingMore },
    ...(summary.planned.length > 0 ? planBlocks(summary, language) : []),
  ]);
}

/** "next round Dec 3 at 2pm": the earlier round stops, and the new round's plan is listed. */
export function nextRoundMessage(
  previous: InterviewSummary,
  next: InterviewSummary | null,
  language: Lang = "en",
): RenderedMessage {
  const { replies, undoHint } = catalogueOf(language);
  if (!next?.start) {
    return message(language, replies.nextRoundNoDateSubject(previous.company), [
      { kind: "paragraph", text: replies.nextRoundWellDone },
      { kind: "paragraph", text: replies.nextRoundAskDate },
      { kind: "hint", text: undoHint },
    ]);
  }
  return message(language, replies.nextRoundSubject(previous.company, whenInterview(next, language)), [
    { kind: "heading", text: replies.nextRoundHeading },
    { kind: "paragraph", text: replies.nextRoundText },
    factsTable(next, language),
    { kind: "paragraph", text: replies.nextRoundPlan },
    ...planBlocks(next, language),
    { kind: "hint", text: replies.nextRoundInvite(undoHint) },
  ]);
}

/** A snooze, as it landed: the prompt, its new time, and why it is not exactly when asked. */
export function snoozedMessage(
  summary: InterviewSummary,
  moved: {
    readonly kind: ReminderKind;
    readonly at: string | null;
    readonly asked: string;
    readonly note: string | null;
  },
  language: Lang = "en",
): RenderedMessage {
  const { replies, plan } = catalogueOf(language);
  const label = kindLabel(moved.kind, language);
  const when = moved.at ? whenPrompt(moved.at, summary, language) : null;
  return message(language, replies.snoozedSubject(label, when), [
    { kind: "heading", text: replies.snoozedHeading },
    {
      kind: "paragraph",
      text: when ? replies.snoozedMoved(label, when, moved.note) : replies.snoozedDropped(label, moved.note),
    },
    { kind: "paragraph", text: plan.whatNext },
    ...planBlocks(summary, language),
    { kind: "hint", text: replies.snoozedOnlyLater },
  ]);
}

/**
 * After a reply that did not read clearly: nothing changed; the likeliest commands first ("did you
 * mean …?"), then the full list.
 */
export function helpMessage(
  notUnderstood: string | null,
  suggestions: readonly string[] = [],
  language: Lang = "en",
): RenderedMessage {
  const { help, replyCommands } = catalogueOf(language);
  const didYouMean =
    suggestions.length > 0
      ? help.didYouMean(listOf(language, suggestions.map(help.quote), "disjunction"))
      : null;
  const explained: Block[] =
    notUnderstood === null
      ? []
      : [
          {
            kind: "paragraph",
            text: notUnderstood.trim()
              ? help.notUnderstood(oneLine(notUnderstood, 120), didYouMean)
              : help.empty(didYouMean),
          },
        ];
  return message(language, notUnderstood !== null ? help.notUnderstoodSubject : help.subject, [
    ...explained,
    { kind: "paragraph", text: help.intro },
    { kind: "list", items: replyCommands },
  ]);
}

export function offerMessage(summary: InterviewSummary, language: Lang = "en"): RenderedMessage {
  const { replies, undoHint } = catalogueOf(language);
  return message(language, replies.offerSubject(summary.company), [
    { kind: "heading", text: replies.offerHeading },
    { kind: "paragraph", text: replies.offerText(summary.company) },
    { kind: "paragraph", text: replies.offerAdvice },
    { kind: "hint", text: undoHint },
  ]);
}

export function rejectedMessage(summary: InterviewSummary, language: Lang = "en"): RenderedMessage {
  const { replies, undoHint } = catalogueOf(language);
  return message(language, replies.rejectedSubject(summary.company), [
    { kind: "heading", text: replies.rejectedHeading },
    { kind: "paragraph", text: replies.rejectedText },
    ...sendToBlocks(summary, language),
    { kind: "draft", draft: feedbackRequestDraft(summary, employerLanguage(summary, language)) },
    { kind: "list", items: replies.rejectedQuestions },
    { kind: "hint", text: undoHint },
  ]);
}

export function closedMessage(
  summary: InterviewSummary,
  what: "withdrawn" | "heard back" | "declined",
  language: Lang = "en",
): RenderedMessage {
  const { replies, undoHint } = catalogueOf(language);
  const text =
    what === "withdrawn" ? replies.withdrawn : what === "declined" ? replies.declined : replies.heardBack;
  return message(language, replies.closedSubject(what, summary.company), [
    { kind: "paragraph", text },
    ...(summary.planned.length > 0 ? planBlocks(summary, language) : []),
    ...(what === "heard back" ? [] : [{ kind: "hint", text: undoHint } as Block]),
  ]);
}

/** "undo" / "reopen" applied: what was taken back, and the plan as it is again. */
export function undoneMessage(
  summary: InterviewSummary,
  change: string,
  reopened: boolean,
  language: Lang = "en",
): RenderedMessage {
  const { replies } = catalogueOf(language);
  return message(
    language,
    reopened
      ? replies.reopenedSubject(change, summary.company)
      : replies.undoneSubject(change, summary.company),
    [
      {
        kind: "paragraph",
        text: reopened ? replies.reopened(change, summary.company) : replies.undone(change),
      },
      ...planBlocks(summary, language),
    ],
  );
}

/** "undo" with nothing to take back. */
export function nothingToUndoMessage(summary: InterviewSummary, language: Lang = "en"): RenderedMessage {
  const { replies, plan } = catalogueOf(language);
  return message(language, replies.nothingToUndoSubject(summary.company), [
    { kind: "paragraph", text: replies.nothingToUndo },
    { kind: "paragraph", text: plan.whatNext },
    ...planBlocks(summary, language),
  ]);
}

/** A reply about an application that is closed: say so in words, and how to open it again. */
export function alreadyClosedMessage(
  summary: InterviewSummary,
  outcome: string | null,
  language: Lang = "en",
): RenderedMessage {
  const { replies } = catalogueOf(language);
  const outcomes: Readonly<Record<string, string>> = replies.outcomes;
  const why = outcome && Object.hasOwn(outcomes, outcome) ? (outcomes[outcome] ?? null) : null;
  return message(language, replies.closedAppSubject(summary.company), [
    { kind: "paragraph", text: replies.closedApp(summary.company, why) },
    { kind: "paragraph", text: replies.reopenHint },
  ]);
}

/** A reply to an interview that was deleted ("forget …") or never existed. */
export function unknownInterviewMessage(language: Lang = "en"): RenderedMessage {
  const { replies } = catalogueOf(language);
  return message(language, replies.unknownSubject, [{ kind: "paragraph", text: replies.unknown }]);
}
