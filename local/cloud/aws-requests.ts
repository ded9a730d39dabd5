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
import { dynamodb } from "./aws-request-dynamodb";
import { lambda } from "./aws-request-lambda";
import {
  type AwsCall,
  type CallerContext,
  credentialScope,
  dedupe,
  globalContext,
  type RawRequest,
  type Scope,
  type ServiceCall,
  UnrecognisedCallError,
} from "./aws-request-parts";
import { s3 } from "./aws-request-s3";
import { scheduler } from "./aws-request-scheduler";
import { secretsManager } from "./aws-request-secrets";
import { ses } from "./aws-request-ses";
import { sqs } from "./aws-request-sqs";

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

export function named(scope: Scope, call: ServiceCall): AwsCall {
  return {
    service: call.service ?? scope.service,
    operation: call.operation,
    authorizations: call.authorizations,
  };
}
