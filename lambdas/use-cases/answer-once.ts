import { createHash } from "node:crypto";
import type { MailMessage } from "../domain/ingest";
import type { InterviewRecord } from "../ports";
import type { Deps } from "./deps";
import { type MessageContent, sendToOwner } from "./outgoing";

/** How long "this message was answered" is remembered: longer than any redelivery or retry. */
const ANSWER_CLAIM_DAYS = 30;

/**
 * The key that identifies one incoming message across redeliveries: its own Message-ID (a sender's
 * retry gets a new SES id but keeps it), else where SES stored it.
 */
export function messageKeyOf(mail: MailMessage, storageKey: string): string {
  const id = mail.messageId ?? storageKey;
  return createHash("sha256").update(id).digest("hex").slice(0, 32);
}

/**
 * Sends the answer to one incoming message at most once: the claim is taken before sending and
 * given back if sending fails, so a retry can send it.
 */
export async function answerOnce(
  target: Pick<InterviewRecord, "ownerId"> & Partial<Pick<InterviewRecord, "interviewId" | "threadId">>,
  messageKey: string,
  content: MessageContent,
  deps: Deps,
  options: { readonly startsThread?: boolean } = {},
): Promise<boolean> {
  const claimKey = `answer#${messageKey}`;
  const expiresAt = deps.clock.now().plus({ days: ANSWER_CLAIM_DAYS }).toISO() ?? "";
  if (!(await deps.interviews.claim(target.ownerId, claimKey, expiresAt))) return false;
  try {
    await sendToOwner(target, content, deps, options);
    return true;
  } catch (error) {
    await deps.interviews.release(target.ownerId, claimKey);
    throw error;
  }
}
