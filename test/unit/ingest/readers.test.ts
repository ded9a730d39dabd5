/**
 * The readers one at a time: zones from a file's VTIMEZONE, HTML to text, what a message is, and the
 * fields that are not times.
 */
import { describe, expect, it } from "vitest";
import { keepInterviewers } from "../../../lambdas/domain/ingest/attendees";
import { WorkBudget } from "../../../lambdas/domain/ingest/budget";
import { daysFromCivil, SECONDS_PER_DAY } from "../../../lambdas/domain/ingest/civil";
import { classify } from "../../../lambdas/domain/ingest/classify";
import { findCompany } from "../../../lambdas/domain/ingest/company";
import { companyFromDomain } from "../../../lambdas/domain/ingest/domains";
import { parseICalendar } from "../../../lambdas/domain/ingest/icalendar";
import { htmlToText, plainText } from "../../../lambdas/domain/ingest/normalize";
import { findInterviewersInText } from "../../../lambdas/domain/ingest/people";
import { findRole } from "../../../lambdas/domain/ingest/role";
import { vtimezoneZone } from "../../../lambdas/domain/ingest/vtimezone";
import { EN_INVITE } from "../../../lambdas/domain/language/en/invite";
import { ianaZone, type WallZone, zoneFromTzid } from "../../../lambdas/domain/zones";

const wall = (y: number, m: number, d: number, h: number, mi = 0) =>
  daysFromCivil(y, m, d) * SECONDS_PER_DAY + h * 3600 + mi * 60;

/** US Eastern as Outlook writes it: rules from 1601, no IANA name. */
const EASTERN = [
  "BEGIN:VCALENDAR",
  "BEGIN:VTIMEZONE",
  "TZID:Custom",
  "BEGIN:STANDARD",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
  "END:VCALENDAR",
].join("\r\n");

function easternFromFile(): WallZone {
  const calendar = parseICalendar(EASTERN, new WorkBudget());
  const component = calendar?.children[0];
  if (!component) throw new Error("no VTIMEZONE");
  const zone = vtimezoneZone(component, new WorkBudget());
  if (!zone) throw new Error("unusable VTIMEZONE");
  return zone;
}

describe("a file's own VTIMEZONE", () => {
  it("agrees with tzdb's New York through the year, across both changes", () => {
    const file = easternFromFile();
    const tzdb = ianaZone("America/New_York") as WallZone;
    for (let day = 0; day < 730; day += 3) {
      const local = wall(2026, 1, 1, 10) + day * SECONDS_PER_DAY;
      expect(file.toUtc(local)).toBe(tzdb.toUtc(local));
    }
  });

  it("reads a time in the spring gap with the offset before it, and a repeated time as its first instance", () => {
    const file = easternFromFile();
    // 2026-03-08 02:30 does not exist: RFC 5545 reads it at -05:00, i.e. 07:30Z (03:30 EDT).
    expect(file.toUtc(wall(2026, 3, 8, 2, 30))).toBe(wall(2026, 3, 8, 7, 30));
    // 2026-11-01 01:30 happens twice: the first, in EDT, is 05:30Z.
    expect(file.toUtc(wall(2026, 11, 1, 1, 30))).toBe(wall(2026, 11, 1, 5, 30));
  });
});

describe("TZIDs as clients write them", () => {
  it.each([
    ["/mozilla.org/20050126_1/America/New_York", "America/New_York"],
    ["tzone://Microsoft/Utc", "UTC"],
    ["tzone://Microsoft/Pacific", "America/Los_Angeles"],
    ["(UTC+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney"],
    ["(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague", "Europe/Budapest"],
    ["Customized Time Zone", null],
  ])("%s → %s", (tzid, zone) => {
    expect(zoneFromTzid(tzid)).toBe(zone);
  });
});

describe("HTML to text", () => {
  it("decodes every entity, keeps lines and links, drops scripts, styles and comments", () => {
    const text = htmlToText(
      '<style>p{color:red}</style><!-- hidden 9:00 AM --><p>Mon&nbsp;&ndash; 2:00&#8239;PM&#x2013;3:00&#8239;PM</p><table><tr><td>Date:</td><td>Tue</td></tr></table><script>var t="10:00"</script><a href="https://zoom.us/j/1">Join</a> &amp; more',
    );
    expect(text).toBe("Mon - 2:00 PM-3:00 PM\nDate: Tue\nJoin <https://zoom.us/j/1> & more");
  });

  it("decodes a link's query once: &amp;copy stays &copy", () => {
    expect(htmlToText('<a href="https://meet.example/j?id=1&amp;copy=2&amp;para=3">Join</a>')).toBe(
      "Join <https://meet.example/j?id=1&copy=2&para=3>",
    );
    expect(htmlToText('<a href="https://x.example/?a=1&amp;b=2">https://x.example/?a=1&amp;b=2</a>')).toBe(
      "https://x.example/?a=1&b=2",
    );
  });

  it("reads unclosed tags and comments as nothing to show", () => {
    // No count of a regex's steps exists: a backtracking one shows up as a slow run here.
    const text = htmlToText(
      `${"<a href='https://x'>".repeat(20_000)}${"<!--".repeat(20_000)}${"<script>".repeat(20_000)}`,
    );
    expect(text.length).toBeLessThan(20_000 * "<a href='https://x'>".length);
  });

  it("writes p.m. as pm and mends Windows-1252 read as Latin-1", () => {
    expect(plainText("10:30 a.m. \u0093Senior\u0094 \u0096 11 P.M.")).toBe('10:30 am "Senior" - 11 pm');
  });
});

describe("what a message is", () => {
  const base = {
    summaries: [],
    hasCalendar: false,
    eventCount: 0,
    mailingList: false,
    hasTime: false,
    lexicon: EN_INVITE,
  };
  it.each([
    ["Update", "Unfortunately, we have decided to move forward with other candidates.", "rejection"],
    ["Your application", "We regret to inform you that the position has been filled.", "rejection"],
    [
      "Offer",
      "We are delighted to offer you the position of Designer. The offer letter is attached.",
      "offer",
    ],
    ["Interview", "We'd like to offer you an interview on Tuesday at 2pm.", "interview"],
    ["Thanks", "Thank you for applying! We have received your application.", "receipt"],
    ["Jobs for you", "Jobs you may be interested in. Unsubscribe", "newsletter"],
    ["Webinar: ace your interview", "Join us live.", "event"],
  ])("%s / %s → %s", (subject, body, kind) => {
    expect(classify({ ...base, subject, body, hasTime: kind === "interview" }).kind).toBe(kind);
  });

  it("a calendar titled as a webinar is an event even when its topic is interviews", () => {
    expect(
      classify({
        ...base,
        subject: "",
        body: "",
        summaries: ["Webinar: Ace the System Design Interview"],
        hasCalendar: true,
        eventCount: 1,
      }).kind,
    ).toBe("event");
    expect(
      classify({
        ...base,
        subject: "",
        body: "",
        summaries: ["Severance S02E05"],
        hasCalendar: true,
        eventCount: 1,
      }).kind,
    ).toBe("event");
    expect(
      classify({
        ...base,
        subject: "",
        body: "",
        summaries: ["Jordan <> Sam"],
        hasCalendar: true,
        eventCount: 1,
      }).kind,
    ).toBe("interview");
  });
});

describe("fields", () => {
  it.each([
    ["priya@acmerobotics.com", "Acmerobotics"],
    ["jobs@careers.acme-robotics.co.uk", "Acme Robotics"],
    ["hr@pilbarairon.com.au", "Pilbarairon"],
    ["jordan@gmail.com", null],
    ["someone@yahoo.co.uk", null],
    ["tom@bigpond.com", null],
    ["x@us-east-1.amazonses.com", null],
    ["woodgrove@myworkday.com", null],
    ["erin@blueyonder.com", "Blueyonder"],
    ["someone@blueyonder.co.uk", null],
  ])("the company of %s is %s", (address, company) => {
    expect(companyFromDomain(address)).toBe(company);
  });

  it.each([
    ["Onsite - Senior Engineer - Interview", null],
    ["Payments | Staff Engineer | Technical", null],
    ["Interview: Staff Engineer at Lumen Freight", "Lumen Freight"],
    ["Entrevista: Analista de Datos at Grupo Alcázar", "Grupo Alcázar"],
    ["Interview: Data Engineer at Łódź Data", "Łódź Data"],
    ["Interview: Backend Engineer at Énergie Côtière", "Énergie Côtière"],
    ["Eingangsbestätigung Ihrer Bewerbung – Referenz 2027-04", null],
  ])("the title %j gives the company %j (never a team or interview word)", (title, company) => {
    expect(
      findCompany({ titles: [title], body: "", senders: [], addresses: [], people: [] })?.value ?? null,
    ).toBe(company);
  });

  it("never takes an interviewer's job title for the role", () => {
    const body = "You'll meet Priya Patel, Engineering Manager, and Tom Becker.\nInterview for the role.";
    expect(findRole(["Interview"], body, new Set(["engineering manager"]))).toBeNull();
    expect(findRole(["Interview: Backend Engineer at Acme"], body, new Set(["engineering manager"]))).toBe(
      "Backend Engineer",
    );
  });

  it("names people from labels and phrases, with honorifics, and drops groups, mailboxes and the user", () => {
    const named = findInterviewersInText(
      "Panel:\n- Dr. Markus Brandt (Chief Physician)\n- Ms. Ananya Iyer\nYou'll also meet with Sam O'Neil and Lena Fischer.",
    ).map((person) => person.name);
    expect(named).toEqual(["Dr. Markus Brandt", "Ms. Ananya Iyer", "Sam O'Neil", "Lena Fischer"]);
    const kept = keepInterviewers(
      [
        { name: "Recruiting Team", email: "recruiting@acme.com" },
        { name: "Interview Panel", email: "panel@acme.com" },
        { name: "Jordan Lee", email: "jlee.personal@hotmail.com" },
        { name: "Calendar", email: "calendar-notification@google.com" },
        { name: '"Priya Patel"', email: "mailto:priya@acme.com" },
      ],
      { addresses: ["jordan.lee@gmail.com"], names: ["Jordan"], organizers: [] },
    );
    expect(kept).toEqual([{ name: "Priya Patel", email: "priya@acme.com" }]);
  });

  it("drops the candidate's namesake outside the employer's domain, and keeps one inside it", () => {
    const people = [
      { name: "Anna Berg", email: "anna@annaberg.dev" },
      { name: "Anna Kowalski", email: "anna.kowalski@acme.com" },
    ];
    const who = { addresses: [], names: ["Anna"], organizers: [], employerDomains: ["acme.com"] };
    expect(keepInterviewers(people, who).map((person) => person.name)).toEqual(["Anna Kowalski"]);
  });

  it("drops someone who only organises, and keeps one who does not", () => {
    const people = [
      { name: "Hannah Ortiz", email: "hannah.ortiz@acme.com" },
      { name: "Marcus Webb", email: "marcus.webb@acme.com" },
    ];
    const who = { addresses: [], names: [], organizers: ["Hannah Ortiz"] };
    expect(keepInterviewers(people, who).map((person) => person.name)).toEqual(["Marcus Webb"]);
    expect(keepInterviewers(people, { ...who, organizers: [] }).map((person) => person.name)).toEqual([
      "Hannah Ortiz",
      "Marcus Webb",
    ]);
  });

  it("lists a person written several ways once, as people write the name", () => {
    // Prepare: a calendar's "Last, First" attendees, and the same people titled in the text.
    const people = [
      { name: "Wiedemann, Jens", email: "j.wiedemann@hallberg.example" },
      { name: "Demir, Aylin", email: null },
      { name: "Herr Dr. Jens Wiedemann", email: null },
      { name: "Frau Aylin Demir", email: null },
      { name: "Aylin Demir", email: null },
      { name: "Mme Hélène Marchetti", email: null },
      { name: "Hélène Marchetti", email: null },
    ];

    // Act
    const kept = keepInterviewers(people, { addresses: [], names: [], organizers: [] });

    // Assess
    expect(kept).toEqual([
      { name: "Herr Dr. Jens Wiedemann", email: "j.wiedemann@hallberg.example" },
      { name: "Aylin Demir", email: null },
      { name: "Hélène Marchetti", email: null },
    ]);
  });
});
