import { CfnOutput, Duration, Stack } from "aws-cdk-lib";
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  LogQueryWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { Function as LambdaFunction } from "aws-cdk-lib/aws-lambda";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import {
  METRIC,
  METRICS_NAMESPACE,
  type MetricName,
  SERVICE_DIMENSION,
} from "../lambdas/observability/catalogue";

/** What the alarms fire on; docs/OPERATIONS.md explains each and what to do. */
export const ALARM_THRESHOLDS = {
  /** Errors of one function in 15 minutes: one event failing all three attempts, or several failing. */
  functionErrors: 3,
  /** SES's reputation metrics of our configuration set: SES reviews an account from 5% bounces… */
  bounceRate: 0.05,
  /** …and from 0.1% complaints (https://docs.aws.amazon.com/ses/latest/dg/reputationdashboard-cloudwatch-alarm.html). */
  complaintRate: 0.001,
  /** An owner reached the hourly send budget once: a loop or a flood is being held back. */
  sendBudgetExceeded: 1,
} as const;

export interface OperationsProps {
  /** POWERTOOLS_SERVICE_NAME of the functions: the `service` dimension of their metrics. */
  readonly serviceName: string;
  /** Where the alarms go (the topic the operator is subscribed to). */
  readonly topic: ITopic;
  /** The handlers, by the name the dashboard shows. */
  readonly functions: Readonly<Record<string, LambdaFunction>>;
  /** The dead-letter queues, by the name the dashboard shows (their alarms are DeadLetterAlarms'). */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;
}

const FIVE_MINUTES = Duration.minutes(5);

/**
 * What an operator watches: one dashboard (mail in and what became of it, prompts, sending, the
 * functions' errors and throttles, the dead-letter queues, SES reputation, recent errors) and the
 * alarms that email them through the alarm topic: function errors, SES bounce and complaint rates,
 * and the send budget. The dead-letter alarms are DeadLetterAlarms'.
 */
export class Operations extends Construct {
  readonly dashboard: Dashboard;
  readonly functionErrorAlarms: Readonly<Record<string, Alarm>>;
  readonly bounceRateAlarm: Alarm;
  readonly complaintRateAlarm: Alarm;
  readonly sendBudgetAlarm: Alarm;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const action = new SnsAction(props.topic);
    const ours = (name: MetricName, statistic = "Sum") =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { [SERVICE_DIMENSION]: props.serviceName },
        statistic,
        period: FIVE_MINUTES,
      });
    // Every value of the dimension that has data: new outcomes appear without a change here.
    const byDimension = (name: MetricName, dimension: string) =>
      new MathExpression({
        expression: `SEARCH('{${METRICS_NAMESPACE},${SERVICE_DIMENSION},${dimension}} MetricName="${name}" ${SERVICE_DIMENSION}="${props.serviceName}"', 'Sum', 300)`,
        label: "",
        period: FIVE_MINUTES,
      });
    // The account's rates, which SES publishes without being asked and on which its review and
    // pause act; a busier account's other mail counts too, and puts this deployment at the same risk.
    const reputation = (name: "Reputation.BounceRate" | "Reputation.ComplaintRate") =>
      new Metric({ namespace: "AWS/SES", metricName: name, statistic: "Maximum", period: Duration.hours(1) });

    this.functionErrorAlarms = Object.fromEntries(
      Object.entries(props.functions).map(([name, fn]) => {
        const alarm = new Alarm(this, `${name}Errors`, {
          alarmDescription: `interview-followup: the ${name.toLowerCase()} function failed ${ALARM_THRESHOLDS.functionErrors} times or more in 15 minutes. What to do: docs/OPERATIONS.md#function-errors`,
          metric: fn.metricErrors({ period: Duration.minutes(15), statistic: "Sum" }),
          threshold: ALARM_THRESHOLDS.functionErrors,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        });
        alarm.addAlarmAction(action);
        return [name, alarm];
      }),
    );
    this.bounceRateAlarm = new Alarm(this, "BounceRate", {
      alarmDescription: `interview-followup: ${ALARM_THRESHOLDS.bounceRate * 100}% or more of its emails bounce; SES reviews the account from 5%, and may pause sending from 10%. What to do: docs/OPERATIONS.md#bounce-rate`,
      metric: reputation("Reputation.BounceRate"),
      threshold: ALARM_THRESHOLDS.bounceRate,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      // As SES advises: the rate is published now and then; an alarm keeps its state in between.
      treatMissingData: TreatMissingData.IGNORE,
    });
    this.complaintRateAlarm = new Alarm(this, "ComplaintRate", {
      alarmDescription: `interview-followup: ${ALARM_THRESHOLDS.complaintRate * 100}% or more of its emails were marked as spam; SES reviews the account from 0.1%, and may pause sending from 0.5%. What to do: docs/OPERATIONS.md#complaint-rate`,
      metric: reputation("Reputation.ComplaintRate"),
      threshold: ALARM_THRESHOLDS.complaintRate,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.IGNORE,
    });
    this.sendBudgetAlarm = new Alarm(this, "SendBudget", {
      alarmDescription:
        "interview-followup: an owner reached the hourly email budget; the rest is held and retried. What to do: docs/OPERATIONS.md#send-budget",
      metric: ours(METRIC.sendBudgetExceeded),
      threshold: ALARM_THRESHOLDS.sendBudgetExceeded,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const alarm of [this.bounceRateAlarm, this.complaintRateAlarm, this.sendBudgetAlarm]) {
      alarm.addAlarmAction(action);
    }

    const functions = Object.entries(props.functions);
    const perFunction = (metric: (fn: LambdaFunction, label: string) => IMetric) =>
      functions.map(([name, fn]) => metric(fn, name));
    const graph = (title: string, left: IMetric[], width = 8) =>
      new GraphWidget({ title, left, width, height: 6, leftYAxis: { min: 0 } });
    const logGroupNames = functions.map(([, fn]) => fn.logGroup.logGroupName);
    this.dashboard = new Dashboard(this, "Dashboard", {
      dashboardName: `${stack.stackName}-${stack.region}`,
      defaultInterval: Duration.days(7),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          "# interview-followup\nMail in, what became of it, what went out, and what failed. Each alarm, and what to do about it: **docs/OPERATIONS.md** in the repository.",
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new AlarmStatusWidget({
        title: "Alarms",
        alarms: [
          ...Object.values(this.functionErrorAlarms),
          this.bounceRateAlarm,
          this.complaintRateAlarm,
          this.sendBudgetAlarm,
        ],
        width: 24,
        height: 3,
      }),
    );
    this.dashboard.addWidgets(
      graph("Mail in, by flow", [byDimension(METRIC.mail, "flow")]),
      graph("Mail dropped, by reason", [byDimension(METRIC.mailDropped, "reason")]),
      graph("Parse time (ms)", [
        ours(METRIC.parseTime, "p50").with({ label: "p50" }),
        ours(METRIC.parseTime, "p99").with({ label: "p99" }),
        ours(METRIC.parseTime, "Maximum").with({ label: "max" }),
      ]),
    );
    this.dashboard.addWidgets(
      graph("Forwards, by outcome", [byDimension(METRIC.forwards, "outcome")]),
      graph("Replies, by intent", [byDimension(METRIC.replies, "intent")]),
      graph("Answers, by whether an email went out", [byDimension(METRIC.answers, "result")]),
    );
    this.dashboard.addWidgets(
      graph("Prompts sent, by kind", [byDimension(METRIC.promptsSent, "kind")]),
      graph("Reminders that sent nothing, by reason", [byDimension(METRIC.remindersSkipped, "reason")]),
      graph("Schedule operations", [byDimension(METRIC.scheduleOperations, "operation")]),
    );
    this.dashboard.addWidgets(
      graph(
        "Emails",
        [
          ours(METRIC.emailsSent).with({ label: "sent" }),
          ours(METRIC.digestsSent).with({ label: "digests sent" }),
          ours(METRIC.sendFailures).with({ label: "send failures" }),
          ours(METRIC.sendBudgetExceeded).with({ label: "send budget reached" }),
          ours(METRIC.sendQuotaHeld).with({ label: "held for the daily quota" }),
        ],
        12,
      ),
      new GraphWidget({
        title: "SES reputation of our configuration set",
        left: [
          reputation("Reputation.BounceRate").with({ label: "bounce rate" }),
          reputation("Reputation.ComplaintRate").with({ label: "complaint rate" }),
        ],
        leftAnnotations: [
          { value: ALARM_THRESHOLDS.bounceRate, label: "bounce alarm" },
          { value: ALARM_THRESHOLDS.complaintRate, label: "complaint alarm" },
        ],
        leftYAxis: { min: 0 },
        width: 12,
        height: 6,
      }),
    );
    this.dashboard.addWidgets(
      graph(
        "Function errors",
        perFunction((fn, label) => fn.metricErrors({ period: FIVE_MINUTES, statistic: "Sum", label })),
      ),
      graph(
        "Function throttles",
        perFunction((fn, label) => fn.metricThrottles({ period: FIVE_MINUTES, statistic: "Sum", label })),
      ),
      graph(
        "Dead-letter queues (messages waiting)",
        Object.entries(props.deadLetterQueues).map(([name, queue]) =>
          queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, label: name }),
        ),
      ),
    );
    this.dashboard.addWidgets(
      new LogQueryWidget({
        title: "Recent errors",
        logGroupNames,
        queryLines: [
          "fields @timestamp, handler, correlation_id, error.name, error.message",
          'filter level = "ERROR"',
          "sort @timestamp desc",
          "limit 50",
        ],
        width: 24,
        height: 6,
      }),
    );

    new CfnOutput(stack, "DashboardUrl", {
      value: `https://${stack.region}.console.aws.amazon.com/cloudwatch/home?region=${stack.region}#dashboards:name=${this.dashboard.dashboardName}`,
      description: "The operations dashboard; docs/OPERATIONS.md says what each alarm means",
    });
  }
}
