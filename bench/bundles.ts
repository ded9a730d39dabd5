import { mkdirSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { build } from "esbuild";
import { LAMBDA_BUNDLE_OPTIONS } from "../lib/lambda-bundle";

/**
 * A bench driver bundled as the stack bundles its functions (lib/lambda-bundle.ts), to `outfile`
 * (.mjs) and its chunks beside; `runtimeSdk` leaves the AWS SDK out, to be imported from
 * node_modules as a function would from the runtime's copy.
 */
export async function bundle(
  entry: string,
  outfile: string,
  options: { runtimeSdk?: boolean } = {},
): Promise<void> {
  const outdir = dirname(outfile);
  mkdirSync(outdir, { recursive: true });
  await build({
    ...LAMBDA_BUNDLE_OPTIONS,
    entryPoints: { [basename(outfile, extname(outfile))]: entry },
    outdir,
    external: options.runtimeSdk ? ["@aws-sdk/*"] : [],
    sourcemap: false,
    logLevel: "silent",
  });
}
