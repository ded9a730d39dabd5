/**
 * One builder per dependency, each reading only its own environment variables (lambdas/config/env.ts)
 * and creating its AWS client on first use. A handler composes the builders it needs, so a
 * function's environment and IAM grants can be exactly what its handler uses.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DynamoInterviewStore } from "../adapters/dynamo-interview-store";
import { EventBridgeReminderScheduler } from "../adapters/eventbridge-reminder-scheduler";
import { MeteredMailer, MeteredScheduler } from "../adapters/metered";
import { S3RawMailStore } from "../adapters/s3-raw-mail-store";
import { SesMailer } from "../adapters/ses-mailer";
import { ENV, requireEnv } from "../config/env";
import { type PolicyConfig, resolvePolicy } from "../domain/config";
import type { Meter } from "../observability/catalogue";
import type { InterviewStore, Mailer, RawMailStore, ReminderScheduler } from "../ports";
import type { Settings } from "../use-cases/deps";

type Env = NodeJS.ProcessEnv;

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

/** One client per service and container: connections are reused across events. */
function once<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= create();
    return value;
  };
}

const clients = {
  dynamodb: once(() => new DynamoDBClient({})),
  s3: once(() => new S3Client({})),
  ses: once(() => new SESv2Client({})),
  scheduler: once(() => new SchedulerClient({})),
};

export function settingsFrom(env: Env): Settings {
  const overrides = env[ENV.policy] ? (JSON.parse(env[ENV.policy] ?? "{}") as Partial<PolicyConfig>) : {};
  return {
    owners: list(env[ENV.owners]),
    allowedDomains: list(env[ENV.allowedDomains]),
    inboundAddress: requireEnv(ENV.inboundAddress, env).toLowerCase(),
    policy: resolvePolicy(overrides),
  };
}

export function interviewStoreFrom(env: Env): InterviewStore {
  return new DynamoInterviewStore({ client: clients.dynamodb(), tableName: requireEnv(ENV.tableName, env) });
}

export function rawMailStoreFrom(env: Env): RawMailStore {
  return new S3RawMailStore({ client: clients.s3(), bucket: requireEnv(ENV.rawMailBucket, env) });
}

/** Schedules, each call counted (ScheduleOperations). */
export function reminderSchedulerFrom(env: Env, meter: Meter): ReminderScheduler {
  const scheduler = new EventBridgeReminderScheduler({
    client: clients.scheduler(),
    groupName: requireEnv(ENV.scheduleGroup, env),
    targetArn: reminderTargetArn(env),
    roleArn: requireEnv(ENV.schedulerRoleArn, env),
    deadLetterArn: requireEnv(ENV.schedulerDeadLetterArn, env),
  });
  return new MeteredScheduler(scheduler, meter);
}

/**
 * The reminder function's ARN: given to the functions that schedule it. The reminder function
 * itself, which schedules a prompt again after quiet hours, cannot be given its own ARN (a template
 * cannot refer a function to itself): it builds it from the name and region Lambda gives every
 * function and the partition and account of the scheduler role's ARN (arn:aws:iam::<account>:role/…).
 */
function reminderTargetArn(env: Env): string {
  const given = env[ENV.reminderFunctionArn];
  if (given) return given;
  const [, partition, , , account] = requireEnv(ENV.schedulerRoleArn, env).split(":");
  const region = requireEnv("AWS_REGION", env);
  return `arn:${partition}:lambda:${region}:${account}:function:${requireEnv("AWS_LAMBDA_FUNCTION_NAME", env)}`;
}

/** SES, each send counted (EmailsSent, SendFailures). */
export function mailerFrom(env: Env, meter: Meter): Mailer {
  const configurationSetName = env[ENV.configurationSet];
  const mailer = new SesMailer({
    client: clients.ses(),
    ...(configurationSetName ? { configurationSetName } : {}),
  });
  return new MeteredMailer(mailer, meter);
}

/** The HMAC key for signed reply addresses, read from Secrets Manager on every (re)build of the deps. */
export async function signingSecretFrom(env: Env): Promise<string> {
  const arn = requireEnv(ENV.signingSecretArn, env);
  // Imported here: the digest never signs, so its cold start does not load this client.
  const { GetSecretValueCommand, SecretsManagerClient } = await import("@aws-sdk/client-secrets-manager");
  const client = new SecretsManagerClient({});
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: arn }));
    if (!SecretString) throw new Error(`Secret ${arn} has no value`);
    return SecretString;
  } finally {
    client.destroy();
  }
}
