import { randomUUID } from "node:crypto";
import { signReplyAddress } from "../domain/reply-token";
import type { InterviewRecord, OutgoingAttachment } from "../ports";
import type { AppConfig, Deps } from "./deps";

/** What an email says; the use case adds who it goes to and how it threads. */
export interface MessageContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly OutgoingAttachment[];
}

/** A loop or a flood must not fill anyone's inbox: at most this many emails per owner and hour. */
export const MAX_EMAILS_PER_OWNER_PER_HOUR = 30;

export class SendRateExceededError extends Error {
  constructor(address: string) {
    super(`More than ${MAX_EMAILS_PER_OWNER_PER_HOUR} emails to ${address} this hour; holding the rest`);
    this.name = "SendRateExceededError";
  }
}

export class NotAnOwnerError extends Error {
  constructor(address: string) {
    super(`Refusing to send to ${address}: not an owner of this deployment`);
    this.name = "NotAnOwnerError";
  }
}

export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** Outgoing mail may only go to a listed owner or an address of an allowed domain (a user). */
export function mayReceive(address: string, config: Pick<AppConfig, "owners" | "allowedDomains">): boolean {
  const normalised = normaliseAddress(address);
  return config.owners.includes(normalised) || config.allowedDomains.includes(normalised.split("@")[1] ?? "");
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/** The Message-ID our first email about an interview carries; later ones reply to it. */
export function threadIdFor(interviewId: string, config: Pick<AppConfig, "inboundAddress">): string {
  return `<interview-${interviewId}@${domainOf(config.inboundAddress)}>`;
}

/**
 * Sends one email to the owner a record belongs to, and only to an owner: the last guard before
 * SES, whatever an invite or reply contained. Replies come back to a signed plus-address that
 * names the interview; without an interview they come to the plain inbound address.
 */
export async function sendToOwner(
  target: Pick<InterviewRecord, "ownerId"> & Partial<Pick<InterviewRecord, "interviewId" | "threadId">>,
  content: MessageContent,
  deps: Pick<Deps, "mailer" | "config" | "interviews" | "clock">,
  options: { readonly startsThread?: boolean } = {},
): Promise<void> {
  const { config } = deps;
  if (!mayReceive(target.ownerId, config)) throw new NotAnOwnerError(target.ownerId);
  const hour = deps.clock.now().toUTC().startOf("hour");
  const withinBudget = await deps.interviews.spend(
    target.ownerId,
    `emails#${hour.toFormat("yyyyMMddHH")}`,
    MAX_EMAILS_PER_OWNER_PER_HOUR,
    hour.plus({ days: 2 }).toISO() ?? "",
  );
  // Thrown, not swallowed: the event is retried later, or lands in the dead-letter queue.
  if (!withinBudget) throw new SendRateExceededError(target.ownerId);
  const domain = domainOf(config.inboundAddress);
  const threadId = target.threadId ?? null;
  const startsThread = options.startsThread === true && threadId !== null;
  await deps.mailer.send({
    to: target.ownerId,
    from: `Interview follow-up <${config.inboundAddress}>`,
    replyTo: target.interviewId
      ? signReplyAddress({
          secret: config.signingSecret,
          ownerId: target.ownerId,
          interviewId: target.interviewId,
          inbound: config.inboundAddress,
        })
      : config.inboundAddress,
    subject: content.subject,
    text: content.text,
    html: content.html,
    attachments: content.attachments,
    messageId: startsThread && threadId ? threadId : `<${randomUUID()}@${domain}>`,
    inReplyTo: startsThread ? null : threadId,
    references: startsThread || !threadId ? [] : [threadId],
  });
}
