/** The Scheduler stand-in speaks the real API: the production SDK client and adapter run against it. */
import {
  ConflictException,
  CreateScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  ValidationException,
} from "@aws-sdk/client-scheduler";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventBridgeReminderScheduler } from "../../../lambdas/adapters/eventbridge-reminder-scheduler";
import {
  type InvokedTarget,
  type SchedulerStandIn,
  startSchedulerStandIn,
} from "../../../local/standins/scheduler";

const ACCOUNT = "123456789012";
const REMINDER_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:reminder`;
const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/followup-scheduler`;
const DEAD_LETTER_ARN = `arn:aws:sqs:us-east-1:${ACCOUNT}:followup-dlq`;

let now = DateTime.fromISO("2026-11-23T12:00:00Z");
const invoked: InvokedTarget[] = [];
let standIn: SchedulerStandIn;
let client: SchedulerClient;
let adapter: EventBridgeReminderScheduler;
let failNext = 0;

beforeAll(async () => {
  standIn = await startSchedulerStandIn({
    clock: () => now,
    invoke: async (target) => {
      if (failNext > 0) {
        failNext--;
        throw new Error("target down");
      }
      invoked.push(target);
    },
    groups: () => ["reminders"],
  });
  client = new SchedulerClient({
    endpoint: standIn.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  adapter = new EventBridgeReminderScheduler({
    client,
    groupName: "reminders",
    targetArn: REMINDER_ARN,
    roleArn: ROLE_ARN,
    deadLetterArn: DEAD_LETTER_ARN,
  });
});
afterAll(async () => {
  client.destroy();
  await standIn.close();
});

const payload = (kind: string) => ({ ownerId: "o@x.com", interviewId: "i1", kind, planVersion: 1 });

describe("EventBridge Scheduler stand-in + adapter", () => {
  it("creates a one-time schedule in a zone, and put() again replaces it (Create, then Update on conflict)", async () => {
    await adapter.put({
      name: "fu-a-prep",
      localTime: "2026-12-02T11:00:00",
      timeZone: "America/Chicago",
      payload: payload("prep"),
    });
    await adapter.put({
      name: "fu-a-prep",
      localTime: "2026-12-02T12:00:00",
      timeZone: "America/Chicago",
      payload: payload("prep"),
    });
    const schedule = await client.send(new GetScheduleCommand({ Name: "fu-a-prep", GroupName: "reminders" }));
    expect(schedule).toMatchObject({
      ScheduleExpression: "at(2026-12-02T12:00:00)",
      ScheduleExpressionTimezone: "America/Chicago",
      ActionAfterCompletion: "DELETE",
      Target: {
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
        DeadLetterConfig: { Arn: DEAD_LETTER_ARN },
      },
    });
    expect(schedule.CreationDate).toBeInstanceOf(Date);
  });

  it("answers with the real error types", async () => {
    const create = new CreateScheduleCommand({
      Name: "fu-a-prep",
      GroupName: "reminders",
      ScheduleExpression: "at(2026-12-02T12:00:00)",
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: { Arn: REMINDER_ARN, RoleArn: ROLE_ARN },
    });
    await expect(client.send(create)).rejects.toBeInstanceOf(ConflictException);
    await expect(
      client.send(new GetScheduleCommand({ Name: "missing", GroupName: "reminders" })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    const invalid = new CreateScheduleCommand({
      ...create.input,
      Name: "bad",
      ScheduleExpression: "whenever",
    });
    await expect(client.send(invalid)).rejects.toBeInstanceOf(ValidationException);
  });

  it("lists by prefix across pages, and delete() ignores what is already gone", async () => {
    for (let index = 0; index < 7; index++) {
      await adapter.put({
        name: `fu-b-${index}`,
        localTime: "2026-12-20T09:00:00",
        timeZone: "UTC",
        payload: payload("move-on"),
      });
    }
    const page = await client.send(
      new ListSchedulesCommand({ GroupName: "reminders", NamePrefix: "fu-b-", MaxResults: 3 }),
    );
    expect(page.Schedules).toHaveLength(3);
    expect(page.NextToken).toBeDefined();
    expect(await adapter.list("fu-b-")).toHaveLength(7);
    await adapter.delete("fu-b-0");
    await adapter.delete("fu-b-0");
    expect(await adapter.list("fu-b-")).toHaveLength(6);
  });

  it("fires at the local wall-clock time across a DST change, once, then deletes the schedule", async () => {
    // 09:00 in New York on Nov 2 2026 is 14:00Z (EST), an hour later than the same time a day before the change.
    await adapter.put({
      name: "fu-c-dst",
      localTime: "2026-11-02T09:00:00",
      timeZone: "America/New_York",
      payload: payload("follow-up-1"),
    });
    const due = standIn.pending().find((schedule) => schedule.name === "fu-c-dst")?.due;
    expect(
      DateTime.fromISO(due ?? "")
        .toUTC()
        .toISO(),
    ).toBe("2026-11-02T14:00:00.000Z");
    invoked.length = 0;
    now = DateTime.fromISO("2026-11-02T13:59:00Z");
    await standIn.tick();
    expect(invoked).toHaveLength(0);
    now = DateTime.fromISO("2026-11-02T14:00:00Z");
    await standIn.tick();
    await standIn.tick();
    expect(invoked).toEqual([
      {
        arn: REMINDER_ARN,
        roleArn: ROLE_ARN,
        input: JSON.stringify(payload("follow-up-1")),
        scheduleGroupArn: "arn:aws:scheduler:us-east-1:000000000000:schedule-group/reminders",
      },
    ]);
    expect(standIn.pending().some((schedule) => schedule.name === "fu-c-dst")).toBe(false);
  });

  it("retries a failing target, then keeps the event in the dead-letter list", async () => {
    await adapter.put({
      name: "fu-d-fail",
      localTime: "2026-11-02T10:00:00",
      timeZone: "America/New_York",
      payload: payload("thank-you"),
    });
    failNext = 10;
    now = DateTime.fromISO("2026-11-02T15:00:00Z");
    await standIn.tick();
    failNext = 0;
    expect(standIn.deadLetters()).toEqual([
      expect.objectContaining({
        scheduleName: "fu-d-fail",
        deadLetterArn: DEAD_LETTER_ARN,
        error: "target down",
      }),
    ]);
  });
  it("gives a target without Input an empty event, with the schedule's role, as Scheduler invokes a Lambda", async () => {
    await client.send(
      new CreateScheduleCommand({
        Name: "fu-e-no-input",
        GroupName: "reminders",
        ScheduleExpression: "at(2026-11-02T11:00:00)",
        ScheduleExpressionTimezone: "America/New_York",
        FlexibleTimeWindow: { Mode: "OFF" },
        Target: { Arn: REMINDER_ARN, RoleArn: ROLE_ARN },
      }),
    );
    invoked.length = 0;
    now = DateTime.fromISO("2026-11-02T16:00:00Z");
    await standIn.tick();
    expect(invoked).toEqual([
      expect.objectContaining({
        arn: REMINDER_ARN,
        roleArn: ROLE_ARN,
        input: "{}",
        scheduleGroupArn: expect.stringMatching(/:schedule-group\//),
      }),
    ]);
  });

  it("dead-letters a Lambda target whose Input is not JSON, without calling the function", async () => {
    await client.send(
      new CreateScheduleCommand({
        Name: "fu-f-not-json",
        GroupName: "reminders",
        ScheduleExpression: "at(2026-11-02T12:00:00)",
        ScheduleExpressionTimezone: "America/New_York",
        FlexibleTimeWindow: { Mode: "OFF" },
        Target: {
          Arn: REMINDER_ARN,
          RoleArn: ROLE_ARN,
          Input: "remind me",
          DeadLetterConfig: { Arn: DEAD_LETTER_ARN },
        },
      }),
    );
    invoked.length = 0;
    now = DateTime.fromISO("2026-11-02T17:00:00Z");
    await standIn.tick();
    expect(invoked).toEqual([]);
    expect(standIn.deadLetters().at(-1)).toMatchObject({
      scheduleName: "fu-f-not-json",
      input: "remind me",
      error: "Lambda rejects an Input that is not well-formed JSON",
    });
  });
});
