/**
 * "Undo" and "reopen". Primary course: the newest change on this round is taken back (the round
 * as it was, the rounds it closed opened again, the round it created removed) → re-plan → "Reopened"
 * or "Undone". A round closed from elsewhere (a sibling's reply, a forward, a settings change) is
 * reopened with the rounds closed together with it. "Undo" to the first email of a round a "next
 * round" reply created takes that reply back (the round is removed, the earlier one as it was). A
 * forward still awaiting its date has nothing to reopen: the answer asks for the date again.
 */
import {
  type InterviewRecord,
  isAwaitingDate,
  type UndoEntry,
  undoStack,
} from "../../domain/interview/record";
import { reopen, restoreClosed, undo as undoChange } from "../../domain/interview/transitions";
import {
  type Catalogue,
  catalogueOf,
  needsDateMessage,
  nothingToUndoMessage,
  undoneMessage,
} from "../../domain/messages";
import type { Outcome } from "../../domain/types";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { zoneOf } from "../steps/records";
import { changeAndReplan, type Planning } from "../steps/replan";
import { summaryOf } from "../steps/summaries";
import { deleteAllSchedules, syncSchedules } from "../steps/sync-schedules";
import { isClosing } from "./closing";
import { answer, applyChange, type Context } from "./context";

export async function undo(context: Context): Promise<InboundOutcome> {
  const { record, input, deps, understood, planning } = context;
  const { policy } = planning;
  const { language } = policy;
  const { changes } = catalogueOf(language);
  if (record.appliedMessageIds.includes(input.messageKey)) {
    // A redelivered "undo": it was applied; say so again (answerOnce sends nothing twice).
    await syncSchedules([], record, zoneOf(record, policy), deps);
    return answer(
      context,
      record,
      undoneMessage(summaryOf(record, policy), changes.yourLastReply, false, language),
      "undo",
    );
  }
  const last = undoStack(record).at(-1);
  const reopening = understood.intent === "reopen" || record.status !== "active";
  if (last && (!reopening || last.closing || record.status !== "active")) {
    const after = await revert(context, record, last);
    if (isAwaitingDate(after)) return askForDate(context, after, changes.undone(last.change), "undo");
    return answer(
      context,
      after,
      undoneMessage(summaryOf(after, policy), last.change, last.closing, language),
      "undo",
    );
  }
  const creator = last ? null : await creatorOf(record, deps);
  if (creator && !reopening) {
    const after = await revert({ ...context, record: creator.round }, creator.round, creator.entry);
    return answer(
      context,
      after,
      undoneMessage(summaryOf(after, policy), creator.entry.change, false, language),
      "undo",
    );
  }
  if (isAwaitingDate(record)) return askForDate(context, record, changes.nothingToUndo, "nothing-to-undo");
  if (record.status !== "active") return reopenRound(context);
  return answer(
    context,
    record,
    nothingToUndoMessage(summaryOf(record, policy), language),
    "nothing-to-undo",
  );
}

/** A held forward: nothing is planned until its date comes, so the answer asks for it again. */
function askForDate(
  context: Context,
  record: InterviewRecord,
  said: string,
  detail: "undo" | "nothing-to-undo",
): Promise<InboundOutcome> {
  const { language } = context.planning.policy;
  return answer(
    context,
    record,
    needsDateMessage(catalogueOf(language).changes.stillWaiting(said), record.interview.title, language),
    detail,
  );
}

/** A round closed by something other than a reply to it. */
async function reopenRound(context: Context): Promise<InboundOutcome> {
  const { record, deps, planning } = context;
  const { policy } = planning;
  const { language } = policy;
  const { changes } = catalogueOf(language);
  const closer = await closingEntryOf(record, deps);
  if (closer) {
    await revert({ ...context, record: closer.round }, closer.round, closer.entry, record.interviewId);
    const reopened = (await deps.interviews.get(record.ownerId, record.interviewId)) ?? record;
    return answer(
      context,
      reopened,
      undoneMessage(summaryOf(reopened, policy), closer.entry.change, true, language),
      "reopen",
    );
  }
  const after = await applyChange(context, changes.reopened, (current) => reopen(current) ?? current);
  await reopenClosedTogether(record, planning, deps);
  return answer(
    context,
    after,
    undoneMessage(
      summaryOf(after, policy),
      outcomeWords(record.log.outcome ?? null, changes),
      true,
      language,
    ),
    "reopen",
  );
}

function outcomeWords(outcome: Outcome | null, changes: Catalogue["changes"]): string {
  if (outcome === "cancelled") return changes.theCancellation;
  if (!outcome) return changes.theClosing;
  return changes.quoted(isClosing(outcome) ? changes[outcome] : outcome);
}

/**
 * Rounds closed together with this one by a message that left no undo entry (records closed by a
 * forwarded rejection or offer before forwards recorded one): reopening one reopens the others
 * that message closed, while they are still closed that way.
 */
async function reopenClosedTogether(record: InterviewRecord, planning: Planning, deps: Deps): Promise<void> {
  const closedBy = record.appliedMessageIds.at(-1);
  if (!closedBy || !record.log.outcome) return;
  for (const round of await deps.interviews.listByOwner(record.ownerId)) {
    if (
      round.interviewId === record.interviewId ||
      round.applicationId !== record.applicationId ||
      round.status !== "closed" ||
      round.log.outcome !== record.log.outcome ||
      !round.appliedMessageIds.includes(closedBy)
    )
      continue;
    await changeAndReplan(round, reopen, planning, deps);
  }
}

/** The earlier round whose newest change, a "next round" reply, created this one. */
function creatorOf(record: InterviewRecord, deps: Deps) {
  return siblingWhoseLast(record, deps, (entry) => entry.createdRound === record.interviewId);
}

/** The sibling round whose newest change closed this one, if that is how it was closed. */
function closingEntryOf(record: InterviewRecord, deps: Deps) {
  return siblingWhoseLast(
    record,
    deps,
    (entry) => entry.closing && entry.rounds.some((closed) => closed.interviewId === record.interviewId),
  );
}

/** Another round of the application whose newest undo entry `matches`, with that entry. */
async function siblingWhoseLast(
  record: InterviewRecord,
  deps: Deps,
  matches: (entry: UndoEntry) => boolean,
): Promise<{ round: InterviewRecord; entry: UndoEntry } | null> {
  const rounds = await deps.interviews.listByOwner(record.ownerId);
  for (const round of rounds) {
    if (round.applicationId !== record.applicationId || round.interviewId === record.interviewId) continue;
    const entry = undoStack(round).at(-1);
    if (entry && matches(entry)) return { round, entry };
  }
  return null;
}

/**
 * Takes one change back: the round as it was (prompts already emailed stay emailed), the rounds
 * it closed opened again, the round it created removed with its schedules.
 */
async function revert(
  context: Context,
  record: InterviewRecord,
  entry: UndoEntry,
  alsoApplied?: string,
): Promise<InterviewRecord> {
  const { input, planning, deps } = context;
  const key = input.messageKey;
  const saved = await changeAndReplan(record, (current) => undoChange(current, entry, key), planning, deps);
  for (const closed of entry.rounds) {
    const round = await deps.interviews.get(record.ownerId, closed.interviewId);
    if (!round || round.status === "active") continue;
    await changeAndReplan(
      round,
      (current) => restoreClosed(current, closed, closed.interviewId === alsoApplied ? key : null),
      planning,
      deps,
    );
  }
  if (entry.createdRound) {
    const created = await deps.interviews.get(record.ownerId, entry.createdRound);
    if (created) {
      await deleteAllSchedules(created, deps);
      await deps.interviews.delete(created.ownerId, created.interviewId);
    }
  }
  return saved?.after ?? record;
}
