import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteItemCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { InvokeCommand, LambdaClient } from "@aws-sdk/client-lambda";
import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  SchedulerClient,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { SESv2Client, SendEmailCommand, type SendEmailCommandInput } from "@aws-sdk/client-sesv2";
import {
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AwsCall,
  type CallerContext,
  type RawRequest,
  UnrecognisedCallError,
} from "../../../local/cloud/aws-request-parts";
import { describeCall } from "../../../local/cloud/aws-requests";
import { evaluate } from "../../../local/cloud/iam-policy";
import type { PolicyDocument, PolicyStatement } from "../../../local/cloud/iam-policy-document";
import { parseAddressList, parseRawMailAddresses } from "../../../local/cloud/raw-mail-addresses";

const REGION = "eu-west-1";
const ACCOUNT = "123456789012";
const CALLER: CallerContext = { region: REGION, account: ACCOUNT };

// ---------------------------------------------------------------------------------------------
// A loopback server that records the raw request each real SDK client sends, and answers 500.

let server: Server;
let endpoint: string;
let captured: RawRequest[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    readBody(req).then((body) => {
      captured.push(toRawRequest(req, body));
      res.statusCode = 500;
      res.setHeader("content-type", "application/json");
      res.end('{"__type":"InternalFailure","message":"captured"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function toRawRequest(req: IncomingMessage, body: Uint8Array): RawRequest {
  const url = new URL(req.url ?? "/", "http://loopback");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers, body };
}

function clientConfig() {
  return {
    endpoint,
    region: REGION,
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
    maxAttempts: 1,
  };
}

/** Runs one real SDK call against the loopback server and returns the raw request it sent. */
async function capture(send: () => Promise<unknown>): Promise<RawRequest> {
  captured = [];
  await send().then(
    () => {
      throw new Error("the capturing server answers 500; the call should have failed");
    },
    () => undefined,
  );
  expect(captured).toHaveLength(1);
  return captured[0] as RawRequest;
}

async function call(send: () => Promise<unknown>, caller: CallerContext = CALLER): Promise<AwsCall> {
  return describeCall(await capture(send), caller);
}

/** action + resource pairs, for compact assertions. */
function pairs(described: AwsCall): Array<[string, string]> {
  return described.authorizations.map((a) => [a.action, a.resource]);
}

const dynamo = () => new DynamoDBClient(clientConfig());
const s3 = () => new S3Client(clientConfig());
const sesClient = () => new SESv2Client(clientConfig());
const scheduler = () => new SchedulerClient(clientConfig());
const secrets = () => new SecretsManagerClient(clientConfig());
const sqs = () => new SQSClient(clientConfig());
const lambda = () => new LambdaClient(clientConfig());

const DAY_MS = 86_400_000;
const TABLE = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/interviews`;

// ---------------------------------------------------------------------------------------------

describe("describeCall: global context", () => {
  it("names the service and region from the credential scope and stamps the signed time", async () => {
    // A client whose clock runs 400 days behind signs with its own time: the stamp is the
    // signature's, not the server's clock.
    const behind = 400 * DAY_MS;
    const described = await call(
      () =>
        new DynamoDBClient({ ...clientConfig(), systemClockOffset: -behind }).send(
          new GetItemCommand({ TableName: "interviews", Key: {} }),
        ),
      {
        ...CALLER,
        principalArn: `arn:aws:iam::${ACCOUNT}:role/inbound-role`,
        principalId: "AROAEXAMPLE:inbound",
      },
    );
    expect(described.service).toBe("dynamodb");
    expect(described.operation).toBe("GetItem");
    const context = described.authorizations[0]?.context ?? {};
    expect(context).toMatchObject({
      "aws:RequestedRegion": REGION,
      "aws:SecureTransport": true,
      "aws:PrincipalAccount": ACCOUNT,
      "aws:PrincipalType": "AssumedRole",
      "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:role/inbound-role`,
      "aws:userid": "AROAEXAMPLE:inbound",
    });
    expect(context["aws:CurrentTime"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const epoch = context["aws:EpochTime"] as number;
    expect(epoch * 1000).toBe(Date.parse(String(context["aws:CurrentTime"])));
    expect(Math.round((Date.now() - epoch * 1000) / DAY_MS)).toBe(400);
    expect(context).not.toHaveProperty("aws:SourceAccount");
    expect(context).not.toHaveProperty("aws:SourceIp");
  });

  it("takes the region from the signature, not the caller's default", async () => {
    const described = describeCall(
      await capture(() =>
        new DynamoDBClient({ ...clientConfig(), region: "us-east-1" }).send(
          new DescribeTableCommand({ TableName: "interviews" }),
        ),
      ),
      CALLER,
    );
    expect(pairs(described)).toEqual([
      ["dynamodb:DescribeTable", `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/interviews`],
    ]);
    expect(described.authorizations[0]?.context["aws:RequestedRegion"]).toBe("us-east-1");
  });

  it("refuses an unsigned request, an unknown service and an unmapped operation", async () => {
    const unsigned: RawRequest = {
      method: "GET",
      path: "/",
      query: new URLSearchParams(),
      headers: {},
      body: new Uint8Array(),
    };
    expect(() => describeCall(unsigned, CALLER)).toThrow(UnrecognisedCallError);
    const sns: RawRequest = {
      ...unsigned,
      headers: {
        authorization: "AWS4-HMAC-SHA256 Credential=AKID/20260101/eu-west-1/sns/aws4_request, Signature=x",
      },
    };
    expect(() => describeCall(sns, CALLER)).toThrow(/service "sns"/);
    const listTables = await capture(() => dynamo().send(new ListTablesCommand({})));
    expect(() => describeCall(listTables, CALLER)).toThrow(UnrecognisedCallError);
  });
});

describe("describeCall: DynamoDB", () => {
  const keyed = { ...CALLER, dynamoPartitionKeys: { interviews: "pk" } };

  it.each([
    [
      "GetItem",
      (c: DynamoDBClient) =>
        c.send(new GetItemCommand({ TableName: "interviews", Key: { pk: { S: "owner#1" } } })),
    ],
    [
      "PutItem",
      (c: DynamoDBClient) =>
        c.send(
          new PutItemCommand({ TableName: "interviews", Item: { pk: { S: "owner#1" }, n: { N: "1" } } }),
        ),
    ],
    [
      "DeleteItem",
      (c: DynamoDBClient) =>
        c.send(new DeleteItemCommand({ TableName: "interviews", Key: { pk: { S: "owner#1" } } })),
    ],
  ] as const)(
    "%s → dynamodb:%s on the table, with the partition key as dynamodb:LeadingKeys",
    async (op, send) => {
      const described = await call(() => send(dynamo()), keyed);
      expect(described.operation).toBe(op);
      expect(pairs(described)).toEqual([[`dynamodb:${op}`, TABLE]]);
      expect(described.authorizations[0]?.context["dynamodb:LeadingKeys"]).toEqual(["owner#1"]);
    },
  );

  it("UpdateItem carries dynamodb:ReturnValues; no LeadingKeys without a key schema", async () => {
    const described = await call(() =>
      dynamo().send(
        new UpdateItemCommand({
          TableName: "interviews",
          Key: { pk: { S: "owner#1" } },
          UpdateExpression: "SET n = :n",
          ExpressionAttributeValues: { ":n": { N: "2" } },
          ReturnValues: "ALL_NEW",
        }),
      ),
    );
    expect(pairs(described)).toEqual([["dynamodb:UpdateItem", TABLE]]);
    expect(described.authorizations[0]?.context["dynamodb:ReturnValues"]).toBe("ALL_NEW");
    expect(described.authorizations[0]?.context).not.toHaveProperty("dynamodb:LeadingKeys");
  });

  it("Query on an index authorizes the index ARN and reads the partition key from the key condition", async () => {
    const described = await call(
      () =>
        dynamo().send(
          new QueryCommand({
            TableName: "interviews",
            IndexName: "byOwner",
            KeyConditionExpression: "#p = :owner AND begins_with(sk, :prefix)",
            ExpressionAttributeNames: { "#p": "pk" },
            ExpressionAttributeValues: { ":owner": { S: "owner#2" }, ":prefix": { S: "iv#" } },
          }),
        ),
      keyed,
    );
    expect(pairs(described)).toEqual([["dynamodb:Query", `${TABLE}/index/byOwner`]]);
    expect(described.authorizations[0]?.context["dynamodb:LeadingKeys"]).toEqual(["owner#2"]);
  });

  it("Scan on the table carries dynamodb:Select", async () => {
    const described = await call(() =>
      dynamo().send(new ScanCommand({ TableName: "interviews", Select: "COUNT" })),
    );
    expect(pairs(described)).toEqual([["dynamodb:Scan", TABLE]]);
    expect(described.authorizations[0]?.context["dynamodb:Select"]).toBe("COUNT");
  });

  it("batch operations authorize the batch action on every table named", async () => {
    const get = await call(() =>
      dynamo().send(
        new BatchGetItemCommand({
          RequestItems: {
            interviews: { Keys: [{ pk: { S: "a" } }] },
            budgets: { Keys: [{ pk: { S: "b" } }] },
          },
        }),
      ),
    );
    expect(pairs(get)).toEqual([
      ["dynamodb:BatchGetItem", TABLE],
      ["dynamodb:BatchGetItem", `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/budgets`],
    ]);
    const write = await call(
      () =>
        dynamo().send(
          new BatchWriteItemCommand({
            RequestItems: {
              interviews: [
                { PutRequest: { Item: { pk: { S: "a" } } } },
                { DeleteRequest: { Key: { pk: { S: "b" } } } },
              ],
            },
          }),
        ),
      keyed,
    );
    expect(pairs(write)).toEqual([["dynamodb:BatchWriteItem", TABLE]]);
    expect(write.authorizations[0]?.context["dynamodb:LeadingKeys"]).toEqual(["a", "b"]);
  });

  it("TransactWriteItems authorizes each item's own action with dynamodb:EnclosingOperation", async () => {
    const described = await call(() =>
      dynamo().send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: "interviews", Item: { pk: { S: "a" } } } },
            {
              Update: {
                TableName: "interviews",
                Key: { pk: { S: "b" } },
                UpdateExpression: "SET n = :n",
                ExpressionAttributeValues: { ":n": { N: "1" } },
              },
            },
            { Delete: { TableName: "claims", Key: { pk: { S: "c" } } } },
            {
              ConditionCheck: {
                TableName: "budgets",
                Key: { pk: { S: "d" } },
                ConditionExpression: "attribute_exists(pk)",
              },
            },
          ],
        }),
      ),
    );
    expect(described.operation).toBe("TransactWriteItems");
    expect(pairs(described)).toEqual([
      ["dynamodb:PutItem", TABLE],
      ["dynamodb:UpdateItem", TABLE],
      ["dynamodb:DeleteItem", `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/claims`],
      ["dynamodb:ConditionCheckItem", `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/budgets`],
    ]);
    for (const a of described.authorizations) {
      expect(a.context["dynamodb:EnclosingOperation"]).toBe("TransactWriteItems");
    }
  });

  it("CreateTable and a TableName given as an ARN", async () => {
    const create = await call(() =>
      dynamo().send(
        new CreateTableCommand({
          TableName: "interviews",
          BillingMode: "PAY_PER_REQUEST",
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        }),
      ),
    );
    expect(pairs(create)).toEqual([["dynamodb:CreateTable", TABLE]]);
    const byArn = await call(() =>
      dynamo().send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: "a" } } })),
    );
    expect(pairs(byArn)).toEqual([["dynamodb:GetItem", TABLE]]);
  });
});

describe("describeCall: S3 (path-style against a loopback IP)", () => {
  it("GetObject decodes the key into the object ARN", async () => {
    const key = "raw/a b+c/é&x.eml";
    const request = await capture(() => s3().send(new GetObjectCommand({ Bucket: "mail-bucket", Key: key })));
    // The SDK addresses an IP endpoint path-style: /bucket/key.
    expect(request.path.startsWith("/mail-bucket/raw/")).toBe(true);
    const described = describeCall(request, CALLER);
    expect(described.operation).toBe("GetObject");
    expect(pairs(described)).toEqual([["s3:GetObject", `arn:aws:s3:::mail-bucket/${key}`]]);
    expect(described.authorizations[0]?.context).toMatchObject({
      "s3:authType": "REST-HEADER",
      "s3:signatureversion": "AWS4-HMAC-SHA256",
      "s3:ResourceAccount": ACCOUNT,
    });
  });

  it("HeadObject needs s3:GetObject; a VersionId needs s3:GetObjectVersion", async () => {
    const head = await call(() => s3().send(new HeadObjectCommand({ Bucket: "mail-bucket", Key: "raw/1" })));
    expect(head.operation).toBe("HeadObject");
    expect(pairs(head)).toEqual([["s3:GetObject", "arn:aws:s3:::mail-bucket/raw/1"]]);
    const versioned = await call(() =>
      s3().send(new GetObjectCommand({ Bucket: "mail-bucket", Key: "raw/1", VersionId: "v1" })),
    );
    expect(pairs(versioned)).toEqual([["s3:GetObjectVersion", "arn:aws:s3:::mail-bucket/raw/1"]]);
  });

  it("PutObject carries the encryption header; DeleteObject maps to s3:DeleteObject", async () => {
    const put = await call(() =>
      s3().send(
        new PutObjectCommand({
          Bucket: "mail-bucket",
          Key: "raw/2",
          Body: "x",
          ServerSideEncryption: "AES256",
        }),
      ),
    );
    expect(pairs(put)).toEqual([["s3:PutObject", "arn:aws:s3:::mail-bucket/raw/2"]]);
    expect(put.authorizations[0]?.context["s3:x-amz-server-side-encryption"]).toBe("AES256");
    const del = await call(() => s3().send(new DeleteObjectCommand({ Bucket: "mail-bucket", Key: "raw/2" })));
    expect(pairs(del)).toEqual([["s3:DeleteObject", "arn:aws:s3:::mail-bucket/raw/2"]]);
  });

  it("DeleteObjects authorizes s3:DeleteObject per key, XML entities decoded", async () => {
    const described = await call(() =>
      s3().send(
        new DeleteObjectsCommand({
          Bucket: "mail-bucket",
          Delete: { Objects: [{ Key: "raw/1" }, { Key: "raw/<&>" }, { Key: "raw/3", VersionId: "v" }] },
        }),
      ),
    );
    expect(described.operation).toBe("DeleteObjects");
    expect(pairs(described)).toEqual([
      ["s3:DeleteObject", "arn:aws:s3:::mail-bucket/raw/1"],
      ["s3:DeleteObject", "arn:aws:s3:::mail-bucket/raw/<&>"],
      ["s3:DeleteObjectVersion", "arn:aws:s3:::mail-bucket/raw/3"],
    ]);
  });

  it("ListObjectsV2 is s3:ListBucket on the bucket with s3:prefix, s3:delimiter, s3:max-keys", async () => {
    const described = await call(() =>
      s3().send(
        new ListObjectsV2Command({ Bucket: "mail-bucket", Prefix: "raw/", Delimiter: "/", MaxKeys: 5 }),
      ),
    );
    expect(described.operation).toBe("ListObjectsV2");
    expect(pairs(described)).toEqual([["s3:ListBucket", "arn:aws:s3:::mail-bucket"]]);
    expect(described.authorizations[0]?.context).toMatchObject({
      "s3:prefix": "raw/",
      "s3:delimiter": "/",
      "s3:max-keys": 5,
    });
    const bare = await call(() => s3().send(new ListObjectsV2Command({ Bucket: "mail-bucket" })));
    expect(bare.authorizations[0]?.context).not.toHaveProperty("s3:prefix");
  });

  it("CreateBucket and CopyObject", async () => {
    const create = await call(() => s3().send(new CreateBucketCommand({ Bucket: "mail-bucket" })));
    expect(pairs(create)).toEqual([["s3:CreateBucket", "arn:aws:s3:::mail-bucket"]]);
    const copy = await call(() =>
      s3().send(new CopyObjectCommand({ Bucket: "archive", Key: "kept/1", CopySource: "mail-bucket/raw/1" })),
    );
    expect(copy.operation).toBe("CopyObject");
    expect(pairs(copy)).toEqual([
      ["s3:PutObject", "arn:aws:s3:::archive/kept/1"],
      ["s3:GetObject", "arn:aws:s3:::mail-bucket/raw/1"],
    ]);
  });
});

describe("describeCall: SES v2 SendEmail", () => {
  const RAW = [
    "From: Followup <inbound@mail.example>",
    "To: Header Person <header-only@elsewhere.example>,",
    "  second@elsewhere.example",
    "Cc: undisclosed: hidden@elsewhere.example;",
    'Bcc: "Last, First" <bcc@elsewhere.example>',
    "Subject: hi",
    "",
    "To: body-line@not-a-header.example",
  ].join("\r\n");
  const raw = new TextEncoder().encode(RAW);
  const identities = { ...CALLER, sesIdentities: ["mail.example", "owner@example.com"] };
  const send = (input: SendEmailCommandInput, caller: CallerContext = identities) =>
    call(() => sesClient().send(new SendEmailCommand(input)), caller);
  const identity = (name: string) => `arn:aws:ses:${REGION}:${ACCOUNT}:identity/${name}`;

  it("with Destination: recipients from Destination, the From identity's domain, the configuration set", async () => {
    const described = await send({
      FromEmailAddress: "Followup <inbound@mail.example>",
      Destination: { ToAddresses: ["Owner <owner@example.com>"], CcAddresses: ["cc@partner.example"] },
      Content: { Raw: { Data: raw } },
      ConfigurationSetName: "followup-events",
    });
    expect(described.service).toBe("ses");
    expect(described.operation).toBe("SendEmail");
    expect(pairs(described)).toEqual([
      ["ses:SendEmail", identity("mail.example")],
      ["ses:SendEmail", `arn:aws:ses:${REGION}:${ACCOUNT}:configuration-set/followup-events`],
    ]);
    expect(described.authorizations[0]?.context).toMatchObject({
      "ses:ApiVersion": "2",
      "ses:FromAddress": "inbound@mail.example",
      "ses:FromDisplayName": "Followup",
      "ses:Recipients": ["owner@example.com", "cc@partner.example"],
    });
  });

  it("Raw without Destination: recipients from the message's To/Cc/Bcc headers", async () => {
    const described = await send({ Content: { Raw: { Data: raw } } });
    expect(described.authorizations[0]?.context).toMatchObject({
      "ses:FromAddress": "inbound@mail.example",
      "ses:FromDisplayName": "Followup",
      "ses:Recipients": [
        "header-only@elsewhere.example",
        "second@elsewhere.example",
        "hidden@elsewhere.example",
        "bcc@elsewhere.example",
      ],
    });
    expect(pairs(described)).toEqual([["ses:SendEmail", identity("mail.example")]]);
  });

  it("an address identity wins over its domain; FromEmailAddressIdentityArn wins over both", async () => {
    const simple = { Simple: { Subject: { Data: "s" }, Body: { Text: { Data: "b" } } } };
    const own = await send({
      FromEmailAddress: "owner@example.com",
      Destination: { ToAddresses: ["x@y.example"] },
      Content: simple,
    });
    expect(pairs(own)).toEqual([["ses:SendEmail", identity("owner@example.com")]]);
    const unknownDomain = await send({
      FromEmailAddress: "a@sub.mail.example",
      Destination: { ToAddresses: ["x@y.example"] },
      Content: simple,
    });
    expect(pairs(unknownDomain)).toEqual([["ses:SendEmail", identity("mail.example")]]);
    const delegated = await send({
      FromEmailAddress: "owner@example.com",
      FromEmailAddressIdentityArn: "arn:aws:ses:eu-west-1:999999999999:identity/example.com",
      Destination: { ToAddresses: ["x@y.example"] },
      Content: simple,
    });
    expect(pairs(delegated)).toEqual([
      ["ses:SendEmail", "arn:aws:ses:eu-west-1:999999999999:identity/example.com"],
    ]);
  });

  it("in the sandbox each recipient's identity is authorized too", async () => {
    const described = await send(
      {
        FromEmailAddress: "inbound@mail.example",
        Destination: { ToAddresses: ["owner@example.com", "someone@partner.example"] },
        Content: { Raw: { Data: raw } },
      },
      { ...identities, sesSandbox: true },
    );
    expect(pairs(described)).toEqual([
      ["ses:SendEmail", identity("mail.example")],
      ["ses:SendEmail", identity("owner@example.com")],
      ["ses:SendEmail", identity("partner.example")],
    ]);
  });

  it("a template and a feedback address show up as resource and condition key", async () => {
    const described = await send({
      FromEmailAddress: "inbound@mail.example",
      FeedbackForwardingEmailAddress: "bounces@mail.example",
      Destination: { ToAddresses: ["owner@example.com"] },
      Content: { Template: { TemplateName: "digest", TemplateData: "{}" } },
    });
    expect(pairs(described)).toEqual([
      ["ses:SendEmail", identity("mail.example")],
      ["ses:SendEmail", `arn:aws:ses:${REGION}:${ACCOUNT}:template/digest`],
    ]);
    expect(described.authorizations[0]?.context["ses:FeedbackAddress"]).toBe("bounces@mail.example");
    expect(described.authorizations[0]?.context).not.toHaveProperty("ses:FromDisplayName");
  });

  it("refuses a send with no From address anywhere", async () => {
    const request = await capture(() =>
      sesClient().send(
        new SendEmailCommand({
          Destination: { ToAddresses: ["owner@example.com"] },
          Content: { Simple: { Subject: { Data: "s" }, Body: { Text: { Data: "b" } } } },
        }),
      ),
    );
    expect(() => describeCall(request, identities)).toThrow(UnrecognisedCallError);
  });
});

describe("parseRawMailAddresses / parseAddressList", () => {
  it("reads folded headers, groups, quoted names with commas, and encoded words", () => {
    const parsed = parseRawMailAddresses(
      new TextEncoder().encode(
        [
          "Return-Path: <bounce@mail.example>",
          "From: =?UTF-8?B?SsO8cmdlbg==?= <j@mail.example>",
          'To: "Doe, Jane" <jane@x.example>, plain@x.example (comment, here)',
          "Cc: team: a@x.example,",
          "\tb@x.example;",
          "",
          "Bcc: not-a-header@x.example",
        ].join("\n"),
      ),
    );
    expect(parsed).toEqual({
      from: { address: "j@mail.example", name: "Jürgen" },
      to: [{ address: "jane@x.example", name: "Doe, Jane" }, { address: "plain@x.example" }],
      cc: [{ address: "a@x.example" }, { address: "b@x.example" }],
      bcc: [],
      returnPath: "bounce@mail.example",
    });
  });

  it("reads a bare address and a named one", () => {
    expect(parseAddressList("a@x.example")).toEqual([{ address: "a@x.example" }]);
    expect(parseAddressList("Name <a@x.example>")).toEqual([{ address: "a@x.example", name: "Name" }]);
    expect(parseAddressList("")).toEqual([]);
  });
});

describe("describeCall: EventBridge Scheduler", () => {
  const schedule = (group: string, name: string) =>
    `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${group}/${name}`;
  const target = {
    Arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:reminder`,
    RoleArn: `arn:aws:iam::${ACCOUNT}:role/scheduler-role`,
  };

  it.each([
    [
      "CreateSchedule",
      () =>
        new CreateScheduleCommand({
          Name: "prompt 1",
          GroupName: "followup",
          ScheduleExpression: "at(2030-01-01T09:00:00)",
          FlexibleTimeWindow: { Mode: "OFF" },
          Target: target,
        }),
    ],
    [
      "UpdateSchedule",
      () =>
        new UpdateScheduleCommand({
          Name: "prompt 1",
          GroupName: "followup",
          ScheduleExpression: "at(2030-01-01T09:00:00)",
          FlexibleTimeWindow: { Mode: "OFF" },
          Target: target,
        }),
    ],
  ] as const)(
    "%s authorizes the schedule and iam:PassRole to scheduler.amazonaws.com",
    async (operation, command) => {
      const described = await call(() => scheduler().send(command()));
      expect(described.operation).toBe(operation);
      expect(pairs(described)).toEqual([
        [`scheduler:${operation}`, schedule("followup", "prompt 1")],
        ["iam:PassRole", target.RoleArn],
      ]);
      expect(described.authorizations[1]?.context["iam:PassedToService"]).toBe("scheduler.amazonaws.com");
      expect(described.authorizations[0]?.context).not.toHaveProperty("iam:PassedToService");
    },
  );

  it("DeleteSchedule reads the groupName query; GetSchedule without a group uses default", async () => {
    const del = await call(() =>
      scheduler().send(new DeleteScheduleCommand({ Name: "p1", GroupName: "followup" })),
    );
    expect(pairs(del)).toEqual([["scheduler:DeleteSchedule", schedule("followup", "p1")]]);
    const get = await call(() => scheduler().send(new GetScheduleCommand({ Name: "p1" })));
    expect(pairs(get)).toEqual([["scheduler:GetSchedule", schedule("default", "p1")]]);
  });

  it("ListSchedules has no resource type", async () => {
    const described = await call(() =>
      scheduler().send(new ListSchedulesCommand({ GroupName: "followup", NamePrefix: "p" })),
    );
    expect(pairs(described)).toEqual([["scheduler:ListSchedules", "*"]]);
  });
});

describe("describeCall: Secrets Manager", () => {
  const full = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:followup/signing-key-AbC123`;
  const known = {
    ...CALLER,
    secretArns: [full, `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:other-XyZ789`],
  };

  it.each([
    ["a name", "followup/signing-key"],
    ["a partial ARN", `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:followup/signing-key`],
    ["the full ARN", full],
  ])("GetSecretValue by %s resolves to the secret's full ARN", async (_, secretId) => {
    const described = await call(
      () => secrets().send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: "AWSCURRENT" })),
      known,
    );
    expect(pairs(described)).toEqual([["secretsmanager:GetSecretValue", full]]);
    expect(described.authorizations[0]?.context).toMatchObject({
      "secretsmanager:SecretId": full,
      "secretsmanager:VersionStage": "AWSCURRENT",
    });
  });

  it("an unknown name keeps a suffix-less ARN that an exact grant does not cover", async () => {
    const described = await call(
      () => secrets().send(new DescribeSecretCommand({ SecretId: "missing" })),
      known,
    );
    expect(pairs(described)).toEqual([
      ["secretsmanager:DescribeSecret", `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:missing`],
    ]);
  });
});

describe("describeCall: SQS", () => {
  const queueUrl = () => `${endpoint}/${ACCOUNT}/inbound-dlq`;
  const queue = `arn:aws:sqs:${REGION}:${ACCOUNT}:inbound-dlq`;

  it.each([
    [
      "SendMessage",
      "sqs:SendMessage",
      (c: SQSClient) => c.send(new SendMessageCommand({ QueueUrl: queueUrl(), MessageBody: "x" })),
    ],
    [
      "SendMessageBatch",
      "sqs:SendMessage",
      (c: SQSClient) =>
        c.send(
          new SendMessageBatchCommand({ QueueUrl: queueUrl(), Entries: [{ Id: "1", MessageBody: "x" }] }),
        ),
    ],
    [
      "ReceiveMessage",
      "sqs:ReceiveMessage",
      (c: SQSClient) => c.send(new ReceiveMessageCommand({ QueueUrl: queueUrl() })),
    ],
    [
      "DeleteMessage",
      "sqs:DeleteMessage",
      (c: SQSClient) => c.send(new DeleteMessageCommand({ QueueUrl: queueUrl(), ReceiptHandle: "h" })),
    ],
    [
      "GetQueueAttributes",
      "sqs:GetQueueAttributes",
      (c: SQSClient) =>
        c.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl(), AttributeNames: ["All"] })),
    ],
  ] as const)("%s → %s on the queue ARN from QueueUrl", async (operation, action, send) => {
    const described = await call(() => send(sqs()));
    expect(described.operation).toBe(operation);
    expect(pairs(described)).toEqual([[action, queue]]);
  });
});

describe("describeCall: Lambda", () => {
  const fn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:reminder`;
  it.each([
    ["a name", "reminder", undefined, fn],
    ["name:alias", "reminder:live", undefined, `${fn}:live`],
    ["a Qualifier", "reminder", "7", `${fn}:7`],
    ["a full ARN", fn, undefined, fn],
    ["a partial ARN", `${ACCOUNT}:function:reminder`, undefined, fn],
    [
      "another account's ARN",
      "arn:aws:lambda:us-east-1:999999999999:function:other",
      undefined,
      "arn:aws:lambda:us-east-1:999999999999:function:other",
    ],
  ])("Invoke by %s → lambda:InvokeFunction on %s", async (_, functionName, qualifier, expected) => {
    const described = await call(() =>
      lambda().send(
        new InvokeCommand({
          FunctionName: functionName,
          Qualifier: qualifier,
          Payload: new TextEncoder().encode("{}"),
        }),
      ),
    );
    expect(described.operation).toBe("Invoke");
    expect(pairs(described)).toEqual([["lambda:InvokeFunction", expected]]);
  });
});

// ---------------------------------------------------------------------------------------------
// End to end: real SDK requests, described, then decided against a CDK-style role policy.

describe("decisions against a CDK-style policy", () => {
  const identityArn = (name: string) => `arn:aws:ses:${REGION}:${ACCOUNT}:identity/${name}`;
  const recipients = ["owner@example.com", "*@partner.example"];
  const sendStatement: PolicyStatement = {
    Effect: "Allow",
    Action: "ses:SendEmail",
    Resource: [
      identityArn("mail.example"),
      identityArn("owner@example.com"),
      identityArn("partner.example"),
      identityArn("*@partner.example"),
    ],
    Condition: {
      StringEquals: { "ses:FromAddress": "inbound@mail.example" },
      "ForAllValues:StringLike": { "ses:Recipients": recipients },
    },
  };
  const rolePolicy = (...statements: PolicyStatement[]): PolicyDocument[] => [
    { Version: "2012-10-17", Statement: statements },
  ];
  const caller: CallerContext = { ...CALLER, sesIdentities: ["mail.example", "owner@example.com"] };

  async function decide(
    input: SendEmailCommandInput,
    policies: PolicyDocument[],
    who: CallerContext = caller,
  ) {
    const described = await call(() => sesClient().send(new SendEmailCommand(input)), who);
    const decisions = described.authorizations.map((a) => evaluate(policies, a));
    return { allowed: decisions.every((d) => d.allowed), decisions };
  }

  const rawTo = (to: string) =>
    new TextEncoder().encode(
      `From: inbound@mail.example\r\n${to ? `To: ${to}\r\n` : ""}Subject: s\r\n\r\nbody`,
    );

  it("allows a send from the inbound address to an owner", async () => {
    const result = await decide(
      {
        FromEmailAddress: "inbound@mail.example",
        Destination: { ToAddresses: ["owner@example.com"] },
        Content: { Raw: { Data: rawTo("owner@example.com") } },
      },
      rolePolicy(sendStatement),
    );
    expect(result.allowed).toBe(true);
  });

  it("denies a send to a non-owner, and one from another address", async () => {
    const stranger = await decide(
      {
        FromEmailAddress: "inbound@mail.example",
        Destination: { ToAddresses: ["owner@example.com", "stranger@elsewhere.example"] },
        Content: { Raw: { Data: rawTo("x@y") } },
      },
      rolePolicy(sendStatement),
    );
    expect(stranger.allowed).toBe(false);
    expect(stranger.decisions[0]).toMatchObject({ allowed: false, reason: "implicit-deny" });
    const otherFrom = await decide(
      {
        FromEmailAddress: "noreply@mail.example",
        Destination: { ToAddresses: ["owner@example.com"] },
        Content: { Raw: { Data: rawTo("x@y") } },
      },
      rolePolicy(sendStatement),
    );
    expect(otherFrom.allowed).toBe(false);
  });

  it("a raw message with no recipients passes ForAllValues vacuously, and fails once a Null guard is added", async () => {
    const noRecipients = { Content: { Raw: { Data: rawTo("") } } };
    expect((await decide(noRecipients, rolePolicy(sendStatement))).allowed).toBe(true);
    const guarded: PolicyStatement = {
      ...sendStatement,
      Condition: { ...sendStatement.Condition, Null: { "ses:Recipients": "false" } },
    };
    expect((await decide(noRecipients, rolePolicy(guarded))).allowed).toBe(false);
    // The guard does not get in the way of a normal send.
    const normal = { Content: { Raw: { Data: rawTo("owner@example.com") } } };
    expect((await decide(normal, rolePolicy(guarded))).allowed).toBe(true);
  });

  it("a configuration set needs its own grant", async () => {
    const input: SendEmailCommandInput = {
      FromEmailAddress: "inbound@mail.example",
      Destination: { ToAddresses: ["owner@example.com"] },
      Content: { Raw: { Data: rawTo("owner@example.com") } },
      ConfigurationSetName: "followup-events",
    };
    const identitiesOnly = await decide(input, rolePolicy(sendStatement));
    expect(identitiesOnly.allowed).toBe(false);
    const withSet = await decide(
      input,
      rolePolicy(sendStatement, {
        Effect: "Allow",
        Action: "ses:SendEmail",
        Resource: `arn:aws:ses:${REGION}:${ACCOUNT}:configuration-set/followup-events`,
      }),
    );
    expect(withSet.allowed).toBe(true);
  });

  it("in the sandbox a partner recipient's domain identity is covered, a stranger's is not", async () => {
    const sandbox = { ...caller, sesSandbox: true };
    const partner = await decide(
      {
        FromEmailAddress: "inbound@mail.example",
        Destination: { ToAddresses: ["a@partner.example"] },
        Content: { Raw: { Data: rawTo("x@y") } },
      },
      rolePolicy(sendStatement),
      sandbox,
    );
    expect(partner.allowed).toBe(true);
    const withoutPartnerIdentities = await decide(
      {
        FromEmailAddress: "inbound@mail.example",
        Destination: { ToAddresses: ["a@partner.example"] },
        Content: { Raw: { Data: rawTo("x@y") } },
      },
      rolePolicy({
        ...sendStatement,
        Resource: [identityArn("mail.example"), identityArn("owner@example.com")],
      }),
      sandbox,
    );
    expect(withoutPartnerIdentities.allowed).toBe(false);
  });

  it("raw mail: GetObject under the prefix is allowed, outside it and ListBucket are not", async () => {
    const policies = rolePolicy({
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:DeleteObject"],
      Resource: "arn:aws:s3:::mail-bucket/raw/*",
    });
    const decideS3 = async (send: () => Promise<unknown>) =>
      (await call(send)).authorizations.every((a) => evaluate(policies, a).allowed);
    expect(
      await decideS3(() => s3().send(new GetObjectCommand({ Bucket: "mail-bucket", Key: "raw/msg-1" }))),
    ).toBe(true);
    expect(
      await decideS3(() =>
        s3().send(
          new DeleteObjectsCommand({
            Bucket: "mail-bucket",
            Delete: { Objects: [{ Key: "raw/1" }, { Key: "raw/2" }] },
          }),
        ),
      ),
    ).toBe(true);
    expect(
      await decideS3(() =>
        s3().send(
          new DeleteObjectsCommand({
            Bucket: "mail-bucket",
            Delete: { Objects: [{ Key: "raw/1" }, { Key: "other/2" }] },
          }),
        ),
      ),
    ).toBe(false);
    expect(
      await decideS3(() => s3().send(new GetObjectCommand({ Bucket: "mail-bucket", Key: "other/msg-1" }))),
    ).toBe(false);
    expect(
      await decideS3(() => s3().send(new ListObjectsV2Command({ Bucket: "mail-bucket", Prefix: "raw/" }))),
    ).toBe(false);
  });

  it("scheduling: CreateSchedule in the group with a passable role is allowed, without PassRole it is not", async () => {
    const group = "followup-reminders";
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/scheduler-role`;
    const scheduling: PolicyStatement = {
      Effect: "Allow",
      Action: ["scheduler:CreateSchedule", "scheduler:UpdateSchedule", "scheduler:DeleteSchedule"],
      Resource: `arn:aws:scheduler:${REGION}:${ACCOUNT}:schedule/${group}/*`,
    };
    const passRole: PolicyStatement = {
      Effect: "Allow",
      Action: "iam:PassRole",
      Resource: roleArn,
      Condition: { StringEquals: { "iam:PassedToService": "scheduler.amazonaws.com" } },
    };
    const create = (groupName: string) =>
      call(() =>
        scheduler().send(
          new CreateScheduleCommand({
            Name: "prompt-1",
            GroupName: groupName,
            ScheduleExpression: "at(2030-01-01T09:00:00)",
            FlexibleTimeWindow: { Mode: "OFF" },
            Target: { Arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:reminder`, RoleArn: roleArn },
          }),
        ),
      );
    const allowedBy = (described: AwsCall, policies: PolicyDocument[]) =>
      described.authorizations.every((a) => evaluate(policies, a).allowed);
    expect(allowedBy(await create(group), rolePolicy(scheduling, passRole))).toBe(true);
    expect(allowedBy(await create(group), rolePolicy(scheduling))).toBe(false);
    expect(allowedBy(await create("default"), rolePolicy(scheduling, passRole))).toBe(false);
  });
});
