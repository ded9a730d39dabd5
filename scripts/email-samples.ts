/** The emails the screenshots show, rendered from fixed inputs so the HTML is reproducible. */
import { DateTime } from "luxon";
import {
  confirmationMessage,
  digestMessage,
  type InterviewSummary,
  promptMessage,
  type RenderedMessage,
  rejectedMessage,
} from "../lambdas/domain/messages";

const now = DateTime.fromISO("2026-12-08T09:00:00", { zone: "America/Chicago" });

const acme: InterviewSummary = {
  interviewId: "0123456789abcdef01234567",
  title: "Interview: Senior Backend Engineer at Acme Robotics",
  company: "Acme Robotics",
  role: "Senior Backend Engineer",
  interviewers: [
    { name: "Priya Patel", email: "priya.patel@acmerobotics.com" },
    { name: "Tom Becker", email: "tom.becker@acmerobotics.com" },
  ],
  start: "2026-12-02T19:00:00Z",
  round: 1,
  meetingUrl: "https://meet.google.com/abc-defg-hij",
  location: null,
  planned: [
    { kind: "follow-up-1", at: "2026-12-08T15:00:00Z", local: "2026-12-08T09:00:00-06:00" },
    { kind: "follow-up-2", at: "2026-12-15T15:00:00Z", local: "2026-12-15T09:00:00-06:00" },
    { kind: "move-on", at: "2026-12-22T15:00:00Z", local: "2026-12-22T09:00:00-06:00" },
  ],
  zone: "America/Chicago",
};

/** Everything a recruiter's mail could put into an email, at its worst. */
const hostile: InterviewSummary = {
  ...acme,
  company: `<script>alert("x")</script> & "Co" <img src=https://tracker.example/p.gif>`,
  role: "Engineer\r\nBcc: victim@example.com",
  interviewers: [{ name: "<b>Eve</b> 𝓔𝓿𝓮 مرحبا", email: "eve@evil.example" }],
  meetingUrl: "javascript:alert(1)",
};

export const SAMPLES: ReadonlyArray<{ readonly name: string; readonly message: RenderedMessage }> = [
  { name: "confirmation", message: confirmationMessage(acme, { updated: false }) },
  { name: "thank-you", message: promptMessage("thank-you", acme, now) },
  { name: "follow-up", message: promptMessage("follow-up-1", acme, now) },
  { name: "rejected", message: rejectedMessage(acme) },
  {
    name: "digest",
    message: digestMessage({
      open: [acme],
      interviewedThisWeek: 1,
      answered: 1,
      applications: 3,
      medianDaysToAnswer: 6,
    }),
  },
  { name: "hostile-input", message: promptMessage("prep", hostile, now) },
];
