/**
 * `followup parse` and `plan`: their JSON contracts and their errors. The CLI runs in this process
 * (test/support/cli.ts) but for the first test, which runs it as a process of its own.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { followupInProcess, followupProcess, ROOT } from "../../support/cli";

const FIXTURE = join(ROOT, "test/fixtures/mail/google-calendar-forwarded-gmail.eml");
const followup = (...args: string[]) => followupInProcess(args);

describe("followup parse and plan", () => {
  it("parse --json prints exactly the contract's keys, from a process of its own", async () => {
    const { code, stdout } = await followupProcess([
      "parse",
      FIXTURE,
      "--json",
      "--now",
      "2026-11-23T12:00:00Z",
    ]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(["status", "interview", "outcome", "decisionDate"]);
    expect(parsed.outcome).toBeNull();
    expect(parsed.decisionDate).toBe("2026-12-11");
    expect(Object.keys(parsed.interview).sort()).toEqual(
      [
        "uid",
        "sequence",
        "method",
        "title",
        "company",
        "role",
        "start",
        "end",
        "timeZone",
        "interviewers",
        "location",
        "meetingUrl",
        "source",
      ].sort(),
    );
    expect(parsed.interview.start).toBe("2026-12-02T13:00:00-06:00");
  });

  it("parse --json names a forwarded rejection's outcome, and plan keeps its two keys", async () => {
    const rejection = join(ROOT, "test/fixtures/mail/rejection-greenhouse-after-onsite.eml");
    const parsed = JSON.parse(
      (await followup("parse", rejection, "--json", "--now", "2026-11-23T12:00:00Z")).stdout,
    );
    expect(parsed).toMatchObject({ status: "not-an-interview", outcome: "rejected", decisionDate: null });
    const plan = JSON.parse(
      (await followup("plan", FIXTURE, "--json", "--now", "2026-11-23T12:00:00Z")).stdout,
    );
    expect(Object.keys(plan)).toEqual(["interview", "reminders"]);
    expect(Object.keys(plan.interview)).not.toContain("guesses");
  });

  it("plan --json lists reminders with UTC and local instants", async () => {
    const { code, stdout } = await followup(
      "plan",
      FIXTURE,
      "--json",
      "--now",
      "2026-11-23T12:00:00Z",
      "--decision-date",
      "2026-12-04",
    );
    expect(code).toBe(0);
    const { reminders } = JSON.parse(stdout);
    expect(reminders).toEqual([
      { kind: "prep", at: "2026-12-02T17:00:00Z", local: "2026-12-02T11:00:00-06:00" },
      { kind: "thank-you", at: "2026-12-02T21:00:00Z", local: "2026-12-02T15:00:00-06:00" },
      { kind: "follow-up-1", at: "2026-12-08T15:00:00Z", local: "2026-12-08T09:00:00-06:00" },
      { kind: "follow-up-2", at: "2026-12-15T15:00:00Z", local: "2026-12-15T09:00:00-06:00" },
      { kind: "move-on", at: "2026-12-22T15:00:00Z", local: "2026-12-22T09:00:00-06:00" },
    ]);
  });

  it("plan --tz prints local times in that zone", async () => {
    const { stdout } = await followup(
      "plan",
      FIXTURE,
      "--json",
      "--now",
      "2026-11-23T12:00:00Z",
      "--tz",
      "Europe/Berlin",
      "--country",
      "DE",
    );
    const { reminders } = JSON.parse(stdout);
    expect(reminders[0]).toEqual({
      kind: "prep",
      at: "2026-12-02T17:00:00Z",
      local: "2026-12-02T18:00:00+01:00",
    });
  });

  it.each([
    [["parse", "/no/such/file.eml"], /cannot read \/no\/such\/file\.eml: no such file/],
    [["parse", join(ROOT, "package.json")], /is not an email message/],
    [["plan", FIXTURE, "--tz", "Mars/Base"], /is not an IANA time zone/],
    [["plan", FIXTURE, "--decision-date", "next week"], /is not a date/],
    [["parse"], /a FILE to read is required/],
    [["frobnicate"], /unknown command/],
  ])("%j exits 2 with one clear line and no stack", async (args, message) => {
    const { code, stderr, stdout } = await followup(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each(["garbage-binary.eml", "ics-rrule-flood.eml", "overlong-header.eml", "ics-unclosed.eml"])(
    "parse on the bad input %s exits 0 with a status or 2 with one line, never a stack",
    async (file) => {
      const { code, stdout, stderr } = await followup(
        "parse",
        join(ROOT, "test/fixtures/bad", file),
        "--json",
      );
      if (code === 0)
        expect(["ok", "needs-date", "not-an-interview", "cancelled"]).toContain(JSON.parse(stdout).status);
      else {
        expect(code).toBe(2);
        expect(stderr.trim().split("\n")).toHaveLength(1);
      }
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it("an empty file is a clear error", async () => {
    const empty = join(tmpdir(), `empty-${process.pid}.eml`);
    writeFileSync(empty, "");
    const { code, stderr } = await followup("parse", empty);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is empty/);
  });
});
