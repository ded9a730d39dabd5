import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { LAMBDA_NODE_MAJOR } from "../lib/followup-function";

/** The esbuild options of the stack's FollowupFunction (see lib/followup-function.ts), for the bench's own drivers. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  mkdirSync(join(outfile, ".."), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${LAMBDA_NODE_MAJOR}`,
    minify: true,
    sourcemap: false,
    mainFields: ["module", "main"],
    external: ["@aws-sdk/*"],
    banner: {
      js: "import { createRequire as topLevelCreateRequire } from 'module'; const require = topLevelCreateRequire(import.meta.url);",
    },
    logLevel: "silent",
  });
}
