/**
 * The pieces under the handlers' logs and metrics: addresses never in clear, outcomes mapped to a
 * fixed set of dimension values, failures found through their causes, the environment contract.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MissingEnvironmentError } from "../../../lambdas/config/env";
import { createDigestHandler } from "../../../lambdas/handlers/digest";
import { hasCause } from "../../../lambdas/handlers/runtime";
import { METRIC } from "../../../lambdas/observability/catalogue";
import { countInbound, forwardOutcome, replyIntent } from "../../../lambdas/observability/outcomes";
import { addressHash, redactAddresses, redactError } from "../../../lambdas/observability/redact";
import { Telemetry, telemetryFrom } from "../../../lambdas/observability/telemetry";
import { SendRateExceededError } from "../../../lambdas/use-cases/steps/outgoing";
import { createWorld } from "../conversation/world";
import { type Captured, captureOutput } from "./capture";

describe("addresses", () => {
  it("hash to the first 12 hex digits of the SHA-256 of the trimmed, lower-cased address", () => {
    // echo -n jordan.lee@gmail.com | sha256sum
    expect(addressHash(" Jordan.Lee@Gmail.com ")).toBe(addressHash("jordan.lee@gmail.com"));
    expect(addressHash("jordan.lee@gmail.com")).toMatch(/^[0-9a-f]{12}$/);
    expect(addressHash("a@b.co")).not.toBe(addressHash("b@b.co"));
  });

  it.each([
    ["Email address is not verified: jordan.lee@gmail.com", "Email address is not verified: <address:H>"],
    ["to <ops+alarms@career.example.edu>, cc x.y@z.io", "to <<address:H>>, cc <address:H>"],
    ["arn:aws:ses:us-east-1:1:identity/a@b.co", "arn:aws:ses:us-east-1:1:identity/<address:H>"],
    ["at file:///var/task/index.mjs:1:2 (node_modules/@aws-sdk/client)", null],
    ["no address @ all, user@localhost", null],
  ])("are redacted inside any text: %s", (text, expected) => {
    expect(redactAddresses(text).replace(/<address:[0-9a-f]{12}>/g, "<address:H>")).toBe(expected ?? text);
  });

  it("are redacted in place from an error, its causes and the errors it gathers", () => {
    const inner = new Error("bounce from a@b.co");
    const cause = new Error("rejected c@d.org");
    const error = new AggregateError([inner], "2 failed for e@f.net", { cause });
    redactError(error);
    for (const each of [error, inner, cause]) {
      expect(`${each.message}\n${each.stack}`).not.toMatch(/@(b\.co|d\.org|f\.net)/);
    }
    expect(error.message).toBe(`2 failed for <address:${addressHash("e@f.net")}>`);
  });
});

describe("outcomes as dimension values", () => {
  it.each([
    ["stored", "stored"],
    ["updated", "updated"],
    ["cancelled", "cancelled"],
    ["needs-date", "needs-date"],
    ["not-an-interview", "not-an-interview"],
    ["duplicate-invite", "duplicate"],
    ["duplicate-cancel", "duplicate"],
    ["rejected", "rejected"],
    ["something new", "other"],
  ])("a forward answered %s counts as %s", (detail, outcome) => {
    expect(forwardOutcome(detail)).toBe(outcome);
  });

  it.each([
    ["thanked", "thanked"],
    ["snooze", "snooze"],
    ["snooze-already-later", "snooze"],
    ["nothing-to-undo", "undo"],
    ["correct-nothing", "correct"],
    ["not-understood", "unknown"],
    ["needs-date", "date"],
    ["stored", "date"],
    ["status", "status"],
    ["already-closed", "already-closed"],
    ["<script>", "other"],
  ])("a reply answered %s counts as intent %s", (detail, intent) => {
    expect(replyIntent(detail)).toBe(intent);
  });

  it("a drop counts its reason and no flow; an unknown flow or reason counts as other", () => {
    const counted: unknown[] = [];
    const meter = {
      count: (name: string, dimensions = {}) => counted.push([name, dimensions]),
      milliseconds: (name: string) => counted.push([name]),
    };
    countInbound({ action: "dropped", reason: "unauthenticated" }, meter);
    countInbound({ action: "dropped", reason: "strange" as never }, meter);
    countInbound({ action: "answered", detail: "x", flow: "teleport" as never, parseMs: 3 }, meter);
    expect(counted).toEqual([
      [METRIC.mailDropped, { reason: "unauthenticated" }],
      [METRIC.mailDropped, { reason: "other" }],
      [METRIC.mail, { flow: "other" }],
      [METRIC.parseTime],
    ]);
  });

  it("an answer counts whether its email went out now, not only that it was meant", () => {
    const counted: Array<[string, object?]> = [];
    const meter = {
      count: (name: string, dimensions = {}) => counted.push([name, dimensions]),
      milliseconds: (name: string) => counted.push([name]),
    };
    countInbound({ action: "answered", detail: "stored", flow: "forward", emailed: true }, meter);
    countInbound({ action: "answered", detail: "duplicate-invite", flow: "forward", emailed: false }, meter);
    expect(counted.filter(([name]) => name === METRIC.answers)).toEqual([
      [METRIC.answers, { result: "sent" }],
      [METRIC.answers, { result: "not-sent" }],
    ]);
  });
});

describe("failures", () => {
  it("a send budget reached is found through causes and gathered errors", () => {
    const reached = new SendRateExceededError("a@b.co");
    expect(hasCause(reached, SendRateExceededError)).toBe(true);
    expect(hasCause(new Error("retry", { cause: reached }), SendRateExceededError)).toBe(true);
    expect(hasCause(new AggregateError([new Error("x"), reached]), SendRateExceededError)).toBe(true);
    expect(hasCause(new Error("throttled"), SendRateExceededError)).toBe(false);
    expect(hasCause("a string", SendRateExceededError)).toBe(false);
  });

  describe("of a digest run", () => {
    let output: Captured;
    beforeEach(() => {
      output = captureOutput();
    });
    afterEach(() => output.restore());

    it("one owner failing: logged with every error it gathered, the run correlated by its UTC hour", async () => {
      // Prepare: an open interview, the digest hour (Sunday 18:00 Chicago), a mailer that refuses.
      const world = createWorld("2026-11-29T18:05:00-06:00");
      await world.forward({ start: "2026-12-02T10:00:00-06:00" });
      const telemetry = new Telemetry({
        handler: "digest",
        serviceName: "Test",
        namespace: "InterviewFollowup",
      });
      const deps = {
        ...world.deps,
        // Not a sending limit (those are held): a failure the run gathers and reports.
        mailer: {
          send: async () => Promise.reject(new Error("could not reach SES for jordan.lee@gmail.com")),
        },
      };
      const handler = createDigestHandler(
        async () => deps,
        () => telemetry,
      );

      // Act
      await expect(handler({})).rejects.toBeInstanceOf(AggregateError);

      // Assess
      const [line] = output.logs().filter((entry) => entry.level === "ERROR");
      expect(line).toMatchObject({
        message: "digest failed",
        handler: "digest",
        correlation_id: expect.stringMatching(/^digest-\d{4}-\d\d-\d\dT\d\d$/),
        error: {
          name: "AggregateError",
          message: "1 digest(s) could not be sent",
          errors: [{ name: "Error", message: expect.stringContaining("<address:") }],
        },
      });
      expect(output.metrics().map((metric) => metric.name)).toEqual([]);
      expect(output.text()).not.toContain("jordan.lee@gmail.com");
    });

    it("refused by the daily sending quota: held, not failed: the run's line says how many were held, and SendQuotaHeld counts them", async () => {
      // Prepare: an open interview, the digest hour (Sunday 18:00 Chicago), the day's quota used up.
      const world = createWorld("2026-11-29T18:05:00-06:00");
      await world.forward({ start: "2026-12-02T10:00:00-06:00" });
      world.mailer.dailyQuota = 0;
      const telemetry = new Telemetry({
        handler: "digest",
        serviceName: "Test",
        namespace: "InterviewFollowup",
      });
      const handler = createDigestHandler(
        async () => world.deps,
        () => telemetry,
      );

      // Act
      await handler({});

      // Assess
      expect(output.logs().filter((entry) => entry.level === "ERROR")).toEqual([]);
      expect(output.logs().find((entry) => entry.message === "digest run")).toMatchObject({
        sent: 0,
        held: 1,
      });
      expect(output.metrics().map((metric) => metric.name)).toEqual(["SendQuotaHeld"]);
    });
  });
});

describe("the environment contract", () => {
  it.each(["POWERTOOLS_SERVICE_NAME", "POWERTOOLS_METRICS_NAMESPACE"])(
    "a function without %s fails loudly",
    (name) => {
      const env = { POWERTOOLS_SERVICE_NAME: "Test", POWERTOOLS_METRICS_NAMESPACE: "InterviewFollowup" };
      expect(() => telemetryFrom("inbound", env)).not.toThrow();
      expect(() => telemetryFrom("inbound", { ...env, [name]: undefined })).toThrow(MissingEnvironmentError);
    },
  );
});
