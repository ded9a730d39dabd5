/**
 * The endpoint one function's AWS SDK talks to (AWS_ENDPOINT_URL): every request is mapped to the
 * IAM authorizations AWS would perform and evaluated against that function's synthesized role
 * policy; a call AWS would deny gets AWS's AccessDenied answer and is recorded. Allowed calls go
 * on, unchanged, to the stand-in of their service.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type AwsCall, type CallerContext, type RawRequest, signedAt } from "./aws-request-parts";
import { describeCall } from "./aws-requests";
import { evaluate } from "./iam-policy";
import type { AuthorizationRequest, PolicyDocument } from "./iam-policy-document";

export interface Denial {
  readonly functionName: string;
  readonly service: string;
  readonly operation: string;
  readonly authorization: AuthorizationRequest;
  readonly detail: string;
}

/** A service whose request or answer local mode adjusts, as the real service would (SES's Message-ID). */
export interface ServiceHook {
  handle(
    call: AwsCall,
    request: RawRequest,
    forward: (body: Uint8Array) => Promise<Upstream>,
  ): Promise<Upstream>;
}

export interface Upstream {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** Fault injection: the call fails without effect ("before"), or takes effect and its caller dies ("after"). */
export type Fault = "before" | "after";

export interface GatewayOptions {
  readonly functionName: string;
  /** Decides, for each call in arrival order, whether a fault is injected. */
  readonly fault?: (call: AwsCall) => Fault | null;
  /** Ends the calling function's invocation, as a crash would (after an "after" fault). */
  readonly crash?: () => void;
  /** The identity policies of the calling function's role, as the template resolves them. */
  readonly policies: readonly PolicyDocument[];
  readonly caller: CallerContext;
  /** Base URL of the stand-in for each signing name (dynamodb, s3, ses, scheduler, secretsmanager). */
  readonly upstreams: Readonly<Record<string, string>>;
  readonly hooks?: Readonly<Record<string, ServiceHook>>;
  readonly onDenied: (denial: Denial) => void;
}

export interface Gateway {
  readonly endpoint: string;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** AccessDenied as each protocol spells it: XML for S3, a JSON error type for the others. */
function accessDenied(service: string, message: string): Upstream {
  if (service === "s3") {
    return {
      status: 403,
      headers: { "content-type": "application/xml" },
      body: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>${message.replace(/[<&>]/g, "")}</Message></Error>`,
      ),
    };
  }
  const type =
    service === "dynamodb"
      ? "com.amazonaws.dynamodb.v20120810#AccessDeniedException"
      : "AccessDeniedException";
  return {
    status: 400,
    headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-errortype": "AccessDeniedException" },
    body: Buffer.from(JSON.stringify({ __type: type, message, Message: message })),
  };
}

/**
 * S3 tells a caller that may not list the bucket AccessDenied, not NoSuchKey, for a missing object
 * (so the caller learns nothing about which keys exist). s3rver always says NoSuchKey.
 */
function asS3AnswersWithoutListing(
  call: AwsCall,
  answer: Upstream,
  policies: readonly PolicyDocument[],
): Upstream {
  const read = call.authorizations.find((authorization) => authorization.action === "s3:GetObject");
  if (call.service !== "s3" || answer.status !== 404 || !read) return answer;
  const bucketArn = read.resource.slice(0, read.resource.indexOf("/"));
  const key = read.resource.slice(read.resource.indexOf("/") + 1);
  const listing = {
    action: "s3:ListBucket",
    resource: bucketArn,
    context: { ...read.context, "s3:prefix": key },
  };
  return evaluate(policies, listing).allowed ? answer : accessDenied("s3", "Access Denied");
}

/** A definite, non-retryable error: the SDK gives up at once and the function sees it. */
function injectedFault(call: AwsCall): Upstream {
  const message = `injected fault before ${call.service}:${call.operation}`;
  if (call.service === "s3") {
    return {
      status: 400,
      headers: { "content-type": "application/xml" },
      body: Buffer.from(
        `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InjectedFault</Code><Message>${message}</Message></Error>`,
      ),
    };
  }
  return {
    status: 400,
    headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-errortype": "InjectedFault" },
    body: Buffer.from(JSON.stringify({ __type: "InjectedFault", message, Message: message })),
  };
}

function forwardTo(base: string, request: RawRequest, body: Uint8Array, service: string): Promise<Upstream> {
  const target = new URL(request.path + (request.query.size ? `?${request.query}` : ""), base);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === "string") headers[name] = value;
  headers["content-length"] = String(body.byteLength);
  // s3rver checks a V4 request's clock skew (not its signature): the bundle's clock may have travelled.
  if (service === "s3") headers["x-amz-date"] = new Date().toISOString().replace(/[-:]|\.\d{3}/g, "");
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(target, { method: request.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 500,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    });
    upstream.on("error", reject);
    upstream.end(body);
  });
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? "/", "http://localhost");
    const body = await readBody(incoming);
    const request: RawRequest = {
      method: incoming.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(
        Object.entries(incoming.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(",") : value,
        ]),
      ),
      body,
    };
    let answer: Upstream;
    try {
      const call = describeCall(request, options.caller);
      const denied = call.authorizations
        .map((authorization) => ({ authorization, decision: evaluate(options.policies, authorization) }))
        .find(({ decision }) => !decision.allowed);
      if (denied && !denied.decision.allowed) {
        const detail = `${options.functionName} is not authorized to perform ${denied.authorization.action} on resource ${denied.authorization.resource} (${denied.decision.reason}: ${denied.decision.detail})`;
        options.onDenied({
          functionName: options.functionName,
          service: call.service,
          operation: call.operation,
          authorization: denied.authorization,
          detail,
        });
        answer = accessDenied(call.service, detail);
      } else {
        const base = options.upstreams[call.service];
        if (!base) throw new Error(`No local stand-in for ${call.service} (${call.operation})`);
        const fault = options.fault?.(call) ?? null;
        if (fault === "before") {
          answer = injectedFault(call);
        } else {
          const forward = (forwardedBody: Uint8Array) =>
            forwardTo(base, request, forwardedBody, call.service);
          const hook = options.hooks?.[call.service];
          answer = hook ? await hook.handle(call, request, forward) : await forward(body);
          answer = asS3AnswersWithoutListing(call, answer, options.policies);
          if (fault === "after") {
            // The answer never arrives: the caller is gone (no SDK retry can slip out before it is).
            options.crash?.();
            return;
          }
        }
      }
    } catch (error) {
      answer = {
        status: 500,
        headers: { "content-type": "application/json", "x-amzn-errortype": "InternalFailure" },
        body: Buffer.from(JSON.stringify({ message: `local gateway: ${(error as Error).message}` })),
      };
    }
    const headers = { ...answer.headers };
    delete headers["transfer-encoding"];
    headers["content-length"] = String(answer.body.byteLength);
    // The answer is dated when the caller signed, on the caller's (travelled) clock: a stand-in's
    // real-time Date would make the SDK "correct" its clock skew and sign on real time from then on.
    const signed = signedAt(request);
    if (signed) headers.date = signed.toUTCString();
    response.writeHead(answer.status, headers).end(answer.body);
  }

  const server: Server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
