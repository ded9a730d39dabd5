import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import nodemailer from "nodemailer";
import { looksLikeCalendar, looksLikeMail } from "../lambdas/domain/ingest";
import { localSettings } from "../local/settings";
import { CliError, parseOptions } from "./common";

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
 * `followup forward FILE [--from ADDRESS]`: sends an .eml or .ics into the running local product
 * over SMTP. A file not already sent by the owner is wrapped as a forward (as an attachment),
 * the way a mail client forwards it.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { from: { type: "string" }, to: { type: "string" } });
  const settings = localSettings();
  const path = positionals[0];
  if (!path) throw new CliError("a FILE to forward is required (.eml or .ics)");
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch {
    throw new CliError(`cannot read ${path}`);
  }
  const from = (values.from ?? settings.owners[0] ?? "you@example.com").toLowerCase();
  const to = values.to ?? settings.inboundAddress;
  const owners = await runningOwners(settings);
  if (!owners.includes(from) && !settings.allowedDomains.includes(from.split("@")[1] ?? "")) {
    process.stderr.write(
      `followup: warning: ${from} is not an owner of the running product (${owners.join(", ") || "none"}); it drops mail from strangers without an answer. Forward --from ${owners[0] ?? "an owner"}, or start it with FOLLOWUP_OWNERS=${from}.\n`,
    );
  }
  const text = raw.toString("utf8");
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: settings.smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  try {
    if (looksLikeCalendar(raw)) {
      const summary = /^SUMMARY[^:]*:(.*)$/m.exec(text)?.[1]?.trim() ?? "Interview invitation";
      await transport.sendMail({
        from,
        to,
        subject: `Fwd: ${summary}`,
        text: "Forwarded invitation attached.",
        icalEvent: { method: /^METHOD:(\w+)/m.exec(text)?.[1] ?? "REQUEST", content: text },
      });
    } else if (looksLikeMail(raw)) {
      if (headerFrom(text) === from) await transport.sendMail({ envelope: { from, to: [to] }, raw });
      else {
        await transport.sendMail({
          from,
          to,
          subject: `Fwd: ${basename(path)}`,
          text: "Forwarded message attached.",
          attachments: [
            {
              filename: basename(path),
              content: raw,
              contentType: "message/rfc822",
              contentDisposition: "inline",
            },
          ],
        });
      }
    } else {
      throw new CliError(`${path} is not an email message (.eml) or an iCalendar file (.ics)`);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ECONNREFUSED" || code === "ESOCKET"
        ? `nothing is listening on 127.0.0.1:${settings.smtpPort}; start the local product with "npm start"`
        : `could not send: ${(error as Error).message}`,
    );
  } finally {
    transport.close();
  }
  process.stdout.write(
    `Forwarded ${basename(path)} to ${to} as ${from}. Check ${`http://127.0.0.1:${settings.sesPort}`}\n`,
  );
  return 0;
}
