/**
 * Vitest's global setup: synthesizes, before any test file runs, the cloud assembly of every
 * local-mode configuration the integration tests and the demo start (local/cloud/assembly.ts
 * caches each by a hash of the sources and the configuration). Done here, each is built once per
 * change of the sources, in one process, instead of inside a test's hook, sometimes twice at once
 * by both workers; and CDK's "Bundling asset" lines stay off the test output unless it fails.
 * A configuration missing from this list still works: its first test synthesizes it.
 */
import { type LocalAppOptions, localDeploymentConfig } from "../../local/app";
import { synthesizeAssembly } from "../../local/cloud/assembly";

const CHICAGO = "America/Chicago";

/** The options of local-mode starts that decide the configuration (see localDeploymentConfig). */
export const TEST_DEPLOYMENTS: readonly LocalAppOptions[] = [
  // startTestApp's default, the restart and late-prompt tests, `npm run demo`.
  { owners: ["jordan.lee@gmail.com"], allowedDomains: [], timeZone: CHICAGO },
  // The README walk-through.
  { owners: ["you@example.com"], allowedDomains: [], timeZone: CHICAGO },
  // multi-user.test.ts
  { owners: ["jordan.lee@gmail.com"], allowedDomains: ["bootcamp.example"], timeZone: CHICAGO },
  // sending-limits.test.ts
  { owners: ["ana@example.com", "ben@example.com", "cy@example.com"], allowedDomains: [], timeZone: CHICAGO },
  // The fault matrices.
  { owners: [], allowedDomains: ["matrix.example"], timeZone: CHICAGO },
  { owners: [], allowedDomains: ["digest.example"], timeZone: CHICAGO },
  { owners: ["seeker@matrix.example"], timeZone: CHICAGO },
];

/** Runs `work` with what it writes to stderr held back, and printed only if it fails. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const held: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    held.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stderr.write;
  try {
    return await work();
  } catch (error) {
    write(held.join(""));
    throw error;
  } finally {
    process.stderr.write = write;
  }
}

export default async function synthesizeTestDeployments(): Promise<void> {
  await quietly(async () => {
    for (const options of TEST_DEPLOYMENTS) await synthesizeAssembly(localDeploymentConfig(options));
  });
}
