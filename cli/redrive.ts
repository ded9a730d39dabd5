import { localSettings } from "../local/settings";
import { CliError, parseOptions } from "./common";

/**
 * `followup redrive`: processes again what could not be processed. Locally it replays the
 * local product's dead letters; deployed (`--queue-url` and `--function`) it reads the Lambda
 * on-failure queue and invokes the function again with each original event, deleting a message
 * only once its event was handed back to Lambda. Raw mail stays in S3 throughout.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    "queue-url": { type: "string" },
    function: { type: "string" },
    region: { type: "string" },
  });
  if (values["queue-url"] || values.function) {
    if (!values["queue-url"] || !values.function)
      throw new CliError("deployed redrive needs both --queue-url and --function");
    const moved = await redriveDeployed(values["queue-url"], values.function, values.region);
    process.stdout.write(`Redriven ${moved} failed event(s) to ${values.function}.\n`);
    return 0;
  }
  const base = `http://127.0.0.1:${localSettings().controlPort}`;
  let response: Response;
  try {
    response = await fetch(`${base}/redrive`, { method: "POST" });
  } catch {
    throw new CliError(`nothing is listening on ${base}; start the local product with "npm start"`);
  }
  const body = (await response.json()) as { redriven?: number; remaining?: number; message?: string };
  if (!response.ok) throw new CliError(body.message ?? `the local product answered ${response.status}`);
  process.stdout.write(`Redriven ${body.redriven}; ${body.remaining} still failing.\n`);
  return body.remaining ? 1 : 0;
}

async function redriveDeployed(
  queueUrl: string,
  functionName: string,
  region: string | undefined,
): Promise<number> {
  const { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } = await import("@aws-sdk/client-sqs");
  const { InvokeCommand, LambdaClient } = await import("@aws-sdk/client-lambda");
  const sqs = new SQSClient(region ? { region } : {});
  const lambda = new LambdaClient(region ? { region } : {});
  let moved = 0;
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    if (Messages.length === 0) return moved;
    for (const message of Messages) {
      // A Lambda on-failure record carries the original event as requestPayload.
      const record = JSON.parse(message.Body ?? "{}") as { requestPayload?: unknown };
      if (record.requestPayload === undefined) continue;
      await lambda.send(
        new InvokeCommand({
          FunctionName: functionName,
          InvocationType: "Event",
          Payload: JSON.stringify(record.requestPayload),
        }),
      );
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
      moved++;
    }
  }
}
