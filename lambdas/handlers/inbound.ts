/** SES receipt rule → Lambda: the S3 action stored the raw mail first, under inbound/<messageId>. */

import { ENV, requireEnv } from "../config/env";
import { loadBusinessCalendars } from "../domain/business-days";
import type { Verdict } from "../domain/sender";
import type { Meter } from "../observability/catalogue";
import { countInbound, inboundFields } from "../observability/outcomes";
import { addressHash } from "../observability/redact";
import type { Telemetry } from "../observability/telemetry";
import type { Deps } from "../use-cases/deps";
import type { InboundMail } from "../use-cases/inbound/outcome";
import { processInboundMail } from "../use-cases/inbound/process-inbound-mail";
import { lazyDeps, lazyTelemetry, observed, systemClock } from "./runtime";
import {
  interviewStoreFrom,
  mailerFrom,
  rawMailStoreFrom,
  reminderSchedulerFrom,
  settingsFrom,
  signingSecretFrom,
} from "./wiring";

/** Every dependency: it reads raw mail, stores interviews, schedules prompts and verifies reply addresses. */
export async function inboundDeps(env: NodeJS.ProcessEnv, meter: Meter): Promise<InboundDeps> {
  return {
    clock: systemClock,
    rawMail: rawMailStoreFrom(env),
    interviews: interviewStoreFrom(env),
    scheduler: reminderSchedulerFrom(env, meter),
    mailer: mailerFrom(env, meter),
    config: { ...settingsFrom(env), signingSecret: await signingSecretFrom(env) },
    calendars: loadBusinessCalendars,
    rawMailPrefix: requireEnv(ENV.rawMailPrefix, env),
  };
}

export interface InboundDeps extends Deps {
  /** The receipt rule's S3 prefix: SES stores each message at prefix + its message id. */
  readonly rawMailPrefix: string;
}

export interface SesReceiptEvent {
  readonly Records: ReadonlyArray<{
    readonly ses: {
      readonly mail: { readonly messageId: string; readonly source?: string };
      readonly receipt: {
        readonly recipients: readonly string[];
        readonly spfVerdict?: { readonly status: Verdict };
        readonly dkimVerdict?: { readonly status: Verdict };
        readonly dmarcVerdict?: { readonly status: Verdict };
        readonly spamVerdict?: { readonly status: Verdict };
        readonly virusVerdict?: { readonly status: Verdict };
      };
    };
  }>;
}

export function toInboundMail(
  record: SesReceiptEvent["Records"][number],
  rawMailPrefix: string,
): InboundMail {
  const { mail, receipt } = record.ses;
  return {
    storageKey: `${rawMailPrefix}${mail.messageId}`,
    recipients: receipt.recipients,
    envelopeSender: mail.source ?? "",
    verdicts: {
      spf: receipt.spfVerdict?.status ?? "PROCESSING_FAILED",
      dkim: receipt.dkimVerdict?.status ?? "PROCESSING_FAILED",
      dmarc: receipt.dmarcVerdict?.status ?? "PROCESSING_FAILED",
      spam: receipt.spamVerdict?.status ?? "DISABLED",
      virus: receipt.virusVerdict?.status ?? "DISABLED",
    },
  };
}

/**
 * Every line of a mail carries its SES message id as correlation id (the raw mail's key ends with
 * it) and its envelope sender hashed. Errors are thrown, not swallowed: Lambda retries, then the
 * on-failure destination keeps the event.
 */
export function createInboundHandler(deps: () => Promise<InboundDeps>, telemetry: () => Telemetry) {
  return observed(telemetry, async (event: SesReceiptEvent, current) => {
    for (const record of event.Records) {
      const { mail } = record.ses;
      current.correlate(mail.messageId, { sender: mail.source ? addressHash(mail.source) : null });
      const built = await deps();
      const outcome = await processInboundMail(toInboundMail(record, built.rawMailPrefix), built);
      countInbound(outcome, current);
      current.logger.info("mail processed", inboundFields(outcome));
    }
  });
}

const telemetry = lazyTelemetry("inbound");
export const handler = createInboundHandler(
  lazyDeps(() => inboundDeps(process.env, telemetry())),
  telemetry,
);
