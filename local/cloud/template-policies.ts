/** The IAM policies a synthesized template gives roles, buckets and functions, as local IAM reads them. */
import type { PolicyDocument, PolicyStatement } from "./iam-policy-document";
import { resourcesOfType, type Template } from "./template";

function statements(document: PolicyDocument): PolicyStatement[] {
  return [document.Statement].flat();
}

/** The identity policies of a role: its inline policies and every AWS::IAM::Policy attached to it. */
export function rolePolicies(
  template: Template,
  resolve: (value: unknown) => unknown,
  roleArn: string,
): PolicyDocument[] {
  const [roleId, role] =
    resourcesOfType(template, "AWS::IAM::Role").find(
      ([logicalId]) => resolve({ "Fn::GetAtt": [logicalId, "Arn"] }) === roleArn,
    ) ?? [];
  if (!roleId || !role) return [];
  const roleName = resolve({ Ref: roleId });
  const inline = ((role.Properties?.Policies as Array<{ PolicyDocument: unknown }> | undefined) ?? []).map(
    (policy) => resolve(policy.PolicyDocument) as PolicyDocument,
  );
  const attached = resourcesOfType(template, "AWS::IAM::Policy")
    .map(([, policy]) => resolve(policy.Properties) as { Roles?: string[]; PolicyDocument: PolicyDocument })
    .filter((policy) => policy.Roles?.includes(String(roleName)))
    .map((policy) => policy.PolicyDocument);
  return [...inline, ...attached];
}

/** The trust policy of a role. */
export function roleTrust(
  template: Template,
  resolve: (value: unknown) => unknown,
  roleArn: string,
): PolicyDocument | null {
  const found = resourcesOfType(template, "AWS::IAM::Role").find(
    ([logicalId]) => resolve({ "Fn::GetAtt": [logicalId, "Arn"] }) === roleArn,
  );
  return found ? (resolve(found[1].Properties?.AssumeRolePolicyDocument) as PolicyDocument) : null;
}

/** The statements of a resource policy that apply to a service principal (or to everyone). */
export function forService(document: PolicyDocument, service: string): PolicyDocument {
  const applies = (principal: unknown): boolean => {
    if (principal === "*") return true;
    const { Service, AWS } = (principal ?? {}) as { Service?: string | string[]; AWS?: string | string[] };
    return [Service ?? []].flat().includes(service) || [AWS ?? []].flat().includes("*");
  };
  return { Statement: statements(document).filter((statement) => applies(statement.Principal)) };
}

/** The bucket policy of a bucket (none: no statements). */
export function bucketPolicy(
  template: Template,
  resolve: (value: unknown) => unknown,
  bucket: string,
): PolicyDocument {
  const found = resourcesOfType(template, "AWS::S3::BucketPolicy")
    .map(([, resource]) => resolve(resource.Properties) as { Bucket: string; PolicyDocument: PolicyDocument })
    .find((policy) => policy.Bucket === bucket);
  return found?.PolicyDocument ?? { Statement: [] };
}

/** The functions' resource policies (AWS::Lambda::Permission) as one document. */
export function lambdaPermissions(
  template: Template,
  resolve: (value: unknown) => unknown,
  arnOf: (functionName: string) => string | undefined,
): PolicyDocument {
  return {
    Statement: resourcesOfType(template, "AWS::Lambda::Permission").map(([, resource]) => {
      const props = resolve(resource.Properties) as Record<string, string>;
      return {
        Effect: "Allow" as const,
        Principal: { Service: props.Principal },
        Action: props.Action,
        Resource: arnOf(props.FunctionName ?? "") ?? props.FunctionName,
        Condition: {
          ...(props.SourceArn ? { ArnLike: { "aws:SourceArn": props.SourceArn } } : {}),
          ...(props.SourceAccount ? { StringEquals: { "aws:SourceAccount": props.SourceAccount } } : {}),
        },
      };
    }),
  };
}
