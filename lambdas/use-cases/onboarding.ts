/**
 * A first mail from an address of an allowed domain. Primary course: keep only a pending
 * confirmation (it expires) → send the welcome, whose signed Reply-To proves the address receives
 * mail → a reply to it confirms the user. Nothing else from the mail is stored before that.
 */
import type { MailMessage } from "../domain/ingest";
import { welcomeConfirmedMessage, welcomeMessage } from "../domain/messages";
import type { OwnerProfile } from "../ports";
import { answerOnce } from "./answer-once";
import type { Deps } from "./deps";
import type { InboundOutcome } from "./inbound-mail";
import { stableId } from "./interview-records";

const PENDING_DAYS = 7;

/** The pseudo-interview id a welcome email's reply address is signed for. */
export function welcomeId(ownerId: string): string {
  return stableId("welcome", ownerId);
}

export async function onboard(
  input: {
    readonly mail: MailMessage;
    readonly ownerId: string;
    readonly messageKey: string;
    readonly repliedTo: string | null;
  },
  profile: OwnerProfile | null,
  deps: Deps,
): Promise<InboundOutcome> {
  const now = deps.clock.now();
  const pending =
    profile?.status === "pending" &&
    profile.expiresAt !== null &&
    Date.parse(profile.expiresAt) > now.toMillis();
  if (pending && input.repliedTo === welcomeId(input.ownerId)) {
    await deps.interviews.saveProfile({
      ...profile,
      status: "confirmed",
      expiresAt: null,
      revision: profile.revision + 1,
    });
    await answerOnce({ ownerId: input.ownerId }, input.messageKey, welcomeConfirmedMessage(), deps);
    return { action: "answered", detail: "onboarding-confirmed" };
  }
  if (!pending) {
    await deps.interviews.saveProfile({
      ownerId: input.ownerId,
      status: "pending",
      settings: {},
      expiresAt: now.plus({ days: PENDING_DAYS }).toISO() ?? "",
      revision: (profile?.revision ?? 0) + 1,
    });
  }
  await answerOnce(
    { ownerId: input.ownerId, interviewId: welcomeId(input.ownerId) },
    input.messageKey,
    welcomeMessage(),
    deps,
  );
  return { action: "answered", detail: "onboarding-welcome" };
}
