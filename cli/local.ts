import { DateTime } from "luxon";
import { formatWhen, kindLabel } from "../lambdas/domain/messages";
import { readInstant } from "../lambdas/domain/replies";
import { localSettings } from "../local/settings";
import type { ScheduleSubject } from "../local/status";
import { CliError, parseOptions, printJson } from "./common";
import { displayZone, productStatus, productTime } from "./local-product";
import { readInbox } from "./reply";

/** A word-date whose year rolled over is refused past this many days ahead ("Dec 30" → "Jan 2" is fine). */
const ROLLOVER_DAYS = 31;

/**
 * A --to time in the user's zone: an ISO time ("2026-12-01T09:00", an offset honoured), a date and
 * time with a space ("2026-12-01 09:00"), or words ("Dec 1 9am", "tomorrow 8:00") read against
 * the product's own clock. Words naming a day already past this year are refused rather than read
 * as next year's: "Dec 4" on Dec 6 is a mistake, not a wish to travel 363 days.
 */
export function parseTarget(value: string, zone: string, productNow: DateTime): DateTime {
  const iso = DateTime.fromISO(value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, "$1T$2"), { zone });
  if (iso.isValid) return iso;
  const now = productNow.setZone(zone);
  const read = readInstant(value, now, zone, true);
  if (!read)
    throw new CliError(
      `--to "${value}" is not a time; e.g. --to "2026-12-01 09:00", --to "Dec 1 9am" or --to next (in ${zone})`,
    );
  const target = read.hasTime ? read.start : read.start.set({ hour: 9, minute: 0 });
  if (!/\b\d{4}\b/.test(value) && target.year > now.year && target.diff(now, "days").days > ROLLOVER_DAYS)
    throw new CliError(
      `--to "${value}" names no year and is already past in ${now.year}; the next one is ${when(target.toISO(), zone, now)}. To go there, say the year: --to "${target.toFormat("yyyy-MM-dd HH:mm")}"`,
    );
  return target;
}

/** "Fri, Dec 4 at 1:00 PM Central Time", with the year when it is not the product's. */
function when(iso: string | null | undefined, zone: string, productNow: DateTime): string {
  return iso ? formatWhen(iso, zone, { withZone: true, year: productNow.year }) : "an unknown time";
}

/** What a prompt's schedule is ("fu-…-follow-up-1" → "Send a follow-up"); the digest run honestly. */
function scheduleLabel(name: string, about?: ScheduleSubject): string {
  const kind = /^fu-.*-(prep|thank-you|follow-up-\d+|move-on)$/.exec(name)?.[1];
  if (!kind)
    return /digest/i.test(name) ? "Digest run (hourly: sends each user's weekly digest at its time)" : name;
  if (!about) return kindLabel(kind);
  const names = [about.company ?? "company unknown", about.role].filter(Boolean).join(", ");
  return `${kindLabel(kind)}: ${names} (round ${about.round})`;
}

/**
 * `followup local advance 3d | --to TIME | --to next` moves the running local product's clock and
 * fires what became due; `followup local status` lists pending schedules. Times in the product's
 * zone, or FOLLOWUP_TZ's, with the year when it is not the product's.
 */
export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseOptions(rest, { to: { type: "string" }, json: { type: "boolean" } });
  if (action !== "advance" && action !== "status") {
    throw new CliError(
      'use "followup local advance 3d", "followup local advance --to TIME" or "followup local status"',
    );
  }
  const by = positionals[0];
  if (action === "advance" && !by && !values.to)
    throw new CliError(
      'say how far: followup local advance 3d (m, h, d, w), --to "2026-12-01 09:00" or --to next (the next prompt)',
    );
  const current = await productStatus();
  const zone = displayZone(current.timeZone);
  const productNow = productTime(current);
  if (action === "status") {
    if (values.json) printJson({ ...current, zone });
    else process.stdout.write(statusText(current, zone, productNow));
    return 0;
  }
  let query: string;
  if (values.to) {
    const target =
      values.to.trim() === "next" ? nextPrompt(current) : parseTarget(values.to, zone, productNow);
    if (target < productNow)
      throw new CliError(
        `${when(target.toISO(), zone, productNow)} is before the local time, ${when(productNow.toISO(), zone, productNow)}; the clock only moves forward`,
      );
    query = `to=${encodeURIComponent(target.toISO() ?? "")}`;
  } else {
    query = `by=${encodeURIComponent(by ?? "")}`;
  }
  const sesPort = localSettings().sesPort;
  const before = (await readInbox(sesPort)).length;
  const body = await productStatus(`/advance?${query}`, "POST");
  const sent = (await readInbox(sesPort)).length - before;
  if (values.json) printJson({ ...body, sent, zone });
  else
    process.stdout.write(
      `Local time is now ${when(body.now, zone, productNow)}; ${body.fired ?? 0} prompt(s) fired, ${sent} email(s) sent.\n`,
    );
  return 0;
}

/** The due time of the earliest pending prompt (not the digest run). */
function nextPrompt(status: Awaited<ReturnType<typeof productStatus>>): DateTime {
  const dues = (status.pending ?? [])
    .filter((schedule) => schedule.name.startsWith("fu-") && schedule.due)
    .map((schedule) => DateTime.fromISO(schedule.due ?? "", { setZone: true }))
    .sort((a, b) => a.toMillis() - b.toMillis());
  const next = dues[0];
  if (!next) throw new CliError("no prompt is pending; forward an invite first: followup forward --invite …");
  return next;
}

function statusText(status: Awaited<ReturnType<typeof productStatus>>, zone: string, productNow: DateTime) {
  const pending = [...(status.pending ?? [])].sort(
    (a, b) => Date.parse(a.due ?? "") - Date.parse(b.due ?? ""),
  );
  const lines = [`Local time ${when(status.now, zone, productNow)}; ${pending.length} schedule(s) pending.`];
  for (const schedule of pending)
    lines.push(`  ${when(schedule.due, zone, productNow)} — ${scheduleLabel(schedule.name, schedule.about)}`);
  return `${lines.join("\n")}\n`;
}
