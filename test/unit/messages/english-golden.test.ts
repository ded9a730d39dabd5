/**
 * The English of every email, pinned. english-golden.json differs from what the same inputs gave
 * before the catalogues (when compose.ts wrote English inline) only where intended: who to send a
 * draft to, "before the call ends" for a video call, “a”, “b” or “c” for three suggestions, the
 * “language de” setting, and no "(function Object() …)" for an outcome named "constructor".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { expect, it } from "vitest";
import type { InterviewSummary, RenderedMessage } from "../../../lambdas/domain/messages";
import * as m from "../../../lambdas/domain/messages";

function renderAll(): Record<string, unknown> {
  const now = DateTime.fromISO("2026-12-08T09:00:00", { zone: "America/Chicago" });
  const base = {
    interviewId: "0123456789abcdef01234567",
    title: "Interview: Senior Backend Engineer",
    company: "Acme Robotics",
    role: "Senior Backend Engineer",
    interviewers: [
      { name: "Priya Patel", email: "priya@acme.com" },
      { name: "Tom Becker", email: "tom@acme.com" },
    ],
    start: "2026-12-02T19:00:00Z",
    round: 1,
    meetingUrl: "https://meet.google.com/abc-defg-hij",
    location: null,
    planned: [
      { kind: "follow-up-1", at: "2026-12-09T15:00:00Z", local: "2026-12-09T09:00:00-06:00" },
      { kind: "move-on", at: "2027-01-05T15:00:00Z", local: "2027-01-05T09:00:00-06:00" },
    ],
    zone: "America/Chicago",
    interviewZone: "Europe/Berlin",
    guesses: ["I read “next Tuesday” as Tue Dec 1, 10:30 PT"],
    decisionDate: "2026-12-04",
  } as unknown as InterviewSummary;
  const bare = {
    ...base,
    company: null,
    role: null,
    interviewers: [],
    planned: [],
    start: null,
    guesses: [],
    meetingUrl: null,
    interviewZone: null,
  };
  const out: Record<string, unknown> = {};
  for (const [name, s] of [
    ["base", base],
    ["bare", bare],
  ] as const) {
    const r: Record<string, RenderedMessage> = {
      confirmation: m.confirmationMessage(s, { updated: false }),
      updated: m.confirmationMessage(s, { updated: true }),
      corrected: m.correctedMessage(s, "company Acme"),
      cancelled: m.cancelledMessage(s),
      prep: m.promptMessage("prep", s, now),
      thankYou: m.promptMessage("thank-you", s, now),
      followUp1: m.promptMessage("follow-up-1", s, now),
      followUp2: m.promptMessage("follow-up-2", s, now),
      moveOn: m.promptMessage("move-on", s, now),
      ack: m.replyAckMessage(s, "decision by Fri, Dec 4"),
      nextRound: m.nextRoundMessage(s, { ...base, round: 2 }),
      nextRoundNoDate: m.nextRoundMessage(s, null),
      snoozed: m.snoozedMessage(s, {
        kind: "follow-up-1",
        at: "2026-12-11T15:00:00Z",
        asked: "x",
        note: "A note.",
      }),
      snoozedDropped: m.snoozedMessage(s, { kind: "thank-you", at: null, asked: "x", note: null }),
      offer: m.offerMessage(s),
      rejected: m.rejectedMessage(s),
      withdrawn: m.closedMessage(s, "withdrawn"),
      heardBack: m.closedMessage(s, "heard back"),
      declined: m.closedMessage(s, "declined"),
      undone: m.undoneMessage(s, "sent", false),
      reopened: m.undoneMessage(s, "rejected", true),
      nothingToUndo: m.nothingToUndoMessage(s),
      alreadyClosed: m.alreadyClosedMessage(s, "offer"),
      alreadyClosedUnknown: m.alreadyClosedMessage(s, "constructor"),
      status: m.statusMessage([s, { ...s, round: 3 }]),
      digest: m.digestMessage({
        open: [s, { ...s, planned: [] }],
        interviewedThisWeek: 2,
        answered: 1,
        applications: 3,
        medianDaysToAnswer: 6,
      }),
    };
    for (const [k, v] of Object.entries(r)) out[`${name}/${k}`] = { subject: v.subject, text: v.text };
  }
  const single: Record<string, RenderedMessage> = {
    needsDate: m.needsDateMessage("no date found", "Interview"),
    needsDateNull: m.needsDateMessage("no date found", null),
    stillNeedsDate: m.stillNeedsDateMessage("Interview", "soon"),
    stillNeedsDateNull: m.stillNeedsDateMessage(null, "soon"),
    notAnInterview: m.notAnInterviewMessage("a newsletter", "News"),
    help: m.helpMessage(null),
    notUnderstood: m.helpMessage("hm", ["status", "sent", "undo"]),
    empty: m.helpMessage("  ", []),
    unknown: m.unknownInterviewMessage(),
    statusEmpty: m.statusMessage([]),
    toneCalm: m.toneCheckMessage([]),
    tone: m.toneCheckMessage([{ rule: "urgency", excerpt: "ASAP", suggestion: "Drop it." }]),
    toneOne: m.toneCheckMessage([
      { rule: "urgency", excerpt: "ASAP", suggestion: "Drop it." },
      { rule: "pressing", excerpt: "x", suggestion: "y" },
    ]),
    export1: m.exportMessage(1, []),
    export3: m.exportMessage(3, []),
    digestEmpty: m.digestMessage({
      open: [],
      interviewedThisWeek: 0,
      answered: 0,
      applications: 0,
      medianDaysToAnswer: null,
    }),
    welcome: m.welcomeMessage(),
    welcomeConfirmed: m.welcomeConfirmedMessage(),
    settingsShow: m.settingsMessage(["Time zone: x"], null, null),
    settingsChanged: m.settingsMessage(["Time zone: x"], "time zone X", null),
    settingsProblem: m.settingsMessage(["Time zone: x"], null, "bad"),
    forgetConfirm: m.forgetConfirmMessage("Acme", ["a"]),
    forgetConfirmAll: m.forgetConfirmMessage("everything", ["a", "b"]),
    forgetNothing: m.forgetResultMessage(0, null),
    forgetDeleted: m.forgetResultMessage(2, "Acme"),
    forgetDeletedAll: m.forgetResultMessage(1, "everything"),
    noMatch: m.nothingToForgetMessage("Zed"),
  };
  for (const [k, v] of Object.entries(single)) out[k] = { subject: v.subject, text: v.text };
  out.drafts = {
    thankYou: m.thankYouDraft(base),
    followUp1: m.followUpDraft(base, 1),
    followUp2: m.followUpDraft(base, 2),
    offers: m.followUpDraft({ ...base, hasOtherOffers: true }, 1),
    feedback: m.feedbackRequestDraft(base),
    closure: m.closureDraft(base),
    bareThank: m.thankYouDraft(bare),
    bareClosure: m.closureDraft(bare),
  };
  out.kindLabels = ["prep", "thank-you", "follow-up-1", "follow-up-3", "move-on"].map((k) => m.kindLabel(k));
  out.when = [
    m.formatWhen("2026-12-02T19:00:00Z", "Asia/Kolkata", {
      withZone: true,
      otherZone: "America/New_York",
      year: 2027,
    }),
    m.zoneLabel("Etc/GMT+5"),
  ];
  return out;
}

it("every English email reads as pinned in english-golden.json", () => {
  const golden = JSON.parse(readFileSync(join(import.meta.dirname, "english-golden.json"), "utf8"));
  expect(JSON.parse(JSON.stringify(renderAll()))).toEqual(golden);
});
