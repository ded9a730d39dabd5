import { type CfnElement, Duration, RemovalPolicy, Stack, Token, Validations } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { type IRole, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, type IDestination, type IFunction } from "aws-cdk-lib/aws-lambda";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import type { IScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import type { IConfigurationSet } from "aws-cdk-lib/aws-ses";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import type { Construct, IConstruct } from "constructs";
import { ENV } from "../lambdas/config/env";
import { METRICS_NAMESPACE } from "../lambdas/observability/catalogue";
import { type DeploymentConfig, policyOverrides } from "./config";
import { DeadLetterQueue } from "./dead-letters";
import { LAMBDA_NODE_MAJOR, LAMBDA_RUNTIME, lambdaBundle } from "./lambda-bundle";

export type HandlerName = "inbound" | "reminder" | "digest";

export interface BundledFunctionProps {
  /** The TypeScript file whose `handler` export runs. */
  readonly entry: string;
  /** What the function is for, in its role's description. */
  readonly purpose: string;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** Asynchronous invocations: retries, then this destination. @default none (a synchronous caller sees the error) */
  readonly onFailure?: { readonly retryAttempts: number; readonly destination: IDestination };
}

export interface FollowupFunctionProps
  extends Pick<BundledFunctionProps, "memorySize" | "timeout" | "logRetention"> {
  /** The file under lambdas/handlers (without extension) whose `handler` export runs. */
  readonly handler: HandlerName;
}

/** Every DynamoDB call DynamoInterviewStore makes: single-item reads and writes, and one-partition queries. */
export const INTERVIEW_STORE_ACTIONS = [
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:Query",
];

const HANDLERS_DIR = new URL("../lambdas/handlers/", import.meta.url).pathname;

/**
 * Every Lambda default in one place: LAMBDA_RUNTIME on arm64; a minified ESM bundle split into
 * chunks, with source maps, built by the local esbuild (no Docker; see lambda-bundle.ts); its own
 * log group with retention and a role that may write only there. No X-Ray tracing: nothing in the
 * bundles records SDK calls (that takes Powertools Tracer and the X-Ray SDK at cold start), and an
 * active tracer that captures nothing costs a grant and shows only Lambda's own timing, which the
 * logs' REPORT lines already give.
 */
export class BundledFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: BundledFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of AWSLambdaBasicExecutionRole: logs go to this function's group only.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: `interview-followup ${props.purpose}`,
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      code: lambdaBundle(props.entry),
      handler: "index.handler",
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup,
      ...(props.onFailure
        ? { retryAttempts: props.onFailure.retryAttempts, onFailure: props.onFailure.destination }
        : {}),
      environment: { NODE_OPTIONS: "--enable-source-maps" },
    });
    Validations.of(this).acknowledge({
      id: "AwsSolutions-L1",
      reason: `Pinned to ${LAMBDA_RUNTIME.name}, the runtime the handlers are bundled for (target node${LAMBDA_NODE_MAJOR}) and tested on.`,
    });
  }
}

/**
 * A handler of lambdas/handlers: two async retries, then its own dead-letter queue; Powertools
 * logs and EMF metrics named after the stack (stdout only: no grant). Access comes through the
 * `bind…()` helpers, each setting the environment variable and granting exactly what the handler calls.
 */
export class FollowupFunction extends BundledFunction {
  /**
   * Asynchronous events that still fail after the retries, one queue per function so that
   * `followup redrive` hands each event back to the function it was meant for.
   */
  readonly failures: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: FollowupFunctionProps) {
    const failures = new DeadLetterQueue(scope, `${id}Failures`);
    super(scope, id, {
      ...props,
      entry: `${HANDLERS_DIR}${props.handler}.ts`,
      purpose: `${props.handler} function`,
      onFailure: { retryAttempts: 2, destination: new SqsDestination(failures) },
    });
    this.failures = failures;
    this.addEnvironment(ENV.serviceName, serviceNameOf(this));
    this.addEnvironment(ENV.metricsNamespace, METRICS_NAMESPACE);
    this.addEnvironment(ENV.logLevel, "INFO");
  }

  /** The deployment's settings: who the owners are, the inbound address, the policy defaults. */
  bindSettings(config: DeploymentConfig): this {
    this.addEnvironment(ENV.inboundAddress, inboundAddressOf(config));
    this.addEnvironment(ENV.owners, config.owners.join(","));
    this.addEnvironment(ENV.allowedDomains, config.allowedDomains.join(","));
    this.addEnvironment(ENV.policy, JSON.stringify(policyOverrides(config)));
    return this;
  }

  /** Interviews, claims, budgets and profiles: the calls of DynamoInterviewStore, nothing else. */
  bindInterviewTable(table: ITableV2): this {
    this.addEnvironment(ENV.tableName, table.tableName);
    table.grant(this, ...INTERVIEW_STORE_ACTIONS);
    return this;
  }

  /** Reads raw mail under the prefix, and deletes it there when the owner asks to be forgotten. */
  bindRawMail(bucket: IBucket, prefix: string): this {
    this.addEnvironment(ENV.rawMailBucket, bucket.bucketName);
    this.addEnvironment(ENV.rawMailPrefix, prefix);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ["s3:GetObject", "s3:DeleteObject"],
        resources: [bucket.arnForObjects(`${prefix}*`)],
      }),
    );
    // Without it S3 answers AccessDenied, not NoSuchKey, for a mail already gone (a retry after
    // "forget" deleted it): the function could not tell "gone" from "not allowed". Keys are ids.
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ["s3:ListBucket"],
        resources: [bucket.bucketArn],
        conditions: { StringLike: { "s3:prefix": [`${prefix}*`, ""] } },
      }),
    );
    Validations.of(this.role as IRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagAttribute(bucket, "Arn")}/${prefix}*]`,
      reason: `SES names each raw mail object by its message id; this function may only read and delete under ${prefix}.`,
    });
    return this;
  }

  /** The HMAC key that signs (reminders, digests) and verifies (inbound) plus-addressed reply tokens. */
  bindSigningSecret(secret: ISecret): this {
    this.addEnvironment(ENV.signingSecretArn, secret.secretArn);
    secret.grantRead(this);
    return this;
  }

  /**
   * Sends with SES v2 (ses:SendEmail, raw MIME) from the inbound address of the domain identity, with
   * the configuration set, to owners and addresses of allowed domains only, whatever a message asks for.
   */
  bindMailSending(config: DeploymentConfig, configurationSet: IConfigurationSet): this {
    this.addEnvironment(ENV.configurationSet, configurationSet.configurationSetName);
    const stack = Stack.of(this);
    const identity = (name: string) =>
      stack.formatArn({ service: "ses", resource: "identity", resourceName: name });
    const recipients = [...config.owners, ...config.allowedDomains.map((domain) => `*@${domain}`)];
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ["ses:SendEmail"],
        // SES v2 authorizes a send on the configuration set it names as well as on the identities.
        // In the SES sandbox, recipients are verified identities that IAM checks too.
        resources: [
          stack.formatArn({
            service: "ses",
            resource: "configuration-set",
            resourceName: configurationSet.configurationSetName,
          }),
          identity(config.mailDomain),
          ...config.owners.map(identity),
          ...config.allowedDomains.flatMap((domain) => [identity(domain), identity(`*@${domain}`)]),
        ],
        conditions: {
          StringEquals: { "ses:FromAddress": inboundAddressOf(config) },
          "ForAllValues:StringLike": { "ses:Recipients": recipients },
          // ForAllValues holds for an empty recipient list: the send must name at least one.
          Null: { "ses:Recipients": "false" },
        },
      }),
    );
    for (const domain of config.allowedDomains) {
      Validations.of(this.role as IRole).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${nagArn(stack, "ses", `identity/*@${domain}`)}]`,
        reason: `In the SES sandbox each recipient is a verified address identity; any address of the allowed domain ${domain} may be one.`,
      });
    }
    return this;
  }

  /**
   * Creates, updates and deletes the one-time reminder schedules in the group, targeting the
   * reminder function through the scheduler role (which it may pass to EventBridge Scheduler only).
   */
  bindReminderScheduling(props: {
    readonly group: IScheduleGroup;
    readonly role: IRole;
    readonly target: IFunction;
    readonly deadLetterQueue: IQueue;
  }): this {
    this.addEnvironment(ENV.scheduleGroup, props.group.scheduleGroupName);
    this.addEnvironment(ENV.schedulerRoleArn, props.role.roleArn);
    // The reminder function scheduling itself builds its own ARN (see wiring.ts reminderTargetArn):
    // a function's environment cannot refer to the function.
    if (props.target !== this) this.addEnvironment(ENV.reminderFunctionArn, props.target.functionArn);
    this.addEnvironment(ENV.schedulerDeadLetterArn, props.deadLetterQueue.queueArn);
    const stack = Stack.of(this);
    const schedulesInGroup = stack.formatArn({
      service: "scheduler",
      resource: "schedule",
      resourceName: `${props.group.scheduleGroupName}/*`,
    });
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ["scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule"],
        resources: [schedulesInGroup],
      }),
    );
    this.addToRolePolicy(new PolicyStatement({ actions: ["scheduler:ListSchedules"], resources: ["*"] }));
    this.addToRolePolicy(
      new PolicyStatement({
        actions: ["iam:PassRole"],
        resources: [props.role.roleArn],
        conditions: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
      }),
    );
    const role = this.role as IRole;
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagArn(stack, "scheduler", `schedule/${nagName(stack, props.group.scheduleGroupName)}/*`)}]`,
      reason:
        "One schedule per prompt and interview, named at run time, all inside this stack's schedule group.",
    });
    Validations.of(role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "scheduler:ListSchedules has no resource-level permissions (the adapter filters by group and name prefix).",
    });
    return this;
  }
}

/** The `service` of the functions' log lines and metrics: the stack's name, one per deployment. */
export function serviceNameOf(scope: IConstruct): string {
  return Stack.of(scope).stackName;
}

export function inboundAddressOf(config: Pick<DeploymentConfig, "inboundLocalPart" | "mailDomain">): string {
  return `${config.inboundLocalPart}@${config.mailDomain}`;
}

/** How cdk-nag prints an ARN of this stack: unresolved partition, account and region as <AWS::…>. */
export function nagArn(stack: Stack, service: string, resource: string): string {
  const pseudo = (value: string, name: string) => (Token.isUnresolved(value) ? `<AWS::${name}>` : value);
  return `arn:${pseudo(stack.partition, "Partition")}:${service}:${pseudo(stack.region, "Region")}:${pseudo(stack.account, "AccountId")}:${resource}`;
}

/** How cdk-nag prints an attribute of a resource of this stack: <LogicalId.Attribute>. */
export function nagAttribute(construct: IConstruct, attribute: string): string {
  return `<${logicalIdOf(construct)}.${attribute}>`;
}

/** How cdk-nag prints a name: as is, or <LogicalId> when CloudFormation assigns it. */
function nagName(stack: Stack, name: string): string {
  const resolved: unknown = stack.resolve(name);
  if (typeof resolved === "string") return resolved;
  const ref = (resolved as { Ref?: string }).Ref;
  return `<${ref}>`;
}

function logicalIdOf(construct: IConstruct): string {
  return Stack.of(construct).resolve((construct.node.defaultChild as CfnElement).logicalId) as string;
}
