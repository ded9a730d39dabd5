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
  type ActiveWindow,
  InvalidExpressionError,
  isCanonicalZone,
  parseExpression,
  type ScheduleTimes,
} from "./schedule-expressions";

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

/** The body of CreateSchedule and UpdateSchedule once validated, minus GroupName and ClientToken. */
interface ScheduleRequest {
  readonly ScheduleExpression: string;
  readonly ScheduleExpressionTimezone?: string;
  readonly StartDate?: number;
  readonly EndDate?: number;
  readonly State?: "ENABLED" | "DISABLED";
  readonly ActionAfterCompletion?: "NONE" | "DELETE";
  readonly FlexibleTimeWindow: {
    readonly Mode: "OFF" | "FLEXIBLE";
    readonly MaximumWindowInMinutes?: number;
  };
  readonly Target: {
    readonly Arn: string;
    readonly RoleArn: string;
    readonly Input?: string;
    readonly RetryPolicy?: {
      readonly MaximumRetryAttempts?: number;
      readonly MaximumEventAgeInSeconds?: number;
    };
    readonly DeadLetterConfig?: { readonly Arn?: string };
  };
  readonly [member: string]: unknown;
}

interface StoredSchedule {
  readonly name: string;
  readonly groupName: string;
  readonly request: ScheduleRequest;
  readonly times: ScheduleTimes;
  due: DateTime | null;
  readonly createdAt: DateTime;
  readonly modifiedAt: DateTime;
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
 * An error as the service answers it over restJson1: the status code of the model's error shape,
 * the shape's name in `x-amzn-errortype`, and a body with the shape's one member, `Message`.
 */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const validationError = (message: string) => new ApiError(400, "ValidationException", message);
const notFound = (message: string) => new ApiError(404, "ResourceNotFoundException", message);

/*
 * Constraints of the EventBridge Scheduler API model, written out by hand from
 * botocore/data/scheduler/2021-06-30/service-2.json (the 2025-10-27 model) and the API Reference.
 */
type Rule =
  | {
      readonly kind: "string";
      readonly min?: number;
      readonly max?: number;
      readonly pattern?: RegExp;
      readonly values?: readonly string[];
    }
  | { readonly kind: "integer"; readonly min: number; readonly max: number }
  | { readonly kind: "timestamp" }
  | {
      readonly kind: "structure";
      readonly required?: readonly string[];
      readonly members: Record<string, Rule>;
    };

const NAME: Rule = { kind: "string", min: 1, max: 64, pattern: /^[0-9a-zA-Z-_.]+$/ };
const STATE: Rule = { kind: "string", values: ["ENABLED", "DISABLED"] };
const CLIENT_TOKEN: Rule = { kind: "string", min: 1, max: 64, pattern: /^[a-zA-Z0-9-_]+$/ };

const SCHEDULE_REQUEST: Rule = {
  kind: "structure",
  required: ["FlexibleTimeWindow", "ScheduleExpression", "Target"],
  members: {
    ActionAfterCompletion: { kind: "string", values: ["NONE", "DELETE"] },
    ClientToken: CLIENT_TOKEN,
    Description: { kind: "string", min: 0, max: 512 },
    EndDate: { kind: "timestamp" },
    FlexibleTimeWindow: {
      kind: "structure",
      required: ["Mode"],
      members: {
        Mode: { kind: "string", values: ["OFF", "FLEXIBLE"] },
        MaximumWindowInMinutes: { kind: "integer", min: 1, max: 1440 },
      },
    },
    GroupName: NAME,
    KmsKeyArn: {
      kind: "string",
      min: 1,
      max: 2048,
      pattern: /^arn:aws(-[a-z]+)?:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[0-9a-zA-Z-_]*$/,
    },
    ScheduleExpression: { kind: "string", min: 1, max: 256 },
    ScheduleExpressionTimezone: { kind: "string", min: 1, max: 50 },
    StartDate: { kind: "timestamp" },
    State: STATE,
    Target: {
      kind: "structure",
      required: ["Arn", "RoleArn"],
      members: {
        Arn: { kind: "string", min: 1, max: 1600 },
        RoleArn: {
          kind: "string",
          min: 1,
          max: 1600,
          pattern: /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/,
        },
        // The model gives TargetInput a minimum length of 1 and no maximum; the size limit is below.
        Input: { kind: "string", min: 1 },
        RetryPolicy: {
          kind: "structure",
          members: {
            MaximumEventAgeInSeconds: { kind: "integer", min: 60, max: 86400 },
            MaximumRetryAttempts: { kind: "integer", min: 0, max: 185 },
          },
        },
        DeadLetterConfig: {
          kind: "structure",
          members: {
            Arn: {
              kind: "string",
              min: 1,
              max: 1600,
              pattern: /^arn:aws(-[a-z]+)?:sqs:[a-z0-9-]+:\d{12}:[a-zA-Z0-9-_]+$/,
            },
          },
        },
      },
    },
  },
};

const LIST_QUERY: Rule = {
  kind: "structure",
  members: {
    ScheduleGroup: NAME,
    NamePrefix: NAME,
    State: STATE,
    MaxResults: { kind: "integer", min: 1, max: 100 },
    NextToken: { kind: "string", min: 1, max: 2048 },
  },
};

/** Coral's member paths: each segment starts in lower case, e.g. target.retryPolicy. */
const memberPath = (parent: string, member: string) =>
  `${parent ? `${parent}.` : ""}${member.charAt(0).toLowerCase()}${member.slice(1)}`;

/** Every constraint the value breaks, worded as AWS words them ("Value … at '…' failed to satisfy …"). */
function violations(value: unknown, rule: Rule, path: string): string[] {
  const broken = (constraint: string) => [
    `Value ${typeof value === "object" ? "" : `'${String(value)}' `}at '${path}' failed to satisfy constraint: ${constraint}`,
  ];
  switch (rule.kind) {
    case "string":
      if (typeof value !== "string") return broken("Member must be a string");
      if (rule.min !== undefined && value.length < rule.min)
        return broken(`Member must have length greater than or equal to ${rule.min}`);
      if (rule.max !== undefined && value.length > rule.max)
        return broken(`Member must have length less than or equal to ${rule.max}`);
      if (rule.pattern && !rule.pattern.test(value))
        return broken(`Member must satisfy regular expression pattern: ${rule.pattern.source}`);
      if (rule.values && !rule.values.includes(value))
        return broken(`Member must satisfy enum value set: [${rule.values.join(", ")}]`);
      return [];
    case "integer":
      if (!Number.isInteger(value)) return broken("Member must be an integer");
      if ((value as number) < rule.min)
        return broken(`Member must have value greater than or equal to ${rule.min}`);
      if ((value as number) > rule.max)
        return broken(`Member must have value less than or equal to ${rule.max}`);
      return [];
    case "timestamp":
      // restJson1 sends body timestamps as epoch seconds.
      return typeof value === "number" && Number.isFinite(value) ? [] : broken("Member must be a timestamp");
    case "structure": {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        return broken("Member must be a structure");
      const members = value as Record<string, unknown>;
      return [
        ...(rule.required ?? [])
          .filter((member) => members[member] === undefined || members[member] === null)
          .map(
            (member) =>
              `Value null at '${memberPath(path, member)}' failed to satisfy constraint: Member must not be null`,
          ),
        ...Object.entries(rule.members).flatMap(([member, memberRule]) =>
          members[member] === undefined || members[member] === null
            ? []
            : violations(members[member], memberRule, memberPath(path, member)),
        ),
      ];
    }
  }
}

function assertValid(messages: readonly string[]): void {
  if (messages.length === 0) return;
  const count = messages.length === 1 ? "1 validation error" : `${messages.length} validation errors`;
  throw validationError(`${count} detected: ${messages.join("; ")}`);
}

/**
 * Scheduler invokes the target with the templated API it names, so the ARN must name a service
 * (universal targets such as arn:aws:scheduler:::aws-sdk:sqs:sendMessage have no region or account).
 * The model itself only bounds the length.
 */
const TARGET_ARN = /^arn:aws(-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:.+$/;
/**
 * 8 KB: the limit our issue tracker states for a schedule's Input. The model bounds only the
 * minimum; a stand-in stricter than AWS costs nothing (our Input is about 150 bytes), a laxer one
 * could hide a bug.
 */
const MAX_INPUT_BYTES = 8 * 1024;
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
const DEFAULT_ZONE = "UTC";

/** The window StartDate and EndDate give a recurring schedule. */
function activeWindow(request: ScheduleRequest): ActiveWindow {
  const instant = (seconds: number | undefined) =>
    seconds === undefined ? null : DateTime.fromMillis(seconds * 1000, { zone: "UTC" });
  return { start: instant(request.StartDate), end: instant(request.EndDate) };
}

function timesOf(request: ScheduleRequest): ScheduleTimes {
  return parseExpression(
    request.ScheduleExpression,
    request.ScheduleExpressionTimezone ?? DEFAULT_ZONE,
    activeWindow(request),
  );
}

/** Checks a CreateSchedule or UpdateSchedule body against the model and the service's own rules. */
function validatedRequest(name: string, body: Record<string, unknown>): ScheduleRequest {
  assertValid([...violations(name, NAME, "name"), ...violations(body, SCHEDULE_REQUEST, "")]);
  const { GroupName: _group, ClientToken: _token, ...request } = body as unknown as ScheduleRequest;
  if (!TARGET_ARN.test(request.Target.Arn))
    throw validationError(`Invalid target ARN ${request.Target.Arn}: it must name the service to invoke.`);
  if (request.Target.Input !== undefined && Buffer.byteLength(request.Target.Input) > MAX_INPUT_BYTES)
    throw validationError(`Target Input is larger than ${MAX_INPUT_BYTES} bytes.`);
  const zone = request.ScheduleExpressionTimezone;
  if (zone !== undefined && !isCanonicalZone(zone))
    throw validationError(`Invalid timezone ${zone}: use a canonical IANA time zone name, spelled exactly.`);
  // "If you do set the value to FLEXIBLE, you must then specify a maximum window" (User Guide,
  // "Configuring flexible time windows"); a window with OFF is a contradiction the brief rejects.
  const window = request.FlexibleTimeWindow;
  if (window.Mode === "FLEXIBLE" && window.MaximumWindowInMinutes === undefined)
    throw validationError("MaximumWindowInMinutes is required when FlexibleTimeWindow Mode is FLEXIBLE.");
  if (window.Mode === "OFF" && window.MaximumWindowInMinutes !== undefined)
    throw validationError("MaximumWindowInMinutes is not allowed when FlexibleTimeWindow Mode is OFF.");
  if (
    request.StartDate !== undefined &&
    request.EndDate !== undefined &&
    request.EndDate <= request.StartDate
  )
    throw validationError("The EndDate must be after the StartDate.");
  try {
    timesOf(request);
  } catch (error) {
    if (error instanceof InvalidExpressionError) throw validationError(error.message);
    throw error;
  }
  return request;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // Answered below, like a body that is JSON but not an object.
  }
  throw validationError("The request body is not a JSON object.");
}

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
      times: timesOf(schedule.request),
      due: schedule.due ? DateTime.fromISO(schedule.due, { setZone: true }) : null,
      createdAt: DateTime.fromISO(schedule.createdAt, { setZone: true }),
      modifiedAt: DateTime.fromISO(schedule.modifiedAt, { setZone: true }),
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
          createdAt: schedule.createdAt.toISO() ?? "",
          modifiedAt: schedule.modifiedAt.toISO() ?? "",
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

  function store(name: string, group: string, request: ScheduleRequest, createdAt: DateTime): string {
    const now = options.clock();
    const times = timesOf(request);
    const schedule: StoredSchedule = {
      name,
      groupName: group,
      request,
      times,
      due: times.first(now),
      createdAt,
      modifiedAt: now,
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
      CreationDate: schedule.createdAt.toSeconds(),
      LastModificationDate: schedule.modifiedAt.toSeconds(),
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
        CreationDate: schedule.createdAt.toSeconds(),
        LastModificationDate: schedule.modifiedAt.toSeconds(),
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
        return { ScheduleArn: store(name, group, scheduleRequest, options.clock()) };
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
      due.due = due.times.next(due.due);
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
