// Imports exactly the SDK clients the handlers use, and nothing else: the cold-start baseline.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESv2Client } from "@aws-sdk/client-sesv2";

export const clients = [DynamoDBClient, S3Client, SchedulerClient, SESv2Client];
