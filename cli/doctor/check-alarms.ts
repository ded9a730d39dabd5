import { ListSubscriptionsByTopicCommand, type Subscription } from "@aws-sdk/client-sns";
import { singleResource } from "./check-receiving";
import { type DoctorContext, list, OUTPUTS } from "./doctor-context";
import { README_SECTIONS as README } from "./links";
import { type CheckResult, fail, pass, skip } from "./report";

// The alarm email: a confirmed subscription to the stack's alarm topic.

export async function checkAlarmSubscription(doctor: DoctorContext): Promise<CheckResult> {
  const id = "alarms";
  const title = "Alarm email";
  const topicArn =
    doctor.deployment?.outputs.get(OUTPUTS.alarmTopic) ?? singleResource(doctor, "AWS::SNS::Topic");
  if (!topicArn) return skip(id, title, "needs the deployed stack, which creates the alarm topic");
  const subscriptions: Subscription[] = [];
  let NextToken: string | undefined;
  do {
    const page = await doctor.aws.sns.send(
      new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken }),
    );
    subscriptions.push(...(page.Subscriptions ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  const email = subscriptions.filter((subscription) => subscription.Protocol === "email");
  const confirmed = email.filter((subscription) => subscription.SubscriptionArn?.startsWith("arn:"));
  const pending = email.filter((subscription) => subscription.SubscriptionArn === "PendingConfirmation");
  if (confirmed.length > 0) {
    return pass(
      id,
      title,
      `alarms reach ${list(confirmed.map((subscription) => subscription.Endpoint ?? "?"))}`,
    );
  }
  if (pending.length > 0) {
    const endpoints = list(pending.map((subscription) => subscription.Endpoint ?? "?"));
    return fail(id, title, `${endpoints} has not confirmed the alarm subscription, so alarms reach nobody`, {
      advice: `Open the email "AWS Notification - Subscription Confirmation" sent to ${endpoints} (look in spam too) and click "Confirm subscription"; SNS deletes an unconfirmed subscription after 48 hours`,
      link: README.alarms,
    });
  }
  const address = doctor.config?.alarmEmail ?? doctor.owners()[0] ?? "<your address>";
  return fail(
    id,
    title,
    "nobody is subscribed to the alarms (SNS deletes an unconfirmed subscription after 48 hours)",
    {
      advice: `Subscribe again and confirm the email that follows: aws sns subscribe --topic-arn ${topicArn} --protocol email --notification-endpoint ${address} --region ${doctor.options.region}`,
      link: README.alarms,
    },
  );
}
