import { DateTime } from "luxon";
import type { InterviewSummary } from "./compose";

/** One CSV field: quoted, quotes doubled; a leading = + - @ is defused so spreadsheets do not run it. */
function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
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

function escapeText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** Every interview as one calendar: lines are short enough not to need folding after capping. */
export function interviewsCalendar(rows: readonly ExportRow[], stamp: DateTime): string {
  const utc = (value: DateTime) => value.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
  const events = rows
    .filter((row) => row.start)
    .flatMap((row) => {
      const start = DateTime.fromISO(row.start ?? "");
      const summary = escapeText(
        `${row.company ?? "Interview"}${row.role ? ` — ${row.role}` : ""} (round ${row.round}, ${row.outcome ?? row.status})`,
      ).slice(0, 60);
      return [
        "BEGIN:VEVENT",
        `UID:${row.interviewId}@interview-followup`,
        `DTSTAMP:${utc(stamp)}`,
        `DTSTART:${utc(start)}`,
        `DTEND:${utc(start.plus({ hours: 1 }))}`,
        `SUMMARY:${summary}`,
        "END:VEVENT",
      ];
    });
  return `${["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//interview-followup//EN", "METHOD:PUBLISH", ...events, "END:VCALENDAR"].join("\r\n")}\r\n`;
}
