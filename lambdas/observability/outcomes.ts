/**
 * What the use cases' outcomes count as, and say on their log line. Pure: the handlers pass in
 * their Meter. Every dimension value goes through the catalogue's lists (unknown: "other").
 */

import type { RoutedOutcome } from "../use-cases/inbound/outcome";
import type { ReminderOutcome } from "../use-cases/reminder/fire-reminder";
import {
  ANSWER_RESULTS,
  DROP_REASONS,
  FORWARD_OUTCOMES,
  known,
  MAIL_FLOWS,
  METRIC,
  type Meter,
  PROMPT_KINDS,
  REMINDER_SKIP_REASONS,
  REPLY_INTENTS,
} from "./catalogue";

/** Forward details that are one outcome seen twice. */
const FORWARD_DETAILS: Readonly<Record<string, string>> = {
  "duplicate-invite": "duplicate",
  "duplicate-cancel": "duplicate",
};

/** Reply details that name how an intent ended rather than the intent itself. */
const REPLY_DETAILS: Readonly<Record<string, string>> = {
  "not-understood": "unknown",
  "nothing-to-snooze": "snooze",
  "snooze-already-later": "snooze",
  "nothing-to-undo": "undo",
  "correct-unreadable": "correct",
  "correct-nothing": "correct",
  // The answer to "when is it?" for a held forward: still without a date, or now stored.
  "needs-date": "date",
  stored: "date",
};

/** What the inbound log line says of a held answer. */
const HELD_UNTIL = {
  "hourly-cap": "until the next hour",
  "daily-quota": "until the daily sending quota allows",
} as const;

export function forwardOutcome(detail: string): string {
  return known(FORWARD_OUTCOMES, FORWARD_DETAILS[detail] ?? detail);
}

export function replyIntent(detail: string): string {
  return known(REPLY_INTENTS, REPLY_DETAILS[detail] ?? detail);
}

/** Counts one inbound mail: its flow, its drop reason, what a forward or reply became, its parse time. */
export function countInbound(outcome: RoutedOutcome, meter: Meter): void {
  if (outcome.flow) meter.count(METRIC.mail, { flow: known(MAIL_FLOWS, outcome.flow) });
  if (outcome.action === "dropped") {
    meter.count(METRIC.mailDropped, { reason: known(DROP_REASONS, outcome.reason) });
  } else if (outcome.flow === "forward") {
    meter.count(METRIC.forwards, { outcome: forwardOutcome(outcome.detail) });
  } else if (outcome.flow === "reply") {
    meter.count(METRIC.replies, { intent: replyIntent(outcome.detail) });
  }
  if (outcome.action === "answered" && outcome.emailed !== undefined) {
    meter.count(METRIC.answers, { result: known(ANSWER_RESULTS, outcome.emailed ? "sent" : "not-sent") });
  }
  // Held, not failed: the budget reached is still counted (and alarmed on) as when it failed.
  if (outcome.action === "answered" && outcome.held === "hourly-cap") meter.count(METRIC.sendBudgetExceeded);
  if (outcome.action === "answered" && outcome.held === "daily-quota") meter.count(METRIC.sendQuotaHeld);
  if (outcome.parseMs !== undefined) meter.milliseconds(METRIC.parseTime, outcome.parseMs);
}

/** The fields of the inbound log line (snake case, as Powertools' own keys). */
export function inboundFields(outcome: RoutedOutcome): Record<string, string | number> {
  return {
    action: outcome.action,
    ...(outcome.action === "dropped" ? { reason: outcome.reason } : { detail: outcome.detail }),
    // What was sent, not only what was meant: false for an answer that went out before.
    ...(outcome.action === "answered" && outcome.emailed !== undefined
      ? { emailed: String(outcome.emailed) }
      : {}),
    ...(outcome.action === "answered" && outcome.held ? { held: HELD_UNTIL[outcome.held] } : {}),
    ...(outcome.flow ? { flow: outcome.flow } : {}),
    ...(outcome.flow === "forward" && outcome.action === "answered"
      ? { outcome: forwardOutcome(outcome.detail) }
      : {}),
    ...(outcome.flow === "reply" && outcome.action === "answered"
      ? { intent: replyIntent(outcome.detail) }
      : {}),
    ...(outcome.parseMs !== undefined ? { parse_ms: Math.round(outcome.parseMs * 100) / 100 } : {}),
  };
}

export function countReminder(outcome: ReminderOutcome, meter: Meter): void {
  if (outcome.action === "sent") meter.count(METRIC.promptsSent, { kind: known(PROMPT_KINDS, outcome.kind) });
  else if (outcome.action === "held")
    meter.count(outcome.limit === "hourly-cap" ? METRIC.sendBudgetExceeded : METRIC.sendQuotaHeld);
  else meter.count(METRIC.remindersSkipped, { reason: known(REMINDER_SKIP_REASONS, outcome.reason) });
}

export function countDigest(
  outcome: { readonly sent: number; readonly held: number; readonly overCap: number },
  meter: Meter,
): void {
  if (outcome.sent > 0) meter.count(METRIC.digestsSent, {}, outcome.sent);
  if (outcome.held > 0) meter.count(METRIC.sendQuotaHeld, {}, outcome.held);
  // Held, not failed: the budget reached is still counted (and alarmed on) as when it failed.
  if (outcome.overCap > 0) meter.count(METRIC.sendBudgetExceeded, {}, outcome.overCap);
}
