import { CfnOutput, Stack, Validations } from "aws-cdk-lib";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
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
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from "aws-cdk-lib/custom-resources";
import { Construct, type IConstruct } from "constructs";
import type { DeploymentConfig } from "./config";

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

/** The id of CDK's singleton provider function behind every AwsCustomResource in a stack. */
const AWS_CUSTOM_RESOURCE_PROVIDER_ID = "AWS679f53fac002430cb0da5b7982bd2287";

/**
 * SES receiving for the mail domain: the domain identity (DKIM, also used to send), a receipt rule
 * (spam and virus scanning on, TLS required) that stores the message in S3, then invokes the inbound
 * function; in a new rule set that is activated, or in the user's existing active one.
 */
export class MailReceiving extends Construct {
  readonly identity: EmailIdentity;
  readonly ruleSet: IReceiptRuleSet;
  readonly rule: ReceiptRule;

  constructor(scope: Construct, id: string, props: MailReceivingProps) {
    super(scope, id);
    const { config } = props;
    const stack = Stack.of(this);
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
    if (config.receiptRuleSet.mode === "create-rule-set") this.activate(this.ruleSet);

    new CfnOutput(stack, "MxRecord", {
      value: `${config.mailDomain} MX 10 inbound-smtp.${stack.region}.amazonaws.com`,
      description: "Add this MX record at your DNS provider so that SES receives the mail",
    });
    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(stack, `DkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: "Add this DKIM record so that SES verifies the domain and signs what it sends",
      });
    });
  }

  /** CloudFormation cannot activate a rule set, and SES allows exactly one active per region. */
  private activate(ruleSet: IReceiptRuleSet): void {
    const activate = {
      service: "SES",
      action: "setActiveReceiptRuleSet",
      parameters: { RuleSetName: ruleSet.receiptRuleSetName },
      physicalResourceId: PhysicalResourceId.of(`${Stack.of(this).stackName}-active-rule-set`),
    };
    const activation = new AwsCustomResource(this, "Activation", {
      onCreate: activate,
      onUpdate: activate,
      // No name deactivates every rule set: ours is about to be deleted.
      onDelete: { service: "SES", action: "setActiveReceiptRuleSet", parameters: {} },
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ["ses:SetActiveReceiptRuleSet"], resources: ["*"] }),
      ]),
      installLatestAwsSdk: false,
    });
    activation.node.addDependency(this.rule);
    Validations.of(activation).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason: "ses:SetActiveReceiptRuleSet has no resource-level permissions.",
    });
    const provider = Stack.of(this).node.findChild(AWS_CUSTOM_RESOURCE_PROVIDER_ID);
    Validations.of(provider).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason:
        "CDK's provider function behind AwsCustomResource (activating the rule set) writes only its own logs.",
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
