/**
 * An offer, a rejection or a withdrawal closes a whole application, whether a reply says so or a
 * forwarded email does. Primary course: the round the message is about is closed with an undo
 * entry that lists every other open round of the application → those rounds are closed too →
 * "undo" on that round (or "reopen" on any of them) opens them all again.
 */
import {
  type ClosingOutcome,
  type InterviewRecord,
  withKey,
  withRawMail,
} from "../../domain/interview/record";
import { type ChangeSource, close, recordChange } from "../../domain/interview/transitions";
import type { Deps } from "../deps";
import { zoneOf } from "./records";
import { changeAndReplan, type Planning } from "./replan";
import { syncSchedules } from "./sync-schedules";

/** The other open rounds of the same application. */
async function otherOpenRounds(record: InterviewRecord, deps: Deps): Promise<InterviewRecord[]> {
  const rounds = await deps.interviews.listByOwner(record.ownerId);
  return rounds.filter(
    (round) =>
      round.applicationId === record.applicationId &&
      round.interviewId !== record.interviewId &&
      round.status === "active",
  );
}

/**
 * Closes `round` and the rest of its application for one message, once: a retry of that message
 * changes nothing again but makes the schedules follow (whatever failed after the write is done).
 */
export async function closeApplication(
  round: InterviewRecord,
  outcome: ClosingOutcome,
  source: ChangeSource,
  planning: Planning,
  deps: Deps,
): Promise<InterviewRecord> {
  let after = round;
  if (round.appliedMessageIds.includes(source.key)) {
    await syncSchedules([], round, zoneOf(round, planning.policy), deps);
  } else {
    const others = await otherOpenRounds(round, deps);
    const saved = await changeAndReplan(
      round,
      (current) => {
        const closed = current.appliedMessageIds.includes(source.key) ? null : close(current, outcome);
        return closed ? recordChange(current, closed, source, { rounds: others }) : null;
      },
      planning,
      deps,
    );
    after = saved?.after ?? round;
  }
  for (const other of await otherOpenRounds(after, deps)) {
    await changeAndReplan(
      other,
      (current) => {
        const closed = close(current, outcome);
        return closed
          ? {
              ...closed,
              appliedMessageIds: withKey(current.appliedMessageIds, source.key),
              rawMailKeys: source.storageKey
                ? withRawMail(current.rawMailKeys, source.storageKey)
                : current.rawMailKeys,
            }
          : null;
      },
      planning,
      deps,
    );
  }
  return after;
}
