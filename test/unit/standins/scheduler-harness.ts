/** The Scheduler stand-in on a free loopback port, with the real SDK client pointed at it. */
import { type CreateScheduleCommandInput, SchedulerClient, type Target } from "@aws-sdk/client-scheduler";
import {
  type SchedulerStandIn,
  type SchedulerStandInOptions,
  startSchedulerStandIn,
} from "../../../local/standins/scheduler";

export const ACCOUNT = "123456789012";

export const VALID_TARGET: Target = {
  Arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:reminder`,
  RoleArn: `arn:aws:iam::${ACCOUNT}:role/followup-scheduler`,
  Input: '{"kind":"prep"}',
  RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
  DeadLetterConfig: { Arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:followup-dlq` },
};

/** A request the real service accepts; each rejection test breaks exactly one thing in it. */
export const VALID_REQUEST: CreateScheduleCommandInput = {
  Name: "fu-valid",
  GroupName: "reminders",
  ScheduleExpression: "at(2026-12-02T11:00:00)",
  ScheduleExpressionTimezone: "America/Chicago",
  FlexibleTimeWindow: { Mode: "OFF" },
  ActionAfterCompletion: "DELETE",
  State: "ENABLED",
  Target: VALID_TARGET,
};

export interface SchedulerUnderTest {
  readonly standIn: SchedulerStandIn;
  readonly client: SchedulerClient;
  stop(): Promise<void>;
}

export async function startSchedulerWithClient(
  options: SchedulerStandInOptions,
): Promise<SchedulerUnderTest> {
  const standIn = await startSchedulerStandIn(options);
  const client = new SchedulerClient({
    endpoint: standIn.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
    // A rejected request must reach the test as the service answered it, not after retries.
    maxAttempts: 1,
  });
  return {
    standIn,
    client,
    async stop() {
      client.destroy();
      await standIn.close();
    },
  };
}
