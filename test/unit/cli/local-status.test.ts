/** `followup local status` names the interview of each prompt: the control endpoint's part of it. */
import { describe, expect, it } from "vitest";
import { interviewSchedulePrefix } from "../../../lambdas/domain/schedule-name";
import type { InterviewRecord } from "../../../lambdas/ports";
import { describePending } from "../../../local/status";

function round(
  ownerId: string,
  interviewId: string,
  company: string | null,
  role: string | null,
  number: number,
) {
  return { ownerId, interviewId, round: number, interview: { company, role } } as unknown as InterviewRecord;
}

describe("describePending", () => {
  it("gives each prompt its interview's company, role and round, and leaves the digest run alone", async () => {
    // Prepare: two rounds of one company and one of another, for one owner.
    const owner = "jordan.lee@gmail.com";
    const rounds = [
      round(owner, "a", "Harbourline", "Senior Data Engineer", 1),
      round(owner, "b", "Harbourline", "Senior Data Engineer", 2),
      round(owner, "c", null, null, 1),
    ];
    const pending = [
      { name: `${interviewSchedulePrefix(owner, "b")}prep`, groupName: "g", due: "2027-12-08T18:00:00Z" },
      { name: `${interviewSchedulePrefix(owner, "c")}follow-up-1`, groupName: "g", due: null },
      { name: "InterviewFollowup-DigestSchedule", groupName: "default", due: null },
    ];

    // Act
    const described = await describePending(pending, [owner], async (id) => (id === owner ? rounds : []));

    // Assess
    expect(described.map((schedule) => schedule.about ?? null)).toEqual([
      { company: "Harbourline", role: "Senior Data Engineer", round: 2 },
      { company: null, role: null, round: 1 },
      null,
    ]);
  });
});
