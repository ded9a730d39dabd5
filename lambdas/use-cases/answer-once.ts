import { createHash } from "node:crypto";
import type { MailMessage } from "../domain/ingest";
import type { AppConfig, MailDeps, Settings } from "./deps";
import { type InterviewTarget, type MessageContent, type OwnerTarget, sendToOwner } from "./outgoing";

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
 * Sends the answer to one incoming message (or one digest) at most once: the claim is taken before
 * sending and given back if sending fails, so a retry can send it.
 */
export async function answerOnce(
  target: OwnerTarget,
  messageKey: string,
  content: MessageContent,
  deps: MailDeps,
): Promise<boolean>;
export async function answerOnce(
  target: InterviewTarget,
  messageKey: string,
  content: MessageContent,
  deps: MailDeps & { readonly config: AppConfig },
): Promise<boolean>;
export async function answerOnce(
  target: OwnerTarget | InterviewTarget,
  messageKey: string,
  content: MessageContent,
  deps: MailDeps & { readonly config: Settings & Partial<Pick<AppConfig, "signingSecret">> },
): Promise<boolean> {
  const claimKey = `answer#${messageKey}`;
  const expiresAt = deps.clock.now().plus({ days: ANSWER_CLAIM_DAYS }).toISO() ?? "";
  if (!(await deps.interviews.claim(target.ownerId, claimKey, expiresAt))) return false;
  try {
    // The overloads above mirror sendToOwner's: an interview target comes with the signing key.
    await sendToOwner(target as InterviewTarget, content, deps as MailDeps & { readonly config: AppConfig });
    return true;
  } catch (error) {
    await deps.interviews.release(target.ownerId, claimKey);
    throw error;
  }
}
