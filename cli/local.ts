import { localSettings } from "../local/settings";
import { CliError, parseOptions, printJson } from "./common";

/**
 * `followup local advance 3d | --to ISO` moves the running local product's clock and fires what
 * became due; `followup local status` lists pending schedules.
 */
export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const { values, positionals } = parseOptions(rest, { to: { type: "string" }, json: { type: "boolean" } });
  const base = `http://127.0.0.1:${localSettings().controlPort}`;
  let response: Response;
  try {
    if (action === "advance") {
      const by = positionals[0];
      if (!by && !values.to)
        throw new CliError("say how far: followup local advance 3d (m, h, d, w) or --to 2026-12-01T09:00");
      const query = values.to ? `to=${encodeURIComponent(values.to)}` : `by=${encodeURIComponent(by ?? "")}`;
      response = await fetch(`${base}/advance?${query}`, { method: "POST" });
    } else if (action === "status") {
      response = await fetch(`${base}/status`);
    } else {
      throw new CliError(
        'use "followup local advance 3d", "followup local advance --to ISO" or "followup local status"',
      );
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`nothing is listening on ${base}; start the local product with "npm start"`);
  }
  const body = (await response.json()) as {
    message?: string;
    now?: string;
    fired?: number;
    pending?: unknown[];
  };
  if (!response.ok) throw new CliError(body.message ?? `the local product answered ${response.status}`);
  if (values.json) printJson(body);
  else if (action === "advance")
    process.stdout.write(`Local time is now ${body.now}; ${body.fired} schedule(s) fired.\n`);
  else process.stdout.write(`Local time ${body.now}; ${body.pending?.length ?? 0} schedule(s) pending.\n`);
  return 0;
}
