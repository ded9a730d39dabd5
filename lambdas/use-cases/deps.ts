import type { BusinessCalendars } from "../domain/business-days";
import type { PolicyConfig } from "../domain/config";
import type { Clock, InterviewStore, Mailer, RawMailStore, ReminderScheduler } from "../ports";

/** The deployment's settings every use case may need; read once per cold start by the handler. */
export interface Settings {
  /** Owner addresses, lower-cased: the only senders whose mail is acted on, the only recipients. */
  readonly owners: readonly string[];
  /** Domains whose addresses may onboard themselves; empty in a single-user deployment. */
  readonly allowedDomains: readonly string[];
  /** Our own address, e.g. followup@followup.example.com; replies come to its plus-addresses. */
  readonly inboundAddress: string;
  readonly policy: PolicyConfig;
}

/** Settings plus the HMAC key for signed reply addresses, for the handlers that sign or verify them. */
export interface AppConfig extends Settings {
  readonly signingSecret: string;
}

/** Everything the inbound handler uses: the widest set of dependencies. */
export interface Deps {
  readonly clock: Clock;
  readonly rawMail: RawMailStore;
  readonly interviews: InterviewStore;
  readonly scheduler: ReminderScheduler;
  readonly mailer: Mailer;
  readonly config: AppConfig;
  /** The business-day calendars planning needs (date-holidays is loaded on the first call). */
  readonly calendars: () => Promise<BusinessCalendars>;
}

/**
 * A reminder fires: read the interview, send one prompt (with a signed reply address), record it;
 * inside quiet hours, schedule it again for their end.
 */
export type ReminderDeps = Pick<Deps, "clock" | "interviews" | "mailer" | "config" | "scheduler">;

/**
 * The weekly digest: read every owner's interviews, send one summary with its signed reply address;
 * a digest the daily sending quota refused is scheduled for later.
 */
export interface DigestDeps {
  readonly clock: Clock;
  readonly interviews: InterviewStore;
  readonly mailer: Mailer;
  readonly scheduler: ReminderScheduler;
  readonly config: AppConfig;
}

/** What sending any email to an owner takes (the send budget lives in the interview store). */
export interface MailDeps {
  readonly clock: Clock;
  readonly interviews: InterviewStore;
  readonly mailer: Mailer;
  readonly config: Settings;
}
