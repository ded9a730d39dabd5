import { understandReply } from "../lambdas/domain/replies";
import { parseSettingsCommand } from "../lambdas/domain/settings";
import { CliError, parseOptions, printJson } from "./common";
import { parseNow, parseZone } from "./read-input";

/**
 * `followup understand "TEXT"`: what the live service makes of a reply or command, in the order it
 * reads them — a settings command first ("timezone Europe/Berlin", "digest off"), then the rest.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: "boolean" },
    now: { type: "string" },
    tz: { type: "string" },
  });
  const text = positionals.join(" ");
  if (!text.trim())
    throw new CliError('a reply TEXT is required, e.g. followup understand "they said Friday"');
  const settings = parseSettingsCommand(text);
  if (settings) {
    const detail =
      settings.kind === "change" ? settings.summary : settings.kind === "invalid" ? settings.problem : "show";
    if (values.json) printJson({ intent: "settings", date: null, settings });
    else process.stdout.write(`settings ${settings.kind === "invalid" ? "invalid: " : ""}${detail}\n`);
    return 0;
  }
  const zone = parseZone(values.tz) ?? "UTC";
  const read = understandReply(text, { now: parseNow(values.now), zone });
  const { intent, date } = read;
  if (values.json) {
    printJson({
      intent,
      date,
      ...(read.argument !== undefined ? { argument: read.argument } : {}),
      ...(read.correction ? { correction: read.correction } : {}),
      ...(read.declinedOffer ? { declinedOffer: true } : {}),
      ...(read.automatic ? { automatic: true } : {}),
      ...(read.also ? { also: read.also } : {}),
      ...(read.suggestions ? { suggestions: read.suggestions } : {}),
    });
    return 0;
  }
  const details = [
    date,
    read.argument,
    read.correction ? describeCorrection(read.correction) : null,
    read.declinedOffer ? "(offer declined)" : null,
    read.automatic ? "(an automatic reply: ignored)" : null,
    ...(read.also ?? []).map((step) => `+ ${step.intent}${step.date ? ` ${step.date}` : ""}`),
    read.suggestions?.length
      ? `(did you mean ${read.suggestions.map((command) => `“${command}”`).join(" or ")}?)`
      : null,
  ].filter(Boolean);
  process.stdout.write(`${[intent, ...details].join(" ")}\n`);
  return 0;
}

function describeCorrection(
  correction: NonNullable<ReturnType<typeof understandReply>["correction"]>,
): string {
  switch (correction.field) {
    case "date":
      return `date ${correction.start ?? correction.time ?? `(unreadable: ${correction.written})`}${correction.zone ? ` ${correction.zone}` : ""}`;
    case "add-interviewer":
      return `add ${correction.people.map((person) => person.name ?? person.email).join(", ")}`;
    default:
      return `${correction.field} ${correction.value}`;
  }
}
