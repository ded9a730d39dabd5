/**
 * A first mail from an address of an allowed domain. Primary course: keep only a pending
 * confirmation (it expires) → send the welcome, whose signed Reply-To proves the address receives
 * mail → a reply to it confirms the user. Nothing else from the mail is stored before that.
 */
import type { MailMessage } from "../../domain/ingest";
import { welcomeConfirmedMessage, welcomeMessage } from "../../domain/messages";
import type { OwnerProfile } from "../../ports";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { sendAnswer } from "../steps/answer";
import { stableId } from "../steps/records";

const PENDING_DAYS = 7;
/**
 * Welcome emails go to addresses nobody has confirmed yet, so they are capped: one a day per
 * address, and per hour for each allowed domain and for the whole deployment. Nobody can use the
 * deployment to mail a whole domain.
 */
export const WELCOME_LIMITS = {
  perAddressPerDay: 1,
  perDomainPerHour: 20,
  perDeploymentPerHour: 50,
} as const;

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
    const sent = await sendAnswer(
      { ownerId: input.ownerId },
      input.messageKey,
      welcomeConfirmedMessage(deps.config.policy.language),
      deps,
    );
    return { action: "answered", detail: "onboarding-confirmed", ...sent };
  }
  if (!(await withinWelcomeLimits(input.ownerId, input.messageKey, deps)))
    return { action: "dropped", reason: "welcome-limit" };
  if (!pending) {
    await deps.interviews.saveProfile({
      ownerId: input.ownerId,
      status: "pending",
      settings: {},
      expiresAt: now.plus({ days: PENDING_DAYS }).toISO() ?? "",
      revision: (profile?.revision ?? 0) + 1,
    });
  }
  const sent = await sendAnswer(
    { ownerId: input.ownerId, interviewId: welcomeId(input.ownerId) },
    input.messageKey,
    welcomeMessage(deps.config.policy.language),
    deps,
  );
  return { action: "answered", detail: "onboarding-welcome", ...sent };
}

/**
 * Budgets live under pseudo-owners ("@domain", "@deployment") no real address can be; each
 * message counts once, however often its event is retried.
 */
async function withinWelcomeLimits(ownerId: string, messageKey: string, deps: Deps): Promise<boolean> {
  const now = deps.clock.now().toUTC();
  const hour = now.startOf("hour");
  const expires = hour.plus({ days: 2 }).toISO() ?? "";
  const hourKey = `welcomes#${hour.toFormat("yyyyMMddHH")}`;
  const domain = ownerId.slice(ownerId.lastIndexOf("@") + 1);
  return (
    (await deps.interviews.spend(
      ownerId,
      `welcome#${now.toFormat("yyyyMMdd")}`,
      WELCOME_LIMITS.perAddressPerDay,
      expires,
      messageKey,
    )) &&
    (await deps.interviews.spend(
      `@${domain}`,
      hourKey,
      WELCOME_LIMITS.perDomainPerHour,
      expires,
      messageKey,
    )) &&
    (await deps.interviews.spend(
      "@deployment",
      hourKey,
      WELCOME_LIMITS.perDeploymentPerHour,
      expires,
      messageKey,
    ))
  );
}
