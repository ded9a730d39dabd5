import { ArnFormat, Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { type IQueue, Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { DEAD_LETTER_RETENTION_DAYS } from "../lambdas/domain/interview/retention";

/** Where events go after their retries: encrypted, SSL only, kept 14 days (the SQS maximum). */
export class DeadLetterQueue extends Queue {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(DEAD_LETTER_RETENTION_DAYS),
    });
    Validations.of(this).acknowledge({
      id: "AwsSolutions-SQS3",
      reason:
        "This queue is itself a dead-letter queue (Lambda on-failure destination or Scheduler DLQ); an alarm watches it.",
    });
  }
}

export interface DeadLetterAlarmsProps {
  /** Who the topic emails (after they confirm the SNS subscription). */
  readonly email: string;
}

/**
 * An alarm per dead-letter queue, as soon as one message is visible, emailed through one topic (which
 * other parts of the stack may publish to as well: it is how the operator hears about trouble).
 */
export class DeadLetterAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: DeadLetterAlarmsProps) {
    super(scope, id);
    // Encrypted with our own key: the AWS-managed SNS key's policy cannot let CloudWatch or SES use it.
    const key = new Key(this, "TopicKey", {
      enableKeyRotation: true,
      description:
        "interview-followup: encrypts the alarm topic (CloudWatch alarms, SES bounces and complaints)",
      removalPolicy: RemovalPolicy.DESTROY,
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [
          new ServicePrincipal("cloudwatch.amazonaws.com"),
          new ServicePrincipal("ses.amazonaws.com"),
        ],
        actions: ["kms:Decrypt", "kms:GenerateDataKey*"],
        resources: ["*"],
        conditions: { StringEquals: { "aws:SourceAccount": Stack.of(this).account } },
      }),
    );
    this.topic = new Topic(this, "Topic", {
      enforceSSL: true,
      displayName: "interview-followup alarms",
      masterKey: key,
    });
    this.topic.addSubscription(new EmailSubscription(props.email));
    // enforceSSL's topic policy replaces SNS's default one, which is what let CloudWatch publish.
    // CloudWatch names the alarm in aws:SourceArn (AWS's examples condition on it): this account's alarms only.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal("cloudwatch.amazonaws.com")],
        actions: ["sns:Publish"],
        resources: [this.topic.topicArn],
        conditions: {
          ArnLike: {
            "aws:SourceArn": Stack.of(this).formatArn({
              service: "cloudwatch",
              resource: "alarm",
              resourceName: "*",
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
  }

  /** Alarms, by `name` (its id and description), as soon as the queue holds a visible message. */
  watch(name: string, queue: IQueue): this {
    new Alarm(this, name, {
      alarmDescription: `interview-followup: something could not be processed (${name}); raw mail is kept. What to do: docs/OPERATIONS.md#dead-letters`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(this.topic));
    return this;
  }
}
