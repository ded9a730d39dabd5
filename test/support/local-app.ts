import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import nodemailer from "nodemailer";
import { type LocalApp, type LocalAppOptions, startLocalApp } from "../../local/app";
import { TravelClock } from "../../local/clock";

export const OWNER = "jordan.lee@gmail.com";

export interface StoredEmail {
  readonly messageId: string;
  readonly from: string;
  readonly replyTo: readonly string[];
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
  readonly attachments: ReadonlyArray<{ readonly filename?: string; readonly contentType?: string }>;
  /** Headers SES set, as the recipient sees them: the Message-ID SES assigned. */
  readonly headers?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

/** The Message-ID header an owner's mail client shows for one of our emails (SES assigned it). */
export function messageIdHeader(email: StoredEmail): string {
  const header = email.headers?.find((entry) => entry.name.toLowerCase() === "message-id")?.value;
  if (!header) throw new Error(`Email ${email.messageId} has no Message-ID header`);
  return header;
}

/**
 * Starts the local product (the synthesized stack on the stand-ins) on free ports with its clock
 * frozen at `start` (it moves only by advance). Stopping it fails if any call was one AWS would
 * have denied, so every test that uses it also checks the stack's IAM.
 */
export async function startTestApp(
  start = "2026-11-23T14:00:00Z",
  owners: readonly string[] = [OWNER],
  allowedDomains: readonly string[] = [],
  options: Partial<LocalAppOptions> = {},
): Promise<LocalApp> {
  const frozen = DateTime.fromISO(start).toMillis();
  const app = await startLocalApp({
    dataDir: mkdtempSync(join(tmpdir(), "followup-test-")),
    owners,
    allowedDomains,
    clock: new TravelClock(() => frozen),
    timeZone: "America/Chicago",
    ...options,
  });
  return {
    ...app,
    async stop() {
      await app.stop();
      const denied = app.cloud.denials();
      if (denied.length > 0 && !options.alterTemplate) {
        throw new Error(`Calls AWS would deny:\n${denied.map((denial) => denial.detail).join("\n")}`);
      }
    },
  };
}

/** Sends raw RFC 5322 bytes over SMTP, as a mail server delivering to the inbound address would. */
export async function deliver(
  app: LocalApp,
  raw: string | Buffer,
  envelope: { from?: string; to?: string } = {},
): Promise<void> {
  const transport = nodemailer.createTransport({
    host: app.smtp.host,
    port: app.smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({
    envelope: { from: envelope.from ?? OWNER, to: [envelope.to ?? app.inboundAddress] },
    raw,
  });
  transport.close();
}

export async function inbox(app: LocalApp): Promise<StoredEmail[]> {
  const response = await fetch(`${app.sesUrl}/store`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

/** A plain-text reply from the owner to one of our emails, sent to its signed Reply-To. */
export async function replyTo(
  app: LocalApp,
  email: StoredEmail,
  text: string,
  from = OWNER,
  messageId = `<${Math.random().toString(36).slice(2)}@mail.gmail.com>`,
): Promise<void> {
  const to = email.replyTo[0] ?? app.inboundAddress;
  const raw = [
    `From: Someone <${from}>`,
    `To: ${to}`,
    `Subject: Re: ${email.subject}`,
    `Message-ID: ${messageId}`,
    `In-Reply-To: ${messageIdHeader(email)}`,
    "Date: Mon, 23 Nov 2026 08:30:00 -0600",
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    "",
    `On Mon, Nov 23, 2026 at 8:00 AM Interview follow-up <${app.inboundAddress}> wrote:`,
    "> earlier message",
    "",
  ].join("\r\n");
  await deliver(app, raw, { to, from });
}
