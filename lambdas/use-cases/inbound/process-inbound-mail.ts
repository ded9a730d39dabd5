/**
 * An email arrived at the inbound address. Primary course:
 * 1. the raw mail is read from the store; SES verdicts and the sender pass the gate (strangers,
 *    failed verdicts and auto-replies are dropped without any answer: no backscatter);
 * 2. the mail is parsed, and a first mail from an allowed domain goes to onboarding;
 * 3. classify() says what it is, reading its words once (settings, forget, a reply about one
 *    round, an account command, or a forward);
 * 4. the dispatch table (routes.ts) runs that story, which answers the owner once.
 */
import { type MailMessage, readMail } from "../../domain/ingest/mail";
import { catalogueOf, needsDateMessage } from "../../domain/messages";
import { authenticate, readSender } from "../../domain/sender";
import { type Access, accessFor } from "../account/owners";
import type { Deps } from "../deps";
import { sendAnswer } from "../steps/answer";
import { messageKeyOf } from "../steps/answer-once";
import { classify } from "./classify";
import { repliesToOurs } from "./named-application";
import type { DropReason, InboundMail, InboundOutcome, OwnerMail, RoutedOutcome } from "./outcome";
import { replyRecipient } from "./reply-recipient";
import { dispatch, type RouteDeps } from "./routes";

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
    return { ...(await answerTooLarge(raw, access.ownerId, input, access.deps)), flow: "too-large" };
  }
  const reading = performance.now();
  const mail = await readMail(raw).catch(() => null);
  const parseMs = performance.now() - reading;
  const addressed = replyRecipient(input.recipients, access.ownerId, deps.config);
  const repliedTo = addressed?.kind === "interview" ? addressed.interviewId : null;
  if (mail && access.kind === "onboarding") {
    const messageKey = messageKeyOf(mail, input.storageKey);
    const { onboard } = await import("../account/onboarding");
    const outcome = await onboard(
      { mail, ownerId: access.ownerId, messageKey, repliedTo },
      access.profile,
      deps,
    );
    return { ...outcome, flow: "onboarding", parseMs };
  }
  const ownerDeps = access.kind === "owner" ? access.deps : deps;
  const routed = await routeOwnerMail(
    {
      mail,
      ownerId: access.ownerId,
      profile: access.profile,
      storageKey: input.storageKey,
      repliedTo,
      toOurAddress: addressed !== null && addressed.kind !== "interview",
    },
    { base: deps, owner: ownerDeps },
  );
  return { ...routed, parseMs: parseMs + (routed.parseMs ?? 0) };
}

/**
 * An owner's parsed mail (null when it could not be parsed): classified, then handed to its
 * story. `parseMs` is what the story spent reading it further.
 */
export async function routeOwnerMail(
  input: Omit<OwnerMail, "messageKey"> & {
    readonly mail: MailMessage | null;
    readonly repliedTo: string | null;
    /** It came to the digest's signed address, or to one of ours that no longer verifies. */
    readonly toOurAddress?: boolean;
  },
  deps: RouteDeps,
): Promise<RoutedOutcome> {
  const { mail, repliedTo } = input;
  const record = mail && repliedTo ? await deps.owner.interviews.get(input.ownerId, repliedTo) : null;
  const answersOurs = Boolean(
    mail && !repliedTo && (input.toOurAddress || repliesToOurs(mail, deps.owner.config.inboundAddress)),
  );
  const route = classify({
    mail,
    repliedTo,
    record,
    answersOurs,
    rounds: answersOurs ? await deps.owner.interviews.listByOwner(input.ownerId) : [],
    pendingForget: input.profile?.pendingForget?.id ?? null,
    now: deps.owner.clock.now(),
    policy: deps.owner.config.policy,
  });
  const owned: OwnerMail = {
    ownerId: input.ownerId,
    profile: input.profile,
    storageKey: input.storageKey,
    // An unreadable mail has no message key of its own: its storage key stands in.
    messageKey: mail ? messageKeyOf(mail, input.storageKey) : input.storageKey,
  };
  const { readingMs, ...outcome } = await dispatch(route, owned, deps);
  return { ...outcome, flow: route.flow, ...(readingMs === undefined ? {} : { parseMs: readingMs }) };
}

/** Too large to read safely: the owner still gets an answer, from the headers alone. */
async function answerTooLarge(
  raw: Uint8Array,
  sender: string,
  input: InboundMail,
  deps: Deps,
): Promise<InboundOutcome> {
  const megabytes = Math.round(raw.byteLength / 1024 / 1024);
  const { language } = deps.config.policy;
  const sent = await sendAnswer(
    { ownerId: sender },
    input.storageKey.replace(/[^\w]/g, ""),
    needsDateMessage(
      catalogueOf(language).changes.tooLarge(megabytes, MAX_RAW_MAIL_BYTES / 1024 / 1024),
      null,
      language,
    ),
    deps,
  );
  return { action: "answered", detail: "too-large", ...sent };
}
