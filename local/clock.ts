import { DateTime, type DurationLike } from "luxon";
import type { Clock } from "../lambdas/ports";

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
}
