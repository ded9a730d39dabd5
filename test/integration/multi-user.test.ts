/**
 * One deployment, many users: listed owners, self-onboarding addresses of an allowed domain,
 * per-user settings by email, and isolation between them — against the real local stand-ins.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GetScheduleCommand } from "@aws-sdk/client-scheduler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewSchedulePrefix } from "../../lambdas/domain/schedule-name";
import { WELCOME_LIMITS } from "../../lambdas/use-cases/account/onboarding";
import type { LocalApp } from "../../local/app";
import { deliver, inbox, OWNER, replyTo, type StoredEmail, startTestApp } from "../support/local-app";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", name), "utf8");
const NEWCOMER = "ana@bootcamp.example";
const OTHER = "ben@bootcamp.example";

/** The same forward, sent by someone else. */
const forwardAs = (sender: string, name: string, attempt = 1) =>
  fixture(name)
    .replace(/^From: .*$/m, `From: Someone <${sender}>`)
    .replace(/^Message-ID: .*$/m, `Message-ID: <${attempt}-${sender}-${name}@mail.example>`);

const to = (address: string, emails: StoredEmail[]) =>
  emails.filter((email) => email.destination.to.includes(address));

describe("many users in one deployment", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp("2026-11-23T14:00:00Z", [OWNER], ["bootcamp.example"]);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("a new address of an allowed domain gets a welcome and nothing else is stored", async () => {
    await deliver(app, forwardAs(NEWCOMER, "zoom-utc-apple-mail-forward.eml"), { from: NEWCOMER });
    const welcome = to(NEWCOMER, await inbox(app));
    expect(welcome.map((email) => email.subject)).toEqual([
      "Welcome to interview follow-up — reply to confirm your address",
    ]);
    expect(await app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith("fu-"))).toEqual(
      [],
    );
  });

  it("a reply to the welcome confirms the address; then forwards are planned", async () => {
    const [welcome] = to(NEWCOMER, await inbox(app));
    if (!welcome) throw new Error("no welcome");
    await replyTo(app, welcome, "yes, that's me", NEWCOMER);
    expect(to(NEWCOMER, await inbox(app)).at(-1)?.subject).toBe(
      "You are all set — forward your first interview invite",
    );
    await deliver(app, forwardAs(NEWCOMER, "zoom-utc-apple-mail-forward.eml", 2), {
      from: NEWCOMER,
    });
    expect(to(NEWCOMER, await inbox(app)).at(-1)?.subject).toMatch(
      /^Got it: interview with Northwind Traders/,
    );
  });

  it("strangers and other domains get nothing", async () => {
    const before = (await inbox(app)).length;
    await deliver(app, forwardAs("eve@elsewhere.example", "calendly-intro-call.eml"), {
      from: "eve@elsewhere.example",
    });
    expect(await inbox(app)).toHaveLength(before);
  });

  it("a reply token of one user does nothing to that user's data when another user sends it", async () => {
    await deliver(app, forwardAs(OWNER, "calendly-intro-call.eml"));
    const ownerConfirmation = to(OWNER, await inbox(app)).at(-1);
    if (!ownerConfirmation) throw new Error("no confirmation");
    const ownerSchedules = app.cloud.scheduler
      .pending()
      .filter((schedule) => schedule.name.startsWith("fu-")).length;
    // Ana replies "offer" to the owner's signed address: it is not a reply for her, and not his.
    await replyTo(app, ownerConfirmation, "offer", NEWCOMER);
    expect(app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith("fu-"))).toHaveLength(
      ownerSchedules,
    );
    const emails = await inbox(app);
    expect(to(OWNER, emails).at(-1)?.subject).toBe(ownerConfirmation.subject);
    expect(emails.every((email) => email.destination.to.length === 1)).toBe(true);
    expect(to(OTHER, emails)).toEqual([]);
  });

  it("settings by email: show, change the time zone (pending prompts move), turn the digest off", async () => {
    const [confirmation] = to(OWNER, await inbox(app));
    if (!confirmation) throw new Error("no confirmation");
    await replyTo(app, confirmation, "settings");
    expect(to(OWNER, await inbox(app)).at(-1)?.subject).toBe("Your settings");
    await replyTo(app, confirmation, "timezone Europe/Berlin");
    const changed = to(OWNER, await inbox(app)).at(-1);
    expect(changed?.subject).toBe("Settings: time zone Europe/Berlin");
    expect(changed?.body.text).toContain("Time zone: Europe/Berlin");
    const ownersPrefix = interviewSchedulePrefix(OWNER, "").slice(0, "fu-".length + 17);
    const schedule = app.cloud.scheduler.pending().find((item) => item.name.startsWith(ownersPrefix));
    const described = await app.cloud.clients.scheduler.send(
      new GetScheduleCommand({ Name: schedule?.name, GroupName: schedule?.groupName }),
    );
    expect(described.ScheduleExpressionTimezone).toBe("Europe/Berlin");
    await replyTo(app, confirmation, "quiet 25-7");
    expect(to(OWNER, await inbox(app)).at(-1)?.subject).toBe("Settings unchanged");
    await replyTo(app, confirmation, "digest off");
    expect(to(OWNER, await inbox(app)).at(-1)?.body.text).toContain("Weekly digest: off");
  });
});

describe("welcome emails are capped", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp("2026-11-23T14:00:00Z", [OWNER], ["bootcamp.example"]);
  });
  afterAll(async () => {
    await app.stop();
  });

  it("one a day per address, and per hour for the domain: nobody can mail a whole domain through us", async () => {
    await deliver(app, forwardAs(NEWCOMER, "zoom-utc-apple-mail-forward.eml"), { from: NEWCOMER });
    await deliver(app, forwardAs(NEWCOMER, "zoom-utc-apple-mail-forward.eml", 2), { from: NEWCOMER });
    expect(to(NEWCOMER, await inbox(app))).toHaveLength(1);

    const limit = WELCOME_LIMITS.perDomainPerHour;
    for (let index = 0; index < limit + 3; index++) {
      const address = `student${index}@bootcamp.example`;
      await deliver(app, forwardAs(address, "zoom-utc-apple-mail-forward.eml"), { from: address });
    }
    const welcomes = (await inbox(app)).filter((email) => email.subject.startsWith("Welcome"));
    expect(welcomes).toHaveLength(limit);
  }, 120_000);
});
