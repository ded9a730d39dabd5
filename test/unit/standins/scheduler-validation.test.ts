/**
 * The Scheduler stand-in rejects what the real API rejects (API model constraints, schedule
 * expression rules, canonical zones, existing groups), with the error shapes the real SDK reads.
 */
import {
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  type ListSchedulesCommandInput,
  ResourceNotFoundException,
  UpdateScheduleCommand,
  ValidationException,
} from "@aws-sdk/client-scheduler";
import { DateTime } from "luxon";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ACCOUNT,
  type SchedulerUnderTest,
  startSchedulerWithClient,
  VALID_REQUEST,
  VALID_TARGET,
} from "./scheduler-harness";

const LONGEST_GROUP = "g".repeat(64);
const LAMBDA_PREFIX = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:`;
let scheduler: SchedulerUnderTest;

beforeAll(async () => {
  scheduler = await startSchedulerWithClient({
    clock: () => DateTime.fromISO("2026-11-23T12:00:00Z"),
    invoke: async () => {},
    groups: () => ["reminders", LONGEST_GROUP],
  });
});
afterAll(() => scheduler.stop());
afterEach(async () => {
  // Every test starts from an empty scheduler, so "nothing was stored" is a plain comparison.
  for (const schedule of scheduler.standIn.pending()) {
    await scheduler.client.send(
      new DeleteScheduleCommand({ Name: schedule.name, GroupName: schedule.groupName }),
    );
  }
});

const create = (input: CreateScheduleCommandInput) => scheduler.client.send(new CreateScheduleCommand(input));
const target = (changes: Record<string, unknown>) =>
  ({ ...VALID_REQUEST, Target: { ...VALID_TARGET, ...changes } }) as CreateScheduleCommandInput;
const request = (changes: Record<string, unknown>) =>
  ({ ...VALID_REQUEST, ...changes }) as CreateScheduleCommandInput;

describe("Scheduler stand-in: CreateSchedule validation", () => {
  it("accepts the valid request every rejection below is derived from", async () => {
    const { ScheduleArn } = await create(VALID_REQUEST);
    expect(ScheduleArn).toBe(`arn:aws:scheduler:us-east-1:000000000000:schedule/reminders/fu-valid`);
    expect(scheduler.standIn.pending()).toEqual([
      { name: "fu-valid", groupName: "reminders", due: "2026-12-02T11:00:00.000-06:00" },
    ]);
  });

  const rejected: Array<[string, CreateScheduleCommandInput]> = [
    ["a name with a space", request({ Name: "fu valid" })],
    ["a name of 65 characters", request({ Name: "n".repeat(65) })],
    ["a group name with a slash", request({ GroupName: "re/minders" })],
    ["a group name of 65 characters", request({ GroupName: "g".repeat(65) })],
    ["no ScheduleExpression", request({ ScheduleExpression: undefined })],
    ["an empty ScheduleExpression", request({ ScheduleExpression: "" })],
    ["a ScheduleExpression of 257 characters", request({ ScheduleExpression: `at(${"9".repeat(253)})` })],
    ["an expression of no known kind", request({ ScheduleExpression: "whenever" })],
    ["at() on a day that does not exist", request({ ScheduleExpression: "at(2026-02-30T10:00:00)" })],
    ["at() without seconds", request({ ScheduleExpression: "at(2026-12-02T11:00)" })],
    ["at() with a space for the T", request({ ScheduleExpression: "at(2026-12-02 11:00:00)" })],
    ["rate() with a plural unit for 1", request({ ScheduleExpression: "rate(1 minutes)" })],
    ["rate() with a singular unit for 5", request({ ScheduleExpression: "rate(5 hour)" })],
    ["rate() of zero", request({ ScheduleExpression: "rate(0 minutes)" })],
    ["rate() in weeks", request({ ScheduleExpression: "rate(2 weeks)" })],
    ["cron() with five fields", request({ ScheduleExpression: "cron(0 9 * * ?)" })],
    ["cron() with * in both day fields", request({ ScheduleExpression: "cron(0 9 * * * *)" })],
    ["cron() with ? in both day fields", request({ ScheduleExpression: "cron(0 9 ? * ? *)" })],
    ["cron() with a value in both day fields", request({ ScheduleExpression: "cron(0 9 * * MON *)" })],
    ["cron() at minute 60", request({ ScheduleExpression: "cron(60 9 * * ? *)" })],
    ["cron() every 60 minutes", request({ ScheduleExpression: "cron(*/60 * * * ? *)" })],
    ["cron() with two # expressions", request({ ScheduleExpression: "cron(0 9 ? * 3#1,6#3 *)" })],
    ["cron() with an increment in day-of-week", request({ ScheduleExpression: "cron(0 9 ? * 1/2 *)" })],
    ["cron() in the year 1969", request({ ScheduleExpression: "cron(0 9 * * ? 1969)" })],
    ["a zone in the wrong case", request({ ScheduleExpressionTimezone: "america/chicago" })],
    ["a zone that is a backward link", request({ ScheduleExpressionTimezone: "US/Central" })],
    ["a zone the database replaced", request({ ScheduleExpressionTimezone: "Asia/Calcutta" })],
    ["a zone that does not exist", request({ ScheduleExpressionTimezone: "Mars/Olympus_Mons" })],
    ["an empty zone", request({ ScheduleExpressionTimezone: "" })],
    ["no FlexibleTimeWindow", request({ FlexibleTimeWindow: undefined })],
    ["a FlexibleTimeWindow without Mode", request({ FlexibleTimeWindow: {} })],
    ["an unknown window Mode", request({ FlexibleTimeWindow: { Mode: "SOMETIMES" } })],
    ["FLEXIBLE without a window", request({ FlexibleTimeWindow: { Mode: "FLEXIBLE" } })],
    [
      "FLEXIBLE with a 0-minute window",
      request({ FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 0 } }),
    ],
    [
      "FLEXIBLE with 1441 minutes",
      request({ FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 1441 } }),
    ],
    ["OFF with a window", request({ FlexibleTimeWindow: { Mode: "OFF", MaximumWindowInMinutes: 15 } })],
    ["no Target", request({ Target: undefined })],
    ["a Target without Arn", target({ Arn: undefined })],
    ["a target Arn that is not an ARN", target({ Arn: "reminder" })],
    ["a target Arn of 1601 characters", target({ Arn: LAMBDA_PREFIX.padEnd(1601, "f") })],
    ["a Target without RoleArn", target({ RoleArn: undefined })],
    ["a RoleArn that is not an ARN", target({ RoleArn: "followup-scheduler" })],
    ["a RoleArn with an 11-digit account", target({ RoleArn: "arn:aws:iam::12345678901:role/r" })],
    ["a RoleArn naming a user", target({ RoleArn: `arn:aws:iam::${ACCOUNT}:user/someone` })],
    ["an empty Input", target({ Input: "" })],
    ["an Input over 8 KB", target({ Input: JSON.stringify("x".repeat(8 * 1024)) })],
    ["events kept 59 seconds", target({ RetryPolicy: { MaximumEventAgeInSeconds: 59 } })],
    ["events kept 86401 seconds", target({ RetryPolicy: { MaximumEventAgeInSeconds: 86401 } })],
    ["-1 retry attempts", target({ RetryPolicy: { MaximumRetryAttempts: -1 } })],
    ["186 retry attempts", target({ RetryPolicy: { MaximumRetryAttempts: 186 } })],
    [
      "a dead-letter ARN that is an SNS topic",
      target({ DeadLetterConfig: { Arn: `arn:aws:sns:us-east-1:${ACCOUNT}:t` } }),
    ],
    [
      "a dead-letter ARN with a 1-digit account",
      target({ DeadLetterConfig: { Arn: "arn:aws:sqs:us-east-1:0:dlq" } }),
    ],
    ["an unknown ActionAfterCompletion", request({ ActionAfterCompletion: "ARCHIVE" })],
    ["an unknown State", request({ State: "PAUSED" })],
    ["a Description of 513 characters", request({ Description: "d".repeat(513) })],
    [
      "an EndDate before the StartDate",
      request({
        ScheduleExpression: "rate(1 hour)",
        StartDate: new Date("2026-12-02T00:00:00Z"),
        EndDate: new Date("2026-12-01T00:00:00Z"),
      }),
    ],
    ["a ClientToken with a space", request({ ClientToken: "not a token" })],
    ["a ClientToken of 65 characters", request({ ClientToken: "t".repeat(65) })],
    ["a KmsKeyArn that is not a KMS ARN", request({ KmsKeyArn: "my-key" })],
  ];

  it.each(rejected)("rejects %s with a ValidationException and stores nothing", async (_case, input) => {
    await expect(create(input)).rejects.toBeInstanceOf(ValidationException);
    expect(scheduler.standIn.pending()).toEqual([]);
  });

  it("answers a rejection as the SDK reads a restJson1 error: name, fault, status and message", async () => {
    const error = await create(request({ ScheduleExpression: "rate(1 minutes)" })).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationException);
    expect(error).toMatchObject({
      name: "ValidationException",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
      message: "Invalid Schedule Expression rate(1 minutes): the unit is singular for 1 and plural otherwise",
    });
    expect((error as ValidationException).$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("puts the error type in x-amzn-errortype and the model's Message member in the body", async () => {
    // The SDK folds Message into message and deletes it, so the wire shape is checked without the SDK.
    const response = await fetch(`${scheduler.standIn.endpoint}/schedules/fu-raw`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...VALID_REQUEST, Name: undefined, ScheduleExpression: "whenever" }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
    expect(await response.json()).toEqual({
      Message: "Invalid Schedule Expression whenever: expected at(), rate() or cron()",
    });
  });

  it("lists every broken model constraint in one message, as AWS does", async () => {
    const error = await create(
      request({ Name: "n".repeat(65), Target: { ...VALID_TARGET, RoleArn: undefined } }),
    ).catch((caught: unknown) => caught);
    expect((error as ValidationException).message).toBe(
      "2 validation errors detected: " +
        `Value '${"n".repeat(65)}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 64; ` +
        "Value null at 'target.roleArn' failed to satisfy constraint: Member must not be null",
    );
  });

  it("answers ResourceNotFoundException for a group that does not exist, and stores nothing", async () => {
    const error = await create(request({ GroupName: "nope" })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({
      $metadata: { httpStatusCode: 404 },
      message: "Schedule group nope does not exist.",
    });
    expect(scheduler.standIn.pending()).toEqual([]);
  });

  const accepted: Array<[string, CreateScheduleCommandInput]> = [
    ["a 64-character name of every allowed kind", request({ Name: `${"a".repeat(58)}-_.Z9x` })],
    ["a 64-character group", request({ GroupName: LONGEST_GROUP })],
    ["the default group, which always exists", request({ GroupName: undefined })],
    ["no zone (UTC)", request({ ScheduleExpressionTimezone: undefined })],
    ["the UTC zone", request({ ScheduleExpressionTimezone: "UTC" })],
    ["a fixed-offset Etc zone", request({ ScheduleExpressionTimezone: "Etc/GMT+5" })],
    ["a three-part zone", request({ ScheduleExpressionTimezone: "America/Argentina/Buenos_Aires" })],
    [
      "a zone of zone.tab that is a link in the main data",
      request({ ScheduleExpressionTimezone: "Europe/Oslo" }),
    ],
    ["rate(1 minute)", request({ ScheduleExpression: "rate(1 minute)" })],
    ["rate(2 minutes)", request({ ScheduleExpression: "rate(2 minutes)" })],
    ["rate(1 day)", request({ ScheduleExpression: "rate(1 day)" })],
    ["cron() on Sundays", request({ ScheduleExpression: "cron(0 18 ? * SUN *)" })],
    [
      "cron() on the last Friday, with years",
      request({ ScheduleExpression: "cron(15 10 ? * 6L 2026-2027)" }),
    ],
    ["cron() on the last day of the month", request({ ScheduleExpression: "cron(0 9 L * ? *)" })],
    ["cron() on the weekday nearest the 15th", request({ ScheduleExpression: "cron(0 9 15W * ? *)" })],
    ["cron() on the first Monday", request({ ScheduleExpression: "cron(0 9 ? * 2#1 *)" })],
    ["cron() every 59 minutes", request({ ScheduleExpression: "cron(*/59 * * * ? *)" })],
    ["cron() on weekdays by name", request({ ScheduleExpression: "cron(0 9 ? * MON-FRI *)" })],
    ["cron() in the last year allowed", request({ ScheduleExpression: "cron(0 0 1 JAN ? 2199)" })],
    [
      "a 1-minute flexible window",
      request({ FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 1 } }),
    ],
    [
      "a 1440-minute flexible window",
      request({ FlexibleTimeWindow: { Mode: "FLEXIBLE", MaximumWindowInMinutes: 1440 } }),
    ],
    [
      "the smallest retry policy",
      target({ RetryPolicy: { MaximumEventAgeInSeconds: 60, MaximumRetryAttempts: 0 } }),
    ],
    [
      "the largest retry policy",
      target({ RetryPolicy: { MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 } }),
    ],
    ["a 1-character Input", target({ Input: "1" })],
    ["an Input of exactly 8 KB", target({ Input: JSON.stringify("x".repeat(8 * 1024 - 2)) })],
    ["no Input", target({ Input: undefined })],
    ["a universal target", target({ Arn: "arn:aws:scheduler:::aws-sdk:sqs:sendMessage", Input: "{}" })],
    [
      "a RoleArn with a path",
      target({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/service-role/Sched+Role=,.@-1` }),
    ],
    [
      "a dead-letter queue in another partition",
      target({ DeadLetterConfig: { Arn: `arn:aws-cn:sqs:cn-north-1:${ACCOUNT}:dlq_1-x` } }),
    ],
    ["an empty Description", request({ Description: "" })],
    ["a Description of 512 characters", request({ Description: "d".repeat(512) })],
    ["a ClientToken of 64 characters", request({ ClientToken: "t".repeat(64) })],
    [
      "a recurring schedule between a StartDate and an EndDate",
      request({
        ScheduleExpression: "rate(1 hour)",
        StartDate: new Date("2026-12-01T00:00:00Z"),
        EndDate: new Date("2026-12-02T00:00:00Z"),
      }),
    ],
  ];

  it.each(accepted)("accepts %s and describes it back", async (_case, input) => {
    await create(input);
    const described = await scheduler.client.send(
      new GetScheduleCommand({ Name: input.Name, GroupName: input.GroupName }),
    );
    expect(described).toMatchObject({
      Name: input.Name,
      GroupName: input.GroupName ?? "default",
      ScheduleExpression: input.ScheduleExpression,
      Target: { Arn: input.Target?.Arn, RoleArn: input.Target?.RoleArn },
    });
    expect(described.Target?.Input).toBe(input.Target?.Input);
  });
});

describe("Scheduler stand-in: UpdateSchedule, GetSchedule, DeleteSchedule and ListSchedules validation", () => {
  it("rejects an invalid update and keeps the schedule as it was", async () => {
    await create(VALID_REQUEST);
    await expect(
      scheduler.client.send(
        new UpdateScheduleCommand({ ...VALID_REQUEST, ScheduleExpression: "rate(5 hour)" }),
      ),
    ).rejects.toBeInstanceOf(ValidationException);
    const described = await scheduler.client.send(
      new GetScheduleCommand({ Name: VALID_REQUEST.Name, GroupName: VALID_REQUEST.GroupName }),
    );
    expect(described.ScheduleExpression).toBe(VALID_REQUEST.ScheduleExpression);
  });

  it("answers ResourceNotFoundException for an update, get, delete or list in a group that does not exist", async () => {
    await create(VALID_REQUEST);
    const inNowhere = { Name: VALID_REQUEST.Name, GroupName: "nope" };
    await expect(
      scheduler.client.send(new UpdateScheduleCommand({ ...VALID_REQUEST, GroupName: "nope" })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(scheduler.client.send(new GetScheduleCommand(inNowhere))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await expect(scheduler.client.send(new DeleteScheduleCommand(inNowhere))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await expect(
      scheduler.client.send(new ListSchedulesCommand({ GroupName: "nope" })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(scheduler.standIn.pending()).toHaveLength(1);
  });

  it.each([
    ["a name with a space", { Name: "fu valid", GroupName: "reminders" }],
    ["a group with a slash", { Name: "fu-valid", GroupName: "re/minders" }],
    ["a group of 65 characters", { Name: "fu-valid", GroupName: "g".repeat(65) }],
  ])("rejects a get and a delete with %s, deleting nothing", async (_case, input) => {
    await create(VALID_REQUEST);
    await expect(scheduler.client.send(new GetScheduleCommand(input))).rejects.toBeInstanceOf(
      ValidationException,
    );
    await expect(scheduler.client.send(new DeleteScheduleCommand(input))).rejects.toBeInstanceOf(
      ValidationException,
    );
    expect(scheduler.standIn.pending()).toHaveLength(1);
  });

  it("rejects a delete with a malformed client token", async () => {
    await create(VALID_REQUEST);
    await expect(
      scheduler.client.send(
        new DeleteScheduleCommand({ Name: "fu-valid", GroupName: "reminders", ClientToken: "not a token" }),
      ),
    ).rejects.toBeInstanceOf(ValidationException);
    expect(scheduler.standIn.pending()).toHaveLength(1);
  });

  it.each<[string, ListSchedulesCommandInput]>([
    ["MaxResults 0", { MaxResults: 0 }],
    ["MaxResults 101", { MaxResults: 101 }],
    ["a NamePrefix with a space", { NamePrefix: "fu valid" }],
    ["an unknown State", { State: "PAUSED" as "ENABLED" }],
    ["a NextToken we never issued", { NextToken: "page-two" }],
  ])("rejects a list with %s", async (_case, input) => {
    await expect(scheduler.client.send(new ListSchedulesCommand(input))).rejects.toBeInstanceOf(
      ValidationException,
    );
  });

  it("lists at the bounds: MaxResults 1 and 100", async () => {
    await create(VALID_REQUEST);
    await create(request({ Name: "fu-valid-2" }));
    const one = await scheduler.client.send(
      new ListSchedulesCommand({ GroupName: "reminders", MaxResults: 1 }),
    );
    expect(one.Schedules?.map((schedule) => schedule.Name)).toEqual(["fu-valid"]);
    const rest = await scheduler.client.send(
      new ListSchedulesCommand({ GroupName: "reminders", MaxResults: 100, NextToken: one.NextToken }),
    );
    expect(rest.Schedules?.map((schedule) => schedule.Name)).toEqual(["fu-valid-2"]);
    expect(rest.NextToken).toBeUndefined();
  });
});
