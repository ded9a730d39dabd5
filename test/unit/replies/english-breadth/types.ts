import { DateTime } from "luxon";
import type { UnderstoodReply } from "../../../../lambdas/domain/replies";
import { understandReply } from "../../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../../lambdas/domain/types";

/** Where the reply is typed: the zone it is read in. */
export type Region = "us" | "uk" | "ie" | "in" | "au" | "ca";

const ZONES: Readonly<Record<Region, string>> = {
  us: "America/Chicago",
  uk: "Europe/London",
  ie: "Europe/Dublin",
  in: "Asia/Kolkata",
  au: "Australia/Sydney",
  ca: "America/Toronto",
};

/**
 * [region, prompt answered ("digest" and "confirmation" answer none), reply, intent ("none":
 * nothing acted on, or only asked about), day expected, HH:MM expected].
 */
export type BreadthRow = readonly [
  region: Region,
  answering: ReminderKind | "digest" | "confirmation",
  text: string,
  intent: string,
  day?: string | null,
  time?: string | null,
];

/** Tuesday, May 13 2031, 11:00 in the row's zone. */
export function readRow([region, answering, text]: BreadthRow): UnderstoodReply {
  const zone = ZONES[region];
  return understandReply(text, {
    now: DateTime.fromISO("2031-05-13T11:00:00", { zone }),
    zone,
    languages: ["en"],
    company: "Northwind",
    replyingTo: answering === "digest" || answering === "confirmation" ? null : answering,
    subject: `Re: your ${answering} email about Northwind`,
  });
}

const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

/** The instant's day and time in the row's zone ("YYYY-MM-DD" values are days alone). */
function dayAndTime(value: string | null | undefined, zone: string): [string | null, string | null] {
  if (!value) return [null, null];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, null];
  const instant = DateTime.fromISO(value, { setZone: true }).setZone(zone);
  return instant.isValid ? [instant.toISODate(), instant.toFormat("HH:mm")] : [null, null];
}

/** What is wrong with the reading of a row, as the held-out scorer judges it; empty when right. */
export function rowProblems(row: BreadthRow): string[] {
  const [region, , , intent, day, time] = row;
  const zone = ZONES[region];
  const read = readRow(row);
  const problems: string[] = [];
  const asked = read.needsConfirmation === true;
  if (intent === "none") {
    if (!(read.intent === "unknown" || read.intent === "help" || asked))
      problems.push(`intent ${read.intent}`);
  } else if (read.intent !== intent) problems.push(`intent ${read.intent}${asked ? " (asked)" : ""}`);
  if (!CLOSINGS.has(intent) && CLOSINGS.has(read.intent) && !asked) problems.push("false closing");
  const correction = read.correction?.field === "date" ? read.correction : null;
  const read_ = [read.date, ...(read.also ?? []).map((step) => step.date), correction?.start].map((value) =>
    dayAndTime(value, zone),
  );
  if (day && !read_.some(([readDay]) => readDay === day)) problems.push(`day ${read_.map(([d]) => d)}`);
  const times = [...read_.map(([, readTime]) => readTime), correction?.time ?? null];
  if (time && !times.includes(time)) problems.push(`time ${times}`);
  return problems;
}
