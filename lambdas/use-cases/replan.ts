import type { DateTime } from "luxon";
import type { PolicyConfig } from "../domain/config";
import { planReminders } from "../domain/planner";
import type { InterviewRecord } from "../ports";

/** The record with a fresh plan: a new plan version, so schedules of the old one do nothing. */
export function withFreshPlan(record: InterviewRecord, policy: PolicyConfig, now: DateTime): InterviewRecord {
  const planned =
    record.status === "active"
      ? planReminders({ timing: record.interview, log: record.log, policy, now })
      : [];
  return { ...record, planned, planVersion: record.planVersion + 1 };
}
