import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * A bundle's module and every file it imports statically (`import("…")` is left out): what Node reads
 * and compiles when the module is imported. Reads esbuild's minified output, whose relative imports
 * are `from"./…"` or `import"./…"`.
 */
export function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, "utf8").matchAll(
    /(?:\bfrom|\bimport)\s*["'](\.[^"']+)["']/g,
  )) {
    if (specifier) staticClosure(resolve(dirname(file), specifier), seen);
  }
  return seen;
}

/** Every .mjs file of a bundle folder, its chunks included (source maps left out). */
export function bundleFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mjs"))
    .map((name) => join(folder, name));
}

/** The files' total size in KB. */
export const kb = (files: Iterable<string>) =>
  Math.round([...files].reduce((total, file) => total + statSync(file).size, 0) / 1024);
