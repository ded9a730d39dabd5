/**
 * `followup` — the command line of interview-followup. Each command lives in cli/<name>.ts and is
 * loaded only when used, so `followup parse` does not pay for the AWS SDK.
 */
import { CliError } from "../cli/common";

const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }
> = {
  // Each command registers itself here: name → summary and lazy loader.
  parse: {
    summary: "parse FILE [--json]             what an invite or forward says",
    load: () => import("../cli/parse"),
  },
  understand: {
    summary: 'understand "TEXT" [--json]      what a reply means',
    load: () => import("../cli/understand"),
  },
  tone: {
    summary: "tone FILE|- [--json]            flags pressing words in a draft",
    load: () => import("../cli/tone"),
  },
  forward: {
    summary: "forward FILE [--from ADDRESS]    send an invite into the local product",
    load: () => import("../cli/forward"),
  },
  local: {
    summary: "local advance 3d | status        move the local clock, fire what is due",
    load: () => import("../cli/local"),
  },
  redrive: {
    summary: "redrive [--queue-url U --function F]  process failed mail again",
    load: () => import("../cli/redrive"),
  },
  plan: {
    summary: "plan FILE [--json] [--now ISO]  when each prompt would go out",
    load: () => import("../cli/plan"),
  },
  doctor: {
    summary: "doctor [--config] [--json] [--send-test]  is the AWS deployment ready? what next",
    load: () => import("../cli/doctor"),
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  followup ${command.summary}`);
  return ["Usage:", ...lines, "", "Run a command with --help for its options."].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError(`unknown command "${name}"; run "followup --help" for the list`);
  return (await command.load()).run(args);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // One clear line, never a stack: these are people's commands, not ours.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`followup: ${message}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 2;
}
