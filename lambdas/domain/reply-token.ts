import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed reply addresses: every email about an interview has Reply-To
 * `followup+<interview>-<mac>@domain`; the weekly digest, about no one interview, has
 * `followup+digest-<mac>@domain`. The MAC binds the interview (or the digest) to the owner it was
 * sent to, so a reply only counts when it comes from that owner, and nobody can forge a reply
 * address for another interview or owner. Only lower-case letters and digits are used: some mail
 * servers lower-case local parts.
 */
const VERSION = "reply-v1";
/** Stands where an interview id stands; not hex, so it is never read as one. */
const DIGEST = "digest";
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
const MAC_BYTES = 10;
const INTERVIEW_ID = /^[0-9a-f]{8,40}$/;

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function mac(secret: string, ownerId: string, interviewId: string): string {
  const digest = createHmac("sha256", secret)
    .update(`${VERSION}\n${ownerId.trim().toLowerCase()}\n${interviewId}`)
    .digest();
  return base32(digest.subarray(0, MAC_BYTES));
}

function split(address: string): { local: string; domain: string } | null {
  const at = address.trim().lastIndexOf("@");
  if (at <= 0) return null;
  return {
    local: address
      .trim()
      .slice(0, at)
      .replace(/^<|^"|"$/g, ""),
    domain: address
      .trim()
      .slice(at + 1)
      .replace(/>$/, ""),
  };
}

export function signReplyAddress(input: {
  readonly secret: string;
  readonly ownerId: string;
  readonly interviewId: string;
  /** Our plain inbound address, e.g. followup@followup.example.com. */
  readonly inbound: string;
}): string {
  const parts = split(input.inbound);
  if (!parts || !INTERVIEW_ID.test(input.interviewId))
    throw new RangeError("cannot sign a reply address for that input");
  return `${parts.local}+${input.interviewId}-${mac(input.secret, input.ownerId, input.interviewId)}@${parts.domain}`;
}

/** The digest's reply address for one owner: its replies are about whichever application they name. */
export function signDigestReplyAddress(input: {
  readonly secret: string;
  readonly ownerId: string;
  readonly inbound: string;
}): string {
  const parts = split(input.inbound);
  if (!parts) throw new RangeError("cannot sign a reply address for that inbound address");
  return `${parts.local}+${DIGEST}-${mac(input.secret, input.ownerId, DIGEST)}@${parts.domain}`;
}

/**
 * What one of our reply addresses says, for this sender: an interview, the digest, or
 * `unverified` — shaped like ours but not signed for them with this secret (the secret was
 * rotated, or the address was tampered with); null when it is not a signed address at all.
 */
export type ReplyAddress =
  | { readonly kind: "interview"; readonly interviewId: string }
  | { readonly kind: "digest" }
  | { readonly kind: "unverified" };

export function readReplyAddress(address: string, secret: string, sender: string): ReplyAddress | null {
  const parts = split(address);
  const token = parts?.local.split("+")[1]?.toLowerCase();
  const match = token ? /^([0-9a-f]{8,40}|digest)-([a-z2-7]+)$/.exec(token) : null;
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(mac(secret, sender, match[1]));
  const given = Buffer.from(match[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: "unverified" };
  return match[1] === DIGEST ? { kind: "digest" } : { kind: "interview", interviewId: match[1] };
}

/** The interview a reply address names, if it was signed for this sender; null otherwise. */
export function verifyReplyAddress(
  address: string,
  secret: string,
  sender: string,
): { readonly interviewId: string } | null {
  const read = readReplyAddress(address, secret, sender);
  return read?.kind === "interview" ? { interviewId: read.interviewId } : null;
}
