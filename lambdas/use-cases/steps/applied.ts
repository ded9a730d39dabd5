/**
 * Exactly once over any history. A mail about a round (a reply, a forward) is remembered twice:
 * 1. in the round's short list of recent keys, written atomically with the change itself (a crash
 *    right after that write is still recognised);
 * 2. right after it, by its own keys (Message-ID and storage key) in a marker that outlives raw
 *    mail and dead letters (APPLIED_KEEP_DAYS): the revision it produced and the answer as composed.
 * A redelivery, however late and after however many other mails, finds the marker and answers
 * with what was applied when it was (once: answer-once), never applying anything again.
 *
 * The hourly send cap holds answers, it does not lose them: an answer over the cap is kept
 * (holdAnswer) with a one-time schedule at the start of the next hour, one per owner and hour;
 * when it fires, one held answer goes out as it was, several as one summary (sendHeldAnswers).
 * An answer the account's daily SES quota refuses is held the same way; if the quota still refuses
 * when the schedule fires, the reminder function schedules it again, hours later (steps/send-later).
 */
import { createHash } from "node:crypto";
import type { InterviewRecord } from "../../domain/interview/record";
import { APPLIED_KEEP_DAYS, DEAD_LETTER_RETENTION_DAYS } from "../../domain/interview/retention";
import type { Lang } from "../../domain/language/lang";
import { catalogueOf, escapeHtml } from "../../domain/messages";
import { scheduleName } from "../../domain/schedule-name";
import { type AppliedMail, type HeldAnswer, SendingQuotaExceededError } from "../../ports";
import type { Deps, ReminderDeps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { answerOnce, once } from "./answer-once";
import { type MessageContent, SendRateExceededError, sendToOwner } from "./outgoing";

/** The kind (and interview id) of the schedule that sends an owner's held answers. */
export const HELD_ANSWERS = "held-answers";

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

/** Sends the stored answer (once), then keeps only that it was sent; over the cap, holds it. */
async function sendApplied(
  mail: AppliedMailKeys,
  applied: AppliedMail,
  target: Target,
  deps: Deps,
  replayed: boolean,
): Promise<InboundOutcome> {
  if (!applied.answer) return { action: "answered", detail: applied.detail, emailed: false };
  let emailed: boolean;
  try {
    emailed = await answerOnce(target, applied.key, applied.answer, deps);
  } catch (error) {
    const held =
      error instanceof SendRateExceededError
        ? "hourly-cap"
        : error instanceof SendingQuotaExceededError
          ? "daily-quota"
          : null;
    if (!held) throw error;
    await holdAnswer(mail, applied, deps);
    return { action: "answered", detail: applied.detail, emailed: false, held };
  }
  await answered(mail, applied, deps, replayed);
  return { action: "answered", detail: applied.detail, emailed };
}

/** Its answer went out: only that is kept, and (if it may have been) it is no longer held. */
async function answered(
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

/** Keeps the answer and schedules its sending for the start of the next hour (UTC), when the cap allows. */
async function holdAnswer(mail: AppliedMailKeys, applied: AppliedMail, deps: Deps): Promise<void> {
  const { ownerId } = mail;
  const held: HeldAnswer = { ...applied, about: mail.about, storageKey: mail.storageKey };
  // Sent within the hour; kept as long as a failed sending of it could be redriven.
  const until = deps.clock.now().plus({ days: DEAD_LETTER_RETENTION_DAYS }).toISO() ?? "";
  await deps.interviews.holdAnswer(ownerId, held, until);
  const at = deps.clock.now().toUTC().startOf("hour").plus({ hours: 1, minutes: 1 });
  await deps.scheduler.put({
    name: scheduleName(ownerId, HELD_ANSWERS, at.toFormat("yyyyMMddHH")),
    localTime: at.toFormat("yyyy-MM-dd'T'HH:mm:ss"),
    timeZone: "UTC",
    payload: { ownerId, interviewId: HELD_ANSWERS, kind: HELD_ANSWERS, planVersion: 0 },
  });
}

/**
 * The held answers' schedule fired: the one held answer as it was (to its round's reply address),
 * or one summary of several; each is then remembered as sent. Reported as a reminder's outcome.
 */
export async function sendHeldAnswers(
  ownerId: string,
  deps: ReminderDeps,
): Promise<
  | { readonly action: "sent"; readonly kind: string }
  | { readonly action: "skipped"; readonly reason: "already-sent" }
> {
  const waiting: HeldAnswer[] = [];
  for (const held of await deps.interviews.listHeldAnswers(ownerId)) {
    // A redelivery may have sent it meanwhile.
    const applied = await deps.interviews.applied(ownerId, held.about, [held.key]);
    if (applied?.answer) waiting.push(held);
    else await deps.interviews.dropHeldAnswer(ownerId, held.key);
  }
  const [first] = waiting;
  if (!first?.answer) return { action: "skipped", reason: "already-sent" };
  if (waiting.length === 1) {
    const target = (await deps.interviews.get(ownerId, first.interviewId)) ?? {
      ownerId,
      interviewId: first.interviewId,
    };
    await answerOnce(target, first.key, first.answer, deps);
  } else {
    const key = createHash("sha256")
      .update(waiting.map((held) => held.key).join())
      .digest("hex")
      .slice(0, 32);
    await once(
      ownerId,
      `held#${key}`,
      () => sendToOwner({ ownerId }, summaryOfHeld(waiting, deps.config.policy.language), deps),
      deps,
    );
  }
  for (const held of waiting) {
    const mail = { ownerId, about: held.about, messageKey: held.key, storageKey: held.storageKey };
    await answered(mail, held, deps, true);
  }
  return { action: "sent", kind: HELD_ANSWERS };
}

/** Several held answers as one email: each one's subject and words, in the order they were held. */
function summaryOfHeld(held: readonly HeldAnswer[], language: Lang): MessageContent {
  const answers = held.flatMap((each) => (each.answer ? [each.answer] : []));
  const words = catalogueOf(language).heldAnswers;
  const intro = words.intro(answers.length);
  return {
    subject: words.subject(answers.length),
    text: [intro, ...answers.map((answer) => `— ${answer.subject}\n\n${answer.text}`)].join("\n\n"),
    html: [
      `<p>${escapeHtml(intro)}</p>`,
      ...answers.map(
        (answer) =>
          `<h2>${escapeHtml(answer.subject)}</h2><pre style="white-space:pre-wrap;font-family:inherit">${escapeHtml(answer.text)}</pre>`,
      ),
    ].join("\n"),
    attachments: answers.flatMap((answer) => answer.attachments),
  };
}
