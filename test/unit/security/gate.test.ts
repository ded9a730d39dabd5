/**
 * The gate: one unambiguous From mailbox, an authenticated (aligned) From domain, no automated
 * mail. Read from the raw header section, the one way every path reads the sender.
 */
import { describe, expect, it } from "vitest";
import {
  aligned,
  authenticate,
  readSender,
  type SenderReading,
  type SesVerdicts,
  singleMailbox,
} from "../../../lambdas/domain/sender";

const raw = (...headers: string[]) => new TextEncoder().encode(`${headers.join("\r\n")}\r\n\r\nbody\r\n`);
const mailbox = (reading: SenderReading) => {
  if (reading.kind !== "mailbox") throw new Error(`ambiguous: ${reading.reason}`);
  return reading;
};

describe("the From header names one mailbox, or nobody", () => {
  it.each([
    ["jordan@gmail.com", "jordan@gmail.com"],
    ["Jordan Lee <Jordan.Lee@Gmail.com>", "jordan.lee@gmail.com"],
    ['"Lee, Jordan" <jordan@gmail.com>', "jordan@gmail.com"],
    ["=?UTF-8?B?Sm9yZGFu?= <jordan@gmail.com>", "jordan@gmail.com"],
    ["jordan@gmail.com (Jordan Lee)", "jordan@gmail.com"],
    ['"jordan"@gmail.com', "jordan@gmail.com"],
  ])("%s → %s", (header, address) => {
    expect(singleMailbox(header)).toMatchObject({ address });
  });

  it.each([
    ["two addresses", "you@yourdomain.com, attacker@evil.com"],
    ["group syntax", "Owners: you@yourdomain.com;"],
    ["an empty group", "undisclosed-recipients:;"],
    ["junk after the address", "<you@yourdomain.com> attacker@evil.com"],
    ["text after the angle address", "Jordan <you@yourdomain.com> x"],
    ["an address outside the brackets", "you@yourdomain.com <attacker@evil.com>"],
    ["two angle addresses", "<you@yourdomain.com> <attacker@evil.com>"],
    ["a quoted local part containing @", '"you@yourdomain.com"@evil.com'],
    ["a quoted local part with an escaped quote", '"you\\"@yourdomain.com"@evil.com'],
    ["unbalanced comment", "you@yourdomain.com (oops"],
    ["no domain", "jordan"],
    ["a bare IP literal", "you@[127.0.0.1]"],
    ["empty", ""],
  ])("%s is ambiguous", (_case, header) => {
    expect(typeof singleMailbox(header)).toBe("string");
  });

  it("two From headers, or none, name nobody", () => {
    expect(readSender(raw("From: you@yourdomain.com", "From: attacker@evil.com")).kind).toBe("ambiguous");
    expect(readSender(raw("Subject: hi")).kind).toBe("ambiguous");
  });

  it("reads folded headers, DKIM d= tags and automated markers from the header section only", () => {
    const reading = mailbox(
      readSender(
        raw(
          "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;",
          " d=Gmail.com; s=20230601; h=from:to",
          "From: Jordan",
          " <jordan@gmail.com>",
          "Auto-Submitted: auto-replied",
        ),
      ),
    );
    expect(reading).toMatchObject({
      address: "jordan@gmail.com",
      dkimDomains: ["gmail.com"],
      automated: true,
    });
  });

  it.each([
    ["Auto-Submitted: no", false],
    ["Auto-Submitted: auto-generated", true],
    ["Precedence: bulk", true],
    ["Precedence: auto_reply", true],
    ["X-Autoreply: yes", true],
    ["Return-Path: <>", true],
    ["Return-Path: <bounce@gmail.com>", false],
  ])("%s → automated: %s", (header, automated) => {
    expect(mailbox(readSender(raw("From: jordan@gmail.com", header))).automated).toBe(automated);
  });
});

describe("the From domain is authenticated", () => {
  const pass: SesVerdicts = { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" };
  const from = (domain: string, dkim: string[] = []) =>
    mailbox(readSender(raw(`From: owner@${domain}`, ...dkim.map((d) => `DKIM-Signature: v=1; d=${d}; s=x`))));

  it.each<[string, Partial<SesVerdicts>, string, string[], boolean]>([
    ["DMARC PASS", {}, "x@other.net", [], true],
    [
      "DMARC FAIL, whatever else passed",
      { dmarc: "FAIL" },
      "owner@yourdomain.com",
      ["yourdomain.com"],
      false,
    ],
    ["spam FAIL", { spam: "FAIL" }, "owner@yourdomain.com", [], false],
    ["virus FAIL", { virus: "FAIL" }, "owner@yourdomain.com", [], false],
    ["no DMARC: SPF PASS for the same domain", { dmarc: "GRAY" }, "owner@yourdomain.com", [], true],
    [
      "no DMARC: SPF PASS for a subdomain's envelope",
      { dmarc: "GRAY" },
      "bounce@mail.yourdomain.com",
      [],
      true,
    ],
    [
      "no DMARC: SPF PASS for the attacker's own domain",
      { dmarc: "GRAY", dkim: "FAIL" },
      "x@evil.com",
      [],
      false,
    ],
    [
      "no DMARC: SPF PASS, a look-alike domain",
      { dmarc: "GRAY", dkim: "FAIL" },
      "x@evilyourdomain.com",
      [],
      false,
    ],
    ["no DMARC: SPF PASS, a bounce (empty envelope)", { dmarc: "GRAY", dkim: "FAIL" }, "", [], false],
    [
      "no DMARC: DKIM PASS, signature aligned",
      { dmarc: "GRAY", spf: "FAIL" },
      "x@evil.com",
      ["yourdomain.com"],
      true,
    ],
    [
      "no DMARC: DKIM PASS, attacker's signature",
      { dmarc: "GRAY", spf: "FAIL" },
      "x@evil.com",
      ["evil.com"],
      false,
    ],
    [
      "no DMARC: DKIM PASS, one aligned and one foreign signature (which passed?)",
      { dmarc: "GRAY", spf: "FAIL" },
      "x@evil.com",
      ["yourdomain.com", "evil.com"],
      false,
    ],
    [
      "no DMARC: DKIM PASS without any signature header",
      { dmarc: "GRAY", spf: "FAIL" },
      "x@evil.com",
      [],
      false,
    ],
    [
      "no DMARC: nothing passed",
      { dmarc: "GRAY", spf: "FAIL", dkim: "FAIL" },
      "owner@yourdomain.com",
      [],
      false,
    ],
    ["DMARC not checked: aligned SPF", { dmarc: "PROCESSING_FAILED" }, "owner@yourdomain.com", [], true],
    ["DMARC not checked: unaligned", { dmarc: "PROCESSING_FAILED", dkim: "GRAY" }, "x@evil.com", [], false],
  ])("%s → %s", (_case, verdicts, envelope, dkim, expected) => {
    expect(authenticate(from("yourdomain.com", dkim), { ...pass, ...verdicts }, envelope).authenticated).toBe(
      expected,
    );
  });

  it("alignment is the same domain or a subdomain either way, never a sibling or a suffix", () => {
    expect(aligned("mail.example.com", "example.com")).toBe(true);
    expect(aligned("example.com", "eu.example.com")).toBe(true);
    expect(aligned("Example.COM.", "example.com")).toBe(true);
    expect(aligned("notexample.com", "example.com")).toBe(false);
    expect(aligned("a.example.com", "b.example.com")).toBe(false);
    expect(aligned("", "example.com")).toBe(false);
  });
});
