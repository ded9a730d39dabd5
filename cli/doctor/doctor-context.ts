import type { Resolver } from "node:dns/promises";
import type { CloudFormationClient, StackResourceSummary } from "@aws-sdk/client-cloudformation";
import type { LambdaClient } from "@aws-sdk/client-lambda";
import type { SESClient } from "@aws-sdk/client-ses";
import type { SESv2Client } from "@aws-sdk/client-sesv2";
import type { SNSClient } from "@aws-sdk/client-sns";
import type { DeploymentConfig } from "../../lib/config";
import type { LocalConfig } from "./local-config";

/** The SDK clients doctor uses in one region. */
export interface AwsClients {
  readonly cloudFormation: CloudFormationClient;
  readonly lambda: LambdaClient;
  readonly ses: SESClient;
  readonly sesv2: SESv2Client;
  readonly sns: SNSClient;
}

export interface DoctorDeps {
  /** The clients of a region: the stack's, and the other receiving regions' to find a stack deployed elsewhere. */
  readonly clientsIn: (region: string) => AwsClients;
  /** Public DNS, as the world sees the user's records. */
  readonly resolver: Resolver;
}

export interface DoctorOptions {
  readonly region: string;
  readonly stackName: string;
  /** Send a test email to the first owner (opt-in: it really sends). */
  readonly sendTest: boolean;
  readonly local: LocalConfig;
}

/** The stack outputs doctor reads (lib/followup-stack.ts and lib/mail-receiving.ts create them). */
export const OUTPUTS = {
  inboundAddress: "InboundAddress",
  inboundFunction: "InboundFunctionName",
  mxRecord: "MxRecord",
  dkimRecords: ["DkimRecord1", "DkimRecord2", "DkimRecord3"],
  /** Not created by the stack today; used when present, else the stack's one SNS topic. */
  alarmTopic: "AlarmTopicArn",
} as const;

export const REQUIRED_OUTPUTS = [
  OUTPUTS.inboundAddress,
  OUTPUTS.inboundFunction,
  OUTPUTS.mxRecord,
  ...OUTPUTS.dkimRecords,
];

export interface DeployedSettings {
  readonly owners: readonly string[];
  readonly allowedDomains: readonly string[];
  readonly inboundAddress: string;
  readonly policy: unknown;
}

/** What the stack check learns, for the checks after it. */
export interface Deployment {
  readonly outputs: ReadonlyMap<string, string>;
  readonly resources: readonly StackResourceSummary[];
  readonly mailDomain: string | null;
  readonly inboundAddress: string | null;
  readonly dkimRecords: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly settings: DeployedSettings | null;
}

/** What the checks read of a doctor run: its clients and options, and what the stack check learned. */
export interface DoctorContext {
  readonly aws: AwsClients;
  readonly deps: DoctorDeps;
  readonly options: DoctorOptions;
  readonly deployment: Deployment | null;
  readonly config: DeploymentConfig | null;
  mailDomain(): string | null;
  /** Who the deployed functions mail; the configuration's owners when the stack is not there. */
  owners(): readonly string[];
  allowedDomains(): readonly string[];
}

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "Error";
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "2026-11-30 10:02 UTC" */
export function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function list(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}
