import { DateTime, type DurationLike } from "luxon";
import type { Clock } from "../lambdas/ports";
import { readStateFile, writeFileAtomic } from "./standins/state-file";

/** The local product's clock: real time plus an offset that `followup local advance` moves forward. */
export class TravelClock implements Clock {
  private offsetMillis = 0;

  constructor(private readonly real: () => number = Date.now) {}

  now(): DateTime {
    return DateTime.fromMillis(this.real() + this.offsetMillis);
  }

  advance(by: DurationLike): DateTime {
    const target = this.now().plus(by);
    return this.travelTo(target);
  }

  /** Moves to an instant; time never goes backwards. */
  travelTo(instant: DateTime): DateTime {
    this.offsetMillis = Math.max(this.offsetMillis, instant.toMillis() - this.real());
    return this.now();
  }

  /** Keeps how far the clock has travelled, so a restart of local mode resumes at the same time. */
  save(file: string): void {
    writeFileAtomic(file, JSON.stringify({ now: this.now().toISO() }));
  }

  /** Travels to the instant a saved clock had reached (never backwards). */
  restore(file: string): void {
    const { now } = readStateFile<{ now?: string }>(file, {});
    const instant = now ? DateTime.fromISO(now) : null;
    if (instant?.isValid) this.travelTo(instant);
  }
}
