import { vi } from "vitest";
import { WorkBudget } from "../../lambdas/domain/ingest/budget";

/**
 * Runs `work` and adds up the units it spent from every WorkBudget: how much a parse did, counted
 * rather than timed, so a bound on it holds on a busy machine too (timing lives in `npm run bench`).
 */
export async function countWork<T>(work: () => T | Promise<T>): Promise<{ value: T; units: number }> {
  const spend = vi.spyOn(WorkBudget.prototype, "spend");
  try {
    const value = await work();
    return { value, units: spend.mock.calls.reduce((sum, [units]) => sum + units, 0) };
  } finally {
    spend.mockRestore();
  }
}
