import { type ReplyAddress, readReplyAddress } from "../../domain/reply-token";
import type { AppConfig } from "../deps";

const PRECEDENCE: readonly ReplyAddress["kind"][] = ["interview", "digest", "unverified"];

/**
 * Finds the signed plus-address among the recipients (followup+<token>@domain) and checks it was
 * signed for this sender: only then is the mail a reply about that interview (or to the digest).
 * One that no longer verifies still says the mail answers one of ours (see ReplyAddress).
 */
export function replyRecipient(
  recipients: readonly string[],
  sender: string,
  config: Pick<AppConfig, "signingSecret">,
): ReplyAddress | null {
  const read = recipients
    .filter((recipient) => recipient.includes("+"))
    .map((recipient) => readReplyAddress(recipient, config.signingSecret, sender))
    .filter((address): address is ReplyAddress => address !== null);
  for (const kind of PRECEDENCE) {
    const found = read.find((address) => address.kind === kind);
    if (found) return found;
  }
  return null;
}
