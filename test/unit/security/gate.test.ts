import { describe, expect, it } from "vitest";
import type { MailMessage } from "../../../lambdas/domain/ingest";
import {
  isAutomated,
  type SesVerdicts,
  type Verdict,
  verdictsPass,
} from "../../../lambdas/use-cases/inbound-mail";

const pass: SesVerdicts = { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" };

describe("the SES verdict policy", () => {
  it.each<[string, Partial<SesVerdicts>, boolean]>([
    ["everything passes", {}, true],
    ["SPF alone authenticates", { dkim: "FAIL" }, true],
    ["DKIM alone authenticates", { spf: "FAIL" }, true],
    ["neither SPF nor DKIM", { spf: "FAIL", dkim: "FAIL" }, false],
    ["GRAY never authenticates", { spf: "GRAY", dkim: "GRAY" }, false],
    ["PROCESSING_FAILED never authenticates", { spf: "PROCESSING_FAILED", dkim: "PROCESSING_FAILED" }, false],
    ["DMARC failed", { dmarc: "FAIL" }, false],
    ["DMARC GRAY (no policy) is not a failure", { dmarc: "GRAY" }, true],
    ["spam", { spam: "FAIL" }, false],
    ["virus", { virus: "FAIL" }, false],
    [
      "spam scan GRAY or PROCESSING_FAILED does not block an authenticated owner",
      { spam: "GRAY", virus: "PROCESSING_FAILED" },
      true,
    ],
    ["scanning disabled", { spam: "DISABLED" as Verdict, virus: "DISABLED" as Verdict }, true],
  ])("%s → %s", (_name, verdicts, expected) => {
    expect(verdictsPass({ ...pass, ...verdicts })).toBe(expected);
  });
});

describe("loop protection", () => {
  const mail = (headers: Partial<MailMessage["headers"]>): MailMessage =>
    ({ headers: { autoReply: false, nullSender: false, ...headers } }) as MailMessage;

  it.each<[string, Partial<MailMessage["headers"]>, boolean]>([
    ["a person's mail", {}, false],
    ["Auto-Submitted: no", { autoSubmitted: "no" }, false],
    ["Auto-Submitted: auto-replied (out of office)", { autoSubmitted: "auto-replied" }, true],
    ["Precedence: bulk", { precedence: "bulk" }, true],
    ["Precedence: auto_reply", { precedence: "auto_reply" }, true],
    ["X-Autoreply", { autoReply: true }, true],
    ["a bounce (null sender)", { nullSender: true }, true],
  ])("%s → automated: %s", (_name, headers, expected) => {
    expect(isAutomated(mail(headers))).toBe(expected);
  });
});
