/**
 * Outlook on Windows still sends windows-1252. Node 20's TextDecoder turned its 0x80–0x9F range
 * (smart quotes, dashes, €) into control characters (nodejs/node#60888); the pinned Node reads it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest, readMail } from "../../../lambdas/domain/ingest";

const FORWARD = readFileSync(
  join(import.meta.dirname, "../../fixtures/windows-1252/outlook-forward-smart-quotes-euro.eml"),
);
const C1_CONTROLS = /[\u0080-\u009f]/;

describe("a windows-1252 Outlook forward", () => {
  it("reads the encoded subject as written, dash included", async () => {
    const mail = await readMail(FORWARD);
    expect(mail.subject).toBe("FW: Final interview – Pricing Analyst");
  });

  it("reads the body's smart quotes, dashes, euro signs and accents (text is kept in plain forms)", async () => {
    // Act
    const mail = await readMail(FORWARD);

    // Assess: the reader's plain forms of what was written, nothing lost, no control character.
    expect(mail.text).toContain("last week - the team enjoyed it. We'd like");
    expect(mail.text).toContain('the "Pricing Analyst" role');
    expect(mail.text).toContain("budget is €65,000-€72,000 a year");
    expect(mail.text).toContain("María Núñez");
    expect(mail.text).not.toMatch(C1_CONTROLS);
  });

  it("is decoded by a TextDecoder that maps 0x80–0x9F to printable characters", () => {
    const text = new TextDecoder("windows-1252").decode(Uint8Array.of(0x93, 0x80, 0x96, 0x97, 0x92, 0x94));
    expect(text).toBe("“€–—’”");
  });

  it("is read as the interview it announces", async () => {
    const result = await ingest(FORWARD, {
      now: DateTime.fromISO("2026-11-23T09:05:00Z"),
      ownerAddresses: ["jordan.lee@outlook.com"],
    });
    expect(result.status).toBe("ok");
    expect(result.interview).toMatchObject({
      company: "Canalworks",
      role: "Pricing Analyst",
      start: "2026-12-03T10:00:00+01:00",
    });
  });
});
