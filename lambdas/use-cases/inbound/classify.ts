/**
 * What an owner's mail is, decided once and purely: its text is stripped once and understood once,
 * and the route carries what was read to the story that acts on it (see routes.ts).
 */
import type { DateTime } from "luxon";
import { localZone, type PolicyConfig } from "../../domain/config";
import type { MailMessage } from "../../domain/ingest";
import type { InterviewRecord } from "../../domain/interview/record";
import { promptKindOfSubject } from "../../domain/messages";
import {
  type ReplyIntent,
  stripReply,
  type UnderstoodReply,
  understandReply,
  writtenPart,
} from "../../domain/replies";
import type { SettingsCommand } from "../../domain/settings";
import { replyLanguages, settingsCommandIn } from "../steps/language";
import { namedRound, openApplications } from "./named-application";
import type { InboundFlow } from "./outcome";

/** Commands about the whole account, answered in a reply to any email and at the plain address. */
const ACCOUNT_COMMANDS: ReadonlySet<ReplyIntent> = new Set(["status", "export", "help", "check"]);

/** What the mail is, with what was read from it. */
type RouteOf = {
  readonly unreadable: object;
  readonly settings: { readonly command: SettingsCommand };
  /** A reply to the address a "forget …" confirmation was signed for. */
  readonly "forget-confirm": { readonly written: string };
  readonly "forget-request": { readonly target: string };
  readonly command: { readonly understood: UnderstoodReply };
  /** A reply about one round; `record` is null when that round is gone. */
  readonly reply: {
    readonly mail: MailMessage;
    readonly record: InterviewRecord | null;
    readonly understood: UnderstoodReply | null;
    /** What the user wrote: above the quote, or below it when they bottom-posted. */
    readonly written: string;
  };
  /**
   * A reply to one of our emails about no one round (the digest) that names no open application:
   * nothing changes, the answer asks which one (`open`, the latest round of each).
   */
  readonly "digest-reply": {
    readonly written: string;
    readonly understood: UnderstoodReply;
    readonly open: readonly InterviewRecord[];
  };
  readonly forward: { readonly mail: MailMessage };
};

export type RouteName = keyof RouteOf;

export type Route<K extends RouteName = RouteName> = {
  [P in K]: { readonly name: P; readonly flow: InboundFlow } & RouteOf[P];
}[K];

export interface MailFacts {
  /** Null when the message could not be read as an email. */
  readonly mail: MailMessage | null;
  /** The round a signed reply address names, when the mail came to one. */
  readonly repliedTo: string | null;
  /** That round, read before classifying (null when gone or not a reply). */
  readonly record: InterviewRecord | null;
  /**
   * The mail answers one of ours but no signed address names its round: it came to the digest's
   * address or to one that no longer verifies, or it replies to or quotes an email we sent.
   */
  readonly answersOurs: boolean;
  /** The owner's rounds, read only when the mail answers one of ours about no one round. */
  readonly rounds: readonly InterviewRecord[];
  /** The id a pending "forget …" confirmation was signed for. */
  readonly pendingForget: string | null;
  readonly now: DateTime;
  readonly policy: PolicyConfig;
}

/** A forward's subject ("Fwd: …", "FW: …"): its body is read as an invite, never as a command. */
const FORWARDED_SUBJECT = /^\s*(fwd?|fw):/i;

/** Understands the words once, with what is known of the round they are about. */
function understand(mail: MailMessage, facts: MailFacts, record: InterviewRecord | null): UnderstoodReply {
  const { policy, now } = facts;
  const languages = replyLanguages(policy.language);
  if (!record) return understandReply(mail.text, { now, zone: policy.timeZone ?? "UTC", languages });
  return understandReply(mail.text, {
    now,
    languages,
    zone: localZone(policy, record.interview),
    sendTime: policy.sendTime,
    // The prompt a reply answers, read from its subject ("Re: Send your thank-you to Acme today").
    replyingTo: promptKindOfSubject(mail.subject),
    subject: mail.subject,
    company: record.interview.company,
  });
}

export function classify(facts: MailFacts): Route {
  const { mail, repliedTo } = facts;
  if (!mail) return { name: "unreadable", flow: "unreadable" };
  const written = stripReply(mail.text);
  const command = settingsCommandIn(written, facts.policy.language);
  if (command) return { name: "settings", flow: "settings", command };
  if (repliedTo && repliedTo === facts.pendingForget)
    return { name: "forget-confirm", flow: "forget", written };
  const forwardShaped = mail.calendars.length > 0 || FORWARDED_SUBJECT.test(mail.subject);
  // An answer to one of ours is never a new forward: it is about the round it names, if any.
  const answering = !repliedTo && facts.answersOurs && !forwardShaped;
  const record = repliedTo
    ? facts.record
    : answering
      ? namedRound(written, mail.inReplyTo, facts.rounds)
      : null;
  const plainAddressCommand = !repliedTo && !forwardShaped;
  const startsWithForget = /^\s*forget\b/i.test(written);
  const understood =
    record || plainAddressCommand || startsWithForget ? understand(mail, facts, record) : null;
  if (startsWithForget && understood?.intent === "forget" && understood.argument)
    return { name: "forget-request", flow: "forget", target: understood.argument };
  if (repliedTo || record) {
    if (understood && !understood.automatic && ACCOUNT_COMMANDS.has(understood.intent))
      return { name: "command", flow: "reply", understood };
    return { name: "reply", flow: "reply", mail, record, understood, written: writtenPart(mail.text) };
  }
  if (plainAddressCommand && understood && ACCOUNT_COMMANDS.has(understood.intent))
    return { name: "command", flow: answering ? "reply" : "command", understood };
  if (answering && understood)
    return { name: "digest-reply", flow: "reply", written, understood, open: openApplications(facts.rounds) };
  return { name: "forward", flow: "forward", mail };
}
