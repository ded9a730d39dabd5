/**
 * The one way an answer to an incoming mail goes out: once (answer-once), and never lost to a
 * sending limit. An answer the owner's hourly cap or the account's daily SES quota refuses is kept
 * (a HELD# item, by its claim key) with a one-time schedule at the start of the next hour, one per
 * owner and hour; when it fires, the reminder function sends what is still held (held-answers.ts),
 * and if the quota still refuses, schedules it again hours later (send-later.ts).
 */
import { DEAD_LETTER_RETENTION_DAYS } from "../../domain/interview/retention";
import { scheduleName } from "../../domain/schedule-name";
import type { HeldAnswer } from "../../ports";
import type { AppConfig, Deps, MailDeps, Settings } from "../deps";
import { answerOnce } from "./answer-once";
import type { InterviewTarget, MessageContent, OwnerTarget } from "./outgoing";
import { nextHour, type SendingLimit, sendingLimitOf } from "./send-later";

/** The kind (and interview id) of the schedule that sends an owner's held answers. */
export const HELD_ANSWERS = "held-answers";

/** What became of an answer: emailed now (false: sent before, or held), and which limit held it. */
export interface Answered {
  readonly emailed: boolean;
  readonly held?: SendingLimit;
}

/** The answer to an applied mail: where its AppliedMail is kept (see applied.ts). */
export type AppliedTo = Required<Pick<HeldAnswer, "about" | "storageKey">>;

type AnswerDeps = MailDeps & Pick<Deps, "scheduler">;

/** Sends the answer to one incoming mail once, or holds it for when the sending limits allow. */
export async function sendAnswer(
  target: OwnerTarget,
  messageKey: string,
  content: MessageContent,
  deps: AnswerDeps,
): Promise<Answered>;
export async function sendAnswer(
  target: InterviewTarget,
  messageKey: string,
  content: MessageContent,
  deps: AnswerDeps & { readonly config: AppConfig },
  appliedTo?: AppliedTo,
): Promise<Answered>;
export async function sendAnswer(
  target: OwnerTarget | InterviewTarget,
  messageKey: string,
  content: MessageContent,
  deps: AnswerDeps & { readonly config: Settings & Partial<Pick<AppConfig, "signingSecret">> },
  appliedTo?: AppliedTo,
): Promise<Answered> {
  try {
    // The overloads above mirror answerOnce's: an interview target comes with the signing key.
    const signing = deps as MailDeps & { readonly config: AppConfig };
    return { emailed: await answerOnce(target as InterviewTarget, messageKey, content, signing) };
  } catch (error) {
    const held = sendingLimitOf(error);
    if (!held) throw error;
    const { interviewId } = target;
    const replyTo = interviewId ? undefined : (target as OwnerTarget).replyTo;
    await holdAnswer(
      target.ownerId,
      {
        key: messageKey,
        answer: content,
        ...(interviewId ? { interviewId } : {}),
        ...(replyTo ? { replyTo } : {}),
        ...appliedTo,
      },
      deps,
    );
    return { emailed: false, held };
  }
}

/** Keeps the answer and schedules its sending for the start of the next hour (UTC). */
async function holdAnswer(ownerId: string, held: HeldAnswer, deps: AnswerDeps): Promise<void> {
  const now = deps.clock.now();
  // Sent within hours; kept as long as a failed sending of it could be redriven.
  await deps.interviews.holdAnswer(
    ownerId,
    held,
    now.plus({ days: DEAD_LETTER_RETENTION_DAYS }).toISO() ?? "",
  );
  const at = nextHour(now);
  await deps.scheduler.put({
    name: scheduleName(ownerId, HELD_ANSWERS, at.toFormat("yyyyMMddHH")),
    localTime: at.toFormat("yyyy-MM-dd'T'HH:mm:ss"),
    timeZone: "UTC",
    payload: { ownerId, interviewId: HELD_ANSWERS, kind: HELD_ANSWERS, planVersion: 0 },
  });
}
