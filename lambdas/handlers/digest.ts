/** The hourly EventBridge Scheduler cron → Lambda: one digest per owner whose local digest hour it is. */
import type { Meter } from "../observability/catalogue";
import { countDigest } from "../observability/outcomes";
import type { Telemetry } from "../observability/telemetry";
import type { DigestDeps } from "../use-cases/deps";
import { sendDigests } from "../use-cases/digest/send-digest";
import { lazyDeps, lazyTelemetry, observed, systemClock } from "./runtime";
import {
  interviewStoreFrom,
  mailerFrom,
  reminderSchedulerFrom,
  settingsFrom,
  signingSecretFrom,
} from "./wiring";

/**
 * The interview table, SES, the signing key (a digest's replies come to a signed address) and the
 * reminder schedules (a digest the daily sending quota refused is sent later by the reminder function).
 */
export async function digestDeps(env: NodeJS.ProcessEnv, meter: Meter): Promise<DigestDeps> {
  return {
    clock: systemClock,
    interviews: interviewStoreFrom(env),
    mailer: mailerFrom(env, meter),
    scheduler: reminderSchedulerFrom(env, meter),
    config: { ...settingsFrom(env), signingSecret: await signingSecretFrom(env) },
  };
}

/**
 * The schedule's payload carries nothing the digest needs: it runs for every owner. Its lines are
 * correlated by the UTC hour of the run, which its retries share.
 */
export function createDigestHandler(deps: () => Promise<DigestDeps>, telemetry: () => Telemetry) {
  return observed(telemetry, async (_event: unknown, current) => {
    current.correlate(`digest-${systemClock.now().toUTC().toFormat("yyyy-MM-dd'T'HH")}`);
    const outcome = await sendDigests(await deps());
    countDigest(outcome, current);
    current.logger.info("digest run", { ...outcome });
  });
}

const telemetry = lazyTelemetry("digest");
export const handler = createDigestHandler(
  lazyDeps(() => digestDeps(process.env, telemetry())),
  telemetry,
);
