import { DateTime } from "luxon";
import { formatWhen, kindLabel } from "../lambdas/domain/messages";
import { readInstant } from "../lambdas/domain/replies";
import { canonicalZoneName } from "../lambdas/domain/zones";
import { localSettings } from "../local/settings";
import { CliError, parseOptions, printJson } from "./common";

/** The zone the local product plans in, as `npm start` chooses it: FOLLOWUP_TZ, else this machine's. */
function userZone(env: NodeJS.ProcessEnv = process.env): string {
  const configured = localSettings(env).timeZone;
  return (
    (configured ? canonicalZoneName(configured) : null) ??
    canonicalZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone) ??
    "UTC"
  );
}

/**
 * The zone to read and show times in: FOLLOWUP_TZ when this terminal sets it, else the running
 * product's. A terminal zone that differs from the product's is said once, as its prompts then
 * fall at other hours than the terminal suggests.
 */
function displayZone(productZone: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (!productZone) return userZone(env);
  if (!localSettings(env).timeZone) return productZone;
  const zone = userZone(env);
  if (zone !== productZone) {
    process.stderr.write(
      `Note: the local product plans in ${productZone}, this terminal shows ${zone} (FOLLOWUP_TZ); start it with FOLLOWUP_TZ=${zone} npm start to plan in ${zone}.\n`,
    );
  }
  return zone;
}

/**
 * A --to time in the user's zone: an ISO time ("2026-12-01T09:00", an offset honoured), a date and
 * time with a space ("2026-12-01 09:00"), or words ("Dec 1 9am", "tomorrow 8:00") read against
 * the product's own clock.
 */
export function parseTarget(value: string, zone: string, productNow: DateTime): DateTime {
  const iso = DateTime.fromISO(value.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, "$1T$2"), { zone });
  if (iso.isValid) return iso;
  const read = readInstant(value, productNow.setZone(zone), zone, true);
  if (read) return read.hasTime ? read.start : read.start.set({ hour: 9, minute: 0 });
  throw new CliError(
    `--to "${value}" is not a time; e.g. --to "2026-12-01 09:00" or --to "Dec 1 9am" (in ${zone})`,
  );
}

function when(iso: string | null | undefined, zone: string): string {
  return iso ? formatWhen(iso, zone, { withZone: true }) : "an unknown time";
}

/** "fu-…-follow-up-1" → "Send a follow-up"; the digest and anything else by name. */
function scheduleLabel(name: string): string {
  const kind = /-(prep|thank-you|follow-up-\d+|move-on)$/.exec(name)?.[1];
  return kind ? kindLabel(kind) : /digest/i.test(name) ? "Weekly digest" : name;
}

interface Status {
  readonly now?: string;
  readonly timeZone?: string;
  readonly pending?: ReadonlyArray<{ name: string; due: string | null }>;
  readonly message?: string;
}

async function call(
  base: string,
  path: string,
  method = "GET",
): Promise<{ ok: boolean; status: number; body: Status & { fired?: number } }> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, { method });
  } catch {
    throw new CliError(`nothing is listening on ${base}; start the local product with "npm start"`);
  }
  return {
    ok: response.ok,
    status: response.status,
    body: (await response.json()) as Status & { fired?: number },
  };
}

/**
 * `followup local advance 3d | --to TIME` moves the running local product's clock and fires what
 * became due; `followup local status` lists pending schedules. Times in the product's zone, or
 * FOLLOWUP_TZ's.
 */
export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseOptions(rest, { to: { type: "string" }, json: { type: "boolean" } });
  const base = `http://127.0.0.1:${localSettings().controlPort}`;
  if (action !== "advance" && action !== "status") {
    throw new CliError(
      'use "followup local advance 3d", "followup local advance --to TIME" or "followup local status"',
    );
  }
  const by = positionals[0];
  if (action === "advance" && !by && !values.to)
    throw new CliError('say how far: followup local advance 3d (m, h, d, w) or --to "2026-12-01 09:00"');
  const current = await call(base, "/status");
  if (!current.ok) throw new CliError(current.body.message ?? `the local product answered ${current.status}`);
  const zone = displayZone(current.body.timeZone);
  if (action === "advance") {
    let query: string;
    if (values.to) {
      const productNow = DateTime.fromISO(current.body.now ?? "", { setZone: true });
      const target = parseTarget(values.to, zone, productNow.isValid ? productNow : DateTime.now());
      if (productNow.isValid && target < productNow)
        throw new CliError(
          `${when(target.toISO(), zone)} is before the local time, ${when(productNow.toISO(), zone)}; the clock only moves forward`,
        );
      query = `to=${encodeURIComponent(target.toISO() ?? "")}`;
    } else {
      query = `by=${encodeURIComponent(by ?? "")}`;
    }
    const { ok, status, body } = await call(base, `/advance?${query}`, "POST");
    if (!ok) throw new CliError(body.message ?? `the local product answered ${status}`);
    if (values.json) printJson({ ...body, zone });
    else
      process.stdout.write(`Local time is now ${when(body.now, zone)}; ${body.fired} schedule(s) fired.\n`);
    return 0;
  }
  const { body } = current;
  if (values.json) {
    printJson({ ...body, zone });
    return 0;
  }
  const pending = [...(body.pending ?? [])].sort((a, b) => Date.parse(a.due ?? "") - Date.parse(b.due ?? ""));
  const lines = [`Local time ${when(body.now, zone)}; ${pending.length} schedule(s) pending.`];
  for (const schedule of pending)
    lines.push(`  ${when(schedule.due, zone)} — ${scheduleLabel(schedule.name)}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
