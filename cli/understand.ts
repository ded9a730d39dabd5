import { understandReply } from "../lambdas/domain/replies";
import { CliError, parseOptions, printJson } from "./common";
import { parseNow, parseZone } from "./read-input";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: "boolean" },
    now: { type: "string" },
    tz: { type: "string" },
  });
  const text = positionals.join(" ");
  if (!text.trim())
    throw new CliError('a reply TEXT is required, e.g. followup understand "they said Friday"');
  const zone = parseZone(values.tz) ?? "UTC";
  const { intent, date } = understandReply(text, { now: parseNow(values.now), zone });
  if (values.json) printJson({ intent, date });
  else process.stdout.write(`${intent}${date ? ` ${date}` : ""}\n`);
  return 0;
}
