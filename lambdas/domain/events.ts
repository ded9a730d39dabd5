import { type PlanLog, type Snooze, snoozesOf } from "./planner";
import type { PlannedReminder, ReminderKind } from "./types";

/**
 * What the user (or the system) can log about an interview: the policy's reply table as data.
 * `applyEvent` folds one into the log; `planReminders` on the result is the recomputed plan.
 */
export type LoggedEvent =
  | { readonly type: "thanked"; readonly at: string }
  | { readonly type: "decision-date"; readonly date: string }
  | { readonly type: "followed-up"; readonly date: string }
  | { readonly type: "heard-back" }
  | { readonly type: "offer" }
  | { readonly type: "rejected" }
  | { readonly type: "withdrawn" }
  | { readonly type: "cancelled" }
  /**
   * Moves one prompt to no earlier than `until`: `kind` when given (the prompt the user answered,
   * which goes out again if it was already sent), else the next pending one. `interviewStart`
   * ties the snooze to this time of the interview: once the interview moves, it lapses.
   */
  | {
      readonly type: "snooze";
      readonly until: string;
      readonly kind?: ReminderKind;
      readonly interviewStart?: string;
    }
  | { readonly type: "prompt-sent"; readonly kind: ReminderKind }
  /** The application is open again: no outcome. */
  | { readonly type: "reopen" };

export class NothingToSnoozeError extends Error {
  constructor() {
    super("There is no pending prompt to snooze");
    this.name = "NothingToSnoozeError";
  }
}

/** The log without the legacy single `snoozed`: every snooze in `snoozes`. */
function withSnoozes(log: PlanLog, snoozes: readonly Snooze[]): PlanLog {
  const { snoozed: _legacy, snoozes: _old, ...rest } = log;
  return snoozes.length > 0 ? { ...rest, snoozed: null, snoozes } : { ...rest, snoozed: null };
}

/**
 * Folds one event into the log. `currentPlan` (the pending prompts, in order) is needed only to know
 * which prompt an untargeted snooze moves.
 */
export function applyEvent(
  log: PlanLog,
  event: LoggedEvent,
  currentPlan: readonly PlannedReminder[] = [],
): PlanLog {
  switch (event.type) {
    case "thanked":
      return { ...log, thankedAt: event.at };
    case "decision-date":
      return { ...log, decisionDate: event.date };
    case "followed-up":
      return { ...log, followUpsSent: [...(log.followUpsSent ?? []), event.date] };
    case "snooze": {
      const kind = event.kind ?? currentPlan[0]?.kind;
      if (!kind) throw new NothingToSnoozeError();
      const others = snoozesOf(log, null).filter((snooze) => snooze.kind !== kind);
      // A snooze only ever moves later: an earlier "until" than the one in force keeps that one.
      const current = snoozesOf(log, event.interviewStart ?? null).find((snooze) => snooze.kind === kind);
      const until =
        current && Date.parse(current.until) > Date.parse(event.until) ? current.until : event.until;
      const snooze: Snooze = {
        kind,
        until,
        ...(event.interviewStart ? { start: event.interviewStart } : {}),
      };
      return {
        ...withSnoozes(log, [...others, snooze]),
        // A prompt already emailed that the user snoozes goes out again, later.
        promptsSent: (log.promptsSent ?? []).filter((sent) => sent !== kind),
      };
    }
    case "prompt-sent":
      return {
        ...withSnoozes(
          log,
          snoozesOf(log, null).filter((snooze) => snooze.kind !== event.kind),
        ),
        promptsSent: [...new Set([...(log.promptsSent ?? []), event.kind])],
      };
    case "reopen":
      return { ...log, outcome: null };
    default:
      return { ...log, outcome: event.type };
  }
}

/**
 * The log as it was before a reply, except that prompts emailed since stay emailed: undo brings
 * the plan back, not emails that already went out.
 */
export function restoreLog(before: PlanLog, current: PlanLog): PlanLog {
  const sent = [...new Set([...(before.promptsSent ?? []), ...(current.promptsSent ?? [])])];
  const snoozes = snoozesOf(before, null).filter((snooze) => !sent.includes(snooze.kind));
  return { ...withSnoozes(before, snoozes), ...(sent.length > 0 ? { promptsSent: sent } : {}) };
}
