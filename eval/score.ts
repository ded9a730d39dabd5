/**
 * Scores the readers on a held-out evaluation set (see eval/README.md):
 *
 *   npx tsx eval/score.ts [setDir] [--label NAME] [--out file.json] [--details] [--languages set|english]
 *
 * Replies are read as the product reads them for a user who set the reply's language (`language de`,
 * as someone searching in German would), unless `--languages english`: then as for a user who set
 * none, where a closing in another language is asked about rather than applied.
 *
 * Only the readers' entry points are called — `ingest` for forwards, `understandReply` for replies —
 * and their results are read as plain data (./checks), so the scorer keeps working when their
 * insides are rewritten. One bad item never stops a run: a reader that throws fails that item,
 * and an expectation that cannot be read is listed and left out of the counts.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { ingest } from "../lambdas/domain/ingest";
import { LANGS, type Lang } from "../lambdas/domain/language/lang";
import { type UnderstandOptions, understandReply } from "../lambdas/domain/replies";
import { replyLanguages } from "../lambdas/use-cases/steps/language";
import {
  type Check,
  type ForwardExpectation,
  forwardChecks,
  forwardExpectation,
  forwardProblems,
  forwardRead,
  type ReplyExpectation,
  type ReplyRead,
  replyChecks,
  replyingToOf,
  replyProblems,
  replyRead,
} from "./checks";

const DEFAULT_SET = "/work/heldout-set";

interface Invalid {
  readonly where: string;
  readonly problems: readonly string[];
}

interface ForwardItem {
  readonly id: string;
  readonly lang: string;
  readonly kind: string;
  readonly checks: Check[];
  readonly failed: string[];
  readonly read: unknown;
  readonly error?: string;
  readonly expected?: ForwardExpectation;
}

interface ReplyItem {
  readonly id: string;
  readonly lang: string;
  readonly answering: string;
  readonly checks: Check[];
  readonly failed: string[];
  readonly read: ReplyRead | null;
  readonly falseClosing: boolean;
  readonly missedClosing: boolean;
  readonly askedClosing: boolean;
  readonly appliedClosing: string | null;
  /** Whether the reply closes the application (offer, rejected, withdrawn): the safety counts' base. */
  readonly expectsClosing: boolean;
  readonly error?: string;
  readonly expected?: ReplyExpectation;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A check as written to --out: without the expected value unless --details, so a results file
 * that is committed does not carry the held-out set's answers (only what was read, and the verdict).
 */
function withoutExpected(check: Check, details: boolean): Check {
  if (details) return check;
  const { expected: _expected, ...rest } = check;
  return rest as Check;
}

/** The address of the first From header of a raw message: the forwarder, i.e. the user. */
export function fromAddress(raw: string): string | null {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const from = /^from:(.*)$/im.exec(unfolded)?.[1];
  if (!from) return null;
  const address =
    /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(from)?.[1] ?? /[^\s<>"',;:()]+@[^\s<>"',;:()]+/.exec(from)?.[0];
  return address ? address.toLowerCase() : null;
}

/** Parses a JSON file: its value, or why it cannot be read. */
async function readJson(path: string): Promise<{ value?: unknown; problem?: string }> {
  try {
    return { value: JSON.parse(await readFile(path, "utf8")) };
  } catch (error) {
    return { problem: errorText(error) };
  }
}

// ---------------------------------------------------------------------------------------------
// Forwards.

async function scoreForwards(setDir: string, details: boolean, invalid: Invalid[]): Promise<ForwardItem[]> {
  const root = join(setDir, "forwards");
  if (!(await isDirectory(root))) return [];
  const items: ForwardItem[] = [];
  const langs = (await readdir(root)).filter((name) => !name.startsWith(".")).sort();
  for (const lang of langs) {
    const dir = join(root, lang);
    if (!(await isDirectory(dir))) continue;
    const files = await readdir(dir);
    const ids = [
      ...new Set(
        files
          .filter((name) => /\.(?:eml|json)$/.test(name))
          .map((name) => name.replace(/\.(?:eml|json)$/, "")),
      ),
    ].sort();
    for (const id of ids) {
      const where = `forwards/${lang}/${id}`;
      if (!files.includes(`${id}.eml`) || !files.includes(`${id}.json`)) {
        invalid.push({ where, problems: [`missing ${files.includes(`${id}.eml`) ? ".json" : ".eml"}`] });
        continue;
      }
      const json = await readJson(join(dir, `${id}.json`));
      const problems = json.problem ? [json.problem] : forwardProblems(json.value);
      if (problems.length > 0) {
        invalid.push({ where, problems });
        continue;
      }
      const expect = forwardExpectation(json.value as Record<string, unknown>, lang);
      items.push(await scoreForward(join(dir, `${id}.eml`), id, lang, expect, details));
    }
  }
  return items;
}

async function scoreForward(
  path: string,
  id: string,
  lang: string,
  expect: ForwardExpectation,
  details: boolean,
): Promise<ForwardItem> {
  let result: unknown = null;
  let error: string | undefined;
  try {
    const raw = await readFile(path);
    const owner = fromAddress(raw.toString("latin1"));
    result = await ingest(new Uint8Array(raw), {
      now: DateTime.fromISO(expect.now, { setZone: true }),
      defaultZone: expect.userZone,
      ownerAddresses: owner ? [owner] : [],
    });
  } catch (caught) {
    error = errorText(caught);
  }
  const read = forwardRead(result);
  // A reader that threw read nothing: every check the expectation asks for fails.
  const checks = forwardChecks(expect, read)
    .map((check) => (error ? { ...check, pass: false, read: null, how: "reader threw" } : check))
    .map((check) => withoutExpected(check, details));
  return {
    id,
    lang,
    kind: expect.kind,
    checks,
    failed: checks.filter((check) => !check.pass).map((check) => check.name),
    read: error ? null : read,
    ...(error ? { error } : {}),
    ...(details ? { expected: expect } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Replies.

async function scoreReplies(
  setDir: string,
  details: boolean,
  userSetsLanguage: boolean,
  invalid: Invalid[],
): Promise<ReplyItem[]> {
  const root = join(setDir, "replies");
  if (!(await isDirectory(root))) return [];
  const items: ReplyItem[] = [];
  const files = (await readdir(root)).filter((name) => name.endsWith(".jsonl")).sort();
  for (const file of files) {
    const lang = basename(file, ".jsonl");
    const lines = (await readFile(join(root, file), "utf8")).split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
      if (line.trim() === "") continue;
      const where = `replies/${file}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        invalid.push({ where, problems: [errorText(error)] });
        continue;
      }
      const problems = replyProblems(value);
      if (problems.length > 0) {
        invalid.push({ where, problems });
        continue;
      }
      items.push(scoreReply(value as ReplyExpectation, lang, details, userSetsLanguage));
    }
  }
  return items;
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

function scoreReply(
  item: ReplyExpectation,
  lang: string,
  details: boolean,
  userSetsLanguage: boolean,
): ReplyItem {
  const expect = {
    intent: item.expect.intent,
    date: item.expect.date ?? null,
    time: item.expect.time ?? null,
    closing: item.expect.closing ?? null,
  };
  const normalised: ReplyExpectation = { ...item, company: item.company ?? null, expect };
  let read: ReplyRead | null = null;
  let error: string | undefined;
  try {
    const options: UnderstandOptions = {
      now: DateTime.fromISO(item.now, { zone: item.zone }),
      zone: item.zone,
      languages: userSetsLanguage && isLang(lang) ? replyLanguages(lang) : ["en"],
      replyingTo: replyingToOf(item.answering),
      company: normalised.company,
      subject:
        item.subject ?? `Re: your ${item.answering} email${item.company ? ` about ${item.company}` : ""}`,
    };
    read = replyRead(understandReply(item.text, options));
  } catch (caught) {
    error = errorText(caught);
  }
  const verdict = replyChecks(normalised, read);
  const checks = verdict.checks.map((check) => withoutExpected(check, details));
  return {
    id: item.id,
    lang,
    answering: item.answering,
    checks,
    failed: checks.filter((check) => !check.pass).map((check) => check.name),
    read,
    falseClosing: verdict.falseClosing,
    missedClosing: verdict.missedClosing,
    askedClosing: verdict.askedClosing,
    appliedClosing: verdict.appliedClosing,
    expectsClosing: expect.closing !== null,
    ...(error ? { error } : {}),
    ...(details ? { expected: normalised } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Tables.

interface Tally {
  items: number;
  passed: number;
  total: number;
  errors: number;
}

function percent(passed: number, total: number): string {
  return total === 0 ? "—" : `${((100 * passed) / total).toFixed(1)}%`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

function tally<T extends { checks: Check[]; error?: string }>(items: readonly T[]): Tally {
  return {
    items: items.length,
    passed: items.reduce((sum, item) => sum + item.checks.filter((check) => check.pass).length, 0),
    total: items.reduce((sum, item) => sum + item.checks.length, 0),
    errors: items.filter((item) => item.error).length,
  };
}

function byLang<T extends { lang: string }>(items: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.lang, [...(groups.get(item.lang) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Passed/total of each check name, across the given items. */
function perCheck<T extends { checks: Check[] }>(items: readonly T[]): Array<[string, number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const item of items)
    for (const check of item.checks) {
      const [passed, total] = counts.get(check.name) ?? [0, 0];
      counts.set(check.name, [passed + (check.pass ? 1 : 0), total + 1]);
    }
  return [...counts.entries()].map(([name, [passed, total]]) => [name, passed, total]);
}

function forwardsSummary(items: readonly ForwardItem[]) {
  const invites = items.filter((item) => item.kind === "invite" || item.kind === "reschedule");
  return {
    ...tally(items),
    invitesReadAsInvites: invites.filter((item) => !item.failed.includes("read-as")).length,
    invites: invites.length,
  };
}

function repliesSummary(items: readonly ReplyItem[]) {
  return {
    ...tally(items),
    falseClosings: items.filter((item) => item.falseClosing).length,
    missedClosings: items.filter((item) => item.missedClosing).length,
    closings: items.filter((item) => item.expectsClosing).length,
    askedClosings: items.filter((item) => item.askedClosing).length,
  };
}

function forwardsTable(items: readonly ForwardItem[]): string {
  const row = (name: string, group: readonly ForwardItem[]) => {
    const s = forwardsSummary(group);
    return [
      name,
      String(s.items),
      `${s.passed}/${s.total}`,
      percent(s.passed, s.total),
      `${s.invitesReadAsInvites}/${s.invites}`,
      String(s.errors),
    ];
  };
  return table(
    ["forwards", "items", "checks", "passed", "invites read as invites", "reader errors"],
    [...byLang(items).map(([lang, group]) => row(lang, group)), row("total", items)],
  );
}

function repliesTable(items: readonly ReplyItem[]): string {
  const row = (name: string, group: readonly ReplyItem[]) => {
    const s = repliesSummary(group);
    return [
      name,
      String(s.items),
      `${s.passed}/${s.total}`,
      percent(s.passed, s.total),
      `${s.falseClosings}/${s.items - s.closings}`,
      `${s.missedClosings}/${s.closings}`,
      String(s.askedClosings),
      String(s.errors),
    ];
  };
  return table(
    ["replies", "items", "checks", "passed", "false closings", "missed closings", "asked", "reader errors"],
    [...byLang(items).map(([lang, group]) => row(lang, group)), row("total", items)],
  );
}

function checksTable(title: string, items: ReadonlyArray<{ lang: string; checks: Check[] }>): string {
  const langs = byLang(items);
  const names = perCheck(items).map(([name]) => name);
  const cell = (group: ReadonlyArray<{ checks: Check[] }>, name: string) => {
    const found = perCheck(group).find(([other]) => other === name);
    return found ? `${found[1]}/${found[2]}` : "";
  };
  return table(
    [title, ...langs.map(([lang]) => lang), "total", ""],
    names.map((name) => {
      const all = perCheck(items).find(([other]) => other === name);
      return [
        name,
        ...langs.map(([, group]) => cell(group, name)),
        cell(items, name),
        all ? percent(all[1], all[2]) : "",
      ];
    }),
  );
}

// ---------------------------------------------------------------------------------------------

function readersCommit(): { commit: string | null; readersChanged: boolean | null } {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  try {
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", repo, ...args], { encoding: "utf8" }).trim();
    return {
      commit: git("rev-parse", "HEAD"),
      readersChanged: git("status", "--porcelain", "--", "lambdas/domain") !== "",
    };
  } catch {
    return { commit: null, readersChanged: null };
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      label: { type: "string" },
      out: { type: "string" },
      details: { type: "boolean" },
      languages: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(
      "npx tsx eval/score.ts [setDir] [--label NAME] [--out file.json] [--details] [--languages set|english]\n",
    );
    return 0;
  }
  const setDir = resolve(positionals[0] ?? DEFAULT_SET);
  if (!existsSync(setDir)) {
    process.stderr.write(`no evaluation set at ${setDir}\n`);
    return 2;
  }
  const details = values.details === true;
  const label = values.label ?? basename(setDir);
  const invalid: Invalid[] = [];
  const forwards = await scoreForwards(setDir, details, invalid);
  if (values.languages !== undefined && !["set", "english"].includes(values.languages)) {
    process.stderr.write(`--languages is "set" (the default) or "english", not "${values.languages}"\n`);
    return 2;
  }
  const replies = await scoreReplies(setDir, details, values.languages !== "english", invalid);
  if (forwards.length + replies.length === 0) {
    process.stderr.write(
      `nothing to score in ${setDir} (forwards/<lang>/*.eml+.json, replies/<lang>.jsonl)\n`,
    );
    for (const entry of invalid)
      process.stderr.write(`  invalid ${entry.where}: ${entry.problems.join("; ")}\n`);
    return 2;
  }
  const provenance = readersCommit();
  const out: string[] = [
    `held-out evaluation — ${label} — ${setDir}`,
    `readers at ${provenance.commit?.slice(0, 12) ?? "unknown commit"}${provenance.readersChanged ? " (with uncommitted changes in lambdas/domain)" : ""}`,
    `replies read for a user who set ${values.languages === "english" ? "no language (English only)" : "the reply's language"}`,
    "",
  ];
  if (forwards.length > 0) out.push(forwardsTable(forwards), "", checksTable("forward checks", forwards), "");
  if (replies.length > 0) out.push(repliesTable(replies), "", checksTable("reply checks", replies), "");
  out.push(
    "false closings: an offer/rejected/withdrawn applied to a reply that closes nothing (of the replies that close nothing);",
    "missed closings: a closing reply read as anything else (of the closing replies); asked: a closing asked about, not applied.",
  );
  if (invalid.length > 0) {
    out.push("", `${invalid.length} item(s) could not be read and were not scored:`);
    for (const entry of invalid) out.push(`  ${entry.where}: ${entry.problems.join("; ")}`);
  }
  const errors = [...forwards, ...replies].filter((item) => item.error);
  if (errors.length > 0) {
    out.push("", `${errors.length} item(s) made a reader throw (counted as failed):`);
    for (const item of errors) out.push(`  ${item.lang}/${item.id}: ${item.error}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);

  if (values.out) {
    const report = {
      label,
      setDir,
      userLanguage: values.languages === "english" ? "none" : "the reply's",
      scoredAt: new Date().toISOString(),
      readers: provenance,
      summary: {
        forwards: Object.fromEntries(
          [...byLang(forwards), ["total", forwards] as const].map(([lang, group]) => [
            lang,
            {
              ...forwardsSummary(group),
              checks: Object.fromEntries(perCheck(group).map(([n, p, t]) => [n, [p, t]])),
            },
          ]),
        ),
        replies: Object.fromEntries(
          [...byLang(replies), ["total", replies] as const].map(([lang, group]) => [
            lang,
            {
              ...repliesSummary(group),
              checks: Object.fromEntries(perCheck(group).map(([n, p, t]) => [n, [p, t]])),
            },
          ]),
        ),
      },
      invalid,
      forwards,
      replies,
    };
    const path = resolve(values.out);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`\nper-item results written to ${path}\n`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${errorText(error)}\n`);
      process.exitCode = 1;
    },
  );
}
