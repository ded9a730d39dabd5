import { createHash } from "node:crypto";
import type { MailMessage } from "../../domain/ingest";
import type { AppConfig, MailDeps, Settings } from "../deps";
import {
  type InterviewTarget,
  type MessageContent,
  type OwnerTarget,
  recordThread,
  sendToOwner,
} from "./outgoing";

/** How long "this was sent" is remembered: longer than any redelivery or retry. */
const DONE_CLAIM_DAYS = 30;
/**
 * How long a claim taken before sending is held: past the longest function timeout (60 s), so a
 * live invocation keeps it; and short of Lambda's second asynchronous retry (about three minutes
 * later), so the retry of an invocation that died holding it takes over and sends.
 */
export const CLAIM_LEASE_SECONDS = 90;
/** The send happened; recording that is retried before giving up (a retry would send it again). */
const COMPLETE_ATTEMPTS = 3;

/** Another invocation holds the claim (or died holding it): the event is retried after its lease. */
export class ClaimInProgressError extends Error {
  constructor(key: string) {
    super(`${key} is being handled by another invocation; retrying after its lease`);
    this.name = "ClaimInProgressError";
  }
}

/**
 * Does `action` at most once per key and owner, across retries and redeliveries: a leased claim
 * before it, given back if it fails, completed right after it. Null when it was done before.
 */
export async function once<T>(
  ownerId: string,
  key: string,
  action: () => Promise<T>,
  deps: Pick<MailDeps, "interviews" | "clock">,
): Promise<{ readonly result: T } | null> {
  return onceEach(ownerId, [key], action, deps);
}

/**
 * As once, for one action that does what several keys stand for (several held answers sent as
 * one email): it runs with the keys not done before, in their order; every claim is given back if
 * it fails, completed after it. Null when all were done before; while another invocation holds
 * any of them, nothing is done (ClaimInProgressError: the event is retried after its lease).
 */
export async function onceEach<T>(
  ownerId: string,
  keys: readonly string[],
  action: (keys: readonly string[]) => Promise<T>,
  deps: Pick<MailDeps, "interviews" | "clock">,
): Promise<{ readonly result: T } | null> {
  const now = deps.clock.now();
  const leaseUntil = now.plus({ seconds: CLAIM_LEASE_SECONDS }).toISO() ?? "";
  const taken: string[] = [];
  let result: T;
  try {
    for (const key of keys) {
      const state = await deps.interviews.claim(ownerId, key, leaseUntil);
      if (state === "in-progress") throw new ClaimInProgressError(key);
      if (state === "taken") taken.push(key);
    }
    if (taken.length === 0) return null;
    result = await action(taken);
  } catch (error) {
    await releaseAll(ownerId, taken, error, deps);
    throw error;
  }
  await completeAll(ownerId, taken, now.plus({ days: DONE_CLAIM_DAYS }).toISO() ?? "", deps);
  return { result };
}

/** The action happened: recording that is retried before giving up (a retry would do it again). */
async function completeAll(
  ownerId: string,
  keys: readonly string[],
  keepUntil: string,
  deps: Pick<MailDeps, "interviews">,
): Promise<void> {
  for (const key of keys) {
    for (let attempt = 1; ; attempt++) {
      try {
        await deps.interviews.complete(ownerId, key, keepUntil);
        break;
      } catch (error) {
        if (attempt >= COMPLETE_ATTEMPTS) throw error;
      }
    }
  }
}

async function releaseAll(
  ownerId: string,
  keys: readonly string[],
  error: unknown,
  deps: Pick<MailDeps, "interviews">,
): Promise<void> {
  try {
    for (const key of keys) await deps.interviews.release(ownerId, key);
  } catch (releaseError) {
    throw new AggregateError(
      [error, releaseError],
      `${keys.join(", ")} failed, and their claims stay until their lease runs out`,
    );
  }
}

/**
 * The key that identifies one incoming message across redeliveries: its own Message-ID (a sender's
 * retry gets a new SES id but keeps it), else where SES stored it.
 */
export function messageKeyOf(mail: MailMessage, storageKey: string): string {
  const id = mail.messageId ?? storageKey;
  return createHash("sha256").update(id).digest("hex").slice(0, 32);
}

/** The claim an answer (to one incoming message, or one digest) is sent under. */
export function answerClaim(messageKey: string): string {
  return `answer#${messageKey}`;
}

/** Sends the answer to one incoming message (or one digest) at most once (see once). */
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
  // The overloads above mirror sendToOwner's: an interview target comes with the signing key.
  const sent = await once(
    target.ownerId,
    answerClaim(messageKey),
    () => sendToOwner(target as InterviewTarget, content, deps as MailDeps & { readonly config: AppConfig }),
    deps,
  );
  if (sent) await recordThread(target, sent.result, deps);
  return sent !== null;
}
