/**
 * Logs and metrics of one function, with Powertools for AWS Lambda: JSON log lines (level, request
 * id, cold start, correlation id, no address in clear) and EMF metrics, both on stdout, where
 * CloudWatch Logs reads them (EMF needs no IAM grant). One instance per container; each
 * invocation begins (context), correlates (the SES message id, the interview id), counts, and
 * ends (metrics published, per-invocation keys dropped).
 */
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { ENV, requireEnv } from "../config/env";
import type { Dimensions, Meter, MetricName } from "./catalogue";
import { redactAddresses, redactError } from "./redact";

export type HandlerName = "inbound" | "reminder" | "digest";

/** The parts of the Lambda context that go on every log line. */
export interface LambdaContext {
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  readonly memoryLimitInMB: string;
  readonly awsRequestId: string;
}

export interface TelemetryOptions {
  readonly handler: HandlerName;
  /** POWERTOOLS_SERVICE_NAME: the `service` key of every line and dimension of every metric. */
  readonly serviceName: string;
  /** POWERTOOLS_METRICS_NAMESPACE. */
  readonly namespace: string;
}

interface Batch {
  readonly dimensions: Dimensions;
  readonly counts: Map<MetricName, number>;
  readonly durations: Map<MetricName, number[]>;
}

/**
 * Applied to every value of every log line: strings lose their addresses (an SDK error can name
 * one), and an AggregateError shows the errors it gathers (their stack lists them as non-enumerable).
 */
function logValue(_key: string, value: unknown): unknown {
  if (typeof value === "string") return redactAddresses(value);
  if (value instanceof AggregateError) {
    return {
      name: value.name,
      message: value.message,
      stack: value.stack,
      errors: value.errors,
      cause: value.cause,
    };
  }
  return value;
}

export class Telemetry implements Meter {
  readonly logger: Logger;
  private readonly metrics: Metrics;
  private readonly batches = new Map<string, Batch>();
  private requestId: string | undefined;

  constructor(private readonly options: TelemetryOptions) {
    this.logger = new Logger({
      serviceName: options.serviceName,
      persistentKeys: { handler: options.handler },
      jsonReplacerFn: logValue,
    });
    this.metrics = new Metrics({ serviceName: options.serviceName, namespace: options.namespace });
  }

  /** A new invocation: its request id, function and cold start go on every line until end(). */
  begin(context: LambdaContext | undefined): void {
    if (context) this.logger.addContext(context);
    this.requestId = context?.awsRequestId;
  }

  /** What this event is about: `correlation_id` and the given keys on every line until end(). */
  correlate(correlationId: string, keys: Readonly<Record<string, string | number | null>> = {}): void {
    this.logger.setCorrelationId(correlationId);
    this.logger.appendKeys(keys);
  }

  count(name: MetricName, dimensions: Dimensions = {}, value = 1): void {
    const counts = this.batch(dimensions).counts;
    counts.set(name, (counts.get(name) ?? 0) + value);
  }

  milliseconds(name: MetricName, value: number, dimensions: Dimensions = {}): void {
    const durations = this.batch(dimensions).durations;
    durations.set(name, [...(durations.get(name) ?? []), Math.round(value * 100) / 100]);
  }

  /**
   * The invocation failed: logged here, once, with its cause chain; the addresses in its messages
   * are redacted in place, because the Lambda runtime logs the rethrown error again.
   */
  failed(error: unknown): void {
    const logged = error instanceof Error ? error : new Error(String(error));
    this.logger.error(`${this.options.handler} failed`, logged);
    redactError(error);
  }

  /** Publishes the invocation's metrics (one EMF line per set of dimensions) and drops its keys. */
  end(): void {
    const correlationId = this.logger.getCorrelationId();
    for (const { dimensions, counts, durations } of this.batches.values()) {
      for (const [name, value] of Object.entries(dimensions)) this.metrics.addDimension(name, value);
      for (const [name, value] of counts) this.metrics.addMetric(name, MetricUnit.Count, value);
      for (const [name, values] of durations) {
        for (const value of values) this.metrics.addMetric(name, MetricUnit.Milliseconds, value);
      }
      if (typeof correlationId === "string") this.metrics.addMetadata("correlation_id", correlationId);
      if (this.requestId) this.metrics.addMetadata("function_request_id", this.requestId);
      this.metrics.publishStoredMetrics();
    }
    this.batches.clear();
    this.logger.resetKeys();
  }

  private batch(dimensions: Dimensions): Batch {
    const key = JSON.stringify(Object.entries(dimensions).sort(([a], [b]) => a.localeCompare(b)));
    let batch = this.batches.get(key);
    if (!batch) {
      batch = { dimensions, counts: new Map(), durations: new Map() };
      this.batches.set(key, batch);
    }
    return batch;
  }
}

/** The function's telemetry, named as the stack says (a missing variable fails the invocation loudly). */
export function telemetryFrom(handler: HandlerName, env: NodeJS.ProcessEnv = process.env): Telemetry {
  return new Telemetry({
    handler,
    serviceName: requireEnv(ENV.serviceName, env),
    namespace: requireEnv(ENV.metricsNamespace, env),
  });
}
