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
    now: NOW,
    policy: resolvePolicy({ timeZone: "America/Chicago" }),
    ...fields,
  };
}

const reply = { repliedTo: "round-1", record: RECORD };
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
  ] as const)("%s is %s (flow %s)", (_case, input, name, flow) => {
    expect(classify(input)).toMatchObject({ name, flow });
  });

  it("understands a reply once, with its round's company", () => {
    const route = classify(facts(mail("They sent an offer from Lumen"), reply));
    expect(route).toMatchObject({ name: "reply" });
    expect(route.name === "reply" && route.understood?.intent).not.toBe("offer");
  });
});
