import {
  type AttributeValue,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { readStoredRecord } from "../domain/interview/record";
import {
  type AppliedMail,
  type ClaimResult,
  ConflictError,
  type HeldAnswer,
  type InterviewRecord,
  type InterviewStore,
  type OwnerProfile,
} from "../ports";
import {
  decodeApplied,
  decodeHeld,
  encodeApplied,
  encodeHeld,
  type StoredApplied,
  type StoredHeld,
} from "./dynamo-applied-mail";

/** The single-table key design, shared with the CDK stack so both name the same attributes. */
export const TABLE_KEYS = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Epoch seconds; DynamoDB TTL deletes expired claims (dynalite does not, so reads check it). */
  ttlAttribute: "expiresAt",
} as const;

const ownerKey = (ownerId: string) => `OWNER#${ownerId}`;
const INTERVIEW = "INTERVIEW#";
const CLAIM = "CLAIM#";
const BUDGET = "BUDGET#";
const PROFILE = "PROFILE";
const MAIL = "MAIL#";
const DIRECTORY = "DIRECTORY";
const APPLIED = "APPLIED#";
const HELD = "HELD#";
const appliedKey = (interviewId: string, key: string) => `${APPLIED}${interviewId}#${key}`;

/** The item one round is stored as (its size is what DynamoDB's 400 KB limit applies to). */
export function interviewItem(record: InterviewRecord): Record<string, AttributeValue> {
  return {
    pk: { S: ownerKey(record.ownerId) },
    sk: { S: `${INTERVIEW}${record.interviewId}` },
    revision: { N: String(record.revision) },
    record: { S: JSON.stringify(record) },
  };
}

/**
 * Interviews and one-time claims of one owner share a partition: every request is a key lookup
 * or a query on the owner's partition, never a scan. Writes are single-item and conditional.
 */
export class DynamoInterviewStore implements InterviewStore {
  constructor(private readonly props: { readonly client: DynamoDBClient; readonly tableName: string }) {}

  async get(ownerId: string, interviewId: string): Promise<InterviewRecord | null> {
    const { Item } = await this.props.client.send(
      new GetItemCommand({
        TableName: this.props.tableName,
        Key: { pk: { S: ownerKey(ownerId) }, sk: { S: `${INTERVIEW}${interviewId}` } },
        ConsistentRead: true,
      }),
    );
    return Item?.record?.S ? readStoredRecord(JSON.parse(Item.record.S) as InterviewRecord) : null;
  }

  async listByOwner(ownerId: string): Promise<InterviewRecord[]> {
    const items = await this.queryPartition(ownerKey(ownerId), INTERVIEW, true);
    return items.flatMap((item) =>
      item.record?.S ? [readStoredRecord(JSON.parse(item.record.S) as InterviewRecord)] : [],
    );
  }

  /** Every item of one partition (optionally under a sort-key prefix), across pages. */
  private async queryPartition(
    pk: string,
    prefix: string | null,
    consistent: boolean,
  ): Promise<Record<string, AttributeValue>[]> {
    const items: Record<string, AttributeValue>[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.props.client.send(
        new QueryCommand({
          TableName: this.props.tableName,
          KeyConditionExpression: prefix ? "pk = :pk AND begins_with(sk, :prefix)" : "pk = :pk",
          ExpressionAttributeValues: { ":pk": { S: pk }, ...(prefix ? { ":prefix": { S: prefix } } : {}) },
          ExclusiveStartKey: startKey,
          ConsistentRead: consistent,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  async holdAnswer(ownerId: string, held: HeldAnswer, keepUntil: string): Promise<void> {
    await this.props.client.send(
      new PutItemCommand({
        TableName: this.props.tableName,
        Item: {
          pk: { S: ownerKey(ownerId) },
          sk: { S: `${HELD}${held.key}` },
          heldAt: { N: String(Date.now()) },
          record: { S: JSON.stringify(encodeHeld(held)) },
          expiresAt: { N: epochSeconds(keepUntil) },
        },
      }),
    );
  }

  async listHeldAnswers(ownerId: string): Promise<HeldAnswer[]> {
    const items = await this.queryPartition(ownerKey(ownerId), HELD, true);
    return items
      .sort((a, b) => Number(a.heldAt?.N ?? 0) - Number(b.heldAt?.N ?? 0))
      .flatMap((item) => (item.record?.S ? [decodeHeld(JSON.parse(item.record.S) as StoredHeld)] : []));
  }

  async dropHeldAnswer(ownerId: string, key: string): Promise<void> {
    await this.props.client.send(
      new DeleteItemCommand({
        TableName: this.props.tableName,
        Key: { pk: { S: ownerKey(ownerId) }, sk: { S: `${HELD}${key}` } },
      }),
    );
  }

  async getProfile(ownerId: string): Promise<OwnerProfile | null> {
    const { Item } = await this.props.client.send(
      new GetItemCommand({
        TableName: this.props.tableName,
        Key: { pk: { S: ownerKey(ownerId) }, sk: { S: PROFILE } },
        ConsistentRead: true,
      }),
    );
    return Item?.record?.S ? (JSON.parse(Item.record.S) as OwnerProfile) : null;
  }

  async saveProfile(profile: OwnerProfile): Promise<void> {
    // A pending profile expires by TTL; a confirmed one has no expiry.
    const expiresAt: Record<string, AttributeValue> = profile.expiresAt
      ? { expiresAt: { N: String(Math.floor(Date.parse(profile.expiresAt) / 1000)) } }
      : {};
    await this.conditionalPut(
      {
        pk: { S: ownerKey(profile.ownerId) },
        sk: { S: PROFILE },
        revision: { N: String(profile.revision) },
        record: { S: JSON.stringify(profile) },
        ...expiresAt,
      },
      profile.revision,
      `Profile of ${profile.ownerId}`,
    );
    if (profile.status === "confirmed") {
      await this.props.client.send(
        new PutItemCommand({
          TableName: this.props.tableName,
          Item: { pk: { S: DIRECTORY }, sk: { S: ownerKey(profile.ownerId) } },
        }),
      );
    }
  }

  async listConfirmedOwners(): Promise<string[]> {
    const items = await this.queryPartition(DIRECTORY, null, false);
    return items.flatMap((item) => (item.sk?.S ? [item.sk.S.replace(/^OWNER#/, "")] : []));
  }

  save(record: InterviewRecord): Promise<void> {
    return this.conditionalPut(interviewItem(record), record.revision, `Interview ${record.interviewId}`);
  }

  /** Writes an item only if its stored revision is the one before (or it is new at revision 1). */
  private async conditionalPut(
    item: Record<string, AttributeValue>,
    revision: number,
    what: string,
  ): Promise<void> {
    const first = revision === 1;
    try {
      await this.props.client.send(
        new PutItemCommand({
          TableName: this.props.tableName,
          Item: item,
          ConditionExpression: first ? "attribute_not_exists(pk)" : "revision = :previous",
          ExpressionAttributeValues: first ? undefined : { ":previous": { N: String(revision - 1) } },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new ConflictError(`${what} changed concurrently (revision ${revision})`, { cause: error });
      }
      throw error;
    }
  }

  async delete(ownerId: string, interviewId: string): Promise<void> {
    const applied = await this.queryPartition(ownerKey(ownerId), appliedKey(interviewId, ""), true);
    for (const sk of [`${INTERVIEW}${interviewId}`, ...applied.flatMap((item) => item.sk?.S ?? [])]) {
      await this.props.client.send(
        new DeleteItemCommand({
          TableName: this.props.tableName,
          Key: { pk: { S: ownerKey(ownerId) }, sk: { S: sk } },
        }),
      );
    }
  }

  async markApplied(
    ownerId: string,
    interviewId: string,
    keys: readonly string[],
    applied: AppliedMail,
    keepUntil: string,
  ): Promise<void> {
    for (const key of keys) {
      await this.props.client.send(
        new PutItemCommand({
          TableName: this.props.tableName,
          Item: {
            pk: { S: ownerKey(ownerId) },
            sk: { S: appliedKey(interviewId, key) },
            record: { S: JSON.stringify(encodeApplied(applied)) },
            expiresAt: { N: epochSeconds(keepUntil) },
          },
        }),
      );
    }
  }

  async applied(ownerId: string, interviewId: string, keys: readonly string[]): Promise<AppliedMail | null> {
    for (const key of keys) {
      const { Item } = await this.props.client.send(
        new GetItemCommand({
          TableName: this.props.tableName,
          Key: { pk: { S: ownerKey(ownerId) }, sk: { S: appliedKey(interviewId, key) } },
          ConsistentRead: true,
        }),
      );
      if (Item?.record?.S) return decodeApplied(JSON.parse(Item.record.S) as StoredApplied);
    }
    return null;
  }

  async claim(ownerId: string, key: string, leaseUntil: string): Promise<ClaimResult> {
    const itemKey = { pk: { S: ownerKey(ownerId) }, sk: { S: `${CLAIM}${key}` } };
    try {
      await this.props.client.send(
        new PutItemCommand({
          TableName: this.props.tableName,
          Item: { ...itemKey, state: { S: "leased" }, expiresAt: { N: epochSeconds(leaseUntil) } },
          // An expired claim is free again even before TTL removes it: a lease whose holder died.
          ConditionExpression: "attribute_not_exists(pk) OR expiresAt < :now",
          ExpressionAttributeValues: { ":now": { N: String(Math.floor(Date.now() / 1000)) } },
        }),
      );
      return "taken";
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const { Item } = await this.props.client.send(
      new GetItemCommand({ TableName: this.props.tableName, Key: itemKey, ConsistentRead: true }),
    );
    // Claims written before leases existed have no state: they were only ever taken to be kept.
    return Item?.state?.S === "leased" ? "in-progress" : "done";
  }

  async complete(ownerId: string, key: string, keepUntil: string): Promise<void> {
    await this.props.client.send(
      new PutItemCommand({
        TableName: this.props.tableName,
        Item: {
          pk: { S: ownerKey(ownerId) },
          sk: { S: `${CLAIM}${key}` },
          state: { S: "done" },
          expiresAt: { N: epochSeconds(keepUntil) },
        },
      }),
    );
  }

  async spend(
    ownerId: string,
    key: string,
    limit: number,
    expiresAt: string,
    token?: string,
  ): Promise<boolean> {
    const itemKey = { pk: { S: ownerKey(ownerId) }, sk: { S: `${BUDGET}${key}` } };
    try {
      await this.props.client.send(
        new UpdateItemCommand({
          TableName: this.props.tableName,
          Key: itemKey,
          UpdateExpression: `ADD used :one${token ? ", tokens :tokens" : ""} SET expiresAt = if_not_exists(expiresAt, :expires)`,
          ConditionExpression: `(attribute_not_exists(used) OR used < :limit)${token ? " AND NOT contains(tokens, :token)" : ""}`,
          ExpressionAttributeValues: {
            ":one": { N: "1" },
            ":limit": { N: String(limit) },
            ":expires": { N: epochSeconds(expiresAt) },
            ...(token ? { ":tokens": { SS: [token] }, ":token": { S: token } } : {}),
          },
        }),
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    if (!token) return false;
    // Already counted for this token (a retry of the same use): still within the budget.
    const { Item } = await this.props.client.send(
      new GetItemCommand({ TableName: this.props.tableName, Key: itemKey, ConsistentRead: true }),
    );
    return Item?.tokens?.SS?.includes(token) ?? false;
  }

  async recordMail(ownerId: string, storageKey: string, keepUntil: string): Promise<void> {
    await this.props.client.send(
      new PutItemCommand({
        TableName: this.props.tableName,
        Item: {
          pk: { S: ownerKey(ownerId) },
          sk: { S: `${MAIL}${storageKey}` },
          expiresAt: { N: epochSeconds(keepUntil) },
        },
      }),
    );
  }

  async listMail(ownerId: string): Promise<string[]> {
    const items = await this.queryPartition(ownerKey(ownerId), MAIL, true);
    return items.flatMap((item) => (item.sk?.S ? [item.sk.S.slice(MAIL.length)] : []));
  }

  async forgetMail(ownerId: string, storageKey: string): Promise<void> {
    await this.props.client.send(
      new DeleteItemCommand({
        TableName: this.props.tableName,
        Key: { pk: { S: ownerKey(ownerId) }, sk: { S: `${MAIL}${storageKey}` } },
      }),
    );
  }

  async release(ownerId: string, key: string): Promise<void> {
    await this.props.client.send(
      new DeleteItemCommand({
        TableName: this.props.tableName,
        Key: { pk: { S: ownerKey(ownerId) }, sk: { S: `${CLAIM}${key}` } },
      }),
    );
  }
}

function epochSeconds(iso: string): string {
  return String(Math.floor(Date.parse(iso) / 1000));
}
