import type { AuthorizationRequest, ContextValue } from "./iam-policy-document";

export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array;
}

export interface CallerContext {
  readonly region: string;
  readonly account: string;
  /** @default "aws" */
  readonly partition?: string;
  /** SES identities that exist (domain names and addresses); in the SES sandbox recipients are identities too */
  readonly sesIdentities?: readonly string[];
  /** @default false */
  readonly sesSandbox?: boolean;
  /** Full ARNs of the secrets that exist, to resolve a SecretId given as a name or partial ARN. */
  readonly secretArns?: readonly string[];
  /** Table name → partition key attribute name, to fill dynamodb:LeadingKeys. Without it the key is absent. */
  readonly dynamoPartitionKeys?: Readonly<Record<string, string>>;
  /** The execution role's ARN (aws:PrincipalArn). */
  readonly principalArn?: string;
  /** The role session's principal id, "AROA…:session-name" (aws:userid). */
  readonly principalId?: string;
}

export interface AwsCall {
  readonly service: string;
  readonly operation: string;
  readonly authorizations: readonly AuthorizationRequest[];
}

/** A request this module cannot map to IAM authorizations: the gateway must not guess. */
export class UnrecognisedCallError extends Error {
  override readonly name = "UnrecognisedCallError";
}

export type Context = Record<string, ContextValue>;

export interface Scope {
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly partition: string;
  readonly caller: CallerContext;
  readonly global: Readonly<Context>;
}

export type ServiceCall = Omit<AwsCall, "service"> & { readonly service?: string };

// Signature scope, global context, small helpers

export function header(request: RawRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

export function credentialScope(request: RawRequest): { region: string; service: string } {
  const fromHeader = /Credential=([^,\s]+)/.exec(header(request, "authorization") ?? "")?.[1];
  const credential = fromHeader ?? request.query.get("X-Amz-Credential") ?? undefined;
  const parts = credential?.split("/");
  if (parts?.length !== 5 || parts[4] !== "aws4_request") {
    throw new UnrecognisedCallError("request is not SigV4-signed: no credential scope to name its service");
  }
  return { region: parts[2] as string, service: parts[3] as string };
}

/** When the request was signed (X-Amz-Date, in its header or query), on the caller's clock. */
export function signedAt(request: RawRequest): Date | undefined {
  const stamp = header(request, "x-amz-date") ?? request.query.get("X-Amz-Date") ?? undefined;
  const m = stamp ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp) : null;
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

export function globalContext(request: RawRequest, region: string, caller: CallerContext): Context {
  const context: Context = {
    "aws:RequestedRegion": region,
    "aws:SecureTransport": true,
    "aws:PrincipalAccount": caller.account,
    "aws:PrincipalType": "AssumedRole",
    "aws:PrincipalIsAWSService": false,
    "aws:ViaAWSService": false,
  };
  const at = signedAt(request);
  if (at) {
    context["aws:CurrentTime"] = at.toISOString().replace(/\.\d{3}Z$/, "Z");
    context["aws:EpochTime"] = Math.floor(at.getTime() / 1000);
  }
  if (caller.principalArn) context["aws:PrincipalArn"] = caller.principalArn;
  if (caller.principalId) context["aws:userid"] = caller.principalId;
  return context;
}

export function authorization(
  scope: Scope,
  action: string,
  resource: string,
  extra: Context = {},
): AuthorizationRequest {
  return { action, resource, context: { ...scope.global, ...extra } };
}

export function dedupe(authorizations: readonly AuthorizationRequest[]): AuthorizationRequest[] {
  const seen = new Set<string>();
  return authorizations.filter((a) => {
    const key = JSON.stringify([a.action, a.resource, a.context]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function arn(
  scope: Scope,
  service: string,
  resource: string,
  region = scope.region,
  account = scope.account,
) {
  return `arn:${scope.partition}:${service}:${region}:${account}:${resource}`;
}

export function jsonBody(request: RawRequest): Record<string, unknown> {
  if (request.body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(request.body));
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch (cause) {
    throw new UnrecognisedCallError("request body is not JSON", { cause });
  }
  throw new UnrecognisedCallError("request body is not a JSON object");
}

export function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function required(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") throw new UnrecognisedCallError(`request has no ${what}`);
  return value;
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function pathOnly(request: RawRequest): string {
  const q = request.path.indexOf("?");
  return q >= 0 ? request.path.slice(0, q) : request.path;
}

export function target(request: RawRequest, prefix: string): string {
  const value = header(request, "x-amz-target");
  if (!value?.startsWith(`${prefix}.`)) {
    throw new UnrecognisedCallError(
      `expected an X-Amz-Target of ${prefix}.<Operation>, got ${value ?? "none"}`,
    );
  }
  return value.slice(prefix.length + 1);
}
