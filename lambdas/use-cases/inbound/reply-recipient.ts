import { verifyReplyAddress } from "../../domain/reply-token";
import type { AppConfig } from "../deps";

/**
 * Finds the signed plus-address among the recipients (followup+<token>@domain) and checks it was
 * signed for this sender. Only then is the mail a reply about that interview.
 */
export function replyRecipient(
  recipients: readonly string[],
  sender: string,
  config: Pick<AppConfig, "signingSecret">,
): { readonly interviewId: string } | null {
  for (const recipient of recipients) {
    if (!recipient.includes("+")) continue;
    const verified = verifyReplyAddress(recipient, config.signingSecret, sender);
    if (verified) return { interviewId: verified.interviewId };
  }
  return null;
}
