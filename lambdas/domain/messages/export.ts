import { DateTime } from "luxon";
import type { Lang } from "../language/lang";
import { stripUnsafe } from "../untrusted-text";
import { type Catalogue, catalogueOf } from "./catalogue";
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

function title(row: ExportRow, words: Catalogue): string {
  const name = `${row.company ?? row.title ?? words.interview}${row.role ? ` — ${row.role}` : ""}`;
  const state = row.outcome ?? row.status;
  const states: Readonly<Record<string, string>> = words.calendar.states;
  return words.calendar.title(
    name,
    row.round,
    Object.hasOwn(states, state) ? (states[state] ?? state) : state,
  );
}

function description(row: ExportRow, words: Catalogue): string | null {
  const people = row.interviewers.map((person) => person.name ?? person.email ?? "").filter(Boolean);
  const lines = [
    people.length > 0 ? words.calendar.with(people.join(", ")) : null,
    row.meetingUrl ? words.calendar.join(row.meetingUrl) : null,
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? lines.join("\n") : null;
}

/**
 * Every interview with a known time as one calendar (ical.js): full titles, real end times (the
 * invite's, else an hour), lines folded at 75 octets.
 */
export function interviewsCalendar(
  rows: readonly ExportRow[],
  stamp: DateTime,
  language: Lang = "en",
): string {
  const words = catalogueOf(language);
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
          summary: title(row, words),
          description: description(row, words),
          location: row.location,
          stamp,
        },
      ];
    }),
  );
}
