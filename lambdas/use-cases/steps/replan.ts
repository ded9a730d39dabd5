import type { DateTime } from "luxon";
import type { BusinessCalendar } from "../../domain/business-days";
import type { PolicyConfig } from "../../domain/config";
import type { InterviewRecord } from "../../domain/interview/record";
import { planReminders } from "../../domain/planner";
import type { Deps } from "../deps";
import { updateRecord, zoneOf } from "./records";
import { syncSchedules } from "./sync-schedules";

/** What planning takes: the owner's policy, the business days of its country, and now. */
export interface Planning {
  readonly policy: PolicyConfig;
  readonly calendar: BusinessCalendar;
  readonly now: DateTime;
}

/** The planning context of one event: the owner's policy, its calendar (loaded on first need). */
export async function planningFor(deps: Pick<Deps, "clock" | "config" | "calendars">): Promise<Planning> {
  const { policy } = deps.config;
  const calendars = await deps.calendars();
  return { policy, calendar: calendars.of(policy.country, policy.region), now: deps.clock.now() };
}

/** The record with a fresh plan: a new plan version, so schedules of the old one do nothing. */
export function withFreshPlan(record: InterviewRecord, planning: Planning): InterviewRecord {
  const planned =
    record.status === "active"
      ? planReminders({ timing: record.interview, log: record.log, ...planning })
      : [];
  return { ...record, planned, planVersion: record.planVersion + 1 };
}

/** A new round of the same company ends the earlier rounds' follow-ups: they answered. */
export async function endEarlierRounds(
  rounds: readonly InterviewRecord[],
  planning: Planning,
  deps: Deps,
): Promise<void> {
  for (const round of rounds) {
    if (round.status !== "active" || round.log.outcome) continue;
    await changeAndReplan(
      round,
      // An outcome logged meanwhile (a reply racing this forward) is kept.
      (current) =>
        current.log.outcome ? null : { ...current, log: { ...current.log, outcome: "heard-back" } },
      planning,
      deps,
    );
  }
}

/** Changes one record, re-plans it, and makes its schedules follow: one conditional write. */
export async function changeAndReplan(
  record: InterviewRecord,
  change: (current: InterviewRecord) => InterviewRecord | null,
  planning: Planning,
  deps: Deps,
): Promise<{ before: InterviewRecord; after: InterviewRecord } | null> {
  const saved = await updateRecord(deps.interviews, record, planning.now, (current) => {
    const changed = change(current);
    return changed ? withFreshPlan(changed, planning) : null;
  });
  if (saved)
    await syncSchedules(saved.before.planned, saved.after, zoneOf(saved.after, planning.policy), deps);
  return saved;
}
