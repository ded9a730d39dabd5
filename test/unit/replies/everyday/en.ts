import type { EverydayTable } from "./types";

export const EN: EverydayTable = {
  reportedDates: [
    ["sarah said feedback by mid december", "decision-date", "2026-12-15"],
    ["tom says they decide by the 4th", "decision-date", "2026-12-04"],
    ["priya told me id hear back on the 8th", "decision-date", "2026-12-08"],
    ["the recruiter jen said answer in 10 days", "decision-date", "2026-12-05"],
    ["they decide early december", "decision-date", "2026-12-01"],
    ["mike says he'll get back to me monday", "decision-date", "2026-11-30"],
  ],
  indirectOutcomes: [
    ["dan said no sadly", "rejected?"],
    ["got the no yesterday", "rejected", "2026-11-24"],
    ["heard back: they're not moving forward with my application", "rejected"],
    ["i've decided to pull out of the acme process, already told them", "withdrawn"],
    ["ended up withdrawing, cancelled the interview", "withdrawn"],
    ["the recruiter told me its a no", "rejected"],
  ],
  everydayCommands: [
    ["what am i supposed to text you lol", "help"],
    ["what can i even send here", "help"],
    ["which ones are still open?", "status"],
    ["what applications do i have going", "status"],
    ["delete globex, i never applied there, its junk", "forget"],
    ["hold off till jan 5, holidays slow everything down", "snooze", "2027-01-05T09:00:00+01:00"],
    ["leave it til dec 14", "snooze", "2026-12-14T09:00:00+01:00"],
  ],
  roundsAndSteps: [
    ["they wanna see me again thursday dec 3 at 10am", "next-round", "2026-12-03T10:00:00+01:00"],
    ["they called me back!! friday 2pm with the director", "next-round", "2026-11-27T14:00:00+01:00"],
    ["called dave this morning, left a voicemail", "followed-up", "2026-11-25"],
    ["rang the office, they'll call me back", "followed-up"],
    ["anna called me back, nothing decided but they liked me", "heard-back"],
    ["cool thanks", "unknown", null, "prep"],
    ["2nd interview next monday 1:30pm!", "next-round", "2026-11-30T13:30:00+01:00"],
    ["its 3:30 not 3, and its on the 9th", "correct"],
  ],
  gaps: [],
};
