/**
 * The synthesized stack, running on this machine. Everything comes from the cloud assembly:
 * which functions exist (their bundles, environments, timeouts, retries and failure destinations),
 * the table's keys, the buckets, schedule groups and schedules, the secrets, the receipt rule that
 * stores mail and invokes the inbound function, and the IAM policies every call is checked against.
 * Ref and GetAtt resolve to the names of the local stand-ins: dynalite, s3rver, aws-ses-v2-local,
 * our EventBridge Scheduler and Secrets Manager.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import {
  type AttributeDefinition,
  CreateTableCommand,
  DynamoDBClient,
  type KeySchemaElement,
  ResourceInUseException,
} from "@aws-sdk/client-dynamodb";
import { CreateBucketCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import sesLocalModule from "aws-ses-v2-local";
import dynalite from "dynalite";
import type { DateTime } from "luxon";
import S3rver from "s3rver";
import { type SchedulerStandIn, startSchedulerStandIn } from "../standins/scheduler";
import { readStateFile, writeFileAtomic } from "../standins/state-file";
import { STACK_NAME, synthesizeAssembly } from "./assembly";
import { functionLogs } from "./function-logs";
import { type Denial, type Fault, type Gateway, startGateway } from "./gateway";
import { evaluate, principalAllows } from "./iam-policy";
import type { PolicyDocument, PolicyStatement } from "./iam-policy-document";
import { LambdaRuntime, type OnFailureRecord } from "./lambda-runtime";
import type { LocalFunction } from "./local-functions";
import {
  type MailReceiving,
  type ReceiptRule,
  receiptRules,
  startMailReceiving,
  type Verdicts,
} from "./mail-receiving";
import { startSecretsManager } from "./secrets-manager";
import { type SendingLimits, type SesOutbound, sesOutbound } from "./ses-outbound";
import { type LocalAccount, resolver, resourcesOfType, type Template } from "./template";

// A CommonJS module with `exports.default`: under ESM the function sits one level down.
const sesLocal = (sesLocalModule as unknown as { default?: typeof sesLocalModule }).default ?? sesLocalModule;

export const LOCAL_ACCOUNT: LocalAccount = {
  region: "us-east-1",
  accountId: "000000000000",
  stackName: STACK_NAME,
};
/** s3rver accepts only its own key pair; the other stand-ins accept any. */
export const LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface LocalCloudOptions {
  /** The deployment configuration, as cdk.json's `followup` block or followup.config.json holds it. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly dataDir: string;
  readonly clock: () => DateTime;
  readonly ports?: { readonly smtp?: number; readonly ses?: number };
  /** Tests only: change the synthesized template before it runs (e.g. drop one binding). */
  readonly alterTemplate?: (template: Template) => Template;
  /** Stand-ins for SES's SPF/DKIM/DMARC/spam/virus verdicts of loopback mail. @default all PASS */
  readonly verdicts?: () => Verdicts;
  /** The SES account's sending rate and 24-hour quota, enforced as SES does. @default none */
  readonly sendingLimits?: SendingLimits | null;
}

/** The `occurrence`-th call (1-based) of this service and operation from now on fails. */
export interface PlannedFault {
  readonly service: string;
  readonly operation: string;
  readonly occurrence: number;
  readonly when: Fault;
}

export interface CallRecord {
  readonly functionName: string;
  readonly service: string;
  readonly operation: string;
}

export interface DeadLetter {
  readonly queueArn: string;
  readonly record: OnFailureRecord;
}

export interface LocalCloud {
  readonly runtime: LambdaRuntime;
  /** The stack's functions by their construct id: Inbound, Reminder, Digest. */
  readonly functions: Readonly<Record<string, LocalFunction>>;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly sesUrl: string;
  readonly scheduler: SchedulerStandIn;
  /** Names of the recurring schedules the template creates (the digest). */
  readonly recurringSchedules: readonly string[];
  readonly ses: SesOutbound;
  readonly tableName: string;
  readonly bucket: string;
  readonly inboundAddress: string;
  /** Clients with full access to the stand-ins, for setting up and inspecting (not for functions). */
  readonly clients: {
    readonly dynamodb: DynamoDBClient;
    readonly s3: S3Client;
    readonly scheduler: SchedulerClient;
  };
  /** Every call AWS would have denied, since the start. */
  denials(): readonly Denial[];
  /** Events in the on-failure destinations (Lambda's dead-letter queues). */
  deadLetters(): readonly DeadLetter[];
  removeDeadLetter(letter: DeadLetter): void;
  /**
   * Fault injection: take a stand-in off the network and bring it back on the same port, data
   * intact; or fail one call (by its number in `calls()`), before it takes effect or just after.
   */
  readonly faults: {
    stop(service: "dynamodb" | "ses"): Promise<void>;
    start(service: "dynamodb" | "ses"): Promise<void>;
    inject(fault: PlannedFault | null): void;
    /** Whether the fault last injected has struck. */
    struck(): boolean;
  };
  /** The file holding what a function logged (the log group CloudWatch Logs would keep). */
  logFileOf(fn: LocalFunction): string;
  /** Every AWS call the functions made, in arrival order. */
  calls(): readonly CallRecord[];
  /** What was lost from local state files at start (a line each, file and line named); also on stderr. */
  damage(): readonly string[];
  stop(): Promise<void>;
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

function statements(document: PolicyDocument): PolicyStatement[] {
  return [document.Statement].flat();
}

/** The identity policies of a role: its inline policies and every AWS::IAM::Policy attached to it. */
function rolePolicies(
  template: Template,
  resolve: (value: unknown) => unknown,
  roleArn: string,
): PolicyDocument[] {
  const [roleId, role] =
    resourcesOfType(template, "AWS::IAM::Role").find(
      ([logicalId]) => resolve({ "Fn::GetAtt": [logicalId, "Arn"] }) === roleArn,
    ) ?? [];
  if (!roleId || !role) return [];
  const roleName = resolve({ Ref: roleId });
  const inline = ((role.Properties?.Policies as Array<{ PolicyDocument: unknown }> | undefined) ?? []).map(
    (policy) => resolve(policy.PolicyDocument) as PolicyDocument,
  );
  const attached = resourcesOfType(template, "AWS::IAM::Policy")
    .map(([, policy]) => resolve(policy.Properties) as { Roles?: string[]; PolicyDocument: PolicyDocument })
    .filter((policy) => policy.Roles?.includes(String(roleName)))
    .map((policy) => policy.PolicyDocument);
  return [...inline, ...attached];
}

function roleTrust(
  template: Template,
  resolve: (value: unknown) => unknown,
  roleArn: string,
): PolicyDocument | null {
  const found = resourcesOfType(template, "AWS::IAM::Role").find(
    ([logicalId]) => resolve({ "Fn::GetAtt": [logicalId, "Arn"] }) === roleArn,
  );
  return found ? (resolve(found[1].Properties?.AssumeRolePolicyDocument) as PolicyDocument) : null;
}

/** The statements of a resource policy that apply to a service principal (or to everyone). */
function forService(document: PolicyDocument, service: string): PolicyDocument {
  const applies = (principal: unknown): boolean => {
    if (principal === "*") return true;
    const { Service, AWS } = (principal ?? {}) as { Service?: string | string[]; AWS?: string | string[] };
    return [Service ?? []].flat().includes(service) || [AWS ?? []].flat().includes("*");
  };
  return { Statement: statements(document).filter((statement) => applies(statement.Principal)) };
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const account = LOCAL_ACCOUNT;
  const assembly = await synthesizeAssembly(options.config);
  const template = options.alterTemplate
    ? options.alterTemplate(structuredClone(assembly.template))
    : assembly.template;
  const resolve = resolver(template, account);
  const now = () => options.clock().toMillis();
  mkdirSync(options.dataDir, { recursive: true });
  // Read before any server starts: a damaged file stops the start with nothing left running.
  const deadLetterFile = join(options.dataDir, "dead-letters.json");
  const deadLetters = readStateFile<DeadLetter[]>(deadLetterFile, []);
  const denials: Denial[] = [];
  const calls: CallRecord[] = [];
  let plannedFault: PlannedFault | null = null;
  let matching = 0;
  let struck = false;
  const damage: string[] = [];
  const onDamage = (message: string) => {
    damage.push(message);
    console.error(`local state: ${message}`);
  };
  const deny = (denial: Denial) => {
    denials.push(denial);
    console.error(`local IAM: AccessDenied: ${denial.detail}`);
  };

  // DynamoDB, S3 and SES stand-ins, on loopback.
  mkdirSync(join(options.dataDir, "dynamodb"), { recursive: true });
  mkdirSync(join(options.dataDir, "s3"), { recursive: true });
  const dynamo: Server = dynalite({
    path: join(options.dataDir, "dynamodb"),
    createTableMs: 0,
    deleteTableMs: 0,
  });
  const dynamoPort = await listen(dynamo);
  const s3 = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: join(options.dataDir, "s3"),
  });
  const { port: s3Port } = await s3.run();
  const sesServer: Server = await sesLocal({ host: "127.0.0.1", port: options.ports?.ses ?? 0 });
  const sesPort = (sesServer.address() as AddressInfo).port;
  const common = { region: account.region, credentials: LOCAL_CREDENTIALS };
  const clients = {
    dynamodb: new DynamoDBClient({ ...common, endpoint: `http://127.0.0.1:${dynamoPort}` }),
    s3: new S3Client({ ...common, endpoint: `http://127.0.0.1:${s3Port}`, forcePathStyle: true }),
    scheduler: undefined as unknown as SchedulerClient,
  };

  // The stack's resources, as CloudFormation would create them.
  let tableName = "";
  for (const [logicalId, resource] of [
    ...resourcesOfType(template, "AWS::DynamoDB::GlobalTable"),
    ...resourcesOfType(template, "AWS::DynamoDB::Table"),
  ]) {
    const props = resolve(resource.Properties) as {
      KeySchema: KeySchemaElement[];
      AttributeDefinitions: AttributeDefinition[];
    };
    tableName = String(resolve({ Ref: logicalId }));
    await clients.dynamodb
      .send(
        new CreateTableCommand({
          TableName: tableName,
          KeySchema: props.KeySchema,
          AttributeDefinitions: props.AttributeDefinitions,
          BillingMode: "PAY_PER_REQUEST",
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ResourceInUseException)) throw error;
      });
  }
  const buckets = resourcesOfType(template, "AWS::S3::Bucket").map(([logicalId]) =>
    String(resolve({ Ref: logicalId })),
  );
  for (const bucket of buckets) {
    await clients.s3.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: { name?: string }) => {
      if (error.name !== "BucketAlreadyOwnedByYou" && error.name !== "BucketAlreadyExists") throw error;
    });
  }
  const secrets = await startSecretsManager({
    secrets: resourcesOfType(template, "AWS::SecretsManager::Secret").map(([logicalId, resource]) => ({
      arn: String(resolve({ Ref: logicalId })),
      name:
        String(resolve({ Ref: logicalId }))
          .split(":secret:")[1]
          ?.replace(/-LOCAL0$/, "") ?? logicalId,
      generate: resource.Properties?.GenerateSecretString as Record<string, never> | undefined,
    })),
    stateFile: join(options.dataDir, "secrets.json"),
    now,
  });
  const ses = sesOutbound({
    region: account.region,
    inboxFile: join(options.dataDir, "ses-inbox.jsonl"),
    now,
    onDamage,
    limits: options.sendingLimits,
  });

  // Lambda: every function with its bundle, behind its own IAM-checking endpoint.
  const identities = resourcesOfType(template, "AWS::SES::EmailIdentity").map(([logicalId]) =>
    String(resolve({ Ref: logicalId })),
  );
  const secretArns = resourcesOfType(template, "AWS::SecretsManager::Secret").map(([logicalId]) =>
    String(resolve({ Ref: logicalId })),
  );
  const gateways = new Map<string, Gateway>();
  const logs = functionLogs(join(options.dataDir, "logs"));
  const saveDeadLetters = () => writeFileAtomic(deadLetterFile, JSON.stringify(deadLetters, null, 2));
  const runtime = new LambdaRuntime({
    assembly: { ...assembly, template },
    account,
    resolve,
    now,
    runtimeEnvironment: (fn) => ({
      AWS_REGION: account.region,
      AWS_DEFAULT_REGION: account.region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL: gateways.get(fn.logicalId)?.endpoint ?? "",
      AWS_LAMBDA_FUNCTION_NAME: fn.name,
      AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.name}`,
      AWS_EXECUTION_ENV: "AWS_Lambda_nodejs24.x",
      AWS_LAMBDA_INITIALIZATION_TYPE: "on-demand",
      LAMBDA_TASK_ROOT: fn.bundle.replace(/\/[^/]+$/, ""),
      TZ: ":UTC",
    }),
    log: (fn, text) => logs.write(fn.logicalId, text),
    deliverFailure: async (queueArn, record) => {
      deadLetters.push({ queueArn, record });
      saveDeadLetters();
    },
  });
  // EventBridge Scheduler: the template's groups and schedules; it invokes through the schedule's role.
  const groups = resourcesOfType(template, "AWS::Scheduler::ScheduleGroup").map(([logicalId]) =>
    String(resolve({ Ref: logicalId })),
  );
  const scheduler = await startSchedulerStandIn({
    clock: options.clock,
    region: account.region,
    accountId: account.accountId,
    groups: () => groups,
    stateFile: join(options.dataDir, "schedules.jsonl"),
    onDamage,
    invoke: async (target) => {
      const trust = roleTrust(template, resolve, target.roleArn);
      // What Scheduler sends when it assumes a schedule's role (confused-deputy keys).
      const context = { "aws:SourceAccount": account.accountId, "aws:SourceArn": target.scheduleGroupArn };
      const authorization = { action: "lambda:InvokeFunction", resource: target.arn, context };
      const decision = evaluate(rolePolicies(template, resolve, target.roleArn), authorization);
      if (!trust || !principalAllows(trust, "scheduler.amazonaws.com", context) || !decision.allowed) {
        const denial = {
          functionName: "scheduler.amazonaws.com",
          service: "lambda",
          operation: "Invoke",
          authorization,
          detail: `EventBridge Scheduler cannot invoke ${target.arn} with role ${target.roleArn}`,
        };
        deny(denial);
        throw new Error(denial.detail);
      }
      await runtime.invokeAsync(target.arn, JSON.parse(target.input));
    },
  });
  for (const fn of runtime.functions) {
    gateways.set(
      fn.logicalId,
      await startGateway({
        functionName: fn.name,
        // The template does not change once running: each role's policies are resolved once.
        policies: rolePolicies(template, resolve, fn.roleArn),
        caller: {
          region: account.region,
          account: account.accountId,
          sesIdentities: identities,
          sesSandbox: false,
          secretArns,
        },
        fault: (call) => {
          calls.push({ functionName: fn.name, service: call.service, operation: call.operation });
          if (plannedFault?.service !== call.service || plannedFault.operation !== call.operation)
            return null;
          matching++;
          if (matching !== plannedFault.occurrence) return null;
          struck = true;
          return plannedFault.when;
        },
        crash: () => runtime.crash(fn.logicalId),
        upstreams: {
          dynamodb: `http://127.0.0.1:${dynamoPort}`,
          s3: `http://127.0.0.1:${s3Port}`,
          ses: `http://127.0.0.1:${sesPort}`,
          scheduler: scheduler.endpoint,
          secretsmanager: secrets.endpoint,
        },
        hooks: { ses: ses.hook },
        onDenied: deny,
      }),
    );
  }

  clients.scheduler = new SchedulerClient({ ...common, endpoint: scheduler.endpoint });
  for (const [logicalId, resource] of resourcesOfType(template, "AWS::Scheduler::Schedule")) {
    const input = {
      ...(resolve(resource.Properties) as CreateScheduleCommandInput),
      Name: String(resolve({ Ref: logicalId })),
    };
    await clients.scheduler.send(new CreateScheduleCommand(input)).catch(async (error: unknown) => {
      if (!(error instanceof ConflictException)) throw error;
      await clients.scheduler.send(new UpdateScheduleCommand(input));
    });
  }

  // SES receiving: the receipt rule's S3 and Lambda actions, on behalf of the rule.
  const rules = receiptRules(template, resolve, account);
  const bucketPolicy = (bucket: string): PolicyDocument => {
    const found = resourcesOfType(template, "AWS::S3::BucketPolicy")
      .map(
        ([, resource]) => resolve(resource.Properties) as { Bucket: string; PolicyDocument: PolicyDocument },
      )
      .find((policy) => policy.Bucket === bucket);
    return found?.PolicyDocument ?? { Statement: [] };
  };
  const sesContext = (rule: ReceiptRule) => ({
    "aws:SourceAccount": account.accountId,
    "aws:SourceArn": rule.arn,
    "aws:SecureTransport": true,
  });
  const receiving: MailReceiving = await startMailReceiving({
    rules,
    port: options.ports?.smtp,
    now,
    verdicts:
      options.verdicts ?? (() => ({ spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" })),
    store: async (rule, bucket, key, raw) => {
      const authorization = {
        action: "s3:PutObject",
        resource: `arn:aws:s3:::${bucket}/${key}`,
        context: sesContext(rule),
      };
      const decision = evaluate([forService(bucketPolicy(bucket), "ses.amazonaws.com")], authorization);
      if (!decision.allowed) {
        deny({
          functionName: "ses.amazonaws.com",
          service: "s3",
          operation: "PutObject",
          authorization,
          detail: `SES may not write ${key} to ${bucket}`,
        });
        throw new Error(`SES could not store the message in ${bucket}`);
      }
      await clients.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: raw }));
    },
    invoke: async (rule, functionArn, event) => {
      const permissions: PolicyDocument = {
        Statement: resourcesOfType(template, "AWS::Lambda::Permission").map(([, resource]) => {
          const props = resolve(resource.Properties) as Record<string, string>;
          const fn = runtime.find(props.FunctionName ?? "");
          return {
            Effect: "Allow" as const,
            Principal: { Service: props.Principal },
            Action: props.Action,
            Resource: fn?.arn ?? props.FunctionName,
            Condition: {
              ...(props.SourceArn ? { ArnLike: { "aws:SourceArn": props.SourceArn } } : {}),
              ...(props.SourceAccount ? { StringEquals: { "aws:SourceAccount": props.SourceAccount } } : {}),
            },
          };
        }),
      };
      const authorization = {
        action: "lambda:InvokeFunction",
        resource: functionArn,
        context: sesContext(rule),
      };
      if (!evaluate([forService(permissions, "ses.amazonaws.com")], authorization).allowed) {
        deny({
          functionName: "ses.amazonaws.com",
          service: "lambda",
          operation: "Invoke",
          authorization,
          detail: `SES may not invoke ${functionArn}`,
        });
        throw new Error(`SES could not invoke ${functionArn}`);
      }
      // SES invokes asynchronously and the sender's SMTP session does not wait for that; locally
      // the session ends once the function has run, so a script sees its outcome.
      await runtime.invokeAsync(functionArn, event);
    },
  });

  const functions = Object.fromEntries(
    runtime.functions.map((fn) => [fn.logicalId.replace(/[0-9A-F]{8}$/, ""), fn]),
  ) as Record<string, LocalFunction>;
  const servers = {
    dynamodb: { server: dynamo, port: dynamoPort },
    ses: { server: sesServer, port: sesPort },
  };
  const inboundFunction = functions.Inbound;
  return {
    runtime,
    functions,
    smtp: { host: receiving.host, port: receiving.port },
    sesUrl: `http://127.0.0.1:${sesPort}`,
    scheduler,
    recurringSchedules: resourcesOfType(template, "AWS::Scheduler::Schedule").map(([logicalId]) =>
      String(resolve({ Ref: logicalId })),
    ),
    ses,
    tableName,
    bucket: buckets[0] ?? "",
    inboundAddress: inboundFunction?.environment.INBOUND_ADDRESS ?? "",
    clients,
    denials: () => denials,
    deadLetters: () => deadLetters,
    removeDeadLetter: (letter) => {
      deadLetters.splice(deadLetters.indexOf(letter), 1);
      saveDeadLetters();
    },
    logFileOf: (fn) => logs.fileOf(fn.logicalId),
    calls: () => calls,
    damage: () => damage,
    faults: {
      inject: (fault) => {
        plannedFault = fault;
        if (!fault) return;
        matching = 0;
        struck = false;
      },
      struck: () => struck,
      stop: (service) => closeServer(servers[service].server),
      start: async (service) => {
        await listen(servers[service].server, servers[service].port);
      },
    },
    async stop() {
      await receiving.close();
      await runtime.stop();
      await logs.close();
      await Promise.all([...gateways.values()].map((gateway) => gateway.close()));
      for (const client of Object.values(clients)) client.destroy();
      await Promise.all([
        closeServer(dynamo),
        s3.close(),
        closeServer(sesServer),
        scheduler.close(),
        secrets.close(),
      ]);
    },
  };
}
