import { DateTime, type Zone } from "luxon";
import { type BusinessCalendar, type CivilDate, civilDate, DAY_MS, weekdayOf } from "./business-days";
import {
  isQuietMinute,
  localZone,
  minutesOfDay,
  type PolicyConfig,
  type QuietWindow,
  quietWindow,
} from "./config";
import type { InterviewLog, InterviewTiming, PlannedReminder, ReminderKind } from "./types";
import { cachedZone } from "./zones";

/** One prompt moved by the user ("snooze 3 days", "remind me Monday"): never sent before `until`. */
export interface Snooze {
  readonly kind: ReminderKind;
  readonly until: string;
  /** The interview start it was made for: when the interview moves, the snooze lapses. */
  readonly start?: string;
}

/** What the planner reads: the interview's log, with every snooze in force. */
export interface PlanLog extends InterviewLog {
  readonly snoozes?: readonly Snooze[];
}

/**
 * The snoozes in force for an interview starting at `start` (null: all of them): the list, plus
 * the single `snoozed` of records written before there could be several.
 */
export function snoozesOf(log: PlanLog, start: string | null): Snooze[] {
  const all = [...(log.snoozes ?? []), ...(log.snoozed ? [log.snoozed] : [])];
  const sameStart = (snooze: Snooze) =>
    start === null || !snooze.start || Date.parse(snooze.start) === Date.parse(start);
  return all.filter(sameStart);
}

/**
 * The reminder planner: docs/REMINDER_POLICY.md's timeline as a pure function of the interview, what the
 * user has logged, the policy and `now`. Re-planning after any logged event is `applyEvent` followed
 * by `planReminders`; the caller replaces every pending schedule with the new plan.
 */
export interface PlanRequest {
  readonly timing: InterviewTiming;
  readonly log: PlanLog;
  readonly policy: PolicyConfig;
  readonly now: DateTime;
  /** The business days of the policy's country and region (see BusinessCalendars.of). */
  readonly calendar: BusinessCalendar;
}

export class InvalidInterviewTimeError extends Error {
  constructor(value: string) {
    super(`"${value}" is not an ISO-8601 instant`);
    this.name = "InvalidInterviewTimeError";
  }
}

export function followUpKind(index: number): ReminderKind {
  return `follow-up-${index}`;
}

/** Outcomes after which nothing more is planned at all. */
const CLOSING_OUTCOMES = new Set(["offer", "rejected", "withdrawn", "cancelled"]);

export function planReminders({ timing, log, policy, now, calendar }: PlanRequest): PlannedReminder[] {
  if (log.outcome && CLOSING_OUTCOMES.has(log.outcome)) return [];
  const rules = new PolicyClock(policy, localZone(policy, timing), now, calendar);
  const start = rules.instant(timing.start);
  const parsedEnd = timing.end ? rules.instant(timing.end) : null;
  const end = parsedEnd && parsedEnd > start ? parsedEnd : rules.later(start, policy.defaultDurationMinutes);
  const sent = new Set(log.promptsSent ?? []);
  const holds = new Map<ReminderKind, DateTime>();
  for (const snooze of snoozesOf(log, timing.start)) {
    const until = DateTime.fromISO(snooze.until, { setZone: true });
    if (until.isValid) holds.set(snooze.kind, until.setZone(rules.luxonZone));
  }
  const plan: Array<{ kind: ReminderKind; at: DateTime }> = [];
  /**
   * Plans one prompt: a snooze only ever moves it later, onto a day and time the prompt may use;
   * and no prompt goes out before the one planned ahead of it. Returns the time, sent or not.
   */
  const pending = (kind: ReminderKind, natural: DateTime | null, latest?: DateTime): DateTime | null => {
    const hold = holds.get(kind);
    let at = hold ? rules.slot(kind, natural && natural > hold ? natural : hold) : natural;
    if (!at || sent.has(kind)) return at;
    // A snoozed time that passed without the prompt going out: the next allowed slot from now.
    if (hold && at < now) at = rules.slot(kind, now.plus({ minutes: 1 }).startOf("minute"));
    // A prep snoozed past the start would come too late to help: it is dropped.
    if (latest && at >= latest) return null;
    const previous = plan.at(-1)?.at;
    if (previous && at <= previous) at = rules.slot(kind, rules.later(previous, 1));
    plan.push({ kind, at });
    return at;
  };

  pending("prep", rules.prepTime(start), start);
  if (!log.thankedAt) pending("thank-you", rules.thankYouTime(end));

  if (log.outcome !== "heard-back") {
    const interviewDay = civilDate(start);
    const decisionDay = log.decisionDate ? rules.day(log.decisionDate) : null;
    const loggedFollowUps = (log.followUpsSent ?? []).map((date) => rules.day(date));
    // Each step is anchored on the previous one: the day the user sent it if logged, else its prompt day.
    let anchor = decisionDay !== null && decisionDay > interviewDay ? decisionDay : interviewDay;
    for (let index = 1; index <= policy.maxFollowUps; index++) {
      const kind = followUpKind(index);
      const logged = loggedFollowUps[index - 1];
      if (logged !== undefined) {
        anchor = logged;
        continue;
      }
      const due =
        index === 1
          ? decisionDay !== null
            ? rules.calendar.addBusinessDays(anchor, policy.followUpAfterDecisionBusinessDays)
            : interviewDay + policy.followUpWithoutDecisionDays * DAY_MS
          : anchor + policy.followUpGapDays * DAY_MS;
      const at = pending(kind, rules.followUpTime(due, sent.has(kind))) ?? rules.followUpTime(due, true);
      anchor = civilDate(at.setZone(rules.luxonZone));
    }
    const moveOnDue = rules.calendar.addBusinessDays(anchor, policy.moveOnBusinessDays);
    pending("move-on", rules.dayPromptTime(moveOnDue, sent.has("move-on")));
  }

  return plan.map(({ kind, at }) => ({
    kind,
    at: utcIso(at),
    local: at.setZone(rules.luxonZone).toISO({ suppressMilliseconds: true }) ?? "",
  }));
}

/**
 * The instant of the usual stored form ("2026-12-01T09:00:00-06:00", "…Z"), by arithmetic: luxon's
 * fromISO builds several DateTimes per call, and the planner reads a few per message. Anything
 * else, or a date no calendar has (Feb 30), is null and left to luxon.
 */
const PLAIN_INSTANT =
  /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{3}))?)?(?:Z|([+-])(\d\d):(\d\d))$/;

function plainInstantMillis(iso: string): number | null {
  const parts = PLAIN_INSTANT.exec(iso);
  if (!parts) return null;
  const number = (index: number) => Number(parts[index] ?? 0);
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Date.UTC reads the years 0–99 as 1900–1999.
  if (
    year < 100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return null;
  if (number(9) > 23 || number(10) > 59) return null;
  const offsetMinutes = (parts[8] === "-" ? -1 : 1) * (number(9) * 60 + number(10));
  return Date.UTC(year, month - 1, day, hour, minute, second, number(7)) - offsetMinutes * 60_000;
}

/** luxon's toUTC().toISO({ suppressMilliseconds: true }), from the epoch (no second DateTime). */
function utcIso(at: DateTime): string {
  return at.isValid ? new Date(at.toMillis()).toISOString().replace(".000Z", "Z") : "";
}

/** The policy's wall-clock rules in one zone, relative to one `now`. */
class PolicyClock {
  /** The same zone as `zone`, with its offsets remembered (see zones/zone-cache.ts). */
  readonly luxonZone: Zone | string;
  private readonly quiet: QuietWindow;
  private readonly sendMinute: number;
  private readonly prepFallbackMinute: number;

  constructor(
    private readonly policy: PolicyConfig,
    readonly zone: string,
    private readonly now: DateTime,
    readonly calendar: BusinessCalendar,
  ) {
    this.luxonZone = cachedZone(zone);
    this.quiet = quietWindow(policy);
    this.sendMinute = minutesOfDay(policy.sendTime);
    this.prepFallbackMinute = minutesOfDay(policy.prepFallbackTime);
  }

  instant(iso: string): DateTime {
    const millis = plainInstantMillis(iso);
    if (millis !== null) return DateTime.fromMillis(millis, { zone: this.luxonZone });
    const parsed = DateTime.fromISO(iso, { setZone: true });
    if (!parsed.isValid) throw new InvalidInterviewTimeError(iso);
    return parsed.setZone(this.luxonZone);
  }

  /** A local calendar date (YYYY-MM-DD, or any ISO instant, read as its local day). */
  day(iso: string): CivilDate {
    const parsed = iso.length === 10 ? DateTime.fromISO(iso, { zone: "utc" }) : this.instant(iso);
    if (!parsed.isValid) throw new InvalidInterviewTimeError(iso);
    return civilDate(parsed);
  }

  /**
   * `minutes` after `at`, in the zone: what luxon's plus({ minutes }) gives (an exact span), without
   * the Duration it builds.
   */
  later(at: DateTime, minutes: number): DateTime {
    return DateTime.fromMillis(at.toMillis() + minutes * 60_000, { zone: this.luxonZone });
  }

  /** Start − lead; inside quiet hours, the latest fallback time (20:00) before it; null once past. */
  prepTime(start: DateTime): DateTime | null {
    const lead = this.later(start, -this.policy.prepLeadMinutes);
    const at = this.isQuiet(lead) ? this.latestAtMinuteBefore(lead, this.prepFallbackMinute) : lead;
    return at > this.now ? at : null;
  }

  /** End + delay, moved out of quiet hours; sent as soon as allowed when late, never past 24 h. */
  thankYouTime(end: DateTime): DateTime | null {
    const deadline = this.later(end, 24 * 60);
    const at = this.allowed(DateTime.max(this.later(end, this.policy.thankYouDelayMinutes), this.now));
    return at <= deadline ? at : null;
  }

  /** A follow-up day after the shifting rules, at send time; a missed one goes out at the next slot. */
  followUpTime(due: CivilDate, alreadySent: boolean): DateTime {
    return this.atSendTime(this.shiftFollowUpDay(due), alreadySent, (day) => this.shiftFollowUpDay(day));
  }

  /** A day-based prompt (move on) at send time; a missed one goes out at the next business-day slot. */
  dayPromptTime(due: CivilDate, alreadySent: boolean): DateTime {
    return this.atSendTime(due, alreadySent, (day) => this.calendar.onOrAfter(day));
  }

  /** The next instant outside quiet hours, `at` itself when allowed. */
  allowed(at: DateTime): DateTime {
    const local = at.setZone(this.luxonZone);
    if (!this.isQuiet(local)) return local;
    const minute = local.hour * 60 + local.minute;
    const day = civilDate(local) + (minute >= this.quiet.end ? DAY_MS : 0);
    return this.atMinute(day, this.quiet.end);
  }

  /**
   * The first time at or after `at` that a prompt of this kind may go out: outside quiet hours;
   * follow-ups (a business day that is not a Monday) and move-on (a business day) also between the
   * send time and the start of quiet hours, as their day-based prompts go out. Being "the first
   * allowed time from `at`", it never goes back when `at` moves later.
   */
  slot(kind: ReminderKind, at: DateTime): DateTime {
    const shift =
      kind === "move-on"
        ? (day: CivilDate) => this.calendar.onOrAfter(day)
        : kind.startsWith("follow-up-")
          ? (day: CivilDate) => this.shiftFollowUpDay(day)
          : null;
    if (!shift) return this.allowed(at);
    const local = at.setZone(this.luxonZone);
    const minute = local.hour * 60 + local.minute;
    const day = civilDate(local);
    const valid = shift(day);
    if (valid !== day) return this.atMinute(valid, this.sendMinute);
    if (minute < this.sendMinute) return this.atMinute(day, this.sendMinute);
    if (this.isQuiet(local)) return this.atMinute(shift(day + DAY_MS), this.sendMinute);
    return local;
  }

  private atSendTime(day: CivilDate, alreadySent: boolean, shift: (day: CivilDate) => CivilDate): DateTime {
    const at = this.atMinute(day, this.sendMinute);
    if (alreadySent || at > this.now) return at;
    // Late (the forward came after the prompt's day): the next valid slot, so no prompt is lost.
    const today = civilDate(this.now.setZone(this.luxonZone));
    const todaySlot = shift(today);
    const slot = this.atMinute(todaySlot, this.sendMinute);
    return slot > this.now ? slot : this.atMinute(shift(todaySlot + DAY_MS), this.sendMinute);
  }

  /** Shifting rules for prompts that contact the employer: weekend/holiday → next business day; Monday → later. */
  private shiftFollowUpDay(day: CivilDate): CivilDate {
    let shifted = this.calendar.onOrAfter(day);
    while (this.policy.avoidMondayFollowUps && weekdayOf(shifted) === 1) {
      shifted = this.calendar.onOrAfter(shifted + DAY_MS);
    }
    return shifted;
  }

  private isQuiet(at: DateTime): boolean {
    const local = at.setZone(this.luxonZone);
    return isQuietMinute(local.hour * 60 + local.minute, this.quiet);
  }

  /** The local wall-clock minute on a civil date; luxon moves a time inside a DST gap forward. */
  private atMinute(day: CivilDate, minuteOfDay: number): DateTime {
    const date = new Date(day);
    return DateTime.fromObject(
      {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: Math.floor(minuteOfDay / 60),
        minute: minuteOfDay % 60,
      },
      { zone: this.luxonZone },
    );
  }

  /** The latest `minuteOfDay` at or before `at` (a time in the user's zone). */
  private latestAtMinuteBefore(at: DateTime, minuteOfDay: number): DateTime {
    const day = civilDate(at);
    const sameDay = this.atMinute(day, minuteOfDay);
    return sameDay <= at ? sameDay : this.atMinute(day - DAY_MS, minuteOfDay);
  }
}

/** How long the digest's hour lasts: a schedule firing once an hour, at any minute, hits it once. */
const DIGEST_WINDOW_MINUTES = 60;

/**
 * Whether the weekly digest is due for a user at `now`: their local digest weekday, within the hour
 * from their digest time (docs/REMINDER_POLICY.md #6, Sunday 18:00 by default), in their own zone. An hour
 * that would run into quiet hours is moved earlier so that it ends where they begin: the digest is
 * never sent in quiet hours, and an hourly schedule still meets it once a week.
 */
export function isDigestDue(policy: PolicyConfig, zone: string, now: DateTime): boolean {
  if (!policy.digest) return false;
  const local = now.setZone(cachedZone(zone));
  if (local.weekday !== policy.digest.weekday) return false;
  const quiet = quietWindow(policy);
  const time = minutesOfDay(policy.digest.time);
  // The hour ends at the first quiet minute in it, or at midnight (the weekday must stay the same).
  let end = Math.min(time + DIGEST_WINDOW_MINUTES, MINUTES_PER_DAY);
  for (let minute = time + 1; minute < end; minute++) {
    if (isQuietMinute(minute, quiet)) end = minute;
  }
  const start = Math.max(0, end - DIGEST_WINDOW_MINUTES);
  const minute = local.hour * 60 + local.minute;
  return minute >= start && minute < end && !isQuietMinute(minute, quiet);
}

const MINUTES_PER_DAY = 24 * 60;
