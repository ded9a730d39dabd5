/** SES receipt rule → Lambda: the S3 action stored the raw mail first, under inbound/<messageId>. */

import type { Deps } from "../use-cases/deps";
import { type InboundMail, processInboundMail, type Verdict } from "../use-cases/inbound-mail";
import { lazyDeps, logOutcome } from "./runtime";

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

const RAW_MAIL_PREFIX = process.env.RAW_MAIL_PREFIX ?? "inbound/";

export function toInboundMail(record: SesReceiptEvent["Records"][number]): InboundMail {
  const { mail, receipt } = record.ses;
  return {
    storageKey: `${RAW_MAIL_PREFIX}${mail.messageId}`,
    recipients: receipt.recipients,
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
export function createInboundHandler(deps: () => Promise<Deps>) {
  return async (event: SesReceiptEvent): Promise<void> => {
    for (const record of event.Records) {
      const outcome = await processInboundMail(toInboundMail(record), await deps());
      logOutcome({ handler: "inbound", messageId: record.ses.mail.messageId, ...outcome });
    }
  };
}

export const handler = createInboundHandler(lazyDeps());
