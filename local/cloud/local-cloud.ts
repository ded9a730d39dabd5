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
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import sesLocalModule from "aws-ses-v2-local";
import dynalite from "dynalite";
import S3rver from "s3rver";
import { startSchedulerStandIn } from "../standins/scheduler";
import { readStateFile, writeFileAtomic } from "../standins/state-file";
import { STACK_NAME, synthesizeAssembly } from "./assembly";
import { functionLogs } from "./function-logs";
import { type Denial, type Gateway, startGateway } from "./gateway";
import { evaluate, principalAllows } from "./iam-policy";
import { LambdaRuntime } from "./lambda-runtime";
import type { CallRecord, DeadLetter, LocalCloud, LocalCloudOptions, PlannedFault } from "./local-cloud-api";
import type { LocalFunction } from "./local-functions";
import { closeServer, listen } from "./loopback";
import { type MailReceiving, type ReceiptRule, receiptRules, startMailReceiving } from "./mail-receiving";
import { createBuckets, createTables } from "./provision";
import { startSecretsManager } from "./secrets-manager";
import { openSesInbox, serveInbox } from "./ses-inbox";
import { sesOutbound } from "./ses-outbound";
import { type LocalAccount, resolver, resourcesOfType } from "./template";
import { bucketPolicy, forService, lambdaPermissions, rolePolicies, roleTrust } from "./template-policies";

// A CommonJS module with `exports.default`: under ESM the function sits one level down.
const sesLocal = (sesLocalModule as unknown as { default?: typeof sesLocalModule }).default ?? sesLocalModule;

export const LOCAL_ACCOUNT: LocalAccount = {
  region: "us-east-1",
  accountId: "000000000000",
  stackName: STACK_NAME,
};
/** s3rver accepts only its own key pair; the other stand-ins accept any. */
export const LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

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
  const tableName = await createTables(template, resolve, clients.dynamodb);
  const buckets = await createBuckets(template, resolve, clients.s3);
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
  const inbox = openSesInbox(join(options.dataDir, "ses-inbox.jsonl"), onDamage);
  serveInbox(sesServer, inbox);
  const ses = sesOutbound({ region: account.region, inbox, now, limits: options.sendingLimits });

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
      const decision = evaluate(
        [forService(bucketPolicy(template, resolve, bucket), "ses.amazonaws.com")],
        authorization,
      );
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
      const permissions = lambdaPermissions(template, resolve, (name) => runtime.find(name)?.arn);
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
