/** The weekly EventBridge Scheduler cron → Lambda: one digest per owner with anything open. */
import { sendDigests } from "../use-cases/send-digest";
import { depsFrom, logOutcome } from "./runtime";

const deps = depsFrom();

export async function handler(): Promise<void> {
  logOutcome({ handler: "digest", ...(await sendDigests(await deps)) });
}
