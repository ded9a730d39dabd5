/**
 * An email arrived at the inbound address. Primary course: SES verdicts and the sender pass the
 * gate → raw mail is read from the store → a reply to one of our emails (signed plus-address) is
 * understood and applied to its interview; anything else is read as a forwarded invite and
 * stored, updated or cancelled → schedules follow the new plan → the owner gets one answer.
 * Strangers, failed verdicts and auto-replies are dropped without any answer (no backscatter).
 */
import { readMail } from "../domain/ingest";
import { needsDateMessage } from "../domain/messages";
import { stripReply, understandReply } from "../domain/replies";
import { authenticate, readSender, type SesVerdicts } from "../domain/sender";
import { parseSettingsCommand } from "../domain/settings";
import { answerCommand, isAccountCommand } from "./account-commands";
import { answerOnce, messageKeyOf } from "./answer-once";
import { applyInvite, extractInvite } from "./apply-invite";
import { applyReply } from "./apply-reply";
import type { Deps } from "./deps";
import { confirmForget, requestForget } from "./forget";
import { onboard } from "./onboarding";
import { type Access, accessFor } from "./owners";
import { replyRecipient } from "./reply-routing";
import { answerSettings } from "./settings";

export interface InboundMail {
  /** Where SES's S3 action put the raw message. */
  readonly storageKey: string;
  /** The envelope recipients SES accepted it for. */
  readonly recipients: readonly string[];
  /** The envelope sender (SMTP MAIL FROM) SES received it from; empty for a bounce. */
  readonly envelopeSender: string;
  readonly verdicts: SesVerdicts;
}

export type DropReason =
  | "ambiguous-sender"
  | "unauthenticated"
  | "auto-reply"
  | "not-an-owner"
  | "too-large"
  | "welcome-limit"
  | "raw-mail-gone";

export type InboundOutcome =
  | { readonly action: "dropped"; readonly reason: DropReason }
  | { readonly action: "answered"; readonly detail: string };

/** The branch of the router that took a mail in. */
export type InboundFlow =
  | "forward"
  | "reply"
  | "command"
  | "settings"
  | "forget"
  | "onboarding"
  | "unreadable"
  | "too-large";

/**
 * An outcome with what the router knows of it, for the handler's logs and metrics: the flow that
 * took the mail in (none when the gate dropped it) and the milliseconds spent reading it (MIME,
 * and for a forward the interview extraction).
 */
export type RoutedOutcome = InboundOutcome & { readonly flow?: InboundFlow; readonly parseMs?: number };

/** Longer than any raw-mail retention the stack allows: the store's lifecycle deletes the mail itself. */
const MAIL_LOG_DAYS = 400;

/** Raw mail larger than this is answered politely instead of parsed (SES accepts up to 40 MB). */
export const MAX_RAW_MAIL_BYTES = 10 * 1024 * 1024;

/**
 * The gate, before anything that could fail on a stranger's mail: the From header names one
 * unambiguous mailbox, its domain is authenticated (see authenticate), it is not an automated
 * message, and it belongs to an owner (or someone who may onboard).
 */
export async function admit(
  input: InboundMail,
  raw: Uint8Array,
  deps: Deps,
): Promise<{ readonly dropped: DropReason } | { readonly access: Exclude<Access, { kind: "stranger" }> }> {
  const sender = readSender(raw);
  if (sender.kind === "ambiguous") return { dropped: "ambiguous-sender" };
  if (!authenticate(sender, input.verdicts, input.envelopeSender).authenticated)
    return { dropped: "unauthenticated" };
  if (sender.automated) return { dropped: "auto-reply" };
  const access = await accessFor(sender.address, deps);
  return access.kind === "stranger" ? { dropped: "not-an-owner" } : { access };
}

export async function processInboundMail(input: InboundMail, deps: Deps): Promise<RoutedOutcome> {
  const raw = await deps.rawMail.get(input.storageKey);
  // Gone: "forget" deleted it (a retry after the forget finished), or it expired. Nothing to do.
  if (!raw) return { action: "dropped", reason: "raw-mail-gone" };
  const admitted = await admit(input, raw, deps);
  if ("dropped" in admitted) return { action: "dropped", reason: admitted.dropped };
  const { access } = admitted;
  // Noted before anything else, so "forget" finds every mail this person sent, answered or not.
  await deps.interviews.recordMail(
    access.ownerId,
    input.storageKey,
    deps.clock.now().plus({ days: MAIL_LOG_DAYS }).toISO() ?? "",
  );
  if (raw.byteLength > MAX_RAW_MAIL_BYTES) {
    if (access.kind !== "owner") return { action: "dropped", reason: "too-large" };
    return { ...(await answerTooLarge(raw, access.ownerId, input, deps)), flow: "too-large" };
  }
  const reading = performance.now();
  const mail = await readMail(raw).catch(() => null);
  const parseMs = performance.now() - reading;
  const routed = (flow: InboundFlow, outcome: InboundOutcome, ms = parseMs): RoutedOutcome => ({
    ...outcome,
    flow,
    parseMs: ms,
  });
  if (!mail) {
    // An owner's mail we cannot parse still gets an answer; the raw mail stays in S3.
    await answerOnce(
      { ownerId: access.ownerId },
      input.storageKey.replace(/[^\w]/g, ""),
      needsDateMessage("the message could not be read as an email; forward the invitation again", null),
      deps,
    );
    return routed("unreadable", { action: "answered", detail: "unreadable" });
  }
  const messageKey = messageKeyOf(mail, input.storageKey);
  const reply = replyRecipient(input.recipients, access.ownerId, deps.config);
  if (access.kind === "onboarding") {
    return routed(
      "onboarding",
      await onboard(
        { mail, ownerId: access.ownerId, messageKey, repliedTo: reply?.interviewId ?? null },
        access.profile,
        deps,
      ),
    );
  }

  const written = stripReply(mail.text);
  const settings = parseSettingsCommand(written);
  if (settings)
    return routed(
      "settings",
      await answerSettings(settings, { ownerId: access.ownerId, messageKey, profile: access.profile }, deps),
    );
  const privacy = { ownerId: access.ownerId, messageKey, storageKey: input.storageKey };
  if (reply && access.profile?.pendingForget?.id === reply.interviewId) {
    return routed("forget", await confirmForget({ ...privacy, mail, profile: access.profile }, access.deps));
  }
  const forget = /^\s*forget\b/i.test(written)
    ? understandReply(written, { now: deps.clock.now(), zone: "UTC" })
    : null;
  if (forget?.intent === "forget" && forget.argument) {
    return routed(
      "forget",
      await requestForget(forget.argument, { ...privacy, profile: access.profile }, access.deps),
    );
  }
  const ownerDeps = access.deps;
  if (reply)
    return routed(
      "reply",
      await applyReply(
        { mail, ownerId: access.ownerId, interviewId: reply.interviewId, storageKey: input.storageKey },
        ownerDeps,
      ),
    );
  if (mail.calendars.length === 0) {
    // A command written to the plain address ("status", "help", "check: …") rather than a forward.
    const understood = understandReply(mail.text, {
      now: deps.clock.now(),
      zone: ownerDeps.config.policy.timeZone ?? "UTC",
    });
    if (isAccountCommand(understood.intent) && !/^\s*(fwd?|fw):/i.test(mail.subject)) {
      return routed(
        "command",
        await answerCommand(understood, { mail, ownerId: access.ownerId, messageKey }, ownerDeps),
      );
    }
  }
  const extracting = performance.now();
  const extracted = extractInvite(mail, ownerDeps);
  const extractMs = performance.now() - extracting;
  return routed(
    "forward",
    await applyInvite({ mail, ownerId: access.ownerId, storageKey: input.storageKey, extracted }, ownerDeps),
    parseMs + extractMs,
  );
}

/** Too large to read safely: the owner still gets an answer, from the headers alone. */
async function answerTooLarge(
  raw: Uint8Array,
  sender: string,
  input: InboundMail,
  deps: Deps,
): Promise<InboundOutcome> {
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
