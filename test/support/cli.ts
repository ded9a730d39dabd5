/**
 * `followup ARGS` for tests, as a process (`node bin/followup.js`) or in this one. A process costs
 * about a second of CPU (Node, tsx and the command's modules, loaded again each time); in this
 * process bin/followup.ts is evaluated afresh — it reads process.argv and sets process.exitCode
 * as it loads — with the environment, stdout and stderr it would have had, while the commands'
 * modules stay loaded. Each test file that checks output and exit codes keeps one real process,
 * so the binary itself stays proven.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

export const ROOT = join(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/followup.js");
const exec = promisify(execFile);

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node bin/followup.js ARGS` with these variables added to the environment. */
export async function followupProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await exec("node", [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let runs = 0;

/** The same run in this process: what the process would print and its exit code. */
export async function followupInProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  const saved = {
    argv: process.argv,
    exitCode: process.exitCode,
    stdout: process.stdout.write,
    stderr: process.stderr.write,
    env: Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]])),
  };
  const output = { stdout: "", stderr: "" };
  const capture = (stream: keyof typeof output) =>
    ((chunk: string | Uint8Array) => {
      output[stream] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      return true;
    }) as typeof process.stdout.write;
  process.argv = [process.argv[0] ?? "node", BIN, ...args];
  process.exitCode = undefined;
  for (const [name, value] of Object.entries(env)) setVariable(name, value);
  process.stdout.write = capture("stdout");
  process.stderr.write = capture("stderr");
  try {
    // A new query string is a new module: its top level, the CLI's main, runs again.
    await import(/* @vite-ignore */ `${join(ROOT, "bin/followup.ts")}?run=${++runs}`);
    return { code: Number(process.exitCode ?? 0), ...output };
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.argv = saved.argv;
    process.exitCode = saved.exitCode;
    for (const [name, value] of Object.entries(saved.env)) setVariable(name, value);
  }
}

function setVariable(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
