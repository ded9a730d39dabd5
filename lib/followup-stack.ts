import {
  CfnOutput,
  type CfnResource,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  TimeZone,
  Token,
  Validations,
} from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { AttributeType, Billing, TableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Effect, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Schedule, ScheduleExpression, ScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { EmailIdentity, Identity, ReceiptRule, ReceiptRuleSet, TlsPolicy } from "aws-cdk-lib/aws-ses";
import { Lambda as LambdaAction, LambdaInvocationType, S3 as S3Action } from "aws-cdk-lib/aws-ses-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from "aws-cdk-lib/custom-resources";
import type { Construct, IConstruct } from "constructs";
import { TABLE_KEYS } from "../lambdas/adapters/dynamo-interview-store";
import { ENV } from "../lambdas/config/env";
import { type DeploymentConfig, policyOverrides } from "./config";
import { FollowupFunction } from "./followup-function";

export interface FollowupStackProps extends StackProps {
  readonly config: DeploymentConfig;
}

/** Raw mail lives under this prefix: SES's S3 action writes it, the inbound function reads it. */
export const RAW_MAIL_PREFIX = "inbound/";

/**
 * interview-followup in one account: SES inbound → S3 → inbound Lambda → DynamoDB + one-time
 * EventBridge schedules → reminder Lambda → SES outbound; a weekly digest; alarms on every
 * dead-letter queue.
 */
export class FollowupStack extends Stack {
  readonly rawMail: Bucket;
  readonly table: TableV2;
  readonly inbound: FollowupFunction;
  readonly reminder: FollowupFunction;
  readonly digest: FollowupFunction;
  readonly scheduleGroup: ScheduleGroup;
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, props: FollowupStackProps) {
    super(scope, id, props);
    const { config } = props;
    const inboundAddress = `${config.inboundLocalPart}@${config.mailDomain}`;

    this.rawMail = new Bucket(this, "RawMail", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ prefix: RAW_MAIL_PREFIX, expiration: Duration.days(config.rawMailRetentionDays) }],
    });

    this.table = new TableV2(this, "Interviews", {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const signingSecret = new Secret(this, "ReplySigningSecret", {
      description: "HMAC key that signs the reply addresses of interview-followup emails",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });

    const deadLetters = (name: string) =>
      new Queue(this, name, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
    const functionFailures = deadLetters("FunctionFailures");
    const schedulerFailures = deadLetters("SchedulerFailures");

    this.scheduleGroup = new ScheduleGroup(this, "Reminders", { removalPolicy: RemovalPolicy.DESTROY });

    const sharedEnvironment = {
      [ENV.tableName]: this.table.tableName,
      [ENV.rawMailBucket]: this.rawMail.bucketName,
      [ENV.inboundAddress]: inboundAddress,
      [ENV.owners]: config.owners.join(","),
      [ENV.allowedDomains]: config.allowedDomains.join(","),
      [ENV.signingSecretArn]: signingSecret.secretArn,
      [ENV.policy]: JSON.stringify(policyOverrides(config)),
      [ENV.scheduleGroup]: this.scheduleGroup.scheduleGroupName,
      RAW_MAIL_PREFIX,
    };

    this.reminder = new FollowupFunction(this, "Reminder", {
      handler: "reminder",
      onFailure: functionFailures,
      environment: sharedEnvironment,
    });
    this.digest = new FollowupFunction(this, "Digest", {
      handler: "digest",
      onFailure: functionFailures,
      timeout: Duration.minutes(5),
      environment: sharedEnvironment,
    });

    this.schedulerRole = new Role(this, "SchedulerRole", {
      assumedBy: new ServicePrincipal("scheduler.amazonaws.com", {
        conditions: { StringEquals: { "aws:SourceAccount": this.account } },
      }),
      description: "Lets EventBridge Scheduler invoke the reminder function and nothing else",
    });
    this.reminder.grantInvoke(this.schedulerRole);
    schedulerFailures.grantSendMessages(this.schedulerRole);

    this.inbound = new FollowupFunction(this, "Inbound", {
      handler: "inbound",
      onFailure: functionFailures,
      memorySize: 512,
      timeout: Duration.seconds(60),
      environment: {
        ...sharedEnvironment,
        [ENV.reminderFunctionArn]: this.reminder.functionArn,
        [ENV.schedulerRoleArn]: this.schedulerRole.roleArn,
        [ENV.schedulerDeadLetterArn]: schedulerFailures.queueArn,
      },
    });

    // Least privilege, one grant per need.
    this.inbound.addToRolePolicy(
      new PolicyStatement({
        actions: ["s3:GetObject"],
        resources: [this.rawMail.arnForObjects(`${RAW_MAIL_PREFIX}*`)],
      }),
    );
    for (const fn of [this.inbound, this.reminder, this.digest]) {
      this.table.grantReadWriteData(fn);
      signingSecret.grantRead(fn);
      fn.addToRolePolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: ["ses:SendEmail", "ses:SendRawEmail"],
          resources: [
            `arn:${this.partition}:ses:${this.region}:${this.account}:identity/${config.mailDomain}`,
          ],
          conditions: { StringEquals: { "ses:FromAddress": inboundAddress } },
        }),
      );
    }
    this.scheduleGroup.grantWriteSchedules(this.inbound);
    this.scheduleGroup.grantDeleteSchedules(this.inbound);
    this.scheduleGroup.grantReadSchedules(this.inbound);
    this.inbound.addToRolePolicy(
      new PolicyStatement({ actions: ["scheduler:ListSchedules"], resources: ["*"] }),
    );
    this.schedulerRole.grantPassRole(this.inbound.grantPrincipal);

    new Schedule(this, "WeeklyDigest", {
      description: "The weekly digest: open applications and a nudge to keep applying",
      schedule: ScheduleExpression.cron({
        minute: "0",
        hour: "18",
        weekDay: "SUN",
        timeZone: TimeZone.of(config.timeZone),
      }),
      target: new LambdaInvoke(this.digest, {
        retryAttempts: 2,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: schedulerFailures,
      }),
    });

    // Inbound mail: the domain identity (DKIM for what we send), then the receipt rule.
    const identity = new EmailIdentity(this, "MailDomain", { identity: Identity.domain(config.mailDomain) });
    const ruleSet =
      config.receiptRuleSet.mode === "existing"
        ? ReceiptRuleSet.fromReceiptRuleSetName(this, "RuleSet", config.receiptRuleSet.name)
        : new ReceiptRuleSet(this, "RuleSet", {});
    new ReceiptRule(this, "InboundRule", {
      ruleSet,
      // SES does not document plus-label matching for recipients: match the domain, route by local part.
      recipients: [config.mailDomain],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new S3Action({ bucket: this.rawMail, objectKeyPrefix: RAW_MAIL_PREFIX }),
        new LambdaAction({ function: this.inbound, invocationType: LambdaInvocationType.EVENT }),
      ],
    });
    if (config.receiptRuleSet.mode === "create") {
      // CloudFormation cannot activate a rule set; SES allows exactly one active per region.
      new AwsCustomResource(this, "ActivateRuleSet", {
        onCreate: {
          service: "SES",
          action: "setActiveReceiptRuleSet",
          parameters: { RuleSetName: ruleSet.receiptRuleSetName },
          physicalResourceId: PhysicalResourceId.of("interview-followup-active-rule-set"),
        },
        onUpdate: {
          service: "SES",
          action: "setActiveReceiptRuleSet",
          parameters: { RuleSetName: ruleSet.receiptRuleSetName },
          physicalResourceId: PhysicalResourceId.of("interview-followup-active-rule-set"),
        },
        onDelete: { service: "SES", action: "setActiveReceiptRuleSet", parameters: {} },
        policy: AwsCustomResourcePolicy.fromStatements([
          new PolicyStatement({ actions: ["ses:SetActiveReceiptRuleSet"], resources: ["*"] }),
        ]),
        installLatestAwsSdk: false,
      });
    }

    const alarms = new Topic(this, "Alarms", { enforceSSL: true });
    alarms.addSubscription(new EmailSubscription(config.alarmEmail));
    for (const [name, queue] of [
      ["FunctionFailures", functionFailures],
      ["SchedulerFailures", schedulerFailures],
    ] as const) {
      new Alarm(this, `${name}Alarm`, {
        alarmDescription: `interview-followup: something could not be processed (${name}); raw mail is kept, see README "Redrive"`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(alarms));
    }

    this.acknowledgeNagFindings({ functionFailures, schedulerFailures, signingSecret, config });

    new CfnOutput(this, "InboundAddress", {
      value: inboundAddress,
      description: "Forward interview invites here",
    });
    new CfnOutput(this, "MxRecord", {
      value: `${config.mailDomain} MX 10 inbound-smtp.${this.region}.amazonaws.com`,
      description: "Add this MX record at your DNS provider so SES receives the mail",
    });
    identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: "DKIM record for SES",
      });
    });
    new CfnOutput(this, "RawMailBucket", { value: this.rawMail.bucketName });
  }

  /** Every cdk-nag (AwsSolutions) finding we accept, on the construct it concerns, with the reason. */
  private acknowledgeNagFindings(parts: {
    functionFailures: Queue;
    schedulerFailures: Queue;
    signingSecret: Secret;
    config: DeploymentConfig;
  }): void {
    const acknowledge = (scope: IConstruct, id: string, reason: string) =>
      Validations.of(scope).acknowledge({ id, reason });
    // An environment-agnostic stack has tokens for region and account; cdk-nag writes them <AWS::…>.
    const pseudo = (value: string, name: string) => (Token.isUnresolved(value) ? `<AWS::${name}>` : value);
    const logicalId = (construct: IConstruct) =>
      this.resolve(this.getLogicalId(construct.node.defaultChild as CfnResource)) as string;

    acknowledge(
      this.rawMail,
      "AwsSolutions-S1",
      "Raw mail is private and short-lived; access logs would store mail metadata for longer than the mail itself.",
    );
    acknowledge(
      parts.signingSecret,
      "AwsSolutions-SMG4",
      "Rotating the HMAC key would invalidate the reply addresses of emails already sent; README documents manual rotation.",
    );
    for (const queue of [parts.functionFailures, parts.schedulerFailures]) {
      acknowledge(
        queue,
        "AwsSolutions-SQS3",
        "This queue is itself the dead-letter queue; an alarm watches it.",
      );
    }
    for (const fn of [this.inbound, this.reminder, this.digest]) {
      acknowledge(
        fn,
        "AwsSolutions-L1",
        "Pinned to nodejs22.x, the runtime this project bundles for and tests against.",
      );
      acknowledge(
        fn.role ?? fn,
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        "The basic execution role only allows writing the function's own logs.",
      );
      acknowledge(
        fn.role ?? fn,
        "AwsSolutions-IAM5[Resource::*]",
        "X-Ray trace segments (and ListSchedules for the inbound function) have no resource-level permissions.",
      );
    }
    acknowledge(
      this.inbound.role ?? this.inbound,
      `AwsSolutions-IAM5[Resource::<${logicalId(this.rawMail)}.Arn>/${RAW_MAIL_PREFIX}*]`,
      "Raw mail objects are named by SES message id; the inbound function may only read that prefix.",
    );
    acknowledge(
      this.inbound.role ?? this.inbound,
      `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:${pseudo(this.region, "Region")}:${pseudo(this.account, "AccountId")}:schedule/${this.resolve(this.scheduleGroup.scheduleGroupName) as string}/*]`,
      "One schedule per prompt and interview, created at run time, all inside this stack's schedule group.",
    );
    acknowledge(
      this.schedulerRole,
      `AwsSolutions-IAM5[Resource::<${logicalId(this.reminder)}.Arn>:*]`,
      "Invoking the reminder function (any version) is the scheduler role's only permission.",
    );
    for (const role of this.node
      .findAll()
      .filter((construct) => construct.node.id.startsWith("SchedulerRoleForTarget"))) {
      acknowledge(
        role,
        `AwsSolutions-IAM5[Resource::<${logicalId(this.digest)}.Arn>:*]`,
        "The digest schedule's role may only invoke the digest function.",
      );
    }
    const activator = this.node.tryFindChild("AWS679f53fac002430cb0da5b7982bd2287");
    if (activator) {
      acknowledge(
        activator,
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        "CDK's custom-resource provider that activates the receipt rule set writes only its own logs.",
      );
    }
    const activation = this.node.tryFindChild("ActivateRuleSet");
    if (activation) {
      acknowledge(
        activation,
        "AwsSolutions-IAM5[Resource::*]",
        "ses:SetActiveReceiptRuleSet has no resource-level permissions.",
      );
    }
  }
}
