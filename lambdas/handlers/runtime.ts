/**
 * Builds the use cases' dependencies from the environment, once per cold start. Local mode runs
 * the same code with clients pointed at the stand-ins.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DateTime } from "luxon";
import { DynamoInterviewStore } from "../adapters/dynamo-interview-store";
import { EventBridgeReminderScheduler } from "../adapters/eventbridge-reminder-scheduler";
import { S3RawMailStore } from "../adapters/s3-raw-mail-store";
import { SesMailer } from "../adapters/ses-mailer";
import { ENV, requireEnv } from "../config/env";
import { type PolicyConfig, resolvePolicy } from "../domain/config";
import type { Clock } from "../ports";
import type { AppConfig, Deps } from "../use-cases/deps";

const systemClock: Clock = { now: () => DateTime.now() };

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

/** The signing secret: from Secrets Manager when deployed, from the environment locally. */
async function signingSecret(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.SIGNING_SECRET) return env.SIGNING_SECRET;
  const arn = requireEnv(ENV.signingSecretArn, env);
  // Loaded only here, so the reminder path's cold start does not pay for it twice.
  const { GetSecretValueCommand, SecretsManagerClient } = await import("@aws-sdk/client-secrets-manager");
  const { SecretString } = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: arn }),
  );
  if (!SecretString) throw new Error(`Secret ${arn} has no value`);
  return SecretString;
}

export async function appConfigFrom(env: NodeJS.ProcessEnv): Promise<AppConfig> {
  const overrides = env[ENV.policy] ? (JSON.parse(env[ENV.policy] ?? "{}") as Partial<PolicyConfig>) : {};
  return {
    owners: list(env[ENV.owners]),
    allowedDomains: list(env[ENV.allowedDomains]),
    inboundAddress: requireEnv(ENV.inboundAddress, env).toLowerCase(),
    signingSecret: await signingSecret(env),
    policy: resolvePolicy(overrides),
  };
}

export interface AwsClients {
  readonly dynamodb: DynamoDBClient;
  readonly s3: S3Client;
  readonly ses: SESv2Client;
  readonly scheduler: SchedulerClient;
}

function defaultClients(): AwsClients {
  return {
    dynamodb: new DynamoDBClient({}),
    s3: new S3Client({}),
    ses: new SESv2Client({}),
    scheduler: new SchedulerClient({}),
  };
}

/** Local mode passes clients pointed at the stand-ins and its own clock; Lambda uses the defaults. */
export async function depsFrom(
  env: NodeJS.ProcessEnv = process.env,
  clock: Clock = systemClock,
  clients: AwsClients = defaultClients(),
): Promise<Deps> {
  const config = await appConfigFrom(env);
  return {
    clock,
    config,
    rawMail: new S3RawMailStore({ client: clients.s3, bucket: requireEnv(ENV.rawMailBucket, env) }),
    interviews: new DynamoInterviewStore({
      client: clients.dynamodb,
      tableName: requireEnv(ENV.tableName, env),
    }),
    scheduler: new EventBridgeReminderScheduler({
      client: clients.scheduler,
      groupName: requireEnv(ENV.scheduleGroup, env),
      targetArn: requireEnv(ENV.reminderFunctionArn, env),
      roleArn: requireEnv(ENV.schedulerRoleArn, env),
      deadLetterArn: env[ENV.schedulerDeadLetterArn],
    }),
    mailer: new SesMailer({ client: clients.ses }),
  };
}

/** Dependencies built on first use and kept for the life of the Lambda container. */
export function lazyDeps(build: () => Promise<Deps> = () => depsFrom()): () => Promise<Deps> {
  let deps: Promise<Deps> | undefined;
  return () => {
    deps ??= build();
    return deps;
  };
}

/** One JSON line per event: CloudWatch Logs Insights can query it. */
export function logOutcome(fields: Record<string, unknown>): void {
  console.log(JSON.stringify(fields));
}
