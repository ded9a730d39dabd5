/**
 * Every email can be answered (issue 23 part 2), against the real local stand-ins: the digest
 * comes with its own signed reply address, a reply naming a company acts on that application
 * (undoably), one naming none asks which, and a reply address that no longer verifies gets the
 * help; none of them is taken as a new forward. (aws-ses-v2-local keeps one store per process,
 * so this suite has its own file.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { deliver, inbox, OWNER, replyTo, type StoredEmail, startTestApp } from "../support/local-app";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", name));

/** Sunday Nov 29 2026, 18:00 in Chicago: the digest's hour; both interviews are ahead. */
const SUNDAY_EVENING = "2026-11-30T00:00:00Z";

describe("replies to the weekly digest", () => {
  let app: LocalApp;
  let digest: StoredEmail;
  const interviewSchedules = () =>
    app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith("fu-"));

  beforeAll(async () => {
    app = await startTestApp(SUNDAY_EVENING);
    await deliver(app, fixture("google-calendar-forwarded-gmail.eml"));
    await deliver(app, fixture("zoom-utc-apple-mail-forward.eml"));
    await app.cloud.runtime.invokeAsync(app.cloud.functions.Digest?.arn ?? "", {});
    const sent = (await inbox(app)).find((email) => email.subject.startsWith("Your week"));
    if (!sent) throw new Error("no digest");
    digest = sent;
  });
  afterAll(async () => {
    await app.stop();
  });

  it("the digest's replies go to its own signed address", () => {
    expect(digest.replyTo[0]).toMatch(/^followup\+digest-[a-z2-7]+@/);
  });

  it("a reply naming no company changes nothing and asks which of the open applications", async () => {
    const schedules = interviewSchedules().length;
    await replyTo(app, digest, "they rejected me");
    const answer = (await inbox(app)).at(-1);
    expect(answer?.subject).toBe("Sorry, I did not understand that reply");
    expect(answer?.body.text).toContain("“Acme Robotics: they rejected me”");
    expect(answer?.body.text).toContain("“Northwind Traders: they rejected me”");
    expect(interviewSchedules()).toHaveLength(schedules);
  });

  it("a reply naming a company closes that application, and “undo” to the answer opens it again", async () => {
    const schedules = interviewSchedules().length;
    await replyTo(app, digest, "Acme rejected me");
    const answer = (await inbox(app)).at(-1);
    expect(answer?.subject).toMatch(/^Sorry about Acme Robotics/);
    expect(interviewSchedules().length).toBeLessThan(schedules);
    if (!answer) throw new Error("no answer");

    await replyTo(app, answer, "undo");

    expect((await inbox(app)).at(-1)?.subject).toMatch(/^Reopened: rejected/);
    expect(interviewSchedules()).toHaveLength(schedules);
  });

  it("a reply address that no longer verifies gets the help, and is not stored as a forward", async () => {
    const schedules = interviewSchedules().length;
    const stale = digest.replyTo[0]?.replace(/digest-[a-z2-7]+@/, "0123456789abcdef-aaaaaaaaaaaaaaaa@");
    if (!stale) throw new Error("no reply address");
    await replyTo(app, { ...digest, replyTo: [stale] }, "sent");
    expect((await inbox(app)).at(-1)?.subject).toBe("Sorry, I did not understand that reply");
    expect(interviewSchedules()).toHaveLength(schedules);
    await deliver(
      app,
      [
        "From: Jordan Lee <jordan.lee@gmail.com>",
        `To: ${app.inboundAddress}`,
        "Subject: status",
        "",
        "status",
        "",
      ].join("\r\n"),
      { from: OWNER },
    );
    expect((await inbox(app)).at(-1)?.body.text).toMatch(/2 open interviews/i);
  });
});
