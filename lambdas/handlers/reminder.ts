/** EventBridge Scheduler → Lambda: the schedule's Input is the reminder event itself. */
import type { Meter } from "../observability/catalogue";
import { countReminder } from "../observability/outcomes";
import { addressHash } from "../observability/redact";
import type { Telemetry } from "../observability/telemetry";
import type { ReminderEvent } from "../ports";
import type { ReminderDeps } from "../use-cases/deps";
import { fireReminder } from "../use-cases/reminder/fire-reminder";
import { lazyDeps, lazyTelemetry, observed, systemClock } from "./runtime";
import {
  interviewStoreFrom,
  mailerFrom,
  reminderSchedulerFrom,
  settingsFrom,
  signingSecretFrom,
} from "./wiring";

/**
 * The interview table, SES, the signing key (prompts carry signed reply addresses) and its own
 * schedules (a prompt firing in quiet hours is scheduled again for their end); nothing else.
 */
export async function reminderDeps(env: NodeJS.ProcessEnv, meter: Meter): Promise<ReminderDeps> {
  return {
    clock: systemClock,
    interviews: interviewStoreFrom(env),
    mailer: mailerFrom(env, meter),
    scheduler: reminderSchedulerFrom(env, meter),
    config: { ...settingsFrom(env), signingSecret: await signingSecretFrom(env) },
  };
}

/** Every line of a reminder carries its interview id as correlation id, and its owner hashed. */
export function createReminderHandler(deps: () => Promise<ReminderDeps>, telemetry: () => Telemetry) {
  return observed(telemetry, async (event: ReminderEvent, current) => {
    current.correlate(event.interviewId, {
      owner: addressHash(event.ownerId),
      kind: event.kind,
      plan_version: event.planVersion,
    });
    const outcome = await fireReminder(event, await deps());
    countReminder(outcome, current);
    current.logger.info("reminder fired", { ...outcome });
  });
}

const telemetry = lazyTelemetry("reminder");
export const handler = createReminderHandler(
  lazyDeps(() => reminderDeps(process.env, telemetry())),
  telemetry,
);
