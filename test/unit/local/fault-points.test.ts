/**
 * The partial-fault matrix's points (test/support/fault-points.ts): every call site it faults
 * fails before its call; a crash after it is run once for each state the data can be left in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { faultPoints } from "../../support/fault-points";

const call = (name: string) => {
  const [service = "", operation = ""] = name.split(":");
  return { service, operation };
};
const label = (point: { service: string; operation: string; occurrence: number; when: string }) =>
  `${point.when} ${point.service}:${point.operation}#${point.occurrence}`;

describe("fault points", () => {
  it("fault a run of the same call at its ends, and crash after each change and after the first call only", () => {
    // Prepare
    const calls = [
      "secretsmanager:GetSecretValue",
      "s3:GetObject",
      "dynamodb:PutItem",
      "dynamodb:GetItem",
      "dynamodb:Query",
      "scheduler:CreateSchedule",
      "scheduler:CreateSchedule",
      "scheduler:CreateSchedule",
      "ses:SendEmail",
    ].map(call);

    // Act
    const points = faultPoints(calls).map(label);

    // Assess
    expect(points).toEqual([
      "before secretsmanager:GetSecretValue#1",
      "after secretsmanager:GetSecretValue#1",
      "before s3:GetObject#1",
      "before dynamodb:PutItem#1",
      "after dynamodb:PutItem#1",
      "before dynamodb:GetItem#1",
      "before dynamodb:Query#1",
      "before scheduler:CreateSchedule#1",
      "after scheduler:CreateSchedule#1",
      "before scheduler:CreateSchedule#3",
      "after scheduler:CreateSchedule#3",
      "before ses:SendEmail#1",
      "after ses:SendEmail#1",
    ]);
  });

  it("leaves out only crashes after a read that follow a crash leaving the same data", () => {
    const operations = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem", "ses:SendEmail"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...operations), { minLength: 1, maxLength: 30 }), (names) => {
        // Prepare
        const calls = names.map(call);

        // Act
        const points = faultPoints(calls);

        // Assess: every point fails before its call, the first call dies after it, and so does the
        // last change before any read whose crash is left out.
        const before = points.filter((point) => point.when === "before").map((point) => point.position);
        const after = new Set(
          points.filter((point) => point.when === "after").map((point) => point.position),
        );
        expect(after.has(1)).toBe(true);
        for (const position of before) {
          if (after.has(position)) continue;
          expect(calls[position - 1]?.operation).toMatch(/^(Get|Query)/);
          const lastChange = names.slice(0, position - 1).findLastIndex((name) => !/Get|Query/.test(name));
          expect(after.has(lastChange === -1 ? 1 : lastChange + 1)).toBe(true);
        }
      }),
    );
  });
});
