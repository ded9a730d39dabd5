import { randomUUID } from "node:crypto";
import { localSettings } from "../local/settings";
import { CliError, parseOptions, printJson } from "./common";
import { sendToLocalInbound } from "./local-smtp";

/** One email of the local SES stand-in's store, as its /store endpoint lists it. */
export interface InboxEmail {
  readonly messageId: string;
  readonly from: string;
  readonly replyTo?: readonly string[];
  readonly destination?: { readonly to?: readonly string[] };
  readonly subject: string;
  readonly body?: { readonly text?: string; readonly html?: string };
  readonly headers?: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly at?: number;
}

export async function readInbox(sesPort: number): Promise<InboxEmail[]> {
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${sesPort}/store`);
  } catch {
    throw new CliError(
      `nothing is listening on 127.0.0.1:${sesPort}; start the local product with "npm start"`,
    );
  }
  if (!response.ok) throw new CliError(`the local inbox answered ${response.status}`);
  return ((await response.json()) as { emails?: InboxEmail[] }).emails ?? [];
}

function header(email: InboxEmail, name: string): string | null {
  return email.headers?.find((entry) => entry.name.toLowerCase() === name)?.value ?? null;
}

/** The email a reply answers: "latest" (or nothing) is the newest, N counts from 1, oldest first. */
export function pickEmail(
  emails: readonly InboxEmail[],
  which: string,
): { email: InboxEmail; number: number } {
  if (emails.length === 0)
    throw new CliError("the local inbox is empty; forward an invite first: followup forward FILE");
  const number = which === "latest" ? emails.length : Number(which);
  const email = emails[number - 1];
  if (!Number.isInteger(number) || !email)
    throw new CliError(
      `there is no email ${which}: the local inbox has 1 to ${emails.length} (followup reply --list)`,
    );
  return { email, number };
}

/** The reply a mail client writes: to the Reply-To, "Re:" the subject, threaded, the original quoted. */
export function replyMessage(
  email: InboxEmail,
  text: string,
  from: string,
  inbound: string,
): { to: string; raw: string } {
  const to = email.replyTo?.[0] ?? inbound;
  const original = header(email, "message-id");
  const subject = /^re:/i.test(email.subject) ? email.subject : `Re: ${email.subject}`;
  const quoted = (email.body?.text ?? "")
    .split(/\r?\n/)
    .slice(0, 40)
    .map((line) => `> ${line}`.trimEnd());
  const raw = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject.replace(/[\r\n]+/g, " ")}`,
    `Message-ID: <${randomUUID()}@followup-cli.localhost>`,
    ...(original ? [`In-Reply-To: ${original}`, `References: ${original}`] : []),
    `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    text,
    "",
    `On ${new Date().toUTCString()}, ${email.from} wrote:`,
    ...quoted,
    "",
  ].join("\r\n");
  return { to, raw };
}

function line(number: number, email: InboxEmail): string {
  return `${String(number).padStart(3)}  ${email.subject}`;
}

/**
 * `followup reply [N|latest] "TEXT"`: replies as the owner to an email of the local inbox, and
 * prints what the product answered. `followup reply --list` numbers the inbox.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    from: { type: "string" },
    list: { type: "boolean" },
    json: { type: "boolean" },
  });
  const settings = localSettings();
  const emails = await readInbox(settings.sesPort);
  if (values.list) {
    if (values.json) printJson(emails.map((email, index) => ({ number: index + 1, subject: email.subject })));
    else
      process.stdout.write(
        emails.length > 0
          ? `${emails.map((email, index) => line(index + 1, email)).join("\n")}\n`
          : "The local inbox is empty.\n",
      );
    return 0;
  }
  const [first, ...rest] = positionals;
  const targeted = first !== undefined && (/^\d+$/.test(first) || first === "latest");
  const which = targeted ? (first ?? "latest") : "latest";
  const text = (targeted ? rest : positionals).join(" ").trim();
  if (!text)
    throw new CliError(
      'a reply TEXT is required, e.g. followup reply latest "sent" (followup reply --list numbers the inbox)',
    );
  const { email, number } = pickEmail(emails, which);
  const from = (values.from ?? settings.owners[0] ?? "you@example.com").toLowerCase();
  const { to, raw } = replyMessage(email, text, from, settings.inboundAddress);
  await sendToLocalInbound(settings.smtpPort, { envelope: { from, to: [to] }, raw });
  // The local SMTP session ends once the product has handled the mail: its answer is in the inbox.
  const answers = (await readInbox(settings.sesPort)).slice(emails.length);
  if (values.json) {
    printJson({
      repliedTo: { number, subject: email.subject },
      from,
      text,
      answers: answers.map((answer) => answer.subject),
    });
    return 0;
  }
  const lines = [`Replied to ${number} “${email.subject}” as ${from}.`];
  if (answers.length === 0)
    lines.push("No answer (an automatic reply, or a sender that is not an owner, gets none).");
  for (const [index, answer] of answers.entries())
    lines.push(`Answer: ${line(emails.length + index + 1, answer).trim()}`);
  lines.push(`Read it at http://127.0.0.1:${settings.sesPort}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
