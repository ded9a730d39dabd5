/**
 * A whole conversation with the local product, as a person has it from a terminal: forward an
 * invite, move the clock with `followup local advance --to`, read the inbox, answer with
 * `followup reply`. Replies that snooze, start a next round, close and are undone; every email in
 * human words. The commands run in this process (test/support/cli.ts); local-cli.test.ts runs
 * them as processes of their own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { followupInProcess, ROOT } from "../support/cli";
import { deliver, inbox, OWNER, startTestApp } from "../support/local-app";

const ZONE = "America/Chicago";

/** Machine-looking dates, zone ids or internal reasons that must never reach a person. */
const NOT_HUMAN = /\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}:\d{2}|America\/Chicago|a reply about an interview/;

describe("a conversation through the command line", () => {
  let app: LocalApp;
  let env: NodeJS.ProcessEnv;

  async function followup(...args: string[]): Promise<string> {
    const { code, stdout, stderr } = await followupInProcess(args, env);
    if (code !== 0) throw new Error(`followup ${args.join(" ")} exited ${code}: ${stderr}`);
    return stdout;
  }

  /** Names of the first interview's schedules start with this (owner hash, interview hash). */
  let firstInterview = "";

  /** The first interview's pending prompts as "kind → local time". */
  function pending(prefix = firstInterview): Record<string, string> {
    return Object.fromEntries(
      app.cloud.scheduler
        .pending()
        .filter((schedule) => schedule.name.startsWith(prefix))
        .map((schedule) => [
          schedule.name.replace(/^fu-[0-9a-f]+-[0-9a-f]+-/, ""),
          DateTime.fromISO(schedule.due ?? "")
            .setZone(ZONE)
            .toFormat("ccc LLL d HH:mm"),
        ]),
    );
  }

  beforeAll(async () => {
    // The product plans in Chicago (startTestApp), as the README's walk-through starts it; the
    // commands, as there, take their zone from the running product.
    app = await startTestApp("2026-11-23T14:00:00Z");
    env = {
      FOLLOWUP_TZ: undefined,
      FOLLOWUP_SMTP_PORT: String(app.smtp.port),
      FOLLOWUP_SES_PORT: String(new URL(app.sesUrl).port),
      FOLLOWUP_CONTROL_PORT: String(new URL(app.controlUrl).port),
      FOLLOWUP_OWNERS: OWNER,
    };
    // Fri Dec 4, 11:00–11:30 Chicago: a phone screen with Northwind Traders.
    await deliver(app, readFileSync(join(ROOT, "test/fixtures/mail/zoom-utc-apple-mail-forward.eml")));
  }, 120_000);
  afterAll(async () => {
    await app.stop();
  });

  it("the forward is confirmed and planned", async () => {
    const emails = await inbox(app);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toMatch(/^Got it: interview with Northwind Traders/);
    firstInterview =
      /^(fu-[0-9a-f]+-[0-9a-f]+-)/.exec(
        app.cloud.scheduler.pending().find((schedule) => schedule.name.startsWith("fu-"))?.name ?? "",
      )?.[1] ?? "";
    expect(firstInterview).not.toBe("");
    expect(pending()).toMatchObject({ prep: "Fri Dec 4 09:00", "thank-you": "Fri Dec 4 12:30" });
  });

  it("advance --to reads the user's zone and prints local time; reply answers the latest email", async () => {
    // Prep and thank-you fire on the way; the emails also count the Sunday digest.
    expect(await followup("local", "advance", "--to", "2026-12-04 13:00")).toBe(
      "Local time is now Fri, Dec 4 at 1:00 PM Central Time; 2 prompt(s) fired, 3 email(s) sent.\n",
    );
    const emails = await inbox(app);
    expect(emails.at(-1)?.subject).toBe("Send your thank-you to Northwind Traders today");
    const answer = await followup("reply", "latest", "sent ✅");
    expect(answer).toContain(
      `Replied to ${emails.length} “Send your thank-you to Northwind Traders today” as jordan.lee@gmail.com.`,
    );
    expect(answer).toContain(
      `Answer: ${String(emails.length + 1)
        .padStart(3)
        .trim()}  Noted: thank-you sent`,
    );
  });

  it("“snooze 3 days” on the follow-up moves only it, later, off Monday; follow-up 2 never earlier", async () => {
    await followup("local", "advance", "--to", "Dec 11 9:30am");
    expect((await inbox(app)).at(-1)?.subject).toBe("Follow up with Northwind Traders today");
    expect(pending()).toMatchObject({ "follow-up-2": "Fri Dec 18 09:00" });
    const answer = await followup("reply", "latest", "snooze 3 days");
    expect(answer).toContain("Snoozed: send a follow-up — Tue, Dec 15 at 9:00 AM");
    expect(pending()).toMatchObject({ "follow-up-1": "Tue Dec 15 09:00", "follow-up-2": "Tue Dec 22 09:00" });
  });

  it("a next round beats the word “offer” and the answer lists the new round's plan; undo takes it back", async () => {
    const answer = await followup(
      "reply",
      "latest",
      "They want me back! next round Dec 17 at 2pm — offer stage after that",
    );
    expect(answer).toContain(
      "Next round with Northwind Traders: Thu, Dec 17 at 2:00 PM Central Time — here is its plan",
    );
    const email = (await inbox(app)).at(-1);
    expect(email?.body.text).toContain("Prepare: ask when they will decide — Thu, Dec 17 at 12:00 PM");
    expect(Object.keys(pending())).not.toContain("follow-up-1");
    expect(Object.keys(pending("fu-"))).toContain("prep");
    const undone = await followup("reply", "latest", "undo");
    expect(undone).toContain("Undone: next round with Northwind Traders");
    expect(pending()).toMatchObject({ "follow-up-1": "Tue Dec 15 09:00", "follow-up-2": "Tue Dec 22 09:00" });
    expect(app.cloud.scheduler.pending().filter((schedule) => /^fu-.*-prep$/.test(schedule.name))).toEqual(
      [],
    );
  });

  it("“not rejected yet, they said Friday” sets the decision date and closes nothing", async () => {
    const answer = await followup("reply", "latest", "not rejected yet, they said Friday");
    expect(answer).toContain("Noted: they will decide by Fri, Dec 18");
    expect(pending()).toMatchObject({ "follow-up-1": "Tue Dec 22 09:00" });
  });

  it("an unclear reply changes nothing and asks “did you mean …?”", async () => {
    const before = pending();
    await followup("reply", "latest", "hmm I think they might reject me");
    const email = (await inbox(app)).at(-1);
    expect(email?.subject).toBe("Sorry, I did not understand that reply");
    expect(email?.body.text).toContain("Did you mean “rejected”");
    expect(pending()).toEqual(before);
  });

  it("“rejected” closes and says undo works; “undo” brings every prompt back", async () => {
    const before = pending();
    const closing = await followup("reply", "latest", "Unfortunately they went with another candidate");
    expect(closing).toContain("Sorry about Northwind Traders");
    expect((await inbox(app)).at(-1)?.body.text).toContain("Reply “undo”");
    expect(pending()).toEqual({});
    const reopened = await followup("reply", "latest", "undo");
    expect(reopened).toContain("Reopened: rejected with Northwind Traders");
    expect(pending()).toEqual(before);
  });

  it("reply --list numbers the inbox, and no email shows an ISO date, a zone id or an internal reason", async () => {
    const list = await followup("reply", "--list");
    expect(list).toMatch(/^ {2}1 {2}Got it: interview with Northwind Traders/);
    for (const email of await inbox(app)) {
      expect(`${email.subject}\n${email.body.text}`, email.subject).not.toMatch(NOT_HUMAN);
    }
  });
});
