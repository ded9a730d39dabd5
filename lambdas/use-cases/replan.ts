import type { DateTime } from "luxon";
import type { PolicyConfig } from "../domain/config";
import { planReminders } from "../domain/planner";
import type { InterviewRecord } from "../ports";
import type { Deps } from "./deps";
import { updateRecord, zoneOf } from "./interview-records";
import { syncSchedules } from "./sync-schedules";

/** The record with a fresh plan: a new plan version, so schedules of the old one do nothing. */
export function withFreshPlan(record: InterviewRecord, policy: PolicyConfig, now: DateTime): InterviewRecord {
  const planned =
    record.status === "active"
      ? planReminders({ timing: record.interview, log: record.log, policy, now })
      : [];
  return { ...record, planned, planVersion: record.planVersion + 1 };
}

/** A new round of the same company ends the earlier rounds' follow-ups: they answered. */
export async function endEarlierRounds(
  rounds: readonly InterviewRecord[],
  now: DateTime,
  deps: Deps,
): Promise<void> {
  for (const round of rounds) {
    if (round.status !== "active" || round.log.outcome) continue;
    await changeAndReplan(
      round,
      // An outcome logged meanwhile (a reply racing this forward) is kept.
      (current) =>
        current.log.outcome ? null : { ...current, log: { ...current.log, outcome: "heard-back" } },
      now,
      deps,
    );
  }
}

/** Changes one record, re-plans it, and makes its schedules follow: one conditional write. */
export async function changeAndReplan(
  record: InterviewRecord,
  change: (current: InterviewRecord) => InterviewRecord | null,
  now: DateTime,
  deps: Deps,
): Promise<{ before: InterviewRecord; after: InterviewRecord } | null> {
  const { policy } = deps.config;
  const saved = await updateRecord(deps.interviews, record, now, (current) => {
    const changed = change(current);
    return changed ? withFreshPlan(changed, policy, now) : null;
  });
  if (saved) await syncSchedules(saved.before.planned, saved.after, zoneOf(saved.after, policy), deps);
  return saved;
}
