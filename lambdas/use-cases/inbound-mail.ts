/**
 * An email arrived at the inbound address. Primary course: SES verdicts and the sender pass the
 * gate → raw mail is read from the store → a reply to one of our emails (signed plus-address) is
 * understood and applied to its interview; anything else is read as a forwarded invite and
 * stored, updated or cancelled → schedules follow the new plan → the owner gets one answer.
 * Strangers, failed verdicts and auto-replies are dropped without any answer (no backscatter).
 */
import { type MailMessage, readMail } from "../domain/ingest";
import { needsDateMessage } from "../domain/messages";
import { stripReply, understandReply } from "../domain/replies";
import { parseSettingsCommand } from "../domain/settings";
import { answerCommand, isAccountCommand } from "./account-commands";
import { answerOnce, messageKeyOf } from "./answer-once";
import { applyInvite } from "./apply-invite";
import { applyReply } from "./apply-reply";
import type { Deps } from "./deps";
import { confirmForget, requestForget } from "./forget";
import { onboard } from "./onboarding";
import { accessFor } from "./owners";
import { replyRecipient } from "./reply-routing";
import { answerSettings } from "./settings";

/** What SES says about a message; "DISABLED" when scanning is off. */
export type Verdict = "PASS" | "FAIL" | "GRAY" | "PROCESSING_FAILED" | "DISABLED";

export interface SesVerdicts {
  readonly spf: Verdict;
  readonly dkim: Verdict;
  readonly dmarc: Verdict;
  readonly spam: Verdict;
  readonly virus: Verdict;
}

export interface InboundMail {
  /** Where SES's S3 action put the raw message. */
  readonly storageKey: string;
  /** The envelope recipients SES accepted it for. */
  readonly recipients: readonly string[];
  readonly verdicts: SesVerdicts;
}

export type DropReason = "verdicts" | "auto-reply" | "not-an-owner" | "too-large";

export type InboundOutcome =
  | { readonly action: "dropped"; readonly reason: DropReason }
  | { readonly action: "answered"; readonly detail: string };

/** Raw mail larger than this is answered politely instead of parsed (SES accepts up to 40 MB). */
export const MAX_RAW_MAIL_BYTES = 10 * 1024 * 1024;

/**
 * The verdict policy: authenticated by SPF or DKIM, DMARC not failed, spam and virus not failed.
 * GRAY and PROCESSING_FAILED never authenticate; for spam and virus they do not block, because
 * we never open attachments and only owners get past the next check anyway.
 */
export function verdictsPass(verdicts: SesVerdicts): boolean {
  const authenticated = verdicts.spf === "PASS" || verdicts.dkim === "PASS";
  return authenticated && verdicts.dmarc !== "FAIL" && verdicts.spam !== "FAIL" && verdicts.virus !== "FAIL";
}

/** Auto-replies, out-of-office notices and bounces are never answered, so no mail loop can start. */
export function isAutomated(mail: MailMessage): boolean {
  const autoSubmitted = mail.headers.autoSubmitted?.toLowerCase();
  const precedence = mail.headers.precedence?.toLowerCase();
  return (
    (autoSubmitted !== undefined && autoSubmitted !== "no") ||
    (precedence !== undefined && ["bulk", "junk", "list", "auto_reply"].includes(precedence)) ||
    mail.headers.autoReply ||
    mail.headers.nullSender
  );
}

export async function processInboundMail(input: InboundMail, deps: Deps): Promise<InboundOutcome> {
  if (!verdictsPass(input.verdicts)) return { action: "dropped", reason: "verdicts" };
  const raw = await deps.rawMail.get(input.storageKey);
  if (raw.byteLength > MAX_RAW_MAIL_BYTES) return answerTooLarge(raw, input, deps);
  const mail = await readMail(raw);
  if (isAutomated(mail)) return { action: "dropped", reason: "auto-reply" };
  const access = await accessFor(mail.from?.address ?? "", deps);
  if (access.kind === "stranger") return { action: "dropped", reason: "not-an-owner" };
  const messageKey = messageKeyOf(mail, input.storageKey);
  const reply = replyRecipient(input.recipients, access.ownerId, deps.config);
  if (access.kind === "onboarding") {
    return onboard(
      { mail, ownerId: access.ownerId, messageKey, repliedTo: reply?.interviewId ?? null },
      access.profile,
      deps,
    );
  }

  const written = stripReply(mail.text);
  const settings = parseSettingsCommand(written);
  if (settings)
    return answerSettings(settings, { ownerId: access.ownerId, messageKey, profile: access.profile }, deps);
  const privacy = { ownerId: access.ownerId, messageKey, storageKey: input.storageKey };
  if (reply && access.profile?.pendingForget?.id === reply.interviewId) {
    return confirmForget({ ...privacy, mail, profile: access.profile }, access.deps);
  }
  const forget = /^\s*forget\b/i.test(written)
    ? understandReply(written, { now: deps.clock.now(), zone: "UTC" })
    : null;
  if (forget?.intent === "forget" && forget.argument) {
    return requestForget(forget.argument, { ...privacy, profile: access.profile }, access.deps);
  }
  const ownerDeps = access.deps;
  if (reply)
    return applyReply(
      { mail, ownerId: access.ownerId, interviewId: reply.interviewId, storageKey: input.storageKey },
      ownerDeps,
    );
  if (mail.calendars.length === 0) {
    // A command written to the plain address ("status", "help", "check: …") rather than a forward.
    const understood = understandReply(mail.text, {
      now: deps.clock.now(),
      zone: ownerDeps.config.policy.timeZone ?? "UTC",
    });
    if (isAccountCommand(understood.intent) && !/^\s*(fwd?|fw):/i.test(mail.subject)) {
      return answerCommand(understood, { mail, ownerId: access.ownerId, messageKey }, ownerDeps);
    }
  }
  return applyInvite({ mail, ownerId: access.ownerId, storageKey: input.storageKey }, ownerDeps);
}

/** Too large to read safely: the owner still gets an answer, from the headers alone. */
async function answerTooLarge(raw: Uint8Array, input: InboundMail, deps: Deps): Promise<InboundOutcome> {
  const head = new TextDecoder().decode(raw.subarray(0, 64 * 1024)).split(/\r?\n\r?\n/)[0] ?? "";
  const from = /^from:.*?([^\s<>"]+@[^\s<>"]+)/im.exec(head)?.[1] ?? "";
  const access = await accessFor(from, deps);
  if (access.kind !== "owner" || /^auto-submitted:\s*auto/im.test(head))
    return { action: "dropped", reason: "too-large" };
  const sender = access.ownerId;
  const megabytes = Math.round(raw.byteLength / 1024 / 1024);
  await answerOnce(
    { ownerId: sender },
    input.storageKey.replace(/[^\w]/g, ""),
    needsDateMessage(
      `the message is ${megabytes} MB, larger than the ${MAX_RAW_MAIL_BYTES / 1024 / 1024} MB I read; forward just the invitation without attachments`,
      null,
    ),
    deps,
  );
  return { action: "answered", detail: "too-large" };
}
