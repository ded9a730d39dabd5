import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { InvalidDeploymentConfigError, parseDeploymentConfig } from "../../lib/config";
import { buildApp, EXAMPLE_CONFIG, synth } from "./synth";

const { template } = synth();

/** The actions a role's inline policies grant, flattened and sorted. */
function actionsOf(rolePrefix: string): string[] {
  const policies = template.findResources("AWS::IAM::Policy");
  const actions = Object.values(policies)
    .filter((policy) =>
      (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref.startsWith(rolePrefix)),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>)
    .flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
  return [...new Set(actions)].sort();
}

describe("the stack (CloudFormation assertions)", () => {
  it("passes cdk-nag's AwsSolutions checks, every exception acknowledged with a reason", () => {
    const { app } = buildApp({}, { nag: true });
    expect(() => app.synth()).not.toThrow();
  });

  it("keeps raw mail encrypted, private, SSL-only and expiring after the retention period", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ ExpirationInDays: 90, Prefix: "inbound/", Status: "Enabled" })],
      },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          Match.objectLike({ Action: "s3:PutObject", Principal: { Service: "ses.amazonaws.com" } }),
        ]),
      },
    });
  });

  it("receives mail for the domain with spam/virus scanning and TLS, storing it before invoking the function", () => {
    template.hasResourceProperties("AWS::SES::ReceiptRule", {
      Rule: {
        Recipients: ["followup.example.com"],
        ScanEnabled: true,
        TlsPolicy: "Require",
        Enabled: true,
        Actions: [
          { S3Action: Match.objectLike({ ObjectKeyPrefix: "inbound/" }) },
          { LambdaAction: Match.objectLike({ InvocationType: "Event" }) },
        ],
      },
    });
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      Principal: "ses.amazonaws.com",
    });
  });

  it("creates and activates its own receipt rule set, or adds the rule to an existing one", () => {
    template.resourceCountIs("AWS::SES::ReceiptRuleSet", 1);
    const activation = Object.values(template.findResources("Custom::AWS"));
    expect(activation).toHaveLength(1);
    expect(JSON.stringify(activation[0]?.Properties.Create)).toContain("setActiveReceiptRuleSet");
    const existing = synth({ receiptRuleSet: { mode: "existing", name: "my-active-set" } }).template;
    existing.resourceCountIs("AWS::SES::ReceiptRuleSet", 0);
    existing.resourceCountIs("Custom::AWS", 0);
    existing.hasResourceProperties("AWS::SES::ReceiptRule", { RuleSetName: "my-active-set" });
  });

  it("stores interviews on demand, with point-in-time recovery and TTL, retained on delete", () => {
    template.hasResource("AWS::DynamoDB::GlobalTable", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({
        BillingMode: "PAY_PER_REQUEST",
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });

  it("runs three Node.js 22 arm64 functions, each retried twice then sent to a dead-letter queue", () => {
    template.resourcePropertiesCountIs(
      "AWS::Lambda::Function",
      { Runtime: "nodejs22.x", Architectures: ["arm64"], TracingConfig: { Mode: "Active" } },
      3,
    );
    template.resourceCountIs("AWS::Lambda::EventInvokeConfig", 3);
    template.allResourcesProperties("AWS::Lambda::EventInvokeConfig", {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 });
  });

  it("gives EventBridge Scheduler a role that can only invoke the reminder function and reach its dead-letter queue", () => {
    template.resourceCountIs("AWS::Scheduler::ScheduleGroup", 1);
    template.hasResourceProperties("AWS::IAM::Role", {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: { Service: "scheduler.amazonaws.com" },
            Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
          }),
        ],
      },
    });
    expect(actionsOf("SchedulerRole")).toEqual([
      "lambda:InvokeFunction",
      "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
      "sqs:SendMessage",
    ]);
  });

  it("sends the weekly digest on Sundays at 18:00 in the user's zone", () => {
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      ScheduleExpression: "cron(0 18 ? * SUN *)",
      ScheduleExpressionTimezone: "America/Chicago",
      Target: Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 7200 } }),
    });
  });

  it("grants each function exactly the actions its job needs", () => {
    const table = [
      "dynamodb:BatchGetItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:ConditionCheckItem",
      "dynamodb:DeleteItem",
      "dynamodb:DescribeTable",
      "dynamodb:GetItem",
      "dynamodb:GetRecords",
      "dynamodb:GetShardIterator",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:UpdateItem",
    ];
    const common = [
      ...table,
      "secretsmanager:DescribeSecret",
      "secretsmanager:GetSecretValue",
      "ses:SendEmail",
      "ses:SendRawEmail",
      "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
      "sqs:SendMessage",
      "xray:PutTelemetryRecords",
      "xray:PutTraceSegments",
    ].sort();
    expect(actionsOf("Reminder")).toEqual(common);
    expect(actionsOf("Digest")).toEqual(common);
    expect(actionsOf("Inbound")).toEqual(
      [
        ...common,
        "iam:PassRole",
        "s3:GetObject",
        "scheduler:CreateSchedule",
        "scheduler:DeleteSchedule",
        "scheduler:GetSchedule",
        "scheduler:ListSchedules",
        "scheduler:UpdateSchedule",
      ].sort(),
    );
  });

  it("sends mail only as the inbound address", () => {
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ["ses:SendEmail", "ses:SendRawEmail"],
            Condition: { StringEquals: { "ses:FromAddress": "followup@followup.example.com" } },
          }),
        ]),
      },
    });
  });

  it("generates a signing secret and alarms on both dead-letter queues by email", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
    });
    template.resourcePropertiesCountIs(
      "AWS::CloudWatch::Alarm",
      { MetricName: "ApproximateNumberOfMessagesVisible", Threshold: 0 },
      2,
    );
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "you@example.com",
    });
  });

  it("passes the environment contract to the functions", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: Match.objectLike({
          INBOUND_ADDRESS: "followup@followup.example.com",
          OWNERS: "you@example.com",
          FOLLOWUP_POLICY: Match.stringLikeRegexp('"timeZone":"America/Chicago"'),
          REMINDER_FUNCTION_ARN: Match.anyValue(),
          SCHEDULER_ROLE_ARN: Match.anyValue(),
        }),
      },
    });
  });
});

describe("deployment configuration", () => {
  it("lists every problem at once", () => {
    let problems: readonly string[] = [];
    try {
      parseDeploymentConfig({
        mailDomain: "not a domain",
        owners: ["nobody"],
        timeZone: "Mars/Base",
        rawMailRetentionDays: 0,
        receiptRuleSet: { mode: "existing" },
      });
    } catch (error) {
      if (error instanceof InvalidDeploymentConfigError) problems = error.problems;
    }
    expect(problems).toEqual([
      'mailDomain "not a domain" is not a domain name (e.g. followup.example.com)',
      'owner "nobody" is not an email address',
      'timeZone "Mars/Base" is not an IANA time zone (e.g. America/Chicago)',
      "rawMailRetentionDays must be a whole number of days from 1 to 3650, not 0",
      'receiptRuleSet must be { "mode": "create" } or { "mode": "existing", "name": "<active rule set>" }',
      'alarmEmail "nobody" is not an email address',
    ]);
  });

  it("explains a missing context", () => {
    expect(() => parseDeploymentConfig(undefined)).toThrow(/no "followup" context/);
  });

  it("accepts the README's example", () => {
    expect(parseDeploymentConfig(EXAMPLE_CONFIG)).toMatchObject({
      inboundLocalPart: "followup",
      rawMailRetentionDays: 90,
      alarmEmail: "you@example.com",
    });
  });
});
