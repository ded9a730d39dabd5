/**
 * `npm run demo`: the whole timeline in under a minute. Starts the local product on free ports,
 * forwards a realistic invite, travels through time, replies as a user would, prints every email
 * the user receives, and stops everything.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import nodemailer from "nodemailer";
import { type LocalApp, startLocalApp } from "./app";
import { TravelClock } from "./clock";

const OWNER = "jordan.lee@gmail.com";
/** Each email's first lines; a longer one ends with "…". */
const SHOWN_LINES = 14;
const INVITE = join(import.meta.dirname, "../test/fixtures/mail/google-calendar-forwarded-gmail.eml");

interface StoredEmail {
  readonly subject: string;
  readonly replyTo: readonly string[];
  readonly body: { readonly text?: string };
  /** As delivered: the Message-ID header is the one SES assigned. */
  readonly headers?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

const steps = [
  "Forward the interview invite",
  "Travel to the interview day",
  'Reply "sent" to the thank-you prompt',
  'Reply "they said Friday" (Dec 4)',
  "Travel to the first follow-up",
  'Reply "rejected"',
] as const;
let step = 0;
const progress = (what: string) => process.stdout.write(`\n[${++step}/${steps.length}] ${what}\n`);

async function send(app: LocalApp, raw: string | Buffer, to = app.inboundAddress): Promise<void> {
  const transport = nodemailer.createTransport({
    host: app.smtp.host,
    port: app.smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  await transport.sendMail({ envelope: { from: OWNER, to: [to] }, raw });
  transport.close();
}

async function inbox(app: LocalApp): Promise<StoredEmail[]> {
  return ((await (await fetch(`${app.sesUrl}/store`)).json()) as { emails: StoredEmail[] }).emails;
}

let shown = 0;
async function printNewEmails(app: LocalApp): Promise<StoredEmail[]> {
  const emails = await inbox(app);
  for (const email of emails.slice(shown)) {
    const all = (email.body.text ?? "").trim().split("\n");
    const lines = all.length > SHOWN_LINES ? [...all.slice(0, SHOWN_LINES), "…"] : all;
    process.stdout.write(`\n  ✉  ${email.subject}\n${lines.map((line) => `     │ ${line}`).join("\n")}\n`);
  }
  shown = emails.length;
  return emails;
}

function reply(app: LocalApp, to: StoredEmail, text: string): Promise<void> {
  const address = to.replyTo[0] ?? app.inboundAddress;
  const raw = [
    `From: Jordan Lee <${OWNER}>`,
    `To: ${address}`,
    `Subject: Re: ${to.subject}`,
    `Message-ID: <demo-${Date.now()}-${Math.random().toString(36).slice(2)}@mail.gmail.com>`,
    ...(to.headers ?? [])
      .filter((header) => header.name === "Message-ID")
      .map((header) => `In-Reply-To: ${header.value}`),
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    "",
  ].join("\r\n");
  return send(app, raw, address);
}

const dataDir = mkdtempSync(join(tmpdir(), "followup-demo-"));
const start = DateTime.fromISO("2026-11-23T08:15:00", { zone: "America/Chicago" });
const app = await startLocalApp({
  dataDir,
  owners: [OWNER],
  timeZone: "America/Chicago",
  clock: new TravelClock(() => start.toMillis()),
});
let failed = false;
try {
  process.stdout.write(
    `interview-followup demo — local time starts at ${start.toFormat("ccc d LLL yyyy, HH:mm")} (America/Chicago)\n`,
  );
  progress(steps[0]);
  await send(app, readFileSync(INVITE));
  const [confirmation] = await printNewEmails(app);
  if (!confirmation) throw new Error("no confirmation arrived");

  progress(steps[1]);
  await app.advance({ at: DateTime.fromISO("2026-12-02T16:00:00", { zone: "America/Chicago" }) });
  const prompts = await printNewEmails(app);
  const thankYou = prompts.find((email) => email.subject.startsWith("Send your thank-you"));
  if (!thankYou) throw new Error("no thank-you prompt arrived");

  progress(steps[2]);
  await reply(app, thankYou, "sent");
  await printNewEmails(app);

  progress(steps[3]);
  await reply(app, thankYou, "they said Friday");
  await printNewEmails(app);

  progress(steps[4]);
  await app.advance({ at: DateTime.fromISO("2026-12-08T10:00:00", { zone: "America/Chicago" }) });
  const followUps = (await printNewEmails(app)).filter((email) => email.subject.startsWith("Follow up"));
  const followUp = followUps.at(-1);
  if (!followUp) throw new Error("no follow-up prompt arrived");

  progress(steps[5]);
  await reply(app, followUp, "rejected");
  await printNewEmails(app);
  const pending = app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith("fu-"));
  process.stdout.write(
    `\nDone: ${shown} emails; ${pending.length} prompts still pending after "rejected".\n`,
  );
} catch (error) {
  failed = true;
  process.stderr.write(`\nDemo failed: ${(error as Error).message}\n`);
} finally {
  await app.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
