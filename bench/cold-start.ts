/**
 * Cold start: the import of each bundle `cdk deploy` would upload, in a fresh node process, as a
 * ratio to an SDK-only baseline imported in the same run (interleaved, so drift hits both alike).
 * The baseline imports the four SDK clients from node_modules, as a function importing the
 * runtime's SDK would: the yardstick of the budgets. Our functions bundle their SDK clients (see
 * lib/lambda-bundle.ts), so each row also gives the ratio to the same clients bundled: what our own
 * code adds. Wall time is what an invocation waits; CPU time (every thread of the process) moves
 * less when other work shares the machine, so it is given beside it. A split bundle reads its entry
 * and the chunks the entry imports statically; the "every chunk" figure imports all the others too,
 * as a first mail that needed each of them would: splitting defers that work, it does not remove it.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { localDeploymentConfig } from "../local/app";
import { synthesizeAssembly } from "../local/cloud/assembly";
import { bundleFiles, kb, staticClosure } from "./bundle-files";
import { bundle } from "./bundles";
import { type Stat, stat } from "./stats";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "bench/.out");

interface ImportCost {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Wall and CPU time of importing the files in order, in a fresh node process. */
function importCost(files: readonly string[]): ImportCost {
  const imports = files.map((file) => `await import(${JSON.stringify(`file://${file}`)});`).join("");
  const script = `const c=process.cpuUsage(),t=performance.now();${imports}const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wallMs:performance.now()-t,cpuMs:(u.user+u.system)/1000}))`;
  return JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" }),
  ) as ImportCost;
}

export interface ColdStartRow {
  /** The entry and the chunks it imports statically: what a cold start reads. */
  readonly kb: number;
  /** Every chunk of the bundle. */
  readonly totalKb: number;
  readonly importMs: Stat;
  readonly cpuMs: Stat;
  readonly ratio: Stat;
  readonly cpuRatio: Stat;
  /** Wall time as a ratio to the SDK clients bundled alone: what our own code adds. */
  readonly bundledSdkRatio: Stat;
  /** The import followed by every other chunk's, as a ratio to the baseline (null: nothing is deferred). */
  readonly everyChunkRatio: Stat | null;
  readonly budget: number | null;
}

const BUDGETS: Readonly<Record<string, number>> = { inbound: 1.3, reminder: 1.15 };

export async function coldStart(runs: number) {
  const baselineFile = join(OUT, "sdk-baseline.mjs");
  await bundle(join(ROOT, "bench/sdk-baseline.ts"), baselineFile, { runtimeSdk: true });
  const bundledSdkFile = join(OUT, "bundled-sdk/sdk-baseline.mjs");
  await bundle(join(ROOT, "bench/sdk-baseline.ts"), bundledSdkFile);
  // The bundles `cdk deploy` would upload, from the synthesized assembly.
  const assembly = await synthesizeAssembly(localDeploymentConfig({}));
  const handlers = ["Inbound", "Reminder", "Digest"].map((name) => {
    const folder = [...assembly.bundles].find(
      ([logicalId]) => logicalId.replace(/[0-9A-F]{8}$/, "") === name,
    )?.[1];
    if (!folder) throw new Error(`The assembly has no ${name} bundle`);
    const entry = join(folder, "index.mjs");
    const eager = staticClosure(entry);
    const all = bundleFiles(folder);
    const deferred = all.filter((file) => !eager.has(file));
    return { name: name.toLowerCase(), entry, eager, all, deferred };
  });
  const baseline: ImportCost[] = [];
  const bundledSdk: ImportCost[] = [];
  const samples = new Map(
    handlers.map(({ name }) => [name, { cold: [] as ImportCost[], every: [] as ImportCost[] }]),
  );
  for (let run = 0; run < runs; run++) {
    baseline.push(importCost([baselineFile]));
    bundledSdk.push(importCost([bundledSdkFile]));
    for (const { name, entry, deferred } of handlers) {
      samples.get(name)?.cold.push(importCost([entry]));
      if (deferred.length > 0) samples.get(name)?.every.push(importCost([entry, ...deferred]));
    }
  }
  const ratios = (costs: ImportCost[], of: (cost: ImportCost) => number, to = baseline) =>
    stat(costs.map((cost, index) => of(cost) / of(to[index] ?? cost)));
  const rows: Record<string, ColdStartRow> = {};
  for (const { name, eager, all } of handlers) {
    const { cold = [], every = [] } = samples.get(name) ?? {};
    rows[name] = {
      kb: kb(eager),
      totalKb: kb(all),
      importMs: stat(cold.map((cost) => cost.wallMs)),
      cpuMs: stat(cold.map((cost) => cost.cpuMs)),
      ratio: ratios(cold, (cost) => cost.wallMs),
      cpuRatio: ratios(cold, (cost) => cost.cpuMs),
      bundledSdkRatio: ratios(cold, (cost) => cost.wallMs, bundledSdk),
      everyChunkRatio: every.length > 0 ? ratios(every, (cost) => cost.wallMs) : null,
      budget: BUDGETS[name] ?? null,
    };
  }
  return {
    baselineMs: stat(baseline.map((cost) => cost.wallMs)),
    baselineCpuMs: stat(baseline.map((cost) => cost.cpuMs)),
    baselineKb: kb([baselineFile]),
    bundledSdkMs: stat(bundledSdk.map((cost) => cost.wallMs)),
    bundledSdkKb: kb(staticClosure(bundledSdkFile)),
    handlers: rows,
  };
}
