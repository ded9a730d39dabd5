/** `followup forward --invite WHEN`: the sample invite reads as the interview it announces, at WHEN. */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { sampleInvite } from "../../../cli/invite";
import { ingest } from "../../../lambdas/domain/ingest";

describe("the sample invite", () => {
  it.each([
    ["Chicago, in winter", "2027-12-09T14:00", "America/Chicago"],
    ["Berlin, across the spring change", "2028-03-27T09:30", "Europe/Berlin"],
  ])("is read as a Harbourline interview at the time asked for (%s)", async (_case, local, zone) => {
    // Prepare
    const start = DateTime.fromISO(local, { zone });
    const sent = start.minus({ days: 3 });
    const raw = sampleInvite(start, sent, "you@example.com");

    // Act
    const result = await ingest(raw, { now: sent, ownerAddresses: ["you@example.com"], defaultZone: zone });

    // Assess
    expect(result.status).toBe("ok");
    expect(result.interview).toMatchObject({
      company: "Harbourline",
      role: "Senior Data Engineer",
      start: start.toISO({ suppressMilliseconds: true }),
      interviewers: [expect.objectContaining({ name: "Sam Okafor" })],
    });
  });
});
