/** The weekly EventBridge Scheduler cron → Lambda: one digest per owner with anything open. */
import type { Deps } from "../use-cases/deps";
import { sendDigests } from "../use-cases/send-digest";
import { lazyDeps, logOutcome } from "./runtime";

export function createDigestHandler(deps: () => Promise<Deps>) {
  return async (): Promise<void> => {
    logOutcome({ handler: "digest", ...(await sendDigests(await deps())) });
  };
}

export const handler = createDigestHandler(lazyDeps());
