import {
  authorization,
  type Context,
  header,
  pathOnly,
  type RawRequest,
  type Scope,
  type ServiceCall,
  UnrecognisedCallError,
} from "./aws-request-parts";

// S3 (REST-XML). The SDK addresses a loopback IP endpoint path-style (/bucket/key); a
// virtual-hosted Host (bucket.s3.…) is read too. Object ARNs are arn:aws:s3:::bucket/key.
// GetObject and HeadObject → s3:GetObject; ListObjects(V2) and HeadBucket → s3:ListBucket on the
// bucket with s3:prefix / s3:delimiter / s3:max-keys when given; DeleteObjects → s3:DeleteObject
// per key (s3:DeleteObjectVersion with a VersionId); CopyObject → s3:PutObject on the target and
// s3:GetObject on the source.

export function s3(request: RawRequest, scope: Scope): ServiceCall {
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
