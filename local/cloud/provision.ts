/** The template's tables and buckets, created in the stand-ins as CloudFormation would create them. */
import {
  type AttributeDefinition,
  CreateTableCommand,
  type DynamoDBClient,
  type KeySchemaElement,
  ResourceInUseException,
} from "@aws-sdk/client-dynamodb";
import { CreateBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import { resourcesOfType, type Template } from "./template";

/** Creates every table (one already there is kept); returns the last table's name. */
export async function createTables(
  template: Template,
  resolve: (value: unknown) => unknown,
  dynamodb: DynamoDBClient,
): Promise<string> {
  let tableName = "";
  for (const [logicalId, resource] of [
    ...resourcesOfType(template, "AWS::DynamoDB::GlobalTable"),
    ...resourcesOfType(template, "AWS::DynamoDB::Table"),
  ]) {
    const props = resolve(resource.Properties) as {
      KeySchema: KeySchemaElement[];
      AttributeDefinitions: AttributeDefinition[];
    };
    tableName = String(resolve({ Ref: logicalId }));
    await dynamodb
      .send(
        new CreateTableCommand({
          TableName: tableName,
          KeySchema: props.KeySchema,
          AttributeDefinitions: props.AttributeDefinitions,
          BillingMode: "PAY_PER_REQUEST",
        }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof ResourceInUseException)) throw error;
      });
  }
  return tableName;
}

/** Creates every bucket (one already there is kept); returns their names. */
export async function createBuckets(
  template: Template,
  resolve: (value: unknown) => unknown,
  s3: S3Client,
): Promise<string[]> {
  const buckets = resourcesOfType(template, "AWS::S3::Bucket").map(([logicalId]) =>
    String(resolve({ Ref: logicalId })),
  );
  for (const bucket of buckets) {
    await s3.send(new CreateBucketCommand({ Bucket: bucket })).catch((error: { name?: string }) => {
      if (error.name !== "BucketAlreadyOwnedByYou" && error.name !== "BucketAlreadyExists") throw error;
    });
  }
  return buckets;
}
