/**
 * Exactly once over any history. A mail about a round (a reply, a forward) is remembered twice:
 * 1. in the round's short list of recent keys, written atomically with the change itself (a crash
 *    right after that write is still recognised);
 * 2. right after it, by its own keys (Message-ID and storage key) in a marker that outlives raw
 *    mail and dead letters (APPLIED_KEEP_DAYS): the revision it produced and the answer as composed.
 * A redelivery, however late and after however many other mails, finds the marker and answers
 * with what was applied when it was (once: answer-once), never applying anything again.
 *
 * The answer goes out as every answer does (answer.ts): over a sending limit it is held, and sent
 * by the held answers' schedule (held-answers.ts), which then keeps only that it was sent.
 */
import { createHash } from "node:crypto";
import type { InterviewRecord } from "../../domain/interview/record";
import { APPLIED_KEEP_DAYS } from "../../domain/interview/retention";
import type { AppliedMail } from "../../ports";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { sendAnswer } from "./answer";
import type { MessageContent } from "./outgoing";

/** One incoming mail's two keys, and the round whose mail it is (its signed address, its invite). */
export interface AppliedMailKeys {
  readonly ownerId: string;
  readonly about: string;
  readonly messageKey: string;
  readonly storageKey: string;
}

/** Both keys a mail is found by: its message key, and the hashed place its raw mail is stored. */
function keysOf(mail: AppliedMailKeys): string[] {
  const stored = createHash("sha256").update(`stored:${mail.storageKey}`).digest("hex").slice(0, 32);
  return [mail.messageKey, stored];
}

function keepUntil(deps: Pick<Deps, "clock">): string {
  return deps.clock.now().plus({ days: APPLIED_KEEP_DAYS }).toISO() ?? "";
}

/**
 * Remembers what the mail did (the round `target` as it now is, the answer) and sends that answer
 * once. Called after the change was written, so the marker never promises a change not stored.
 */
export async function answerApplied(
  mail: AppliedMailKeys,
  target: InterviewRecord,
  message: MessageContent,
  detail: string,
  deps: Deps,
): Promise<InboundOutcome> {
  const applied: AppliedMail = {
    key: mail.messageKey,
    interviewId: target.interviewId,
    revision: target.revision,
    detail,
    answer: message,
  };
  await deps.interviews.markApplied(mail.ownerId, mail.about, keysOf(mail), applied, keepUntil(deps));
  return sendApplied(mail, applied, target, deps, false);
}

/** A mail applied before: its answer as it was composed then (null when it was never applied). */
export async function replayApplied(mail: AppliedMailKeys, deps: Deps): Promise<InboundOutcome | null> {
  const applied = await deps.interviews.applied(mail.ownerId, mail.about, keysOf(mail));
  if (!applied) return null;
  const target = (await deps.interviews.get(mail.ownerId, applied.interviewId)) ?? {
    ownerId: mail.ownerId,
    interviewId: applied.interviewId,
  };
  return sendApplied(mail, applied, target, deps, true);
}

type Target = Pick<InterviewRecord, "ownerId" | "interviewId"> & { readonly threadId?: string | null };

/** Sends the stored answer (once), then keeps only that it was sent; over a sending limit, holds it. */
async function sendApplied(
  mail: AppliedMailKeys,
  applied: AppliedMail,
  target: Target,
  deps: Deps,
  replayed: boolean,
): Promise<InboundOutcome> {
  if (!applied.answer) return { action: "answered", detail: applied.detail, emailed: false };
  const { about, storageKey } = mail;
  const sent = await sendAnswer(target, applied.key, applied.answer, deps, { about, storageKey });
  if (!sent.held) await answerSent(mail, applied, deps, replayed);
  return { action: "answered", detail: applied.detail, ...sent };
}

/** Its answer went out: only that is kept, and (if it may have been) it is no longer held. */
async function answerSent(
  mail: AppliedMailKeys,
  applied: AppliedMail,
  deps: Pick<Deps, "clock" | "interviews">,
  mayBeHeld: boolean,
) {
  const { ownerId, about } = mail;
  await deps.interviews.markApplied(
    ownerId,
    about,
    keysOf(mail),
    { ...applied, answer: null },
    keepUntil(deps),
  );
  if (mayBeHeld) await deps.interviews.dropHeldAnswer(ownerId, applied.key);
}

/**
 * A held answer to this mail went out (held-answers.ts): what the mail did stays remembered, its
 * answer no longer. Nothing when the mail's marker is gone (its round was forgotten).
 */
export async function heldAnswerSent(mail: AppliedMailKeys, deps: Pick<Deps, "clock" | "interviews">) {
  const applied = await deps.interviews.applied(mail.ownerId, mail.about, [mail.messageKey]);
  if (applied?.answer) await answerSent(mail, applied, deps, false);
}
