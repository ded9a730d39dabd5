/** EventBridge Scheduler → Lambda: the schedule's Input is the reminder event itself. */
import type { ReminderEvent } from "../ports";
import type { Deps } from "../use-cases/deps";
import { fireReminder } from "../use-cases/fire-reminder";
import { lazyDeps, logOutcome } from "./runtime";

export function createReminderHandler(deps: () => Promise<Deps>) {
  return async (event: ReminderEvent): Promise<void> => {
    const outcome = await fireReminder(event, await deps());
    logOutcome({ handler: "reminder", interviewId: event.interviewId, kind: event.kind, ...outcome });
  };
}

export const handler = createReminderHandler(lazyDeps());
