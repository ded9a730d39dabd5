/**
 * What an operator reads, from the handlers themselves: their stdout, which Lambda ships to
 * CloudWatch Logs (JSON lines) and CloudWatch turns into metrics (EMF). A forward, a reply, a
 * reminder and a dropped stranger, run through the real handlers with in-memory ports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MeteredMailer, MeteredScheduler } from "../../../lambdas/adapters/metered";
import { signReplyAddress } from "../../../lambdas/domain/reply-token";
import {
  createInboundHandler,
  type InboundDeps,
  type SesReceiptEvent,
} from "../../../lambdas/handlers/inbound";
import { createReminderHandler } from "../../../lambdas/handlers/reminder";
import { addressHash } from "../../../lambdas/observability/redact";
import { type LambdaContext, Telemetry } from "../../../lambdas/observability/telemetry";
import type { Mailer } from "../../../lambdas/ports";
import { SendRateExceededError } from "../../../lambdas/use-cases/steps/outgoing";
import { createWorld, OWNER, useUpHourlyCap, type World } from "../conversation/world";
import { type Captured, captureOutput } from "./capture";

const FORWARD = readFileSync(
  join(import.meta.dirname, "../../fixtures/mail/google-calendar-forwarded-gmail.eml"),
);
const INBOUND = "followup@followup.example.com";
const STRANGER = "mallory@elsewhere.example.org";

let stdout: Captured;
beforeEach(() => {
  // Lambda sets it for on-demand functions; Powertools reports a cold start only then.
  vi.stubEnv("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
  stdout = captureOutput();
});
afterEach(() => {
  stdout.restore();
  vi.unstubAllEnvs();
});

function context(requestId: string): LambdaContext {
  return {
    functionName: "Test-Inbound",
    functionVersion: "$LATEST",
    invokedFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:Test-Inbound",
    memoryLimitInMB: "512",
    awsRequestId: requestId,
  };
}

/** A handler's telemetry as the stack configures it, and the world's ports counted through it. */
function observedWorld(handler: "inbound" | "reminder", mailer?: Mailer) {
  const world = createWorld("2026-11-23T09:00:00-06:00");
  const telemetry = new Telemetry({ handler, serviceName: "Test", namespace: "InterviewFollowup" });
  const deps: InboundDeps = {
    ...world.deps,
    mailer: new MeteredMailer(mailer ?? world.deps.mailer, telemetry),
    scheduler: new MeteredScheduler(world.deps.scheduler, telemetry),
    rawMailPrefix: "inbound/",
  };
  return { world, telemetry, deps };
}

/** The receipt SES sends after storing `raw` under inbound/<messageId>, all verdicts passing. */
async function receive(
  world: World,
  messageId: string,
  raw: Uint8Array | string,
  from: string,
  to = INBOUND,
) {
  await world.deps.rawMail.put(`inbound/${messageId}`, typeof raw === "string" ? Buffer.from(raw) : raw);
  const pass = { status: "PASS" as const };
  const event: SesReceiptEvent = {
    Records: [
      {
        ses: {
          mail: { messageId, source: from },
          receipt: {
            recipients: [to],
            spfVerdict: pass,
            dkimVerdict: pass,
            dmarcVerdict: pass,
            spamVerdict: pass,
            virusVerdict: pass,
          },
        },
      },
    ],
  };
  return event;
}

function plainMail(from: string, to: string, subject: string, body: string): string {
  return [
    `From: <${from}>`,
    `To: <${to}>`,
    `Subject: ${subject}`,
    `Message-ID: <${Math.random().toString(36).slice(2)}@mail.example.org>`,
    "Date: Mon, 23 Nov 2026 09:00:00 -0600",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
    "",
  ].join("\r\n");
}

/** The one log line with this message. */
function line(message: string) {
  const lines = stdout.logs().filter((entry) => entry.message === message);
  expect(lines, JSON.stringify(stdout.logs())).toHaveLength(1);
  return lines[0] as Record<string, unknown>;
}

/** [name, dimensions (without service), value] of every metric emitted, sorted. */
function metricsEmitted() {
  return stdout
    .metrics()
    .map(({ name, dimensions: { service, ...others }, value }) => [name, others, value, service] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe("a forward", () => {
  it("logs one INFO line with the request id, cold start, SES message id and hashed sender; no address in clear", async () => {
    // Prepare
    const { world, telemetry, deps } = observedWorld("inbound");
    const handler = createInboundHandler(
      async () => deps,
      () => telemetry,
    );
    const event = await receive(world, "ses-forward-1", FORWARD, OWNER);

    // Act
    await handler(event, context("request-1"));

    // Assess
    expect(line("mail processed")).toMatchObject({
      level: "INFO",
      service: "Test",
      handler: "inbound",
      function_request_id: "request-1",
      function_name: "Test-Inbound",
      cold_start: true,
      correlation_id: "ses-forward-1",
      sender: addressHash(OWNER),
      action: "answered",
      flow: "forward",
      detail: "stored",
      outcome: "stored",
      parse_ms: expect.any(Number),
    });
    expect(stdout.text()).not.toMatch(/jordan\.lee@gmail\.com|priya\.patel@acmerobotics\.com/i);
    expect(world.mailer.sent).toHaveLength(1);
  });

  it("emits, in the InterviewFollowup namespace for its service: Mail by flow, Forwards by outcome, ParseTime, EmailsSent, ScheduleOperations", async () => {
    // Prepare
    const { world, telemetry, deps } = observedWorld("inbound");
    const handler = createInboundHandler(
      async () => deps,
      () => telemetry,
    );

    // Act
    await handler(await receive(world, "ses-forward-2", FORWARD, OWNER), context("request-2"));

    // Assess
    const emitted = metricsEmitted();
    expect(emitted.map(([name]) => name)).toEqual([
      "Answers",
      "EmailsSent",
      "Forwards",
      "Mail",
      "ParseTime",
      "ScheduleOperations",
      "ScheduleOperations",
    ]);
    expect(emitted).toContainEqual(["Forwards", { outcome: "stored" }, 1, "Test"]);
    expect(emitted).toContainEqual(["Answers", { result: "sent" }, 1, "Test"]);
    expect(emitted).toContainEqual(["Mail", { flow: "forward" }, 1, "Test"]);
    expect(emitted).toContainEqual(["EmailsSent", {}, 1, "Test"]);
    expect(emitted).toContainEqual(["ScheduleOperations", { operation: "list" }, 1, "Test"]);
    const puts = emitted.find(
      ([name, dimensions]) => name === "ScheduleOperations" && dimensions.operation === "put",
    );
    expect(puts?.[2]).toBe(world.scheduler.schedules.size);
    const parse = stdout.metrics().find((metric) => metric.name === "ParseTime");
    expect(parse).toMatchObject({
      namespace: "InterviewFollowup",
      unit: "Milliseconds",
      value: expect.any(Number),
    });
    expect(parse?.blob).toMatchObject({ correlation_id: "ses-forward-2", function_request_id: "request-2" });
  });
});

describe("a reply", () => {
  it("logs its intent, counts Replies by intent, and the second invocation is no cold start", async () => {
    // Prepare: an interview, and the owner's reply to the signed address of its emails.
    const { world, telemetry, deps } = observedWorld("inbound");
    const handler = createInboundHandler(
      async () => deps,
      () => telemetry,
    );
    await handler(
      await receive(world, "ses-warm-up", plainMail(STRANGER, INBOUND, "hi", "hi"), STRANGER),
      context("request-warm-up"),
    );
    const record = await world.forward({ start: "2026-11-23T08:00:00-06:00" });
    const replyTo = signReplyAddress({
      secret: "test-secret",
      ownerId: OWNER,
      interviewId: record.interviewId,
      inbound: INBOUND,
    });
    const reply = plainMail(OWNER, replyTo, "Re: Send your thank-you to Acme Robotics today", "sent it");
    stdout.restore();
    stdout = captureOutput();

    // Act
    await handler(await receive(world, "ses-reply-1", reply, OWNER, replyTo), context("request-3"));

    // Assess
    expect(line("mail processed")).toMatchObject({
      cold_start: false,
      function_request_id: "request-3",
      correlation_id: "ses-reply-1",
      flow: "reply",
      detail: "thanked",
      intent: "thanked",
    });
    expect(metricsEmitted()).toContainEqual(["Replies", { intent: "thanked" }, 1, "Test"]);
    expect(metricsEmitted()).toContainEqual(["Mail", { flow: "reply" }, 1, "Test"]);
    expect(stdout.text()).not.toContain(OWNER);
    expect(stdout.text()).not.toContain(replyTo);
  });
});

describe("a dropped stranger", () => {
  it("is logged as dropped, not-an-owner, with only a hash of its sender, and counted as MailDropped", async () => {
    // Prepare
    const { world, telemetry, deps } = observedWorld("inbound");
    const handler = createInboundHandler(
      async () => deps,
      () => telemetry,
    );
    const mail = plainMail(STRANGER, INBOUND, "Buy now", "Dear jordan.lee@gmail.com, …");

    // Act
    await handler(await receive(world, "ses-stranger-1", mail, STRANGER), context("request-4"));

    // Assess
    expect(line("mail processed")).toMatchObject({
      level: "INFO",
      correlation_id: "ses-stranger-1",
      sender: addressHash(STRANGER),
      action: "dropped",
      reason: "not-an-owner",
    });
    expect(metricsEmitted()).toEqual([["MailDropped", { reason: "not-an-owner" }, 1, "Test"]]);
    expect(stdout.text()).not.toContain(STRANGER);
    expect(stdout.text()).not.toContain("Buy now");
    expect(world.mailer.sent).toEqual([]);
  });
});

describe("a reminder", () => {
  it("logs the interview id as correlation id and the owner hashed, and counts PromptsSent by kind", async () => {
    // Prepare: an interview whose prep prompt is scheduled.
    const { world, telemetry } = observedWorld("reminder");
    const record = await world.forward({ start: "2026-11-25T10:00:00-06:00" });
    const prep = [...world.scheduler.schedules.values()].find((schedule) => schedule.payload.kind === "prep");
    if (!prep) throw new Error("no prep prompt planned");
    const deps = { ...world.deps, mailer: new MeteredMailer(world.deps.mailer, telemetry) };
    const handler = createReminderHandler(
      async () => deps,
      () => telemetry,
    );

    // Act
    await handler(prep.payload, context("request-5"));

    // Assess
    expect(line("reminder fired")).toMatchObject({
      level: "INFO",
      handler: "reminder",
      function_request_id: "request-5",
      cold_start: true,
      correlation_id: record.interviewId,
      owner: addressHash(OWNER),
      kind: "prep",
      action: "sent",
    });
    expect(metricsEmitted()).toEqual([
      ["EmailsSent", {}, 1, "Test"],
      ["PromptsSent", { kind: "prep" }, 1, "Test"],
    ]);
    expect(stdout.text()).not.toContain(OWNER);
  });
});

describe("a prompt a sending limit refuses", () => {
  it.each([
    [
      "the account's daily SES quota",
      "daily-quota",
      1,
      [
        ["SendFailures", {}, 1, "Test"],
        ["SendQuotaHeld", {}, 1, "Test"],
      ],
    ],
    ["the owner's hourly cap", "hourly-cap", 0, [["SendBudgetExceeded", {}, 1, "Test"]]],
  ] as const)(
    "by %s is held, not failed: its log line says which and when it is tried again, and it is counted",
    async (_by, limit, holds, metrics) => {
      // Prepare: the prep prompt falls due while the limit is reached.
      const { world, telemetry } = observedWorld("reminder");
      await world.forward({ start: "2026-11-25T10:00:00-06:00" });
      const prep = [...world.scheduler.schedules.values()].find(
        (schedule) => schedule.payload.kind === "prep",
      );
      if (!prep) throw new Error("no prep prompt planned");
      if (limit === "daily-quota") world.mailer.dailyQuota = 0;
      else await useUpHourlyCap(world, world.now());
      const deps = { ...world.deps, mailer: new MeteredMailer(world.deps.mailer, telemetry) };
      const handler = createReminderHandler(
        async () => deps,
        () => telemetry,
      );

      // Act
      await handler(prep.payload, context("request-9"));

      // Assess
      expect(stdout.logs().filter((entry) => entry.level === "ERROR")).toEqual([]);
      expect(line("reminder fired")).toMatchObject({ action: "held", kind: "prep", limit, holds });
      expect(line("reminder fired").retryAt).toEqual(expect.any(String));
      expect(metricsEmitted()).toEqual(metrics);
    },
  );
});

describe("a failure", () => {
  it("is logged once at ERROR with its cause chain, addresses redacted, counted, and rethrown redacted", async () => {
    // Prepare: SES refuses, naming the address; it throttles the retry.
    const refused = new Error(`Email address is not verified: ${OWNER}`, {
      cause: new Error("MessageRejected"),
    });
    refused.name = "MessageRejected";
    const throttled = new Error("Maximum sending rate exceeded.");
    throttled.name = "Throttling";
    let attempts = 0;
    const failing: Mailer = {
      send: async () => {
        attempts++;
        throw attempts === 1 ? refused : throttled;
      },
    };
    const { world, telemetry, deps } = observedWorld("inbound", failing);
    const handler = createInboundHandler(
      async () => deps,
      () => telemetry,
    );

    // Act
    const first = handler(await receive(world, "ses-fail-1", FORWARD, OWNER), context("request-6"));
    await expect(first).rejects.toBe(refused);
    const retry = handler(await receive(world, "ses-fail-1", FORWARD, OWNER), context("request-7"));
    await expect(retry).rejects.toBe(throttled);

    // Assess
    const errors = stdout.logs().filter((entry) => entry.level === "ERROR");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({
      message: "inbound failed",
      correlation_id: "ses-fail-1",
      function_request_id: "request-6",
      error: {
        name: "MessageRejected",
        message: `Email address is not verified: <address:${addressHash(OWNER)}>`,
        cause: { name: "Error", message: "MessageRejected" },
      },
    });
    expect(errors[1]).toMatchObject({
      function_request_id: "request-7",
      error: { name: "Throttling" },
    });
    expect(stdout.logs().filter((entry) => entry.message === "mail processed")).toEqual([]);
    expect(stdout.text()).not.toContain(OWNER);
    expect(refused.message).not.toContain(OWNER);
    expect(refused.stack).not.toContain(OWNER);
    const emitted = metricsEmitted();
    expect(emitted).toContainEqual(["SendFailures", {}, 1, "Test"]);
  });

  it("an answer over the hourly send budget is held, not failed: logged as such and counted", async () => {
    // Prepare: the budget is reached
    const { world, telemetry, deps } = observedWorld("inbound", {
      send: async () => Promise.reject(new SendRateExceededError(OWNER)),
    });
    const handler = createInboundHandler(
      async () => deps,
      () => telemetry,
    );
    // Act
    await handler(await receive(world, "ses-held-1", FORWARD, OWNER), context("request-8"));
    // Assess
    expect(stdout.logs().filter((entry) => entry.level === "ERROR")).toEqual([]);
    expect(stdout.logs().find((entry) => entry.message === "mail processed")).toMatchObject({
      emailed: "false",
      held: "until the next hour",
    });
    expect(metricsEmitted().filter(([name]) => name === "SendBudgetExceeded")).toEqual([
      ["SendBudgetExceeded", {}, 1, "Test"],
    ]);
  });
});
