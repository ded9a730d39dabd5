/**
 * What the operator sees: the dashboard draws every metric the functions emit (the catalogue), the
 * functions' errors and throttles, the dead-letter queues and SES reputation; each alarm fires at
 * its threshold and emails the alarm topic.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Stack } from "aws-cdk-lib";
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { METRIC } from "../../lambdas/observability/catalogue";
import { synth } from "./synth";

const { stack, template } = synth();

function idOf(construct: { node: { defaultChild?: unknown } }): string {
  return Stack.of(construct as never).resolve(
    (construct.node.defaultChild as { logicalId: string }).logicalId,
  ) as string;
}

const TOPIC = { Ref: Match.stringLikeRegexp("^AlarmsTopic") };

/** The dashboard's body as JSON, each CloudFormation reference written as "{Ref:X}" or "{X.Attr}". */
function dashboardBody(): { widgets: Array<{ type: string; properties: Record<string, unknown> }> } {
  const dashboards = Object.values(template.findResources("AWS::CloudWatch::Dashboard"));
  expect(dashboards).toHaveLength(1);
  const [dashboard] = dashboards;
  if (!dashboard) throw new Error("no dashboard");
  const parts = (dashboard.Properties.DashboardBody as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1];
  const text = parts
    .map((part) => {
      if (typeof part === "string") return part;
      const { Ref, "Fn::GetAtt": getAtt } = part as { Ref?: string; "Fn::GetAtt"?: string[] };
      return Ref ? `{Ref:${Ref}}` : `{${getAtt?.join(".")}}`;
    })
    .join("");
  return JSON.parse(text);
}

/** Every metric line of every graph: [namespace, name, dimension, value, …] or { expression }. */
function graphedMetrics(): unknown[] {
  return dashboardBody()
    .widgets.filter((widget) => widget.type === "metric")
    .flatMap((widget) => widget.properties.metrics as unknown[][])
    .map((line) => (line.length === 1 ? line[0] : line));
}

describe("the operations dashboard", () => {
  it.each(Object.values(METRIC))("draws %s, of this stack's service", (name) => {
    const lines = graphedMetrics();
    const drawn = lines.some((line) =>
      Array.isArray(line)
        ? line[0] === "InterviewFollowup" && line[1] === name && line[2] === "service" && line[3] === "Test"
        : (line as { expression: string }).expression.startsWith(`SEARCH('{InterviewFollowup,service,`) &&
          (line as { expression: string }).expression.includes(`MetricName="${name}" service="Test"`),
    );
    expect(drawn, JSON.stringify(lines)).toBe(true);
  });

  it("draws the errors and throttles of each function, and the depth of each dead-letter queue", () => {
    const lines = graphedMetrics().filter(Array.isArray);
    for (const fn of [stack.inbound, stack.reminder, stack.digest]) {
      for (const metric of ["Errors", "Throttles"]) {
        expect(lines).toContainEqual(
          expect.arrayContaining(["AWS/Lambda", metric, "FunctionName", `{Ref:${idOf(fn)}}`]),
        );
      }
    }
    for (const queue of [
      stack.inbound.failures,
      stack.reminder.failures,
      stack.digest.failures,
      stack.schedulerFailures,
    ]) {
      expect(lines).toContainEqual(
        expect.arrayContaining([
          "AWS/SQS",
          "ApproximateNumberOfMessagesVisible",
          "QueueName",
          `{${idOf(queue)}.QueueName}`,
        ]),
      );
    }
  });

  it("draws the account's bounce and complaint rates, and shows every alarm's state", () => {
    const lines = graphedMetrics().filter(Array.isArray);
    for (const metric of ["Reputation.BounceRate", "Reputation.ComplaintRate"]) {
      expect(lines).toContainEqual(expect.arrayContaining(["AWS/SES", metric]));
    }
    const alarmWidget = dashboardBody().widgets.find((widget) => widget.type === "alarm");
    expect(alarmWidget?.properties.alarms).toHaveLength(6);
  });

  it("lists recent errors from the three functions' log groups, and its address is an output", () => {
    const query = dashboardBody().widgets.find((widget) => widget.type === "log");
    expect(query?.properties.query).toMatch(
      /SOURCE .*\| fields .*correlation_id.*\| filter level = "ERROR"/s,
    );
    expect(String(query?.properties.query).match(/SOURCE/g)).toHaveLength(3);
    expect(JSON.stringify(template.toJSON().Outputs.DashboardUrl.Value)).toContain("#dashboards:name=");
  });
});

describe("outputs for the runbook", () => {
  it("name each dead-letter queue and the function `followup redrive` hands its events back to", () => {
    const outputs = template.toJSON().Outputs;
    const pairs = [
      ["InboundFailuresQueue", stack.inbound.failures, "InboundFunctionName", stack.inbound],
      ["ReminderFailuresQueue", stack.reminder.failures, "ReminderFunctionName", stack.reminder],
      ["DigestFailuresQueue", stack.digest.failures, "DigestFunctionName", stack.digest],
    ] as const;
    for (const [queueOutput, queue, functionOutput, fn] of pairs) {
      expect(outputs[queueOutput].Value).toEqual({ Ref: idOf(queue) });
      expect(outputs[functionOutput].Value).toEqual({ Ref: idOf(fn) });
    }
    expect(outputs.SchedulerFailuresQueue.Value).toEqual({ Ref: idOf(stack.schedulerFailures) });
  });
});

describe("alarms", () => {
  it("every alarm emails the alarm topic: four dead-letter queues, three functions, two SES rates, the send budget", () => {
    template.resourceCountIs("AWS::CloudWatch::Alarm", 10);
    template.allResourcesProperties("AWS::CloudWatch::Alarm", { AlarmActions: [TOPIC] });
  });

  it("each function: 3 errors or more in 15 minutes (one event failing all its attempts)", () => {
    for (const fn of [stack.inbound, stack.reminder, stack.digest]) {
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "AWS/Lambda",
        MetricName: "Errors",
        Dimensions: [{ Name: "FunctionName", Value: { Ref: idOf(fn) } }],
        Statistic: "Sum",
        Period: 900,
        Threshold: 3,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        EvaluationPeriods: 1,
        TreatMissingData: "notBreaching",
        AlarmDescription: Match.stringLikeRegexp("docs/OPERATIONS\\.md#function-errors$"),
      });
    }
  });

  it.each([
    ["Reputation.BounceRate", 0.05, "bounce-rate"],
    ["Reputation.ComplaintRate", 0.001, "complaint-rate"],
  ])(
    "the account's SES %s at %s or more (SES's review level), keeping its state between data points",
    (metric, threshold, anchor) => {
      template.hasResourceProperties("AWS::CloudWatch::Alarm", {
        Namespace: "AWS/SES",
        MetricName: metric,
        // The account-level metric SES always publishes, on which its review acts: no dimensions.
        Dimensions: Match.absent(),
        Statistic: "Maximum",
        Period: 3600,
        Threshold: threshold,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        TreatMissingData: "ignore",
        AlarmDescription: Match.stringLikeRegexp(`docs/OPERATIONS\\.md#${anchor}$`),
      });
    },
  );

  it("the configuration set publishes its own rates too, to tell this deployment's mail from the account's", () => {
    template.hasResourceProperties("AWS::SES::ConfigurationSet", {
      ReputationOptions: { ReputationMetricsEnabled: true },
    });
  });

  it("the send budget: as soon as one owner reaches it, from the metric the functions emit", () => {
    template.hasResourceProperties("AWS::CloudWatch::Alarm", {
      Namespace: "InterviewFollowup",
      MetricName: "SendBudgetExceeded",
      Dimensions: [{ Name: "service", Value: "Test" }],
      Statistic: "Sum",
      Period: 300,
      Threshold: 1,
      ComparisonOperator: "GreaterThanOrEqualToThreshold",
      TreatMissingData: "notBreaching",
      AlarmDescription: Match.stringLikeRegexp("docs/OPERATIONS\\.md#send-budget$"),
    });
  });

  it("each dead-letter queue: as soon as one message waits, pointing to the redrive instructions", () => {
    template.resourcePropertiesCountIs(
      "AWS::CloudWatch::Alarm",
      {
        MetricName: "ApproximateNumberOfMessagesVisible",
        Threshold: 0,
        AlarmDescription: Match.stringLikeRegexp("docs/OPERATIONS\\.md#dead-letters$"),
      },
      4,
    );
  });
});

describe("docs/OPERATIONS.md", () => {
  it("explains every alarm at the anchor its email names, and the README links to it", () => {
    const root = join(import.meta.dirname, "../..");
    const page = readFileSync(join(root, "docs/OPERATIONS.md"), "utf8");
    const anchors = Object.values(template.findResources("AWS::CloudWatch::Alarm")).map((alarm) => {
      const anchor = /docs\/OPERATIONS\.md#([a-z-]+)$/.exec(String(alarm.Properties.AlarmDescription))?.[1];
      expect(anchor, String(alarm.Properties.AlarmDescription)).toBeDefined();
      return anchor;
    });
    expect(new Set(anchors).size).toBe(5);
    for (const anchor of new Set(anchors)) expect(page).toContain(`<a id="${anchor}"></a>`);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain("(docs/OPERATIONS.md)");
  });
});
