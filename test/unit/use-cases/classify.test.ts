/** The inbound classifier as a table: what a mail is, from its words, where it was sent and what is pending. */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { resolvePolicy } from "../../../lambdas/domain/config";
import type { MailMessage } from "../../../lambdas/domain/ingest";
import { newInterviewRecord } from "../../../lambdas/domain/interview/record";
import { classify, type MailFacts } from "../../../lambdas/use-cases/inbound/classify";
import { mail } from "../conversation/world";

const NOW = DateTime.fromISO("2026-11-16T10:00:00-06:00", { setZone: true });

const RECORD = newInterviewRecord(
  {
    ownerId: "jordan.lee@gmail.com",
    interviewId: "round-1",
    applicationId: "app",
    round: 1,
    interview: {
      uid: null,
      sequence: 0,
      method: null,
      title: "Interview",
      company: "Acme Robotics",
      role: null,
      start: "2026-11-18T13:00:00-06:00",
      end: null,
      timeZone: "America/Chicago",
      interviewers: [],
      location: null,
      meetingUrl: null,
      source: "ics",
    },
    log: {},
    status: "active",
    sourceKeys: [],
    rawMailKeys: [],
  },
  NOW,
);

function facts(message: MailMessage | null, fields: Partial<MailFacts> = {}): MailFacts {
  return {
    mail: message,
    repliedTo: null,
    record: null,
    pendingForget: null,
    answersOurs: false,
    rounds: [],
    now: NOW,
    policy: resolvePolicy({ timeZone: "America/Chicago" }),
    ...fields,
  };
}

const reply = { repliedTo: "round-1", record: RECORD };
const HARBOURLINE = {
  ...RECORD,
  interviewId: "round-h",
  applicationId: "app-h",
  interview: { ...RECORD.interview, company: "Harbourline Logistics" },
};
/** A reply to the digest (its address, or one of ours that no longer verifies). */
const toDigest = { answersOurs: true, rounds: [RECORD, HARBOURLINE] };
/** A reply to an email SES sent for us, whatever address it came to. */
function answering(text: string, inReplyTo: string): MailMessage {
  return { ...mail(text), inReplyTo };
}
const withCalendar = { ...mail("see invite", "Interview"), calendars: [{}] } as unknown as MailMessage;

describe("classify", () => {
  it.each([
    ["an unreadable mail", facts(null), "unreadable", "unreadable"],
    ["“timezone Europe/Berlin”", facts(mail("timezone Europe/Berlin")), "settings", "settings"],
    [
      "a reply to a forget confirmation",
      facts(mail("yes"), { repliedTo: "f1", pendingForget: "f1" }),
      "forget-confirm",
      "forget",
    ],
    ["“forget Acme” at the plain address", facts(mail("forget Acme", "forget")), "forget-request", "forget"],
    ["“forget Acme” in a reply", facts(mail("forget Acme"), reply), "forget-request", "forget"],
    ["“status” in a reply", facts(mail("status"), reply), "command", "reply"],
    ["“sent” in a reply", facts(mail("sent"), reply), "reply", "reply"],
    ["a reply about a round that is gone", facts(mail("sent"), { repliedTo: "gone" }), "reply", "reply"],
    ["“status” at the plain address", facts(mail("status", "status")), "command", "command"],
    ["“status” in a forward's subject line", facts(mail("status", "Fwd: status")), "forward", "forward"],
    ["a mail with a calendar", facts(withCalendar), "forward", "forward"],
    [
      "“Harbourline rejected me” to the digest",
      facts(mail("Harbourline rejected me"), toDigest),
      "reply",
      "reply",
    ],
    ["“they rejected me” to the digest", facts(mail("they rejected me"), toDigest), "digest-reply", "reply"],
    [
      "“Zephyr rejected me” to the digest",
      facts(mail("Zephyr rejected me"), toDigest),
      "digest-reply",
      "reply",
    ],
    ["“status” to the digest", facts(mail("status"), toDigest), "command", "reply"],
    ["a forward sent to the digest", facts(withCalendar, toDigest), "forward", "forward"],
  ] as const)("%s is %s (flow %s)", (_case, input, name, flow) => {
    expect(classify(input)).toMatchObject({ name, flow });
  });

  it("a digest reply naming a company is a reply about that application's round, read with its company", () => {
    const route = classify(facts(mail("Harbourline rejected me"), toDigest));
    expect(route.name === "reply" && route.record?.interviewId).toBe("round-h");
    expect(route.name === "reply" && route.understood?.intent).toBe("rejected");
  });

  it("a digest reply naming no company asks among the open applications, one line each", () => {
    const route = classify(facts(mail("they rejected me"), toDigest));
    expect(route.name === "digest-reply" && route.open.map((round) => round.interviewId).sort()).toEqual([
      "round-1",
      "round-h",
    ]);
  });

  it("a closed application is not named; a moved-on one is (news opens it again)", () => {
    const closed = { ...HARBOURLINE, status: "closed" as const, log: { outcome: "rejected" as const } };
    const movedOn = { ...HARBOURLINE, status: "closed" as const, log: { outcome: "moved-on" as const } };
    const text = mail("Harbourline called me back");
    expect(classify(facts(text, { ...toDigest, rounds: [RECORD, closed] })).name).toBe("digest-reply");
    expect(classify(facts(text, { ...toDigest, rounds: [RECORD, movedOn] })).name).toBe("reply");
  });

  it("an answer to a round's first email is about that round, whichever company it names", () => {
    const threaded = { ...RECORD, threadId: "<m1@email.amazonses.com>" };
    const route = classify(
      facts(answering("heard back", "<m1@email.amazonses.com>"), {
        ...toDigest,
        rounds: [threaded, HARBOURLINE],
      }),
    );
    expect(route.name === "reply" && route.record?.interviewId).toBe("round-1");
  });

  it("understands a reply once, with its round's company", () => {
    const route = classify(facts(mail("They sent an offer from Lumen"), reply));
    expect(route).toMatchObject({ name: "reply" });
    // Another company's offer is asked about, never applied, as in every language.
    expect(route.name === "reply" && route.understood?.needsConfirmation).toBe(true);
  });
});
