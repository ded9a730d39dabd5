/** With a state file, the Scheduler stand-in loses nothing across a restart of local mode. */
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateScheduleCommand, GetScheduleCommand } from "@aws-sdk/client-scheduler";
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InvokedTarget, SchedulerStandInOptions } from "../../../local/standins/scheduler";
import {
  ACCOUNT,
  type SchedulerUnderTest,
  startSchedulerWithClient,
  VALID_REQUEST,
  VALID_TARGET,
} from "./scheduler-harness";

const FAILING_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:broken`;

let folder: string;
let now: DateTime;
let invoked: InvokedTarget[];
let running: SchedulerUnderTest | null;

const options = (stateFile: string | undefined): SchedulerStandInOptions => ({
  clock: () => now,
  invoke: async (target) => {
    if (target.arn === FAILING_ARN) throw new Error("function missing");
    invoked.push(target);
  },
  groups: () => ["reminders"],
  stateFile,
});

async function restart(stateFile: string | undefined): Promise<SchedulerUnderTest> {
  await running?.stop();
  running = await startSchedulerWithClient(options(stateFile));
  return running;
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "scheduler-state-"));
  now = DateTime.fromISO("2026-11-23T12:00:00Z");
  invoked = [];
  running = null;
});
afterEach(async () => {
  await running?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe("Scheduler stand-in state file", () => {
  it("keeps schedules, due times, creation dates and dead letters across a restart; pending schedules still fire", async () => {
    const stateFile = join(folder, "nested", "scheduler.jsonl");
    const first = await restart(stateFile);
    await first.client.send(new CreateScheduleCommand(VALID_REQUEST));
    await first.client.send(
      new CreateScheduleCommand({
        ...VALID_REQUEST,
        Name: "fu-digest",
        GroupName: undefined,
        ScheduleExpression: "cron(0 18 ? * SUN *)",
        ActionAfterCompletion: undefined,
        Target: { ...VALID_TARGET, Input: '{"kind":"digest"}' },
      }),
    );
    await first.client.send(
      new CreateScheduleCommand({
        ...VALID_REQUEST,
        Name: "fu-broken",
        ScheduleExpression: "at(2026-11-23T06:00:00)",
        Target: { ...VALID_TARGET, Arn: FAILING_ARN },
      }),
    );
    await first.standIn.tick();
    const pendingBefore = first.standIn.pending();
    const deadLettersBefore = [...first.standIn.deadLetters()];
    const createdBefore = await first.client.send(
      new GetScheduleCommand({ Name: VALID_REQUEST.Name, GroupName: VALID_REQUEST.GroupName }),
    );
    expect(deadLettersBefore).toEqual([expect.objectContaining({ scheduleName: "fu-broken" })]);

    now = DateTime.fromISO("2026-11-25T09:00:00Z");
    const second = await restart(stateFile);
    expect(second.standIn.pending()).toEqual(pendingBefore);
    expect(second.standIn.deadLetters()).toEqual(deadLettersBefore);
    const createdAfter = await second.client.send(
      new GetScheduleCommand({ Name: VALID_REQUEST.Name, GroupName: VALID_REQUEST.GroupName }),
    );
    expect(createdAfter).toEqual({ ...createdBefore, $metadata: createdAfter.$metadata });

    // Sunday's digest (18:00 in Chicago, 00:00Z Monday) and the one-time prompt are both due by now.
    now = DateTime.fromISO("2026-12-02T17:00:00Z");
    expect(await second.standIn.tick()).toBe(2);
    expect(invoked).toEqual([
      expect.objectContaining({
        arn: VALID_TARGET.Arn,
        roleArn: VALID_TARGET.RoleArn,
        input: '{"kind":"digest"}',
      }),
      expect.objectContaining({
        arn: VALID_TARGET.Arn,
        roleArn: VALID_TARGET.RoleArn,
        input: VALID_TARGET.Input,
      }),
    ]);

    // The firings were saved: the completed one-time schedule (DELETE after completion) stays gone,
    // and the digest waits for next Sunday.
    const third = await restart(stateFile);
    expect(third.standIn.pending()).toEqual([
      { name: "fu-digest", groupName: "default", due: "2026-12-06T18:00:00.000-06:00" },
    ]);
    expect(await third.standIn.tick()).toBe(0);
  });

  it("forgets everything on restart without a state file", async () => {
    const first = await restart(undefined);
    await first.client.send(new CreateScheduleCommand(VALID_REQUEST));
    const second = await restart(undefined);
    expect(second.standIn.pending()).toEqual([]);
  });

  it("starts from the readable rest of a damaged state file and names the line it skipped", async () => {
    const stateFile = join(folder, "scheduler.jsonl");
    const first = await restart(stateFile);
    await first.client.send(new CreateScheduleCommand(VALID_REQUEST));
    await first.stop();
    running = null;
    appendFileSync(stateFile, '{ not json\n["dead-letter/9"]\n');
    const damage: string[] = [];

    running = await startSchedulerWithClient({
      ...options(stateFile),
      onDamage: (line) => damage.push(line),
    });

    expect(running.standIn.pending().map((schedule) => schedule.name)).toEqual([VALID_REQUEST.Name]);
    expect(damage).toEqual([expect.stringContaining(`${stateFile}:2: not a journal entry`)]);
  });
});
