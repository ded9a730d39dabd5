import { DateTime } from "luxon";
import { loadBusinessCalendars } from "../lambdas/domain/business-days";
import { InvalidPolicyError, resolvePolicy } from "../lambdas/domain/config";
import { planReminders } from "../lambdas/domain/planner";
import type { PlannedReminder } from "../lambdas/domain/types";
import { CliError, parseOptions, printJson } from "./common";
import { contractInterview, describe } from "./parse";
import { ingestFile, parseNow, parseZone } from "./read-input";

export const USAGE =
  "followup plan FILE [--json] [--now ISO] [--tz IANA] [--country CC] [--region R] [--decision-date YYYY-MM-DD]";

function parseDecisionDate(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    throw new CliError(`--decision-date "${value}" is not a date (YYYY-MM-DD)`);
  }
  return value;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: "boolean" },
    now: { type: "string" },
    tz: { type: "string" },
    country: { type: "string" },
    "holiday-region": { type: "string" },
    // The option's name before it said what kind of region it is; still read.
    region: { type: "string" },
    "decision-date": { type: "string" },
  });
  const now = parseNow(values.now);
  const zone = parseZone(values.tz);
  const decisionDate = parseDecisionDate(values["decision-date"]);
  let policy: ReturnType<typeof resolvePolicy>;
  try {
    policy = resolvePolicy({
      timeZone: zone,
      ...(values.country ? { country: values.country.toUpperCase() } : {}),
      region: values["holiday-region"] ?? values.region ?? null,
    });
  } catch (error) {
    throw new CliError(error instanceof InvalidPolicyError ? error.problems.join("; ") : String(error));
  }
  const result = await ingestFile(positionals[0], { now, zone });
  const calendar = (await loadBusinessCalendars()).of(policy.country, policy.region);
  const { interview } = result;
  const reminders: PlannedReminder[] =
    result.status === "ok" && interview.start
      ? planReminders({
          timing: { start: interview.start, end: interview.end, timeZone: interview.timeZone },
          log: { decisionDate: decisionDate ?? result.decisionHint },
          policy,
          now,
          calendar,
        })
      : [];
  if (values.json) {
    printJson({ interview: contractInterview(interview), reminders });
    return 0;
  }
  const lines = [describe(result), ""];
  if (reminders.length === 0)
    lines.push(result.status === "ok" ? "Nothing left to plan: every prompt is past." : "No plan.");
  for (const reminder of reminders) {
    const local = DateTime.fromISO(reminder.local, { setZone: true });
    lines.push(
      `${reminder.kind.padEnd(12)} ${local.toFormat("ccc d LLL yyyy HH:mm")} (${local.zoneName ?? "UTC"})`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
