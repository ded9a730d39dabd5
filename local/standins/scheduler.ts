/**
 * A local EventBridge Scheduler that speaks the real REST-JSON API, so the production adapter
 * (@aws-sdk/client-scheduler) is the code that runs locally. Schedules fire by an injected
 * clock: `tick()` fires whatever is due, in time order, through the `invoke` callback.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { DateTime } from "luxon";
import { InvalidExpressionError, parseExpression, type ScheduleTimes } from "./schedule-expressions";

interface StoredSchedule {
  readonly name: string;
  readonly groupName: string;
  readonly body: Record<string, unknown>;
  readonly times: ScheduleTimes;
  due: DateTime | null;
  readonly createdAt: DateTime;
  modifiedAt: DateTime;
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
  /** Delivers a schedule's Input to its target, as Scheduler invokes a Lambda asynchronously. */
  readonly invoke: (targetArn: string, input: string) => Promise<void>;
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

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new ApiError(400, "ValidationException", "Request body is not JSON");
  }
}

const NAME = /^[0-9a-zA-Z-_.]{1,64}$/;
const DEFAULT_GROUP = "default";

export async function startSchedulerStandIn(options: SchedulerStandInOptions): Promise<SchedulerStandIn> {
  const region = options.region ?? "us-east-1";
  const account = options.accountId ?? "000000000000";
  const schedules = new Map<string, StoredSchedule>();
  const deadLetters: DeadLetter[] = [];
  const key = (group: string, name: string) => `${group}/${name}`;
  const arn = (group: string, name: string) =>
    `arn:aws:scheduler:${region}:${account}:schedule/${group}/${name}`;

  function validated(name: string, body: Record<string, unknown>): ScheduleTimes {
    if (!NAME.test(name)) throw new ApiError(400, "ValidationException", `Invalid name ${name}`);
    const target = body.Target as Record<string, unknown> | undefined;
    if (!target?.Arn || !target.RoleArn)
      throw new ApiError(400, "ValidationException", "Target.Arn and Target.RoleArn are required");
    if (!(body.FlexibleTimeWindow as Record<string, unknown> | undefined)?.Mode) {
      throw new ApiError(400, "ValidationException", "FlexibleTimeWindow is required");
    }
    try {
      return parseExpression(
        String(body.ScheduleExpression ?? ""),
        String(body.ScheduleExpressionTimezone ?? "UTC"),
      );
    } catch (error) {
      throw new ApiError(
        400,
        "ValidationException",
        error instanceof InvalidExpressionError ? error.message : "Invalid expression",
      );
    }
  }

  function store(
    name: string,
    group: string,
    body: Record<string, unknown>,
    createdAt: DateTime,
  ): StoredSchedule {
    const now = options.clock();
    const times = validated(name, body);
    const schedule: StoredSchedule = {
      name,
      groupName: group,
      body,
      times,
      due: times.first(now),
      createdAt,
      modifiedAt: now,
    };
    schedules.set(key(group, name), schedule);
    return schedule;
  }

  function find(group: string, name: string): StoredSchedule {
    const schedule = schedules.get(key(group, name));
    if (!schedule) throw new ApiError(404, "ResourceNotFoundException", `Schedule ${name} does not exist.`);
    return schedule;
  }

  function describe(schedule: StoredSchedule) {
    return {
      Arn: arn(schedule.groupName, schedule.name),
      GroupName: schedule.groupName,
      Name: schedule.name,
      ...schedule.body,
      State: schedule.body.State ?? "ENABLED",
      CreationDate: schedule.createdAt.toSeconds(),
      LastModificationDate: schedule.modifiedAt.toSeconds(),
    };
  }

  async function route(request: IncomingMessage): Promise<unknown> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const [, collection, rawName] = url.pathname.split("/");
    const name = rawName ? decodeURIComponent(rawName) : undefined;
    if (collection === "_dead-letters" && request.method === "GET") return { DeadLetters: deadLetters };
    if (collection !== "schedules")
      throw new ApiError(404, "ResourceNotFoundException", `No route ${url.pathname}`);
    if (!name && request.method === "GET") {
      const group = url.searchParams.get("ScheduleGroup");
      const prefix = url.searchParams.get("NamePrefix") ?? "";
      const state = url.searchParams.get("State");
      const max = Math.min(Number(url.searchParams.get("MaxResults") ?? 100) || 100, 100);
      const start = Number(url.searchParams.get("NextToken") ?? 0) || 0;
      const matching = [...schedules.values()]
        .filter((schedule) => (!group || schedule.groupName === group) && schedule.name.startsWith(prefix))
        .filter((schedule) => !state || (schedule.body.State ?? "ENABLED") === state)
        .sort((a, b) => a.name.localeCompare(b.name));
      const page = matching.slice(start, start + max);
      return {
        Schedules: page.map((schedule) => ({
          Arn: arn(schedule.groupName, schedule.name),
          Name: schedule.name,
          GroupName: schedule.groupName,
          State: schedule.body.State ?? "ENABLED",
          CreationDate: schedule.createdAt.toSeconds(),
          LastModificationDate: schedule.modifiedAt.toSeconds(),
          Target: { Arn: (schedule.body.Target as Record<string, unknown>).Arn },
        })),
        ...(start + max < matching.length ? { NextToken: String(start + max) } : {}),
      };
    }
    if (!name) throw new ApiError(404, "ResourceNotFoundException", "Missing schedule name");
    switch (request.method) {
      case "POST": {
        const body = await readJson(request);
        const group = String(body.GroupName ?? DEFAULT_GROUP);
        if (schedules.has(key(group, name)))
          throw new ApiError(409, "ConflictException", `Schedule ${name} already exists.`);
        delete body.GroupName;
        delete body.ClientToken;
        return { ScheduleArn: arn(group, store(name, group, body, options.clock()).name) };
      }
      case "PUT": {
        const body = await readJson(request);
        const group = String(body.GroupName ?? DEFAULT_GROUP);
        const existing = find(group, name);
        delete body.GroupName;
        delete body.ClientToken;
        return { ScheduleArn: arn(group, store(name, group, body, existing.createdAt).name) };
      }
      case "GET":
        return describe(find(url.searchParams.get("groupName") ?? DEFAULT_GROUP, name));
      case "DELETE": {
        const group = url.searchParams.get("groupName") ?? DEFAULT_GROUP;
        find(group, name);
        schedules.delete(key(group, name));
        return {};
      }
      default:
        throw new ApiError(405, "ValidationException", `Method ${request.method} not allowed`);
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const result = await route(request);
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
    } catch (error) {
      const failure =
        error instanceof ApiError ? error : new ApiError(500, "InternalServerException", String(error));
      response
        .writeHead(failure.status, { "content-type": "application/json", "x-amzn-errortype": failure.type })
        .end(JSON.stringify({ message: failure.message }));
    }
  }

  async function fire(schedule: StoredSchedule): Promise<void> {
    const target = schedule.body.Target as Record<string, unknown>;
    const retry = target.RetryPolicy as { MaximumRetryAttempts?: number } | undefined;
    const attempts = 1 + (retry?.MaximumRetryAttempts ?? 185);
    let lastError: unknown;
    for (let attempt = 0; attempt < Math.min(attempts, 5); attempt++) {
      try {
        await options.invoke(String(target.Arn), String(target.Input ?? "{}"));
        return;
      } catch (error) {
        lastError = error;
      }
    }
    deadLetters.push({
      scheduleName: schedule.name,
      groupName: schedule.groupName,
      deadLetterArn:
        ((target.DeadLetterConfig as Record<string, unknown> | undefined)?.Arn as string | undefined) ?? null,
      targetArn: String(target.Arn),
      input: String(target.Input ?? ""),
      error: lastError instanceof Error ? lastError.message : String(lastError),
      at: options.clock().toISO() ?? "",
    });
  }

  let ticking: Promise<number> | null = null;
  async function tickOnce(): Promise<number> {
    let fired = 0;
    for (;;) {
      const now = options.clock();
      const due = [...schedules.values()]
        .filter(
          (schedule) =>
            schedule.due && schedule.due <= now && (schedule.body.State ?? "ENABLED") === "ENABLED",
        )
        .sort((a, b) => (a.due?.toMillis() ?? 0) - (b.due?.toMillis() ?? 0))[0];
      if (!due?.due) return fired;
      const firedAt = due.due;
      due.due = due.times.next(firedAt);
      if (!due.due && due.body.ActionAfterCompletion === "DELETE")
        schedules.delete(key(due.groupName, due.name));
      await fire(due);
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
        .filter((schedule) => schedule.due && (schedule.body.State ?? "ENABLED") === "ENABLED")
        .map((schedule) => schedule.due as DateTime)
        .sort((a, b) => a.toMillis() - b.toMillis())[0] ?? null,
    deadLetters: () => deadLetters,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
