/**
 * Local mode's whole-file state (dead letters, secrets, the travelled clock): replaced atomically
 * — written beside, flushed to disk, renamed over — so a crash leaves the old file or the new one,
 * never half of one; and read with an error that names the file when it is damaged anyway.
 */
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";

export class DamagedStateFileError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `${file} cannot be read (${(cause as Error).message}); it may have been cut short by a crash. ` +
        "Restore it from a backup, or move it aside to start that part of local mode afresh.",
      { cause },
    );
    this.name = "DamagedStateFileError";
  }
}

/** Writes `text` to the file and flushes it to disk before returning. */
export function writeDurably(file: string, text: string, flags: "w" | "a", mode = 0o644): void {
  const descriptor = openSync(file, flags, mode);
  try {
    writeSync(descriptor, text);
    // The data and the length that reads it back; a few ms, where fsync adds nothing we need.
    fdatasyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Replaces the file's content at once: readers and crashes see the old content or the new. */
export function writeFileAtomic(file: string, text: string, mode = 0o644): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const temporary = `${file}.tmp`;
  writeDurably(temporary, text, "w", mode);
  renameSync(temporary, file);
  // The rename itself is durable once the folder's entry is.
  const directory = openSync(folder, "r");
  try {
    fsyncSync(directory);
  } finally {
    closeSync(directory);
  }
}

/** The JSON a state file holds, `absent` when there is none; a damaged file is named in the error. */
export function readStateFile<T>(file: string, absent: T): T {
  if (!existsSync(file)) return absent;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    throw new DamagedStateFileError(file, error);
  }
}
