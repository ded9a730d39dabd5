import {
  arn,
  authorization,
  type Context,
  jsonBody,
  type RawRequest,
  record,
  required,
  type Scope,
  type ServiceCall,
  target,
  text,
  UnrecognisedCallError,
} from "./aws-request-parts";

// DynamoDB (awsJson1_0). Actions are the operation names; resources are table ARNs, index ARNs
// for Query/Scan with IndexName ("Actions, resources, and condition keys for Amazon DynamoDB").
// Batch operations authorize dynamodb:BatchGetItem / BatchWriteItem on every table named;
// transactions authorize the underlying item action per item, with dynamodb:EnclosingOperation
// ("Using IAM with DynamoDB transactions": Put/Update/Delete/Get → PutItem/UpdateItem/
// DeleteItem/GetItem, ConditionCheck → ConditionCheckItem).

const DYNAMO_ITEM_OPERATIONS = new Set(["GetItem", "PutItem", "UpdateItem", "DeleteItem"]);
const DYNAMO_TABLE_OPERATIONS = new Set(["DescribeTable", "CreateTable", "DeleteTable", "UpdateTable"]);

export function dynamodb(request: RawRequest, scope: Scope): ServiceCall {
  const operation = target(request, "DynamoDB_20120810");
  const body = jsonBody(request);
  const table = (name: unknown) => tableArn(scope, required(name, "TableName"));
  const options = dynamoOptions(body);
  if (DYNAMO_ITEM_OPERATIONS.has(operation)) {
    const tableName = required(body.TableName, "TableName");
    const key = operation === "PutItem" ? body.Item : body.Key;
    const leading = leadingKeys(scope, tableName, [record(key)]);
    return {
      operation,
      authorizations: [
        authorization(scope, `dynamodb:${operation}`, table(tableName), { ...options, ...leading }),
      ],
    };
  }
  if (operation === "Query" || operation === "Scan") {
    const tableName = required(body.TableName, "TableName");
    const index = text(body.IndexName);
    const resource = index ? `${table(tableName)}/index/${index}` : table(tableName);
    const leading = operation === "Query" ? queryLeadingKeys(scope, tableName, body) : {};
    return {
      operation,
      authorizations: [authorization(scope, `dynamodb:${operation}`, resource, { ...options, ...leading })],
    };
  }
  if (DYNAMO_TABLE_OPERATIONS.has(operation)) {
    return {
      operation,
      authorizations: [authorization(scope, `dynamodb:${operation}`, table(body.TableName))],
    };
  }
  if (operation === "BatchGetItem" || operation === "BatchWriteItem") {
    const items = record(body.RequestItems);
    const authorizations = Object.entries(items).map(([tableName, spec]) => {
      const keys =
        operation === "BatchGetItem"
          ? (Array.isArray(record(spec).Keys) ? (record(spec).Keys as unknown[]) : []).map(record)
          : (Array.isArray(spec) ? spec : []).map((w) => {
              const write = record(w);
              return record(record(write.PutRequest).Item ?? record(write.DeleteRequest).Key);
            });
      return authorization(scope, `dynamodb:${operation}`, table(tableName), {
        ...options,
        ...leadingKeys(scope, tableName, keys),
      });
    });
    if (authorizations.length === 0) throw new UnrecognisedCallError(`${operation} names no table`);
    return { operation, authorizations };
  }
  if (operation === "TransactWriteItems" || operation === "TransactGetItems") {
    const actions: Record<string, string> = {
      Put: "PutItem",
      Update: "UpdateItem",
      Delete: "DeleteItem",
      ConditionCheck: "ConditionCheckItem",
      Get: "GetItem",
    };
    const authorizations = (Array.isArray(body.TransactItems) ? body.TransactItems : []).flatMap((entry) =>
      Object.entries(record(entry)).map(([kind, spec]) => {
        const action = actions[kind];
        if (!action) throw new UnrecognisedCallError(`unknown ${operation} entry "${kind}"`);
        const item = record(spec);
        const tableName = required(item.TableName, "TableName");
        const key = record(kind === "Put" ? item.Item : item.Key);
        return authorization(scope, `dynamodb:${action}`, table(tableName), {
          "dynamodb:EnclosingOperation": operation,
          ...(typeof options["dynamodb:ReturnConsumedCapacity"] === "string"
            ? { "dynamodb:ReturnConsumedCapacity": options["dynamodb:ReturnConsumedCapacity"] }
            : {}),
          ...leadingKeys(scope, tableName, [key]),
        });
      }),
    );
    if (authorizations.length === 0) throw new UnrecognisedCallError(`${operation} has no items`);
    return { operation, authorizations };
  }
  throw new UnrecognisedCallError(`no IAM mapping for DynamoDB ${operation}`);
}

function tableArn(scope: Scope, tableName: string): string {
  // TableName may itself be a table ARN.
  return tableName.startsWith("arn:") ? tableName : arn(scope, "dynamodb", `table/${tableName}`);
}

/** dynamodb:ReturnValues, dynamodb:ReturnConsumedCapacity, dynamodb:Select, when the request sets them. */
function dynamoOptions(body: Record<string, unknown>): Context {
  const context: Context = {};
  for (const [member, key] of [
    ["ReturnValues", "dynamodb:ReturnValues"],
    ["ReturnConsumedCapacity", "dynamodb:ReturnConsumedCapacity"],
    ["Select", "dynamodb:Select"],
  ] as const) {
    const value = text(body[member]);
    if (value !== undefined) context[key] = value;
  }
  return context;
}

/** dynamodb:LeadingKeys: the partition key values, when the caller says which attribute that is. */
function leadingKeys(scope: Scope, tableName: string, keys: readonly Record<string, unknown>[]): Context {
  const attribute = scope.caller.dynamoPartitionKeys?.[tableName];
  if (!attribute) return {};
  const values = keys.map((key) => attributeText(key[attribute])).filter((v): v is string => v !== undefined);
  return values.length > 0 ? { "dynamodb:LeadingKeys": [...new Set(values)] } : {};
}

/** The partition key value of a KeyConditionExpression "pk = :v" (or "#n = :v"). */
function queryLeadingKeys(scope: Scope, tableName: string, body: Record<string, unknown>): Context {
  const attribute = scope.caller.dynamoPartitionKeys?.[tableName];
  const expression = text(body.KeyConditionExpression);
  if (!attribute || !expression) return {};
  const names = record(body.ExpressionAttributeNames);
  const values = record(body.ExpressionAttributeValues);
  for (const m of expression.matchAll(/([#\w.-]+)\s*=\s*(:[\w-]+)/g)) {
    const name = m[1]?.startsWith("#") ? text(names[m[1]]) : m[1];
    if (name === attribute) {
      const value = attributeText(values[m[2] ?? ""]);
      return value === undefined ? {} : { "dynamodb:LeadingKeys": [value] };
    }
  }
  return {};
}

function attributeText(value: unknown): string | undefined {
  const typed = record(value);
  return text(typed.S) ?? text(typed.N) ?? text(typed.B);
}
