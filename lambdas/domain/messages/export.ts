import { DateTime } from "luxon";
import { stripUnsafe } from "../untrusted-text";
import { calendarFile } from "./ics";
import type { InterviewSummary } from "./summary";

/**
 * One CSV field: unsafe characters removed, quoted, quotes doubled; a leading = + - @ is defused
 * so spreadsheets do not run it.
 */
function csvField(value: string | number | null): string {
  const text = value === null ? "" : stripUnsafe(String(value));
  const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${defused.replace(/"/g, '""')}"`;
}

export interface ExportRow extends InterviewSummary {
  readonly status: string;
  readonly outcome: string | null;
}

export function interviewsCsv(rows: readonly ExportRow[]): string {
  const header = [
    "company",
    "role",
    "round",
    "start",
    "time_zone",
    "status",
    "outcome",
    "interviewers",
    "next_prompt",
    "next_prompt_at",
  ];
  const lines = rows.map((row) =>
    [
      row.company,
      row.role,
      row.round,
      row.start,
      row.zone,
      row.status,
      row.outcome,
      row.interviewers.map((person) => person.name ?? person.email ?? "").join("; "),
      row.planned[0]?.kind ?? null,
      row.planned[0]?.at ?? null,
    ]
      .map(csvField)
      .join(","),
  );
  return `${[header.join(","), ...lines].join("\r\n")}\r\n`;
}

/** How long an interview lasts when its invite did not say (the policy's default). */
const DEFAULT_MINUTES = 60;

function title(row: ExportRow): string {
  const what = `${row.company ?? row.title ?? "Interview"}${row.role ? ` — ${row.role}` : ""}`;
  return `${what} (round ${row.round}, ${row.outcome ?? row.status})`;
}

function description(row: ExportRow): string | null {
  const people = row.interviewers.map((person) => person.name ?? person.email ?? "").filter(Boolean);
  const lines = [
    people.length > 0 ? `With ${people.join(", ")}` : null,
    row.meetingUrl ? `Join: ${row.meetingUrl}` : null,
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? lines.join("\n") : null;
}

/**
 * Every interview with a known time as one calendar (ical.js): full titles, real end times (the
 * invite's, else an hour), lines folded at 75 octets.
 */
export function interviewsCalendar(rows: readonly ExportRow[], stamp: DateTime): string {
  return calendarFile(
    rows.flatMap((row) => {
      const start = row.start ? DateTime.fromISO(row.start, { setZone: true }) : null;
      if (!start?.isValid) return [];
      const end = row.end ? DateTime.fromISO(row.end, { setZone: true }) : null;
      return [
        {
          uid: `${row.interviewId}@interview-followup`,
          start,
          end: end?.isValid && end > start ? end : start.plus({ minutes: DEFAULT_MINUTES }),
          summary: title(row),
          description: description(row),
          location: row.location,
          stamp,
        },
      ];
    }),
  );
}
