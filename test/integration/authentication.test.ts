/**
 * Nobody else in: spoofed mail to the bundled inbound function, with SES's verdicts as a domain
 * without DMARC gets them, is held; the genuine owner (aligned SPF) still gets through. A
 * stranger's hostile MIME never reaches the parser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import type { Verdict } from "../../local/cloud/mail-receiving";
import { deliver, inbox, OWNER, startTestApp } from "../support/local-app";

const invite = readFileSync(
  join(import.meta.dirname, "../fixtures/mail/google-calendar-forwarded-gmail.eml"),
  "latin1",
);
/** The owner's domain (gmail.com in these fixtures) as if it published no DMARC record. */
const noDmarc = (spf: Verdict, dkim: Verdict) => () => ({
  spf,
  dkim,
  dmarc: "GRAY" as Verdict,
  spam: "PASS" as Verdict,
  virus: "PASS" as Verdict,
});

function withFrom(from: string): string {
  return invite.replace(/^From: .*$/m, `From: ${from}`);
}

describe("aligned sender authentication, on the synthesized stack", () => {
  let app: LocalApp | undefined;
  afterEach(async () => {
    await app?.stop();
    app = undefined;
  });

  it("the genuine owner, SPF aligned and no DMARC record: stored and confirmed", async () => {
    app = await startTestApp(undefined, undefined, undefined, { verdicts: noDmarc("PASS", "GRAY") });
    await deliver(app, invite, { from: OWNER });
    expect((await inbox(app)).map((email) => email.subject)).toEqual([
      expect.stringContaining("Acme Robotics"),
    ]);
  });

  it.each([
    ["an attacker's own envelope domain passing SPF", withFrom(`Jordan <${OWNER}>`), "bounce@evil.example"],
    [
      "two From headers",
      invite.replace(/^From: .*$/m, `From: ${OWNER}\r\nFrom: attacker@evil.example`),
      OWNER,
    ],
    ["two addresses in From", withFrom(`${OWNER}, attacker@evil.example`), OWNER],
    ["group syntax", withFrom(`Owners: ${OWNER};`), OWNER],
    ["junk after the address", withFrom(`<${OWNER}> attacker@evil.example`), OWNER],
    ["a quoted local part containing @", withFrom(`"${OWNER}"@evil.example`), "x@evil.example"],
  ])("%s: held, nothing stored, nothing sent, nothing dead-lettered", async (_case, raw, envelope) => {
    app = await startTestApp(undefined, undefined, undefined, { verdicts: noDmarc("PASS", "FAIL") });
    await deliver(app, raw, { from: envelope });
    expect(await inbox(app)).toEqual([]);
    expect(app.cloud.scheduler.pending().filter((schedule) => schedule.name.startsWith("fu-"))).toEqual([]);
    expect(app.deadLetters()).toEqual([]);
  });

  it("a stranger's 60-deep MIME is dropped before any parsing: no crash, no dead letter", async () => {
    app = await startTestApp();
    const depth = 60;
    const open = Array.from(
      { length: depth },
      (_, level) => `Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n`,
    ).join("");
    const close = Array.from({ length: depth }, (_, level) => `\r\n--b${depth - 1 - level}--\r\n`).join("");
    const raw = `From: stranger@evil.example\r\nTo: ${app.inboundAddress}\r\nSubject: hi\r\nMIME-Version: 1.0\r\n${open}Content-Type: text/plain\r\n\r\nhello${close}`;
    await deliver(app, raw, { from: "stranger@evil.example" });
    expect(app.deadLetters()).toEqual([]);
    expect(await inbox(app)).toEqual([]);
  });
});
