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
  /** The id a pending "forget …" confirmation was signed for. */
  readonly pendingForget: string | null;
  readonly now: DateTime;
  readonly policy: PolicyConfig;
}

/** A forward's subject ("Fwd: …", "FW: …"): its body is read as an invite, never as a command. */
const FORWARDED_SUBJECT = /^\s*(fwd?|fw):/i;

/** Understands the words once, with what is known of the round they are about. */
function understand(mail: MailMessage, facts: MailFacts): UnderstoodReply {
  const { record, policy, now } = facts;
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
  const plainAddressCommand =
    !repliedTo && mail.calendars.length === 0 && !FORWARDED_SUBJECT.test(mail.subject);
  const startsWithForget = /^\s*forget\b/i.test(written);
  const understood =
    (repliedTo && facts.record) || plainAddressCommand || startsWithForget ? understand(mail, facts) : null;
  if (startsWithForget && understood?.intent === "forget" && understood.argument)
    return { name: "forget-request", flow: "forget", target: understood.argument };
  if (repliedTo) {
    if (understood && !understood.automatic && ACCOUNT_COMMANDS.has(understood.intent))
      return { name: "command", flow: "reply", understood };
    return {
      name: "reply",
      flow: "reply",
      mail,
      record: facts.record,
      understood,
      written: writtenPart(mail.text),
    };
  }
  if (plainAddressCommand && understood && ACCOUNT_COMMANDS.has(understood.intent))
    return { name: "command", flow: "command", understood };
  return { name: "forward", flow: "forward", mail };
}
