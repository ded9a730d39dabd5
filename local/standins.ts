/**
 * Starts the real local stand-ins for the AWS services on loopback: dynalite (DynamoDB), s3rver
 * (S3), aws-ses-v2-local (SES v2, with its web inbox) and our EventBridge Scheduler stand-in.
 */

import { mkdirSync, mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import sesLocalModule from "aws-ses-v2-local";
import dynalite from "dynalite";
import type { DateTime } from "luxon";
import S3rver from "s3rver";
import { createTableIfMissing } from "../lambdas/adapters/dynamo-interview-store";
import { type SchedulerStandIn, startSchedulerStandIn } from "./standins/scheduler";

// A CommonJS module with `exports.default`: under ESM the function sits one level down.
const sesLocal = (sesLocalModule as unknown as { default?: typeof sesLocalModule }).default ?? sesLocalModule;

export const LOCAL_REGION = "us-east-1";
// s3rver accepts only its own key pair; the other stand-ins accept any.
export const LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface StandInOptions {
  /** Keep DynamoDB and S3 data here so a restart loses nothing; a temporary folder otherwise. */
  readonly dataDir?: string;
  readonly clock: () => DateTime;
  readonly invoke: (targetArn: string, input: string) => Promise<void>;
  readonly ports?: {
    readonly dynamodb?: number;
    readonly s3?: number;
    readonly ses?: number;
    readonly scheduler?: number;
  };
  readonly tableName?: string;
  readonly bucket?: string;
}

export interface StandIns {
  readonly endpoints: {
    readonly dynamodb: string;
    readonly s3: string;
    readonly ses: string;
    readonly scheduler: string;
  };
  readonly clients: {
    readonly dynamodb: DynamoDBClient;
    readonly s3: S3Client;
    readonly ses: SESv2Client;
    readonly scheduler: SchedulerClient;
  };
  readonly scheduler: SchedulerStandIn;
  /** Fault injection: take a stand-in off the network and bring it back on the same port, data intact. */
  readonly faults: {
    stop(service: "dynamodb" | "ses"): Promise<void>;
    start(service: "dynamodb" | "ses"): Promise<void>;
  };
  readonly tableName: string;
  readonly bucket: string;
  stop(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
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

export async function startStandIns(options: StandInOptions): Promise<StandIns> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "followup-"));
  mkdirSync(join(dataDir, "dynamodb"), { recursive: true });
  mkdirSync(join(dataDir, "s3"), { recursive: true });
  const tableName = options.tableName ?? "interview-followup";
  const bucket = options.bucket ?? "interview-followup-raw-mail";

  const dynamo: Server = dynalite({ path: join(dataDir, "dynamodb"), createTableMs: 0, deleteTableMs: 0 });
  const dynamoPort = await listen(dynamo, options.ports?.dynamodb ?? 0);
  const s3 = new S3rver({
    port: options.ports?.s3 ?? 0,
    address: "127.0.0.1",
    silent: true,
    directory: join(dataDir, "s3"),
  });
  const { port: s3Port } = await s3.run();
  const ses = await sesLocal({ host: "127.0.0.1", port: options.ports?.ses ?? 0 });
  const sesPort = (ses.address() as AddressInfo).port;
  const scheduler = await startSchedulerStandIn({
    clock: options.clock,
    invoke: options.invoke,
    port: options.ports?.scheduler ?? 0,
  });

  const endpoints = {
    dynamodb: `http://127.0.0.1:${dynamoPort}`,
    s3: `http://127.0.0.1:${s3Port}`,
    ses: `http://127.0.0.1:${sesPort}`,
    scheduler: scheduler.endpoint,
  };
  const common = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  const clients = {
    dynamodb: new DynamoDBClient({ ...common, endpoint: endpoints.dynamodb }),
    s3: new S3Client({ ...common, endpoint: endpoints.s3, forcePathStyle: true }),
    ses: new SESv2Client({ ...common, endpoint: endpoints.ses }),
    scheduler: new SchedulerClient({ ...common, endpoint: endpoints.scheduler }),
  };
  await createTableIfMissing(clients.dynamodb, tableName);
  await clients.s3.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: { name?: string }) => {
    if (error.name !== "BucketAlreadyOwnedByYou" && error.name !== "BucketAlreadyExists") throw error;
  });

  const servers = { dynamodb: { server: dynamo, port: dynamoPort }, ses: { server: ses, port: sesPort } };
  return {
    endpoints,
    clients,
    scheduler,
    faults: {
      stop: (service) => closeServer(servers[service].server),
      start: async (service) => {
        await listen(servers[service].server, servers[service].port);
      },
    },
    tableName,
    bucket,
    async stop() {
      for (const client of Object.values(clients)) client.destroy();
      await Promise.all([closeServer(dynamo), s3.close(), closeServer(ses), scheduler.close()]);
    },
  };
}
