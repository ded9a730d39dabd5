/**
 * Runs the functions of the synthesized template locally as Lambda runs them: each function's own
 * bundle in execution environments (worker threads) with the environment the template gives it,
 * plus the variables the Lambda runtime adds; one event per environment at a time; the function's
 * timeout; asynchronous invocations retried as its EventInvokeConfig says, then handed to its
 * on-failure destination.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CloudAssembly } from "./assembly";
import { type LocalFunction, localFunctions } from "./local-functions";
import type { LocalAccount } from "./template";

export interface InvocationError {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly trace?: readonly string[];
}

export class FunctionError extends Error {
  constructor(
    readonly functionName: string,
    readonly error: InvocationError,
  ) {
    super(`${functionName}: ${error.errorType}: ${error.errorMessage}`);
    this.name = "FunctionError";
  }
}

/** The record Lambda sends to an on-failure destination after the last retry. */
export interface OnFailureRecord {
  readonly version: "1.0";
  readonly timestamp: string;
  readonly requestContext: {
    readonly requestId: string;
    readonly functionArn: string;
    readonly condition: "RetriesExhausted";
    readonly approximateInvokeCount: number;
  };
  readonly requestPayload: unknown;
  readonly responseContext: {
    readonly statusCode: 200;
    readonly executedVersion: "$LATEST";
    readonly functionError: "Unhandled";
  };
  readonly responsePayload: InvocationError;
}

export interface LambdaRuntimeOptions {
  readonly assembly: CloudAssembly;
  readonly account: LocalAccount;
  readonly resolve: (value: unknown) => unknown;
  /** The instant local mode says it is, in epoch milliseconds (the travelling clock). */
  readonly now: () => number;
  /** What the Lambda service adds to each function's environment (region, credentials, endpoints). */
  readonly runtimeEnvironment: (fn: LocalFunction) => Readonly<Record<string, string>>;
  /** Where a failed asynchronous event goes (the function's on-failure destination). */
  readonly deliverFailure: (destinationArn: string, record: OnFailureRecord) => Promise<void>;
  /** Receives what a function writes to stdout and stderr, and the runtime's lines about it. */
  readonly log: (fn: LocalFunction, text: string) => void;
}

interface Environment {
  readonly worker: Worker;
  readonly pending: Map<string, (reply: WorkerReply) => void>;
}

type WorkerReply =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly error: InvocationError };

const WORKER = join(import.meta.dirname, "lambda-worker.mjs");

/** Execution environments each function may have at once; more events wait for one. */
const ENVIRONMENTS_PER_FUNCTION = 2;

/**
 * Execution environments alive at once, all functions together: each is a worker thread with its
 * own copy of a bundle and the AWS SDK (30–80 MB), and twelve of them made local mode weigh
 * 900 MB. A cold start beyond this ends an idle environment of another function first, or waits.
 * One for each of the three functions, so taking turns costs no cold starts; a function runs two
 * invocations side by side at most (races stay possible), on machines of two cores.
 */
const MAX_ENVIRONMENTS = 3;

/**
 * Each environment's young generation, in MB: V8's default lets every worker hold tens of MB of
 * garbage between scavenges; Lambda's memory setting still bounds the old generation.
 */
const YOUNG_GENERATION_MB = 4;

/** When Lambda retries an asynchronous event: at once, about a minute later, two minutes after that. */
const RETRY_DELAYS_MS = [0, 60_000, 180_000];

/** Lambda refuses a function whose environment variables take more than 4 KB (names and values). */
export const MAX_ENVIRONMENT_BYTES = 4 * 1024;

export class EnvironmentTooLargeError extends Error {
  constructor(fn: LocalFunction, bytes: number) {
    super(
      `${fn.name}: Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit (${bytes} bytes)`,
    );
    this.name = "InvalidParameterValueException";
  }
}

function assertEnvironmentFits(fn: LocalFunction): void {
  const bytes = Object.entries(fn.environment).reduce(
    (total, [name, value]) => total + Buffer.byteLength(name) + Buffer.byteLength(String(value)),
    0,
  );
  if (bytes > MAX_ENVIRONMENT_BYTES) throw new EnvironmentTooLargeError(fn, bytes);
}

export class LambdaRuntime {
  readonly functions: readonly LocalFunction[];
  private readonly idle = new Map<string, Environment[]>();
  private readonly busy = new Map<string, number>();
  private readonly waiting = new Map<string, Array<() => void>>();
  private readonly all = new Set<Worker>();
  private readonly running = new Map<string, Set<Environment>>();
  /** Cold starts waiting for an environment to end or come free. */
  private readonly roomWaiters: Array<() => void> = [];

  constructor(private readonly options: LambdaRuntimeOptions) {
    this.functions = localFunctions(options);
    for (const fn of this.functions) assertEnvironmentFits(fn);
  }

  find(nameOrArn: string): LocalFunction | undefined {
    const name = nameOrArn.replace(/:(\$LATEST|\d+)$/, "");
    return this.functions.find((fn) => fn.arn === name || fn.name === name);
  }

  /** A synchronous (RequestResponse) invocation: the result, or a FunctionError. */
  async invoke(nameOrArn: string, event: unknown): Promise<unknown> {
    const fn = this.find(nameOrArn);
    if (!fn) throw new Error(`Function not found: ${nameOrArn}`);
    const reply = await this.run(fn, event, randomUUID());
    if (!reply.ok) throw new FunctionError(fn.name, reply.error);
    return reply.result;
  }

  /**
   * An asynchronous (Event) invocation, as SES and EventBridge Scheduler make: retried up to the
   * function's MaximumRetryAttempts — at once, but each retry sees the time Lambda would retry at
   * (a minute, then two more, later), so leases and expiries behave as in AWS — then
   * the on-failure destination gets the record. Resolves when that is done; never rejects for a
   * function error, as the caller of an asynchronous invocation never sees one.
   */
  async invokeAsync(
    nameOrArn: string,
    event: unknown,
  ): Promise<{ readonly succeeded: boolean; readonly attempts: number }> {
    const fn = this.find(nameOrArn);
    if (!fn) throw new Error(`Function not found: ${nameOrArn}`);
    const requestId = randomUUID();
    let last: InvocationError = { errorType: "Unknown", errorMessage: "not run" };
    for (let attempt = 1; attempt <= 1 + fn.maximumRetryAttempts; attempt++) {
      const reply = await this.run(fn, event, requestId, RETRY_DELAYS_MS[attempt - 1] ?? 0);
      if (reply.ok) return { succeeded: true, attempts: attempt };
      last = reply.error;
      // Lambda writes the error of a failed invocation to the function's log group.
      this.options.log(fn, `attempt ${attempt} failed: ${last.errorType}: ${last.errorMessage}\n`);
    }
    if (fn.onFailureDestination) {
      await this.options.deliverFailure(fn.onFailureDestination, {
        version: "1.0",
        timestamp: new Date(this.options.now()).toISOString(),
        requestContext: {
          requestId,
          functionArn: `${fn.arn}:$LATEST`,
          condition: "RetriesExhausted",
          approximateInvokeCount: 1 + fn.maximumRetryAttempts,
        },
        requestPayload: event,
        responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
        responsePayload: last,
      });
    }
    return { succeeded: false, attempts: 1 + fn.maximumRetryAttempts };
  }

  /** Ends every idle execution environment: the next event of each function starts cold. */
  async recycle(): Promise<void> {
    const idle = [...this.idle.values()].flat();
    for (const list of this.idle.values()) list.length = 0;
    await Promise.all(idle.map((environment) => this.discard(environment)));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.all].map((worker) => worker.terminate()));
    this.all.clear();
    this.idle.clear();
  }

  /**
   * Fault injection: the function's running invocations die now, as a crash or a timeout would end
   * them; their environments are discarded.
   */
  crash(logicalId: string): void {
    for (const environment of this.running.get(logicalId) ?? []) {
      for (const pending of environment.pending.values()) {
        pending({
          ok: false,
          error: { errorType: "Runtime.ExitError", errorMessage: "the environment crashed (injected)" },
        });
      }
      environment.pending.clear();
      void this.discard(environment);
    }
  }

  private async run(fn: LocalFunction, event: unknown, requestId: string, delayMs = 0): Promise<WorkerReply> {
    await this.slot(fn);
    let environment: Environment;
    try {
      environment = await this.environmentFor(fn);
    } catch (error) {
      this.release(fn);
      return {
        ok: false,
        error: {
          errorType: "Runtime.ImportModuleError",
          errorMessage: String((error as Error).message ?? error),
        },
      };
    }
    const id = randomUUID();
    const deadlineMs = Date.now() + fn.timeoutSeconds * 1000;
    const running = this.running.get(fn.logicalId) ?? new Set<Environment>();
    this.running.set(fn.logicalId, running);
    running.add(environment);
    const reply = await new Promise<WorkerReply>((resolve) => {
      const timer = setTimeout(() => {
        // Lambda stops the environment of a timed-out invocation; the next event starts a new one.
        environment.pending.delete(id);
        void this.discard(environment);
        resolve({
          ok: false,
          error: {
            errorType: "Sandbox.Timedout",
            errorMessage: `Task timed out after ${fn.timeoutSeconds} seconds`,
          },
        });
      }, fn.timeoutSeconds * 1000);
      environment.pending.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      environment.worker.postMessage({
        id,
        event,
        nowMs: this.options.now() + delayMs,
        requestId,
        deadlineMs,
      });
    });
    running.delete(environment);
    if (this.all.has(environment.worker)) this.idle.get(fn.logicalId)?.push(environment);
    this.release(fn);
    this.roomWaiters.shift()?.();
    return reply;
  }

  /** A warm environment of the function, or a cold one once there is room for it. */
  private async environmentFor(fn: LocalFunction): Promise<Environment> {
    for (;;) {
      const warm = this.idle.get(fn.logicalId)?.pop();
      if (warm) return warm;
      if (this.all.size < MAX_ENVIRONMENTS) return this.coldStart(fn);
      const spare = [...this.idle.values()].find((list) => list.length > 0)?.pop();
      if (spare) await this.discard(spare);
      else await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
  }

  private coldStart(fn: LocalFunction): Promise<Environment> {
    const env = { ...fn.environment, ...this.options.runtimeEnvironment(fn) };
    const worker = new Worker(WORKER, {
      env,
      execArgv: (fn.environment.NODE_OPTIONS ?? "").split(/\s+/).filter(Boolean),
      workerData: {
        entry: fn.bundle,
        exportName: fn.exportName,
        context: {
          functionName: fn.name,
          functionVersion: "$LATEST",
          invokedFunctionArn: fn.arn,
          memoryLimitInMB: String(fn.memoryMb),
          logGroupName: `/aws/lambda/${fn.name}`,
          logStreamName: `local/${randomUUID()}`,
        },
      },
      resourceLimits: { maxOldGenerationSizeMb: fn.memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: true,
      stderr: true,
    });
    for (const output of [worker.stdout, worker.stderr]) {
      output.setEncoding("utf8");
      output.on("data", (text: string) => this.options.log(fn, text));
    }
    this.all.add(worker);
    if (!this.idle.has(fn.logicalId)) this.idle.set(fn.logicalId, []);
    const environment: Environment = { worker, pending: new Map() };
    return new Promise((resolve, reject) => {
      worker.on("message", (message: { ready?: true; id?: string } & WorkerReply) => {
        if (message.ready) resolve(environment);
        else if (message.id) environment.pending.get(message.id)?.(message);
      });
      worker.on("error", (error) => {
        // An init error (a missing variable at module scope, say) or a crash: this environment is gone.
        this.all.delete(worker);
        const failure = { ok: false as const, error: { errorType: error.name, errorMessage: error.message } };
        for (const pending of environment.pending.values()) pending(failure);
        reject(error);
      });
      worker.on("exit", () => {
        this.all.delete(worker);
        this.roomWaiters.shift()?.();
      });
    });
  }

  private async discard(environment: Environment): Promise<void> {
    this.all.delete(environment.worker);
    await environment.worker.terminate();
    this.roomWaiters.shift()?.();
  }

  private async slot(fn: LocalFunction): Promise<void> {
    const limit = ENVIRONMENTS_PER_FUNCTION;
    while ((this.busy.get(fn.logicalId) ?? 0) >= limit) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(fn.logicalId) ?? [];
        queue.push(resolve);
        this.waiting.set(fn.logicalId, queue);
      });
    }
    this.busy.set(fn.logicalId, (this.busy.get(fn.logicalId) ?? 0) + 1);
  }

  private release(fn: LocalFunction): void {
    this.busy.set(fn.logicalId, (this.busy.get(fn.logicalId) ?? 1) - 1);
    this.waiting.get(fn.logicalId)?.shift()?.();
  }
}
