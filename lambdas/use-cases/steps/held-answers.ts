/**
 * The held answers' schedule fired (answer.ts held them). Primary course: the owner's held answers
 * → claim each (answer-once's key): one a redelivery sent meanwhile is only given up → the one
 * still waiting goes out as it was (to its round's reply address, in its thread), several as one
 * summary → each is then given up, and an applied mail's marker keeps only that it was answered.
 * Reported as a reminder's outcome; a sending limit that refuses them again is the reminder
 * function's to hold (the claims were given back).
 */
import type { Lang } from "../../domain/language/lang";
import { catalogueOf, escapeHtml } from "../../domain/messages";
import type { HeldAnswer } from "../../ports";
import type { ReminderDeps } from "../deps";
import { HELD_ANSWERS } from "./answer";
import { answerClaim, onceEach } from "./answer-once";
import { heldAnswerSent } from "./applied";
import {
  type InterviewTarget,
  type MessageContent,
  type OwnerTarget,
  recordThread,
  sendToOwner,
} from "./outgoing";

export async function sendHeldAnswers(
  ownerId: string,
  deps: ReminderDeps,
): Promise<
  | { readonly action: "sent"; readonly kind: typeof HELD_ANSWERS }
  | { readonly action: "skipped"; readonly reason: "already-sent" }
> {
  const held = await deps.interviews.listHeldAnswers(ownerId);
  const byClaim = new Map(held.map((each) => [answerClaim(each.key), each]));
  const sent = await onceEach(
    ownerId,
    [...byClaim.keys()],
    async (claims) => {
      const waiting = claims.flatMap((claim) => byClaim.get(claim) ?? []);
      const [only] = waiting;
      if (only && waiting.length === 1) {
        const target = await targetOf(ownerId, only, deps);
        // sendToOwner's overloads pair a round with the signing key, which the reminder deps hold.
        return { target, email: await sendToOwner(target as InterviewTarget, only.answer, deps) };
      }
      return {
        target: null,
        email: await sendToOwner({ ownerId }, summaryOfHeld(waiting, deps.config.policy.language), deps),
      };
    },
    deps,
  );
  // The thread starts with the first email about a round, held or not.
  if (sent?.result.target) await recordThread(sent.result.target, sent.result.email, deps);
  // Sent now, or by a redelivery before: none is waiting any more.
  for (const each of held) {
    const { about, storageKey } = each;
    if (about && storageKey) await heldAnswerSent({ ownerId, about, storageKey, messageKey: each.key }, deps);
    await deps.interviews.dropHeldAnswer(ownerId, each.key);
  }
  return sent ? { action: "sent", kind: HELD_ANSWERS } : { action: "skipped", reason: "already-sent" };
}

/** Whom a held answer goes to, as when it was held: its round (as the round is now), or the owner. */
async function targetOf(
  ownerId: string,
  held: HeldAnswer,
  deps: Pick<ReminderDeps, "interviews">,
): Promise<OwnerTarget | InterviewTarget> {
  const { interviewId, replyTo } = held;
  if (!interviewId) return replyTo ? { ownerId, replyTo } : { ownerId };
  // A signed address without a round (a welcome, a forget request) has no thread to join.
  return (await deps.interviews.get(ownerId, interviewId)) ?? { ownerId, interviewId };
}

/** Several held answers as one email: each one's subject and words, in the order they were held. */
function summaryOfHeld(held: readonly HeldAnswer[], language: Lang): MessageContent {
  const answers = held.map((each) => each.answer);
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
