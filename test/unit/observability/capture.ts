/**
 * What a handler writes to stdout and stderr, which Lambda hands to CloudWatch Logs: Powertools'
 * JSON log lines (errors on stderr), and its EMF blobs, which CloudWatch turns into metrics.
 */
import { vi } from "vitest";

export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly [key: string]: unknown;
}

export interface EmittedMetric {
  readonly namespace: string;
  readonly name: string;
  readonly unit: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly value: unknown;
  /** The blob's other keys (metadata such as correlation_id). */
  readonly blob: Readonly<Record<string, unknown>>;
}

interface EmfBlob {
  readonly _aws: {
    readonly CloudWatchMetrics: ReadonlyArray<{
      readonly Namespace: string;
      readonly Dimensions: ReadonlyArray<readonly string[]>;
      readonly Metrics: ReadonlyArray<{ readonly Name: string; readonly Unit: string }>;
    }>;
  };
  readonly [key: string]: unknown;
}

export interface Captured {
  /** Everything written, as written. */
  readonly text: () => string;
  readonly logs: () => LogLine[];
  readonly metrics: () => EmittedMetric[];
  readonly restore: () => void;
}

/** Captures process.stdout and process.stderr (and keeps them off the test output) until restore(). */
export function captureOutput(): Captured {
  const chunks: string[] = [];
  const record = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(record),
    vi.spyOn(process.stderr, "write").mockImplementation(record),
  ];
  const objects = () =>
    chunks
      .join("")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    text: () => chunks.join(""),
    logs: () => objects().filter((object) => !("_aws" in object)) as LogLine[],
    metrics: () =>
      (objects().filter((object) => "_aws" in object) as EmfBlob[]).flatMap((blob) =>
        blob._aws.CloudWatchMetrics.flatMap((directive) =>
          directive.Metrics.map((metric) => ({
            namespace: directive.Namespace,
            name: metric.Name,
            unit: metric.Unit,
            dimensions: Object.fromEntries(
              (directive.Dimensions[0] ?? []).map((dimension) => [dimension, String(blob[dimension])]),
            ),
            value: blob[metric.Name],
            blob,
          })),
        ),
      ),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
