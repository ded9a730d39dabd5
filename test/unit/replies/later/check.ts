import type { DateTime } from "luxon";
import type { UnderstoodReply } from "../../../../lambdas/domain/replies";
import type { LaterRow } from "./rows";

/** Whether a reading is what the row expects: its intent (or no snooze), and the snooze's day. */
export function readsAsExpected(row: LaterRow, reading: UnderstoodReply, now: DateTime): boolean {
  const [, expected, date] = row;
  if (expected.startsWith("!")) return reading.intent !== expected.slice(1);
  if (reading.intent !== expected || reading.needsConfirmation) return false;
  if (!date) return true;
  if (date === "*") return Date.parse(reading.date ?? "") > now.toMillis();
  return (reading.date ?? "").startsWith(date);
}
