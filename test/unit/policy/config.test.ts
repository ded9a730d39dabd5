import { describe, expect, it } from "vitest";
import {
  DEFAULT_POLICY,
  InvalidPolicyError,
  isValidZone,
  resolvePolicy,
} from "../../../lambdas/domain/config";

function problemsOf(attempt: () => unknown): readonly string[] | null {
  try {
    attempt();
    return null;
  } catch (error) {
    return error instanceof InvalidPolicyError ? error.problems : null;
  }
}

describe("policy configuration", () => {
  it("defaults to the policy's numbers", () => {
    expect(resolvePolicy()).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY).toMatchObject({
      sendTime: "09:00",
      quietStart: "21:00",
      quietEnd: "08:00",
      prepLeadMinutes: 120,
      prepFallbackTime: "20:00",
      thankYouDelayMinutes: 60,
      defaultDurationMinutes: 60,
      followUpAfterDecisionBusinessDays: 2,
      followUpWithoutDecisionDays: 7,
      followUpGapDays: 7,
      maxFollowUps: 2,
      moveOnBusinessDays: 5,
      digest: { weekday: 7, time: "18:00" },
    });
  });

  it("lists every problem at once", () => {
    const attempt = () =>
      resolvePolicy({ timeZone: "Mars/Olympus", country: "usa", sendTime: "9am", maxFollowUps: -1 });
    expect(attempt).toThrow(InvalidPolicyError);
    expect(problemsOf(attempt)).toEqual([
      'timeZone "Mars/Olympus" is not an IANA time zone',
      'country "usa" is not an ISO 3166 code',
      'sendTime "9am" is not a time of day (HH:mm)',
      "maxFollowUps must be a whole number ≥ 0, not -1",
    ]);
  });

  it.each([
    [{ sendTime: "22:00" }, "sendTime 22:00 is inside quiet hours"],
    [{ digest: { weekday: 7, time: "06:30" } }, "digest time 06:30 is inside quiet hours"],
    [{ thankYouDelayMinutes: 13 * 60 }, "thankYouDelayMinutes plus the quiet hours must stay under 24 hours"],
    [{ digest: { weekday: 8, time: "18:00" } }, "digest.weekday must be 1 (Monday) … 7 (Sunday), not 8"],
  ])("rejects %j", (overrides, problem) => {
    expect(() => resolvePolicy(overrides)).toThrow(problem);
  });

  it.each([
    ["europe/berlin", "Europe/Berlin"],
    [" America/Chicago ", "America/Chicago"],
    ["Asia/Calcutta", "Asia/Kolkata"],
    ["Europe/Kiev", "Europe/Kyiv"],
    ["US/Pacific", "America/Los_Angeles"],
    ["Etc/UTC", "UTC"],
  ])("stores the time zone %j as %s", (timeZone, canonical) => {
    expect(resolvePolicy({ timeZone }).timeZone).toBe(canonical);
    expect(isValidZone(timeZone)).toBe(true);
  });

  it("keeps a null time zone (the interview's own)", () => {
    expect(resolvePolicy({ timeZone: null }).timeZone).toBeNull();
  });

  it.each([
    ["Europe/Berln", 'timeZone "Europe/Berln" is not an IANA time zone (did you mean Europe/Berlin?)'],
    ["Chicago", 'timeZone "Chicago" is not an IANA time zone (did you mean America/Chicago?)'],
    ["BST", 'timeZone "BST" is not an IANA time zone'],
  ])("refuses %j, suggesting a close canonical name", (timeZone, problem) => {
    expect(problemsOf(() => resolvePolicy({ timeZone }))).toEqual([problem]);
    expect(isValidZone(timeZone)).toBe(false);
  });
});
