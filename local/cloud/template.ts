/**
 * The synthesized CloudFormation template as local mode reads it: resources by type, and
 * intrinsic functions (Ref, Fn::GetAtt, Fn::Join, Fn::Sub, Fn::Select, Fn::Split) resolved to the
 * names and ARNs the local stand-ins use, the way CloudFormation resolves them to real ones.
 */

export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly DependsOn?: string | string[];
}

export interface Template {
  readonly Resources: Record<string, TemplateResource>;
  readonly Outputs?: Record<string, { readonly Value: unknown }>;
}

export interface LocalAccount {
  readonly region: string;
  readonly accountId: string;
  readonly stackName: string;
}

export class UnresolvableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnresolvableError";
  }
}

/** CloudFormation names unnamed resources <stack>-<logical id>-<suffix>; locally the suffix is fixed. */
function generatedName(account: LocalAccount, logicalId: string, maxLength = 64): string {
  return `${account.stackName}-${logicalId}-LOCAL`.slice(0, maxLength);
}

/** What Ref and Fn::GetAtt return for one resource, by type, as the CloudFormation docs define them. */
export function physicalIds(
  logicalId: string,
  resource: TemplateResource,
  account: LocalAccount,
): { readonly ref: string; readonly attributes: Readonly<Record<string, string>> } {
  const { region, accountId } = account;
  const props = resource.Properties ?? {};
  const named = (key: string, maxLength?: number) =>
    typeof props[key] === "string" ? (props[key] as string) : generatedName(account, logicalId, maxLength);
  const arn = (service: string, resourcePart: string, withRegion = true) =>
    `arn:aws:${service}:${withRegion ? region : ""}:${withRegion ? accountId : ""}:${resourcePart}`;
  switch (resource.Type) {
    case "AWS::DynamoDB::Table":
    case "AWS::DynamoDB::GlobalTable": {
      const name = named("TableName");
      return { ref: name, attributes: { Arn: arn("dynamodb", `table/${name}`) } };
    }
    case "AWS::S3::Bucket": {
      const name = named("BucketName", 63).toLowerCase();
      return {
        ref: name,
        attributes: { Arn: `arn:aws:s3:::${name}`, DomainName: `${name}.s3.amazonaws.com` },
      };
    }
    case "AWS::Lambda::Function": {
      const name = named("FunctionName");
      return { ref: name, attributes: { Arn: arn("lambda", `function:${name}`) } };
    }
    case "AWS::IAM::Role": {
      const name = named("RoleName");
      return {
        ref: name,
        attributes: {
          Arn: `arn:aws:iam::${accountId}:role/${name}`,
          RoleId: `AROA${logicalId.toUpperCase()}`,
        },
      };
    }
    case "AWS::SQS::Queue": {
      const name = named("QueueName", 80);
      return {
        ref: `https://sqs.${region}.amazonaws.com/${accountId}/${name}`,
        attributes: {
          Arn: arn("sqs", name),
          QueueName: name,
          QueueUrl: `https://sqs.${region}.amazonaws.com/${accountId}/${name}`,
        },
      };
    }
    case "AWS::SecretsManager::Secret": {
      const secretArn = arn("secretsmanager", `secret:${named("Name")}-LOCAL0`);
      return { ref: secretArn, attributes: { Id: secretArn } };
    }
    case "AWS::Scheduler::ScheduleGroup": {
      const name = named("Name");
      return { ref: name, attributes: { Arn: arn("scheduler", `schedule-group/${name}`) } };
    }
    case "AWS::Scheduler::Schedule": {
      const name = named("Name");
      const group = typeof props.GroupName === "string" ? props.GroupName : "default";
      return { ref: name, attributes: { Arn: arn("scheduler", `schedule/${group}/${name}`) } };
    }
    case "AWS::SNS::Topic": {
      const topicArn = arn("sns", named("TopicName", 256));
      return {
        ref: topicArn,
        attributes: { TopicArn: topicArn, TopicName: topicArn.split(":").pop() ?? "" },
      };
    }
    case "AWS::Logs::LogGroup": {
      const name = named("LogGroupName", 512);
      return { ref: name, attributes: { Arn: arn("logs", `log-group:${name}:*`) } };
    }
    case "AWS::SES::EmailIdentity": {
      const identity = String(props.EmailIdentity ?? logicalId);
      return { ref: identity, attributes: {} };
    }
    case "AWS::SES::ConfigurationSet":
    case "AWS::SES::ReceiptRuleSet": {
      const name = named(resource.Type === "AWS::SES::ReceiptRuleSet" ? "RuleSetName" : "Name");
      return { ref: name, attributes: {} };
    }
    case "AWS::SES::ReceiptRule": {
      const rule = props.Rule as { Name?: string } | undefined;
      return { ref: rule?.Name ?? generatedName(account, logicalId), attributes: {} };
    }
    default:
      return { ref: generatedName(account, logicalId), attributes: {} };
  }
}

/** Resolves every intrinsic function in a template value to plain strings. */
export function resolver(template: Template, account: LocalAccount): (value: unknown) => unknown {
  const ids = new Map(
    Object.entries(template.Resources).map(([logicalId, resource]) => [
      logicalId,
      physicalIds(logicalId, resource, account),
    ]),
  );
  const pseudo: Record<string, string> = {
    "AWS::Region": account.region,
    "AWS::AccountId": account.accountId,
    "AWS::Partition": "aws",
    "AWS::URLSuffix": "amazonaws.com",
    "AWS::StackName": account.stackName,
  };
  const ref = (name: string): string => {
    if (name in pseudo) return pseudo[name] as string;
    const id = ids.get(name);
    if (!id) throw new UnresolvableError(`Ref to ${name}, which is not in the template`);
    return id.ref;
  };
  const getAtt = (logicalId: string, attribute: string): string => {
    const value = ids.get(logicalId)?.attributes[attribute];
    if (value === undefined)
      throw new UnresolvableError(`Fn::GetAtt ${logicalId}.${attribute} has no local value`);
    return value;
  };
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === null || typeof value !== "object") return value;
    const entries = Object.entries(value as Record<string, unknown>);
    const [key, argument] = entries[0] ?? [];
    if (entries.length === 1 && key !== undefined) {
      if (key === "Ref") return ref(String(argument));
      if (key === "Fn::GetAtt") {
        const [logicalId, attribute] = Array.isArray(argument) ? argument : String(argument).split(".");
        return getAtt(String(logicalId), String(attribute));
      }
      if (key === "Fn::Join") {
        const [separator, parts] = argument as [string, unknown[]];
        return (resolve(parts) as unknown[]).join(separator);
      }
      if (key === "Fn::Select") {
        const [index, list] = argument as [unknown, unknown];
        return (resolve(list) as unknown[])[Number(resolve(index))];
      }
      if (key === "Fn::Split") {
        const [separator, text] = argument as [string, unknown];
        return String(resolve(text)).split(separator);
      }
      if (key === "Fn::Sub") {
        const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
        const bound = resolve(variables) as Record<string, string>;
        return String(text).replace(/\$\{([^}!][^}]*)\}/g, (_match, name: string) => {
          if (name in bound) return String(bound[name]);
          const [logicalId, attribute] = name.split(".");
          return attribute ? getAtt(logicalId ?? "", attribute) : ref(name);
        });
      }
      if (key.startsWith("Fn::")) throw new UnresolvableError(`${key} is not supported locally`);
    }
    return Object.fromEntries(entries.map(([name, inner]) => [name, resolve(inner)]));
  };
  return resolve;
}

export function resourcesOfType(template: Template, type: string): Array<[string, TemplateResource]> {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}
