import { readFile } from "node:fs/promises";
import { LANGS, type Lang } from "../lambdas/domain/language/lang";
import { checkTone } from "../lambdas/domain/tone";
import { CliError, parseOptions, printJson } from "./common";

async function readDraft(source: string | undefined): Promise<string> {
  if (!source) throw new CliError("a FILE (or - for standard input) with the draft is required");
  if (source === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(source, "utf8");
  } catch {
    throw new CliError(`cannot read ${source}`);
  }
}

function language(value: string | undefined): Lang {
  if (value === undefined) return "en";
  const language = LANGS.find((known) => known === value);
  if (language) return language;
  throw new CliError(`--lang must be one of ${LANGS.join(", ")}, not "${value}"`);
}

/** Exit 0 when the draft reads calm, 1 when something was flagged. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: "boolean" }, lang: { type: "string" } });
  const findings = checkTone(await readDraft(positionals[0]), language(values.lang));
  if (values.json) printJson({ ok: findings.length === 0, findings });
  else if (findings.length === 0) process.stdout.write("Calm and clear: nothing to change.\n");
  else {
    for (const finding of findings) {
      process.stdout.write(`${finding.rule}: “${finding.excerpt}” — ${finding.suggestion}\n`);
    }
  }
  return findings.length === 0 ? 0 : 1;
}
