import { signDigestReplyAddress } from "../../domain/reply-token";
import type { AppConfig } from "../deps";
import type { OwnerTarget } from "../steps/outgoing";

/**
 * The digest, and the answer to a reply to it, go out with the digest's signed reply address: a
 * reply comes back as a digest reply (about the application it names), never as a new forward.
 */
export function digestTarget(
  ownerId: string,
  config: Pick<AppConfig, "signingSecret" | "inboundAddress">,
): OwnerTarget {
  return {
    ownerId,
    replyTo: signDigestReplyAddress({
      secret: config.signingSecret,
      ownerId,
      inbound: config.inboundAddress,
    }),
  };
}
