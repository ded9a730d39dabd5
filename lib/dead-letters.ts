import { Duration, Validations } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { type IQueue, Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

/** Where events go after their retries: encrypted, SSL only, kept 14 days (the SQS maximum). */
export class DeadLetterQueue extends Queue {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this).acknowledge({
      id: "AwsSolutions-SQS3",
      reason:
        "This queue is itself a dead-letter queue (Lambda on-failure destination or Scheduler DLQ); an alarm watches it.",
    });
  }
}

export interface DeadLetterAlarmsProps {
  /** Who is emailed (after confirming the SNS subscription) when a queue holds a message. */
  readonly email: string;
  /** Every dead-letter queue of the stack, by a name used in the alarm's id and description. */
  readonly queues: Readonly<Record<string, IQueue>>;
}

/** An alarm per dead-letter queue, as soon as one message is visible, emailed through one topic. */
export class DeadLetterAlarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: DeadLetterAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, "Topic", { enforceSSL: true, displayName: "interview-followup alarms" });
    this.topic.addSubscription(new EmailSubscription(props.email));
    for (const [name, queue] of Object.entries(props.queues)) {
      new Alarm(this, name, {
        alarmDescription: `interview-followup: something could not be processed (${name}); raw mail is kept, see the README on redrive`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new SnsAction(this.topic));
    }
  }
}
