import { LANGS, type Lang } from "./language/lang";
import type { InterviewTiming } from "./types";
import { canonicalZoneName, suggestZoneName } from "./zones";

/** A wall-clock time of day, "HH:mm" (validated by resolvePolicy). */
export type ClockTime = string;

/**
 * Every default of docs/REMINDER_POLICY.md in one place. A deployment (or one user's settings)
 * overrides any of them; {@link resolvePolicy} validates the result.
 */
export interface PolicyConfig {
  /** The user's IANA zone; null means "the interview's own zone". */
  readonly timeZone: string | null;
  /** ISO 3166 country whose public holidays are not business days. */
  readonly country: string;
  /** Optional region (state) code for date-holidays, e.g. "BY" for Bavaria. */
  readonly region: string | null;
  /** Local time at which day-based prompts go out. */
  readonly sendTime: ClockTime;
  /** No email from quietStart until quietEnd (quietEnd itself is allowed). */
  readonly quietStart: ClockTime;
  readonly quietEnd: ClockTime;
  /** Prep goes out this long before the start… */
  readonly prepLeadMinutes: number;
  /** …or, when that is in quiet hours, at the latest occurrence of this local time before it. */
  readonly prepFallbackTime: ClockTime;
  readonly thankYouDelayMinutes: number;
  /** Assumed length of an interview whose end is unknown. */
  readonly defaultDurationMinutes: number;
  /** Follow-up 1 with a known decision date D: D + this many business days. */
  readonly followUpAfterDecisionBusinessDays: number;
  /** Follow-up 1 without a decision date: interview day + this many calendar days. */
  readonly followUpWithoutDecisionDays: number;
  /** Each further follow-up: the previous one + this many calendar days. */
  readonly followUpGapDays: number;
  readonly maxFollowUps: number;
  /** Move on: last follow-up + this many business days. */
  readonly moveOnBusinessDays: number;
  /** Follow-ups never go out on Mondays [003 §4]. */
  readonly avoidMondayFollowUps: boolean;
  /** ISO weekday (1 = Monday … 7 = Sunday) and local time of the weekly digest; null turns it off. */
  readonly digest: { readonly weekday: number; readonly time: ClockTime } | null;
  /** The language every email to the user is written in (drafts: the invite's language). */
  readonly language: Lang;
}

export const DEFAULT_POLICY: PolicyConfig = {
  timeZone: null,
  country: "US",
  region: null,
  sendTime: "09:00",
  quietStart: "21:00",
  quietEnd: "08:00",
  prepLeadMinutes: 120,
  prepFallbackTime: "20:00",
  thankYouDelayMinutes: 60,
  defaultDurationMinutes: 60,
  followUpAfterDecisionBusinessDays: 2,
  followUpWithoutDecisionDays: 7,
  followUpGapDays: 7,
  maxFollowUps: 2,
  moveOnBusinessDays: 5,
  avoidMondayFollowUps: true,
  digest: { weekday: 7, time: "18:00" },
  language: "en",
};

export class InvalidPolicyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid reminder policy: ${problems.join("; ")}`);
    this.name = "InvalidPolicyError";
  }
}

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of an "HH:mm" string. */
export function minutesOfDay(time: string): number {
  const match = CLOCK.exec(time);
  if (!match) throw new InvalidPolicyError([`"${time}" is not a time of day (HH:mm)`]);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Whether `zone` names an IANA zone in any spelling {@link canonicalZoneName} accepts. Store
 * canonicalZoneName(zone), never `zone` itself: "europe/berlin" is valid but not a Scheduler name.
 */
export function isValidZone(zone: string): boolean {
  return canonicalZoneName(zone) !== null;
}

/** The problem with a zone name that is not one, with the closest canonical spelling if any. */
export function unknownZoneProblem(label: string, zone: string): string {
  const suggestion = suggestZoneName(zone);
  return `${label} "${zone}" is not an IANA time zone${suggestion ? ` (did you mean ${suggestion}?)` : ""}`;
}

/**
 * Merges overrides onto the defaults and checks the result, listing every problem at once. The
 * time zone comes back in its canonical spelling ("europe/berlin" → "Europe/Berlin").
 */
export function resolvePolicy(overrides: Partial<PolicyConfig> = {}): PolicyConfig {
  const merged: PolicyConfig = { ...DEFAULT_POLICY, ...overrides };
  const timeZone = merged.timeZone === null ? null : canonicalZoneName(merged.timeZone);
  const policy: PolicyConfig = { ...merged, timeZone };
  const problems: string[] = [];
  if (merged.timeZone !== null && timeZone === null) {
    problems.push(unknownZoneProblem("timeZone", merged.timeZone));
  }
  if (!/^[A-Z]{2}$/.test(policy.country))
    problems.push(`country "${policy.country}" is not an ISO 3166 code`);
  for (const key of ["sendTime", "quietStart", "quietEnd", "prepFallbackTime"] as const) {
    if (!CLOCK.test(policy[key])) problems.push(`${key} "${policy[key]}" is not a time of day (HH:mm)`);
  }
  const counts = {
    prepLeadMinutes: policy.prepLeadMinutes,
    thankYouDelayMinutes: policy.thankYouDelayMinutes,
    defaultDurationMinutes: policy.defaultDurationMinutes,
    followUpAfterDecisionBusinessDays: policy.followUpAfterDecisionBusinessDays,
    followUpWithoutDecisionDays: policy.followUpWithoutDecisionDays,
    followUpGapDays: policy.followUpGapDays,
    maxFollowUps: policy.maxFollowUps,
    moveOnBusinessDays: policy.moveOnBusinessDays,
  };
  for (const [key, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0)
      problems.push(`${key} must be a whole number ≥ 0, not ${value}`);
  }
  if (policy.followUpGapDays < 1) problems.push("followUpGapDays must be at least 1");
  if (policy.moveOnBusinessDays < 1) problems.push("moveOnBusinessDays must be at least 1");
  if (policy.defaultDurationMinutes < 1) problems.push("defaultDurationMinutes must be at least 1");
  if (
    policy.digest &&
    !(Number.isInteger(policy.digest.weekday) && policy.digest.weekday >= 1 && policy.digest.weekday <= 7)
  ) {
    problems.push(`digest.weekday must be 1 (Monday) … 7 (Sunday), not ${policy.digest.weekday}`);
  }
  if (!(LANGS as readonly string[]).includes(policy.language))
    problems.push(`language "${policy.language}" is not one of ${LANGS.join(", ")}`);
  if (problems.length === 0) {
    const quiet = quietWindow(policy);
    if (isQuietMinute(minutesOfDay(policy.sendTime), quiet))
      problems.push(`sendTime ${policy.sendTime} is inside quiet hours`);
    if (isQuietMinute(minutesOfDay(policy.prepFallbackTime), quiet)) {
      problems.push(`prepFallbackTime ${policy.prepFallbackTime} is inside quiet hours`);
    }
    if (policy.digest && isQuietMinute(minutesOfDay(policy.digest.time), quiet)) {
      problems.push(`digest time ${policy.digest.time} is inside quiet hours`);
    }
    // The thank-you must stay within 24 h of the end even when pushed past a whole quiet night.
    if (policy.thankYouDelayMinutes + quietLengthMinutes(quiet) >= 24 * 60) {
      problems.push("thankYouDelayMinutes plus the quiet hours must stay under 24 hours");
    }
  }
  if (problems.length > 0) throw new InvalidPolicyError(problems);
  return policy;
}

export interface QuietWindow {
  readonly start: number;
  readonly end: number;
}

export function quietWindow(policy: Pick<PolicyConfig, "quietStart" | "quietEnd">): QuietWindow {
  return { start: minutesOfDay(policy.quietStart), end: minutesOfDay(policy.quietEnd) };
}

/** Whether a local minute-of-day falls in the quiet window (which may wrap past midnight). */
export function isQuietMinute(minute: number, quiet: QuietWindow): boolean {
  if (quiet.start === quiet.end) return false;
  return quiet.start < quiet.end
    ? minute >= quiet.start && minute < quiet.end
    : minute >= quiet.start || minute < quiet.end;
}

function quietLengthMinutes(quiet: QuietWindow): number {
  return (quiet.end - quiet.start + 24 * 60) % (24 * 60);
}

/**
 * The zone every wall-clock rule is applied in: the user's, else the interview's, else UTC. In its
 * canonical spelling, so records stored before zones were canonicalised schedule correctly too.
 */
export function localZone(
  policy: Pick<PolicyConfig, "timeZone">,
  timing: Pick<InterviewTiming, "timeZone">,
): string {
  const zone = policy.timeZone ?? timing.timeZone ?? "UTC";
  return canonicalZoneName(zone) ?? zone;
}
