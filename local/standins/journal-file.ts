/**
 * A keyed collection kept on disk as a journal: each change appends one line, so a save costs the
 * change, not the whole collection (rewriting everything on every change made a long local run
 * quadratic: 3,000 forwards took 40 minutes). Opening replays the lines; the file is rewritten
 * compactly, beside and renamed over, when it holds several times more lines than live entries.
 *
 * A line is `[key, value]` (put) or `[key]` (delete), flushed to disk before `put` or `delete`
 * returns (unless the change is not `durable`), so whoever acknowledges a change after it (the SES stand-in answering a send, say)
 * acknowledges only what a crash keeps. A crash can still leave the last line half written: it was
 * never acknowledged, so it is dropped. A line that cannot be read anywhere else is damage from
 * outside: it is skipped and the rest recovered. Either way nothing is dropped silently: the file
 * as it was is kept beside (`<file>.<time>.damaged`) and each loss is reported with file and line.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { writeDurably, writeFileAtomic } from "./state-file";

/**
 * `durable: false` for a change nobody is told of, which a crash may lose at no cost (a schedule's
 * next due time after it fired: lost, it fires again, at least once as in AWS). The next durable
 * change flushes it along.
 */
export interface WriteOptions {
  readonly durable?: boolean;
}

export interface JournalFile<T> {
  /** What the file held when opened, with the changes made since. */
  readonly entries: ReadonlyMap<string, T>;
  put(key: string, value: T, options?: WriteOptions): void;
  delete(key: string, options?: WriteOptions): void;
  /** Replaces everything (an emptied inbox, say) with one rewrite. */
  replaceAll(entries: Iterable<readonly [string, T]>): void;
}

export interface JournalOptions {
  /** Hears of each line that could not be replayed. @default written to stderr */
  readonly onDamage?: (message: string) => void;
}

/** Compaction waits until the journal holds this many lines beyond twice the live entries. */
const SLACK_LINES = 1000;

const reportToStderr = (message: string) => process.stderr.write(`${message}\n`);

export function openJournalFile<T>(file: string, options: JournalOptions = {}): JournalFile<T> {
  const entries = new Map<string, T>();
  const replayed = existsSync(file) ? replay(file, entries) : { lines: 0, damage: [] };
  let lines = replayed.lines;

  const line = (entry: readonly [string] | readonly [string, T]) => `${JSON.stringify(entry)}\n`;
  const append = (entry: readonly [string] | readonly [string, T], { durable = true }: WriteOptions) => {
    if (lines === 0) mkdirSync(dirname(file), { recursive: true });
    if (durable) writeDurably(file, line(entry), "a");
    else appendFileSync(file, line(entry));
    lines++;
    if (lines > 2 * entries.size + SLACK_LINES) compact();
  };
  const compact = () => {
    writeFileAtomic(file, [...entries].map(([key, value]) => line([key, value])).join(""));
    lines = entries.size;
  };
  if (replayed.damage.length > 0) {
    const kept = `${file}.${new Date().toISOString().replace(/[:.]/g, "-")}.damaged`;
    copyFileSync(file, kept);
    for (const damage of replayed.damage)
      (options.onDamage ?? reportToStderr)(`${damage} (the file as it was is kept at ${kept})`);
  }
  if (replayed.damage.length > 0 || lines > entries.size) compact();

  return {
    entries,
    put(key, value, options = {}) {
      entries.set(key, value);
      append([key, value], options);
    },
    delete(key, options = {}) {
      if (entries.delete(key)) append([key], options);
    },
    replaceAll(replacement) {
      entries.clear();
      for (const [key, value] of replacement) entries.set(key, value);
      compact();
    },
  };
}

/** The entry a journal line holds, or null when it holds none. */
function parseLine(text: string): readonly [string] | readonly [string, unknown] | null {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(entry) || typeof entry[0] !== "string" || entry.length < 1 || entry.length > 2)
    return null;
  return entry as [string] | [string, unknown];
}

/** Applies the file's readable lines to `entries`; says how many it holds and what was lost. */
function replay<T>(file: string, entries: Map<string, T>): { lines: number; damage: string[] } {
  const lines = readFileSync(file, "utf8").split("\n");
  // The text after the last newline is a line whose write did not finish (or nothing).
  const torn = lines.pop() ?? "";
  const damage: string[] = [];
  lines.forEach((text, index) => {
    const entry = parseLine(text);
    if (!entry) {
      damage.push(`${file}:${index + 1}: not a journal entry, skipped; the entries around it are kept`);
      return;
    }
    if (entry.length === 2) entries.set(entry[0], entry[1] as T);
    else entries.delete(entry[0]);
  });
  if (torn !== "")
    damage.push(
      `${file}:${lines.length + 1}: the last entry was cut short by a crash before it was acknowledged, dropped; the ${lines.length} line(s) before it are kept`,
    );
  return { lines: lines.length, damage };
}
