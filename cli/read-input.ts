import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";
import { isValidZone } from "../lambdas/domain/config";
import {
  type IngestResult,
  ingest,
  looksLikeCalendar,
  looksLikeMail,
  UnreadableMailError,
} from "../lambdas/domain/ingest";
import { CliError } from "./common";

/** Mail larger than this is not worth reading from a command line either. */
const MAX_FILE_BYTES = 40 * 1024 * 1024;

export function parseNow(value: string | undefined): DateTime {
  if (value === undefined) return DateTime.now();
  const now = DateTime.fromISO(value, { setZone: true });
  if (!now.isValid) throw new CliError(`--now "${value}" is not an ISO-8601 date and time`);
  return now;
}

export function parseZone(value: string | undefined, flag = "--tz"): string | null {
  if (value === undefined) return null;
  if (!isValidZone(value))
    throw new CliError(`${flag} "${value}" is not an IANA time zone (e.g. America/Chicago)`);
  return value;
}

/** Reads a forwarded mail or .ics file and runs ingest on it, with one-line errors for bad files. */
export async function ingestFile(
  path: string | undefined,
  options: { now: DateTime; zone: string | null },
): Promise<IngestResult> {
  if (!path) throw new CliError("a FILE to read is required (an .eml message or an .ics invite)");
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? "unreadable");
    throw new CliError(`cannot read ${path}: ${why}`);
  }
  if (raw.byteLength === 0) throw new CliError(`${path} is empty`);
  if (raw.byteLength > MAX_FILE_BYTES) throw new CliError(`${path} is larger than 40 MB`);
  if (!looksLikeMail(raw) && !looksLikeCalendar(raw)) {
    throw new CliError(`${path} is not an email message (.eml) or an iCalendar file (.ics)`);
  }
  try {
    return await ingest(raw, { now: options.now, defaultZone: options.zone });
  } catch (error) {
    if (error instanceof UnreadableMailError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}
