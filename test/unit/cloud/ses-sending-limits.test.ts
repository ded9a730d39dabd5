/** The SES stand-in refuses what SES refuses: a send over the maximum rate or the 24-hour quota. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AwsCall } from "../../../local/cloud/aws-request-parts";
import { openSesInbox } from "../../../local/cloud/ses-inbox";
import { SANDBOX_LIMITS, sesOutbound } from "../../../local/cloud/ses-outbound";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "ses-limits-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const SEND = { service: "ses", operation: "SendEmail" } as AwsCall;
const START = Date.UTC(2026, 10, 23, 14, 0, 0);

/** X-Amz-Date as the SDK signs it. */
const amzDate = (at: number) => new Date(at).toISOString().replace(/[-:]|\.\d{3}/g, "");

function sandbox() {
  const ses = sesOutbound({
    region: "us-east-1",
    inbox: openSesInbox(join(folder, "inbox.jsonl")),
    now: () => START,
    limits: SANDBOX_LIMITS,
  });
  let forwarded = 0;
  const forward = async () => {
    forwarded++;
    return {
      status: 200,
      headers: {},
      body: Buffer.from(JSON.stringify({ MessageId: `stand-in-${forwarded}` })),
    };
  };
  const send = async (at: number) => {
    const request = {
      method: "POST",
      path: "/v2/email/outbound-emails",
      query: new URLSearchParams(),
      headers: { "x-amz-date": amzDate(at) },
      body: Buffer.from(JSON.stringify({ Content: { Simple: {} } })),
    };
    const answer = await ses.hook.handle(SEND, request, forward);
    return {
      status: answer.status,
      type: answer.headers["x-amzn-errortype"] ?? null,
      message: (JSON.parse(answer.body.toString("utf8")) as { message?: string }).message ?? null,
    };
  };
  return { send, forwarded: () => forwarded };
}

const ACCEPTED = { status: 200, type: null, message: null };
const RATE = { status: 429, type: "TooManyRequestsException", message: "Maximum sending rate exceeded." };
const DAILY = { status: 429, type: "TooManyRequestsException", message: "Daily message quota exceeded." };

describe("SES stand-in sending limits (the sandbox's 1 a second, 200 a day)", () => {
  it("refuses a second send in the same second, as SES v2 does, and takes the next second's", async () => {
    const ses = sandbox();

    expect(await ses.send(START)).toEqual(ACCEPTED);
    expect(await ses.send(START)).toEqual(RATE);
    expect(await ses.send(START + 1000)).toEqual(ACCEPTED);
    expect(ses.forwarded()).toBe(2);
  });

  it("refuses the 201st send of 24 hours, and sends again once the first has aged out", async () => {
    const ses = sandbox();
    for (let index = 0; index < 200; index++) expect(await ses.send(START + index * 1000)).toEqual(ACCEPTED);

    expect(await ses.send(START + 600_000)).toEqual(DAILY);
    // Signed a little earlier on another function's clock: the sends already accepted still count.
    expect(await ses.send(START - 5_000)).toEqual(DAILY);
    expect(await ses.send(START + 24 * 3_600_000)).toEqual(ACCEPTED);
    expect(ses.forwarded()).toBe(201);
  });
});
