/**
 * A local EventBridge Scheduler that speaks the real REST-JSON API, so the production adapter
 * (@aws-sdk/client-scheduler) is the code that runs locally. It rejects what the real service
 * rejects, with the same error shapes, so a bad request fails here rather than after a deploy.
 * Schedules fire by an injected clock: `tick()` fires whatever is due, in time order, through the
 * `invoke` callback. With a state file, schedules and dead letters survive a restart.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DateTime } from "luxon";
import { type JournalFile, openJournalFile, type WriteOptions } from "./journal-file";
import {
  ApiError,
  assertValid,
  CLIENT_TOKEN,
  LIST_QUERY,
  NAME,
  notFound,
  readJson,
  type ScheduleRequest,
  timesOf,
  validatedRequest,
  validationError,
  violations,
} from "./scheduler-model";

/** What Scheduler hands the target: the caller can check the role as IAM would. */
export interface InvokedTarget {
  readonly arn: string;
  readonly roleArn: string;
  readonly input: string;
  /** The ARN of the schedule's group: what Scheduler names in aws:SourceArn when it assumes the role. */
  readonly scheduleGroupArn: string;
}

export interface DeadLetter {
  readonly scheduleName: string;
  readonly groupName: string;
  readonly deadLetterArn: string | null;
  readonly targetArn: string;
  readonly input: string;
  readonly error: string;
  readonly at: string;
}

export interface SchedulerStandInOptions {
  readonly clock: () => DateTime;
  /** Delivers a schedule's target, as Scheduler invokes a Lambda asynchronously. */
  readonly invoke: (target: InvokedTarget) => Promise<void>;
  /** The schedule groups that exist besides "default", as the stack creates them. */
  readonly groups: () => readonly string[];
  /**
   * Journals schedules (with their due times and creation dates) and dead letters to this file, a
   * line per change, and loads it at start, so a restart loses nothing.
   * @default kept in memory only
   */
  readonly stateFile?: string;
  /** Hears of state-file lines that could not be replayed (see journal-file.ts). */
  readonly onDamage?: (message: string) => void;
  readonly port?: number;
  readonly region?: string;
  readonly accountId?: string;
}

export interface SchedulerStandIn {
  readonly endpoint: string;
  /** Fires every schedule due by the clock's now, oldest first; returns how many fired. */
  tick(): Promise<number>;
  /** Schedules with their next due instant, for tests and `followup local` status. */
  pending(): Array<{ name: string; groupName: string; due: string | null }>;
  /** The earliest instant any enabled schedule is due, or null. */
  nextDue(): DateTime | null;
  deadLetters(): readonly DeadLetter[];
  close(): Promise<void>;
}

interface StoredSchedule {
  readonly name: string;
  readonly groupName: string;
  readonly request: ScheduleRequest;
  due: DateTime | null;
  /** ISO instants, as saved: a DateTime each would weigh more than the rest of the schedule. */
  readonly createdAt: string;
  readonly modifiedAt: string;
}

/** An entry of the state file: a schedule (instants as ISO strings, the request as sent) or a dead letter. */
type SavedEntry =
  | {
      readonly schedule: {
        readonly name: string;
        readonly groupName: string;
        readonly request: ScheduleRequest;
        readonly due: string | null;
        readonly createdAt: string;
        readonly modifiedAt: string;
      };
    }
  | { readonly deadLetter: DeadLetter };

/**
 * "If you don't enter a payload, EventBridge Scheduler uses an empty event to invoke the function"
 * (Lambda Developer Guide, "Invoke a Lambda function on a schedule"); the API Reference only says a
 * "default notification". Lambda targets are the only kind local mode wires.
 */
const EMPTY_EVENT = "{}";
const LAMBDA_ARN = /^arn:aws(-[a-z]+)*:lambda:/;
/** AWS retries for up to MaximumEventAgeInSeconds with backoff; locally retries are immediate and few. */
const MAX_LOCAL_ATTEMPTS = 5;
const DEFAULT_GROUP = "default";
/** An ISO instant in epoch seconds, as the API's CreationDate and LastModificationDate are. */
const seconds = (iso: string) => DateTime.fromISO(iso).toSeconds();

export async function startSchedulerStandIn(options: SchedulerStandInOptions): Promise<SchedulerStandIn> {
  const region = options.region ?? "us-east-1";
  const account = options.accountId ?? "000000000000";
  const schedules = new Map<string, StoredSchedule>();
  const deadLetters: DeadLetter[] = [];
  const key = (group: string, name: string) => `${group}/${name}`;
  const arn = (group: string, name: string) =>
    `arn:aws:scheduler:${region}:${account}:schedule/${group}/${name}`;
  const stateOf = (schedule: StoredSchedule) => schedule.request.State ?? "ENABLED";

  const journal: JournalFile<SavedEntry> | null = options.stateFile
    ? openJournalFile(options.stateFile, { onDamage: options.onDamage })
    : null;
  for (const entry of journal?.entries.values() ?? []) {
    if ("deadLetter" in entry) {
      deadLetters.push(entry.deadLetter);
      continue;
    }
    const { schedule } = entry;
    schedules.set(key(schedule.groupName, schedule.name), {
      ...schedule,
      due: schedule.due ? DateTime.fromISO(schedule.due, { setZone: true }) : null,
    });
  }

  /** Writes what changed of one schedule (or its deletion) to the state file. */
  function saveSchedule(schedule: StoredSchedule, options: WriteOptions = {}): void {
    const entryKey = `schedule/${key(schedule.groupName, schedule.name)}`;
    if (!schedules.has(key(schedule.groupName, schedule.name))) {
      journal?.delete(entryKey, options);
      return;
    }
    journal?.put(
      entryKey,
      {
        schedule: {
          name: schedule.name,
          groupName: schedule.groupName,
          request: schedule.request,
          due: schedule.due?.toISO() ?? null,
          createdAt: schedule.createdAt,
          modifiedAt: schedule.modifiedAt,
        },
      },
      options,
    );
  }

  function existingGroup(group: string): string {
    if (group !== DEFAULT_GROUP && !options.groups().includes(group))
      throw notFound(`Schedule group ${group} does not exist.`);
    return group;
  }

  function find(group: string, name: string): StoredSchedule {
    const schedule = schedules.get(key(existingGroup(group), name));
    if (!schedule) throw notFound(`Schedule ${name} does not exist.`);
    return schedule;
  }

  function store(name: string, group: string, request: ScheduleRequest, createdAt: string | null): string {
    const now = options.clock();
    const schedule: StoredSchedule = {
      name,
      groupName: group,
      request,
      due: timesOf(request).first(now),
      createdAt: createdAt ?? now.toISO() ?? "",
      modifiedAt: now.toISO() ?? "",
    };
    schedules.set(key(group, name), schedule);
    saveSchedule(schedule);
    return arn(group, name);
  }

  function describe(schedule: StoredSchedule) {
    return {
      Arn: arn(schedule.groupName, schedule.name),
      GroupName: schedule.groupName,
      Name: schedule.name,
      ...schedule.request,
      State: stateOf(schedule),
      CreationDate: seconds(schedule.createdAt),
      LastModificationDate: seconds(schedule.modifiedAt),
    };
  }

  function list(query: URLSearchParams) {
    const parameters = Object.fromEntries(query);
    assertValid(
      violations(
        {
          ...parameters,
          ...(parameters.MaxResults === undefined ? {} : { MaxResults: Number(parameters.MaxResults) }),
        },
        LIST_QUERY,
        "",
      ),
    );
    const group = parameters.ScheduleGroup;
    if (group !== undefined) existingGroup(group);
    const prefix = parameters.NamePrefix ?? "";
    const max = Number(parameters.MaxResults ?? 100);
    // Our NextToken is an offset into the sorted list; anything else is not a token we issued.
    const start = parameters.NextToken === undefined ? 0 : Number(parameters.NextToken);
    if (!Number.isInteger(start) || start < 0)
      throw validationError(`Invalid NextToken ${parameters.NextToken}.`);
    const matching = [...schedules.values()]
      .filter((schedule) => (!group || schedule.groupName === group) && schedule.name.startsWith(prefix))
      .filter((schedule) => !parameters.State || stateOf(schedule) === parameters.State)
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      Schedules: matching.slice(start, start + max).map((schedule) => ({
        Arn: arn(schedule.groupName, schedule.name),
        Name: schedule.name,
        GroupName: schedule.groupName,
        State: stateOf(schedule),
        CreationDate: seconds(schedule.createdAt),
        LastModificationDate: seconds(schedule.modifiedAt),
        Target: { Arn: schedule.request.Target.Arn },
      })),
      ...(start + max < matching.length ? { NextToken: String(start + max) } : {}),
    };
  }

  async function route(request: IncomingMessage): Promise<unknown> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const [, collection, rawName] = url.pathname.split("/");
    if (collection === "_dead-letters" && request.method === "GET") return { DeadLetters: deadLetters };
    if (collection !== "schedules") throw notFound(`No route ${url.pathname}`);
    if (!rawName && request.method === "GET") return list(url.searchParams);
    const name = decodeURIComponent(rawName ?? "");
    switch (request.method) {
      case "POST": {
        const body = await readJson(request);
        const scheduleRequest = validatedRequest(name, body);
        const group = existingGroup(typeof body.GroupName === "string" ? body.GroupName : DEFAULT_GROUP);
        if (schedules.has(key(group, name)))
          throw new ApiError(409, "ConflictException", `Schedule ${name} already exists.`);
        return { ScheduleArn: store(name, group, scheduleRequest, null) };
      }
      case "PUT": {
        const body = await readJson(request);
        const scheduleRequest = validatedRequest(name, body);
        const existing = find(typeof body.GroupName === "string" ? body.GroupName : DEFAULT_GROUP, name);
        return { ScheduleArn: store(name, existing.groupName, scheduleRequest, existing.createdAt) };
      }
      case "GET":
      case "DELETE": {
        const group = url.searchParams.get("groupName") ?? DEFAULT_GROUP;
        const token = url.searchParams.get("clientToken");
        assertValid([
          ...violations(name, NAME, "name"),
          ...violations(group, NAME, "groupName"),
          ...(token === null ? [] : violations(token, CLIENT_TOKEN, "clientToken")),
        ]);
        const schedule = find(group, name);
        if (request.method === "GET") return describe(schedule);
        schedules.delete(key(schedule.groupName, schedule.name));
        saveSchedule(schedule);
        return {};
      }
      default:
        throw new ApiError(405, "ValidationException", `Method ${request.method} not allowed`);
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    try {
      const result = await route(request);
      response
        .writeHead(200, { "content-type": "application/json", "x-amzn-requestid": requestId })
        .end(JSON.stringify(result));
    } catch (error) {
      const failure =
        error instanceof ApiError ? error : new ApiError(500, "InternalServerException", String(error));
      response
        .writeHead(failure.status, {
          "content-type": "application/json",
          "x-amzn-errortype": failure.type,
          "x-amzn-requestid": requestId,
        })
        .end(JSON.stringify({ Message: failure.message }));
    }
  }

  async function deliver(target: InvokedTarget): Promise<void> {
    if (LAMBDA_ARN.test(target.arn)) {
      try {
        JSON.parse(target.input);
      } catch {
        // A templated Lambda target takes well-formed JSON (API Reference, Target.Input); Lambda
        // refuses anything else, on every retry.
        throw new Error("Lambda rejects an Input that is not well-formed JSON");
      }
    }
    await options.invoke(target);
  }

  async function fire(schedule: StoredSchedule): Promise<void> {
    const { Target: target } = schedule.request;
    const delivered: InvokedTarget = {
      scheduleGroupArn: `arn:aws:scheduler:${region}:${account}:schedule-group/${schedule.groupName}`,
      arn: target.Arn,
      roleArn: target.RoleArn,
      input: target.Input ?? EMPTY_EVENT,
    };
    const attempts = 1 + (target.RetryPolicy?.MaximumRetryAttempts ?? 185);
    let lastError: unknown;
    for (let attempt = 0; attempt < Math.min(attempts, MAX_LOCAL_ATTEMPTS); attempt++) {
      try {
        await deliver(delivered);
        return;
      } catch (error) {
        lastError = error;
      }
    }
    const deadLetter: DeadLetter = {
      scheduleName: schedule.name,
      groupName: schedule.groupName,
      deadLetterArn: target.DeadLetterConfig?.Arn ?? null,
      targetArn: target.Arn,
      input: delivered.input,
      error: lastError instanceof Error ? lastError.message : String(lastError),
      at: options.clock().toISO() ?? "",
    };
    deadLetters.push(deadLetter);
    journal?.put(`dead-letter/${deadLetters.length}`, { deadLetter });
  }

  let ticking: Promise<number> | null = null;
  async function tickOnce(): Promise<number> {
    let fired = 0;
    for (;;) {
      const now = options.clock();
      const due = [...schedules.values()]
        .filter((schedule) => schedule.due && schedule.due <= now && stateOf(schedule) === "ENABLED")
        .sort((a, b) => (a.due?.toMillis() ?? 0) - (b.due?.toMillis() ?? 0))[0];
      if (!due?.due) return fired;
      due.due = timesOf(due.request).next(due.due);
      if (!due.due && due.request.ActionAfterCompletion === "DELETE")
        schedules.delete(key(due.groupName, due.name));
      await fire(due);
      // Saved after the delivery, not flushed: a crash before it reaches the disk delivers again after
      // a restart, at least once as in AWS (and a flush per hourly firing made time travel slow).
      saveSchedule(due, { durable: false });
      fired++;
    }
  }

  const server: Server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    tick() {
      // One tick at a time: a timer tick and a time-travel tick never fire the same schedule twice.
      const run = (ticking ?? Promise.resolve(0)).then(tickOnce);
      ticking = run.finally(() => {
        if (ticking === run) ticking = null;
      });
      return run;
    },
    pending: () =>
      [...schedules.values()].map((schedule) => ({
        name: schedule.name,
        groupName: schedule.groupName,
        due: schedule.due?.toISO() ?? null,
      })),
    nextDue: () =>
      [...schedules.values()]
        .filter((schedule) => schedule.due && stateOf(schedule) === "ENABLED")
        .map((schedule) => schedule.due as DateTime)
        .sort((a, b) => a.toMillis() - b.toMillis())[0] ?? null,
    deadLetters: () => deadLetters,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
