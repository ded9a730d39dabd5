import { CfnOutput, CustomResource, RemovalPolicy, Stack, Token, Validations } from "aws-cdk-lib";
import { type IRole, PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Bucket } from "aws-cdk-lib/aws-s3";
import {
  DkimIdentity,
  EasyDkimSigningKeyLength,
  EmailIdentity,
  type IConfigurationSet,
  Identity,
  type IReceiptRuleAction,
  type IReceiptRuleSet,
  ReceiptRule,
  type ReceiptRuleActionConfig,
  ReceiptRuleSet,
  TlsPolicy,
} from "aws-cdk-lib/aws-ses";
import { Lambda as LambdaAction, LambdaInvocationType } from "aws-cdk-lib/aws-ses-actions";
import { Provider } from "aws-cdk-lib/custom-resources";
import { Construct, type IConstruct } from "constructs";
import { ENV } from "../lambdas/config/env";
import type { RuleSetActivationProperties } from "../lambdas/custom-resources/active-receipt-rule-set";
import type { DeploymentConfig } from "./config";
import { BundledFunction, nagAttribute, serviceNameOf } from "./followup-function";

export interface MailReceivingProps {
  readonly config: Pick<DeploymentConfig, "mailDomain" | "receiptRuleSet">;
  /** SES stores each message here first… */
  readonly rawMail: Bucket;
  readonly rawMailPrefix: string;
  /** …then invokes this function asynchronously with the receipt (verdicts, recipients, message id). */
  readonly inboundFunction: IFunction;
  /** The domain identity's default configuration set, for any send that names none. */
  readonly configurationSet: IConfigurationSet;
}

/**
 * The regions where SES receives email, from the "Email Receiving endpoints" table of
 * https://docs.aws.amazon.com/general/latest/gr/ses.html#ses_inbound_endpoints (22 regions in
 * 2026; SES sends but does not receive in ca-west-1, eu-central-2, ap-south-2, ap-southeast-5,
 * me-central-1 and the GovCloud regions). A region AWS adds later fails here until it is listed.
 */
export const SES_RECEIVING_REGIONS: readonly string[] = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "af-south-1",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-south-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "il-central-1",
  "me-south-1",
  "sa-east-1",
];

/** The host a mail domain's MX record points at for SES to receive in `region`. */
export function sesInboundEndpoint(region: string): string {
  return `inbound-smtp.${region}.amazonaws.com`;
}

export class NoMailReceivingInRegionError extends Error {
  constructor(readonly region: string) {
    super(
      `SES does not receive email in ${region}: deploy to one of ${SES_RECEIVING_REGIONS.join(", ")} ` +
        "(set AWS_REGION or your profile's region; see https://docs.aws.amazon.com/general/latest/gr/ses.html#ses_inbound_endpoints)",
    );
    this.name = "NoMailReceivingInRegionError";
  }
}

const CUSTOM_RESOURCES_DIR = new URL("../lambdas/custom-resources/", import.meta.url).pathname;

/**
 * SES receiving for the mail domain: the domain identity (DKIM, also used to send), a receipt rule
 * (spam and virus scanning on, TLS required) that stores the message in S3, then invokes the inbound
 * function; in a new rule set that is activated, or in the user's existing active one. Fails at synth
 * when the stack's region is known and SES does not receive email there.
 */
export class MailReceiving extends Construct {
  readonly identity: EmailIdentity;
  readonly ruleSet: IReceiptRuleSet;
  readonly rule: ReceiptRule;

  constructor(scope: Construct, id: string, props: MailReceivingProps) {
    super(scope, id);
    const { config } = props;
    const stack = Stack.of(this);
    if (!Token.isUnresolved(stack.region) && !SES_RECEIVING_REGIONS.includes(stack.region)) {
      throw new NoMailReceivingInRegionError(stack.region);
    }
    this.identity = new EmailIdentity(this, "Identity", {
      identity: Identity.domain(config.mailDomain),
      dkimSigning: true,
      dkimIdentity: DkimIdentity.easyDkim(EasyDkimSigningKeyLength.RSA_2048_BIT),
      configurationSet: props.configurationSet,
    });

    this.ruleSet =
      config.receiptRuleSet.mode === "existing-rule-set"
        ? ReceiptRuleSet.fromReceiptRuleSetName(this, "RuleSet", config.receiptRuleSet.name)
        : new ReceiptRuleSet(this, "RuleSet");
    // Named, so the bucket policy and the Lambda permission can name the one rule allowed to use them.
    const ruleName = `${stack.stackName}-inbound`;
    const ruleArn = stack.formatArn({
      service: "ses",
      resource: "receipt-rule-set",
      resourceName: `${this.ruleSet.receiptRuleSetName}:receipt-rule/${ruleName}`,
    });
    const fromThisRule = { "aws:SourceAccount": stack.account, "aws:SourceArn": ruleArn };
    // Created before the Lambda action binds, which then reuses it instead of an account-wide one.
    props.inboundFunction.addPermission("AllowSes", {
      principal: new ServicePrincipal("ses.amazonaws.com"),
      action: "lambda:InvokeFunction",
      sourceAccount: stack.account,
      sourceArn: ruleArn,
    });

    this.rule = new ReceiptRule(this, "Rule", {
      ruleSet: this.ruleSet,
      receiptRuleName: ruleName,
      // SES does not document plus-label matching: match the whole domain, the handler routes by local part.
      recipients: [config.mailDomain],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new StoreInBucket(props.rawMail, props.rawMailPrefix, fromThisRule),
        new LambdaAction({ function: props.inboundFunction, invocationType: LambdaInvocationType.EVENT }),
      ],
    });
    if (config.receiptRuleSet.mode === "create-rule-set") {
      this.activate(this.ruleSet, config.receiptRuleSet.takeOver);
    }

    new CfnOutput(stack, "MxRecord", {
      value: `${config.mailDomain} MX 10 ${sesInboundEndpoint(stack.region)}`,
      description: "Add this MX record at your DNS provider so that SES receives the mail",
    });
    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(stack, `DkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: "Add this DKIM record so that SES verifies the domain and signs what it sends",
      });
    });
  }

  /**
   * CloudFormation cannot activate a rule set, and SES allows exactly one active per region: a custom
   * resource activates ours unless another one is active (then the deployment fails and says how to
   * go on), and deactivates it on delete only while it is still the active one.
   */
  private activate(ruleSet: IReceiptRuleSet, takeOver: boolean): void {
    const handler = new BundledFunction(this, "ActivationHandler", {
      entry: `${CUSTOM_RESOURCES_DIR}active-receipt-rule-set.ts`,
      purpose: "receipt rule set activation (custom resource)",
    });
    // Powertools JSON logs under the stack's service name, as the other functions log.
    handler.addEnvironment(ENV.serviceName, serviceNameOf(handler));
    handler.addEnvironment(ENV.logLevel, "INFO");
    handler.addToRolePolicy(
      new PolicyStatement({
        actions: ["ses:DescribeActiveReceiptRuleSet", "ses:SetActiveReceiptRuleSet"],
        resources: ["*"],
      }),
    );
    Validations.of(handler.role as IRole).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "ses:DescribeActiveReceiptRuleSet and ses:SetActiveReceiptRuleSet act on the region's one active rule set and have no resource-level permissions.",
    });
    const provider = new ActivationProvider(this, "ActivationProvider", handler);
    const properties: RuleSetActivationProperties = {
      RuleSetName: ruleSet.receiptRuleSetName,
      TakeOver: takeOver ? "true" : "false",
    };
    const activation = new CustomResource(this, "Activation", {
      serviceToken: provider.serviceToken,
      resourceType: "Custom::ActiveReceiptRuleSet",
      properties,
    });
    // Active only once the rule is in place, and deactivated before the rule goes.
    activation.node.addDependency(this.rule);
  }
}

/**
 * CDK's provider framework, which speaks CloudFormation's custom resource protocol for the handler,
 * with its own role and log group (instead of AWSLambdaBasicExecutionRole and logs kept forever).
 */
class ActivationProvider extends Provider {
  constructor(scope: Construct, id: string, handler: IFunction) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: "interview-followup receipt rule set activation (CDK provider framework)",
    });
    logGroup.grantWrite(role);
    super(scope, id, { onEventHandler: handler, frameworkOnEventRole: role, logGroup });
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagAttribute(handler, "Arn")}:*]`,
      reason: "CDK's provider framework may invoke the activation handler and its versions, nothing else.",
    });
  }
}

/**
 * The S3 action, with a bucket policy that lets SES write under the prefix only on behalf of this
 * account's receipt rule (aws:SourceAccount and aws:SourceArn; CDK's own S3 action checks the account only).
 */
class StoreInBucket implements IReceiptRuleAction {
  constructor(
    private readonly bucket: Bucket,
    private readonly prefix: string,
    private readonly source: Record<string, string>,
  ) {}

  bind(rule: IConstruct): ReceiptRuleActionConfig {
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        actions: ["s3:PutObject"],
        principals: [new ServicePrincipal("ses.amazonaws.com")],
        resources: [this.bucket.arnForObjects(`${this.prefix}*`)],
        conditions: { StringEquals: this.source },
      }),
    );
    // SES checks that it may write when the rule is created.
    if (this.bucket.policy) rule.node.addDependency(this.bucket.policy);
    return { s3Action: { bucketName: this.bucket.bucketName, objectKeyPrefix: this.prefix } };
  }
}
