/** EventBridge Scheduler → Lambda: the schedule's Input is the reminder event itself. */
import type { ReminderEvent } from "../ports";
import type { ReminderDeps } from "../use-cases/deps";
import { fireReminder } from "../use-cases/fire-reminder";
import { lazyDeps, logOutcome, systemClock } from "./runtime";
import { interviewStoreFrom, mailerFrom, settingsFrom, signingSecretFrom } from "./wiring";

/** The interview table, SES and the signing key (prompts carry signed reply addresses); nothing else. */
export async function reminderDeps(env: NodeJS.ProcessEnv = process.env): Promise<ReminderDeps> {
  return {
    clock: systemClock,
    interviews: interviewStoreFrom(env),
    mailer: mailerFrom(env),
    config: { ...settingsFrom(env), signingSecret: await signingSecretFrom(env) },
  };
}

export function createReminderHandler(deps: () => Promise<ReminderDeps>) {
  return async (event: ReminderEvent): Promise<void> => {
    const outcome = await fireReminder(event, await deps());
    logOutcome({ handler: "reminder", interviewId: event.interviewId, kind: event.kind, ...outcome });
  };
}

export const handler = createReminderHandler(lazyDeps(reminderDeps));
