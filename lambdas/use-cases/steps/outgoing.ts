import { signReplyAddress } from "../../domain/reply-token";
import type { InterviewRecord, OutgoingAttachment, SentEmail } from "../../ports";
import type { AppConfig, MailDeps, Settings } from "../deps";
import { updateRecord } from "./records";

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
export function mayReceive(address: string, config: Pick<Settings, "owners" | "allowedDomains">): boolean {
  const normalised = normaliseAddress(address);
  return config.owners.includes(normalised) || config.allowedDomains.includes(normalised.split("@")[1] ?? "");
}

/**
 * Whom an email is about: an owner, or one of their interviews (replies then name it, signed).
 * `replyTo`: a signed address of the owner's own (the digest's), instead of the plain inbound one.
 */
export type OwnerTarget = {
  readonly ownerId: string;
  readonly interviewId?: undefined;
  readonly replyTo?: string;
};
/** `threadId: null` is a record whose thread has not started; absent, a signed address without a record. */
export type InterviewTarget = Pick<InterviewRecord, "ownerId" | "interviewId"> & {
  readonly threadId?: string | null;
};

/**
 * Sends one email to an owner, and only to an owner: the last guard before SES, whatever an
 * invite or reply contained. Replies to an email about an interview come back to a signed
 * plus-address that names it, so that path needs the signing key; other replies come to the plain
 * inbound address. The caller records the first email's Message-ID as the thread (recordThread).
 */
export async function sendToOwner(
  target: OwnerTarget,
  content: MessageContent,
  deps: MailDeps,
): Promise<SentEmail>;
export async function sendToOwner(
  target: InterviewTarget,
  content: MessageContent,
  deps: MailDeps & { readonly config: AppConfig },
): Promise<SentEmail>;
export async function sendToOwner(
  target: OwnerTarget | InterviewTarget,
  content: MessageContent,
  deps: MailDeps & { readonly config: Settings & Partial<Pick<AppConfig, "signingSecret">> },
): Promise<SentEmail> {
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
  const threadId = target.interviewId ? (target.threadId ?? null) : null;
  const sent = await deps.mailer.send({
    to: target.ownerId,
    from: `Interview follow-up <${config.inboundAddress}>`,
    replyTo: target.interviewId
      ? signedReplyAddress(target.ownerId, target.interviewId, config)
      : ((target as OwnerTarget).replyTo ?? config.inboundAddress),
    subject: content.subject,
    text: content.text,
    html: content.html,
    attachments: content.attachments,
    inReplyTo: threadId,
    references: threadId ? [threadId] : [],
  });
  return sent;
}

function signedReplyAddress(
  ownerId: string,
  interviewId: string,
  config: Settings & Partial<Pick<AppConfig, "signingSecret">>,
): string {
  // The overloads make this unreachable; the check keeps a wiring mistake from sending unsigned.
  if (!config.signingSecret) throw new Error("No signing key: this function cannot sign reply addresses");
  return signReplyAddress({
    secret: config.signingSecret,
    ownerId,
    interviewId,
    inbound: config.inboundAddress,
  });
}

/**
 * After the first email about an interview went out (and its claim is complete): every later email
 * replies to its Message-ID. Only if no other email started the thread meanwhile; if this fails,
 * the next email starts the thread instead.
 */
export async function recordThread(
  target: OwnerTarget | InterviewTarget,
  sent: SentEmail,
  deps: Pick<MailDeps, "interviews" | "clock">,
): Promise<void> {
  if (!target.interviewId || target.threadId !== null) return;
  await updateRecord(deps.interviews, target, deps.clock.now(), (current) =>
    current.threadId ? null : { ...current, threadId: sent.messageId },
  );
}
