import { Logger } from "@aws-lambda-powertools/logger";
import {
  DescribeActiveReceiptRuleSetCommand,
  type SESClient,
  SetActiveReceiptRuleSetCommand,
} from "@aws-sdk/client-ses";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createHandler as createActivationHandler,
  type RuleSetActivationEvent,
} from "../../lambdas/custom-resources/active-receipt-rule-set";
import {
  type ActivationRequest,
  type ActiveRuleSet,
  applyActivation,
  OtherRuleSetActiveError,
} from "../../lambdas/custom-resources/rule-set-activation";
import { SesActiveRuleSet } from "../../lambdas/custom-resources/ses-active-rule-set";
import { type Captured, captureOutput } from "../unit/observability/capture";

/** The region's active rule set in memory, with every change recorded. */
function fakeActiveRuleSet(active: string | null) {
  const changes: Array<string | null> = [];
  const activeRuleSet: ActiveRuleSet = {
    name: async () => active,
    set: async (name) => {
      changes.push(name);
      active = name;
    },
  };
  return { activeRuleSet, changes, active: () => active };
}

const OURS = "InterviewFollowup-RuleSet-ABC";
const create = (takeOver = false): ActivationRequest => ({
  requestType: "Create",
  ruleSetName: OURS,
  takeOver,
});

describe("receipt rule set activation: the decision, for every request and every active rule set", () => {
  it.each([
    ["create, none active: activates ours", create(), null, { action: "activate", replaced: null }, [OURS]],
    ["create, ours already active: changes nothing", create(), OURS, { action: "none" }, []],
    [
      "create, another active, told to take over: replaces it",
      create(true),
      "main",
      { action: "activate", replaced: "main" },
      [OURS],
    ],
    [
      "update from our previous rule set: replaces it without being told to",
      {
        requestType: "Update",
        ruleSetName: OURS,
        previousRuleSetName: "InterviewFollowup-RuleSet-OLD",
        takeOver: false,
      },
      "InterviewFollowup-RuleSet-OLD",
      { action: "activate", replaced: "InterviewFollowup-RuleSet-OLD" },
      [OURS],
    ],
    [
      "update, ours active: changes nothing",
      { requestType: "Update", ruleSetName: OURS, takeOver: true },
      OURS,
      { action: "none" },
      [],
    ],
    [
      "update, none active (someone deactivated ours): activates ours again",
      { requestType: "Update", ruleSetName: OURS, takeOver: false },
      null,
      { action: "activate", replaced: null },
      [OURS],
    ],
    [
      "delete, ours active: deactivates it",
      { ...create(), requestType: "Delete" },
      OURS,
      { action: "deactivate" },
      [null],
    ],
    [
      "delete, another active: leaves it active",
      { ...create(true), requestType: "Delete" },
      "main",
      { action: "none" },
      [],
    ],
    [
      "delete, none active: changes nothing",
      { ...create(), requestType: "Delete" },
      null,
      { action: "none" },
      [],
    ],
  ] satisfies Array<[string, ActivationRequest, string | null, unknown, Array<string | null>]>)(
    "%s",
    async (_case, request, active, expected, changes) => {
      // Prepare
      const region = fakeActiveRuleSet(active);

      // Act
      const activation = await applyActivation(request, region);

      // Assess
      expect(activation).toEqual(expected);
      expect(region.changes).toEqual(changes);
    },
  );

  it.each([
    ["create", create()],
    [
      "update",
      { requestType: "Update", ruleSetName: OURS, previousRuleSetName: "ours-before", takeOver: false },
    ],
  ] satisfies Array<[string, ActivationRequest]>)(
    "%s while another rule set is active, not told to take over: refuses, naming it and both ways out",
    async (_case, request) => {
      // Prepare
      const region = fakeActiveRuleSet("main");

      // Act
      const refusal = await applyActivation(request, region).catch((error: unknown) => error);

      // Assess
      expect(refusal).toBeInstanceOf(OtherRuleSetActiveError);
      expect((refusal as Error).message).toBe(
        'SES receipt rule set "main" is already active in this region, and SES allows only one. ' +
          'Either add this deployment\'s rule to it: set "receiptRuleSet": { "mode": "existing-rule-set", "name": "main" }; ' +
          'or replace it (mail its rules handle then stops being processed): set "receiptRuleSet": { "mode": "create-rule-set", "takeOver": true }.',
      );
      expect(region.changes).toEqual([]);
      expect(region.active()).toBe("main");
    },
  );
});

describe("receipt rule set activation: the custom resource handler", () => {
  const event = (overrides: Partial<RuleSetActivationEvent>): RuleSetActivationEvent => ({
    RequestType: "Create",
    ResourceProperties: { RuleSetName: OURS, TakeOver: "false" },
    ...overrides,
  });
  let output: Captured;
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => {
    output.restore();
  });
  /** The handler with the region's fake rule set and a Powertools logger, as the function builds it. */
  const createHandler = (region: { activeRuleSet: ActiveRuleSet }) =>
    createActivationHandler({
      activeRuleSet: region.activeRuleSet,
      logger: new Logger({
        serviceName: "InterviewFollowup",
        persistentKeys: { handler: "active-receipt-rule-set" },
      }),
    });

  it("logs each activation as a Powertools JSON line, like the other functions, naming what it replaced", async () => {
    // Act
    await createHandler(fakeActiveRuleSet("main"))(
      event({ ResourceProperties: { RuleSetName: OURS, TakeOver: "true" } }),
      {
        functionName: "ActivationHandler",
        functionVersion: "$LATEST",
        invokedFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:ActivationHandler",
        memoryLimitInMB: "256",
        awsRequestId: "req-1",
      } as never,
    );

    // Assess
    expect(output.logs()).toEqual([
      expect.objectContaining({
        level: "INFO",
        message: "receipt rule set activation",
        service: "InterviewFollowup",
        handler: "active-receipt-rule-set",
        function_request_id: "req-1",
        requestType: "Create",
        ruleSetName: OURS,
        action: "activate",
        replaced: "main",
        timestamp: expect.any(String),
      }),
    ]);
  });

  it("logs a refusal as an ERROR line with its message before CloudFormation hears of it", async () => {
    await expect(createHandler(fakeActiveRuleSet("main"))(event({}))).rejects.toThrow(
      OtherRuleSetActiveError,
    );
    expect(output.logs()).toEqual([
      expect.objectContaining({
        level: "ERROR",
        message: "receipt rule set activation failed",
        ruleSetName: OURS,
        error: expect.objectContaining({ message: expect.stringContaining('"main" is already active') }),
      }),
    ]);
  });

  it("reads TakeOver as CloudFormation passes it (a string) and names the resource after the rule set", async () => {
    // Prepare
    const region = fakeActiveRuleSet("main");
    const handler = createHandler(region);

    // Act
    const response = await handler(event({ ResourceProperties: { RuleSetName: OURS, TakeOver: "true" } }));

    // Assess
    expect(response).toEqual({ PhysicalResourceId: OURS });
    expect(region.active()).toBe(OURS);
  });

  it('does not take over on TakeOver "false", and fails the deployment with the refusal', async () => {
    const region = fakeActiveRuleSet("main");
    await expect(createHandler(region)(event({}))).rejects.toThrow(OtherRuleSetActiveError);
    expect(region.active()).toBe("main");
  });

  it("treats the rule set of the old properties as ours on update", async () => {
    // Prepare
    const region = fakeActiveRuleSet("ours-before");
    const handler = createHandler(region);

    // Act
    await handler(
      event({
        RequestType: "Update",
        OldResourceProperties: { RuleSetName: "ours-before", TakeOver: "false" },
      }),
    );

    // Assess
    expect(region.active()).toBe(OURS);
  });
});

describe("receipt rule set activation: the SES v1 adapter", () => {
  /** An SES client that answers DescribeActiveReceiptRuleSet and records every command it is sent. */
  function fakeClient(activeName: string | undefined) {
    const sent: unknown[] = [];
    const client = {
      send: async (command: unknown) => {
        sent.push(command);
        return command instanceof DescribeActiveReceiptRuleSetCommand
          ? { Metadata: activeName === undefined ? undefined : { Name: activeName } }
          : {};
      },
    } as unknown as SESClient;
    return { client, sent };
  }

  it("reads the active rule set's name, or null when SES returns no metadata (none is active)", async () => {
    expect(await new SesActiveRuleSet(fakeClient("main").client).name()).toBe("main");
    expect(await new SesActiveRuleSet(fakeClient(undefined).client).name()).toBeNull();
  });

  it("activates by name, and deactivates by naming no rule set", async () => {
    // Prepare
    const { client, sent } = fakeClient(undefined);
    const adapter = new SesActiveRuleSet(client);

    // Act
    await adapter.set(OURS);
    await adapter.set(null);

    // Assess
    expect(sent.map((command) => (command as SetActiveReceiptRuleSetCommand).input)).toEqual([
      { RuleSetName: OURS },
      {},
    ]);
    expect(sent.every((command) => command instanceof SetActiveReceiptRuleSetCommand)).toBe(true);
  });
});
