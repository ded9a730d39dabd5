/**
 * No address leaves a function in clear. Log lines carry a short hash instead, the same for the same
 * address, so an operator can follow one user (`printf %s you@example.com | sha256sum | cut -c1-12`);
 * errors that name an address (SES's "not verified: a@b.c", our send-budget error) are redacted
 * before they are logged or rethrown to the Lambda runtime, which logs them too.
 */
import { createHash } from "node:crypto";

/** What an address looks like inside any text: local part, @, a domain with at least one dot. */
const ADDRESS =
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** The first 12 hex digits of the SHA-256 of the lower-cased, trimmed address. */
export function addressHash(address: string): string {
  return createHash("sha256").update(address.trim().toLowerCase()).digest("hex").slice(0, 12);
}

/** The text with every address in it replaced by `<address:hash>`. */
export function redactAddresses(text: string): string {
  return text.replace(ADDRESS, (address) => `<address:${addressHash(address)}>`);
}

/**
 * Redacts the message and stack of an error, of its causes and of an AggregateError's errors, in
 * place: the same objects are rethrown, so their class and name still say what failed.
 */
export function redactError(error: unknown, seen = new Set<unknown>()): void {
  if (!(error instanceof Error) || seen.has(error)) return;
  seen.add(error);
  error.message = redactAddresses(error.message);
  if (typeof error.stack === "string") error.stack = redactAddresses(error.stack);
  redactError(error.cause, seen);
  if (error instanceof AggregateError) for (const inner of error.errors) redactError(inner, seen);
}
