/** SES receipt rule → Lambda: the S3 action stored the raw mail first, under inbound/<messageId>. */

import { ENV, requireEnv } from "../config/env";
import type { Verdict } from "../domain/sender";
import type { Deps } from "../use-cases/deps";
import { type InboundMail, processInboundMail } from "../use-cases/inbound-mail";
import { lazyDeps, logOutcome, systemClock } from "./runtime";
import {
  interviewStoreFrom,
  mailerFrom,
  rawMailStoreFrom,
  reminderSchedulerFrom,
  settingsFrom,
  signingSecretFrom,
} from "./wiring";

/** Every dependency: it reads raw mail, stores interviews, schedules prompts and verifies reply addresses. */
export async function inboundDeps(env: NodeJS.ProcessEnv = process.env): Promise<InboundDeps> {
  return {
    clock: systemClock,
    rawMail: rawMailStoreFrom(env),
    interviews: interviewStoreFrom(env),
    scheduler: reminderSchedulerFrom(env),
    mailer: mailerFrom(env),
    config: { ...settingsFrom(env), signingSecret: await signingSecretFrom(env) },
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

/** Errors are thrown, not swallowed: Lambda retries, then the on-failure destination keeps the event. */
export function createInboundHandler(deps: () => Promise<InboundDeps>) {
  return async (event: SesReceiptEvent): Promise<void> => {
    for (const record of event.Records) {
      const current = await deps();
      const outcome = await processInboundMail(toInboundMail(record, current.rawMailPrefix), current);
      logOutcome({ handler: "inbound", messageId: record.ses.mail.messageId, ...outcome });
    }
  };
}

export const handler = createInboundHandler(lazyDeps(inboundDeps));
