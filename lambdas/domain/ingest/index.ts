/**
 * Ingest: whatever a user forwards → one interview, or a clear verdict that it is not one or has
 * no date. Pure: bytes in, data out; no exception escapes for bad input, and every parse is bounded
 * by a work budget (./budget).
 *
 * Stages: read the mail (./reading: unwrap forwards as attachment and forward headers, tell the
 * language) → pick the source of the time (./from-calendar, else ./from-text) → find the instant →
 * read the fields (./read-fields) → classify. Each stage says what it guessed and where each field
 * came from, so the confirmation can show it (`interview.guesses`, `evidence`).
 */
import { UTC_ZONE } from "../zones";
import { WorkBudget, WorkBudgetExceededError } from "./budget";
import { fromCalendar } from "./from-calendar";
import { fromText } from "./from-text";
import { type CalendarEvent, parseCalendar, UnreadableCalendarError } from "./ics";
import { type MailMessage, readMail } from "./mail";
import { offsetName, readingOf } from "./reading";
import { dedupeKey, type ExtractOptions, emptyInterview, type IngestResult } from "./result";

export { looksLikeCalendar, looksLikeMail, type MailMessage, readMail, UnreadableMailError } from "./mail";
export type {
  Evidence,
  ExtractedInterview,
  ExtractOptions,
  ForwardedOutcome,
  IngestResult,
  IngestStatus,
} from "./result";

/** Reads one mail (already parsed) into an ingest result. */
export function extractInterview(mail: MailMessage, options: ExtractOptions): IngestResult {
  const budget = new WorkBudget(options.workUnits, options.workDeadlineMs);
  try {
    return extract(mail, options, budget);
  } catch (error) {
    if (!(error instanceof WorkBudgetExceededError)) throw error;
    return {
      status: "needs-date",
      interview: emptyInterview(mail.subject || null),
      reason: `${error.message}; please send the date and time in a reply`,
      decisionHint: null,
      outcome: null,
      originalSender: mail.from?.address ?? null,
      dedupeKey: dedupeKey(null, [mail.messageId, mail.subject, mail.from?.address ?? null]),
      hasTnef: mail.hasTnef,
    };
  }
}

function extract(mail: MailMessage, options: ExtractOptions, budget: WorkBudget): IngestResult {
  const reading = readingOf(mail, options, budget);
  const { source, userZoneName } = reading;
  let calendar: CalendarEvent | null = null;
  let calendarProblem: string | null = null;
  const calendars = source === mail ? mail.calendars : [...source.calendars, ...mail.calendars];
  for (const part of calendars.slice(0, 5)) {
    try {
      calendar = parseCalendar(part.text, {
        now: options.now,
        floatingZone:
          userZoneName ??
          (reading.fallbackZone === UTC_ZONE || !reading.written
            ? "UTC"
            : // A named zone keeps its daylight-saving rules: "PST" in March is PDT after the change.
              (reading.written.zone.name ?? offsetName(reading.written.zone, reading.written.utc))),
        floatingIsUsers: userZoneName !== null,
        methodHint: part.method,
        budget,
      });
    } catch (error) {
      if (!(error instanceof UnreadableCalendarError)) throw error;
      calendarProblem = error.message;
    }
    if (calendar) break;
  }
  if (calendar) return fromCalendar(calendar, reading);
  return fromText(reading, calendarProblem);
}

/** Reads raw bytes (a mail message or a bare .ics) straight to an ingest result. */
export async function ingest(raw: Uint8Array | string, options: ExtractOptions): Promise<IngestResult> {
  return extractInterview(await readMail(raw), options);
}
