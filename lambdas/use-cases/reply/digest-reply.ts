/**
 * A reply to the weekly digest (or to any email of ours about no one round) that names no open
 * application; one that names one is a reply about it (inbound/named-application.ts). Primary
 * course: an out-of-office → nothing → otherwise nothing changes, nothing is stored, and the
 * answer asks which application it is about, each open one written as a reply that would work
 * ("Harbourline: they rejected me"), from the digest's reply address so that reply comes back here.
 */
import type { InterviewRecord } from "../../domain/interview/record";
import { helpMessage, oneLine } from "../../domain/messages";
import type { UnderstoodReply } from "../../domain/replies";
import type { Deps } from "../deps";
import { digestTarget } from "../digest/reply-address";
import type { InboundOutcome, OwnerMail } from "../inbound/outcome";
import { sendAnswer } from "../steps/answer";

/** What a suggested reply repeats of the user's words. */
const REPEATED_CHARS = 60;

export async function answerDigestReply(
  input: OwnerMail & {
    readonly written: string;
    readonly understood: UnderstoodReply;
    readonly open: readonly InterviewRecord[];
  },
  deps: Deps,
): Promise<InboundOutcome> {
  const { understood, open } = input;
  if (understood.automatic) return { action: "dropped", reason: "auto-reply" };
  const said = oneLine(input.written, REPEATED_CHARS);
  const suggestions =
    understood.intent === "unknown" || open.length === 0
      ? (understood.suggestions ?? [])
      : open.map((round) => `${round.interview.company ?? round.interview.title ?? "Interview"}: ${said}`);
  const sent = await sendAnswer(
    digestTarget(input.ownerId, deps.config),
    input.messageKey,
    helpMessage(input.written, suggestions, deps.config.policy.language),
    deps,
  );
  return { action: "answered", detail: open.length > 0 ? "which-application" : "nothing-open", ...sent };
}
