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
import { conditionsHold } from "./iam-conditions";
import { compileResource, globRegExp } from "./iam-patterns";
import {
  type AuthorizationRequest,
  type ContextValue,
  type Decision,
  InvalidPolicyError,
  type Lookup,
  type PolicyDocument,
  type PolicyStatement,
} from "./iam-policy-document";

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
