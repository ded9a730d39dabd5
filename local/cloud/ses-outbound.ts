/**
 * Sending through aws-ses-v2-local (its web inbox shows what owners would receive), made to behave
 * as SES does where it matters to us: SES replaces any Message-ID a raw message carries with its
 * own, <MessageId@email.amazonses.com> (or @<region>.amazonses.com), and the API returns that id.
 * aws-ses-v2-local keeps one store per process: each email leaves it, as soon as it is sent, for the
 * inbox on disk of the app that sent it (ses-inbox.ts).
 *
 * With sending limits, a send over the maximum rate or the 24-hour quota is refused as SES v2
 * refuses it: HTTP 429, TooManyRequestsException, "Maximum sending rate exceeded." or "Daily
 * message quota exceeded." (the messages of docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html).
 * A send counts at the time its request was signed (X-Amz-Date), which is the calling function's
 * clock: a retry Lambda makes a minute later is a minute later here too.
 */
import { randomBytes, randomUUID } from "node:crypto";
// aws-ses-v2-local keeps its emails in this module; the server started in this process uses it.
import sesStore from "aws-ses-v2-local/dist/store.js";
import { sesMessageIdHeader } from "../../lambdas/adapters/ses-mailer";
import { signedAt } from "./aws-request-parts";
import type { ServiceHook, Upstream } from "./gateway";
import { headerFields, withMessageId } from "./raw-headers";
import type { SesInbox, StoredEmail } from "./ses-inbox";

const store = (sesStore as unknown as typeof import("aws-ses-v2-local/dist/store")).getStoreReadonly();

/** An id shaped like SES's: 16 hex digits, a UUID, a counter. */
function sesMessageId(): string {
  return `010001${randomBytes(5).toString("hex")}-${randomUUID()}-000000`;
}

/** An SES account's sending quotas (GetSendQuota's MaxSendRate and Max24HourSend). */
export interface SendingLimits {
  readonly maxSendRate: number;
  readonly max24HourSend: number;
}

/** A new account in the SES sandbox. */
export const SANDBOX_LIMITS: SendingLimits = { maxSendRate: 1, max24HourSend: 200 };
/** A typical account just out of the sandbox. */
export const PRODUCTION_LIMITS: SendingLimits = { maxSendRate: 14, max24HourSend: 50_000 };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The sends of the last 24 hours, oldest first. */
function sendingQuota(limits: SendingLimits) {
  const sent: number[] = [];
  return {
    /** Counts a send at `at`, or says why SES would refuse it. */
    take(at: number): string | null {
      while ((sent[0] ?? at) <= at - DAY_MS) sent.shift();
      if (sent.filter((time) => Math.abs(time - at) < 1000).length >= limits.maxSendRate)
        return "Maximum sending rate exceeded.";
      // Every send already accepted counts, even one signed a moment "later" on another function's clock.
      if (sent.length >= limits.max24HourSend) return "Daily message quota exceeded.";
      sent.splice(sent.findLastIndex((time) => time <= at) + 1, 0, at);
      return null;
    },
    /** A send that did not happen after all. */
    giveBack(at: number): void {
      const index = sent.indexOf(at);
      if (index >= 0) sent.splice(index, 1);
    },
  };
}

export interface SesOutbound {
  readonly hook: ServiceHook;
  /** Emails sent so far, as the web inbox lists them. */
  emails(): readonly StoredEmail[];
  /** Sends refused for the sending limits since the start. */
  refusals(): number;
}

export function sesOutbound(options: {
  readonly region: string;
  readonly inbox: SesInbox;
  readonly now: () => number;
  /** @default no limits */
  readonly limits?: SendingLimits | null;
}): SesOutbound {
  const quota = options.limits ? sendingQuota(options.limits) : null;
  let refusals = 0;
  return {
    emails: () => options.inbox.emails(),
    refusals: () => refusals,
    hook: {
      async handle(call, request, forward): Promise<Upstream> {
        if (call.operation !== "SendEmail") return forward(request.body);
        const at = signedAt(request)?.getTime() ?? options.now();
        const refusal = quota?.take(at);
        if (refusal) {
          refusals++;
          return {
            status: 429,
            headers: { "content-type": "application/json", "x-amzn-errortype": "TooManyRequestsException" },
            body: Buffer.from(JSON.stringify({ message: refusal })),
          };
        }
        const input = JSON.parse(Buffer.from(request.body).toString("utf8")) as {
          Content?: { Raw?: { Data?: string } };
        };
        const messageId = sesMessageId();
        const header = sesMessageIdHeader(messageId, options.region);
        const raw = input.Content?.Raw?.Data;
        if (raw && input.Content?.Raw) {
          input.Content.Raw.Data = Buffer.from(
            withMessageId(Buffer.from(raw, "base64").toString("latin1"), header),
            "latin1",
          ).toString("base64");
        }
        const answer = await forward(Buffer.from(JSON.stringify(input)));
        if (answer.status !== 200) {
          quota?.giveBack(at);
          return answer;
        }
        const { MessageId: standInId } = JSON.parse(answer.body.toString("utf8")) as { MessageId: string };
        const index = store.emails.findIndex((email) => email.messageId === standInId);
        const [stored] = index >= 0 ? store.emails.splice(index, 1) : [];
        if (stored) {
          stored.messageId = messageId;
          // The headers as delivered (aws-ses-v2-local keeps none of a raw message's own).
          stored.headers = raw
            ? headerFields(withMessageId(Buffer.from(raw, "base64").toString("latin1"), header))
            : [];
          stored.at = Math.floor(options.now() / 1000);
          options.inbox.add(stored);
        }
        return { ...answer, body: Buffer.from(JSON.stringify({ MessageId: messageId })) };
      },
    },
  };
}
