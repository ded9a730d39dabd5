/** Issue 13's IAM tightening, asserted on the synthesized template. */
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { synth } from "./synth";

const { template } = synth();

describe("IAM tightened", () => {
  it("scheduler roles trust EventBridge Scheduler only for schedules of their own group in this account", () => {
    const roles = template.findResources("AWS::IAM::Role", {
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Principal: { Service: "scheduler.amazonaws.com" } }),
          ]),
        },
      },
    });
    expect(Object.keys(roles).length).toBe(2);
    for (const role of Object.values(roles)) {
      const [statement] = role.Properties.AssumeRolePolicyDocument.Statement;
      expect(statement.Condition.StringEquals["aws:SourceAccount"]).toBeDefined();
      expect(JSON.stringify(statement.Condition.ArnEquals["aws:SourceArn"])).toMatch(
        /schedule-group\/default|Reminders[0-9A-F]{8}","Arn"/,
      );
    }
  });

  it("a send to an empty recipient list is not allowed by ForAllValues alone", () => {
    const policies = JSON.stringify(template.findResources("AWS::IAM::Policy"));
    expect(policies).toContain('"ForAllValues:StringLike":{"ses:Recipients"');
    expect(policies).toContain('"Null":{"ses:Recipients":"false"}');
  });

  it("the alarm topic is encrypted with a rotated key that CloudWatch and SES may use", () => {
    template.hasResourceProperties("AWS::SNS::Topic", { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties("AWS::KMS::Key", {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: Match.arrayWith(["cloudwatch.amazonaws.com", "ses.amazonaws.com"]) },
            Action: Match.arrayWith(["kms:Decrypt"]),
          }),
        ]),
      },
    });
  });
});
