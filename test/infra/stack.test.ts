import { App, Stack } from "aws-cdk-lib";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { FollowupFunction } from "../../lib/followup-function";
import { NoMailReceivingInRegionError, SES_RECEIVING_REGIONS } from "../../lib/mail-receiving";
import { buildApp, nagFindings, synth, templateOf } from "./synth";

const { stack, template } = synth();

/** A resource's logical id in the template. */
function idOf(construct: { node: { defaultChild?: unknown } }): string {
  return Stack.of(construct as never).resolve(
    (construct.node.defaultChild as { logicalId: string }).logicalId,
  ) as string;
}

/** Every action a role's inline policies grant, sorted. */
function actionsOf(roleId: string, from: Template = template): string[] {
  return Object.values(from.findResources("AWS::IAM::Policy"))
    .filter((policy) =>
      (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>)
    .flatMap((statement) => [statement.Action].flat())
    .sort();
}

/** The names of the environment variables a function receives, sorted. */
function environmentOf(functionId: string): string[] {
  const resource = template.toJSON().Resources[functionId];
  return Object.keys(resource.Properties.Environment.Variables).sort();
}

const LOGS = ["logs:CreateLogStream", "logs:PutLogEvents"];
const ON_FAILURE_QUEUE = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"];
const TABLE = [
  "dynamodb:DeleteItem",
  "dynamodb:GetItem",
  "dynamodb:PutItem",
  "dynamodb:Query",
  "dynamodb:UpdateItem",
];
const SECRET = ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"];
const SEND = ["ses:SendEmail"];
/** Reminder schedules in the group, passing the scheduler role. */
const SCHEDULING = [
  "iam:PassRole",
  "scheduler:CreateSchedule",
  "scheduler:DeleteSchedule",
  "scheduler:ListSchedules",
  "scheduler:UpdateSchedule",
];
const SETTINGS = [
  "ALLOWED_DOMAINS",
  "FOLLOWUP_POLICY",
  "INBOUND_ADDRESS",
  "NODE_OPTIONS",
  "OWNERS",
  "POWERTOOLS_LOG_LEVEL",
  "POWERTOOLS_METRICS_NAMESPACE",
  "POWERTOOLS_SERVICE_NAME",
  "SES_CONFIGURATION_SET",
  "TABLE_NAME",
];

describe("cdk-nag (AwsSolutions)", () => {
  it.each([
    ["the example configuration, account and region known", {}, {}],
    ["no account or region (cdk synth without credentials)", {}, { agnostic: true }],
    [
      "allowed domains in an existing rule set",
      {
        owners: [],
        allowedDomains: ["bootcamp.org"],
        alarmEmail: "ops@bootcamp.org",
        receiptRuleSet: { mode: "existing-rule-set", name: "main" },
      },
      { agnostic: true },
    ],
  ])("leaves no error or warning unacknowledged: %s", (_case, overrides, options) => {
    // The one warning left is meant for the user: the example domain must not be deployed.
    expect(nagFindings(overrides, options)).toEqual([
      "Annotation::interview-followup:example-config on Test",
    ]);
  });
});

describe("raw mail bucket", () => {
  it("is encrypted, private and expires mail after the retention period", () => {
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
    synth({ rawMailRetentionDays: 7 }).template.hasResourceProperties("AWS::S3::Bucket", {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 7 })] },
    });
  });

  it("refuses plain HTTP and lets SES write under inbound/ only for this account's receipt rule", () => {
    const ruleArn = {
      "Fn::Join": [
        "",
        [
          "arn:aws:ses:us-east-1:123456789012:receipt-rule-set/",
          { Ref: Match.stringLikeRegexp("^MailReceivingRuleSet") },
          ":receipt-rule/Test-inbound",
        ],
      ],
    };
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          Match.objectLike({
            Effect: "Allow",
            Action: "s3:PutObject",
            Principal: { Service: "ses.amazonaws.com" },
            Resource: { "Fn::Join": ["", [Match.anyValue(), "/inbound/*"]] },
            Condition: { StringEquals: { "aws:SourceAccount": "123456789012", "aws:SourceArn": ruleArn } },
          }),
        ],
      },
    });
  });

  it("is retained when the stack is deleted", () => {
    template.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain" });
  });
});

describe("SES receiving", () => {
  it("matches the mail domain with spam/virus scanning and TLS, storing the mail before invoking the function", () => {
    template.hasResourceProperties("AWS::SES::ReceiptRule", {
      Rule: {
        Name: "Test-inbound",
        Recipients: ["followup.example.com"],
        ScanEnabled: true,
        TlsPolicy: "Require",
        Enabled: true,
        Actions: [
          { S3Action: { BucketName: { Ref: idOf(stack.storage.rawMail) }, ObjectKeyPrefix: "inbound/" } },
          {
            LambdaAction: {
              FunctionArn: { "Fn::GetAtt": [idOf(stack.inbound), "Arn"] },
              InvocationType: "Event",
            },
          },
        ],
      },
    });
  });

  it("lets only this account's receipt rule invoke the inbound function", () => {
    template.resourceCountIs("AWS::Lambda::Permission", 1);
    template.hasResourceProperties("AWS::Lambda::Permission", {
      Action: "lambda:InvokeFunction",
      FunctionName: { "Fn::GetAtt": [idOf(stack.inbound), "Arn"] },
      Principal: "ses.amazonaws.com",
      SourceAccount: "123456789012",
      SourceArn: Match.objectLike({ "Fn::Join": ["", Match.arrayWith([":receipt-rule/Test-inbound"])] }),
    });
  });

  it("creates its own rule set and activates it, once the rule exists, through its own custom resource", () => {
    template.resourceCountIs("AWS::SES::ReceiptRuleSet", 1);
    template.resourceCountIs("Custom::AWS", 0);
    const handler = stack.node.findChild("MailReceiving").node.findChild("ActivationHandler") as never;
    template.hasResource("Custom::ActiveReceiptRuleSet", {
      Properties: {
        ServiceToken: {
          "Fn::GetAtt": [Match.stringLikeRegexp("^MailReceivingActivationProviderframeworkonEvent"), "Arn"],
        },
        RuleSetName: { Ref: Match.stringLikeRegexp("^MailReceivingRuleSet") },
        TakeOver: "false",
      },
      DependsOn: [Match.stringLikeRegexp("^MailReceivingRule[0-9A-F]{8}$")],
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: { Variables: { USER_ON_EVENT_FUNCTION_ARN: { "Fn::GetAtt": [idOf(handler), "Arn"] } } },
    });
    synth({ receiptRuleSet: { mode: "create-rule-set", takeOver: true } }).template.hasResourceProperties(
      "Custom::ActiveReceiptRuleSet",
      { TakeOver: "true" },
    );
  });

  it("lets the activation handler read and set the active rule set, and the provider invoke only it, logging a month", () => {
    const receiving = stack.node.findChild("MailReceiving").node;
    const handler = receiving.findChild("ActivationHandler") as FollowupFunction;
    const providerRole = receiving.findChild("ActivationProviderRole") as never;
    expect(actionsOf(idOf(handler.role as never))).toEqual(
      [...LOGS, "ses:DescribeActiveReceiptRuleSet", "ses:SetActiveReceiptRuleSet"].sort(),
    );
    expect(actionsOf(idOf(providerRole))).toEqual(
      [...LOGS, "lambda:GetFunction", "lambda:InvokeFunction"].sort(),
    );
    template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs24.x",
      Architectures: ["arm64"],
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp("^MailReceivingActivationHandlerLogs") } },
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Handler: "framework.onEvent",
      LoggingConfig: Match.objectLike({
        LogGroup: { Ref: Match.stringLikeRegexp("^MailReceivingActivationProviderLogs") },
      }),
    });
  });

  it("adds the rule to an existing active rule set instead, activating nothing", () => {
    const { template: existing } = synth({
      receiptRuleSet: { mode: "existing-rule-set", name: "my-active-set" },
    });
    existing.resourceCountIs("AWS::SES::ReceiptRuleSet", 0);
    existing.resourceCountIs("Custom::ActiveReceiptRuleSet", 0);
    existing.resourceCountIs("AWS::Lambda::Function", 3);
    existing.hasResourceProperties("AWS::SES::ReceiptRule", { RuleSetName: "my-active-set" });
  });

  it("fails at synth in a region where SES does not receive email, naming the regions where it does", () => {
    for (const region of ["eu-central-2", "ca-west-1", "us-gov-west-1"]) {
      expect(() => buildApp({}, { region })).toThrow(NoMailReceivingInRegionError);
    }
    expect(() => buildApp({}, { region: "eu-central-2" })).toThrow(
      /^SES does not receive email in eu-central-2: deploy to one of us-east-1, us-east-2, .*, eu-west-1, .*, sa-east-1 /,
    );
  });

  it.each(SES_RECEIVING_REGIONS)("synthesizes in %s, where SES receives email", (region) => {
    const { stack: regional } = buildApp({}, { region });
    expect(templateOf(regional).toJSON().Outputs.MxRecord.Value).toBe(
      `followup.example.com MX 10 inbound-smtp.${region}.amazonaws.com`,
    );
  });

  it("verifies the domain with DKIM and outputs the DNS records to add", () => {
    template.hasResourceProperties("AWS::SES::EmailIdentity", {
      EmailIdentity: "followup.example.com",
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: "RSA_2048_BIT" },
    });
    const outputs = template.toJSON().Outputs;
    expect(outputs.MxRecord.Value).toBe("followup.example.com MX 10 inbound-smtp.us-east-1.amazonaws.com");
    expect(Object.keys(outputs).filter((name) => name.startsWith("DkimRecord"))).toHaveLength(3);
    expect(outputs.InboundAddress.Value).toBe("followup@followup.example.com");
  });
});

describe("interview table", () => {
  it("is on demand with pk/sk strings, point-in-time recovery, TTL on expiresAt, protected and retained", () => {
    template.hasResource("AWS::DynamoDB::GlobalTable", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "sk", AttributeType: "S" },
        ],
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
});

describe("functions", () => {
  it("run Node.js 24 on arm64 with source maps, each with its own log group kept a month", () => {
    // The three handlers and the receipt rule set's activation handler.
    template.resourcePropertiesCountIs(
      "AWS::Lambda::Function",
      {
        Runtime: "nodejs24.x",
        Architectures: ["arm64"],
        Environment: { Variables: Match.objectLike({ NODE_OPTIONS: "--enable-source-maps" }) },
      },
      4,
    );
    for (const fn of [stack.inbound, stack.reminder, stack.digest]) {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Handler: "index.handler",
        LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp(`^${fn.node.id}Logs`) } },
        Role: { "Fn::GetAtt": [Match.stringLikeRegexp(`^${fn.node.id}Role`), "Arn"] },
      });
    }
    // The handlers', the activation handler's and its provider's: every function logs to its own group.
    template.resourcePropertiesCountIs("AWS::Logs::LogGroup", { RetentionInDays: 30 }, 5);
    template.resourceCountIs("AWS::Logs::LogGroup", 5);
  });

  it("are not traced (nothing would record their SDK calls), so no role may write to X-Ray", () => {
    expect(
      template.findResources("AWS::Lambda::Function", { Properties: { TracingConfig: Match.anyValue() } }),
    ).toEqual({});
    const actions = Object.values(template.findResources("AWS::IAM::Policy")).flatMap((policy) =>
      (policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>).flatMap(
        (statement) => [statement.Action].flat(),
      ),
    );
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => action.startsWith("xray:"))).toEqual([]);
  });

  it("log and count as the stack's service, in the namespace the dashboard reads, at INFO", () => {
    for (const fn of [stack.inbound, stack.reminder, stack.digest]) {
      expect(template.toJSON().Resources[idOf(fn)].Properties.Environment.Variables).toMatchObject({
        POWERTOOLS_SERVICE_NAME: "Test",
        POWERTOOLS_METRICS_NAMESPACE: "InterviewFollowup",
        POWERTOOLS_LOG_LEVEL: "INFO",
      });
    }
  });

  it("a bare function gets its logs, its dead-letter queue and nothing else (metrics need no grant)", () => {
    const app = new App({ context: { "aws:cdk:bundling-stacks": [] } });
    const scope = new Stack(app, "Bare");
    const fn = new FollowupFunction(scope, "Fn", { handler: "digest" });
    expect(actionsOf(idOf(fn.role as never), templateOf(scope))).toEqual(
      [...LOGS, ...ON_FAILURE_QUEUE].sort(),
    );
  });

  it("retry asynchronous events twice, then put them on their own dead-letter queue (redrive knows whose)", () => {
    template.resourceCountIs("AWS::Lambda::EventInvokeConfig", 3);
    for (const fn of [stack.inbound, stack.reminder, stack.digest]) {
      template.hasResourceProperties("AWS::Lambda::EventInvokeConfig", {
        FunctionName: { Ref: idOf(fn) },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { "Fn::GetAtt": [idOf(fn.failures), "Arn"] } } },
      });
    }
    expect(template.toJSON().Outputs.InboundFailuresQueue.Value).toEqual({
      Ref: idOf(stack.inbound.failures),
    });
  });

  it("each receive exactly the environment their job needs, named as in lambdas/config/env.ts", () => {
    const scheduling = ["SCHEDULER_DLQ_ARN", "SCHEDULER_ROLE_ARN", "SCHEDULE_GROUP"];
    // The reminder schedules itself again after quiet hours; it builds its own ARN (wiring.ts).
    expect(environmentOf(idOf(stack.reminder))).toEqual(
      [...SETTINGS, ...scheduling, "SIGNING_SECRET_ARN"].sort(),
    );
    // The digest schedules a digest the daily sending quota refused (the reminder function sends it).
    expect(environmentOf(idOf(stack.digest))).toEqual(
      [...SETTINGS, "REMINDER_FUNCTION_ARN", ...scheduling, "SIGNING_SECRET_ARN"].sort(),
    );
    expect(environmentOf(idOf(stack.inbound))).toEqual(
      [
        ...SETTINGS,
        "RAW_MAIL_BUCKET",
        "RAW_MAIL_PREFIX",
        "REMINDER_FUNCTION_ARN",
        ...scheduling,
        "SIGNING_SECRET_ARN",
      ].sort(),
    );
  });

  it("pass the deployment's owners, allowed domains and policy defaults, its language among them", () => {
    const { template: household } = synth({
      owners: ["a@x.org", "b@y.org"],
      allowedDomains: ["bootcamp.org"],
      sendTime: "08:30",
      language: "de",
    });
    household.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: Match.objectLike({
          OWNERS: "a@x.org,b@y.org",
          ALLOWED_DOMAINS: "bootcamp.org",
          FOLLOWUP_POLICY: JSON.stringify({
            timeZone: "America/Chicago",
            country: "US",
            region: null,
            sendTime: "08:30",
            quietStart: "21:00",
            quietEnd: "08:00",
            digest: { weekday: 7, time: "18:00" },
            language: "de",
          }),
        }),
      },
    });
  });
});

describe("least privilege: the exact actions of every role", () => {
  it("reminder: its logs, its dead-letter queue, the table's item calls, the signing key, sending, its schedules", () => {
    expect(actionsOf(idOf(stack.reminder.role as never))).toEqual(
      [...LOGS, ...ON_FAILURE_QUEUE, ...TABLE, ...SECRET, ...SEND, ...SCHEDULING].sort(),
    );
  });

  it("digest: the same (a digest's replies come to a reply address it signs; one the daily quota refused is scheduled)", () => {
    expect(actionsOf(idOf(stack.digest.role as never))).toEqual(
      [...LOGS, ...ON_FAILURE_QUEUE, ...TABLE, ...SECRET, ...SEND, ...SCHEDULING].sort(),
    );
  });

  it("inbound: also raw mail under inbound/, its reminder schedules and passing the scheduler role", () => {
    expect(actionsOf(idOf(stack.inbound.role as never))).toEqual(
      [
        ...LOGS,
        ...ON_FAILURE_QUEUE,
        ...TABLE,
        ...SECRET,
        ...SEND,
        ...SCHEDULING,
        "s3:DeleteObject",
        "s3:GetObject",
        "s3:ListBucket",
      ].sort(),
    );
  });

  it("reminder scheduler role: invoke the reminder function (exact ARN) and write its dead-letter queue", () => {
    expect(actionsOf(idOf(stack.reminderSchedulerRole))).toEqual([
      "lambda:InvokeFunction",
      "sqs:SendMessage",
    ]);
    template.hasResourceProperties("AWS::IAM::Policy", {
      Roles: [{ Ref: idOf(stack.reminderSchedulerRole) }],
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Resource: { "Fn::GetAtt": [idOf(stack.reminder), "Arn"] } }),
          Match.objectLike({ Resource: { "Fn::GetAtt": [idOf(stack.schedulerFailures), "Arn"] } }),
        ],
      },
    });
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
  });

  it("scheduling: schedules of this group only, the scheduler role passed to EventBridge Scheduler only", () => {
    template.hasResourceProperties("AWS::IAM::Policy", {
      Roles: [{ Ref: idOf(stack.inbound.role as never) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ["scheduler:CreateSchedule", "scheduler:DeleteSchedule", "scheduler:UpdateSchedule"],
            Resource: Match.stringLikeRegexp(
              "^arn:aws:scheduler:us-east-1:123456789012:schedule/Test-Reminders-[A-F0-9]+/\\*$",
            ),
          }),
          Match.objectLike({
            Action: "iam:PassRole",
            Resource: { "Fn::GetAtt": [idOf(stack.reminderSchedulerRole), "Arn"] },
            Condition: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
          }),
        ]),
      },
    });
  });

  it("sending: from the inbound address of the domain identity, with the configuration set, to owners and allowed domains only", () => {
    const arn = (resource: string) => `arn:aws:ses:us-east-1:123456789012:${resource}`;
    const { stack: household, template: householdTemplate } = synth({ allowedDomains: ["bootcamp.org"] });
    const configurationSet = idOf(household.mailSending.configurationSet as never);
    for (const fn of [household.inbound, household.reminder, household.digest]) {
      householdTemplate.hasResourceProperties("AWS::IAM::Policy", {
        Roles: [{ Ref: idOf(fn.role as never) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Effect: "Allow",
              Action: "ses:SendEmail",
              // Sorted by @aws-cdk/aws-iam:minimizePolicies.
              Resource: [
                arn("identity/*@bootcamp.org"),
                arn("identity/bootcamp.org"),
                arn("identity/followup.example.com"),
                arn("identity/you@example.com"),
                { "Fn::Join": ["", [arn("configuration-set/"), { Ref: configurationSet }]] },
              ],
              Condition: {
                StringEquals: { "ses:FromAddress": "followup@followup.example.com" },
                "ForAllValues:StringLike": { "ses:Recipients": ["you@example.com", "*@bootcamp.org"] },
                // Without it, a send naming no recipient would pass the ForAllValues test vacuously.
                Null: { "ses:Recipients": "false" },
              },
            },
          ]),
        },
      });
    }
  });
});

describe("schedules", () => {
  it("keep one-time reminders in their own group", () => {
    template.resourceCountIs("AWS::Scheduler::ScheduleGroup", 1);
  });

  it("run the digest every hour (each run serves the users whose local digest hour it is), retried twice, then dead-lettered", () => {
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      ScheduleExpression: "cron(0 * * * ? *)",
      ScheduleExpressionTimezone: "Etc/UTC",
      Target: {
        Arn: { "Fn::GetAtt": [idOf(stack.digest), "Arn"] },
        RoleArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^DigestSchedulerRole"), "Arn"] },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: { "Fn::GetAtt": [idOf(stack.schedulerFailures), "Arn"] } },
      },
    });
  });

  it("fire at the configured digest minute, or leave the digest out", () => {
    synth({
      digest: { weekday: 5, time: "17:30" },
      timeZone: "europe/berlin",
      country: "DE",
    }).template.hasResourceProperties("AWS::Scheduler::Schedule", {
      ScheduleExpression: "cron(30 * * * ? *)",
      ScheduleExpressionTimezone: "Etc/UTC",
    });
    synth({ digest: null }).template.resourceCountIs("AWS::Scheduler::Schedule", 0);
  });
});

describe("failures", () => {
  const deadLetterQueues = () => [
    stack.inbound.failures,
    stack.reminder.failures,
    stack.digest.failures,
    stack.schedulerFailures,
  ];

  it("land in encrypted, SSL-only dead-letter queues kept 14 days: one per function, one for the schedules", () => {
    template.resourceCountIs("AWS::SQS::Queue", 4);
    template.allResourcesProperties("AWS::SQS::Queue", {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 1_209_600,
    });
    template.resourcePropertiesCountIs(
      "AWS::SQS::QueuePolicy",
      {
        PolicyDocument: {
          Statement: [
            Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          ],
        },
      },
      4,
    );
  });

  it("raise an alarm as soon as any dead-letter queue holds a message, emailed to the alarm address", () => {
    template.resourcePropertiesCountIs(
      "AWS::CloudWatch::Alarm",
      { MetricName: "ApproximateNumberOfMessagesVisible" },
      4,
    );
    for (const queue of deadLetterQueues()) {
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        MetricName: "ApproximateNumberOfMessagesVisible",
        Dimensions: [{ Name: "QueueName", Value: { "Fn::GetAtt": [idOf(queue), "QueueName"] } }],
        ComparisonOperator: "GreaterThanThreshold",
        Threshold: 0,
        AlarmActions: [{ Ref: Match.stringLikeRegexp("^AlarmsTopic") }],
      });
    }
    template.hasResourceProperties("AWS::SNS::Subscription", {
      Protocol: "email",
      Endpoint: "you@example.com",
    });
  });

  it("reach the alarm topic: SSL only, CloudWatch may publish for this account's alarms", () => {
    // enforceSSL writes a topic policy, and a topic policy replaces SNS's default one: without the
    // Allow, CloudWatch could not publish and every alarm would fail silently.
    template.resourceCountIs("AWS::SNS::TopicPolicy", 1);
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      Topics: [{ Ref: idOf(stack.alarms.topic) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Principal: "*",
            Action: "sns:Publish",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Resource: { Ref: idOf(stack.alarms.topic) },
            Condition: { ArnLike: { "aws:SourceArn": "arn:aws:cloudwatch:us-east-1:123456789012:alarm:*" } },
          }),
        ]),
      },
    });
  });
});

describe("SES sending", () => {
  const configurationSet = () => idOf(stack.mailSending.configurationSet as never);

  it("publishes bounces, complaints and rejections of every email to the alarm topic", () => {
    template.resourceCountIs("AWS::SES::ConfigurationSet", 1);
    template.hasResourceProperties("AWS::SES::ConfigurationSetEventDestination", {
      ConfigurationSetName: { Ref: configurationSet() },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ["bounce", "complaint", "reject"],
        SnsDestination: { TopicARN: { Ref: idOf(stack.alarms.topic) } },
      },
    });
  });

  it("lets SES publish to the topic for this account's configuration set only", () => {
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "ses.amazonaws.com" },
            Action: "sns:Publish",
            Resource: { Ref: idOf(stack.alarms.topic) },
            Condition: {
              StringEquals: {
                "AWS:SourceAccount": "123456789012",
                "AWS:SourceArn": {
                  "Fn::Join": [
                    "",
                    [
                      "arn:",
                      { Ref: "AWS::Partition" },
                      ":ses:us-east-1:123456789012:configuration-set/",
                      { Ref: configurationSet() },
                    ],
                  ],
                },
              },
            },
          }),
        ]),
      },
    });
  });

  it("is named to every function that sends, and is the domain identity's default for a send that names none", () => {
    for (const fn of [stack.inbound, stack.reminder, stack.digest]) {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Role: { "Fn::GetAtt": [idOf(fn.role as never), "Arn"] },
        Environment: { Variables: Match.objectLike({ SES_CONFIGURATION_SET: { Ref: configurationSet() } }) },
      });
    }
    template.hasResourceProperties("AWS::SES::EmailIdentity", {
      EmailIdentity: "followup.example.com",
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSet() } },
    });
  });
});

describe("signing secret", () => {
  it("is generated at deploy time: 64 characters, no value in the template", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    for (const secret of Object.values(template.findResources("AWS::SecretsManager::Secret"))) {
      expect(secret.Properties).not.toHaveProperty("SecretString");
    }
  });
});
