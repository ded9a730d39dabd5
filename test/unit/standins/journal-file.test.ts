/** The journal behind local mode's state files: a line per change, replayed on open, compacted. */
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openJournalFile } from "../../../local/standins/journal-file";

const ROOT = join(import.meta.dirname, "../../..");
/** Puts entries of 4 KB until killed, printing each index once its put has returned. */
const CHILD_WRITER = `
const { openJournalFile } = await import(${JSON.stringify(join(ROOT, "local/standins/journal-file.ts"))});
const journal = openJournalFile(process.argv[1]);
for (let index = 0; ; index++) {
  journal.put("k" + index, "v".repeat(4096));
  process.stdout.write(index + "\\n");
}`;

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
    for (let index = 0; index < 1100; index++) journal.put("counter", index);
    expect(lineCount()).toBeLessThan(1010);
    expect([...openJournalFile(file).entries]).toEqual([
      ["kept", 0],
      ["counter", 1099],
    ]);
  });

  it("drops a last line whose write did not finish (a crash mid-append), says so, and goes on from there", () => {
    const journal = openJournalFile<number>(file);
    journal.put("a", 1);
    appendFileSync(file, '["b", 2');
    const damage: string[] = [];

    const reopened = openJournalFile<number>(file, { onDamage: (message) => damage.push(message) });
    reopened.put("c", 3);

    expect([...openJournalFile(file).entries]).toEqual([
      ["a", 1],
      ["c", 3],
    ]);
    expect(damage).toEqual([
      expect.stringMatching(/state\.jsonl:2: the last entry was cut short by a crash/),
    ]);
    const kept = readdirSync(dirname(file)).filter((name) => name.endsWith(".damaged"));
    expect(kept.map((name) => readFileSync(join(dirname(file), name), "utf8"))).toEqual(['["a",1]\n["b", 2']);
  });

  it.each([
    ["not JSON", "{ not json"],
    ["JSON but not an entry", '{"a":1}'],
    ["an empty line", ""],
  ])("skips a middle line that is %s, naming file and line, and keeps the rest", (_, badLine) => {
    const bad = join(folder, "bad.jsonl");
    writeFileSync(bad, `["a",1]\n${badLine}\n["b",2]\n["a"]\n`);
    const damage: string[] = [];

    const journal = openJournalFile<number>(bad, { onDamage: (message) => damage.push(message) });

    expect([...journal.entries]).toEqual([["b", 2]]);
    expect(damage).toEqual([expect.stringContaining(`${bad}:2: not a journal entry`)]);
    expect(readFileSync(bad, "utf8")).toBe('["b",2]\n');
  });

  it("reports nothing for an intact file", () => {
    openJournalFile<number>(file).put("a", 1);
    const damage: string[] = [];
    openJournalFile<number>(file, { onDamage: (message) => damage.push(message) });
    expect(damage).toEqual([]);
  });

  it("keeps every acknowledged entry when its process is killed while appending", async () => {
    // A child appends as fast as it can and says which entries were acknowledged (put returned).
    const child = spawn(process.execPath, ["--import", "tsx", "-e", CHILD_WRITER, file], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let acknowledged = -1;
    let output = "";
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const lines = output.split("\n");
        output = lines.pop() ?? "";
        acknowledged = Number(lines.at(-1) ?? acknowledged);
        if (acknowledged >= 200) {
          child.kill("SIGKILL");
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once("exit", resolve));

    const damage: string[] = [];
    const reopened = openJournalFile<string>(file, { onDamage: (message) => damage.push(message) });

    for (let index = 0; index <= acknowledged; index++)
      expect(reopened.entries.get(`k${index}`)).toBe("v".repeat(4096));
    expect(damage.every((message) => message.includes("cut short by a crash"))).toBe(true);
  });

  it("reads each value from its line on disk, not from a copy kept in memory", () => {
    // Prepare
    const journal = openJournalFile<{ subject: string }>(file);
    const email = { subject: "Interview with Company 1" };
    journal.put("m1", email);

    // Act
    email.subject = "changed after it was put";

    // Assess
    expect(journal.entries.get("m1")).toEqual({ subject: "Interview with Company 1" });
  });

  it("finds every value after a reopen, across read chunks and multi-byte characters", () => {
    // Prepare: 2.5 MB of lines (more than one read chunk), each with characters of 2 to 4 bytes.
    const journal = openJournalFile<string>(file);
    const value = (index: number) => `${index} Zürich – 5 € 🗓 ${"x".repeat(8192)}`;
    for (let index = 0; index < 300; index++) journal.put(`k${index}`, value(index));

    // Act
    const reopened = openJournalFile<string>(file);
    reopened.put("after", value(300));

    // Assess
    expect(reopened.entries.size).toBe(301);
    for (let index = 0; index < 300; index++) expect(reopened.entries.get(`k${index}`)).toBe(value(index));
    expect(reopened.entries.get("after")).toBe(value(300));
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
