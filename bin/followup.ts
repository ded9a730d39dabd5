/**
 * `followup` — the command line of interview-followup. Each command lives in cli/<name>.ts and is
 * loaded only when used, so `followup parse` does not pay for the AWS SDK. Every command answers
 * `--help` (exit 0); usage errors go to stderr as one line with exit 2.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CliError } from "../cli/common";

interface Command {
  /** One line for `followup --help`. */
  readonly summary: string;
  /** What `followup <command> --help` prints. */
  readonly help: string;
  /** The command prints its own --help. */
  readonly ownHelp?: boolean;
  readonly load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  // Each command registers itself here: name → summary, help and lazy loader.
  parse: {
    summary: "parse FILE [--json]                  what an invite or forward says",
    help: `followup parse FILE [--json] [--now ISO] [--tz IANA]

What an invite (.ics) or a forwarded email (.eml) says: company, role, start and end, zone,
interviewers, decision date, and what was guessed.

  --json      the parse contract as JSON
  --now ISO   read relative dates ("tomorrow at 2pm") against this instant
  --tz IANA   the user's zone, e.g. America/Chicago (floating times are read in it)`,
    load: () => import("../cli/parse"),
  },
  plan: {
    summary: "plan FILE [--json] [--now ISO]       when each prompt would go out",
    help: `followup plan FILE [--json] [--now ISO] [--tz IANA] [--country CC] [--holiday-region R] [--decision-date YYYY-MM-DD]

When each prompt (prep, thank-you, follow-ups, move on) would go out for this invite.

  --json                      the interview and the planned prompts as JSON
  --now ISO                   plan as of this instant (default: now)
  --tz IANA                   your zone (default: the interview's)
  --country CC                whose public holidays are not business days (default US)
  --holiday-region R          and those of its state or province, e.g. CA (not an AWS region)
  --decision-date YYYY-MM-DD  when they said they would decide`,
    load: () => import("../cli/plan"),
  },
  understand: {
    summary: 'understand "TEXT" [--json]           what a reply or command means',
    help: `followup understand "TEXT" [--json] [--now ISO] [--tz IANA]

What the service would make of a reply or a command, without sending anything: a reply
("they said Friday", "undo", "company Lumen Freight"), a settings command ("timezone
Europe/Berlin"), or an account command ("status", "forget Acme"). Unclear text answers
"unknown" with the likeliest commands.

  --json      intent, date and details as JSON
  --now ISO   read dates against this instant (default: now)
  --tz IANA   your zone (default UTC)`,
    load: () => import("../cli/understand"),
  },
  tone: {
    summary: "tone FILE|- [--lang L] [--json]      flags pressing words in a draft",
    help: `followup tone FILE|- [--lang L] [--json]

The tone check of a draft (a file, or - for standard input): pressing, demanding, accusatory,
urgent or desperate phrases, with calmer wording. Exit 0 when calm, 1 when something was flagged.

  --lang L    the draft's language: en (default), de, fr, es, pt, nl or it
  --json      the findings as JSON`,
    load: () => import("../cli/tone"),
  },
  forward: {
    summary: "forward FILE | --invite WHEN         send an invite into the local product",
    help: `followup forward FILE [--from ADDRESS] [--to ADDRESS]
followup forward --invite WHEN [--from ADDRESS] [--to ADDRESS]

Sends an .eml or .ics into the running local product (npm start) over SMTP, as a mail client
forwards it. Warns when ADDRESS is not an owner: the product drops strangers' mail unanswered.

  --invite WHEN    instead of a file, a sample invite (Harbourline, Senior Data Engineer, an hour
                   on a video call) for WHEN, read against the product's clock: "in 3 days at
                   2pm", "Tuesday 2pm", "2026-12-08 14:00"
  --from ADDRESS   the sender (default: the first of FOLLOWUP_OWNERS)
  --to ADDRESS     the recipient (default: the product's inbound address)`,
    load: () => import("../cli/forward"),
  },
  reply: {
    summary: 'reply [N|latest] "TEXT" | --list     answer an email of the local inbox',
    help: `followup reply [N|latest] "TEXT" [--from ADDRESS]
followup reply --list

Replies as the owner to email N of the local inbox (numbered as --list shows them, 1 is the
oldest; default: the latest), as a mail client does: to its Reply-To, "Re:" its subject, the
original quoted below. Prints what the product answered.

  --list           number the emails of the local inbox
  --from ADDRESS   the sender (default: the first of FOLLOWUP_OWNERS)

  followup reply latest "sent"
  followup reply 3 "they said Friday"`,
    load: () => import("../cli/reply"),
  },
  local: {
    summary: "local advance 3d|--to TIME | status  move the local clock, fire what is due",
    help: `followup local advance 3d | 12h | 90m | 2w
followup local advance --to next | "Dec 1 9am" | "2026-12-01 09:00"
followup local status [--json]

Moves the running local product's clock and fires every schedule due on the way (--to next: to
the next prompt); status lists what is pending, each prompt with its company, role and round.
Times are read and printed in the zone the product plans in (FOLLOWUP_TZ overrides it here, with
a note when the two differ), with the year when it is not the product's; --to also takes an ISO
time with an offset. The clock only moves forward, and a day already past this year is refused
rather than read as next year's.

  --json      the answer as JSON`,
    load: () => import("../cli/local"),
  },
  redrive: {
    summary: "redrive [--queue-url U --function F] process failed mail again",
    help: `followup redrive [--queue-url URL --function NAME] [--region R]

Processes again what could not be processed: locally the running product's failed events;
deployed (--queue-url and --function, from the stack's outputs) the inbound function's
on-failure queue. Raw mail stays in S3 throughout.`,
    load: () => import("../cli/redrive"),
  },
  doctor: {
    summary: "doctor [--config] [--json] [--send-test]  is the AWS deployment ready? what next",
    help: "followup doctor --help",
    ownHelp: true,
    load: () => import("../cli/doctor"),
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  followup ${command.summary}`);
  return [
    "Usage:",
    ...lines,
    "  followup --version                            the version",
    "",
    "Run a command with --help for its options.",
  ].join("\n");
}

function version(): string {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "../package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  return `${manifest.name} ${manifest.version}`;
}

const HELP_FLAGS = new Set(["--help", "-h"]);

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--version" || name === "-V" || name === "version") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? args[0] : undefined;
    const command = topic ? COMMANDS[topic] : undefined;
    if (topic && !command)
      throw new CliError(`unknown command "${topic}"; run "followup --help" for the list`);
    if (command?.ownHelp) return (await command.load()).run(["--help"]);
    process.stdout.write(`${command ? command.help : usage()}\n`);
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError(`unknown command "${name}"; run "followup --help" for the list`);
  if (!command.ownHelp && args.some((arg) => HELP_FLAGS.has(arg))) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
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
