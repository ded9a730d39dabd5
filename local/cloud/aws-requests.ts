/**
 * From a raw AWS SDK HTTP request to the IAM authorizations AWS would perform for it: which
 * action, on which resource ARN, with which request context. Pure: no I/O; the signed
 * X-Amz-Date stands in for the clock.
 *
 * The service comes from the SigV4 credential scope (`Credential=AKID/date/region/service/…`, or
 * X-Amz-Credential in a presigned query), the operation from the protocol: awsJson target header
 * (DynamoDB, Secrets Manager, SQS), REST paths (S3 path-style, SES v2, Scheduler, Lambda).
 * Sources per service are cited where each is mapped; the action → resource → condition-key facts
 * are those of the Service Authorization Reference pages ("Actions, resources, and condition keys
 * for …").
 *
 * Global condition keys ("AWS global condition context keys") put on every authorization:
 * - aws:RequestedRegion: the region the call was signed for (the endpoint's region).
 * - aws:CurrentTime / aws:EpochTime: the signed X-Amz-Date.
 * - aws:SecureTransport: true. The deployed function's SDK talks TLS to AWS endpoints; the local
 *   plain-HTTP hop to the stand-in is an artefact of this harness, not what AWS would see.
 * - aws:PrincipalAccount, aws:PrincipalType "AssumedRole" (a Lambda execution role session),
 *   aws:PrincipalIsAWSService false, aws:ViaAWSService false; aws:PrincipalArn (the role ARN, not
 *   the session ARN) and aws:userid ("ROLEID:session") when the caller context names them.
 * Deliberately absent: aws:SourceAccount / aws:SourceArn (only set when an AWS service principal
 * calls a resource, not for identity calls), aws:SourceIp (the loopback address says nothing of
 * the Lambda's egress address), aws:username (roles have none), aws:MultiFactorAuthPresent,
 * aws:CalledVia, VPC keys.
 */
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

type Context = Record<string, ContextValue>;

interface Scope {
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly partition: string;
  readonly caller: CallerContext;
  readonly global: Readonly<Context>;
}

/** What AWS would authorize for this request, or UnrecognisedCallError. */
export function describeCall(request: RawRequest, caller: CallerContext): AwsCall {
  const credential = credentialScope(request);
  const scope: Scope = {
    service: credential.service,
    region: credential.region,
    account: caller.account,
    partition: caller.partition ?? "aws",
    caller,
    global: globalContext(request, credential.region, caller),
  };
  const describe = SERVICES[credential.service];
  if (!describe) throw new UnrecognisedCallError(`no IAM mapping for service "${credential.service}"`);
  const call = describe(request, scope);
  return { ...call, authorizations: dedupe(call.authorizations) };
}

type ServiceCall = Omit<AwsCall, "service"> & { readonly service?: string };
type Describer = (request: RawRequest, scope: Scope) => AwsCall;

const SERVICES: Readonly<Record<string, Describer>> = {
  dynamodb: (r, s) => named(s, dynamodb(r, s)),
  s3: (r, s) => named(s, s3(r, s)),
  ses: (r, s) => named(s, ses(r, s)),
  scheduler: (r, s) => named(s, scheduler(r, s)),
  secretsmanager: (r, s) => named(s, secretsManager(r, s)),
  sqs: (r, s) => named(s, sqs(r, s)),
  lambda: (r, s) => named(s, lambda(r, s)),
};

function named(scope: Scope, call: ServiceCall): AwsCall {
  return {
    service: call.service ?? scope.service,
    operation: call.operation,
    authorizations: call.authorizations,
  };
}

// ---------------------------------------------------------------------------------------------
// Signature scope, global context, small helpers

function header(request: RawRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(request.headers)) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

function credentialScope(request: RawRequest): { region: string; service: string } {
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

function globalContext(request: RawRequest, region: string, caller: CallerContext): Context {
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

function authorization(
  scope: Scope,
  action: string,
  resource: string,
  extra: Context = {},
): AuthorizationRequest {
  return { action, resource, context: { ...scope.global, ...extra } };
}

function dedupe(authorizations: readonly AuthorizationRequest[]): AuthorizationRequest[] {
  const seen = new Set<string>();
  return authorizations.filter((a) => {
    const key = JSON.stringify([a.action, a.resource, a.context]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function arn(
  scope: Scope,
  service: string,
  resource: string,
  region = scope.region,
  account = scope.account,
) {
  return `arn:${scope.partition}:${service}:${region}:${account}:${resource}`;
}

function jsonBody(request: RawRequest): Record<string, unknown> {
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

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function required(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") throw new UnrecognisedCallError(`request has no ${what}`);
  return value;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function pathOnly(request: RawRequest): string {
  const q = request.path.indexOf("?");
  return q >= 0 ? request.path.slice(0, q) : request.path;
}

function target(request: RawRequest, prefix: string): string {
  const value = header(request, "x-amz-target");
  if (!value?.startsWith(`${prefix}.`)) {
    throw new UnrecognisedCallError(
      `expected an X-Amz-Target of ${prefix}.<Operation>, got ${value ?? "none"}`,
    );
  }
  return value.slice(prefix.length + 1);
}

// ---------------------------------------------------------------------------------------------
// DynamoDB (awsJson1_0). Actions are the operation names; resources are table ARNs, index ARNs
// for Query/Scan with IndexName ("Actions, resources, and condition keys for Amazon DynamoDB").
// Batch operations authorize dynamodb:BatchGetItem / BatchWriteItem on every table named;
// transactions authorize the underlying item action per item, with dynamodb:EnclosingOperation
// ("Using IAM with DynamoDB transactions": Put/Update/Delete/Get → PutItem/UpdateItem/
// DeleteItem/GetItem, ConditionCheck → ConditionCheckItem).

const DYNAMO_ITEM_OPERATIONS = new Set(["GetItem", "PutItem", "UpdateItem", "DeleteItem"]);
const DYNAMO_TABLE_OPERATIONS = new Set(["DescribeTable", "CreateTable", "DeleteTable", "UpdateTable"]);

function dynamodb(request: RawRequest, scope: Scope): ServiceCall {
  const operation = target(request, "DynamoDB_20120810");
  const body = jsonBody(request);
  const table = (name: unknown) => tableArn(scope, required(name, "TableName"));
  const options = dynamoOptions(body);
  if (DYNAMO_ITEM_OPERATIONS.has(operation)) {
    const tableName = required(body.TableName, "TableName");
    const key = operation === "PutItem" ? body.Item : body.Key;
    const leading = leadingKeys(scope, tableName, [record(key)]);
    return {
      operation,
      authorizations: [
        authorization(scope, `dynamodb:${operation}`, table(tableName), { ...options, ...leading }),
      ],
    };
  }
  if (operation === "Query" || operation === "Scan") {
    const tableName = required(body.TableName, "TableName");
    const index = text(body.IndexName);
    const resource = index ? `${table(tableName)}/index/${index}` : table(tableName);
    const leading = operation === "Query" ? queryLeadingKeys(scope, tableName, body) : {};
    return {
      operation,
      authorizations: [authorization(scope, `dynamodb:${operation}`, resource, { ...options, ...leading })],
    };
  }
  if (DYNAMO_TABLE_OPERATIONS.has(operation)) {
    return {
      operation,
      authorizations: [authorization(scope, `dynamodb:${operation}`, table(body.TableName))],
    };
  }
  if (operation === "BatchGetItem" || operation === "BatchWriteItem") {
    const items = record(body.RequestItems);
    const authorizations = Object.entries(items).map(([tableName, spec]) => {
      const keys =
        operation === "BatchGetItem"
          ? (Array.isArray(record(spec).Keys) ? (record(spec).Keys as unknown[]) : []).map(record)
          : (Array.isArray(spec) ? spec : []).map((w) => {
              const write = record(w);
              return record(record(write.PutRequest).Item ?? record(write.DeleteRequest).Key);
            });
      return authorization(scope, `dynamodb:${operation}`, table(tableName), {
        ...options,
        ...leadingKeys(scope, tableName, keys),
      });
    });
    if (authorizations.length === 0) throw new UnrecognisedCallError(`${operation} names no table`);
    return { operation, authorizations };
  }
  if (operation === "TransactWriteItems" || operation === "TransactGetItems") {
    const actions: Record<string, string> = {
      Put: "PutItem",
      Update: "UpdateItem",
      Delete: "DeleteItem",
      ConditionCheck: "ConditionCheckItem",
      Get: "GetItem",
    };
    const authorizations = (Array.isArray(body.TransactItems) ? body.TransactItems : []).flatMap((entry) =>
      Object.entries(record(entry)).map(([kind, spec]) => {
        const action = actions[kind];
        if (!action) throw new UnrecognisedCallError(`unknown ${operation} entry "${kind}"`);
        const item = record(spec);
        const tableName = required(item.TableName, "TableName");
        const key = record(kind === "Put" ? item.Item : item.Key);
        return authorization(scope, `dynamodb:${action}`, table(tableName), {
          "dynamodb:EnclosingOperation": operation,
          ...(typeof options["dynamodb:ReturnConsumedCapacity"] === "string"
            ? { "dynamodb:ReturnConsumedCapacity": options["dynamodb:ReturnConsumedCapacity"] }
            : {}),
          ...leadingKeys(scope, tableName, [key]),
        });
      }),
    );
    if (authorizations.length === 0) throw new UnrecognisedCallError(`${operation} has no items`);
    return { operation, authorizations };
  }
  throw new UnrecognisedCallError(`no IAM mapping for DynamoDB ${operation}`);
}

function tableArn(scope: Scope, tableName: string): string {
  // TableName may itself be a table ARN.
  return tableName.startsWith("arn:") ? tableName : arn(scope, "dynamodb", `table/${tableName}`);
}

/** dynamodb:ReturnValues, dynamodb:ReturnConsumedCapacity, dynamodb:Select, when the request sets them. */
function dynamoOptions(body: Record<string, unknown>): Context {
  const context: Context = {};
  for (const [member, key] of [
    ["ReturnValues", "dynamodb:ReturnValues"],
    ["ReturnConsumedCapacity", "dynamodb:ReturnConsumedCapacity"],
    ["Select", "dynamodb:Select"],
  ] as const) {
    const value = text(body[member]);
    if (value !== undefined) context[key] = value;
  }
  return context;
}

/** dynamodb:LeadingKeys: the partition key values, when the caller says which attribute that is. */
function leadingKeys(scope: Scope, tableName: string, keys: readonly Record<string, unknown>[]): Context {
  const attribute = scope.caller.dynamoPartitionKeys?.[tableName];
  if (!attribute) return {};
  const values = keys.map((key) => attributeText(key[attribute])).filter((v): v is string => v !== undefined);
  return values.length > 0 ? { "dynamodb:LeadingKeys": [...new Set(values)] } : {};
}

/** The partition key value of a KeyConditionExpression "pk = :v" (or "#n = :v"). */
function queryLeadingKeys(scope: Scope, tableName: string, body: Record<string, unknown>): Context {
  const attribute = scope.caller.dynamoPartitionKeys?.[tableName];
  const expression = text(body.KeyConditionExpression);
  if (!attribute || !expression) return {};
  const names = record(body.ExpressionAttributeNames);
  const values = record(body.ExpressionAttributeValues);
  for (const m of expression.matchAll(/([#\w.-]+)\s*=\s*(:[\w-]+)/g)) {
    const name = m[1]?.startsWith("#") ? text(names[m[1]]) : m[1];
    if (name === attribute) {
      const value = attributeText(values[m[2] ?? ""]);
      return value === undefined ? {} : { "dynamodb:LeadingKeys": [value] };
    }
  }
  return {};
}

function attributeText(value: unknown): string | undefined {
  const typed = record(value);
  return text(typed.S) ?? text(typed.N) ?? text(typed.B);
}

// ---------------------------------------------------------------------------------------------
// S3 (REST-XML). The SDK addresses a loopback IP endpoint path-style (/bucket/key); a
// virtual-hosted Host (bucket.s3.…) is read too. Object ARNs are arn:aws:s3:::bucket/key.
// GetObject and HeadObject → s3:GetObject; ListObjects(V2) and HeadBucket → s3:ListBucket on the
// bucket with s3:prefix / s3:delimiter / s3:max-keys when given; DeleteObjects → s3:DeleteObject
// per key (s3:DeleteObjectVersion with a VersionId); CopyObject → s3:PutObject on the target and
// s3:GetObject on the source.

function s3(request: RawRequest, scope: Scope): ServiceCall {
  const { bucket, key } = s3Address(request);
  const method = request.method.toUpperCase();
  const q = request.query;
  const context = s3Context(request, scope);
  const objectArn = (k: string, b = bucket) => `arn:${scope.partition}:s3:::${b}/${k}`;
  const bucketArn = `arn:${scope.partition}:s3:::${bucket}`;
  const one = (operation: string, action: string, resource: string, extra: Context = {}): ServiceCall => ({
    operation,
    authorizations: [authorization(scope, action, resource, { ...context, ...extra })],
  });
  if (bucket === "") {
    if (method === "GET") return one("ListBuckets", "s3:ListAllMyBuckets", "*");
    throw new UnrecognisedCallError(`no IAM mapping for S3 ${method} /`);
  }
  const subresource = ["tagging", "acl", "uploads", "uploadId", "attributes", "retention", "legal-hold"].find(
    (name) => q.has(name),
  );
  if (key !== "") {
    if (subresource)
      throw new UnrecognisedCallError(`no IAM mapping for S3 object subresource ?${subresource}`);
    const versioned = q.has("versionId");
    switch (method) {
      case "GET":
        return one("GetObject", versioned ? "s3:GetObjectVersion" : "s3:GetObject", objectArn(key));
      case "HEAD":
        return one("HeadObject", versioned ? "s3:GetObjectVersion" : "s3:GetObject", objectArn(key));
      case "PUT": {
        const source = header(request, "x-amz-copy-source");
        if (!source) return one("PutObject", "s3:PutObject", objectArn(key), putObjectContext(request));
        const copied = copySource(source);
        return {
          operation: "CopyObject",
          authorizations: [
            authorization(scope, "s3:PutObject", objectArn(key), {
              ...context,
              ...putObjectContext(request),
            }),
            authorization(
              scope,
              copied.versioned ? "s3:GetObjectVersion" : "s3:GetObject",
              objectArn(copied.key, copied.bucket),
              context,
            ),
          ],
        };
      }
      case "DELETE":
        return one("DeleteObject", versioned ? "s3:DeleteObjectVersion" : "s3:DeleteObject", objectArn(key));
    }
    throw new UnrecognisedCallError(`no IAM mapping for S3 ${method} on an object`);
  }
  if (method === "POST" && q.has("delete")) {
    const objects = deleteObjectsKeys(request.body);
    if (objects.length === 0) throw new UnrecognisedCallError("DeleteObjects names no key");
    return {
      operation: "DeleteObjects",
      authorizations: objects.map((o) =>
        authorization(
          scope,
          o.versioned ? "s3:DeleteObjectVersion" : "s3:DeleteObject",
          objectArn(o.key),
          context,
        ),
      ),
    };
  }
  if (subresource)
    throw new UnrecognisedCallError(`no IAM mapping for S3 bucket subresource ?${subresource}`);
  if (method === "GET" && [...q.keys()].every((k) => LIST_PARAMETERS.has(k))) {
    const listing: Context = {};
    const prefix = q.get("prefix");
    const delimiter = q.get("delimiter");
    const maxKeys = q.get("max-keys");
    if (prefix !== null) listing["s3:prefix"] = prefix;
    if (delimiter !== null) listing["s3:delimiter"] = delimiter;
    if (maxKeys !== null) listing["s3:max-keys"] = Number(maxKeys);
    return one(
      q.get("list-type") === "2" ? "ListObjectsV2" : "ListObjects",
      "s3:ListBucket",
      bucketArn,
      listing,
    );
  }
  if (method === "HEAD" && [...q.keys()].length === 0) return one("HeadBucket", "s3:ListBucket", bucketArn);
  if (method === "PUT" && [...q.keys()].length === 0)
    return one("CreateBucket", "s3:CreateBucket", bucketArn);
  if (method === "DELETE" && [...q.keys()].length === 0)
    return one("DeleteBucket", "s3:DeleteBucket", bucketArn);
  throw new UnrecognisedCallError(
    `no IAM mapping for S3 ${method} on bucket with ?${[...q.keys()].join("&")}`,
  );
}

const LIST_PARAMETERS = new Set([
  "list-type",
  "prefix",
  "delimiter",
  "max-keys",
  "continuation-token",
  "start-after",
  "fetch-owner",
  "encoding-type",
  "marker",
  "x-id",
]);

function s3Address(request: RawRequest): { bucket: string; key: string } {
  const path = pathOnly(request);
  const host = (header(request, "host") ?? "").replace(/:\d+$/, "");
  const hosted = /^(.+)\.s3[.-]/.exec(host)?.[1];
  const segments = path.replace(/^\//, "").split("/");
  if (hosted) return { bucket: hosted, key: decodePath(segments.join("/")) };
  const [bucket = "", ...rest] = segments;
  return { bucket: decodeURIComponent(bucket), key: decodePath(rest.join("/")) };
}

function decodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => decodeURIComponent(segment))
    .join("/");
}

function copySource(source: string): { bucket: string; key: string; versioned: boolean } {
  const [path = "", query = ""] = source.split("?");
  const [bucket = "", ...rest] = decodeURIComponent(path).replace(/^\//, "").split("/");
  return { bucket, key: rest.join("/"), versioned: new URLSearchParams(query).has("versionId") };
}

/** Context keys common to S3 requests that the request itself determines. */
function s3Context(request: RawRequest, scope: Scope): Context {
  const context: Context = {
    "s3:authType": request.query.has("X-Amz-Credential") ? "REST-QUERY-STRING" : "REST-HEADER",
    "s3:signatureversion": "AWS4-HMAC-SHA256",
    // Same-account buckets: the stack's own.
    "s3:ResourceAccount": scope.account,
  };
  const sha = header(request, "x-amz-content-sha256");
  if (sha) context["s3:x-amz-content-sha256"] = sha;
  return context;
}

function putObjectContext(request: RawRequest): Context {
  const context: Context = {};
  for (const name of [
    "x-amz-acl",
    "x-amz-server-side-encryption",
    "x-amz-server-side-encryption-aws-kms-key-id",
    "x-amz-storage-class",
  ]) {
    const value = header(request, name);
    if (value !== undefined) context[`s3:${name}`] = value;
  }
  const tagging = header(request, "x-amz-tagging");
  if (tagging !== undefined) context["s3:RequestObjectTagKeys"] = [...new URLSearchParams(tagging).keys()];
  return context;
}

function deleteObjectsKeys(body: Uint8Array): Array<{ key: string; versioned: boolean }> {
  const xml = new TextDecoder().decode(body);
  return [...xml.matchAll(/<Object>([\s\S]*?)<\/Object>/g)].flatMap((m) => {
    const inner = m[1] ?? "";
    const key = /<Key>([\s\S]*?)<\/Key>/.exec(inner)?.[1];
    return key === undefined ? [] : [{ key: xmlText(key), versioned: /<VersionId>/.test(inner) }];
  });
}

function xmlText(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    if (entity.startsWith("#x") || entity.startsWith("#X"))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? _;
  });
}

// ---------------------------------------------------------------------------------------------
// SES v2 (restJson1, signing name "ses"): POST /v2/email/outbound-emails → ses:SendEmail.
// "Actions, resources, and condition keys for Amazon Simple Email Service v2": SendEmail needs the
// identity (required), and the configuration set and template when used; condition keys
// ses:ApiVersion, ses:FeedbackAddress, ses:FromAddress, ses:FromDisplayName, ses:Recipients
// ("ses:Recipients … include the To:, CC:, and BCC: addresses"), ses:MultiRegionEndpointId.
// The identity is FromEmailAddressIdentityArn when given (SendEmail API reference: "the ARN of the
// identity that is associated with the sending authorization policy"), else the identity SES uses
// for the From address: the address identity when it exists, else its domain's (or a parent
// domain's). In the sandbox every recipient must be a verified identity, so each recipient's
// identity is authorized too (the SES IAM guide notes sandbox restrictions interact with these
// policies). Recipients come from Destination when given; for Raw content without Destination,
// from the message's To/Cc/Bcc headers (as SES sends it).

function ses(request: RawRequest, scope: Scope): ServiceCall {
  const path = pathOnly(request);
  if (request.method.toUpperCase() !== "POST" || path !== "/v2/email/outbound-emails") {
    throw new UnrecognisedCallError(`no IAM mapping for SES ${request.method} ${path}`);
  }
  const body = jsonBody(request);
  const content = record(body.Content);
  const raw = rawMessage(content);
  const headers = raw ? parseRawMailAddresses(raw) : undefined;
  const fromText = text(body.FromEmailAddress);
  const from = fromText !== undefined ? parseAddressList(fromText)[0] : headers?.from;
  if (!from)
    throw new UnrecognisedCallError("SendEmail has no From address (FromEmailAddress or a From header)");
  const destination = record(body.Destination);
  const recipients =
    body.Destination !== undefined
      ? [
          ...strings(destination.ToAddresses),
          ...strings(destination.CcAddresses),
          ...strings(destination.BccAddresses),
        ]
          .flatMap((a) => parseAddressList(a))
          .map((m) => m.address)
      : [...(headers?.to ?? []), ...(headers?.cc ?? []), ...(headers?.bcc ?? [])].map((m) => m.address);

  const context: Context = {
    "ses:ApiVersion": "2",
    "ses:FromAddress": from.address,
    "ses:Recipients": [...new Set(recipients)],
  };
  if (from.name) context["ses:FromDisplayName"] = from.name;
  const feedback = text(body.FeedbackForwardingEmailAddress) ?? headers?.returnPath;
  if (feedback) context["ses:FeedbackAddress"] = parseAddressList(feedback)[0]?.address ?? feedback;
  const endpoint = text(body.EndpointId);
  if (endpoint) context["ses:MultiRegionEndpointId"] = endpoint;

  const identityArn = (name: string) => arn(scope, "ses", `identity/${name}`);
  const resources = [text(body.FromEmailAddressIdentityArn) ?? identityArn(sesIdentity(scope, from.address))];
  const configurationSet = text(body.ConfigurationSetName);
  if (configurationSet) resources.push(arn(scope, "ses", `configuration-set/${configurationSet}`));
  const template = record(content.Template);
  const templateArn = text(template.TemplateArn);
  const templateName = text(template.TemplateName);
  if (templateArn) resources.push(templateArn);
  else if (templateName) resources.push(arn(scope, "ses", `template/${templateName}`));
  if (scope.caller.sesSandbox) {
    for (const recipient of recipients) resources.push(identityArn(sesIdentity(scope, recipient)));
  }
  return {
    operation: "SendEmail",
    authorizations: resources.map((resource) => authorization(scope, "ses:SendEmail", resource, context)),
  };
}

function rawMessage(content: Record<string, unknown>): Uint8Array | undefined {
  const data = text(record(content.Raw).Data);
  return data === undefined ? undefined : new Uint8Array(Buffer.from(data, "base64"));
}

/** The identity SES resolves for an address: the address identity, else the nearest domain identity. */
function sesIdentity(scope: Scope, address: string): string {
  const known = scope.caller.sesIdentities ?? [];
  const find = (name: string) => known.find((identity) => identity.toLowerCase() === name.toLowerCase());
  const exact = find(address);
  if (exact) return exact;
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  const labels = domain.split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const parent = find(labels.slice(i).join("."));
    if (parent) return parent;
  }
  return domain;
}

export interface Mailbox {
  readonly address: string;
  readonly name?: string;
}

export interface RawMailAddresses {
  readonly from?: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly bcc: readonly Mailbox[];
  /** The Return-Path header's address, if any. */
  readonly returnPath?: string;
}

/** The From/To/Cc/Bcc/Return-Path mailboxes of a raw RFC 5322 message's header section. */
export function parseRawMailAddresses(raw: Uint8Array): RawMailAddresses {
  const message = new TextDecoder("latin1").decode(raw);
  const end = /\r?\n\r?\n/.exec(message);
  const section = end ? message.slice(0, end.index) : message;
  const fields = new Map<string, string[]>();
  for (const line of section.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  const list = (name: string) => (fields.get(name) ?? []).flatMap(parseAddressList);
  const returnPath = list("return-path")[0]?.address;
  return {
    ...(list("from")[0] ? { from: list("from")[0] } : {}),
    to: list("to"),
    cc: list("cc"),
    bcc: list("bcc"),
    ...(returnPath ? { returnPath } : {}),
  };
}

/** An RFC 5322 address list: `a@x`, `Name <a@x>`, `"Q, Name" <a@x>`, groups `g: a@x, b@y;`, comments. */
export function parseAddressList(field: string): Mailbox[] {
  return splitTopLevel(field).flatMap((part) => {
    const mailbox = parseMailbox(part);
    return mailbox ? [mailbox] : [];
  });
}

function splitTopLevel(field: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charAt(i);
    if (quoted) {
      current += c;
      if (c === "\\") current += field.charAt(++i);
      else if (c === '"') quoted = false;
      continue;
    }
    if (comment > 0) {
      if (c === "(") comment++;
      else if (c === ")") comment--;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === "(") {
      comment++;
      continue;
    } else if (c === "<") angle++;
    else if (c === ">") angle = Math.max(0, angle - 1);
    else if (angle === 0 && (c === "," || c === ";")) {
      parts.push(current);
      current = "";
      continue;
    } else if (angle === 0 && c === ":") {
      // A group's display name ends here; its members follow.
      current = "";
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function parseMailbox(part: string): Mailbox | undefined {
  const angle = /<([^>]*)>/.exec(part);
  if (angle) {
    const address = (angle[1] ?? "").trim();
    const name = decodeWords(unquote(part.slice(0, angle.index).trim()));
    if (address === "") return undefined;
    return name ? { address, name } : { address };
  }
  const address = part.trim();
  return address.includes("@") ? { address } : undefined;
}

function unquote(text: string): string {
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    return text.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return text;
}

/** RFC 2047 encoded words (=?charset?B|Q?…?=) in display names. */
function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(
      /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g,
      (whole, charset: string, encoding: string, data: string) => {
        try {
          const bytes =
            encoding.toUpperCase() === "B"
              ? Buffer.from(data, "base64")
              : Buffer.from(
                  data
                    .replace(/_/g, " ")
                    .replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
                  "latin1",
                );
          return new TextDecoder(charset.split("*")[0]).decode(bytes);
        } catch {
          return whole;
        }
      },
    );
}

// ---------------------------------------------------------------------------------------------
// EventBridge Scheduler (restJson1). Schedules: /schedules/{Name}, the group in the GroupName body
// member (create/update) or groupName query (get/delete), "default" when absent; resource
// arn:aws:scheduler:region:account:schedule/{group}/{name}. CreateSchedule and UpdateSchedule list
// iam:PassRole as a dependent action: the target's RoleArn is passed to scheduler.amazonaws.com.
// ListSchedules (GET /schedules) has no resource type: "*".

function scheduler(request: RawRequest, scope: Scope): ServiceCall {
  const path = pathOnly(request);
  const method = request.method.toUpperCase();
  const schedule = /^\/schedules\/([^/]+)$/.exec(path);
  if (schedule) {
    const name = decodeURIComponent(schedule[1] ?? "");
    const body = method === "POST" || method === "PUT" ? jsonBody(request) : {};
    const group = text(body.GroupName) ?? request.query.get("groupName") ?? "default";
    const resource = arn(scope, "scheduler", `schedule/${group}/${name}`);
    const operation = {
      POST: "CreateSchedule",
      PUT: "UpdateSchedule",
      GET: "GetSchedule",
      DELETE: "DeleteSchedule",
    }[method];
    if (!operation) throw new UnrecognisedCallError(`no IAM mapping for Scheduler ${method} ${path}`);
    const authorizations = [authorization(scope, `scheduler:${operation}`, resource)];
    if (operation === "CreateSchedule" || operation === "UpdateSchedule") {
      const roleArn = required(record(body.Target).RoleArn, "Target.RoleArn");
      authorizations.push(
        authorization(scope, "iam:PassRole", roleArn, { "iam:PassedToService": "scheduler.amazonaws.com" }),
      );
    }
    return { operation, authorizations };
  }
  if (path === "/schedules" && method === "GET") {
    return {
      operation: "ListSchedules",
      authorizations: [authorization(scope, "scheduler:ListSchedules", "*")],
    };
  }
  const group = /^\/schedule-groups\/([^/]+)$/.exec(path);
  if (group) {
    const resource = arn(scope, "scheduler", `schedule-group/${decodeURIComponent(group[1] ?? "")}`);
    const operation = { POST: "CreateScheduleGroup", GET: "GetScheduleGroup", DELETE: "DeleteScheduleGroup" }[
      method
    ];
    if (operation)
      return { operation, authorizations: [authorization(scope, `scheduler:${operation}`, resource)] };
  }
  if (path === "/schedule-groups" && method === "GET") {
    return {
      operation: "ListScheduleGroups",
      authorizations: [authorization(scope, "scheduler:ListScheduleGroups", "*")],
    };
  }
  throw new UnrecognisedCallError(`no IAM mapping for Scheduler ${method} ${path}`);
}

// ---------------------------------------------------------------------------------------------
// Secrets Manager (awsJson1_1, X-Amz-Target secretsmanager.<Op>). The resource is the secret's
// full ARN (…:secret:name-AbCdEf). A SecretId given as a name or a partial ARN (without the
// six-character suffix) is resolved against CallerContext.secretArns; an unknown one keeps the
// suffix-less ARN, which an exact grant will not match, as AWS would not either.
// Condition keys: secretsmanager:SecretId (the secret's ARN), secretsmanager:VersionId,
// secretsmanager:VersionStage when the request names them.

const SECRET_OPERATIONS = new Set([
  "GetSecretValue",
  "DescribeSecret",
  "PutSecretValue",
  "GetResourcePolicy",
]);

function secretsManager(request: RawRequest, scope: Scope): ServiceCall {
  const operation = target(request, "secretsmanager");
  if (!SECRET_OPERATIONS.has(operation)) {
    throw new UnrecognisedCallError(`no IAM mapping for Secrets Manager ${operation}`);
  }
  const body = jsonBody(request);
  const secretArn = resolveSecret(scope, required(body.SecretId, "SecretId"));
  const context: Context = { "secretsmanager:SecretId": secretArn };
  const versionId = text(body.VersionId);
  const versionStage = text(body.VersionStage);
  if (versionId) context["secretsmanager:VersionId"] = versionId;
  if (versionStage) context["secretsmanager:VersionStage"] = versionStage;
  return {
    operation,
    authorizations: [authorization(scope, `secretsmanager:${operation}`, secretArn, context)],
  };
}

function resolveSecret(scope: Scope, secretId: string): string {
  const known = scope.caller.secretArns ?? [];
  if (known.includes(secretId)) return secretId;
  const partial = secretId.startsWith("arn:") ? secretId : arn(scope, "secretsmanager", `secret:${secretId}`);
  const matches = known.filter(
    (full) => full === partial || new RegExp(`^${escapeRegExp(partial)}-[A-Za-z0-9]{6}$`).test(full),
  );
  if (matches.length === 1) return matches[0] as string;
  return partial;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------
// SQS (awsJson1_0 with X-Amz-Target AmazonSQS.<Op>; the older query protocol's Action= form is
// read too). The queue ARN comes from QueueUrl (…/<account>/<queueName>); batch operations
// authorize the single-message action (SendMessageBatch → sqs:SendMessage, …).

const SQS_ACTIONS: Readonly<Record<string, string>> = {
  SendMessage: "sqs:SendMessage",
  SendMessageBatch: "sqs:SendMessage",
  ReceiveMessage: "sqs:ReceiveMessage",
  DeleteMessage: "sqs:DeleteMessage",
  DeleteMessageBatch: "sqs:DeleteMessage",
  ChangeMessageVisibility: "sqs:ChangeMessageVisibility",
  ChangeMessageVisibilityBatch: "sqs:ChangeMessageVisibility",
  GetQueueAttributes: "sqs:GetQueueAttributes",
  GetQueueUrl: "sqs:GetQueueUrl",
  PurgeQueue: "sqs:PurgeQueue",
};

function sqs(request: RawRequest, scope: Scope): ServiceCall {
  let operation: string;
  let body: Record<string, unknown>;
  if (header(request, "x-amz-target")) {
    operation = target(request, "AmazonSQS");
    body = jsonBody(request);
  } else {
    const form = new URLSearchParams(new TextDecoder().decode(request.body));
    operation = form.get("Action") ?? request.query.get("Action") ?? "";
    body = Object.fromEntries(form.entries());
  }
  const action = SQS_ACTIONS[operation];
  if (!action) throw new UnrecognisedCallError(`no IAM mapping for SQS ${operation || "(no action)"}`);
  const queueArn =
    operation === "GetQueueUrl"
      ? arn(
          scope,
          "sqs",
          required(body.QueueName, "QueueName"),
          scope.region,
          text(body.QueueOwnerAWSAccountId) ?? scope.account,
        )
      : queueArnFromUrl(scope, required(body.QueueUrl, "QueueUrl"));
  return { operation, authorizations: [authorization(scope, action, queueArn)] };
}

function queueArnFromUrl(scope: Scope, queueUrl: string): string {
  let url: URL;
  try {
    url = new URL(queueUrl);
  } catch (cause) {
    throw new UnrecognisedCallError(`QueueUrl is not a URL: ${queueUrl}`, { cause });
  }
  const [account, name, extra] = url.pathname.replace(/^\//, "").split("/");
  if (!account || !name || extra !== undefined)
    throw new UnrecognisedCallError(`QueueUrl has no /account/name: ${queueUrl}`);
  const region = /^sqs\.([a-z0-9-]+)\./.exec(url.hostname)?.[1] ?? scope.region;
  return arn(scope, "sqs", decodeURIComponent(name), region, account);
}

// ---------------------------------------------------------------------------------------------
// Lambda (restJson1): POST /2015-03-31/functions/{FunctionName}/invocations → lambda:InvokeFunction
// on the function's ARN, qualified by the version or alias when one is named (in the name or the
// Qualifier query). FunctionName may be a name, name:qualifier, a partial ARN
// (account:function:name) or a full ARN ("Invoke" API reference, "Name formats"). "Fine-tuning the
// Resources and Conditions sections of policies": functions can be restricted by function,
// version or alias ARN.

function lambda(request: RawRequest, scope: Scope): ServiceCall {
  const path = pathOnly(request);
  const invoke = /^\/2015-03-31\/functions\/([^/]+)\/invocations\/?$/.exec(path);
  if (request.method.toUpperCase() !== "POST" || !invoke) {
    throw new UnrecognisedCallError(`no IAM mapping for Lambda ${request.method} ${path}`);
  }
  const resource = functionArn(scope, decodeURIComponent(invoke[1] ?? ""), request.query.get("Qualifier"));
  return { operation: "Invoke", authorizations: [authorization(scope, "lambda:InvokeFunction", resource)] };
}

function functionArn(scope: Scope, functionName: string, qualifier: string | null): string {
  const parts = functionName.split(":");
  let region = scope.region;
  let account = scope.account;
  let name: string;
  let embedded: string | undefined;
  if (parts[0] === "arn") {
    // arn:partition:lambda:region:account:function:name[:qualifier]
    region = parts[3] ?? region;
    account = parts[4] ?? account;
    name = parts[6] ?? "";
    embedded = parts[7];
  } else if (parts[1] === "function") {
    // account:function:name[:qualifier]
    account = parts[0] ?? account;
    name = parts[2] ?? "";
    embedded = parts[3];
  } else {
    name = parts[0] ?? "";
    embedded = parts[1];
  }
  if (name === "") throw new UnrecognisedCallError(`unreadable FunctionName "${functionName}"`);
  const version = qualifier ?? embedded;
  return arn(scope, "lambda", `function:${name}${version ? `:${version}` : ""}`, region, account);
}
