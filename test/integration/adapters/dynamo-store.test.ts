/** The DynamoDB adapter against dynalite: conditional writes carry every concurrency guarantee. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from "@aws-sdk/client-dynamodb";
import dynalite from "dynalite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoInterviewStore, TABLE_KEYS } from "../../../lambdas/adapters/dynamo-interview-store";
import { ConflictError, type InterviewRecord } from "../../../lambdas/ports";

/** The table the stack creates (its keys are TABLE_KEYS); an existing one is fine. */
async function createTableIfMissing(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [
          { AttributeName: TABLE_KEYS.partitionKey, AttributeType: "S" },
          { AttributeName: TABLE_KEYS.sortKey, AttributeType: "S" },
        ],
        KeySchema: [
          { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" },
          { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}

let server: Server;
let client: DynamoDBClient;
let store: DynamoInterviewStore;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  await createTableIfMissing(client, "interviews");
  await createTableIfMissing(client, "interviews");
  store = new DynamoInterviewStore({ client, tableName: "interviews" });
});
afterAll(async () => {
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
});

function record(ownerId: string, interviewId: string, revision: number): InterviewRecord {
  return {
    ownerId,
    interviewId,
    applicationId: "app",
    round: 1,
    interview: {
      uid: null,
      sequence: 0,
      method: null,
      title: "t",
      company: "Acme",
      role: null,
      start: "2026-12-02T19:00:00Z",
      end: null,
      timeZone: null,
      interviewers: [],
      location: null,
      meetingUrl: null,
      source: "text",
    },
    log: {},
    status: "active",
    planVersion: 1,
    planned: [],
    threadId: "<t@x>",
    sourceKeys: [],
    rawMailKeys: [],
    appliedMessageIds: [],
    createdAt: "2026-11-23T00:00:00Z",
    updatedAt: "2026-11-23T00:00:00Z",
    revision,
  };
}

describe("DynamoInterviewStore", () => {
  it("creates once, then updates only from the revision it read", async () => {
    await store.save(record("a@x.com", "i1", 1));
    await expect(store.save(record("a@x.com", "i1", 1))).rejects.toBeInstanceOf(ConflictError);
    await store.save(record("a@x.com", "i1", 2));
    await expect(store.save(record("a@x.com", "i1", 2))).rejects.toBeInstanceOf(ConflictError);
    expect((await store.get("a@x.com", "i1"))?.revision).toBe(2);
  });

  it("keeps owners apart: a query never returns another owner's rounds", async () => {
    await store.save(record("b@x.com", "i2", 1));
    await store.save(record("b@x.com", "i3", 1));
    expect((await store.listByOwner("b@x.com")).map((item) => item.interviewId).sort()).toEqual(["i2", "i3"]);
    expect((await store.listByOwner("a@x.com")).map((item) => item.interviewId)).toEqual(["i1"]);
    expect(await store.get("b@x.com", "i1")).toBeNull();
  });

  it("claims a key with a lease: in progress while it runs, free again once released or run out, done once completed", async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(await store.claim("a@x.com", "k", future)).toBe("taken");
    expect(await store.claim("a@x.com", "k", future)).toBe("in-progress");
    await store.release("a@x.com", "k");
    // dynalite has no TTL: an expired lease is free again all the same (the holder died).
    expect(await store.claim("a@x.com", "k", new Date(Date.now() - 60_000).toISOString())).toBe("taken");
    expect(await store.claim("a@x.com", "k", future)).toBe("taken");
    await store.complete("a@x.com", "k", new Date(Date.now() + 86_400_000).toISOString());
    expect(await store.claim("a@x.com", "k", future)).toBe("done");
  });

  it("counts a budget once per token, however often the same use is retried", async () => {
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expect(await store.spend("a@x.com", "welcomes", 2, until, "m1")).toBe(true);
    expect(await store.spend("a@x.com", "welcomes", 2, until, "m1")).toBe(true);
    expect(await store.spend("a@x.com", "welcomes", 2, until, "m2")).toBe(true);
    expect(await store.spend("a@x.com", "welcomes", 2, until, "m3")).toBe(false);
    expect(await store.spend("a@x.com", "welcomes", 2, until, "m2")).toBe(true);
  });

  it("deletes a round", async () => {
    await store.delete("b@x.com", "i3");
    expect(await store.get("b@x.com", "i3")).toBeNull();
  });
});

describe("applied mail", () => {
  it("is found by any of its keys, attachments intact, and deleted with its round", async () => {
    // Prepare
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const answer = {
      subject: "Got it",
      text: "plan",
      html: "<p>plan</p>",
      attachments: [
        { filename: "a.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" },
        { filename: "b.bin", contentType: "application/octet-stream", content: new Uint8Array([0, 255, 7]) },
      ],
    };
    const applied = { key: "m1", interviewId: "i9", revision: 4, detail: "stored", answer };
    await store.save(record("e@x.com", "i9", 1));
    // Act
    await store.markApplied("e@x.com", "i9", ["m1", "s1"], applied, until);
    // Assess
    expect(await store.applied("e@x.com", "i9", ["s1"])).toEqual(applied);
    expect(await store.applied("e@x.com", "i9", ["m2", "m1"])).toEqual(applied);
    expect(await store.applied("e@x.com", "other", ["m1"])).toBeNull();
    expect(await store.applied("f@x.com", "i9", ["m1"])).toBeNull();
    await store.delete("e@x.com", "i9");
    expect(await store.applied("e@x.com", "i9", ["m1", "s1"])).toBeNull();
  });
});

describe("held answers", () => {
  it("are listed oldest first, per owner, until dropped, as they were held", async () => {
    // Prepare: an answer to a reply about a round, and one to the digest's address with a binary file.
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const answer = { subject: "Noted", text: "t", html: "<p>t</p>", attachments: [] };
    const applied = (key: string) => ({
      key,
      answer,
      interviewId: "i1",
      about: "i1",
      storageKey: `raw/${key}`,
    });
    const file = {
      filename: "a.bin",
      contentType: "application/octet-stream",
      content: new Uint8Array([0, 255]),
    };
    const plain = { key: "k4", answer: { ...answer, attachments: [file] }, replyTo: "followup+d@x.com" };
    // Act
    await store.holdAnswer("g@x.com", applied("k1"), until);
    await store.holdAnswer("g@x.com", applied("k2"), until);
    await store.holdAnswer("h@x.com", applied("k3"), until);
    await store.holdAnswer("g@x.com", plain, until);
    await store.dropHeldAnswer("g@x.com", "k1");
    // Assess
    expect(await store.listHeldAnswers("g@x.com")).toEqual([applied("k2"), plain]);
    expect((await store.listHeldAnswers("h@x.com")).map((each) => each.key)).toEqual(["k3"]);
  });
});

describe("per-owner budgets", () => {
  it("counts up to the limit per owner and window, then says no", async () => {
    const expires = new Date(Date.now() + 3_600_000).toISOString();
    const spent = [];
    for (let index = 0; index < 4; index++) spent.push(await store.spend("c@x.com", "emails#h1", 3, expires));
    expect(spent).toEqual([true, true, true, false]);
    expect(await store.spend("d@x.com", "emails#h1", 3, expires)).toBe(true);
    expect(await store.spend("c@x.com", "emails#h2", 3, expires)).toBe(true);
  });
});
