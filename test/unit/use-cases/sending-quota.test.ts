/**
 * The sending limits hold emails back, they do not lose them (issue 23 part 10): a prompt, a
 * digest or an answer the account's 24-hour SES quota refuses is scheduled again hours later
 * (1, 2, 4, … at most 24); a prompt over the owner's hourly cap, at the next hour (quiet hours
 * still apply when it fires). Each goes out once when the limit allows, and a redelivery never
 * sends it twice. (Answers about no one round: held-answers.test.ts.)
 */
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { SesMailer } from "../../../lambdas/adapters/ses-mailer";
import { type OneTimeSchedule, type ReminderEvent, SendingQuotaExceededError } from "../../../lambdas/ports";
import { HELD_DIGEST, sendDigests } from "../../../lambdas/use-cases/digest/send-digest";
import { fireReminder } from "../../../lambdas/use-cases/reminder/fire-reminder";
import { HELD_ANSWERS } from "../../../lambdas/use-cases/steps/answer";
import { afterQuotaRefusal } from "../../../lambdas/use-cases/steps/send-later";
import { createWorld, useUpHourlyCap, type World, ZONE } from "../conversation/world";

const INTERVIEW = { start: "2026-11-18T13:00:00-06:00", end: "2026-11-18T14:00:00-06:00" };

describe("afterQuotaRefusal: when a refused email is tried again", () => {
  const now = DateTime.fromISO("2026-11-18T17:20:00Z", { setZone: true });

  it.each([
    [1, "2026-11-18T18:01:00.000Z"],
    [2, "2026-11-18T19:01:00.000Z"],
    [3, "2026-11-18T21:01:00.000Z"],
    [4, "2026-11-19T01:01:00.000Z"],
    [5, "2026-11-19T09:01:00.000Z"],
    [6, "2026-11-19T17:01:00.000Z"],
    [12, "2026-11-19T17:01:00.000Z"],
  ])("after refusal %i: %s (doubling from an hour, at most a day)", (holds, expected) => {
    // Act
    const at = afterQuotaRefusal(now, holds);

    // Assess
    expect(at.toUTC().toISO()).toBe(expected);
  });

  it("is the same for any moment of the same hour, so a redelivery names the same schedule", () => {
    // Act
    const early = afterQuotaRefusal(DateTime.fromISO("2026-11-18T17:00:00Z"), 1);
    const late = afterQuotaRefusal(DateTime.fromISO("2026-11-18T17:59:59Z"), 1);

    // Assess
    expect(early.toMillis()).toBe(late.toMillis());
  });
});

describe("the SES mailer", () => {
  /** An SES v2 client whose every request SES answers with HTTP 429, as it refuses a send over a limit. */
  function refusing(message: string) {
    let requests = 0;
    const client = new SESv2Client({
      region: "us-east-1",
      credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
      // One retry at most, so the rate case (retried) stays short.
      maxAttempts: 2,
      requestHandler: {
        handle: async () => {
          requests++;
          return {
            response: {
              statusCode: 429,
              headers: { "content-type": "application/json", "x-amzn-errortype": "TooManyRequestsException" },
              body: new TextEncoder().encode(JSON.stringify({ message })),
            },
          };
        },
      },
    });
    return { client, requests: () => requests };
  }
  const email = {
    to: "jordan.lee@gmail.com",
    from: "followup@followup.example.com",
    replyTo: null,
    subject: "s",
    text: "t",
    html: "<p>t</p>",
    inReplyTo: null,
    references: [],
    attachments: [],
  };

  it("fails at once with SendingQuotaExceededError when the daily quota refuses: no retry can outlast it", async () => {
    // Prepare
    const ses = refusing("Daily message quota exceeded.");

    // Act
    const error = await new SesMailer({ client: ses.client }).send(email).catch((thrown: unknown) => thrown);

    // Assess
    expect(error).toBeInstanceOf(SendingQuotaExceededError);
    expect((error as Error).cause).toMatchObject({
      name: "TooManyRequestsException",
      message: "Daily message quota exceeded.",
    });
    expect(ses.requests()).toBe(1);
  });

  it("leaves the maximum send rate to the SDK's retries", async () => {
    // Prepare
    const ses = refusing("Maximum sending rate exceeded.");

    // Act
    const error = await new SesMailer({ client: ses.client }).send(email).catch((thrown: unknown) => thrown);

    // Assess
    expect(error).not.toBeInstanceOf(SendingQuotaExceededError);
    expect(error).toMatchObject({ name: "TooManyRequestsException" });
    expect(ses.requests()).toBe(2);
  });
});

/** The schedules of one kind, as "local time (holds)". */
function scheduled(world: World, kind: string): string[] {
  return [...world.scheduler.schedules.values()]
    .filter((schedule) => schedule.payload.kind === kind)
    .map((schedule) => `${localTime(schedule)} (${schedule.payload.quotaHolds ?? 0})`);
}

function localTime(schedule: OneTimeSchedule): string {
  return DateTime.fromISO(schedule.localTime, { zone: schedule.timeZone })
    .setZone(ZONE)
    .toFormat("ccc HH:mm");
}

function payloadOf(world: World, kind: string): ReminderEvent {
  const found = [...world.scheduler.schedules.values()].find((schedule) => schedule.payload.kind === kind);
  if (!found) throw new Error(`no ${kind} scheduled`);
  return found.payload;
}

describe("a prompt the daily quota refuses", () => {
  it("is held, tried again at the top of the next hour, and sent once when the quota allows", async () => {
    // Prepare: the account sent its whole quota today.
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const record = await world.forward(INTERVIEW);
    world.mailer.dailyQuota = 0;

    // Act: the prep prompt (11:00) falls due while the quota refuses; by its retry it allows.
    const refused = await world.advanceTo("2026-11-18T11:30:00-06:00");
    const held = scheduled(world, "prep");
    world.mailer.dailyQuota = null;
    const later = await world.advanceTo("2026-11-18T15:30:00-06:00");

    // Assess
    expect(refused).toEqual([]);
    expect(world.mailer.refusals).toBe(1);
    expect(held).toEqual(["Wed 12:01 (1)"]);
    expect(later.map((email) => email.subject)).toEqual([
      "Interview with Acme Robotics soon: ask when they will decide",
      "Send your thank-you to Acme Robotics today",
    ]);
    expect((await world.record(record.interviewId)).planned.map((reminder) => reminder.kind)).not.toContain(
      "prep",
    );
  });

  it("refused again, waits twice as long", async () => {
    // Prepare
    const world = createWorld("2026-11-16T10:00:00-06:00");
    await world.forward(INTERVIEW);
    await world.advanceTo("2026-11-18T12:00:00-06:00");
    world.mailer.dailyQuota = 0;

    // Act: the thank-you (15:00) and its retries until the next morning.
    await world.advanceTo("2026-11-19T08:30:00-06:00");

    // Assess: refused at 15:00, 16:01 and 18:01; 22:01 is in quiet hours, so 08:00; refused, 8 hours.
    expect(world.mailer.refusals).toBe(4);
    expect(scheduled(world, "thank-you")).toEqual(["Thu 16:01 (4)"]);
  });
});

describe("a prompt over the owner's hourly send cap", () => {
  it("is held for the next hour and sent then, once", async () => {
    // Prepare: a flood used up the hour in which the prep prompt (Wed 11:00) falls due.
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const record = await world.forward(INTERVIEW);
    await useUpHourlyCap(world, DateTime.fromISO("2026-11-18T11:00:00-06:00"));

    // Act
    const within = await world.advanceTo("2026-11-18T11:30:00-06:00");
    const held = scheduled(world, "prep");
    const later = await world.advanceTo("2026-11-18T12:30:00-06:00");

    // Assess
    expect(within).toEqual([]);
    expect(held).toEqual(["Wed 12:01 (0)"]);
    expect(later.map((email) => email.subject)).toEqual([
      "Interview with Acme Robotics soon: ask when they will decide",
    ]);
    expect((await world.record(record.interviewId)).planned.map((reminder) => reminder.kind)).not.toContain(
      "prep",
    );
  });

  it("held into quiet hours, goes out when they end", async () => {
    // Prepare: a Friday 09:00 interview, so prep is Thursday 20:00; that hour is used up.
    const world = createWorld("2026-11-16T10:00:00-06:00");
    await world.forward({ start: "2026-11-20T09:00:00-06:00", end: "2026-11-20T10:00:00-06:00" });
    await useUpHourlyCap(world, DateTime.fromISO("2026-11-19T20:00:00-06:00"));

    // Act: held for 21:01, which is quiet; then the morning.
    await world.advanceTo("2026-11-19T20:30:00-06:00");
    const held = scheduled(world, "prep");
    const night = await world.advanceTo("2026-11-19T23:00:00-06:00");
    const moved = scheduled(world, "prep");
    const morning = await world.advanceTo("2026-11-20T08:00:00-06:00");

    // Assess
    expect(held).toEqual(["Thu 21:01 (0)"]);
    expect(night).toEqual([]);
    expect(moved).toEqual(["Fri 08:00 (0)"]);
    expect(morning.map((email) => email.subject)).toEqual([expect.stringMatching(/soon/)]);
  });
});

describe("a prompt delivered twice while a limit refuses it", () => {
  it.each([
    ["daily-quota", 1],
    ["hourly-cap", 0],
  ] as const)("by the %s, names one retry; that retry delivered twice sends once", async (limit, holds) => {
    // Prepare: the thank-you's schedule, as Scheduler delivers it (it deletes itself once fired).
    const world = createWorld("2026-11-16T10:00:00-06:00");
    await world.forward(INTERVIEW);
    const thankYou = payloadOf(world, "thank-you");
    for (const [name, schedule] of world.scheduler.schedules)
      if (schedule.payload.kind === "thank-you") world.scheduler.schedules.delete(name);
    if (limit === "daily-quota") world.mailer.dailyQuota = 0;
    else await useUpHourlyCap(world, DateTime.fromISO("2026-11-18T15:00:00-06:00"));
    const at = (iso: string) => ({ ...world.deps, clock: { now: () => DateTime.fromISO(iso) } });

    // Act: Scheduler delivers the thank-you twice; the limit refuses both.
    const first = await fireReminder(thankYou, at("2026-11-18T15:00:00-06:00"));
    const again = await fireReminder(thankYou, at("2026-11-18T15:00:40-06:00"));
    const retries = scheduled(world, "thank-you");
    world.mailer.dailyQuota = null;
    const retry = payloadOf(world, "thank-you");
    const sent = await fireReminder(retry, at("2026-11-18T16:01:00-06:00"));
    const twice = await fireReminder(retry, at("2026-11-18T16:01:30-06:00"));

    // Assess
    expect(first).toEqual({
      action: "held",
      kind: "thank-you",
      limit,
      holds,
      retryAt: "2026-11-18T22:01:00.000Z",
    });
    expect(again).toEqual(first);
    expect(retries).toEqual([`Wed 16:01 (${holds})`]);
    expect(sent).toEqual({ action: "sent", kind: "thank-you" });
    expect(twice).toEqual({ action: "skipped", reason: "stale-plan" });
    expect(world.mailer.sent.map((email) => email.subject)).toEqual([
      "Send your thank-you to Acme Robotics today",
    ]);
  });
});

describe("a weekly digest a sending limit refuses", () => {
  it.each([
    ["the daily quota", { sent: 0, skipped: 0, held: 1, overCap: 0 }, "Sun 19:01 (1)"],
    ["the hourly cap", { sent: 0, skipped: 0, held: 0, overCap: 1 }, "Sun 19:01 (0)"],
  ] as const)(
    "refused by %s, is held for the reminder function, which sends it once, whatever else runs that week",
    async (limit, counted, schedule) => {
      // Prepare: an open interview; Sunday 18:05 in Chicago, the digest's hour.
      const world = createWorld("2026-11-20T10:00:00-06:00");
      await world.forward({ start: "2026-11-25T13:00:00-06:00", end: "2026-11-25T14:00:00-06:00" });
      await world.advanceTo("2026-11-22T18:05:00-06:00");
      if (limit === "the daily quota") world.mailer.dailyQuota = 0;
      else await useUpHourlyCap(world, world.now());

      // Act: refused; an hour later the limit allows, and the hourly run of 19:05 comes after the retry.
      const run = await sendDigests(world.deps);
      const held = scheduled(world, HELD_DIGEST);
      world.mailer.dailyQuota = null;
      const later = await world.advanceTo("2026-11-22T19:05:00-06:00");
      const nextRun = await sendDigests(world.deps);

      // Assess
      expect(run).toEqual(counted);
      expect(held).toEqual([schedule]);
      expect(later.map((email) => email.subject)).toEqual(["Your week: 1 open interview — keep applying"]);
      expect(later[0]?.replyTo).not.toBe(world.deps.config.inboundAddress);
      expect(nextRun).toEqual({ sent: 0, skipped: 1, held: 0, overCap: 0 });
    },
  );

  it("refused until the next week's digest is due, is not sent late after it", async () => {
    // Prepare: the digest of Sunday Nov 22 is refused, and every retry until the next Sunday's.
    const world = createWorld("2026-11-20T10:00:00-06:00");
    await world.forward({ start: "2026-11-25T13:00:00-06:00", end: "2026-11-25T14:00:00-06:00" });
    await world.advanceTo("2026-11-22T18:05:00-06:00");
    world.mailer.dailyQuota = 0;
    await sendDigests(world.deps);
    await world.advanceTo("2026-11-29T18:05:00-06:00");
    world.mailer.dailyQuota = null;

    // Act: the next week's digest goes out; the held one's retry (a day apart by now) fires after
    // it, as does the thank-you prompt's, refused all week too.
    const run = await sendDigests(world.deps);
    const later = await world.advanceTo("2026-11-30T18:05:00-06:00");

    // Assess
    expect(run).toEqual({ sent: 1, skipped: 0, held: 0, overCap: 0 });
    const digests = world.mailer.sent.filter((email) => email.subject.startsWith("Your week"));
    expect(digests).toHaveLength(1);
    expect(later.map((email) => email.subject)).toEqual(["Send your thank-you to Acme Robotics today"]);
    expect(scheduled(world, HELD_DIGEST)).toEqual([]);
  });
});

describe("an answer the daily quota refuses", () => {
  it("is held like one over the hourly cap, and sent once when the quota allows", async () => {
    // Prepare
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const record = await world.forward(INTERVIEW);
    world.mailer.dailyQuota = 0;

    // Act: the answer is refused, and again at the top of the next hour; later the quota allows.
    const now = await world.reply(record.interviewId, "role Staff Engineer");
    await world.advanceTo("2026-11-16T11:30:00-06:00");
    const retries = scheduled(world, HELD_ANSWERS);
    world.mailer.dailyQuota = null;
    const later = await world.advanceTo("2026-11-16T13:30:00-06:00");

    // Assess
    expect(now).toBeUndefined();
    expect(retries).toEqual(["Mon 12:01 (1)"]);
    expect(later.map((email) => email.subject)).toEqual([
      expect.stringMatching(/^Corrected: the role is Staff/),
    ]);
    expect(await world.store.listHeldAnswers(record.ownerId)).toEqual([]);
  });
});
