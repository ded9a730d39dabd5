/**
 * A deployed interview-followup as AWS and DNS describe it, one scenario object per test: the SDK
 * clients are mocked with aws-sdk-client-mock, answering from the scenario with responses shaped
 * as the API models (botocore's cloudformation 2010-05-15, lambda 2015-03-31, ses 2010-12-01,
 * sesv2 2019-09-27, sns 2010-03-31) define them, errors included; DNS comes from a real UDP server.
 */
import { Resolver } from "node:dns/promises";
import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type Stack,
  type StackResourceSummary,
} from "@aws-sdk/client-cloudformation";
import { GetFunctionConfigurationCommand, LambdaClient } from "@aws-sdk/client-lambda";
import {
  DescribeActiveReceiptRuleSetCommand,
  type DescribeActiveReceiptRuleSetCommandOutput,
  DescribeReceiptRuleSetCommand,
  ListReceiptRuleSetsCommand,
  type ReceiptRule,
  RuleSetDoesNotExistException,
  SESClient,
} from "@aws-sdk/client-ses";
import {
  GetAccountCommand,
  type GetAccountCommandOutput,
  GetEmailIdentityCommand,
  type GetEmailIdentityCommandOutput,
  NotFoundException,
  SESv2Client,
  SendEmailCommand,
  type SendEmailCommandInput,
} from "@aws-sdk/client-sesv2";
import { ListSubscriptionsByTopicCommand, SNSClient, type Subscription } from "@aws-sdk/client-sns";
import { type AwsClientStub, mockClient } from "aws-sdk-client-mock";
import type { AwsClients, DoctorDeps } from "../../../cli/doctor/doctor-context";
import type { LocalConfig } from "../../../cli/doctor/local-config";
import { ENV } from "../../../lambdas/config/env";
import { parseDeploymentConfig, policyOverrides } from "../../../lib/config";
import type { DnsServer, DnsTable } from "./dns-server";

export const REGION = "eu-west-1";
export const ACCOUNT = "123456789012";
export const STACK = "InterviewFollowup";
export const DOMAIN = "followup.example.com";
export const OWNER = "jane@jane-doe.dev";
export const INBOUND = `followup@${DOMAIN}`;
export const SES_MX = `inbound-smtp.${REGION}.amazonaws.com`;
/** Easy DKIM tokens: 32 lowercase letters and digits each. */
export const TOKENS = [
  "h5rt4fjv6x2dkq7lmw3zcyb2n8pa4se6",
  "q9e3lpn6vx4w8fjs2ka7tgm3rd5hy1bu",
  "z2m8bnc5kr7yq4twp6ehd9xa3fj7lv0g",
] as const;
export const dkimName = (token: string) => `${token}._domainkey.${DOMAIN}`;
export const dkimValue = (token: string) => `${token}.dkim.amazonses.com`;
export const RULE = `${STACK}-inbound`;
export const RULE_SET = "InterviewFollowup-MailReceivingRuleSet8E1F5A2B-Xq3LmN7pR2sT";
export const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:InterviewFollowup-AlarmsTopic5A3C8B1D-k2Jd9sLq0pWe`;
export const FUNCTION = "InterviewFollowup-Inbound8C1B5E2A-aB3cD4eF5gH6";
export const BUCKET = "interviewfollowup-storagerawmail1f2e3d4c-9xkq2m7vz3lp";

export const CONFIG = parseDeploymentConfig(
  { mailDomain: DOMAIN, owners: [OWNER], timeZone: "America/Chicago" },
  "followup.config.json",
);
export const LOCAL: LocalConfig = { ok: true, config: CONFIG, source: "followup.config.json" };

const CREATED = new Date("2026-11-28T09:12:41.512Z");
const UPDATED = new Date("2026-11-30T10:02:07.118Z");
const metadata = (httpStatusCode = 200) => ({
  httpStatusCode,
  requestId: "0c6f7e1a-2b3c-4d5e-8f90-a1b2c3d4e5f6",
});

/** CloudFormation's answer for a stack that does not exist: an unmodelled ValidationError. */
export function stackDoesNotExist(stackName = STACK): Error {
  return new CloudFormationServiceException({
    name: "ValidationError",
    $fault: "client",
    $metadata: metadata(400),
    message: `Stack with id ${stackName} does not exist`,
  });
}

export function identityNotFound(name: string): Error {
  return new NotFoundException({
    $metadata: metadata(404),
    message: `Email identity ${name} does not exist.`,
  });
}

export function deployedStack(overrides: Partial<Stack> = {}): Stack {
  return {
    StackId: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${STACK}/5f0c8e70-8c9b-11f1-a3b4-0a1b2c3d4e5f`,
    StackName: STACK,
    Description: "interview-followup: forward interview invites, get well-timed follow-up prompts",
    CreationTime: CREATED,
    LastUpdatedTime: UPDATED,
    RollbackConfiguration: {},
    StackStatus: "UPDATE_COMPLETE",
    DisableRollback: false,
    NotificationARNs: [],
    Capabilities: ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"],
    Outputs: [
      { OutputKey: "InboundAddress", OutputValue: INBOUND, Description: "Forward interview invites here" },
      { OutputKey: "RawMailBucket", OutputValue: BUCKET },
      { OutputKey: "InboundFunctionName", OutputValue: FUNCTION },
      {
        OutputKey: "InboundFailuresQueue",
        OutputValue: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/InterviewFollowup-InboundFailures3A4B5C6D-Rt7Yu8Io9Pa0`,
        Description:
          "followup redrive --queue-url <this> --function <InboundFunctionName> processes failed mail again",
      },
      {
        OutputKey: "MxRecord",
        OutputValue: `${DOMAIN} MX 10 ${SES_MX}`,
        Description: "Add this MX record at your DNS provider so that SES receives the mail",
      },
      ...TOKENS.map((token, index) => ({
        OutputKey: `DkimRecord${index + 1}`,
        OutputValue: `${dkimName(token)} CNAME ${dkimValue(token)}`,
        Description: "Add this DKIM record so that SES verifies the domain and signs what it sends",
      })),
    ],
    Tags: [],
    EnableTerminationProtection: false,
    DriftInformation: { StackDriftStatus: "NOT_CHECKED" },
    ...overrides,
  };
}

function resource(logicalId: string, type: string, physicalId: string): StackResourceSummary {
  return {
    LogicalResourceId: logicalId,
    PhysicalResourceId: physicalId,
    ResourceType: type,
    LastUpdatedTimestamp: UPDATED,
    ResourceStatus: "CREATE_COMPLETE",
    DriftInformation: { StackResourceDriftStatus: "NOT_CHECKED" },
  };
}

export function stackResources(): StackResourceSummary[] {
  return [
    resource("AlarmsTopic5A3C8B1D", "AWS::SNS::Topic", TOPIC),
    resource(
      "AlarmsTopicyouexamplecom2B7E1C4A",
      "AWS::SNS::Subscription",
      `${TOPIC}:4c1e0f2a-6b7d-4e8f-9a0b-1c2d3e4f5a6b`,
    ),
    resource("InboundFunction8C1B5E2A", "AWS::Lambda::Function", FUNCTION),
    resource("MailReceivingIdentity6D2E8F1A", "AWS::SES::EmailIdentity", DOMAIN),
    resource("MailReceivingRuleSet8E1F5A2B", "AWS::SES::ReceiptRuleSet", RULE_SET),
    resource("MailReceivingRule4B9C3D7E", "AWS::SES::ReceiptRule", RULE),
    resource("StorageRawMail1F2E3D4C", "AWS::S3::Bucket", BUCKET),
  ];
}

export function inboundEnvironment(config = CONFIG): Record<string, string> {
  return {
    NODE_OPTIONS: "--enable-source-maps",
    [ENV.inboundAddress]: `${config.inboundLocalPart}@${config.mailDomain}`,
    [ENV.owners]: config.owners.join(","),
    [ENV.allowedDomains]: config.allowedDomains.join(","),
    [ENV.policy]: JSON.stringify(policyOverrides(config)),
    [ENV.tableName]: "InterviewFollowup-StorageTable9A8B7C6D-1Q2W3E4R5T6Y",
    [ENV.rawMailBucket]: BUCKET,
  };
}

export function domainIdentity(
  overrides: Partial<GetEmailIdentityCommandOutput> = {},
): GetEmailIdentityCommandOutput {
  return {
    $metadata: metadata(),
    IdentityType: "DOMAIN",
    FeedbackForwardingStatus: true,
    VerifiedForSendingStatus: true,
    DkimAttributes: {
      SigningEnabled: true,
      Status: "SUCCESS",
      Tokens: [...TOKENS],
      SigningAttributesOrigin: "AWS_SES",
      NextSigningKeyLength: "RSA_2048_BIT",
      CurrentSigningKeyLength: "RSA_2048_BIT",
      LastKeyGenerationTimestamp: CREATED,
    },
    Policies: {},
    Tags: [],
    ConfigurationSetName: "MailSendingConfigurationSet3C2D1E0F-7yUiOp9AsDfG",
    VerificationStatus: "SUCCESS",
    VerificationInfo: { LastCheckedTimestamp: UPDATED, LastSuccessTimestamp: UPDATED },
    ...overrides,
  };
}

/** DKIM still pending: SES has not found the records yet. */
export function pendingDomainIdentity(
  errorType?: "HOST_NOT_FOUND" | "INVALID_VALUE",
): GetEmailIdentityCommandOutput {
  const base = domainIdentity();
  return {
    ...base,
    VerifiedForSendingStatus: false,
    DkimAttributes: { ...base.DkimAttributes, Status: "PENDING" },
    VerificationStatus: "PENDING",
    VerificationInfo: { LastCheckedTimestamp: UPDATED, ...(errorType ? { ErrorType: errorType } : {}) },
  };
}

export function addressIdentity(verified: boolean): GetEmailIdentityCommandOutput {
  return {
    $metadata: metadata(),
    IdentityType: "EMAIL_ADDRESS",
    FeedbackForwardingStatus: true,
    VerifiedForSendingStatus: verified,
    DkimAttributes: { SigningEnabled: false, Status: "NOT_STARTED", SigningAttributesOrigin: "AWS_SES" },
    Policies: {},
    Tags: [],
    VerificationStatus: verified ? "SUCCESS" : "PENDING",
  };
}

export function sandboxAccount(overrides: Partial<GetAccountCommandOutput> = {}): GetAccountCommandOutput {
  return {
    $metadata: metadata(),
    DedicatedIpAutoWarmupEnabled: false,
    EnforcementStatus: "HEALTHY",
    ProductionAccessEnabled: false,
    SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
    SendingEnabled: true,
    SuppressionAttributes: { SuppressedReasons: ["BOUNCE", "COMPLAINT"] },
    ...overrides,
  };
}

export function ourRule(overrides: Partial<ReceiptRule> = {}): ReceiptRule {
  return {
    Name: RULE,
    Enabled: true,
    TlsPolicy: "Require",
    Recipients: [DOMAIN],
    Actions: [
      { S3Action: { BucketName: BUCKET, ObjectKeyPrefix: "raw/" } },
      {
        LambdaAction: {
          FunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${FUNCTION}`,
          InvocationType: "Event",
        },
      },
    ],
    ScanEnabled: true,
    ...overrides,
  };
}

export function activeRuleSet(
  name: string | null,
  rules: ReceiptRule[],
): DescribeActiveReceiptRuleSetCommandOutput {
  // With no active rule set, SES answers with neither Metadata nor Rules.
  return name === null
    ? { $metadata: metadata() }
    : { $metadata: metadata(), Metadata: { Name: name, CreatedTimestamp: CREATED }, Rules: rules };
}

export function emailSubscription(endpoint: string, confirmed: boolean): Subscription {
  return {
    SubscriptionArn: confirmed ? `${TOPIC}:4c1e0f2a-6b7d-4e8f-9a0b-1c2d3e4f5a6b` : "PendingConfirmation",
    Owner: ACCOUNT,
    Protocol: "email",
    Endpoint: endpoint,
    TopicArn: TOPIC,
  };
}

export function healthyDns(): Record<string, DnsTable[string]> {
  return {
    [DOMAIN]: [{ type: "MX", priority: 10, exchange: SES_MX }],
    ...Object.fromEntries(
      TOKENS.map((token) => [dkimName(token), [{ type: "CNAME", target: dkimValue(token) }]]),
    ),
  };
}

/** Everything a test can change before (or after) installing it. */
export interface Scenario {
  /** Where the stack is, by region. */
  stacks: Record<string, Stack>;
  resources: StackResourceSummary[];
  functionEnvironment: Record<string, string>;
  /** SES v2 identities by name; absent ones are NotFoundException. */
  identities: Record<string, GetEmailIdentityCommandOutput>;
  account: GetAccountCommandOutput;
  active: DescribeActiveReceiptRuleSetCommandOutput;
  /** Every receipt rule set of the region, by name (ListReceiptRuleSets / DescribeReceiptRuleSet). */
  ruleSets: Record<string, ReceiptRule[]>;
  subscriptions: Subscription[];
  /** What SendEmail does. */
  send: { readonly messageId: string } | { readonly error: Error };
  dns: Record<string, DnsTable[string]>;
  /** Any call to this client fails with the error (credentials, permissions). */
  failEverything?: Error;
}

/** A first deployment with everything right: verified, in production-like health, but in the sandbox. */
export function healthyScenario(): Scenario {
  return {
    stacks: { [REGION]: deployedStack() },
    resources: stackResources(),
    functionEnvironment: inboundEnvironment(),
    identities: { [DOMAIN]: domainIdentity(), [OWNER]: addressIdentity(true) },
    account: sandboxAccount(),
    active: activeRuleSet(RULE_SET, [ourRule()]),
    ruleSets: { [RULE_SET]: [ourRule()] },
    subscriptions: [emailSubscription(OWNER, true)],
    send: { messageId: "0102019a1b2c3d4e-5f6a7b8c-9d0e-1f2a-3b4c-5d6e7f8a9b0c-000000" },
    dns: healthyDns(),
  };
}

export interface MockedAws {
  readonly cloudFormation: AwsClientStub<CloudFormationClient>;
  readonly lambda: AwsClientStub<LambdaClient>;
  readonly ses: AwsClientStub<SESClient>;
  readonly sesv2: AwsClientStub<SESv2Client>;
  readonly sns: AwsClientStub<SNSClient>;
  /** The inputs of every SendEmail call. */
  readonly sent: SendEmailCommandInput[];
  restore(): void;
}

/** Mocks every client doctor uses so that each call answers from the scenario, read at call time. */
export function mockAws(scenario: () => Scenario): MockedAws {
  const cloudFormation = mockClient(CloudFormationClient);
  const lambda = mockClient(LambdaClient);
  const ses = mockClient(SESClient);
  const sesv2 = mockClient(SESv2Client);
  const sns = mockClient(SNSClient);
  const sent: SendEmailCommandInput[] = [];
  const guard = () => {
    const error = scenario().failEverything;
    if (error) throw error;
  };

  cloudFormation.on(DescribeStacksCommand).callsFake(async (input: { StackName: string }, getClient) => {
    guard();
    const region = await getClient().config.region();
    const stack = scenario().stacks[region];
    if (!stack || stack.StackName !== input.StackName) throw stackDoesNotExist(input.StackName);
    return { $metadata: metadata(), Stacks: [stack] };
  });
  cloudFormation.on(ListStackResourcesCommand).callsFake((input: { NextToken?: string }) => {
    guard();
    // Two pages, as CloudFormation returns at most 100 summaries a page.
    const all = scenario().resources;
    const half = Math.ceil(all.length / 2);
    return input.NextToken === "page-2"
      ? { $metadata: metadata(), StackResourceSummaries: all.slice(half) }
      : { $metadata: metadata(), StackResourceSummaries: all.slice(0, half), NextToken: "page-2" };
  });
  lambda.on(GetFunctionConfigurationCommand).callsFake((input: { FunctionName: string }) => {
    guard();
    return {
      $metadata: metadata(),
      FunctionName: input.FunctionName,
      FunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${input.FunctionName}`,
      Runtime: "nodejs24.x",
      Handler: "index.handler",
      MemorySize: 512,
      Timeout: 60,
      Architectures: ["arm64"],
      Environment: { Variables: scenario().functionEnvironment },
      State: "Active",
      LastUpdateStatus: "Successful",
      PackageType: "Zip",
    };
  });
  sesv2.on(GetEmailIdentityCommand).callsFake((input: { EmailIdentity: string }) => {
    guard();
    const identity = scenario().identities[input.EmailIdentity];
    if (!identity) throw identityNotFound(input.EmailIdentity);
    return identity;
  });
  sesv2.on(GetAccountCommand).callsFake(() => {
    guard();
    return scenario().account;
  });
  sesv2.on(SendEmailCommand).callsFake((input: SendEmailCommandInput) => {
    guard();
    sent.push(input);
    const outcome = scenario().send;
    if ("error" in outcome) throw outcome.error;
    return { $metadata: metadata(), MessageId: outcome.messageId };
  });
  ses.on(DescribeActiveReceiptRuleSetCommand).callsFake(() => {
    guard();
    return scenario().active;
  });
  ses.on(ListReceiptRuleSetsCommand).callsFake(() => {
    guard();
    return {
      $metadata: metadata(),
      RuleSets: Object.keys(scenario().ruleSets).map((Name) => ({ Name, CreatedTimestamp: CREATED })),
    };
  });
  ses.on(DescribeReceiptRuleSetCommand).callsFake((input: { RuleSetName: string }) => {
    guard();
    const rules = scenario().ruleSets[input.RuleSetName];
    if (!rules) {
      throw new RuleSetDoesNotExistException({
        $metadata: metadata(400),
        message: `Rule set does not exist: ${input.RuleSetName}`,
      });
    }
    return {
      $metadata: metadata(),
      Metadata: { Name: input.RuleSetName, CreatedTimestamp: CREATED },
      Rules: rules,
    };
  });
  sns.on(ListSubscriptionsByTopicCommand).callsFake((input: { TopicArn: string }) => {
    guard();
    return {
      $metadata: metadata(),
      Subscriptions: scenario().subscriptions.filter(
        (subscription) => subscription.TopicArn === input.TopicArn,
      ),
    };
  });

  return {
    cloudFormation,
    lambda,
    ses,
    sesv2,
    sns,
    sent,
    restore: () => {
      for (const mock of [cloudFormation, lambda, ses, sesv2, sns]) mock.restore();
    },
  };
}

/** Real clients (their `send` is what aws-sdk-client-mock replaces), one set per region. */
export function clientsIn(region: string): AwsClients {
  const config = { region, credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "example" } };
  return {
    cloudFormation: new CloudFormationClient(config),
    lambda: new LambdaClient(config),
    ses: new SESClient(config),
    sesv2: new SESv2Client(config),
    sns: new SNSClient(config),
  };
}

/** A resolver that asks only the test's DNS server. */
export function resolverFor(server: DnsServer): Resolver {
  const resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([server.address]);
  return resolver;
}

export function depsFor(server: DnsServer): DoctorDeps {
  return { clientsIn, resolver: resolverFor(server) };
}
