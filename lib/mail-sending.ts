import { ConfigurationSet, EmailSendingEvent, EventDestination } from "aws-cdk-lib/aws-ses";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";

export interface MailSendingProps {
  /** Where bounces, complaints and rejections are published: a topic that reaches the operator. */
  readonly feedback: ITopic;
}

/** The events the operator hears about: each means mail did not arrive, or must stop going out. */
export const FEEDBACK_EVENTS = [
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.REJECT,
];

/**
 * The configuration set every email is sent with. Bounces and complaints count against the account's
 * sending reputation (SES pauses sending when their rates stay high), and a rejection is a message
 * SES refused to send: the operator hears about each through the feedback topic, whose policy lets
 * SES publish for this configuration set only (aws:SourceAccount and aws:SourceArn, added by CDK),
 * and about their rates through the alarms on the account's reputation metrics (Operations).
 */
export class MailSending extends Construct {
  readonly configurationSet: ConfigurationSet;

  constructor(scope: Construct, id: string, props: MailSendingProps) {
    super(scope, id);
    // SES also publishes this set's own bounce and complaint rates (Reputation.BounceRate and
    // Reputation.ComplaintRate), to tell this deployment's mail from the account's other mail.
    this.configurationSet = new ConfigurationSet(this, "ConfigurationSet", { reputationMetrics: true });
    this.configurationSet.addEventDestination("Feedback", {
      destination: EventDestination.snsTopic(props.feedback),
      events: FEEDBACK_EVENTS,
    });
  }
}
