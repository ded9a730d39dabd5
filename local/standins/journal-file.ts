/**
 * A keyed collection kept on disk as a journal: each change appends one line, so a save costs the
 * change, not the whole collection (rewriting everything on every change made a long local run
 * quadratic: 3,000 forwards took 40 minutes). Opening replays the lines; the file is rewritten
 * compactly, beside and renamed over, when it holds several times more lines than live entries.
 * Only the keys and where each one's line lies stay in memory; a value is read from its line when
 * asked for, so a journal of thousands of emails weighs what its keys weigh.
 *
 * A line is `[key, value]` (put) or `[key]` (delete), flushed to disk before `put` or `delete`
 * returns (unless the change is not `durable`), so whoever acknowledges a change after it (the SES stand-in answering a send, say)
 * acknowledges only what a crash keeps. A crash can still leave the last line half written: it was
 * never acknowledged, so it is dropped. A line that cannot be read anywhere else is damage from
 * outside: it is skipped and the rest recovered. Either way nothing is dropped silently: the file
 * as it was is kept beside (`<file>.<time>.damaged`) and each loss is reported with file and line.
 */
import { appendFileSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync } from "node:fs";
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
  /** What the file held when opened, with the changes made since; each value read from disk. */
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

/** Where a key's latest put lies in the file, in bytes. */
interface Place {
  readonly offset: number;
  readonly length: number;
}

/** Compaction waits until the journal holds this many lines beyond twice the live entries. */
const SLACK_LINES = 1000;
/** Replay reads the file this many bytes at a time, however large it has grown. */
const CHUNK_BYTES = 1024 * 1024;

const reportToStderr = (message: string) => process.stderr.write(`${message}\n`);

export function openJournalFile<T>(file: string, options: JournalOptions = {}): JournalFile<T> {
  const places = new Map<string, Place>();
  const replayed = existsSync(file) ? replay(file, places) : { lines: 0, bytes: 0, damage: [] };
  let lines = replayed.lines;
  let size = replayed.bytes;

  const line = (entry: readonly [string] | readonly [string, T]) => `${JSON.stringify(entry)}\n`;
  const append = (entry: readonly [string] | readonly [string, T], { durable = true }: WriteOptions) => {
    if (lines === 0) mkdirSync(dirname(file), { recursive: true });
    const text = line(entry);
    if (durable) writeDurably(file, text, "a");
    else appendFileSync(file, text);
    const length = Buffer.byteLength(text);
    if (entry.length === 2) places.set(entry[0], { offset: size, length });
    size += length;
    lines++;
    if (lines > 2 * places.size + SLACK_LINES) compact(entries);
  };
  /** Rewrites the file with one line per live entry (read before the file is replaced). */
  const compact = (live: Iterable<readonly [string, T]>) => {
    const texts = [...live].map(([key, value]) => [key, line([key, value])] as const);
    writeFileAtomic(file, texts.map(([, text]) => text).join(""));
    places.clear();
    size = 0;
    for (const [key, text] of texts) {
      const length = Buffer.byteLength(text);
      places.set(key, { offset: size, length });
      size += length;
    }
    lines = places.size;
  };
  const entries = diskEntries<T>(file, places);
  if (replayed.damage.length > 0) {
    const kept = `${file}.${new Date().toISOString().replace(/[:.]/g, "-")}.damaged`;
    copyFileSync(file, kept);
    for (const damage of replayed.damage)
      (options.onDamage ?? reportToStderr)(`${damage} (the file as it was is kept at ${kept})`);
  }
  if (replayed.damage.length > 0 || lines > places.size) compact(entries);

  return {
    entries,
    put(key, value, options = {}) {
      append([key, value], options);
    },
    delete(key, options = {}) {
      if (places.delete(key)) append([key], options);
    },
    replaceAll(replacement) {
      compact(replacement);
    },
  };
}

/** A map over the journal's live entries whose values are read from their lines when asked for. */
function diskEntries<T>(file: string, places: ReadonlyMap<string, Place>): ReadonlyMap<string, T> {
  const read = (place: Place): T => {
    const buffer = Buffer.alloc(place.length);
    const descriptor = openSync(file, "r");
    try {
      readSync(descriptor, buffer, 0, place.length, place.offset);
    } finally {
      closeSync(descriptor);
    }
    return (JSON.parse(buffer.toString("utf8")) as [string, T])[1];
  };
  function* pairs(): MapIterator<[string, T]> {
    for (const [key, place] of places) yield [key, read(place)];
  }
  return {
    get size() {
      return places.size;
    },
    has: (key) => places.has(key),
    get(key) {
      const place = places.get(key);
      return place ? read(place) : undefined;
    },
    forEach(callback) {
      for (const [key, value] of pairs()) callback(value, key, this);
    },
    entries: pairs,
    keys: () => places.keys(),
    *values(): MapIterator<T> {
      for (const [, value] of pairs()) yield value;
    },
    [Symbol.iterator]: pairs,
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

/** The file's lines with their places, read a chunk at a time; the text after the last newline apart. */
function* linesOf(file: string): Generator<{ text: string; place: Place } | { torn: string }> {
  const descriptor = openSync(file, "r");
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let pending: Buffer = Buffer.alloc(0);
    let offset = 0;
    for (;;) {
      const read = readSync(descriptor, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      pending = Buffer.concat([pending, chunk.subarray(0, read)]);
      let start = 0;
      for (let end = pending.indexOf(10); end >= 0; end = pending.indexOf(10, start)) {
        yield { text: pending.toString("utf8", start, end), place: { offset, length: end + 1 - start } };
        offset += end + 1 - start;
        start = end + 1;
      }
      pending = pending.subarray(start);
    }
    yield { torn: pending.toString("utf8") };
  } finally {
    closeSync(descriptor);
  }
}

/** Applies the file's readable lines to `places`; says how many it holds, their bytes and what was lost. */
function replay(
  file: string,
  places: Map<string, Place>,
): { lines: number; bytes: number; damage: string[] } {
  const damage: string[] = [];
  let lines = 0;
  let bytes = 0;
  for (const item of linesOf(file)) {
    if ("torn" in item) {
      // The text after the last newline is a line whose write did not finish (or nothing).
      if (item.torn !== "")
        damage.push(
          `${file}:${lines + 1}: the last entry was cut short by a crash before it was acknowledged, dropped; the ${lines} line(s) before it are kept`,
        );
      continue;
    }
    lines++;
    bytes += item.place.length;
    const entry = parseLine(item.text);
    if (!entry) {
      damage.push(`${file}:${lines}: not a journal entry, skipped; the entries around it are kept`);
      continue;
    }
    if (entry.length === 2) places.set(entry[0], item.place);
    else places.delete(entry[0]);
  }
  return { lines, bytes, damage };
}
