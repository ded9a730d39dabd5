import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";

export interface FollowupFunctionProps {
  /** Handler file under lambdas/handlers, without extension, e.g. "inbound". */
  readonly handler: "inbound" | "reminder" | "digest";
  /** Failed asynchronous invocations (after retries) land here. */
  readonly onFailure: IQueue;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  readonly environment?: Record<string, string>;
}

const HANDLERS_DIR = new URL("../lambdas/handlers/", import.meta.url).pathname;

/**
 * Every Lambda default in one place: Node.js 22 on arm64, a minified ESM bundle with source
 * maps (esbuild, no Docker), a log group with retention, tracing, two async retries then the
 * dead-letter queue.
 */
export class FollowupFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: FollowupFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    super(scope, id, {
      entry: `${HANDLERS_DIR}${props.handler}.ts`,
      handler: "handler",
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(30),
      logGroup,
      tracing: Tracing.ACTIVE,
      retryAttempts: 2,
      onFailure: new SqsDestination(props.onFailure),
      environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: "node22",
        minify: true,
        sourceMap: true,
        // Some dependencies are CommonJS and call require(); ESM bundles need it defined.
        banner:
          "import { createRequire as topLevelCreateRequire } from 'module'; const require = topLevelCreateRequire(import.meta.url);",
        mainFields: ["module", "main"],
      },
    });
  }
}
