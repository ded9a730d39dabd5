/**
 * Identity-based IAM policy evaluation, as AWS documents it, for the local gateway: would real AWS
 * let this role make this call? Pure: no I/O, no clock (time comes in as aws:CurrentTime).
 *
 * What it follows (IAM User Guide):
 * - "Policy evaluation logic": an explicit Deny in any statement wins; otherwise any Allow allows;
 *   otherwise the request is implicitly denied. (Only identity policies: no SCPs, boundaries,
 *   session policies or resource policies are modelled.)
 * - "IAM JSON policy elements: Action / NotAction": action names match case-insensitively, with
 *   `*` and `?` wildcards.
 * - "IAM JSON policy elements: Resource": ARNs match case-sensitively; `*`/`?` work within a
 *   colon-delimited segment, and a `*` that ends a segment may run past the colons after it.
 * - "IAM JSON policy elements: Condition operators": a key absent from the request makes an
 *   operator false, except the negated ones (StringNotEquals, StringNotLike, ArnNotLike, …), which
 *   are then true; `…IfExists` is true when the key is absent; `Null` tests presence alone.
 * - "Conditions with multiple context keys or values": operators in a block AND, keys in an
 *   operator AND, values of one key OR, and values of a negated operator NOR.
 * - "Single-valued vs. multivalued context keys": `ForAllValues:` is true when every request value
 *   matches some policy value, and also when the key is absent or its set is empty (the vacuous
 *   truth that a `Null: false` guard closes); `ForAnyValue:` needs at least one matching value and
 *   is false when the key is absent or empty.
 * - "IAM policy elements: Variables and tags": `${key}` in Resource and in string/ARN condition
 *   values (policy version 2012-10-17 only), with `${*}`, `${?}`, `${$}` escapes and
 *   `${key, 'default'}`.
 *
 * Choices where the documentation is silent (kept deliberately conservative):
 * - An empty list counts as "null" for `Null` and as absent for `…IfExists`, matching the
 *   documented advice that a `Null: false` guard stops an empty set from passing `ForAllValues`.
 * - A list value under a plain (unqualified) operator: a positive operator needs one element to
 *   match, a negated one needs none to (the same NOR as for policy values).
 * - Condition operator names are matched exactly (AWS rejects unknown ones at policy creation),
 *   so an unknown operator throws rather than silently allowing or denying.
 */

export interface PolicyStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Principal?: unknown;
  Condition?: Record<string, Record<string, string | string[] | boolean | number>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

export type ContextValue = string | readonly string[] | boolean | number;

export interface AuthorizationRequest {
  readonly action: string;
  readonly resource: string;
  readonly context: Readonly<Record<string, ContextValue>>;
}

export type Decision =
  | { readonly allowed: true; readonly statement: string }
  | { readonly allowed: false; readonly reason: "explicit-deny" | "implicit-deny"; readonly detail: string };

/** A policy AWS would refuse to store: no Effect, neither Action nor NotAction, an unknown operator… */
export class InvalidPolicyError extends Error {
  override readonly name = "InvalidPolicyError";
}

/** Decides one request against a role's identity policies: explicit Deny, then Allow, else implicit deny. */
export function evaluate(policies: readonly PolicyDocument[], request: AuthorizationRequest): Decision {
  const context = lookup(request.context);
  const denies: string[] = [];
  let allowedBy: string | undefined;
  policies.forEach((policy, p) => {
    const version = policy.Version;
    statementsOf(policy).forEach((statement, s) => {
      const label = statement.Sid ? `"${statement.Sid}"` : `statement ${s + 1} of policy ${p + 1}`;
      if (!statementApplies(statement, request, context, version, label)) return;
      if (statement.Effect === "Deny") denies.push(label);
      else allowedBy ??= label;
    });
  });
  if (denies.length > 0) {
    return {
      allowed: false,
      reason: "explicit-deny",
      detail: `${request.action} on ${request.resource} is explicitly denied by ${denies.join(", ")}`,
    };
  }
  if (allowedBy !== undefined) return { allowed: true, statement: allowedBy };
  return {
    allowed: false,
    reason: "implicit-deny",
    detail: `no statement allows ${request.action} on ${request.resource}`,
  };
}

/**
 * Whether a role's trust policy (AssumeRolePolicyDocument) lets the service principal assume it:
 * an Allow for sts:AssumeRole naming the service (string or list) or `*`, whose conditions hold
 * (e.g. aws:SourceAccount, aws:SourceArn), and no Deny that applies.
 */
export function principalAllows(
  trustPolicy: PolicyDocument,
  service: string,
  context: Readonly<Record<string, ContextValue>>,
): boolean {
  const values = lookup(context);
  let allowed = false;
  for (const [s, statement] of statementsOf(trustPolicy).entries()) {
    const label = statement.Sid ?? `statement ${s + 1}`;
    checkEffect(statement, label);
    if (!namesService(statement.Principal, service)) continue;
    if (!matchesAny(statement.Action, statement.NotAction, "sts:AssumeRole", actionMatches, label)) continue;
    if (!conditionsHold(statement.Condition, values, trustPolicy.Version)) continue;
    if (statement.Effect === "Deny") return false;
    allowed = true;
  }
  return allowed;
}

type Lookup = ReadonlyMap<string, ContextValue>;

/** Condition key names are case-insensitive: index the request context by lower-cased name. */
function lookup(context: Readonly<Record<string, ContextValue>>): Lookup {
  return new Map(Object.entries(context).map(([key, value]) => [key.toLowerCase(), value]));
}

function statementsOf(policy: PolicyDocument): readonly PolicyStatement[] {
  return Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
}

function checkEffect(statement: PolicyStatement, label: string): void {
  if (statement.Effect !== "Allow" && statement.Effect !== "Deny") {
    throw new InvalidPolicyError(
      `${label}: Effect must be "Allow" or "Deny", not ${String(statement.Effect)}`,
    );
  }
}

function statementApplies(
  statement: PolicyStatement,
  request: AuthorizationRequest,
  context: Lookup,
  version: string | undefined,
  label: string,
): boolean {
  checkEffect(statement, label);
  if (!matchesAny(statement.Action, statement.NotAction, request.action, actionMatches, label)) return false;
  const resourceMatches = (pattern: string, resource: string) =>
    compileResource(pattern, context, version)?.test(resource) ?? false;
  if (!matchesAny(statement.Resource, statement.NotResource, request.resource, resourceMatches, label)) {
    return false;
  }
  return conditionsHold(statement.Condition, context, version);
}

/** Action/NotAction and Resource/NotResource: exactly one of the pair, matched or not matched. */
function matchesAny(
  positive: string | string[] | undefined,
  negative: string | string[] | undefined,
  value: string,
  matches: (pattern: string, value: string) => boolean,
  label: string,
): boolean {
  if ((positive === undefined) === (negative === undefined)) {
    throw new InvalidPolicyError(`${label}: needs exactly one of an element and its Not… form`);
  }
  if (positive !== undefined) return toList(positive).some((pattern) => matches(pattern, value));
  return !toList(negative as string | string[]).some((pattern) => matches(pattern, value));
}

function toList(value: string | readonly string[]): readonly string[] {
  return typeof value === "string" ? [value] : value;
}

function actionMatches(pattern: string, action: string): boolean {
  return globRegExp(pattern, "i").test(action);
}

function namesService(principal: unknown, service: string): boolean {
  if (principal === "*") return true;
  if (typeof principal !== "object" || principal === null) return false;
  const { Service: services, AWS: accounts } = principal as { Service?: unknown; AWS?: unknown };
  if (accounts === "*") return true;
  const list = typeof services === "string" ? [services] : Array.isArray(services) ? services : [];
  return list.some((name) => name === service);
}

// ---------------------------------------------------------------------------------------------
// Patterns: globs, resources, ARNs, and policy variables

const regExpCache = new Map<string, RegExp>();

/** A whole-string glob: `*` any run, `?` one character; nothing else is special. */
function globRegExp(pattern: string, flags: "" | "i"): RegExp {
  const key = `${flags}\u0000${pattern}`;
  let compiled = regExpCache.get(key);
  if (!compiled) {
    const body = [...pattern].map((c) => (c === "*" ? ".*" : c === "?" ? "." : escapeRegExp(c))).join("");
    compiled = new RegExp(`^${body}$`, `s${flags}`);
    regExpCache.set(key, compiled);
  }
  return compiled;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

type Token = { readonly literal: string } | { readonly wildcard: "*" | "?" };

/**
 * Splits a policy string into literals and wildcards, resolving `${…}` policy variables (version
 * 2012-10-17 only). Undefined when a variable names a key the request lacks and has no default:
 * that value can then match nothing.
 */
function tokenize(pattern: string, context: Lookup, version: string | undefined): Token[] | undefined {
  const tokens: Token[] = [];
  const variables = version === "2012-10-17";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (variables && c === "$" && pattern.charAt(i + 1) === "{") {
      const end = pattern.indexOf("}", i + 2);
      if (end > 0) {
        const resolved = resolveVariable(pattern.slice(i + 2, end), context);
        if (resolved === undefined) return undefined;
        tokens.push({ literal: resolved });
        i = end;
        continue;
      }
    }
    tokens.push(c === "*" || c === "?" ? { wildcard: c } : { literal: c });
  }
  return tokens;
}

function resolveVariable(inner: string, context: Lookup): string | undefined {
  const body = inner.trim();
  if (body === "*" || body === "?" || body === "$") return body;
  const withDefault = /^([^,]+),\s*'([^']*)'$/.exec(body);
  const name = (withDefault?.[1] ?? body).trim().toLowerCase();
  const value = context.get(name);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return withDefault?.[2];
}

/**
 * A Resource element pattern. `*` stays within its colon-delimited segment unless it ends one, in
 * which case it may run on past colons (so `function:name*` covers `function:name:alias`).
 */
function compileResource(pattern: string, context: Lookup, version: string | undefined): RegExp | undefined {
  const tokens = tokenize(pattern, context, version);
  if (!tokens) return undefined;
  const body = tokens
    .map((token, i) => {
      if ("literal" in token) return escapeRegExp(token.literal);
      if (token.wildcard === "?") return "[^:]";
      const next = tokens[i + 1];
      const endsSegment = next === undefined || ("literal" in next && next.literal === ":");
      return endsSegment ? ".*" : "[^:]*";
    })
    .join("");
  return new RegExp(`^${body}$`, "s");
}

function tokensRegExp(tokens: readonly Token[], flags: "" | "i"): RegExp {
  const body = tokens
    .map((token) => ("literal" in token ? escapeRegExp(token.literal) : token.wildcard === "*" ? ".*" : "."))
    .join("");
  return new RegExp(`^${body}$`, `s${flags}`);
}

/** ArnEquals/ArnLike: the six colon-delimited parts are compared one by one, each a glob. */
function arnMatches(pattern: string, arn: string): boolean {
  const patternParts = arnParts(pattern);
  const arnPartsOfValue = arnParts(arn);
  if (!patternParts || !arnPartsOfValue) return false;
  return patternParts.every((part, i) => globRegExp(part, "").test(arnPartsOfValue[i] ?? ""));
}

function arnParts(arn: string): string[] | undefined {
  const parts = arn.split(":");
  if (parts.length < 6) return undefined;
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}

// ---------------------------------------------------------------------------------------------
// Conditions

type Qualifier = "ForAllValues" | "ForAnyValue" | undefined;

interface Operator {
  /** Positive test of one request value against one policy value. */
  readonly test: (value: ContextValue, policyValue: string) => boolean;
  /** Negated operators: true when the request value matches none of the policy values. */
  readonly negated: boolean;
  /** String and ARN operators accept policy variables in their values. */
  readonly variables: boolean;
}

function conditionsHold(
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
