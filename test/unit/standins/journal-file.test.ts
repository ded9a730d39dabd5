/** The journal behind local mode's state files: a line per change, replayed on open, compacted. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openJournalFile, UnreadableJournalError } from "../../../local/standins/journal-file";

let folder: string;
let file: string;
const lineCount = () => readFileSync(file, "utf8").split("\n").filter(Boolean).length;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "journal-"));
  file = join(folder, "nested", "state.jsonl");
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("journal file", () => {
  it("replays puts and deletes in order when opened again", () => {
    const journal = openJournalFile<{ n: number }>(file);
    journal.put("a", { n: 1 });
    journal.put("b", { n: 2 });
    journal.put("a", { n: 3 });
    journal.delete("b");
    journal.delete("missing");
    expect([...openJournalFile(file).entries]).toEqual([["a", { n: 3 }]]);
  });

  it("appends one line per change instead of rewriting the collection", () => {
    const journal = openJournalFile<string>(file);
    for (let index = 0; index < 50; index++) journal.put(`key-${index}`, "x".repeat(100));
    const before = readFileSync(file, "utf8");
    journal.put("one-more", "y");
    expect(readFileSync(file, "utf8")).toBe(`${before}${JSON.stringify(["one-more", "y"])}\n`);
  });

  it("compacts once the journal holds far more lines than live entries, keeping every entry", () => {
    const journal = openJournalFile<number>(file);
    journal.put("kept", 0);
    for (let index = 0; index < 3000; index++) journal.put("counter", index);
    expect(lineCount()).toBeLessThan(1010);
    expect([...openJournalFile(file).entries]).toEqual([
      ["kept", 0],
      ["counter", 2999],
    ]);
  });

  it("skips a last line whose write did not finish (a crash mid-append) and goes on from there", () => {
    const journal = openJournalFile<number>(file);
    journal.put("a", 1);
    appendFileSync(file, '["b", 2');
    const reopened = openJournalFile<number>(file);
    expect([...reopened.entries]).toEqual([["a", 1]]);
    reopened.put("c", 3);
    expect([...openJournalFile(file).entries]).toEqual([
      ["a", 1],
      ["c", 3],
    ]);
  });

  it("refuses a file with an unreadable line before the last, rather than starting from half the state", () => {
    writeFileSync(join(folder, "bad.jsonl"), '["a",1]\n{ not json\n["b",2]\n');
    expect(() => openJournalFile(join(folder, "bad.jsonl"))).toThrow(UnreadableJournalError);
    writeFileSync(join(folder, "shape.jsonl"), '{"a":1}\n');
    expect(() => openJournalFile(join(folder, "shape.jsonl"))).toThrow(/line 1 is not a journal entry/);
  });

  it("replaceAll leaves exactly the given entries, on disk too", () => {
    const journal = openJournalFile<number>(file);
    journal.put("a", 1);
    journal.put("b", 2);
    journal.replaceAll([["c", 3]]);
    expect([...journal.entries]).toEqual([["c", 3]]);
    expect([...openJournalFile(file).entries]).toEqual([["c", 3]]);
    expect(lineCount()).toBe(1);
  });
});
