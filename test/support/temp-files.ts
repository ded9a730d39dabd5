import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SerializedError } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/**
 * Every temporary file of a test run goes under one folder (TMPDIR, which the test processes
 * inherit): CDK's cdk.out folders, the local apps' data and their function logs. A green run
 * removes it; a failed run keeps it and says where, since the function logs explain failures.
 * The folder is in memory where the machine offers it (/dev/shm): the stand-ins' journals flush
 * every write to disk and DynamoDB's stand-in writes LevelDB files, which a shared disk slows.
 */
export default class TempFiles implements Reporter {
  private root = "";

  onInit(): void {
    const memory = "/dev/shm";
    this.root = mkdtempSync(join(existsSync(memory) ? memory : tmpdir(), "interview-followup-tests-"));
    process.env.TMPDIR = this.root;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const failed = unhandledErrors.length > 0 || modules.some((module) => module.state() === "failed");
    if (failed) process.stdout.write(`\nTemporary files and function logs of this run: ${this.root}\n`);
    else rmSync(this.root, { recursive: true, force: true });
  }
}
