/** What a running local cloud offers its callers (the local app and the integration tests). */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { S3Client } from "@aws-sdk/client-s3";
import type { SchedulerClient } from "@aws-sdk/client-scheduler";
import type { DateTime } from "luxon";
import type { SchedulerStandIn } from "../standins/scheduler";
import type { Denial, Fault } from "./gateway";
import type { LambdaRuntime, OnFailureRecord } from "./lambda-runtime";
import type { LocalFunction } from "./local-functions";
import type { Verdicts } from "./mail-receiving";
import type { SendingLimits, SesOutbound } from "./ses-outbound";
import type { Template } from "./template";

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
