/** IAM condition operators (String*, Numeric*, Date*, Bool, IpAddress, Arn*, Null, IfExists, ForAllValues/ForAnyValue). */
import { arnMatches, arnParts, globRegExp, type Token, tokenize, tokensRegExp } from "./iam-patterns";
import {
  type ContextValue,
  InvalidPolicyError,
  type Lookup,
  type PolicyStatement,
} from "./iam-policy-document";

type Qualifier = "ForAllValues" | "ForAnyValue" | undefined;

interface Operator {
  /** Positive test of one request value against one policy value. */
  readonly test: (value: ContextValue, policyValue: string) => boolean;
  /** Negated operators: true when the request value matches none of the policy values. */
  readonly negated: boolean;
  /** String and ARN operators accept policy variables in their values. */
  readonly variables: boolean;
}

export function conditionsHold(
  condition: PolicyStatement["Condition"],
  context: Lookup,
  version: string | undefined,
): boolean {
  if (condition === undefined) return true;
  for (const [operatorName, block] of Object.entries(condition)) {
    const parsed = parseOperator(operatorName);
    for (const [key, raw] of Object.entries(block)) {
      const policyValues = (Array.isArray(raw) ? raw : [raw]).map((value) => String(value));
      if (!keyHolds(parsed, context.get(key.toLowerCase()), policyValues, context, version)) return false;
    }
  }
  return true;
}

interface ParsedOperator {
  readonly name: string;
  readonly qualifier: Qualifier;
  readonly ifExists: boolean;
  readonly operator: Operator | "Null";
}

function parseOperator(full: string): ParsedOperator {
  const colon = full.indexOf(":");
  const prefix = colon >= 0 ? full.slice(0, colon) : undefined;
  if (prefix !== undefined && prefix !== "ForAllValues" && prefix !== "ForAnyValue") {
    throw new InvalidPolicyError(`unknown condition set operator "${prefix}" in "${full}"`);
  }
  let base = colon >= 0 ? full.slice(colon + 1) : full;
  const ifExists = base.endsWith("IfExists");
  if (ifExists) base = base.slice(0, -"IfExists".length);
  if (base === "Null") {
    if (ifExists || prefix) throw new InvalidPolicyError(`"${full}": Null takes no qualifier`);
    return { name: full, qualifier: undefined, ifExists: false, operator: "Null" };
  }
  const operator = OPERATORS[base];
  if (!operator) throw new InvalidPolicyError(`unknown condition operator "${full}"`);
  return { name: full, qualifier: prefix as Qualifier, ifExists, operator };
}

function keyHolds(
  parsed: ParsedOperator,
  value: ContextValue | undefined,
  policyValues: readonly string[],
  context: Lookup,
  version: string | undefined,
): boolean {
  const values = value === undefined ? [] : Array.isArray(value) ? (value as readonly string[]) : [value];
  const absent = values.length === 0;
  if (parsed.operator === "Null") {
    return policyValues.some((expected) => expected.toLowerCase() === String(absent));
  }
  const operator = parsed.operator;
  const resolved = operator.variables ? resolveValues(policyValues, context, version) : policyValues;
  const one = (v: ContextValue) => {
    const matched = resolved.some((policyValue) => operator.test(v, policyValue));
    return operator.negated ? !matched : matched;
  };
  switch (parsed.qualifier) {
    case "ForAllValues":
      return absent || values.every(one);
    case "ForAnyValue":
      return absent ? parsed.ifExists : values.some(one);
    default:
      if (absent) return parsed.ifExists || operator.negated;
      return operator.negated ? values.every(one) : values.some(one);
  }
}

/** Policy values with `${…}` resolved; a value whose variable cannot be resolved matches nothing. */
function resolveValues(
  policyValues: readonly string[],
  context: Lookup,
  version: string | undefined,
): string[] {
  if (version !== "2012-10-17") return [...policyValues];
  return policyValues.flatMap((policyValue) => {
    if (!policyValue.includes("${")) return [policyValue];
    const tokens = tokenize(policyValue, context, version);
    // Escaped wildcards (${*}, ${?}) become literals; kept as glob-escaped text for StringLike via marker.
    return tokens ? [tokens.map((t) => ("literal" in t ? escapeGlob(t.literal) : t.wildcard)).join("")] : [];
  });
}

/**
 * A resolved variable's text must not act as a wildcard. Resolved values are re-read by the
 * operators as globs (StringLike/ArnLike) or as plain text (StringEquals…); to keep both right,
 * escaped characters are carried as private-use code points and turned back below.
 */
const STAR = "\uE000";
const QUESTION = "\uE001";
function escapeGlob(text: string): string {
  return text.replaceAll("*", STAR).replaceAll("?", QUESTION);
}
function unescapeGlob(text: string): string {
  return text.replaceAll(STAR, "*").replaceAll(QUESTION, "?");
}
function likeRegExp(pattern: string, flags: "" | "i"): RegExp {
  if (!pattern.includes(STAR) && !pattern.includes(QUESTION)) return globRegExp(pattern, flags);
  const tokens: Token[] = [...pattern].map((c) =>
    c === "*" || c === "?" ? { wildcard: c } : { literal: unescapeGlob(c) },
  );
  return tokensRegExp(tokens, flags);
}

function asText(value: ContextValue): string {
  return String(value);
}

function asNumber(text: ContextValue): number | undefined {
  if (typeof text !== "number" && typeof text !== "string") return undefined;
  const n = typeof text === "number" ? text : text.trim() === "" ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Dates in policies and requests: ISO 8601, or epoch seconds (aws:EpochTime style). */
function asEpochMillis(value: ContextValue): number | undefined {
  if (typeof value === "number") return value * 1000;
  if (typeof value !== "string") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function numeric(compare: (a: number, b: number) => boolean): Operator["test"] {
  return (value, policyValue) => {
    const a = asNumber(value);
    const b = asNumber(policyValue);
    return a !== undefined && b !== undefined && compare(a, b);
  };
}

function date(compare: (a: number, b: number) => boolean): Operator["test"] {
  return (value, policyValue) => {
    const a = asEpochMillis(value);
    const b = asEpochMillis(policyValue);
    return a !== undefined && b !== undefined && compare(a, b);
  };
}

const stringEquals: Operator["test"] = (value, policyValue) => asText(value) === unescapeGlob(policyValue);
const stringEqualsIgnoreCase: Operator["test"] = (value, policyValue) =>
  asText(value).toLowerCase() === unescapeGlob(policyValue).toLowerCase();
const stringLike: Operator["test"] = (value, policyValue) => likeRegExp(policyValue, "").test(asText(value));
const arnLike: Operator["test"] = (value, policyValue) =>
  typeof value === "string" && arnMatchesEscaped(policyValue, value);
const numberEquals = numeric((a, b) => a === b);
const dateEquals = date((a, b) => a === b);
const ipInRange: Operator["test"] = (value, policyValue) =>
  typeof value === "string" && ipMatches(value, policyValue);

function arnMatchesEscaped(pattern: string, arn: string): boolean {
  if (!pattern.includes(STAR) && !pattern.includes(QUESTION)) return arnMatches(pattern, arn);
  const patternParts = arnParts(pattern);
  const valueParts = arnParts(arn);
  if (!patternParts || !valueParts) return false;
  return patternParts.every((part, i) => likeRegExp(part, "").test(valueParts[i] ?? ""));
}

function op(test: Operator["test"], negated = false, variables = false): Operator {
  return { test, negated, variables };
}

const OPERATORS: Readonly<Record<string, Operator>> = {
  StringEquals: op(stringEquals, false, true),
  StringNotEquals: op(stringEquals, true, true),
  StringEqualsIgnoreCase: op(stringEqualsIgnoreCase, false, true),
  StringNotEqualsIgnoreCase: op(stringEqualsIgnoreCase, true, true),
  StringLike: op(stringLike, false, true),
  StringNotLike: op(stringLike, true, true),
  NumericEquals: op(numberEquals),
  NumericNotEquals: op(numberEquals, true),
  NumericLessThan: op(numeric((a, b) => a < b)),
  NumericLessThanEquals: op(numeric((a, b) => a <= b)),
  NumericGreaterThan: op(numeric((a, b) => a > b)),
  NumericGreaterThanEquals: op(numeric((a, b) => a >= b)),
  DateEquals: op(dateEquals),
  DateNotEquals: op(dateEquals, true),
  DateLessThan: op(date((a, b) => a < b)),
  DateLessThanEquals: op(date((a, b) => a <= b)),
  DateGreaterThan: op(date((a, b) => a > b)),
  DateGreaterThanEquals: op(date((a, b) => a >= b)),
  Bool: op((value, policyValue) => asText(value).toLowerCase() === policyValue.toLowerCase()),
  BinaryEquals: op((value, policyValue) => asText(value) === policyValue),
  IpAddress: op(ipInRange),
  NotIpAddress: op(ipInRange, true),
  ArnEquals: op(arnLike, false, true),
  ArnLike: op(arnLike, false, true),
  ArnNotEquals: op(arnLike, true, true),
  ArnNotLike: op(arnLike, true, true),
};

// ---------------------------------------------------------------------------------------------
// IP addresses (IpAddress / NotIpAddress): IPv4 and IPv6, single address or CIDR

function ipMatches(address: string, range: string): boolean {
  const [network, bitsText] = range.split("/");
  const a = ipToBigInt(address);
  const n = ipToBigInt(network ?? "");
  if (!a || !n || a.width !== n.width) return false;
  const bits = bitsText === undefined ? a.width : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > a.width) return false;
  const shift = BigInt(a.width - bits);
  return a.value >> shift === n.value >> shift;
}

function ipToBigInt(text: string): { value: bigint; width: 32 | 128 } | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    if (octets.some((o) => o > 255)) return undefined;
    return { value: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n), width: 32 };
  }
  if (!text.includes(":")) return undefined;
  const [head = "", tail, extra] = text.split("::");
  if (extra !== undefined) return undefined;
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return { value: groups.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n), width: 128 };
}
