import { describe, expect, it } from "vitest";
import { lazyDeps } from "../../../lambdas/handlers/runtime";

describe("lazyDeps: dependencies of one Lambda container", () => {
  it("are built once and shared by the events of the container", async () => {
    let builds = 0;
    const deps = lazyDeps(async () => ++builds, { now: () => 0 });
    expect(await Promise.all([deps(), deps(), deps()])).toEqual([1, 1, 1]);
    expect(builds).toBe(1);
  });

  it("are built again after a failed start: one throttled secret read does not poison the container", async () => {
    let attempt = 0;
    const deps = lazyDeps(
      async () => {
        attempt++;
        if (attempt === 1) throw new Error("ThrottlingException");
        return "ready";
      },
      { now: () => 0 },
    );
    await expect(deps()).rejects.toThrow("ThrottlingException");
    expect(await deps()).toBe("ready");
    expect(attempt).toBe(2);
  });

  it("are rebuilt once older than maxAge, so a rotated secret is picked up within minutes", async () => {
    let clock = 0;
    let secret = "old";
    const deps = lazyDeps(async () => secret, { now: () => clock, maxAgeMs: 5 * 60_000 });
    expect(await deps()).toBe("old");
    secret = "rotated";
    clock = 4 * 60_000;
    expect(await deps()).toBe("old");
    clock = 5 * 60_000 + 1;
    expect(await deps()).toBe("rotated");
  });
});
