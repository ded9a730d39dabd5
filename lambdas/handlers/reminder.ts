/** EventBridge Scheduler → Lambda: the schedule's Input is the reminder event itself. */
import type { ReminderEvent } from "../ports";
import { fireReminder } from "../use-cases/fire-reminder";
import { depsFrom, logOutcome } from "./runtime";

const deps = depsFrom();

export async function handler(event: ReminderEvent): Promise<void> {
  const outcome = await fireReminder(event, await deps);
  logOutcome({ handler: "reminder", interviewId: event.interviewId, kind: event.kind, ...outcome });
}
