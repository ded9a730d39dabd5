import type { ExtractedInterview, IngestResult } from "../lambdas/domain/ingest";
import { parseOptions, printJson } from "./common";
import { ingestFile, parseNow, parseZone } from "./read-input";

export const USAGE = "followup parse FILE [--json] [--now ISO] [--tz IANA]";

/** The interview as the JSON contract prints it: the extraction's fields, without the guesses (shown in text). */
export function contractInterview(interview: ExtractedInterview): Omit<ExtractedInterview, "guesses"> {
  const { guesses: _guesses, ...fields } = interview;
  return fields;
}

export function describe(result: IngestResult): string {
  const { interview } = result;
  const lines = [`Status: ${result.status}${result.reason ? ` (${result.reason})` : ""}`];
  const add = (label: string, value: string | null) => {
    if (value) lines.push(`${label}: ${value}`);
  };
  add("Title", interview.title);
  add("Company", interview.company);
  add("Role", interview.role);
  add("Start", interview.start);
  add("End", interview.end);
  add("Zone", interview.timeZone);
  add("With", interview.interviewers.map((person) => person.name ?? person.email).join(", ") || null);
  add("Where", interview.location);
  add("Join", interview.meetingUrl);
  add("Decision by", result.decisionHint);
  add("Outcome", result.outcome ?? null);
  for (const guess of interview.guesses ?? []) lines.push(`Guessed: ${guess}`);
  return lines.join("\n");
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: "boolean" },
    now: { type: "string" },
    tz: { type: "string" },
  });
  const result = await ingestFile(positionals[0], { now: parseNow(values.now), zone: parseZone(values.tz) });
  if (values.json)
    printJson({
      status: result.status,
      interview: contractInterview(result.interview),
      outcome: result.outcome ?? null,
      decisionDate: result.decisionHint,
    });
  else process.stdout.write(`${describe(result)}\n`);
  return 0;
}
