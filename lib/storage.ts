import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { AttributeType, Billing, TableV2 } from "aws-cdk-lib/aws-dynamodb";
import { BlockPublicAccess, Bucket, BucketEncryption } from "aws-cdk-lib/aws-s3";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { TABLE_KEYS } from "../lambdas/adapters/dynamo-interview-store";

/** Raw mail lives under this prefix: SES's S3 action writes it, the inbound function reads it. */
export const RAW_MAIL_PREFIX = "inbound/";

export interface FollowupStorageProps {
  /** Raw mail objects expire after this many days. */
  readonly rawMailRetentionDays: number;
}

/**
 * Everything that holds data: raw mail and the interview table (both retained when the stack is
 * deleted), and the reply-signing key (worthless without them).
 */
export class FollowupStorage extends Construct {
  readonly rawMail: Bucket;
  readonly table: TableV2;
  readonly signingSecret: Secret;

  constructor(scope: Construct, id: string, props: FollowupStorageProps) {
    super(scope, id);
    this.rawMail = new Bucket(this, "RawMail", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          prefix: RAW_MAIL_PREFIX,
          expiration: Duration.days(props.rawMailRetentionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
    Validations.of(this.rawMail).acknowledge({
      id: "AwsSolutions-S1",
      reason:
        "Raw mail is private and short-lived; server access logs would keep mail metadata longer than the mail itself.",
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

    this.signingSecret = new Secret(this, "ReplySigningSecret", {
      description: "HMAC key that signs the reply addresses of interview-followup emails",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.signingSecret).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "Rotating the HMAC key would invalidate the reply addresses of emails already sent; the README documents manual rotation.",
    });
  }
}
