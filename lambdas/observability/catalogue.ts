/**
 * Every metric the functions emit, in one place: the handlers emit them (through Powertools
 * Metrics, as EMF on stdout) and the stack draws and alarms on them (lib/observability.ts). A
 * name changed here changes both sides. Dimension values come from fixed lists: an unknown value
 * is counted as "other", so no input can create metrics (each one is billed).
 */

/** The CloudWatch namespace (POWERTOOLS_METRICS_NAMESPACE); the stack name is the `service` dimension. */
export const METRICS_NAMESPACE = "InterviewFollowup";

/** The dimension Powertools adds to every metric: POWERTOOLS_SERVICE_NAME, the stack's name. */
export const SERVICE_DIMENSION = "service";

export const METRIC = {
  /** Admitted mail by flow (forward, reply, command, …). Dimension `flow`. */
  mail: "Mail",
  /** Mail dropped without an answer, by reason. Dimension `reason`. */
  mailDropped: "MailDropped",
  /** Forwards by what became of them. Dimension `outcome`. */
  forwards: "Forwards",
  /** Replies to our emails by what they were read as. Dimension `intent`. */
  replies: "Replies",
  /**
   * Answers to inbound mail by whether an email went out for them now: `sent`, or `not-sent` (it
   * went out before, for a redelivery; or it is held). Dimension `result`.
   */
  answers: "Answers",
  /** Milliseconds to read the MIME and, for a forward, extract the interview. */
  parseTime: "ParseTime",
  /** Prompts sent by a reminder schedule. Dimension `kind`. */
  promptsSent: "PromptsSent",
  /** Reminder schedules that fired and sent nothing. Dimension `reason`. */
  remindersSkipped: "RemindersSkipped",
  /** Weekly digests sent. */
  digestsSent: "DigestsSent",
  /** Emails SES accepted. */
  emailsSent: "EmailsSent",
  /** Sends SES refused or that failed on the way (the event is retried). */
  sendFailures: "SendFailures",
  /** An owner reached MAX_EMAILS_PER_OWNER_PER_HOUR: a loop or a flood is being held back. */
  sendBudgetExceeded: "SendBudgetExceeded",
  /**
   * Emails (prompts, digests, answers) the account's 24-hour SES quota refused: held and scheduled
   * again for when it allows, not lost. The log line says which, and when it is tried again.
   */
  sendQuotaHeld: "SendQuotaHeld",
  /** EventBridge Scheduler calls. Dimension `operation`. */
  scheduleOperations: "ScheduleOperations",
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/** What an admitted inbound mail was taken as (the router's branch). */
export const MAIL_FLOWS = [
  "forward",
  "reply",
  "command",
  "settings",
  "forget",
  "onboarding",
  "unreadable",
  "too-large",
] as const;
export type MailFlow = (typeof MAIL_FLOWS)[number];

/** The use case's drop reasons (lambdas/use-cases/inbound/outcome.ts DropReason). */
export const DROP_REASONS = [
  "unauthenticated",
  "not-an-owner",
  "auto-reply",
  "too-large",
  "ambiguous-sender",
  "welcome-limit",
  "raw-mail-gone",
] as const;

/** What became of a forward; a retried or repeated forward is a duplicate. */
export const FORWARD_OUTCOMES = [
  "stored",
  "updated",
  "cancelled",
  "needs-date",
  "not-an-interview",
  "rejected",
  "offer",
  "duplicate",
] as const;

/**
 * What a reply was read as: the reply intents, plus "date" (the answer to "when is it?" for a
 * held forward) and the two replies that name nothing we can act on.
 */
export const REPLY_INTENTS = [
  "thanked",
  "decision-date",
  "followed-up",
  "heard-back",
  "next-round",
  "offer",
  "rejected",
  "withdrawn",
  "snooze",
  "undo",
  "reopen",
  "correct",
  "status",
  "export",
  "help",
  "check",
  "unknown",
  "date",
  "already-closed",
  "unknown-interview",
] as const;

/**
 * The prompts, the answers the hourly send cap held back (sent together when it allows), and a
 * digest the daily sending quota held back.
 */
export const PROMPT_KINDS = [
  "prep",
  "thank-you",
  "follow-up-1",
  "follow-up-2",
  "follow-up-3",
  "move-on",
  "held-answers",
  "held-digest",
] as const;

export const REMINDER_SKIP_REASONS = [
  "unknown-interview",
  "closed",
  "stale-plan",
  "already-sent",
  "quiet-hours",
  "too-late",
] as const;

/** Whether an answer's email went out now. */
export const ANSWER_RESULTS = ["sent", "not-sent"] as const;

export const SCHEDULE_OPERATIONS = ["put", "delete", "list"] as const;

export type Dimensions = Readonly<Record<string, string>>;

/** What handlers and adapters count with; implemented with Powertools Metrics in telemetry.ts. */
export interface Meter {
  count(name: MetricName, dimensions?: Dimensions, value?: number): void;
  milliseconds(name: MetricName, value: number, dimensions?: Dimensions): void;
}

/** The value itself when it is one of the known ones, else "other". */
export function known(values: readonly string[], value: string): string {
  return values.includes(value) ? value : "other";
}
