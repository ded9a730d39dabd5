/**
 * What every handler shares: the system clock, dependencies built once per container (and built
 * again after a failure or when they are old), and the telemetry around each invocation.
 */
import { DateTime } from "luxon";
import { METRIC } from "../observability/catalogue";
import {
  type HandlerName,
  type LambdaContext,
  type Telemetry,
  telemetryFrom,
} from "../observability/telemetry";
import type { Clock } from "../ports";
import { SendRateExceededError } from "../use-cases/steps/outgoing";

export const systemClock: Clock = { now: () => DateTime.now() };

/** Dependencies are rebuilt this often, so a rotated signing secret is picked up within minutes. */
export const DEPS_MAX_AGE_MS = 5 * 60 * 1000;

/**
 * Dependencies built on first use and kept for the life of the Lambda container. A failed build
 * (a throttled secret read, say) is not kept: the next event builds again instead of failing forever.
 */
export function lazyDeps<D>(
  build: () => Promise<D>,
  options: { readonly maxAgeMs?: number; readonly now?: () => number } = {},
): () => Promise<D> {
  const maxAgeMs = options.maxAgeMs ?? DEPS_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  let cached: { readonly deps: Promise<D>; readonly builtAt: number } | undefined;
  return () => {
    if (!cached || now() - cached.builtAt > maxAgeMs) {
      const deps = build();
      const entry = { deps, builtAt: now() };
      cached = entry;
      deps.catch(() => {
        if (cached === entry) cached = undefined;
      });
    }
    return cached.deps;
  };
}

/** The function's telemetry, created on its first invocation and kept for the container. */
export function lazyTelemetry(handler: HandlerName, env: NodeJS.ProcessEnv = process.env): () => Telemetry {
  let telemetry: Telemetry | undefined;
  return () => {
    telemetry ??= telemetryFrom(handler, env);
    return telemetry;
  };
}

/** Whether the error, one of its causes or one of the errors it gathers is a `type`. */
export function hasCause(error: unknown, type: abstract new (...args: never[]) => Error): boolean {
  const seen = new Set<unknown>();
  const isA = (value: unknown): boolean => value instanceof type;
  const visit = (current: unknown): boolean => {
    if (!(current instanceof Error) || seen.has(current)) return false;
    seen.add(current);
    if (isA(current)) return true;
    if (current instanceof AggregateError && current.errors.some(visit)) return true;
    return visit(current.cause);
  };
  return visit(error);
}

/**
 * One invocation, observed: the Lambda context on every log line, the metrics published at the
 * end. A failure is logged once, with its causes (a send budget reached is also counted), and
 * rethrown: Lambda retries, then the on-failure destination keeps the event.
 */
export function observed<E>(
  telemetry: () => Telemetry,
  run: (event: E, telemetry: Telemetry) => Promise<void>,
): (event: E, context?: LambdaContext) => Promise<void> {
  return async (event, context) => {
    const current = telemetry();
    current.begin(context);
    try {
      await run(event, current);
    } catch (error) {
      if (hasCause(error, SendRateExceededError)) current.count(METRIC.sendBudgetExceeded);
      current.failed(error);
      throw error;
    } finally {
      current.end();
    }
  };
}
