/**
 * Where the partial-fault matrix (fault-matrix.ts) injects its faults, from the AWS calls a clean
 * run made.
 */
import type { Fault } from "../../local/cloud/gateway";

export interface FaultPoint {
  readonly service: string;
  readonly operation: string;
  /** Which call of this service and operation, 1-based. */
  readonly occurrence: number;
  readonly position: number;
  readonly when: Fault;
}

/** Operations that change nothing: reads. */
const READ = /^(Get|List|Describe|Head|Query|Scan|BatchGet)/;

/**
 * The faults to inject, in call order. Runs of the same call (five CreateSchedule, say) are
 * faulted at their first and last call. Each such call fails before it takes effect (its caller
 * sees the error), and dies right after it, except a read past the first call: a crash after a
 * read leaves the data as the crash after the last change before it left, a run the matrix makes
 * anyway (that change is the last of its run, so a point). The first call's crash stands for a
 * crash before any change.
 */
export function faultPoints(calls: ReadonlyArray<{ service: string; operation: string }>): FaultPoint[] {
  const seen = new Map<string, number>();
  const points: FaultPoint[] = [];
  calls.forEach((call, index) => {
    const key = `${call.service}:${call.operation}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const same = (other?: { service: string; operation: string }) =>
      other?.service === call.service && other.operation === call.operation;
    if (same(calls[index - 1]) && same(calls[index + 1])) return;
    const point = { service: call.service, operation: call.operation, occurrence, position: index + 1 };
    points.push({ ...point, when: "before" });
    if (index === 0 || !READ.test(call.operation)) points.push({ ...point, when: "after" });
  });
  return points;
}
