/**
 * A reply to one of our emails, matched to its round by the signed reply address (never by
 * guessing across rounds) and understood once by the inbound classifier. Primary course: the story
 * its words name runs (the table below) → the round changes once, undoably → re-plan → schedules
 * follow → a short answer in human words. Unclear words change nothing and get "did you mean …?";
 * out-of-office bodies get no answer at all.
 */
import { isAwaitingDate } from "../../domain/interview/record";
import { alreadyClosedMessage, unknownInterviewMessage } from "../../domain/messages";
import type { ReplyIntent } from "../../domain/replies";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { sendAnswer } from "../steps/answer";
import { replayApplied } from "../steps/applied";
import { planningFor } from "../steps/replan";
import { summaryOf } from "../steps/summaries";
import { closeByReply, isClosing } from "./closing";
import { askToConfirmClosing, confirmClosing, confirmedClosing } from "./confirm-closing";
import { answer, type Context, type ReplyInput } from "./context";
import { correct } from "./corrections";
import { completeForward } from "./held-forward";
import { nextRound } from "./next-round";
import { notUnderstoodMessage } from "./not-understood";
import { plainReply } from "./plain";
import { snooze } from "./snooze";
import { undo } from "./undo";

export type { ReplyInput } from "./context";

type Story = (context: Context) => Promise<InboundOutcome>;

/** Nothing changes; the answer offers the likeliest commands. */
const notUnderstood: Story = (context) =>
  answer(
    context,
    context.record,
    notUnderstoodMessage(context.input.written, context.understood, context.planning.policy.language),
    "not-understood",
  );

/** An offer, a rejection or a withdrawal: at once when plainly said, else after a "yes". */
const closingStory: Story = (context) => {
  const { intent, needsConfirmation, declinedOffer } = context.understood;
  if (!isClosing(intent)) return plainReply(context);
  return needsConfirmation
    ? askToConfirmClosing(context, intent)
    : closeByReply(context, intent, Boolean(declinedOffer));
};

/**
 * A day and hour to come with no meeting named ("daan wil dat ik maandag om half 2 langskom"):
 * maybe the next round, so nothing changes and the answer offers the command that adds it.
 */
const nextRoundStory: Story = (context) =>
  context.understood.needsConfirmation ? notUnderstood(context) : nextRound(context);

/** The stories that work on any round, open or not. */
const ANY_ROUND: ReadonlyMap<ReplyIntent, Story> = new Map<ReplyIntent, Story>([
  ["undo", undo],
  ["reopen", undo],
  ["correct", correct],
  ["unknown", notUnderstood],
]);

/** The stories that change an open round; anything else is a plain reply. */
const OPEN_ROUND: ReadonlyMap<ReplyIntent, Story> = new Map<ReplyIntent, Story>([
  ["snooze", snooze],
  ["next-round", nextRoundStory],
  ["offer", closingStory],
  ["rejected", closingStory],
  ["withdrawn", closingStory],
]);

export async function applyReply(input: ReplyInput, deps: Deps): Promise<InboundOutcome> {
  const { record, understood } = input;
  if (!record || !understood) {
    const sent = await sendAnswer(
      { ownerId: input.ownerId },
      input.messageKey,
      unknownInterviewMessage(deps.config.policy.language),
      deps,
    );
    return { action: "answered", detail: "unknown-interview", ...sent };
  }
  // Applied before (a redelivery, a redrive, however late): its answer as it was, nothing again.
  const replayed = await replayApplied(
    {
      ownerId: record.ownerId,
      about: record.interviewId,
      messageKey: input.messageKey,
      storageKey: input.storageKey,
    },
    deps,
  );
  if (replayed) return replayed;
  // An out-of-office notice answered on the user's behalf: acting or answering could start a loop.
  if (understood.automatic) return { action: "dropped", reason: "auto-reply" };
  const planning = await planningFor(deps);
  const context: Context = { input, record, understood, planning, deps };
  // "yes" to "it sounds like … — reply yes and I'll close it".
  const confirmed = confirmedClosing(context);
  if (confirmed) return confirmClosing(context, confirmed);
  // A forward waiting for its date: any reply but undo or a correction of another field is read for the date.
  const correctsField = understood.intent === "correct" && understood.correction?.field !== "date";
  const undoing = understood.intent === "undo" || understood.intent === "reopen";
  if (isAwaitingDate(record) && !correctsField && !undoing) return completeForward(context);
  const anyRound = ANY_ROUND.get(understood.intent);
  if (anyRound) return anyRound(context);
  if (record.status !== "active" && !record.appliedMessageIds.includes(input.messageKey)) {
    return answer(
      context,
      record,
      alreadyClosedMessage(
        summaryOf(record, planning.policy),
        record.log.outcome ?? null,
        planning.policy.language,
      ),
      "already-closed",
    );
  }
  return (OPEN_ROUND.get(understood.intent) ?? plainReply)(context);
}
