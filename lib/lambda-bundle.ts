import { AssetHashType, DockerImage, type ILocalBundling } from "aws-cdk-lib";
import { Code, Runtime } from "aws-cdk-lib/aws-lambda";
import { type BuildOptions, buildSync } from "esbuild";

/**
 * The Lambda runtime of every function: Node.js 24, the current LTS. Local mode and the tests run on
 * the same major, from the Node binary package.json pins (test/unit/runtime checks they agree).
 */
export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

/** The Node.js major of LAMBDA_RUNTIME ("nodejs24.x" → 24). */
export const LAMBDA_NODE_MAJOR = Number(/^nodejs(\d+)\.x$/.exec(LAMBDA_RUNTIME.name)?.[1]);

const PROJECT_ROOT = new URL("..", import.meta.url).pathname;

/**
 * How every function is bundled (and the bench's drivers, so their figures compare): minified ESM
 * for LAMBDA_RUNTIME, split into chunks. A dynamic `import()` becomes a chunk of its own that is
 * read and compiled only when it runs, so code a handler seldom needs (date-holidays, about 1.4 MB
 * with moment-timezone, for planning; the routes of the inbound table) costs nothing at cold start.
 * The AWS SDK is bundled too rather than left to the runtime's copy: the clients a function uses,
 * as tree-shaken ES modules, import with about half the CPU of the runtime's CommonJS packages
 * (`npm run bench` measures both), and they are the version the tests ran against. The entry is
 * `index.mjs`, its chunks are under `chunks/`, all `.mjs` so Node reads them as ES modules
 * without a package.json beside them.
 */
export const LAMBDA_BUNDLE_OPTIONS = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: `node${LAMBDA_NODE_MAJOR}`,
  minify: true,
  mainFields: ["module", "main"],
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  // Dependencies that are CommonJS call require(); an ES module (each chunk is one) must define it.
  banner: {
    js: "import { createRequire as topLevelCreateRequire } from 'module'; const require = topLevelCreateRequire(import.meta.url);",
  },
} as const satisfies BuildOptions;

/**
 * esbuild with LAMBDA_BUNDLE_OPTIONS and source maps, run in this process. The entry is a field:
 * CDK stages each asset once per source folder and bundling options, so the options must tell the
 * functions apart (a method does not count).
 */
class LocalEsbuild implements ILocalBundling {
  constructor(private readonly entry: string) {}

  tryBundle(outputDir: string): boolean {
    buildSync({
      ...LAMBDA_BUNDLE_OPTIONS,
      entryPoints: { index: this.entry },
      outdir: outputDir,
      sourcemap: true,
      // Warnings and errors only: esbuild's size summary of every bundle would bury them.
      logLevel: "warning",
    });
    return true;
  }
}

/**
 * The code of a function whose `index.handler` is the `handler` export of `entry`, bundled by
 * LocalEsbuild. NodejsFunction's own bundling cannot split: it gives esbuild one `--outfile`, and
 * splitting needs an output folder.
 */
export function lambdaBundle(entry: string): Code {
  return Code.fromAsset(PROJECT_ROOT, {
    // The bundle's hash, as NodejsFunction's: hashing the source folder would read node_modules.
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: LocalEsbuild always succeeds or throws esbuild's error (NodejsFunction names
      // the same placeholder image when it bundles locally).
      image: DockerImage.fromRegistry("dummy"),
      local: new LocalEsbuild(entry),
    },
  });
}
