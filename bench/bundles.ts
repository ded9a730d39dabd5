import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");

/** The same esbuild options the stack's FollowupFunction uses (see lib/followup-function.ts). */
export async function bundle(entry: string, outfile: string): Promise<void> {
  mkdirSync(join(outfile, ".."), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
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

export const HANDLERS = {
  inbound: join(ROOT, "lambdas/handlers/inbound.ts"),
  reminder: join(ROOT, "lambdas/handlers/reminder.ts"),
  digest: join(ROOT, "lambdas/handlers/digest.ts"),
};
