import { mkdirSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { build } from "esbuild";
import { LAMBDA_BUNDLE_OPTIONS } from "../lib/lambda-bundle";

/** A bench driver bundled as the stack bundles its functions (lib/lambda-bundle.ts), to `outfile` (.mjs) and its chunks beside. */
export async function bundle(entry: string, outfile: string): Promise<void> {
  const outdir = dirname(outfile);
  mkdirSync(outdir, { recursive: true });
  await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: { [basename(outfile, extname(outfile))]: entry },
    outdir,
    sourcemap: false,
    logLevel: "silent",
  });
}
