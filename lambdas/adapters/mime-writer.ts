import { randomBytes } from "node:crypto";
import { singleLine } from "../domain/untrusted-text";
import type { OutgoingEmail } from "../ports";

/** Header values never carry CR/LF (header injection), bidi or zero-width tricks, and stay on one line. */
function headerValue(value: string): string {
  return singleLine(value);
}

/** RFC 2047 encoded-word for non-ASCII header text, split so no line passes 76 characters. */
function encodeWord(value: string): string {
  const clean = headerValue(value);
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  const words: string[] = [];
  let chunk = "";
  for (const char of clean) {
    if (Buffer.byteLength(chunk + char, "utf8") > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, "utf8").toString("base64")}?=`).join("\r\n ");
}

/** RFC 5322 specials: a display name holding one ("Follow-up, Interviews") must be quoted. */
const SPECIALS = /[()<>[\]:;@\\,."]/;

/**
 * A display name as a header writes it: an encoded-word when it is not ASCII; a quoted string
 * (quotes and backslashes escaped) when it holds a special, or a comma would split it into two
 * mailboxes; else as it is.
 */
function displayName(name: string): string {
  const clean = headerValue(name);
  if (!/^[\x20-\x7e]*$/.test(clean)) return encodeWord(clean);
  return SPECIALS.test(clean) ? `"${clean.replace(/["\\]/g, "\\$&")}"` : clean;
}

/** "Name <address>" with the name quoted or encoded when needed. */
function mailbox(value: string): string {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(headerValue(value));
  if (!match?.[2]) return headerValue(value);
  return match[1] ? `${displayName(match[1])} <${match[2]}>` : `<${match[2]}>`;
}

function base64Lines(content: string | Uint8Array): string {
  const encoded = Buffer.from(content).toString("base64");
  return encoded.replace(/.{1,76}/g, "$&\r\n").trimEnd();
}

function boundary(): string {
  return `=_followup_${randomBytes(12).toString("hex")}`;
}

/** The RFC 5322 message SES sends: multipart/mixed > multipart/alternative (text, html) + attachments. */
export function renderMime(email: OutgoingEmail, date: Date = new Date()): string {
  const mixed = boundary();
  const alternative = boundary();
  const headers = [
    `From: ${mailbox(email.from)}`,
    `To: ${mailbox(email.to)}`,
    ...(email.replyTo ? [`Reply-To: ${mailbox(email.replyTo)}`] : []),
    `Subject: ${encodeWord(email.subject)}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    // No Message-ID: SES assigns its own (and replaces any we write); the mailer reports it.
    ...(email.inReplyTo ? [`In-Reply-To: ${headerValue(email.inReplyTo)}`] : []),
    ...(email.references.length > 0 ? [`References: ${email.references.map(headerValue).join(" ")}`] : []),
    "MIME-Version: 1.0",
    // We are an automated sender: well-behaved auto-responders will not answer us.
    "Auto-Submitted: auto-generated",
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
  ];
  const parts = [
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    "",
    `--${alternative}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(email.text),
    `--${alternative}`,
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(email.html),
    `--${alternative}--`,
    ...email.attachments.flatMap((attachment) => [
      `--${mixed}`,
      `Content-Type: ${headerValue(attachment.contentType)}`,
      "Content-Transfer-Encoding: base64",
      `Content-Disposition: attachment; filename="${headerValue(attachment.filename).replace(/["\\]/g, "")}"`,
      "",
      base64Lines(attachment.content),
    ]),
    `--${mixed}--`,
    "",
  ];
  return [...headers, "", ...parts].join("\r\n");
}
