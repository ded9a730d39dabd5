import PostalMime, { type Address, type Email } from "postal-mime";
import { capHeaders } from "./header-caps";
import { decodeEntities, htmlToText, plainText } from "./normalize";

/** Caps that keep one message's work bounded, whatever it contains. */
export const LIMITS = {
  /** Text taken from a message for date and field extraction: an invite says what matters early. */
  maxTextChars: 50_000,
  /** RFC 5322 caps a header line at 998 characters; a longer subject is noise. */
  maxSubjectChars: 998,
  /**
   * One calendar part. Parts above 1 MB are real (Outlook embeds attachments as base64 ATTACH
   * lines); the reader skips such long values, so reading them whole stays cheap.
   */
  maxCalendarBytes: 8_000_000,
  maxMimeDepth: 50,
  maxRfc822Depth: 5,
  /** A message attached to a forward ("forward as attachment") is read up to this size. */
  maxAttachedMessageBytes: 10_000_000,
  /** Attached messages read per message. */
  maxAttachedMessages: 3,
} as const;

export interface MailAddress {
  readonly address: string;
  readonly name: string | null;
}

export interface CalendarPart {
  /** METHOD from the Content-Type parameter or the calendar itself; null when absent. */
  readonly method: string | null;
  readonly text: string;
}

export interface MailMessage {
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly from: MailAddress | null;
  readonly to: readonly MailAddress[];
  readonly cc: readonly MailAddress[];
  readonly replyTo: readonly MailAddress[];
  readonly subject: string;
  /** ISO-8601 with the sender's offset, when the Date header parsed. */
  readonly date: string | null;
  /** Plain text of the message, derived from HTML when there is no text part. */
  readonly text: string;
  readonly calendars: readonly CalendarPart[];
  readonly attachments: ReadonlyArray<{
    readonly filename: string | null;
    readonly mimeType: string;
    readonly size: number;
  }>;
  /** Outlook's winmail.dat: the invite inside cannot be read. */
  readonly hasTnef: boolean;
  /**
   * Messages attached whole (message/rfc822, or an .eml file): Outlook's "forward as attachment".
   * Each is read like the message itself.
   */
  readonly attachedMessages: readonly MailMessage[];
  readonly headers: {
    readonly autoSubmitted?: string;
    readonly precedence?: string;
    /** X-Autoreply / X-Autorespond present. */
    readonly autoReply: boolean;
    /** Return-Path <> (a bounce). */
    readonly nullSender: boolean;
    /** List-Unsubscribe or List-Id present: mail sent to a list. */
    readonly mailingList?: boolean;
  };
}

export class UnreadableMailError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UnreadableMailError";
  }
}

const decoder = new TextDecoder("utf-8");

function bytesOf(raw: Uint8Array | string): Uint8Array {
  return typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
}

/** Whether the bytes are an iCalendar file rather than a mail message. */
export function looksLikeCalendar(raw: Uint8Array | string): boolean {
  const head = (typeof raw === "string" ? raw.slice(0, 512) : decoder.decode(raw.subarray(0, 512))).replace(
    /^\uFEFF/,
    "",
  );
  return /^\s*BEGIN:VCALENDAR/i.test(head);
}

/** Whether the bytes look like an RFC 5322 message: a header block of "Name: value" lines. */
export function looksLikeMail(raw: Uint8Array | string): boolean {
  const head = typeof raw === "string" ? raw.slice(0, 4096) : decoder.decode(raw.subarray(0, 4096));
  const firstLines = head
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .slice(0, 5);
  const headerLines = firstLines.filter((line) => /^[!-9;-~]+:/.test(line) || /^From \S/.test(line));
  return headerLines.length > 0 && /^[!-9;-~]+:|^From \S/.test(firstLines[0] ?? "");
}

function mailbox(address: Address | undefined): MailAddress | null {
  if (!address) return null;
  if ("address" in address && address.address)
    return { address: address.address, name: address.name || null };
  if ("group" in address && address.group?.[0]) return mailbox(address.group[0]);
  return null;
}

function mailboxes(addresses: Address[] | undefined): MailAddress[] {
  return (addresses ?? []).flatMap((address) =>
    "group" in address && address.group ? mailboxes(address.group) : (mailbox(address) ?? []),
  );
}

function header(email: Email, key: string): string | undefined {
  return email.headers.find((entry) => entry.key === key)?.value.trim();
}

function calendarMethod(text: string): string | null {
  return /^METHOD:(.+)$/im.exec(text)?.[1]?.trim().toUpperCase() ?? null;
}

/** Reads any RFC 5322 message (or a bare .ics file) into the parts ingest cares about. */
export async function readMail(raw: Uint8Array | string, depth = 0): Promise<MailMessage> {
  const bytes = bytesOf(raw);
  if (looksLikeCalendar(bytes)) {
    const text = decoder.decode(bytes.subarray(0, LIMITS.maxCalendarBytes));
    return {
      messageId: null,
      inReplyTo: null,
      from: null,
      to: [],
      cc: [],
      replyTo: [],
      subject: "",
      date: null,
      text: "",
      calendars: [{ method: calendarMethod(text), text }],
      attachments: [],
      hasTnef: false,
      attachedMessages: [],
      headers: { autoReply: false, nullSender: false },
    };
  }
  let email: Email;
  try {
    // Capped first: postal-mime's work on encoded words grows faster than the header (header-caps.ts).
    email = await PostalMime.parse(capHeaders(bytes).bytes, {
      attachmentEncoding: "arraybuffer",
      maxNestingDepth: LIMITS.maxMimeDepth,
      maxRfc822NestingDepth: LIMITS.maxRfc822Depth,
      // Attached messages are read here, each as a message of its own with its own headers (postal-mime
      // would fold their text into the body, with the date printed in the machine's zone).
      forceRfc822Attachments: true,
    });
  } catch (error) {
    throw new UnreadableMailError("the message could not be read as MIME", { cause: error });
  }
  const calendars: CalendarPart[] = [];
  const attachments: Array<{ filename: string | null; mimeType: string; size: number }> = [];
  const attachedMessages: MailMessage[] = [];
  for (const attachment of email.attachments) {
    const content = attachment.content;
    const size = typeof content === "string" ? content.length : content.byteLength;
    attachments.push({ filename: attachment.filename, mimeType: attachment.mimeType, size });
    const isMessage =
      attachment.mimeType === "message/rfc822" ||
      attachment.mimeType === "message/global" ||
      /\.eml$/i.test(attachment.filename ?? "");
    if (
      isMessage &&
      depth < LIMITS.maxRfc822Depth &&
      size <= LIMITS.maxAttachedMessageBytes &&
      attachedMessages.length < LIMITS.maxAttachedMessages
    ) {
      const messageBytes =
        typeof content === "string"
          ? content
          : content instanceof Uint8Array
            ? content
            : new Uint8Array(content);
      try {
        attachedMessages.push(await readMail(messageBytes, depth + 1));
      } catch (error) {
        // An unreadable attachment is not the whole message being unreadable.
        if (!(error instanceof UnreadableMailError)) throw error;
      }
      continue;
    }
    const isCalendar =
      attachment.mimeType === "text/calendar" ||
      attachment.mimeType === "application/ics" ||
      /\.ics$/i.test(attachment.filename ?? "");
    if (isCalendar && size <= LIMITS.maxCalendarBytes) {
      const text =
        typeof content === "string"
          ? content
          : decoder.decode(content instanceof Uint8Array ? content : new Uint8Array(content));
      calendars.push({ method: attachment.method?.toUpperCase() ?? calendarMethod(text), text });
    }
  }
  // The text part, unless it is a stub beside the HTML ("This message has no text version").
  const useText = Boolean(email.text?.trim()) && !(email.html && (email.text ?? "").trim().length < 40);
  const text = (
    useText
      ? plainText(decodeEntities((email.text ?? "").slice(0, LIMITS.maxTextChars)))
      : htmlToText(email.html ?? "")
  ).slice(0, LIMITS.maxTextChars);
  const dateHeader = header(email, "date");
  return {
    messageId: email.messageId?.trim() || null,
    inReplyTo: email.inReplyTo?.trim() || null,
    from: mailbox(email.from),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    replyTo: mailboxes(email.replyTo),
    subject: (email.subject ?? "")
      .replace(/[\r\n]+/g, " ")
      .trim()
      .slice(0, LIMITS.maxSubjectChars),
    date: email.date && !Number.isNaN(Date.parse(email.date)) ? dateWithOffset(email.date, dateHeader) : null,
    text,
    calendars,
    attachments,
    attachedMessages,
    hasTnef: attachments.some(
      (attachment) =>
        attachment.mimeType === "application/ms-tnef" || /^winmail\.dat$/i.test(attachment.filename ?? ""),
    ),
    headers: {
      autoSubmitted: header(email, "auto-submitted"),
      precedence: header(email, "precedence"),
      autoReply: email.headers.some((entry) => entry.key === "x-autoreply" || entry.key === "x-autorespond"),
      nullSender: /^<\s*>$/.test(header(email, "return-path") ?? "") || email.returnPath === "<>",
      mailingList: email.headers.some((entry) => entry.key === "list-unsubscribe" || entry.key === "list-id"),
    },
  };
}

/** postal-mime gives the Date in UTC; keep the sender's own offset, which tells their zone. */
function dateWithOffset(isoUtc: string, rawHeader: string | undefined): string {
  const offset = /([+-])(\d{2})(\d{2})\s*(\(.*\))?\s*$/.exec(rawHeader ?? "");
  const instant = new Date(isoUtc);
  if (!offset) return instant.toISOString();
  const minutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const local = new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset[1]}${offset[2]}:${offset[3]}`;
}
