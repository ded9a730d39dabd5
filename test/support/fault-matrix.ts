/**
 * The partial-fault matrix: every use case, run once cleanly to learn its AWS calls, then again
 * with one fault at each call — before it takes effect, or just after (the function dies) — and
 * Lambda's retries left to run. After each, the invariants must hold for that user:
 * - every pending prompt has exactly one live schedule, carrying the current plan version, and
 *   no other schedule is left;
 * - the emails the user got are exactly those of the clean run: nothing sent twice, nothing lost;
 * - nothing is left in a dead-letter queue (one fault, then retries, always heals).
 */
import { DeleteScheduleCommand, GetScheduleCommand } from "@aws-sdk/client-scheduler";
import type { DateTime } from "luxon";
import { DynamoInterviewStore } from "../../lambdas/adapters/dynamo-interview-store";
import { interviewSchedulePrefix, scheduleName } from "../../lambdas/domain/schedule-name";
import type { LocalApp } from "../../local/app";
import { faultPoints } from "./fault-points";
import { deliver, replyTo, type StoredEmail } from "./local-app";

export interface MatrixContext {
  readonly app: LocalApp;
  readonly owner: string;
  /** Unique per run, for invite ids and company names. */
  readonly index: number;
}

export interface Scenario {
  readonly name: string;
  /** Brings the user to the state the use case starts from (no fault injected). */
  readonly setup?: (context: MatrixContext) => Promise<void>;
  /**
   * A setup long enough to be worth running once: each run then gets a deployment of its own,
   * started from a copy of the data of the one the setup ran on (see describeMatrix), and its
   * functions start cold, as the clean run's do. Not for a setup that leaves state in memory.
   */
  readonly setupOnce?: boolean;
  readonly trigger: (context: MatrixContext) => Promise<void>;
  /** Emails (subjects) this user may get from other users' work meanwhile, ignored in comparisons. */
  readonly ignoreSubjects?: RegExp;
  /** What else must hold after the trigger, clean or faulted: the problems found. */
  readonly check?: (context: MatrixContext) => Promise<string[]>;
}

export interface Violation {
  readonly scenario: string;
  readonly fault: string;
  readonly problem: string;
}

export function store(app: LocalApp): DynamoInterviewStore {
  return new DynamoInterviewStore({ client: app.cloud.clients.dynamodb, tableName: app.cloud.tableName });
}

/** A user of the allowed domain who has confirmed, as most users of a shared deployment are. */
export async function confirmedUser(app: LocalApp, owner: string): Promise<void> {
  await store(app).saveProfile({
    ownerId: owner,
    status: "confirmed",
    settings: {},
    expiresAt: null,
    revision: 1,
  });
}

const stamp = (value: DateTime) => value.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** A calendar invite forwarded by the user, for an interview `daysAhead` days after the clock's now. */
export function invite(
  context: MatrixContext,
  options: {
    readonly sequence?: number;
    readonly method?: "REQUEST" | "CANCEL";
    readonly hour?: number;
  } = {},
): string {
  const start = context.app.clock
    .now()
    .setZone("America/Chicago")
    .plus({ days: 6 })
    .set({ hour: options.hour ?? 10, minute: 0, second: 0, millisecond: 0 });
  const method = options.method ?? "REQUEST";
  return [
    `From: Job Seeker <${context.owner}>`,
    `To: ${context.app.inboundAddress}`,
    `Subject: Fwd: Interview with Globex ${context.index}`,
    `Message-ID: <matrix-${context.index}-${options.sequence ?? 0}-${method}@mail.example>`,
    "Date: Mon, 23 Nov 2026 08:15:00 -0600",
    "MIME-Version: 1.0",
    `Content-Type: text/calendar; charset="UTF-8"; method=${method}`,
    "",
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `METHOD:${method}`,
    "BEGIN:VEVENT",
    `UID:matrix-${context.index}@globex.example`,
    `SEQUENCE:${options.sequence ?? 0}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(start.plus({ hours: 1 }))}`,
    `SUMMARY:Interview: Engineer at Globex${context.index}`,
    `ORGANIZER;CN=Rita Recruiter:mailto:rita@globex${context.index}.example`,
    ...(method === "CANCEL" ? ["STATUS:CANCELLED"] : []),
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

/** A plain message from the user to the inbound address (a command, a setting). */
export function command(context: MatrixContext, text: string): string {
  return [
    `From: Job Seeker <${context.owner}>`,
    `To: ${context.app.inboundAddress}`,
    `Subject: ${text}`,
    `Message-ID: <matrix-${context.index}-${text.replace(/\W+/g, "-")}@mail.example>`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    "",
  ].join("\r\n");
}

/** The user's emails, read from the SES stand-in's store in this process (the inbox grows large here). */
export async function emailsTo(app: LocalApp, owner: string): Promise<StoredEmail[]> {
  return (app.cloud.ses.emails() as unknown as StoredEmail[]).filter((email) =>
    email.destination.to.includes(owner),
  );
}

export async function latestTo(app: LocalApp, owner: string, subject: RegExp): Promise<StoredEmail> {
  const found = (await emailsTo(app, owner)).filter((email) => subject.test(email.subject)).at(-1);
  if (!found) throw new Error(`no email matching ${subject} for ${owner}`);
  return found;
}

export const forward = (context: MatrixContext, options?: Parameters<typeof invite>[1]) =>
  deliver(context.app, invite(context, options), { from: context.owner });

export const send = (context: MatrixContext, text: string) =>
  deliver(context.app, command(context, text), { from: context.owner });

export const reply = async (context: MatrixContext, to: RegExp, text: string) =>
  replyTo(context.app, await latestTo(context.app, context.owner, to), text, context.owner);

/** Fires the reminder of one kind as EventBridge Scheduler would: its Input, then the one-time schedule is gone. */
export async function fireReminder(context: MatrixContext, kind: string): Promise<void> {
  const { app, owner } = context;
  const [record] = await store(app).listByOwner(owner);
  if (!record) throw new Error(`${owner} has no interview`);
  const name = scheduleName(owner, record.interviewId, kind);
  const schedule = app.cloud.scheduler.pending().find((item) => item.name === name);
  if (!schedule) throw new Error(`no ${kind} schedule for ${owner}`);
  const described = await app.cloud.clients.scheduler.send(
    new GetScheduleCommand({ Name: name, GroupName: schedule.groupName }),
  );
  await app.cloud.clients.scheduler.send(
    new DeleteScheduleCommand({ Name: name, GroupName: schedule.groupName }),
  );
  await app.cloud.runtime.invokeAsync(
    described.Target?.Arn ?? "",
    JSON.parse(described.Target?.Input ?? "{}"),
  );
}

interface Snapshot {
  readonly subjects: readonly string[];
  readonly schedules: readonly string[];
  readonly records: readonly string[];
}

async function snapshot(app: LocalApp, owner: string, ignore: RegExp | undefined): Promise<Snapshot> {
  const records = await store(app).listByOwner(owner);
  const prefixes = records.map((record) => interviewSchedulePrefix(owner, record.interviewId));
  return {
    subjects: (await emailsTo(app, owner))
      .map((email) => email.subject.replace(/Globex ?\d+/g, "Globex"))
      .filter((subject) => !ignore?.test(subject))
      .sort(),
    schedules: app.cloud.scheduler
      .pending()
      .filter((schedule) => prefixes.some((prefix) => schedule.name.startsWith(prefix)))
      .map((schedule) => schedule.name.split("-").slice(3).join("-"))
      .sort(),
    records: records
      .map((record) => `${record.status}:${record.log.outcome ?? "-"}:${record.planned.length}`)
      .sort(),
  };
}

/** Every pending prompt has exactly one live schedule carrying the current plan version; nothing else is scheduled. */
export async function schedulesMatchPlans(app: LocalApp, owner: string): Promise<string[]> {
  const problems: string[] = [];
  const pending = app.cloud.scheduler.pending();
  for (const record of await store(app).listByOwner(owner)) {
    const prefix = interviewSchedulePrefix(owner, record.interviewId);
    const live = pending.filter((schedule) => schedule.name.startsWith(prefix));
    const planned = record.status === "active" ? record.planned : [];
    for (const reminder of planned) {
      const name = scheduleName(owner, record.interviewId, reminder.kind);
      const matching = live.filter((schedule) => schedule.name === name);
      if (matching.length !== 1) {
        problems.push(`${reminder.kind} is planned but has ${matching.length} schedules`);
        continue;
      }
      const described = await app.cloud.clients.scheduler.send(
        new GetScheduleCommand({ Name: name, GroupName: matching[0]?.groupName }),
      );
      const version = (JSON.parse(described.Target?.Input ?? "{}") as { planVersion?: number }).planVersion;
      if (version !== record.planVersion)
        problems.push(`${reminder.kind} fires plan ${version}, the record is at ${record.planVersion}`);
    }
    const kinds = new Set(planned.map((reminder) => scheduleName(owner, record.interviewId, reminder.kind)));
    for (const schedule of live)
      if (!kinds.has(schedule.name)) problems.push(`${schedule.name} is scheduled but not planned`);
  }
  return problems;
}

export interface MatrixResult {
  readonly injected: number;
  /** Crashes right after SES accepted an email: the one window where a retry sends it again. */
  readonly knownDuplicates: number;
  /** Fault points the run never reached (a parallel call arrived in another order). */
  readonly missed: number;
  readonly violations: readonly Violation[];
}

function differences(
  actual: Snapshot,
  expected: Snapshot,
  sesWindow: boolean,
): { problems: string[]; duplicate: boolean } {
  const problems: string[] = [];
  let duplicate = false;
  const subjects = [...actual.subjects];
  if (sesWindow && subjects.length === expected.subjects.length + 1) {
    // At most one email of the clean run arrives twice; nothing else may differ.
    const extra = subjects.find((subject, index) => subjects.indexOf(subject) !== index);
    if (extra) {
      subjects.splice(subjects.indexOf(extra), 1);
      duplicate = true;
    }
  }
  if (JSON.stringify(subjects) !== JSON.stringify(expected.subjects))
    problems.push(
      `emails ${JSON.stringify(actual.subjects)} instead of ${JSON.stringify(expected.subjects)}`,
    );
  if (JSON.stringify(actual.schedules) !== JSON.stringify(expected.schedules))
    problems.push(`schedules ${actual.schedules.join(",")} instead of ${expected.schedules.join(",")}`);
  if (JSON.stringify(actual.records) !== JSON.stringify(expected.records))
    problems.push(`records ${actual.records.join(",")} instead of ${expected.records.join(",")}`);
  return { problems, duplicate };
}

/** A user in the state the scenario starts from, and how to end the run (a deployment of its own). */
export type MatrixRun = MatrixContext & { readonly end?: () => Promise<void> };

/** Runs one scenario through the matrix, each run with a fresh user so runs cannot disturb each other. */
export async function runMatrix(
  scenario: Scenario,
  startRun: () => Promise<MatrixRun>,
): Promise<MatrixResult> {
  const violations: Violation[] = [];
  const clean = await startRun();
  // The clean run starts cold, so it includes what only a cold start calls (the signing secret).
  await clean.app.cloud.runtime.recycle();
  const before = clean.app.cloud.calls().length;
  await scenario.trigger(clean);
  const calls = clean.app.cloud.calls().slice(before);
  const expected = await snapshot(clean.app, clean.owner, scenario.ignoreSubjects);
  if (calls.length === 0)
    violations.push({ scenario: scenario.name, fault: "none", problem: "the clean run made no call" });
  for (const problem of (await scenario.check?.(clean)) ?? [])
    violations.push({ scenario: scenario.name, fault: "none", problem });
  await clean.end?.();
  let injected = 0;
  let knownDuplicates = 0;
  let missed = 0;
  for (const point of faultPoints(calls)) {
    const context = await startRun();
    const { app } = context;
    const fault = `${point.when} call ${point.position}/${calls.length} (${point.service}:${point.operation})`;
    const lettersBefore = app.cloud.deadLetters().length;
    // Faults on a cold start's own calls need one; the others run warm (faster).
    if (point.service === "secretsmanager") await app.cloud.runtime.recycle();
    app.cloud.faults.inject(point);
    try {
      await scenario.trigger(context);
    } catch (error) {
      violations.push({
        scenario: scenario.name,
        fault,
        problem: `the trigger failed: ${(error as Error).message}`,
      });
    } finally {
      app.cloud.faults.inject(null);
    }
    // Concurrent calls (schedules written in parallel) can arrive in another order: no fault then.
    if (!app.cloud.faults.struck()) {
      missed++;
      await context.end?.();
      continue;
    }
    injected++;
    const sesWindow = point.when === "after" && point.service === "ses";
    const { problems, duplicate } = differences(
      await snapshot(app, context.owner, scenario.ignoreSubjects),
      expected,
      sesWindow,
    );
    if (duplicate) knownDuplicates++;
    problems.push(...(await schedulesMatchPlans(app, context.owner)));
    problems.push(...((await scenario.check?.(context)) ?? []));
    if (app.cloud.deadLetters().length > lettersBefore) problems.push("an event is in a dead-letter queue");
    for (const problem of problems) violations.push({ scenario: scenario.name, fault, problem });
    await context.end?.();
  }
  return { injected, knownDuplicates, missed, violations };
}
