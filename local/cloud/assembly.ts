/**
 * The cloud assembly CDK synthesizes for a configuration: the template and the handler bundles,
 * built by the same stack class and the same local esbuild as `cdk deploy` uses. Cached under
 * node_modules/.cache by a hash of the sources and the configuration, so tests and `npm start`
 * synthesize once per change.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Template } from "./template";

export const STACK_NAME = "InterviewFollowup";
const ROOT = join(import.meta.dirname, "../..");
const CACHE = join(ROOT, "node_modules/.cache/interview-followup/assemblies");
/** Whatever can change the template or a bundle. */
const SOURCES = ["lib", "lambdas", "package-lock.json", "cdk.json"];

export interface CloudAssembly {
  readonly directory: string;
  readonly template: Template;
  /** Logical id of each function → the folder of its bundle (index.mjs), as the assets manifest names it. */
  readonly bundles: ReadonlyMap<string, string>;
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

/** A hash of every source file and the configuration: the cache key. */
export function assemblyKey(config: unknown): string {
  const hash = createHash("sha256").update(JSON.stringify(config));
  for (const file of SOURCES.flatMap((source) => filesUnder(join(ROOT, source)))) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 20);
}

interface AssetManifest {
  readonly files: Record<
    string,
    {
      readonly source: { readonly path: string };
      readonly destinations: Record<string, { readonly objectKey: string }>;
    }
  >;
}

/** Each function's code is the file asset whose upload key its Code.S3Key names, as `cdk deploy` uploads it. */
function read(directory: string): CloudAssembly {
  const template = JSON.parse(
    readFileSync(join(directory, `${STACK_NAME}.template.json`), "utf8"),
  ) as Template;
  const manifest = JSON.parse(
    readFileSync(join(directory, `${STACK_NAME}.assets.json`), "utf8"),
  ) as AssetManifest;
  const sources = new Map(
    Object.values(manifest.files).flatMap((file) =>
      Object.values(file.destinations).map(
        (destination) => [destination.objectKey, file.source.path] as const,
      ),
    ),
  );
  const bundles = new Map<string, string>();
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const key = (resource.Properties?.Code as { S3Key?: unknown } | undefined)?.S3Key;
    const source = typeof key === "string" ? sources.get(key) : undefined;
    if (resource.Type === "AWS::Lambda::Function" && source) bundles.set(logicalId, join(directory, source));
  }
  return { directory, template, bundles };
}

/**
 * Synthesizes the stack for this configuration (raw, as cdk.json's `followup` block or
 * followup.config.json would hold it), or returns the cached assembly.
 */
export async function synthesizeAssembly(config: Readonly<Record<string, unknown>>): Promise<CloudAssembly> {
  const directory = join(CACHE, assemblyKey(config));
  if (existsSync(join(directory, `${STACK_NAME}.template.json`))) return read(directory);
  // Loaded only on a cache miss: aws-cdk-lib takes a second or two to import.
  process.stderr.write(
    "Synthesizing the stack for local mode (once per change of the sources or settings)…\n",
  );
  const [{ Annotations, App }, { parseDeploymentConfig }, { FollowupStack }] = await Promise.all([
    import("aws-cdk-lib"),
    import("../../lib/config"),
    import("../../lib/followup-stack"),
  ]);
  mkdirSync(CACHE, { recursive: true });
  const building = `${directory}.${process.pid}.${Date.now()}`;
  // The feature flags and settings of cdk.json, as the CDK CLI passes them to bin/app.ts.
  const { context = {} } = JSON.parse(readFileSync(join(ROOT, "cdk.json"), "utf8")) as {
    context?: Record<string, unknown>;
  };
  const { followup: _example, ...flags } = context;
  const app = new App({ outdir: building, context: flags });
  const stack = new FollowupStack(app, STACK_NAME, { config: parseDeploymentConfig(config, "local mode") });
  // Local mode never deploys: its loopback domain is meant to be an example.
  Annotations.of(stack).acknowledgeWarning("interview-followup:example-config", "local mode");
  app.synth();
  try {
    renameSync(building, directory);
  } catch (error) {
    // Another process synthesized the same key meanwhile: theirs is identical.
    if (!existsSync(directory)) throw error;
    rmSync(building, { recursive: true, force: true });
  }
  return read(directory);
}
