/** The interview record's states and transitions, as tables; the kept-keys rule as an invariant. */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { confirms, isLive } from "../../../lambdas/domain/interview/confirmation";
import {
  type InterviewRecord,
  type InterviewStatus,
  KEPT_KEYS,
  MAX_UNDO,
  newInterviewRecord,
  readStoredRecord,
  withKey,
} from "../../../lambdas/domain/interview/record";
import {
  close,
  complete,
  correct,
  hold,
  isMovedOn,
  moveOn,
  nextRound,
  recordChange,
  reopen,
  restoreClosed,
  undo,
} from "../../../lambdas/domain/interview/transitions";
import type { ParsedInterview } from "../../../lambdas/domain/types";

const NOW = DateTime.fromISO("2026-11-16T10:00:00-06:00", { setZone: true });

const INTERVIEW: ParsedInterview = {
  uid: null,
  sequence: 0,
  method: null,
  title: "Interview",
  company: "Acme Robotics",
  role: "Engineer",
  start: "2026-11-18T13:00:00-06:00",
  end: null,
  timeZone: "America/Chicago",
  interviewers: [{ name: "Priya Patel", email: null }],
  location: null,
  meetingUrl: "https://meet.example/x",
  source: "ics",
  guesses: ["I read “Wed” as Nov 18."],
};

function round(status: InterviewStatus, fields: Partial<InterviewRecord> = {}): InterviewRecord {
  return {
    ...newInterviewRecord(
      {
        ownerId: "jordan@example.com",
        interviewId: "r1",
        applicationId: "app",
        round: 1,
        interview: status === "awaiting-date" ? { ...INTERVIEW, start: "" } : INTERVIEW,
        log: {},
        status,
        sourceKeys: [],
        rawMailKeys: [],
      },
      NOW,
    ),
    ...fields,
  };
}

describe("transitions by state: which apply (a record) and which do not (null)", () => {
  const date = { start: "2026-12-03T14:00:00-05:00", timeZone: "America/New_York", round: 2 };
  it.each([
    ["complete", "awaiting-date", (r: InterviewRecord) => complete(r, date), "active"],
    ["complete", "active", (r: InterviewRecord) => complete(r, date), null],
    ["complete", "cancelled", (r: InterviewRecord) => complete(r, date), null],
    ["close", "active", (r: InterviewRecord) => close(r, "rejected"), "closed"],
    ["close", "closed", (r: InterviewRecord) => close(r, "offer"), null],
    ["close", "awaiting-date", (r: InterviewRecord) => close(r, "offer"), null],
    ["reopen", "closed", reopen, "active"],
    ["reopen", "cancelled", reopen, "active"],
    ["reopen", "active", reopen, null],
    ["reopen", "awaiting-date", reopen, null],
    ["move on", "active", moveOn, "closed"],
    ["move on", "closed", moveOn, null],
    ["move on", "cancelled", moveOn, null],
    ["move on", "awaiting-date", moveOn, null],
  ] as const)("%s on %s gives %s", (_name, status, transition, expected) => {
    expect(transition(round(status))?.status ?? null).toBe(expected);
  });

  it("complete keeps what was read and numbers the round", () => {
    const completed = complete(round("awaiting-date"), date);
    expect(completed).toMatchObject({ round: 2, interview: { company: "Acme Robotics", start: date.start } });
  });

  it("close logs the outcome; reopen clears it", () => {
    const closed = close(round("active"), "withdrawn");
    expect(closed?.log.outcome).toBe("withdrawn");
    expect(closed && reopen(closed)?.log.outcome).toBeNull();
  });

  it("move on closes an unanswered round as moved on; an answered one stays as it is; reopen clears it", () => {
    const moved = moveOn(round("active"));
    expect(moved && isMovedOn(moved)).toBe(true);
    expect(moveOn(round("active", { log: { outcome: "heard-back" } }))).toBeNull();
    expect(isMovedOn(round("closed", { log: { outcome: "rejected" } }))).toBe(false);
    expect(moved && reopen(moved)).toMatchObject({ status: "active", log: { outcome: null } });
  });

  it("move on, recorded as a change, is undone to the open round", () => {
    const open = round("active");
    const moved = moveOn(open);
    if (!moved) throw new Error("not moved on");
    const recorded = recordChange(open, moved, { key: "prompt#r1#move-on#3", change: "moved on" });
    const entry = recorded.undo?.at(-1);
    expect(entry).toMatchObject({ change: "moved on", closing: true });
    expect(entry && undo(recorded, entry, "undo-key")).toMatchObject({ status: "active", log: {} });
  });

  it("hold keeps a forward without its start, awaiting its date", () => {
    const held = hold({ ...round("active"), interview: INTERVIEW }, NOW);
    expect(held).toMatchObject({
      status: "awaiting-date",
      interview: { start: "", company: "Acme Robotics" },
    });
  });

  it("a moved interview's prompts go out again; another correction keeps the log", () => {
    const sent = round("active", { log: { promptsSent: ["prep"] } });
    expect(correct(sent, { interview: INTERVIEW, moved: true }).log.promptsSent).toEqual([]);
    expect(correct(sent, { interview: { ...INTERVIEW, role: "Staff" } }).log.promptsSent).toEqual(["prep"]);
  });

  it("next round: same application and thread, nothing of the last meeting", () => {
    const next = nextRound(
      round("active", { threadId: "<t@x>" }),
      { interviewId: "r2", ...date, round: 2 },
      NOW,
    );
    expect(next).toMatchObject({
      round: 2,
      applicationId: "app",
      threadId: "<t@x>",
      status: "active",
      undo: [],
    });
    expect(next.interview).toMatchObject({
      interviewers: [],
      meetingUrl: null,
      guesses: [],
      start: date.start,
    });
  });
});

describe("undo", () => {
  const source = { key: "m1", change: "rejected", storageKey: "raw/m1" };

  it("a recorded change is taken back, with the rounds it closed", () => {
    // Prepare
    const sibling = round("active", { interviewId: "r2" });
    const before = round("active");
    const closed = recordChange(before, close(before, "rejected") ?? before, source, { rounds: [sibling] });

    // Act
    const entry = closed.undo?.at(-1);
    if (!entry) throw new Error("no undo entry");
    const undone = undo(closed, entry, "m2");

    // Assess
    expect(entry).toMatchObject({
      key: "m1",
      closing: true,
      rounds: [{ interviewId: "r2", status: "active" }],
    });
    expect(closed).toMatchObject({
      appliedMessageIds: ["m1"],
      rawMailKeys: ["raw/m1"],
      pendingClosing: null,
    });
    expect(undone).toMatchObject({ status: "active", undo: [], appliedMessageIds: ["m1", "m2"] });
    expect(undo(undone ?? closed, entry, "m3")).toBeNull();
    const [closedRound] = entry.rounds;
    if (!closedRound) throw new Error("no closed round listed");
    const siblingClosed = close(sibling, "rejected") ?? sibling;
    expect(restoreClosed(siblingClosed, closedRound, null)?.status).toBe("active");
    expect(restoreClosed(sibling, closedRound, null)).toBeNull();
  });

  it(`keeps the newest ${MAX_UNDO} changes, and a redelivery once`, () => {
    let record = round("active");
    for (let n = 0; n < MAX_UNDO + 3; n++)
      record = recordChange(record, record, { key: `m${n}`, change: "x" });
    record = recordChange(record, record, { key: `m${MAX_UNDO + 2}`, change: "x" });
    expect(record.undo?.map((entry) => entry.key)).toEqual(
      Array.from({ length: MAX_UNDO }, (_, n) => `m${n + 3}`),
    );
  });
});

describe("kept keys", () => {
  it(`remember the newest ${KEPT_KEYS}, the one added last`, () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 40 }), fc.string(), (keys, key) => {
        const kept = withKey(keys, key);
        expect(kept.length).toBeLessThanOrEqual(KEPT_KEYS);
        expect(kept.at(-1)).toBe(key);
        expect(kept).toEqual([...keys, key].slice(-KEPT_KEYS));
      }),
    );
  });
});

describe("stored records", () => {
  it.each([
    [
      "cancelled with an empty start (a held forward, stored before awaiting-date)",
      "cancelled",
      "",
      "awaiting-date",
    ],
    ["cancelled with a start", "cancelled", INTERVIEW.start, "cancelled"],
    ["active", "active", INTERVIEW.start, "active"],
  ] as const)("%s is read as %s", (_case, status, start, expected) => {
    const stored = round(status, { interview: { ...INTERVIEW, start } });
    expect(readStoredRecord(stored).status).toBe(expected);
  });
});

describe("confirmations", () => {
  it.each([
    ["yes", true],
    ["Yes, close it", true],
    ["sí", true],
    ["Sì, chiudila", true],
    ["Oui !", true],
    ["ja", true],
    ["yesterday they called", false],
    ["no", false],
    ["", false],
  ])("“%s” confirms: %s", (written, expected) => {
    expect(confirms(written)).toBe(expected);
  });

  it("a question lapses when it expires", () => {
    const pending = { expiresAt: NOW.plus({ hours: 1 }).toISO() ?? "" };
    expect(isLive(pending, NOW)).toBe(true);
    expect(isLive(pending, NOW.plus({ hours: 2 }))).toBe(false);
    expect(isLive(null, NOW)).toBe(false);
  });
});
