/**
 * Ingest: whatever a user forwards → one interview, or a clear verdict that it is not one or has
 * no date. Pure: bytes in, data out; no exception escapes for bad input, and every parse is bounded
 * by a work budget (./budget).
 *
 * Stages: unwrap (forward as attachment, forward headers) → pick the source of the time (the
 * calendar part, else the text) → find the instant → read the fields → classify. Each stage says
 * what it guessed, so the confirmation can show it (`interview.guesses`).
 */
import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import type { InviteLexicon } from "../language/invite-lexicon";
import { stripReply } from "../replies/strip";
import type { ParsedInterview } from "../types";
import { canonicalZoneName, fixedOffsetZone, ianaZone, UTC_ZONE, type WallZone } from "../zones";
import { WorkBudget, WorkBudgetExceededError } from "./budget";
import { findForeignWhen } from "./chrono-time";
import { daysFromCivil, isoInstant, SECONDS_PER_DAY, shortDate } from "./civil";
import { type Classification, classify } from "./classify";
import { findCompany } from "./company";
import { type LocaleCues, localeCues } from "./dates";
import { findDecisionDate } from "./decision";
import { companyFromDomain } from "./domains";
import { findDuration } from "./duration";
import { type ForwardedOriginal, unwrapForward } from "./forward";
import { type CalendarEvent, parseCalendar, UnreadableCalendarError } from "./ics";
import { letters } from "./job-words";
import { INVITE_LEXICONS, languageOf } from "./lexicons";
import { type MailMessage, readMail } from "./mail";
import { type FoundTime, findWhen, type WhenResult } from "./meeting-time";
import {
  findCoordinators,
  findInterviewersInLanguage,
  findInterviewersInText,
  greetingName,
  keepInterviewers,
} from "./people";
import { findLocation, findMeetingUrl } from "./place";
import { findRole, peopleTitles } from "./role";
import { cleanSubject } from "./subject";

export { looksLikeCalendar, looksLikeMail, type MailMessage, readMail, UnreadableMailError } from "./mail";

export type IngestStatus = "ok" | "cancelled" | "needs-date" | "not-an-interview";

/** An employer's decision a forwarded message carries (status stays not-an-interview). */
export type ForwardedOutcome = "rejected" | "offer";

/** The `followup parse` contract: a parsed interview whose start may be unknown (null). */
export type ExtractedInterview = Omit<ParsedInterview, "start"> & { readonly start: string | null };

export interface IngestResult {
  readonly status: IngestStatus;
  readonly interview: ExtractedInterview;
  /** Why the status is not ok, in words for the user. */
  readonly reason: string | null;
  /** A decision date (YYYY-MM-DD) the text promised, e.g. "we'll get back to you by Friday". */
  readonly decisionHint: string | null;
  /** A rejection or an offer: the message ends an application rather than arranging a round. */
  readonly outcome?: ForwardedOutcome | null;
  readonly originalSender: string | null;
  /** Stable across re-forwards: the UID, or a hash of company, start and original sender. */
  readonly dedupeKey: string;
  /** An Outlook winmail.dat was attached: its invite cannot be read. */
  readonly hasTnef: boolean;
}

export interface ExtractOptions {
  readonly now: DateTime;
  /** Addresses that are the user's own: never interviewers. */
  readonly ownerAddresses?: readonly string[];
  /** The user's zone: floating times and zone-less text are read in it. */
  readonly defaultZone?: string | null;
  /** Work units one parse may spend (tests lower it); see ./budget. */
  readonly workUnits?: number;
}

const TITLE_LINE =
  /^[ *]*(?:service|event(?: type| name)?|topic|meeting|appointment|what)[ ]?:[ ]*(.{3,120})$/gim;

const CALENDAR_NOT_AN_INVITE = new Set(["REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH", "ADD"]);

function dedupeKey(uid: string | null, parts: readonly (string | null)[]): string {
  if (uid) return `uid:${uid}`;
  return `text:${createHash("sha256")
    .update(
      parts
        .map((part) => part ?? "")
        .join("|")
        .toLowerCase(),
    )
    .digest("hex")
    .slice(0, 32)}`;
}

/** An ISO instant in the zone it was written in: IANA zones by name, offsets as offsets. */
function isoIn(utcSeconds: number, zone: WallZone, zoneName: string | null): string {
  return isoInstant(utcSeconds, zone.offsetAt(utcSeconds), !zoneName || zoneName === "UTC");
}

/** The message that holds the invite: an attached original ("forward as attachment"), else the mail. */
function sourceOf(mail: MailMessage): { message: MailMessage; relays: string[] } {
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

interface Reading {
  readonly mail: MailMessage;
  readonly source: MailMessage;
  readonly forwarded: ForwardedOriginal | null;
  readonly subject: string;
  readonly body: string;
  readonly originalSender: string | null;
  readonly originalSenderName: string | null;
  readonly written: { readonly utc: number; readonly zone: WallZone } | null;
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

/** Reads one mail (already parsed) into an ingest result. */
export function extractInterview(mail: MailMessage, options: ExtractOptions): IngestResult {
  const budget = new WorkBudget(options.workUnits);
  try {
    return extract(mail, options, budget);
  } catch (error) {
    if (!(error instanceof WorkBudgetExceededError)) throw error;
    return {
      status: "needs-date",
      interview: emptyInterview(mail.subject || null),
      reason: `${error.message}; please send the date and time in a reply`,
      decisionHint: null,
      outcome: null,
      originalSender: mail.from?.address ?? null,
      dedupeKey: dedupeKey(null, [mail.messageId, mail.subject, mail.from?.address ?? null]),
      hasTnef: mail.hasTnef,
    };
  }
}

function emptyInterview(title: string | null): ExtractedInterview {
  return {
    uid: null,
    sequence: 0,
    method: null,
    title,
    company: null,
    role: null,
    start: null,
    end: null,
    timeZone: null,
    interviewers: [],
    location: null,
    meetingUrl: null,
    source: "text",
    guesses: [],
  };
}

/** The Date header as readMail keeps it ("2026-11-23T08:15:00-06:00"): the instant and its offset. */
function dateHeader(message: MailMessage): { utc: number; zone: WallZone } | null {
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

function extract(mail: MailMessage, options: ExtractOptions, budget: WorkBudget): IngestResult {
  const { message: source, relays } = sourceOf(mail);
  const userZoneName = options.defaultZone ? canonicalZoneName(options.defaultZone) : null;
  const userZone = userZoneName ? ianaZone(userZoneName) : null;
  const outerDate = dateHeader(mail);
  const forwarderZone = userZone ?? outerDate?.zone ?? UTC_ZONE;
  const headerCues: LocaleCues = localeCues("", { senderDomains: [], userZone: userZoneName });
  const forwarded = unwrapForward(source.text, forwarderZone, headerCues, budget);
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
  const greeting = greetingName(body);
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
      lexicon ??= INVITE_LEXICONS[languageOf(`${subject}\n${body}`)];
      return lexicon;
    },
    ownAddresses,
    ownNames,
    budget,
    options,
  };

  let calendar: CalendarEvent | null = null;
  let calendarProblem: string | null = null;
  const calendars = source === mail ? mail.calendars : [...source.calendars, ...mail.calendars];
  for (const part of calendars.slice(0, 5)) {
    try {
      calendar = parseCalendar(part.text, {
        now: options.now,
        floatingZone:
          userZoneName ??
          (reading.fallbackZone === UTC_ZONE || !reading.written
            ? "UTC"
            : // A named zone keeps its daylight-saving rules: "PST" in March is PDT after the change.
              (reading.written.zone.name ?? offsetName(reading.written.zone, reading.written.utc))),
        floatingIsUsers: userZoneName !== null,
        methodHint: part.method,
        budget,
      });
    } catch (error) {
      if (!(error instanceof UnreadableCalendarError)) throw error;
      calendarProblem = error.message;
    }
    if (calendar) break;
  }
  if (calendar) return fromCalendar(calendar, reading);
  return fromText(reading, calendarProblem);
}

/** "UTC-6" for luxon, from a fixed offset zone at an instant. */
function offsetName(zone: WallZone, utc: number): string {
  const minutes = zone.offsetAt(utc) / 60;
  if (minutes === 0) return "UTC";
  const hours = Math.trunc(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

interface Fields {
  readonly company: string | null;
  readonly role: string | null;
  readonly interviewers: ParsedInterview["interviewers"];
  readonly guesses: string[];
}

function readFields(
  reading: Reading,
  extra: {
    readonly titles: readonly (string | null)[];
    readonly texts: string;
    readonly organizer: { name: string | null; email: string | null } | null;
    readonly attendees: ReadonlyArray<{ name: string | null; email: string | null; isResource?: boolean }>;
  },
): Fields {
  const { lexicon } = reading;
  const found =
    lexicon.lang === "en"
      ? findInterviewersInText(extra.texts)
      : [...findInterviewersInText(extra.texts), ...findInterviewersInLanguage(extra.texts, lexicon)];
  const peopleNames = [
    ...found.filter((person) => person.labelled).map((person) => person.name),
    ...extra.attendees.map((person) => person.name),
    extra.organizer?.name ?? null,
    reading.originalSenderName,
  ].filter((name): name is string => Boolean(name) && !/@/.test(name ?? ""));
  const company = findCompany({
    titles: extra.titles,
    body: extra.texts,
    senders: [
      { name: reading.originalSenderName, address: reading.originalSender },
      { name: extra.organizer?.name ?? null, address: extra.organizer?.email ?? null },
    ],
    addresses: [
      extra.organizer?.email ?? null,
      reading.originalSender,
      ...extra.attendees.map((person) => person.email),
    ],
    people: [...peopleNames, ...reading.ownNames],
  });
  // "with City Power & Light" names the company, not a person.
  const companyLetters = company ? letters(company.value) : "";
  const named = found
    .filter((person) => !(companyLetters && person.name && companyLetters.startsWith(letters(person.name))))
    .map(({ name, email }) => ({ name, email }));
  const titles = peopleTitles(extra.texts, [...peopleNames, ...named.map((person) => person.name ?? "")]);
  // Bookings' "Service:", Calendly's "Event Type:", Zoom's "Topic:" lines are titles too.
  const titleLines = [...extra.texts.slice(0, 20_000).matchAll(TITLE_LINE)].map((match) => match[1] ?? null);
  const role = findRole([...extra.titles, ...titleLines], extra.texts, titles, {
    company: company?.value ?? null,
    people: [...peopleNames, ...reading.ownNames],
  });
  const labelled = new Set(
    found.filter((person) => person.labelled).map((person) => person.name?.toLowerCase()),
  );
  // Who only schedules: named beside a coordinator's title, or the organiser when the text lists
  // the interviewers without them. Someone the list names stays an interviewer.
  const organizerName = extra.organizer?.name?.toLowerCase();
  const organizerOnly =
    extra.organizer && labelled.size > 0 && !(organizerName && labelled.has(organizerName))
      ? extra.organizer
      : null;
  const who = {
    addresses: reading.ownAddresses,
    names: reading.ownNames,
    organizers: [
      ...findCoordinators(extra.texts, peopleNames, lexicon),
      ...(organizerOnly ? [organizerOnly.name, organizerOnly.email] : []),
    ].filter((key): key is string => Boolean(key) && !labelled.has(key?.toLowerCase())),
  };
  const people = [...(extra.organizer ? [extra.organizer] : []), ...extra.attendees, ...named];
  const interviewers = mergeByName(keepInterviewers(people, who));
  const guesses: string[] = [];
  if (company?.from === "address") {
    const domain = [extra.organizer?.email, reading.originalSender]
      .find((address) => address && companyFromDomain(address))
      ?.split("@")[1];
    guesses.push(
      `I took the company name “${company.value}” from the sender's address${domain ? ` (${domain})` : ""}.`,
    );
  }
  return { company: company?.value ?? null, role, interviewers, guesses };
}

/** A person named in the text who is also an attendee is one interviewer, with the address. */
function mergeByName(people: ParsedInterview["interviewers"]): ParsedInterview["interviewers"] {
  const withEmail = people.filter((person) => person.email);
  return people.filter(
    (person) =>
      person.email ||
      !withEmail.some(
        (other) => other.name && person.name && other.name.toLowerCase() === person.name.toLowerCase(),
      ),
  );
}

function classifyReading(
  reading: Reading,
  extra: {
    summaries: readonly string[];
    hasCalendar: boolean;
    eventCount: number;
    hasTime: boolean;
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
    lexicon: reading.lexicon,
  });
}

function fromCalendar(event: CalendarEvent, reading: Reading): IngestResult {
  const { subject, body, originalSender, mail } = reading;
  const texts = [event.description ?? "", body].join("\n");
  const fields = readFields(reading, {
    titles: [event.summary, subject],
    texts,
    organizer: event.organizer,
    attendees: event.attendees,
  });
  const start = event.start;
  const interview: ExtractedInterview = {
    uid: event.uid,
    sequence: event.sequence,
    method: event.method,
    title: event.summary ?? (subject || null),
    company: fields.company,
    role: fields.role,
    start,
    end: event.end,
    timeZone: event.zone,
    interviewers: fields.interviewers,
    location: event.location && !/^https?:\/\//i.test(event.location) ? event.location : null,
    meetingUrl: findMeetingUrl([event.url, event.location, event.description, body]),
    source: "ics",
    guesses: [...event.guesses, ...fields.guesses],
  };
  const startDay = event.startDay;
  const kind = classifyReading(reading, {
    summaries: event.summaries,
    hasCalendar: true,
    eventCount: event.eventCount,
    hasTime: Boolean(event.start),
    texts,
  });
  const base = {
    interview,
    decisionHint: decisionHintOf(texts, startDay, reading),
    outcome: null,
    originalSender,
    dedupeKey: dedupeKey(event.uid, [fields.company, start, originalSender]),
    hasTnef: mail.hasTnef,
  };
  if (event.method && CALENDAR_NOT_AN_INVITE.has(event.method)) {
    return settle(
      base,
      "not-an-interview",
      `this is a calendar ${event.method.toLowerCase()}, not an invitation`,
    );
  }
  if (kind.kind !== "interview") return notAnInterview(base, kind);
  if (event.method === "CANCEL" || event.status === "CANCELLED") return settle(base, "cancelled", null);
  if (event.problem) return settle(base, "needs-date", event.problem);
  if (!event.start) {
    // An all-day invite names the day, not the time: a wrong time costs more than a question.
    const reason = event.allDayDate
      ? `the invite is for the whole day of ${shortDate(event.startDay ?? 0)} without a time`
      : "the invite has no start time";
    return settle(base, "needs-date", reason);
  }
  return settle(base, "ok", null);
}

/** "We'll decide by Friday": the interview's day anchors it; the written day and date habits only when asked. */
function decisionHintOf(text: string, startDay: number | null, reading: Reading): string | null {
  return findDecisionDate(text, {
    get writtenDay() {
      return startDay === null ? writtenDay(reading) : null;
    },
    interviewDay: startDay,
    get cues() {
      return reading.cues;
    },
    lexicon: reading.lexicon,
  });
}

function writtenDay(reading: Reading): number | null {
  const { written } = reading;
  return written ? Math.floor((written.utc + written.zone.offsetAt(written.utc)) / SECONDS_PER_DAY) : null;
}

function notAnInterview(base: Omit<IngestResult, "status" | "reason">, kind: Classification): IngestResult {
  const outcome: ForwardedOutcome | null =
    kind.kind === "rejection" ? "rejected" : kind.kind === "offer" ? "offer" : null;
  // A decision is news about an application, not a date to plan a round by.
  return {
    status: "not-an-interview",
    interview: base.interview,
    reason: kind.reason ?? "nothing in it looks like an interview invitation",
    decisionHint: outcome ? null : base.decisionHint,
    outcome,
    originalSender: base.originalSender,
    dedupeKey: base.dedupeKey,
    hasTnef: base.hasTnef,
  };
}

/** The result, its properties written out (spreading a fresh object is slow in V8's hot paths). */
function settle(
  base: Omit<IngestResult, "status" | "reason">,
  status: IngestStatus,
  reason: string | null,
): IngestResult {
  return {
    status,
    interview: base.interview,
    reason,
    decisionHint: base.decisionHint,
    outcome: base.outcome ?? null,
    originalSender: base.originalSender,
    dedupeKey: base.dedupeKey,
    hasTnef: base.hasTnef,
  };
}

function fromText(reading: Reading, calendarProblem: string | null): IngestResult {
  const { mail, subject, body, originalSender } = reading;
  const cleanedSubject = cleanSubject(subject);
  const text = `${cleanedSubject}\n${body}`;
  const assumedZone = reading.userZone
    ? `yours (${reading.userZoneName})`
    : `the sender's (${offsetName(reading.fallbackZone, reading.written?.utc ?? 0)})`;
  const writtenZone = reading.written?.zone ?? reading.fallbackZone;
  const writtenUtc = reading.written?.utc ?? null;
  const { lexicon } = reading;
  // Our own readers know English; another language's text is read with chrono's parser for it.
  const when: WhenResult =
    lexicon.lang === "en"
      ? findWhen(text, {
          writtenUtc,
          writtenZone,
          userZone: reading.userZone,
          userZoneName: reading.userZoneName,
          assumedZone,
          cues: reading.cues,
          budget: reading.budget,
        })
      : findForeignWhen(text, { writtenUtc, writtenZone, userZone: reading.userZone, assumedZone, lexicon });
  const found: FoundTime | null = when.kind === "found" ? when.time : null;
  const fields = readFields(reading, { titles: [subject], texts: body, organizer: null, attendees: [] });
  const start = found ? isoIn(found.start, found.zone, found.zoneName) : null;
  const zoneName = found?.zoneName && found.zoneName !== "UTC" ? found.zoneName : null;
  const interview: ExtractedInterview = {
    uid: null,
    sequence: 0,
    method: null,
    title: subject || null,
    company: fields.company,
    role: fields.role,
    start,
    end: found ? endOf(found, body, reading.lexicon) : null,
    timeZone: zoneName,
    interviewers: fields.interviewers,
    location: findLocation(body),
    meetingUrl: findMeetingUrl([body]),
    source: "text",
    guesses: [...(found?.guesses ?? []), ...fields.guesses],
  };
  const startDay = found
    ? Math.floor((found.start + found.zone.offsetAt(found.start)) / SECONDS_PER_DAY)
    : null;
  const base = {
    interview,
    decisionHint: decisionHintOf(body, startDay, reading),
    outcome: null,
    originalSender,
    dedupeKey: dedupeKey(null, [fields.company, start, originalSender]),
    hasTnef: mail.hasTnef,
  };
  const kind = classifyReading(reading, {
    summaries: [],
    hasCalendar: false,
    eventCount: 0,
    hasTime: found !== null,
    texts: body,
  });
  if (mail.hasTnef && !found && kind.kind !== "rejection" && kind.kind !== "offer") {
    return settle(
      base,
      "needs-date",
      "the invite came as an Outlook winmail.dat attachment, which cannot be read",
    );
  }
  if (kind.kind !== "interview") {
    return notAnInterview(
      base,
      calendarProblem && kind.kind === "unknown" ? { ...kind, reason: calendarProblem } : kind,
    );
  }
  if (when.kind === "unclear") return settle(base, "needs-date", when.reason);
  if (!found) {
    const reason =
      calendarProblem ??
      (when.kind === "none" && when.dateOnly
        ? `I found the day (${when.dateOnly}) but no time of the interview`
        : "no date and time of the interview was found");
    return settle(base, "needs-date", reason);
  }
  return settle(base, "ok", null);
}

/** The end the text gives: a range's end, else the start plus a length in words ("allow about 30 minutes"). */
function endOf(found: FoundTime, body: string, lexicon: InviteLexicon): string | null {
  if (found.end !== null) return isoIn(found.end, found.zone, found.zoneName);
  const minutes = findDuration(body, lexicon);
  return minutes === null ? null : isoIn(found.start + minutes * 60, found.zone, found.zoneName);
}

/** Reads raw bytes (a mail message or a bare .ics) straight to an ingest result. */
export async function ingest(raw: Uint8Array | string, options: ExtractOptions): Promise<IngestResult> {
  return extractInterview(await readMail(raw), options);
}
