/**
 * Who sent a message, read the one way every path reads it: from the raw header section only
 * (bounded, before any MIME parsing, so a stranger's hostile body is never parsed), and only when
 * the From header names exactly one unambiguous mailbox. Then whether that sender's domain is
 * authenticated: DMARC passed, or — where the domain publishes no DMARC policy — SPF passed for an
 * envelope sender aligned with the From domain, or DKIM passed and every signature's d= aligns.
 */

/** What SES says about a message; "DISABLED" when scanning is off. */
export type Verdict = "PASS" | "FAIL" | "GRAY" | "PROCESSING_FAILED" | "DISABLED";

export interface SesVerdicts {
  readonly spf: Verdict;
  readonly dkim: Verdict;
  readonly dmarc: Verdict;
  readonly spam: Verdict;
  readonly virus: Verdict;
}

export type SenderReading =
  | {
      readonly kind: "mailbox";
      /** Lower-cased addr-spec of the single From mailbox. */
      readonly address: string;
      readonly domain: string;
      /** The d= domains of every DKIM-Signature header, lower-cased. */
      readonly dkimDomains: readonly string[];
      /** Auto-Submitted, Precedence, X-Autoreply or a null Return-Path: never answered. */
      readonly automated: boolean;
    }
  | { readonly kind: "ambiguous"; readonly reason: string };

/** Header sections longer than this are not a person's mail; nothing past it is read. */
const MAX_HEADER_BYTES = 256 * 1024;

interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** The unfolded header fields of a raw message, in order. */
export function headerSection(raw: Uint8Array): HeaderField[] {
  const text = new TextDecoder("latin1").decode(raw.subarray(0, MAX_HEADER_BYTES));
  const end = text.search(/\r?\n\r?\n/);
  const head = end === -1 ? text : text.slice(0, end);
  const fields: HeaderField[] = [];
  for (const line of head.split(/\r?\n/)) {
    const last = fields.at(-1);
    if (/^[ \t]/.test(line) && last) {
      fields[fields.length - 1] = { name: last.name, value: `${last.value} ${line.trim()}` };
      continue;
    }
    const colon = line.indexOf(":");
    if (colon > 0 && /^[\x21-\x39\x3b-\x7e]+$/.test(line.slice(0, colon).trimEnd())) {
      fields.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
  }
  return fields;
}

const ATEXT = "A-Za-z0-9!#$%&'*+/=?^_`{|}~-";
const DOT_ATOM_LOCAL = new RegExp(`^[${ATEXT}]+(\\.[${ATEXT}]+)*$`);
const DOMAIN =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^(?:xn--[a-z0-9-]+\.)*xn--[a-z0-9-]+$/i;

/** Removes RFC 5322 comments outside quoted strings; null when parentheses do not balance. */
function withoutComments(value: string): string | null {
  let out = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (char === "\\" && (quoted || depth > 0)) {
      if (depth === 0) out += char + (value[i + 1] ?? "");
      i++;
      continue;
    }
    if (depth === 0 && char === '"') quoted = !quoted;
    if (!quoted && char === "(") {
      depth++;
      continue;
    }
    if (!quoted && char === ")") {
      if (depth === 0) return null;
      depth--;
      continue;
    }
    if (depth === 0) out += char;
  }
  return depth === 0 && !quoted ? out : null;
}

/** Positions of a character outside quoted strings. */
function unquotedIndexes(value: string, target: string): number[] {
  const found: number[] = [];
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === "\\" && quoted) {
      i++;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === target) found.push(i);
  }
  return found;
}

/** One addr-spec, strictly: a dot-atom local part (or a quoted one without "@") and a domain name. */
function addrSpec(value: string): { address: string; domain: string } | string {
  const at = value.lastIndexOf("@");
  if (at <= 0) return "no address";
  let local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (local.startsWith('"')) {
    if (!local.endsWith('"') || local.length < 2) return "a malformed quoted local part";
    local = local.slice(1, -1).replace(/\\(.)/g, "$1");
    if (local.includes("@")) return "a quoted local part containing @";
    if (!DOT_ATOM_LOCAL.test(local)) return "a quoted local part that is not a plain mailbox name";
  } else if (!DOT_ATOM_LOCAL.test(local)) {
    return "an invalid local part";
  }
  if (!DOMAIN.test(domain)) return "an invalid domain";
  return { address: `${local.toLowerCase()}@${domain}`, domain };
}

/**
 * The single mailbox of a From header value, or why it is not one: several addresses, group
 * syntax, text after the address, nested or unbalanced brackets and quotes all make a sender
 * ambiguous — mail clients and our parser could read them differently.
 */
export function singleMailbox(headerValue: string): { address: string; domain: string } | string {
  const value = withoutComments(headerValue)?.trim();
  if (value === undefined) return "unbalanced parentheses";
  if (value === "") return "an empty From";
  if (unquotedIndexes(value, ",").length > 0) return "several addresses";
  if (unquotedIndexes(value, ":").length > 0 || unquotedIndexes(value, ";").length > 0) return "group syntax";
  const opens = unquotedIndexes(value, "<");
  const closes = unquotedIndexes(value, ">");
  if (opens.length === 0 && closes.length === 0) return addrSpec(value);
  if (opens.length !== 1 || closes.length !== 1) return "more than one angle address";
  const [open, close] = [opens[0] as number, closes[0] as number];
  if (close < open) return "mismatched angle brackets";
  if (value.slice(close + 1).trim() !== "") return "text after the address";
  const phrase = value.slice(0, open).trim();
  if (unquotedIndexes(phrase, "@").length > 0) return "an address outside the angle brackets";
  return addrSpec(value.slice(open + 1, close).trim());
}

/** The d= tag of a DKIM-Signature header value. */
function dkimDomain(value: string): string | null {
  for (const tag of value.split(";")) {
    const [name, ...rest] = tag.split("=");
    if (name?.trim().toLowerCase() === "d") return rest.join("=").replace(/\s+/g, "").toLowerCase() || null;
  }
  return null;
}

export function readSender(raw: Uint8Array): SenderReading {
  const fields = headerSection(raw);
  const from = fields.filter((field) => field.name === "from");
  if (from.length !== 1)
    return { kind: "ambiguous", reason: from.length === 0 ? "no From header" : "several From headers" };
  const mailbox = singleMailbox((from[0] as HeaderField).value);
  if (typeof mailbox === "string") return { kind: "ambiguous", reason: mailbox };
  const value = (name: string) => fields.find((field) => field.name === name)?.value.toLowerCase();
  const autoSubmitted = value("auto-submitted");
  const precedence = value("precedence");
  return {
    kind: "mailbox",
    ...mailbox,
    dkimDomains: fields
      .filter((field) => field.name === "dkim-signature")
      .map((field) => dkimDomain(field.value) ?? ""),
    automated:
      (autoSubmitted !== undefined && autoSubmitted !== "no") ||
      (precedence !== undefined && ["bulk", "junk", "list", "auto_reply"].includes(precedence)) ||
      fields.some((field) => field.name === "x-autoreply" || field.name === "x-autorespond") ||
      /^<\s*>$/.test(value("return-path") ?? ""),
  };
}

/**
 * DMARC's relaxed alignment, without the Public Suffix List: the same domain, or one a subdomain
 * of the other. Stricter than DMARC for sibling subdomains (never looser), which only costs a
 * sender whose envelope and From use two different subdomains of one organisation.
 */
export function aligned(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().replace(/\.$/, ""), b.toLowerCase().replace(/\.$/, "")];
  return x !== "" && y !== "" && (x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`));
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).replace(/>$/, "");
}

export type AuthenticationResult =
  | { readonly authenticated: true; readonly by: "dmarc" | "aligned-spf" | "aligned-dkim" }
  | { readonly authenticated: false; readonly reason: string };

/**
 * Is the From domain authenticated? SES's DMARC verdict already requires alignment. Without a
 * DMARC policy (GRAY) or when DMARC could not be checked, SPF counts only for an envelope sender
 * aligned with the From domain; DKIM only when every signature's d= aligns (SES does not say which
 * signature passed). Spam or virus FAIL and DMARC FAIL are never accepted.
 */
export function authenticate(
  sender: Extract<SenderReading, { kind: "mailbox" }>,
  verdicts: SesVerdicts,
  envelopeSender: string,
): AuthenticationResult {
  if (verdicts.spam === "FAIL" || verdicts.virus === "FAIL")
    return { authenticated: false, reason: "spam or virus" };
  if (verdicts.dmarc === "PASS") return { authenticated: true, by: "dmarc" };
  if (verdicts.dmarc === "FAIL") return { authenticated: false, reason: "DMARC failed" };
  if (
    verdicts.spf === "PASS" &&
    envelopeSender.includes("@") &&
    aligned(domainOf(envelopeSender), sender.domain)
  )
    return { authenticated: true, by: "aligned-spf" };
  if (
    verdicts.dkim === "PASS" &&
    sender.dkimDomains.length > 0 &&
    sender.dkimDomains.every((domain) => aligned(domain, sender.domain))
  )
    return { authenticated: true, by: "aligned-dkim" };
  return { authenticated: false, reason: "no SPF or DKIM result aligned with the From domain" };
}
