import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleFiles, staticClosure } from "../../bench/bundle-files";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");

interface FunctionResource {
  readonly Type: string;
  readonly Metadata?: { readonly "aws:asset:path"?: string };
  readonly Properties: {
    readonly Runtime?: string;
    readonly Handler?: string;
    readonly Architectures?: string[];
  };
}

describe("npx cdk synth: the real CLI, offline, with the cdk.json example and the local esbuild", () => {
  // One synth for every assertion below: it takes most of a minute on a loaded machine.
  const outdir = mkdtempSync(join(tmpdir(), "cdk-out-"));
  let functions: Array<[string, FunctionResource]> = [];
  const bundleOf = (resource: FunctionResource | undefined) =>
    join(outdir, resource?.Metadata?.["aws:asset:path"] ?? "missing");

  // Prepare, Act
  beforeAll(async () => {
    await run("npx", ["cdk", "synth", "--quiet", "--output", outdir], { cwd: ROOT, timeout: 120_000 });
    const template = JSON.parse(readFileSync(join(outdir, "InterviewFollowup.template.json"), "utf8")) as {
      Resources: Record<string, FunctionResource>;
    };
    functions = Object.entries(template.Resources).filter(
      ([id, resource]) =>
        resource.Type === "AWS::Lambda::Function" &&
        /^(Inbound|Reminder|Digest|MailReceivingActivationHandler)[0-9A-F]{8}$/.test(id),
    );
  }, 120_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it("bundles each handler, the custom resource's too, as a minified ESM module with a source map, for nodejs24.x on arm64", () => {
    // Assess
    expect(functions.map(([id]) => id.slice(0, -8)).sort()).toEqual([
      "Digest",
      "Inbound",
      "MailReceivingActivationHandler",
      "Reminder",
    ]);
    for (const [, resource] of functions) {
      expect(resource.Properties).toMatchObject({
        Runtime: "nodejs24.x",
        Handler: "index.handler",
        Architectures: ["arm64"],
      });
      const bundle = bundleOf(resource);
      const code = readFileSync(join(bundle, "index.mjs"), "utf8");
      expect(code.startsWith("import { createRequire as topLevelCreateRequire } from 'module';")).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
      // Minified: most of the code is on very long lines (the rest: the banner, multi-line strings).
      const onLongLines = code
        .split("\n")
        .filter((line) => line.length > 1000)
        .reduce((total, line) => total + line.length, 0);
      expect(onLongLines).toBeGreaterThan(code.length * 0.6);
      expect(existsSync(join(bundle, "index.mjs.map"))).toBe(true);
    }
  });

  it("carries the SDK clients each function uses: importing every file of every bundle asks the runtime for no @aws-sdk package", async () => {
    // Prepare
    const files = functions.flatMap(([, resource]) => bundleFiles(bundleOf(resource)));
    // Records each @aws-sdk specifier a module asks for (inside a bundle, none is left to resolve).
    const script = `import { registerHooks } from "node:module";
const asked = new Set();
registerHooks({ resolve(specifier, context, next) { if (specifier.startsWith("@aws-sdk/")) asked.add(specifier); return next(specifier, context); } });
for (const file of ${JSON.stringify(files)}) await import("file://" + file);
process.stdout.write(JSON.stringify([...asked]));`;

    // Act
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: outdir });

    // Assess
    expect(files.length).toBeGreaterThan(4);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("leaves date-holidays out of what the inbound function reads at cold start: a chunk of its own, imported when a mail is planned", () => {
    // Prepare
    const [, inbound] = functions.find(([id]) => id.startsWith("Inbound")) ?? [];
    const bundle = bundleOf(inbound);
    // A message of moment-timezone, which only date-holidays brings in.
    const holidaysCode = "Moment Timezone requires Moment.js";

    // Act
    const readAtColdStart = staticClosure(join(bundle, "index.mjs"));
    const containing = bundleFiles(bundle).filter((file) =>
      readFileSync(file, "utf8").includes(holidaysCode),
    );

    // Assess
    expect(containing).toHaveLength(1);
    expect(readAtColdStart.has(containing[0] ?? "")).toBe(false);
  });
});
