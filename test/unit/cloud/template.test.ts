import { describe, expect, it } from "vitest";
import { resolver, type Template, UnresolvableError } from "../../../local/cloud/template";

const account = { region: "us-east-1", accountId: "000000000000", stackName: "InterviewFollowup" };
const template: Template = {
  Resources: {
    Table: { Type: "AWS::DynamoDB::GlobalTable", Properties: {} },
    Named: { Type: "AWS::S3::Bucket", Properties: { BucketName: "my-bucket" } },
    Fn: { Type: "AWS::Lambda::Function", Properties: {} },
    Queue: { Type: "AWS::SQS::Queue", Properties: {} },
    Secret: { Type: "AWS::SecretsManager::Secret", Properties: {} },
  },
};

describe("the template's intrinsic functions, resolved to local names", () => {
  const resolve = resolver(template, account);

  it("Ref and Fn::GetAtt give what CloudFormation documents for each type", () => {
    expect(resolve({ Ref: "Table" })).toBe("InterviewFollowup-Table-LOCAL");
    expect(resolve({ "Fn::GetAtt": ["Table", "Arn"] })).toBe(
      "arn:aws:dynamodb:us-east-1:000000000000:table/InterviewFollowup-Table-LOCAL",
    );
    expect(resolve({ Ref: "Named" })).toBe("my-bucket");
    expect(resolve({ "Fn::GetAtt": ["Named", "Arn"] })).toBe("arn:aws:s3:::my-bucket");
    expect(resolve({ "Fn::GetAtt": ["Fn", "Arn"] })).toBe(
      "arn:aws:lambda:us-east-1:000000000000:function:InterviewFollowup-Fn-LOCAL",
    );
    expect(resolve({ Ref: "Queue" })).toBe(
      "https://sqs.us-east-1.amazonaws.com/000000000000/InterviewFollowup-Queue-LOCAL",
    );
    expect(resolve({ Ref: "Secret" })).toMatch(/^arn:aws:secretsmanager:us-east-1:000000000000:secret:/);
  });

  it("Fn::Join, Fn::Sub, Fn::Select, Fn::Split and pseudo parameters", () => {
    expect(
      resolve({
        "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, ":s3:::", { Ref: "Named" }, "/inbound/*"]],
      }),
    ).toBe("arn:aws:s3:::my-bucket/inbound/*");
    expect(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax
      resolve({ "Fn::Sub": "arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${Named}" }),
    ).toBe("arn:aws:ses:us-east-1:000000000000:identity/my-bucket");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's Fn::Sub syntax
    expect(resolve({ "Fn::Sub": ["${X}-${Fn.Arn}", { X: { Ref: "Named" } }] })).toBe(
      "my-bucket-arn:aws:lambda:us-east-1:000000000000:function:InterviewFollowup-Fn-LOCAL",
    );
    expect(resolve({ "Fn::Select": [1, { "Fn::Split": [",", "a,b,c"] }] })).toBe("b");
    expect(resolve({ Nested: [{ Ref: "AWS::Region" }] })).toEqual({ Nested: ["us-east-1"] });
  });

  it("refuses what it cannot resolve instead of guessing", () => {
    expect(() => resolve({ Ref: "Missing" })).toThrow(UnresolvableError);
    expect(() => resolve({ "Fn::GetAtt": ["Named", "NoSuchAttribute"] })).toThrow(UnresolvableError);
    expect(() => resolve({ "Fn::ImportValue": "x" })).toThrow(UnresolvableError);
  });
});
