/** One mail as ingest reads it: the source message, the forward inside, who wrote it when, in which language. */
import { detectMailLanguage } from "../language/detect";
import type { InviteLexicon } from "../language/invite-lexicon";
import { stripReply } from "../replies/strip";
import { canonicalZoneName, fixedOffsetZone, ianaZone, UTC_ZONE, type WallZone } from "../zones";
import type { WorkBudget } from "./budget";
import { daysFromCivil, SECONDS_PER_DAY } from "./civil";
import { type Classification, classify } from "./classify";
import { findDecisionDate } from "./decision";
import { type ForwardedOriginal, unwrapForward } from "./forward";
import { greetingName, greetsAnother } from "./greeting";
import { INVITE_LEXICONS } from "./invite-language";
import { type LocaleCues, localeCues } from "./locale-cues";
import type { MailMessage } from "./mail";
import type { ExtractOptions } from "./result";

/** The message that holds the invite: an attached original ("forward as attachment"), else the mail. */
export function sourceOf(mail: MailMessage): { message: MailMessage; relays: string[] } {
  let message = mail;
  const relays: string[] = [];
  for (let depth = 0; depth < 5; depth++) {
    const attached = message.attachedMessages[0];
    // Only when the outer message carries no invite of its own: its text is the forwarder's note.
    if (!attached || message.calendars.length > 0) break;
    if (message.from) relays.push(message.from.address.toLowerCase());
    message = attached;
  }
  return { message, relays };
}

export interface Reading {
  readonly mail: MailMessage;
  readonly source: MailMessage;
  readonly forwarded: ForwardedOriginal | null;
  readonly subject: string;
  readonly body: string;
  readonly originalSender: string | null;
  readonly originalSenderName: string | null;
  readonly written: { readonly utc: number; readonly zone: WallZone } | null;
  /**
   * `written` is the original's date, not only the forward's: a time before it is history. A
   * forward whose original has no date (pasted, or a header without one) may come after the
   * interview, which is still read (the planner says what is past).
   */
  readonly writtenByOriginal: boolean;
  readonly userZone: WallZone | null;
  readonly userZoneName: string | null;
  /** Zone for times without one: the user's, else the one the message was written in. */
  readonly fallbackZone: WallZone;
  readonly cues: LocaleCues;
  /** The language the message is written in, as its invite lexicon. */
  readonly lexicon: InviteLexicon;
  readonly ownAddresses: readonly string[];
  readonly ownNames: readonly string[];
  readonly budget: WorkBudget;
  readonly options: ExtractOptions;
}

/** The Date header as readMail keeps it ("2026-11-23T08:15:00-06:00"): the instant and its offset. */
export function dateHeader(message: MailMessage): { utc: number; zone: WallZone } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(
    message.date ?? "",
  );
  if (!match) return null;
  const [, y, mo, d, h, mi, sec, z, sign, oh, om] = match;
  const wall =
    daysFromCivil(Number(y), Number(mo), Number(d)) * SECONDS_PER_DAY +
    Number(h) * 3600 +
    Number(mi) * 60 +
    Number(sec);
  const offset = z === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60);
  return { utc: wall - offset, zone: offset === 0 ? UTC_ZONE : fixedOffsetZone(offset) };
}

/** What one mail says before anything is chosen: its source, forward, sender, dates, language and the user. */
export function readingOf(mail: MailMessage, options: ExtractOptions, budget: WorkBudget): Reading {
  const { message: source, relays } = sourceOf(mail);
  const userZoneName = options.defaultZone ? canonicalZoneName(options.defaultZone) : null;
  const userZone = userZoneName ? ianaZone(userZoneName) : null;
  const outerDate = dateHeader(mail);
  const forwarderZone = userZone ?? outerDate?.zone ?? UTC_ZONE;
  const headerCues: LocaleCues = localeCues("", { senderDomains: [], userZone: userZoneName });
  const forwarder = [...(options.ownerAddresses ?? []), ...(mail.from ? [mail.from.address] : [])];
  const forwarded = unwrapForward(
    source.text,
    forwarderZone,
    headerCues,
    budget,
    forwarder.map((address) => address.toLowerCase()),
  );
  // Without a forward wrapper, quoted history (a reply to one of our own emails) is not the invite.
  const body = forwarded?.body ?? (source === mail ? stripReply(source.text) : source.text);
  const subject = forwarded?.subject ?? source.subject;
  const originalSender = forwarded?.sender?.address ?? source.from?.address ?? null;
  const originalSenderName =
    forwarded?.sender?.name ?? (source === mail ? null : (source.from?.name ?? null));
  const ownAddresses = [
    ...(options.ownerAddresses ?? []),
    ...(mail.from ? [mail.from.address] : []),
    ...relays,
    ...(forwarded?.relays ?? []),
  ].map((address) => address.toLowerCase());
  const greeted = greetingName(body);
  const greeting = greeted && !greetsAnother(greeted, mail.from?.name) ? greeted : null;
  const ownNames = [mail.from?.name, greeting].filter((name): name is string => Boolean(name));
  // When it was written and how it writes dates are read on first need (the calendar path rarely needs them).
  let written: Reading["written"] | undefined;
  let cues: LocaleCues | undefined;
  let lexicon: InviteLexicon | undefined;
  const reading: Reading = {
    mail,
    source,
    forwarded,
    subject,
    body,
    originalSender,
    originalSenderName,
    get written() {
      if (written === undefined) written = forwarded?.date ?? dateHeader(source);
      return written;
    },
    get writtenByOriginal() {
      return forwarded ? forwarded.date !== null : source !== mail;
    },
    userZone,
    userZoneName,
    get fallbackZone() {
      return userZone ?? this.written?.zone ?? outerDate?.zone ?? UTC_ZONE;
    },
    get cues() {
      cues ??= localeCues(`${subject}\n${body}`, {
        senderDomains: [originalSender?.split("@")[1] ?? null],
        userZone: userZoneName,
      });
      return cues;
    },
    get lexicon() {
      lexicon ??= INVITE_LEXICONS[detectMailLanguage(`${subject}\n${body}`)];
      return lexicon;
    },
    ownAddresses,
    ownNames,
    budget,
    options,
  };
  return reading;
}

/** "UTC-6" for luxon, from a fixed offset zone at an instant. */
export function offsetName(zone: WallZone, utc: number): string {
  const minutes = zone.offsetAt(utc) / 60;
  if (minutes === 0) return "UTC";
  const hours = Math.trunc(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

export function classifyReading(
  reading: Reading,
  extra: {
    summaries: readonly string[];
    hasCalendar: boolean;
    eventCount: number;
    hasTime: boolean;
    meetingDetails?: boolean;
    texts: string;
  },
): Classification {
  return classify({
    subject: reading.subject,
    body: extra.texts,
    summaries: extra.summaries,
    hasCalendar: extra.hasCalendar,
    eventCount: extra.eventCount,
    mailingList: Boolean(reading.source.headers.mailingList),
    hasTime: extra.hasTime,
    meetingDetails: extra.meetingDetails,
    lexicon: reading.lexicon,
  });
}

/** "We'll decide by Friday": the interview's day anchors it; the written day and date habits only when asked. */
export function decisionHintOf(text: string, startDay: number | null, reading: Reading): string | null {
  return findDecisionDate(text, {
    // Read on first need: the interview's day anchors most promises.
    get writtenDay() {
      return writtenDay(reading);
    },
    interviewDay: startDay,
    get cues() {
      return reading.cues;
    },
    lexicon: reading.lexicon,
  });
}

export function writtenDay(reading: Reading): number | null {
  const { written } = reading;
  return written ? Math.floor((written.utc + written.zone.offsetAt(written.utc)) / SECONDS_PER_DAY) : null;
}
