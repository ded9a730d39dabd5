/**
 * What doctor reads from a deployed stack, checked against the stack lib/ synthesizes: a renamed
 * output or a second SNS topic fails here, not in a user's terminal.
 */
import { describe, expect, it } from "vitest";
import { OUTPUTS } from "../../../cli/doctor/doctor-context";
import { ENV } from "../../../lambdas/config/env";
import { synth } from "../../infra/synth";

interface Resource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
}

describe("the stack's contract with followup doctor", () => {
  const { template } = synth({ mailDomain: "followup.example.com", owners: ["you@example.com"] });
  const { Outputs, Resources } = template.toJSON() as {
    Outputs: Record<string, { Value: unknown }>;
    Resources: Record<string, Resource>;
  };
  const ofType = (type: string) => Object.entries(Resources).filter(([, resource]) => resource.Type === type);

  it("has every output doctor reads", () => {
    // Assess
    expect(Object.keys(Outputs)).toEqual(
      expect.arrayContaining([
        OUTPUTS.inboundAddress,
        OUTPUTS.inboundFunction,
        OUTPUTS.mxRecord,
        ...OUTPUTS.dkimRecords,
      ]),
    );
  });

  it("writes the MX record as '<domain> MX 10 inbound-smtp.<region>.amazonaws.com'", () => {
    // Assess
    expect(Outputs[OUTPUTS.mxRecord]?.Value).toBe(
      "followup.example.com MX 10 inbound-smtp.us-east-1.amazonaws.com",
    );
    expect(Outputs[OUTPUTS.inboundAddress]?.Value).toBe("followup@followup.example.com");
  });

  it("writes each DKIM record as '<name> CNAME <value>' from the identity's tokens", () => {
    // Assess
    const [identity] = ofType("AWS::SES::EmailIdentity").map(([id]) => id);
    OUTPUTS.dkimRecords.forEach((key, index) => {
      expect(Outputs[key]?.Value).toEqual({
        "Fn::Join": [
          "",
          [
            { "Fn::GetAtt": [identity, `DkimDNSTokenName${index + 1}`] },
            " CNAME ",
            { "Fn::GetAtt": [identity, `DkimDNSTokenValue${index + 1}`] },
          ],
        ],
      });
    });
  });

  it("has exactly one SNS topic (the alarms, with the email subscription) and one receipt rule", () => {
    // Assess
    const topics = ofType("AWS::SNS::Topic");
    expect(topics).toHaveLength(1);
    expect(ofType("AWS::SNS::Subscription").map(([, resource]) => resource.Properties)).toEqual([
      expect.objectContaining({
        Protocol: "email",
        Endpoint: "you@example.com",
        TopicArn: { Ref: topics[0]?.[0] },
      }),
    ]);
    expect(ofType("AWS::SES::ReceiptRule")).toHaveLength(1);
  });

  it("names the inbound function, whose environment carries the settings doctor compares", () => {
    // Assess
    const name = Outputs[OUTPUTS.inboundFunction]?.Value as { Ref: string };
    const inbound = Resources[name.Ref];
    expect(inbound?.Type).toBe("AWS::Lambda::Function");
    const environment = inbound?.Properties?.Environment as
      | { Variables?: Record<string, unknown> }
      | undefined;
    const variables = environment?.Variables ?? {};
    expect(Object.keys(variables)).toEqual(
      expect.arrayContaining([ENV.owners, ENV.allowedDomains, ENV.inboundAddress, ENV.policy]),
    );
  });
});
