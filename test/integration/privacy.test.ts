/** "forget <company>" and "forget everything": deleted only after a confirming reply, raw mail included. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import { deliver, inbox, OWNER, replyTo, startTestApp } from "../support/local-app";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", name));
const command = (text: string, id: string) =>
  [
    `From: Jordan Lee <${OWNER}>`,
    "To: followup@followup.localhost",
    "Subject: privacy",
    `Message-ID: <${id}@mail.gmail.com>`,
    "Content-Type: text/plain",
    "",
    text,
    "",
  ].join("\r\n");

describe("forget, after confirmation", () => {
  let app: LocalApp;
  const rawMailCount = async () =>
    (await app.cloud.clients.s3.send(new ListObjectsV2Command({ Bucket: app.cloud.bucket }))).KeyCount ?? 0;
  const interviewSchedules = () =>
    app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith("fu-"));

  beforeAll(async () => {
    app = await startTestApp();
    await deliver(app, fixture("google-calendar-forwarded-gmail.eml"));
    await deliver(app, fixture("zoom-utc-apple-mail-forward.eml"));
  });
  afterAll(async () => {
    await app.stop();
  });

  it("asks first, and a reply other than yes deletes nothing", async () => {
    await deliver(app, command("forget everything", "f1"));
    const ask = (await inbox(app)).at(-1);
    expect(ask?.subject).toBe("Confirm: delete everything?");
    if (!ask) throw new Error("no confirmation request");
    await replyTo(app, ask, "no, keep it");
    expect((await inbox(app)).at(-1)?.subject).toBe("Nothing was deleted");
    expect(interviewSchedules()).toHaveLength(10);
  });

  it("“forget Acme Robotics” + “yes” deletes that application, its schedules and its raw mail only", async () => {
    const before = await rawMailCount();
    await deliver(app, command("forget Acme Robotics", "f2"));
    const ask = (await inbox(app)).at(-1);
    expect(ask?.subject).toBe("Confirm: delete your Acme Robotics application?");
    if (!ask) throw new Error("no confirmation request");
    await replyTo(app, ask, "yes");
    expect((await inbox(app)).at(-1)?.subject).toBe("Deleted: 1 interview");
    expect(interviewSchedules()).toHaveLength(5);
    // The forward, the request and the confirming reply are gone; the other forward stays.
    expect(await rawMailCount()).toBe(before + 2 - 3);
    await deliver(app, command("status", "f3"));
    const status = (await inbox(app)).at(-1);
    expect(status?.body.text).toContain("Northwind Traders");
    expect(status?.body.text).not.toContain("Acme Robotics");
  });

  it("“forget Northwind” finds Northwind Traders, and the confirmation names exactly it", async () => {
    await deliver(app, command("forget Northwind", "f5"));
    const ask = (await inbox(app)).at(-1);
    expect(ask?.subject).toBe("Confirm: delete your Northwind application?");
    expect(ask?.body.text).toContain("Northwind Traders");
    await deliver(app, command("forget North", "f6"));
    expect((await inbox(app)).at(-1)?.subject).toBe("Nothing matches “North”");
  });

  it("a company with nothing stored is answered plainly", async () => {
    await deliver(app, command("forget Initech", "f4"));
    expect((await inbox(app)).at(-1)?.subject).toBe("Nothing matches “Initech”");
  });
});

describe("forget means forgotten: every raw mail about the target, then everything", () => {
  let app: LocalApp;
  const rawMailKeys = async () =>
    (
      (await app.cloud.clients.s3.send(new ListObjectsV2Command({ Bucket: app.cloud.bucket }))).Contents ?? []
    ).map((object) => object.Key);
  const confirm = async (text: string, id: string) => {
    await deliver(app, command(text, id));
    const ask = (await inbox(app)).at(-1);
    if (!ask?.subject.startsWith("Confirm")) throw new Error(`no confirmation request for ${text}`);
    await replyTo(app, ask, "yes");
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("a duplicate forward and a forward still waiting for its date go with the company; other mail stays", async () => {
    const acme = fixture("google-calendar-forwarded-gmail.eml").toString("latin1");
    await deliver(app, acme);
    await deliver(app, acme.replace(/^Message-ID: .*$/m, "Message-ID: <again@mail.gmail.com>"));
    await deliver(
      app,
      command("Fwd: Acme Robotics wants a second interview next week, they will send a time", "nd1"),
    );
    await deliver(app, fixture("zoom-utc-apple-mail-forward.eml"));
    await deliver(app, command("check: Hi Priya, thank you for your time today.", "c1"));
    await deliver(app, command("timezone America/Chicago", "s1"));
    const before = await rawMailKeys();
    expect(before).toHaveLength(6);

    await confirm("forget Acme Robotics", "f1");
    expect((await inbox(app)).at(-1)?.subject).toBe("Deleted: 1 interview");
    // The Acme forward, its duplicate, the forward without a date, the request and the reply.
    expect(await rawMailKeys()).toHaveLength(3);
  });

  it("“forget everything” leaves no raw mail of the user at all", async () => {
    await confirm("forget everything", "f2");
    expect(await rawMailKeys()).toEqual([]);
  });
});
