import type { InterviewLog, PlannedReminder, ReminderKind } from "./types";

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
  /** Moves the next pending prompt of the current plan to `until`. */
  | { readonly type: "snooze"; readonly until: string }
  | { readonly type: "prompt-sent"; readonly kind: ReminderKind };

export class NothingToSnoozeError extends Error {
  constructor() {
    super("There is no pending prompt to snooze");
    this.name = "NothingToSnoozeError";
  }
}

/**
 * Folds one event into the log. `currentPlan` (the pending prompts, in order) is needed only to know
 * which prompt a snooze moves.
 */
export function applyEvent(
  log: InterviewLog,
  event: LoggedEvent,
  currentPlan: readonly PlannedReminder[] = [],
): InterviewLog {
  switch (event.type) {
    case "thanked":
      return { ...log, thankedAt: event.at };
    case "decision-date":
      return { ...log, decisionDate: event.date };
    case "followed-up":
      return { ...log, followUpsSent: [...(log.followUpsSent ?? []), event.date] };
    case "snooze": {
      const next = currentPlan[0];
      if (!next) throw new NothingToSnoozeError();
      return { ...log, snoozed: { kind: next.kind, until: event.until } };
    }
    case "prompt-sent":
      return {
        ...log,
        promptsSent: [...new Set([...(log.promptsSent ?? []), event.kind])],
        snoozed: log.snoozed?.kind === event.kind ? null : (log.snoozed ?? null),
      };
    default:
      return { ...log, outcome: event.type };
  }
}
