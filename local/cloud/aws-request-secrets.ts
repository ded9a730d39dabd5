import {
  arn,
  authorization,
  type Context,
  jsonBody,
  type RawRequest,
  required,
  type Scope,
  type ServiceCall,
  target,
  text,
  UnrecognisedCallError,
} from "./aws-request-parts";

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

export function secretsManager(request: RawRequest, scope: Scope): ServiceCall {
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
