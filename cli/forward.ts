import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { SendMailOptions } from "nodemailer";
import { looksLikeCalendar, looksLikeMail } from "../lambdas/domain/ingest";
import { formatWhen } from "../lambdas/domain/messages";
import { mayReceive } from "../lambdas/use-cases/steps/outgoing";
import { localSettings } from "../local/settings";
import { CliError, parseOptions } from "./common";
import { sampleInvite } from "./invite";
import { parseTarget } from "./local";
import { displayZone, productStatus, productTime } from "./local-product";
import { sendToLocalInbound } from "./local-smtp";

/** The From header of a raw message, lower-cased, if any. */
function headerFrom(raw: string): string | null {
  const headers = raw.split(/\r?\n\r?\n/)[0] ?? "";
  return /^from:.*?([^\s<>"]+@[^\s<>"]+)/im.exec(headers)?.[1]?.toLowerCase() ?? null;
}

/**
 * The owners of the running product: what its control endpoint reports, else what `npm start`
 * reads from the same environment (FOLLOWUP_OWNERS).
 */
async function runningOwners(settings: ReturnType<typeof localSettings>): Promise<readonly string[]> {
  try {
    const response = await fetch(`http://127.0.0.1:${settings.controlPort}/status`);
    const body = (await response.json()) as { owners?: unknown };
    if (Array.isArray(body.owners)) return body.owners.map((owner) => String(owner).toLowerCase());
  } catch {
    // Not running, or an older product: the environment says who the owners are.
  }
  return settings.owners;
}

/**
 * `followup forward FILE | --invite WHEN [--from ADDRESS]`: sends an .eml or .ics, or a sample
 * invite for a time read against the running product's clock, into the local product over SMTP.
 * Mail not already sent by the owner is wrapped as a forward (as an attachment), the way a mail
 * client forwards it.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    from: { type: "string" },
    to: { type: "string" },
    invite: { type: "string" },
  });
  const settings = localSettings();
  const from = (values.from ?? settings.owners[0] ?? "you@example.com").toLowerCase();
  const path = values.invite ? "invite.eml" : positionals[0];
  if (!path) throw new CliError('a FILE to forward is required (.eml or .ics), or --invite "Tuesday 2pm"');
  let raw: Buffer;
  if (values.invite) {
    raw = Buffer.from(await inviteFor(values.invite, from));
  } else {
    try {
      raw = await readFile(path);
    } catch {
      throw new CliError(`cannot read ${path}`);
    }
  }
  const to = values.to ?? settings.inboundAddress;
  const owners = await runningOwners(settings);
  if (!mayReceive(from, { owners, allowedDomains: settings.allowedDomains })) {
    process.stderr.write(
      `followup: warning: ${from} is not an owner of the running product (${owners.join(", ") || "none"}); it drops mail from strangers without an answer. Forward --from ${owners[0] ?? "an owner"}, or start it with FOLLOWUP_OWNERS=${from}.\n`,
    );
  }
  const text = raw.toString("utf8");
  await sendToLocalInbound(settings.smtpPort, forwardOf(path, raw, text, from, to));
  process.stdout.write(
    `Forwarded ${basename(path)} to ${to} as ${from}. Check ${`http://127.0.0.1:${settings.sesPort}`}\n`,
  );
  return 0;
}

/** A sample invite for WHEN, read (and refused when past) as `local advance --to` reads its time. */
async function inviteFor(whenText: string, owner: string): Promise<string> {
  const status = await productStatus();
  const zone = displayZone(status.timeZone);
  const now = productTime(status);
  const start = parseTarget(whenText, zone, now);
  if (start <= now)
    throw new CliError(
      `--invite "${whenText}" is ${formatWhen(start.toISO() ?? "", zone, { year: now.year })}, not after the local time; say a later time, e.g. --invite "in 3 days at 2pm"`,
    );
  return sampleInvite(start, now, owner);
}

/** Mail an owner sent goes as it is; someone else's mail or a bare calendar is wrapped as a forward. */
function forwardOf(path: string, raw: Buffer, text: string, from: string, to: string): SendMailOptions {
  if (looksLikeCalendar(raw)) {
    const summary = /^SUMMARY[^:]*:(.*)$/m.exec(text)?.[1]?.trim() ?? "Interview invitation";
    return {
      from,
      to,
      subject: `Fwd: ${summary}`,
      text: "Forwarded invitation attached.",
      icalEvent: { method: /^METHOD:(\w+)/m.exec(text)?.[1] ?? "REQUEST", content: text },
    };
  }
  if (!looksLikeMail(raw))
    throw new CliError(`${path} is not an email message (.eml) or an iCalendar file (.ics)`);
  if (headerFrom(text) === from) return { envelope: { from, to: [to] }, raw };
  return {
    from,
    to,
    subject: `Fwd: ${basename(path)}`,
    text: "Forwarded message attached.",
    attachments: [
      { filename: basename(path), content: raw, contentType: "message/rfc822", contentDisposition: "inline" },
    ],
  };
}
