/**
 * A hard bound on the work of one parse. Every loop whose length the input decides (recurrence
 * expansion, zone transitions, scanning candidates) spends from one budget; when it runs out the
 * parse stops with {@link WorkBudgetExceededError} and the caller answers "needs a date" instead of
 * hanging. Work units are counted rather than clock time, so the bound is deterministic (tests can
 * pin it) and cheap to check; a wall-clock deadline is the backstop for work that units miss.
 */
export class WorkBudgetExceededError extends Error {
  constructor(readonly what: string) {
    super(`reading ${what} took more work than one invite may take`);
    this.name = "WorkBudgetExceededError";
  }
}

/** Defaults: enough for any real invite many times over, a few tens of milliseconds at worst. */
export const DEFAULT_WORK_UNITS = 400_000;
export const DEFAULT_DEADLINE_MS = 250;

export class WorkBudget {
  private remaining: number;
  private readonly deadline: number;
  private checks = 0;

  constructor(units = DEFAULT_WORK_UNITS, deadlineMs = DEFAULT_DEADLINE_MS) {
    this.remaining = units;
    this.deadline = performance.now() + deadlineMs;
  }

  /** Spends `units` of work on `what`; throws when the budget or the deadline is exhausted. */
  spend(units: number, what: string): void {
    this.remaining -= units;
    if (this.remaining < 0) throw new WorkBudgetExceededError(what);
    // The clock is read every 1,024 calls: cheap, and still well inside the deadline's slack.
    if ((++this.checks & 1023) === 0 && performance.now() > this.deadline)
      throw new WorkBudgetExceededError(what);
  }
}
