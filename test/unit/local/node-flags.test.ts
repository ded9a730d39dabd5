/**
 * Local mode's memory depends on the V8 flags it starts with (local/node-flags.ts): `npm start` and
 * `npm run demo` must pass them, as `npm run bench` does when it measures them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCAL_NODE_FLAGS } from "../../../local/node-flags";

const ROOT = join(import.meta.dirname, "../../..");

const scripts = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    readonly scripts: Record<string, string>;
  }
).scripts;

describe("local mode's V8 flags", () => {
  it.each(["start", "demo"])("are given to node by `npm run %s`", (script) => {
    // Prepare
    const words = (scripts[script] ?? "").split(/\s+/);

    // Act
    const entry = words.findIndex((word) => word.startsWith("local/"));

    // Assess
    expect(words[0]).toBe("tsx");
    for (const flag of LOCAL_NODE_FLAGS) expect(words.slice(1, entry)).toContain(flag);
  });
});
