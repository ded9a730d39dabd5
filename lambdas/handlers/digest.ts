/** The weekly EventBridge Scheduler cron → Lambda: one digest per owner with anything open. */
import type { DigestDeps } from "../use-cases/deps";
import { sendDigests } from "../use-cases/send-digest";
import { lazyDeps, logOutcome, systemClock } from "./runtime";
import { interviewStoreFrom, mailerFrom, settingsFrom } from "./wiring";

/** The interview table and SES; the digest signs nothing, so it never reads the signing secret. */
export async function digestDeps(env: NodeJS.ProcessEnv = process.env): Promise<DigestDeps> {
  return {
    clock: systemClock,
    interviews: interviewStoreFrom(env),
    mailer: mailerFrom(env),
    config: settingsFrom(env),
  };
}

/** The schedule's payload carries nothing the digest needs: it runs for every owner. */
export function createDigestHandler(deps: () => Promise<DigestDeps>) {
  return async (): Promise<void> => {
    logOutcome({ handler: "digest", ...(await sendDigests(await deps())) });
  };
}

export const handler = createDigestHandler(lazyDeps(digestDeps));
