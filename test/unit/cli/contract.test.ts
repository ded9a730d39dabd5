/**
 * The command line's contract: --help (exit 0) for every command, --version, usage errors on
 * stderr with exit 2; `understand` answers settings commands as the service does; the pieces of
 * `reply` and `local advance --to` that need no running product. The CLI runs in this process
 * (test/support/cli.ts), but for two runs that prove the binary as a process of its own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseTarget } from "../../../cli/local";
import { type InboxEmail, pickEmail, replyMessage } from "../../../cli/reply";
import { understandReply } from "../../../lambdas/domain/replies";
import { followupInProcess as followup, followupProcess, ROOT } from "../../support/cli";

const COMMANDS = ["parse", "plan", "understand", "tone", "forward", "reply", "local", "redrive", "doctor"];

/** Ports where nothing listens, so no test reaches a product someone left running. */
const NOTHING_RUNNING = { FOLLOWUP_SMTP_PORT: "9", FOLLOWUP_SES_PORT: "9", FOLLOWUP_CONTROL_PORT: "9" };

describe("followup CLI contract", () => {
  it.each(COMMANDS)("%s --help and -h print its usage and exit 0", async (command) => {
    for (const flag of ["--help", "-h"]) {
      const result = await followup([command, flag]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`followup ${command}`);
      expect(result.stderr).toBe("");
    }
  });

  it("--help lists every command; followup help COMMAND is the same as COMMAND --help", async () => {
    const all = await followup(["--help"]);
    expect(all.code).toBe(0);
    for (const command of COMMANDS) expect(all.stdout).toContain(`followup ${command}`);
    expect((await followup(["help", "reply"])).stdout).toBe((await followup(["reply", "--help"])).stdout);
  });

  it("--version prints the package's version, from a process of its own", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const result = await followupProcess(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `interview-followup ${version}\n` });
  });

  it("a process of its own exits 2 on a usage error, the error on stderr", async () => {
    const result = await followupProcess(["bogus"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe('followup: unknown command "bogus"; run "followup --help" for the list\n');
  });

  it.each([
    [[], /Usage:/],
    [["bogus"], /unknown command "bogus"/],
    [["understand"], /a reply TEXT is required/],
    [["reply"], /nothing is listening|a reply TEXT is required/],
    [["local"], /use "followup local advance 3d"/],
    [["local", "advance"], /say how far/],
    [["parse", "--nope"], /Unknown option '--nope'/],
  ])("usage error %j goes to stderr with exit 2", async (args, message) => {
    const result = await followup(args, NOTHING_RUNNING);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("understand answers settings commands as the service does, before reading a reply", async () => {
    expect((await followup(["understand", "timezone europe/berlin"])).stdout).toBe(
      "settings time zone Europe/Berlin\n",
    );
    expect((await followup(["understand", "digest off", "--json"])).stdout).toContain('"intent": "settings"');
    expect((await followup(["understand", "quiet 22-7"])).stdout).toBe(
      "settings quiet from 22:00 to 07:00\n",
    );
  });

  it("understand shows the likeliest commands for unclear text", async () => {
    const result = await followup(["understand", "I think they rejected me"]);
    expect(result.stdout).toBe("unknown (did you mean “rejected” or “they said Friday”?)\n");
  });

  it("forward warns when its sender is not an owner", async () => {
    const result = await followup(
      ["forward", join(ROOT, "test/fixtures/mail/publish-bare.ics"), "--from", "stranger@example.org"],
      { ...NOTHING_RUNNING, FOLLOWUP_OWNERS: "jordan.lee@gmail.com" },
    );
    expect(result.stderr).toMatch(
      /warning: stranger@example\.org is not an owner of the running product \(jordan\.lee@gmail\.com\)/,
    );
    expect(result.code).toBe(2);
  });
});

describe("followup reply, offline parts", () => {
  const emails: InboxEmail[] = [
    {
      messageId: "a",
      from: "Interview follow-up <followup@followup.localhost>",
      replyTo: ["followup+0123456789abcdef01234567-abcdefghijklmnop@followup.localhost"],
      subject: "Got it: interview with Acme Robotics — here is your plan",
      body: { text: "YOUR INTERVIEW IS SAVED\n\nCompany: Acme Robotics\nReply “rejected” …" },
      headers: [{ name: "Message-ID", value: "<a@email.amazonses.com>" }],
    },
    {
      messageId: "b",
      from: "Interview follow-up <followup@followup.localhost>",
      replyTo: ["followup+89abcdef0123456701234567-qrstuvwxyzabcdef@followup.localhost"],
      subject: "Send your thank-you to Acme Robotics today",
      body: { text: "A short thank-you" },
      headers: [{ name: "Message-ID", value: "<b@email.amazonses.com>" }],
    },
  ];

  it("picks email N (1 is the oldest) or the latest, and says which numbers exist", () => {
    expect(pickEmail(emails, "latest").number).toBe(2);
    expect(pickEmail(emails, "1").email.messageId).toBe("a");
    expect(() => pickEmail(emails, "3")).toThrow(/has 1 to 2/);
    expect(() => pickEmail([], "latest")).toThrow(/inbox is empty/);
  });

  it("writes a reply as a mail client does: to the Reply-To, threaded, Re:, the original quoted", () => {
    const { to, raw } = replyMessage(emails[0] as InboxEmail, "undo", "jordan.lee@gmail.com", "followup@x");
    expect(to).toBe(emails[0]?.replyTo?.[0]);
    expect(raw).toContain("Subject: Re: Got it: interview with Acme Robotics — here is your plan\r\n");
    expect(raw).toContain("In-Reply-To: <a@email.amazonses.com>\r\n");
    expect(raw).toContain("\r\n\r\nundo\r\n");
    expect(raw).toContain("> Reply “rejected” …");
    // The quote below the reply never counts: only "undo" is read.
    const body = raw.split("\r\n\r\n").slice(1).join("\n\n").replace(/\r\n/g, "\n");
    expect(understandReply(body, { now: DateTime.now(), zone: "UTC" }).intent).toBe("undo");
  });
});

describe("followup local advance --to", () => {
  const productNow = DateTime.fromISO("2026-11-25T10:00:00-06:00", { setZone: true });

  it("reads a time without an offset in the user's zone, and keeps an offset when given", () => {
    expect(parseTarget("2026-12-01 09:00", "America/Chicago", productNow).toISO()).toBe(
      "2026-12-01T09:00:00.000-06:00",
    );
    expect(parseTarget("2026-12-01T09:00", "Europe/Berlin", productNow).toISO()).toBe(
      "2026-12-01T09:00:00.000+01:00",
    );
    expect(parseTarget("2026-12-01T09:00:00Z", "America/Chicago", productNow).toMillis()).toBe(
      Date.parse("2026-12-01T09:00:00Z"),
    );
  });

  it("reads words against the product's own clock", () => {
    expect(parseTarget("Dec 1 9am", "America/Chicago", productNow).toISO()).toBe(
      "2026-12-01T09:00:00.000-06:00",
    );
    expect(parseTarget("tomorrow 8:30am", "America/Chicago", productNow).toISO()).toBe(
      "2026-11-26T08:30:00.000-06:00",
    );
    expect(() => parseTarget("whenever", "America/Chicago", productNow)).toThrow(/is not a time/);
  });

  it("refuses a day already past this year rather than jump to next year's, and names that year", () => {
    const sunday = DateTime.fromISO("2026-12-06T10:00:00-06:00", { setZone: true });
    expect(() => parseTarget("Dec 4 1pm", "America/Chicago", sunday)).toThrow(
      'names no year and is already past in 2026; the next one is Sat, Dec 4, 2027 at 1:00 PM Central Time. To go there, say the year: --to "2027-12-04 13:00"',
    );
    expect(parseTarget("2027-12-04 13:00", "America/Chicago", sunday).toISO()).toBe(
      "2027-12-04T13:00:00.000-06:00",
    );
    // Into the new year a few days ahead is simply the next date.
    const newYearsEve = DateTime.fromISO("2026-12-30T10:00:00-06:00", { setZone: true });
    expect(parseTarget("Jan 2 9am", "America/Chicago", newYearsEve).toISO()).toBe(
      "2027-01-02T09:00:00.000-06:00",
    );
  });
});
