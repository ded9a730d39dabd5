import { DateTime } from "luxon";
import { canonicalZoneName } from "../lambdas/domain/zones";
import { localSettings } from "../local/settings";
import type { ScheduleSubject } from "../local/status";
import { CliError } from "./common";

/** What the running local product's control endpoint answers (GET /status, POST /advance). */
export interface ProductStatus {
  readonly now?: string;
  readonly timeZone?: string;
  readonly owners?: readonly string[];
  readonly pending?: ReadonlyArray<{ name: string; due: string | null; about?: ScheduleSubject }>;
  readonly fired?: number;
  readonly message?: string;
}

/** Calls the running product's control endpoint; a refusal or no product is a CliError. */
export async function productStatus(path = "/status", method = "GET"): Promise<ProductStatus> {
  const base = `http://127.0.0.1:${localSettings().controlPort}`;
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, { method });
  } catch {
    throw new CliError(`nothing is listening on ${base}; start the local product with "npm start"`);
  }
  const body = (await response.json()) as ProductStatus;
  if (!response.ok) throw new CliError(body.message ?? `the local product answered ${response.status}`);
  return body;
}

/** The product's clock (travelled), or this machine's when the product did not say. */
export function productTime(status: ProductStatus): DateTime {
  const now = DateTime.fromISO(status.now ?? "", { setZone: true });
  return now.isValid ? now : DateTime.now();
}

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
export function displayZone(productZone: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
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
