import {
  arn,
  authorization,
  header,
  jsonBody,
  type RawRequest,
  required,
  type Scope,
  type ServiceCall,
  target,
  text,
  UnrecognisedCallError,
} from "./aws-request-parts";

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

export function sqs(request: RawRequest, scope: Scope): ServiceCall {
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
