/**
 * Where the functions' output goes, as CloudWatch Logs keeps each function's log group: one file
 * per function under `<dataDir>/logs/`, appended across restarts. The console stays for the
 * product's own messages (and the test reporter's), not thousands of JSON log lines.
 */
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { join } from "node:path";

export interface FunctionLogs {
  /** Appends what the function wrote (its stdout and stderr, or the runtime's lines about it) as it is. */
  write(logicalId: string, text: string): void;
  /** The file of a function's log. */
  fileOf(logicalId: string): string;
  close(): Promise<void>;
}

export function functionLogs(directory: string): FunctionLogs {
  const streams = new Map<string, WriteStream>();
  // The logical id without CDK's hash: InboundADA8BFE6 writes logs/inbound.log.
  const fileOf = (logicalId: string) =>
    join(directory, `${logicalId.replace(/[0-9A-F]{8}$/, "").toLowerCase()}.log`);
  return {
    fileOf,
    write(logicalId, text) {
      let stream = streams.get(logicalId);
      if (!stream) {
        mkdirSync(directory, { recursive: true });
        stream = createWriteStream(fileOf(logicalId), { flags: "a" });
        streams.set(logicalId, stream);
      }
      stream.write(text);
    },
    async close() {
      await Promise.all(
        [...streams.values()].map((stream) => new Promise<void>((resolve) => stream.end(resolve))),
      );
      streams.clear();
    },
  };
}
