/**
 * A keyed collection kept on disk as a journal: each change appends one line, so a save costs the
 * change, not the whole collection (rewriting everything on every change made a long local run
 * quadratic: 3,000 forwards took 40 minutes). Opening replays the lines; the file is rewritten
 * compactly, beside and renamed over, when it holds several times more lines than live entries.
 *
 * A line is `[key, value]` (put) or `[key]` (delete). A crash can leave only the last line half
 * written (no newline yet): that line is skipped, and dropped by a rewrite at open so the next
 * line does not join it. Any other unreadable line is an error, since
 * starting from half the state would silently lose work.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export class UnreadableJournalError extends Error {
  constructor(file: string, line: number, cause?: unknown) {
    super(`${file} cannot be read: line ${line} is not a journal entry`, { cause });
    this.name = "UnreadableJournalError";
  }
}

export interface JournalFile<T> {
  /** What the file held when opened, with the changes made since. */
  readonly entries: ReadonlyMap<string, T>;
  put(key: string, value: T): void;
  delete(key: string): void;
  /** Replaces everything (an emptied inbox, say) with one rewrite. */
  replaceAll(entries: Iterable<readonly [string, T]>): void;
}

/** Compaction waits until the journal holds this many lines beyond twice the live entries. */
const SLACK_LINES = 1000;

export function openJournalFile<T>(file: string): JournalFile<T> {
  const entries = new Map<string, T>();
  const replayed = existsSync(file) ? replay(file, entries) : { lines: 0, torn: false };
  let lines = replayed.lines;

  const line = (entry: readonly [string] | readonly [string, T]) => `${JSON.stringify(entry)}\n`;
  const append = (entry: readonly [string] | readonly [string, T]) => {
    if (lines === 0) mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, line(entry));
    lines++;
    if (lines > 2 * entries.size + SLACK_LINES) compact();
  };
  const compact = () => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, [...entries].map(([key, value]) => line([key, value])).join(""));
    renameSync(`${file}.tmp`, file);
    lines = entries.size;
  };
  if (replayed.torn || lines > entries.size) compact();

  return {
    entries,
    put(key, value) {
      entries.set(key, value);
      append([key, value]);
    },
    delete(key) {
      if (entries.delete(key)) append([key]);
    },
    replaceAll(replacement) {
      entries.clear();
      for (const [key, value] of replacement) entries.set(key, value);
      compact();
    },
  };
}

/** Applies the file's lines to `entries`; says how many whole lines it holds and if a torn one follows. */
function replay<T>(file: string, entries: Map<string, T>): { lines: number; torn: boolean } {
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  // The text after the last newline is a line whose write did not finish (or nothing).
  const torn = lines.pop() !== "";
  lines.forEach((text, index) => {
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch (error) {
      throw new UnreadableJournalError(file, index + 1, error);
    }
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || entry.length > 2) {
      throw new UnreadableJournalError(file, index + 1);
    }
    if (entry.length === 2) entries.set(entry[0], entry[1] as T);
    else entries.delete(entry[0]);
  });
  return { lines: lines.length, torn };
}
