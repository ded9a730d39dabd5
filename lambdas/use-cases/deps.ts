import type { PolicyConfig } from "../domain/config";
import type { Clock, InterviewStore, Mailer, RawMailStore, ReminderScheduler } from "../ports";

/** The deployment's settings every use case may need; built once per cold start by the handler. */
export interface AppConfig {
  /** Owner addresses, lower-cased: the only senders whose mail is acted on, the only recipients. */
  readonly owners: readonly string[];
  /** Domains whose addresses may onboard themselves (issue 9); empty in a single-user deployment. */
  readonly allowedDomains: readonly string[];
  /** Our own address, e.g. followup@followup.example.com; replies come to its plus-addresses. */
  readonly inboundAddress: string;
  /** HMAC key for signed reply addresses. */
  readonly signingSecret: string;
  readonly policy: PolicyConfig;
}

export interface Deps {
  readonly clock: Clock;
  readonly rawMail: RawMailStore;
  readonly interviews: InterviewStore;
  readonly scheduler: ReminderScheduler;
  readonly mailer: Mailer;
  readonly config: AppConfig;
}
