import {
  Annotations,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  TimeZone,
  Validations,
} from "aws-cdk-lib";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Schedule, ScheduleExpression, ScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import type { Construct } from "constructs";
import { type DeploymentConfig, type DigestTime, EXAMPLE_DOMAIN } from "./config";
import { DeadLetterAlarms, DeadLetterQueue } from "./dead-letters";
import { FollowupFunction, inboundAddressOf, nagAttribute, serviceNameOf } from "./followup-function";
import { MailReceiving } from "./mail-receiving";
import { MailSending } from "./mail-sending";
import { Operations } from "./observability";
import { FollowupStorage, RAW_MAIL_PREFIX } from "./storage";

export interface FollowupStackProps extends StackProps {
  /** The validated deployment configuration (see loadDeploymentConfig). */
  readonly config: DeploymentConfig;
}

/**
 * interview-followup in one account: SES inbound → S3 → inbound function → DynamoDB and one-time
 * EventBridge schedules → reminder function → SES outbound; a weekly digest; an operations
 * dashboard, and emailed alarms on every dead-letter queue, function errors, SES bounce and
 * complaint rates and the send budget.
 */
export class FollowupStack extends Stack {
  readonly storage: FollowupStorage;
  readonly inbound: FollowupFunction;
  readonly reminder: FollowupFunction;
  readonly digest: FollowupFunction;
  readonly reminderGroup: ScheduleGroup;
  /** What EventBridge Scheduler assumes to fire a reminder: it may invoke the reminder function only. */
  readonly reminderSchedulerRole: Role;
  /** Reminder and digest schedules that could not invoke their function. */
  readonly schedulerFailures: DeadLetterQueue;
  /** Emails the operator: dead-letter alarms, and the bounces and complaints of what is sent. */
  readonly alarms: DeadLetterAlarms;
  /** The SES configuration set every function sends with. */
  readonly mailSending: MailSending;
  /** The dashboard and the alarms beyond the dead-letter ones. */
  readonly operations: Operations;

  constructor(scope: Construct, id: string, props: FollowupStackProps) {
    super(scope, id, props);
    const { config } = props;
    if (EXAMPLE_DOMAIN.test(config.mailDomain)) {
      Annotations.of(this).addWarningV2(
        "interview-followup:example-config",
        `mailDomain ${config.mailDomain} is an example: put your own settings in followup.config.json before deploying`,
      );
    }

    this.alarms = new DeadLetterAlarms(this, "Alarms", { email: config.alarmEmail });
    this.mailSending = new MailSending(this, "MailSending", { feedback: this.alarms.topic });
    const { configurationSet } = this.mailSending;

    this.storage = new FollowupStorage(this, "Storage", {
      rawMailRetentionDays: config.rawMailRetentionDays,
    });
    this.schedulerFailures = new DeadLetterQueue(this, "SchedulerFailures");
    this.reminderGroup = new ScheduleGroup(this, "Reminders", { removalPolicy: RemovalPolicy.DESTROY });

    this.reminder = new FollowupFunction(this, "Reminder", { handler: "reminder" })
      .bindSettings(config)
      .bindInterviewTable(this.storage.table)
      .bindSigningSecret(this.storage.signingSecret)
      .bindMailSending(config, configurationSet);
    this.digest = new FollowupFunction(this, "Digest", {
      handler: "digest",
      timeout: Duration.minutes(5),
    })
      .bindSettings(config)
      .bindInterviewTable(this.storage.table)
      .bindSigningSecret(this.storage.signingSecret)
      .bindMailSending(config, configurationSet);

    this.reminderSchedulerRole = new Role(this, "ReminderSchedulerRole", {
      assumedBy: schedulerPrincipal(this.account, this.reminderGroup.scheduleGroupArn),
      description:
        "EventBridge Scheduler fires reminders with it: invoke the reminder function, nothing else",
    });
    // The unqualified ARN exactly: schedules target it, so no version wildcard is needed.
    this.reminderSchedulerRole.addToPolicy(
      new PolicyStatement({ actions: ["lambda:InvokeFunction"], resources: [this.reminder.functionArn] }),
    );
    this.reminderSchedulerRole.addToPolicy(
      new PolicyStatement({ actions: ["sqs:SendMessage"], resources: [this.schedulerFailures.queueArn] }),
    );
    const reminderScheduling = {
      group: this.reminderGroup,
      role: this.reminderSchedulerRole,
      target: this.reminder,
      deadLetterQueue: this.schedulerFailures,
    };
    // A prompt firing in quiet hours (late) is scheduled again for their end.
    this.reminder.bindReminderScheduling(reminderScheduling);
    // A digest the account's daily sending quota refused is sent later by the reminder function.
    this.digest.bindReminderScheduling(reminderScheduling);

    this.inbound = new FollowupFunction(this, "Inbound", {
      handler: "inbound",
      memorySize: 512,
      timeout: Duration.seconds(60),
    })
      .bindSettings(config)
      .bindInterviewTable(this.storage.table)
      .bindRawMail(this.storage.rawMail, RAW_MAIL_PREFIX)
      .bindSigningSecret(this.storage.signingSecret)
      .bindMailSending(config, configurationSet)
      .bindReminderScheduling(reminderScheduling);

    if (config.digest) this.scheduleWeeklyDigest(config.digest);

    new MailReceiving(this, "MailReceiving", {
      config,
      rawMail: this.storage.rawMail,
      rawMailPrefix: RAW_MAIL_PREFIX,
      inboundFunction: this.inbound,
      configurationSet,
    });

    this.alarms
      .watch("InboundFailures", this.inbound.failures)
      .watch("ReminderFailures", this.reminder.failures)
      .watch("DigestFailures", this.digest.failures)
      .watch("SchedulerFailures", this.schedulerFailures);
    this.operations = new Operations(this, "Operations", {
      serviceName: serviceNameOf(this),
      topic: this.alarms.topic,
      functions: { Inbound: this.inbound, Reminder: this.reminder, Digest: this.digest },
      deadLetterQueues: {
        Inbound: this.inbound.failures,
        Reminder: this.reminder.failures,
        Digest: this.digest.failures,
        Scheduler: this.schedulerFailures,
      },
    });

    new CfnOutput(this, "InboundAddress", {
      value: inboundAddressOf(config),
      description: "Forward interview invites here",
    });
    new CfnOutput(this, "RawMailBucket", { value: this.storage.rawMail.bucketName });
    new CfnOutput(this, "InboundFunctionName", { value: this.inbound.functionName });
    new CfnOutput(this, "InboundFailuresQueue", {
      value: this.inbound.failures.queueUrl,
      description:
        "followup redrive --queue-url <this> --function <InboundFunctionName> processes failed mail again",
    });
    new CfnOutput(this, "ReminderFunctionName", { value: this.reminder.functionName });
    new CfnOutput(this, "ReminderFailuresQueue", {
      value: this.reminder.failures.queueUrl,
      description:
        "followup redrive --queue-url <this> --function <ReminderFunctionName> fires failed prompts again",
    });
    new CfnOutput(this, "DigestFunctionName", { value: this.digest.functionName });
    new CfnOutput(this, "DigestFailuresQueue", {
      value: this.digest.failures.queueUrl,
      description:
        "followup redrive --queue-url <this> --function <DigestFunctionName> runs a failed digest again",
    });
    new CfnOutput(this, "SchedulerFailuresQueue", {
      value: this.schedulerFailures.queueUrl,
      description: "Schedules that could not invoke their function; docs/OPERATIONS.md#dead-letters",
    });
  }

  /**
   * Every hour, at the configured digest minute: each run sends to the users whose local digest
   * hour it is (their own setting and zone, else the deployment's), so Sunday 18:00 is where each
   * user lives, across DST changes. 720 invocations a month, well inside the free tier.
   */
  private scheduleWeeklyDigest(digest: DigestTime): void {
    const [, minute] = digest.time.split(":").map(Number);
    const role = new Role(this, "DigestSchedulerRole", {
      // The digest schedule lives in the account's default group.
      assumedBy: schedulerPrincipal(
        this.account,
        this.formatArn({ service: "scheduler", resource: "schedule-group", resourceName: "default" }),
      ),
      description: "EventBridge Scheduler fires the weekly digest with it",
    });
    new Schedule(this, "WeeklyDigest", {
      description: "The weekly digest: open applications and a nudge to keep applying",
      schedule: ScheduleExpression.cron({ minute: String(minute), timeZone: TimeZone.ETC_UTC }),
      target: new LambdaInvoke(this.digest, {
        role,
        retryAttempts: 2,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: this.schedulerFailures,
      }),
    });
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagAttribute(this.digest, "Arn")}:*]`,
      reason:
        "CDK's LambdaInvoke target grants invoke on the digest function and its versions, nothing else.",
    });
  }
}

/**
 * EventBridge Scheduler, for schedules of one group of this account only: Scheduler names the
 * group in aws:SourceArn when it assumes the role (the confused-deputy guard AWS documents).
 */
function schedulerPrincipal(account: string, scheduleGroupArn: string): ServicePrincipal {
  return new ServicePrincipal("scheduler.amazonaws.com", {
    conditions: {
      StringEquals: { "aws:SourceAccount": account },
      ArnEquals: { "aws:SourceArn": scheduleGroupArn },
    },
  });
}
