import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 21's "Must show": no import cycle, no import from a lower layer to a higher one, no source
// file over 400 lines except data tables. The layers are docs/ARCHITECTURE.md's Layout table.

const ROOT = join(import.meta.dirname, "../..");
const SOURCE_ROOTS = ["lambdas", "lib", "cli", "local", "bin"];
const MAX_LINES = 400;

/** Files that are tables of data (words, messages, zone ids), long because the data is. */
const DATA_TABLES: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /^lambdas\/domain\/language\/(en|de|fr|es|pt|nl|it)\/[^/]+\.ts$/,
    reason: "one language's lexicon",
  },
  {
    pattern: /^lambdas\/domain\/messages\/catalogue\/[a-z]{2}\.ts$/,
    reason: "one language's message catalogue",
  },
  { pattern: /^lambdas\/domain\/zones\/windows-zones\.ts$/, reason: "CLDR's Windows zone table" },
  { pattern: /^lambdas\/domain\/ingest\/company-words\.ts$/, reason: "company-name word lists" },
];

/** Over the limit and not data: the files still waiting to be split by concept (none today). */
const NOT_YET_SPLIT: ReadonlyArray<string> = [];

/**
 * The layers inside lambdas/ and what each may import (besides itself), as the table says: a layer,
 * or one file of a layer. Handlers may import everything above them, so they are not constrained here.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  ports: ["domain"],
  "use-cases": ["domain", "ports"],
  adapters: ["ports", "domain", "lambdas/observability/catalogue.ts"],
  observability: ["config", "use-cases"],
  config: [],
};

/**
 * Layers another may import for its types alone (`import type`): observability names the outcome
 * types use cases return, and must not run a use case.
 */
const TYPES_ONLY: Readonly<Record<string, readonly string[]>> = {
  observability: ["use-cases"],
};

/** The top-level folders, lowest first: none imports one after it. */
const OUTER_ORDER = ["lambdas", "lib", "local", "cli", "bin"];

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(path);
    }
  };
  for (const root of SOURCE_ROOTS) walk(root);
  return files.sort();
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*)["'](\.{1,2}\/[^"']*)["']/g;
/** `import type { … } from "…"` and `export type { … } from "…"`: erased when compiled. */
const TYPE_SPECIFIER = /\b(?:import|export)\s+type\s*\{[^}]*\}\s*from\s*["'](\.{1,2}\/[^"']*)["']/g;

/** The repository files a source file imports through relative specifiers (or, with `typesOnly`, only for types). */
function importsOf(file: string, typesOnly = false): string[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  const targets: string[] = [];
  for (const match of source.matchAll(typesOnly ? TYPE_SPECIFIER : SPECIFIER)) {
    const base = normalize(join(dirname(file), match[1] ?? "")).replace(/\\/g, "/");
    const resolved = [`${base}.ts`, `${base}/index.ts`, base].find((candidate) =>
      existsSync(join(ROOT, candidate)),
    );
    if (resolved === undefined) throw new Error(`${file}: cannot resolve ${match[1]}`);
    if (resolved.endsWith(".ts")) targets.push(resolved);
  }
  return [...new Set(targets)];
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

/** `domain`, `ports`, `use-cases`… for a file under lambdas/; undefined elsewhere. */
function lambdaLayer(file: string): string | undefined {
  const [top, second] = file.split("/");
  if (top !== "lambdas" || second === undefined) return undefined;
  return second === "ports.ts" ? "ports" : second;
}

const FILES = sourceFiles();
const GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]));

describe("architecture", () => {
  it("finds the sources and their imports", () => {
    // Assess: a walk that found nothing would pass every rule below.
    expect(FILES.length).toBeGreaterThan(100);
    expect(GRAPH.get("lambdas/ports.ts")?.length).toBeGreaterThan(0);
  });

  it("finds a cycle when there is one", () => {
    // Prepare
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);

    // Act
    const cycles = cyclesOf(graph);

    // Assess
    expect(cycles).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("has no import cycle", () => {
    // Act
    const cycles = cyclesOf(GRAPH);

    // Assess
    expect(cycles).toEqual([]);
  });

  it("imports within lambdas/ only what the Layout table's 'may import' column allows", () => {
    // Act
    const violations = FILES.flatMap((file) => {
      const layer = lambdaLayer(file);
      const allowed = layer === undefined ? undefined : MAY_IMPORT[layer];
      if (allowed === undefined) return [];
      return (GRAPH.get(file) ?? [])
        .filter((target) => {
          const targetLayer = lambdaLayer(target);
          if (targetLayer === layer || allowed.includes(target)) return false;
          return targetLayer === undefined || !allowed.includes(targetLayer);
        })
        .map((target) => `${file} -> ${target}`);
    });

    // Assess
    expect(violations).toEqual([]);
  });

  it("imports for their types alone the layers the table allows only for types", () => {
    // Act
    const violations = FILES.flatMap((file) => {
      const typesOnly = TYPES_ONLY[lambdaLayer(file) ?? ""] ?? [];
      const types = importsOf(file, true);
      return (GRAPH.get(file) ?? [])
        .filter((target) => typesOnly.includes(lambdaLayer(target) ?? "") && !types.includes(target))
        .map((target) => `${file} -> ${target}`);
    });

    // Assess
    expect(violations).toEqual([]);
  });

  it("tells an import for types alone from one that runs code", () => {
    // Assess: the rule above would pass everything if it read no import as types-only.
    expect(importsOf("lambdas/observability/outcomes.ts", true)).toContain(
      "lambdas/use-cases/reminder/fire-reminder.ts",
    );
    expect(importsOf("lambdas/observability/telemetry.ts", true)).not.toContain("lambdas/config/env.ts");
  });

  it("never imports from a folder higher in lambdas < lib < local < cli < bin", () => {
    // Act
    const violations = FILES.flatMap((file) =>
      (GRAPH.get(file) ?? [])
        .filter((target) => {
          const from = OUTER_ORDER.indexOf(file.split("/")[0] ?? "");
          return OUTER_ORDER.indexOf(target.split("/")[0] ?? "") > from;
        })
        .map((target) => `${file} -> ${target}`),
    );

    // Assess
    expect(violations).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines except data tables`, () => {
    // Act
    const overLong = FILES.filter((file) => {
      if (DATA_TABLES.some((table) => table.pattern.test(file))) return false;
      return readFileSync(join(ROOT, file), "utf8").trimEnd().split("\n").length > MAX_LINES;
    });

    // Assess: the files not yet split are over the limit, and nothing else is.
    expect(overLong.filter((file) => !NOT_YET_SPLIT.includes(file))).toEqual([]);
    expect(NOT_YET_SPLIT.filter((file) => !overLong.includes(file))).toEqual([]);
  });

  it("keeps its exception lists pointing at real files", () => {
    // Assess
    const missing = [
      ...NOT_YET_SPLIT,
      ...Object.values(MAY_IMPORT)
        .flat()
        .filter((allowed) => allowed.endsWith(".ts")),
    ].filter((file) => !FILES.includes(file));
    expect(missing).toEqual([]);
  });
});
