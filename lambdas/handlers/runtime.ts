/**
 * What every handler shares: the system clock, dependencies built once per container (and built
 * again after a failure or when they are old), and one log line per event.
 */
import { DateTime } from "luxon";
import type { Clock } from "../ports";

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

/** One JSON line per event: CloudWatch Logs Insights can query it. */
export function logOutcome(fields: Record<string, unknown>): void {
  console.log(JSON.stringify(fields));
}
