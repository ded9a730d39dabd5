import type { BreadthRow } from "./types";

/**
 * Written after the tables were filled, in other words again, and read with no new row: the
 * measure of how far the rows and shapes carry (Tuesday, May 13 2031).
 */
export const SECOND: readonly BreadthRow[] = [
  ["ca", "thank-you", "fired off thank you notes to the three of them", "thanked"],
  ["in", "thank-you", "Thank you mail has been sent to the panel", "thanked"],
  ["au", "follow-up-1", "flicked the recruiter an email this morning", "followed-up"],
  ["us", "follow-up-2", "left her a voicemail and sent a linkedin msg", "followed-up"],
  ["ie", "follow-up-1", "the hiring manager phoned, they're still weighing it up", "heard-back"],
  ["uk", "follow-up-1", "had a message back from hr, nothing decided yet", "heard-back"],
  ["in", "follow-up-1", "HR called and asked for my expected CTC", "heard-back"],
  ["us", "thank-you", "recruiter said to expect an answer by next friday", "decision-date", "2031-05-23"],
  ["uk", "follow-up-1", "apparently they'll make a decision on the 28th", "decision-date", "2031-05-28"],
  ["au", "thank-you", "they're hoping to wrap things up by the 30th", "decision-date", "2031-05-30"],
  ["ca", "thank-you", "booked a final with the VP for thursday at 4pm", "next-round", "2031-05-15", "16:00"],
  ["in", "follow-up-1", "Technical round scheduled on 20th at 3 pm", "next-round", "2031-05-20", "15:00"],
  ["us", "follow-up-1", "they offered and i said yes!!", "offer"],
  ["uk", "follow-up-2", "got the job offer through this afternoon", "offer"],
  ["ie", "follow-up-1", "no joy, they picked someone else", "rejected"],
  ["in", "follow-up-2", "Received rejection mail from them today", "rejected"],
  ["us", "prep", "i cancelled, not going through with this one", "withdrawn"],
  ["au", "follow-up-1", "remind me thursday arvo", "snooze", "2031-05-15"],
  ["uk", "follow-up-1", "can you chase me about this in a week", "snooze", "2031-05-20"],
  ["us", "digest", "oops wrong one, undo pls", "undo"],
  ["ca", "digest", "what's still open for me?", "status"],
  ["us", "digest", "pls delete northwind, it was a scam", "forget"],
  // traps
  ["us", "follow-up-1", "still crickets from them", "none"],
  ["uk", "follow-up-1", "no reply as of yet", "none"],
  ["in", "follow-up-1", "Should I send one more reminder?", "none"],
  ["au", "follow-up-1", "bit worried they've gone with someone else", "none"],
  ["us", "follow-up-1", "my buddy just got an offer there, jealous lol", "none"],
  ["ca", "follow-up-1", "if they offer i'll probably take it", "none"],
  ["ie", "follow-up-2", "they didn't reject me, just no news", "none"],
  ["us", "follow-up-1", "when do you think they'll decide?", "none"],
  ["uk", "prep", "thinking about pulling out tbh", "none"],
  ["us", "thank-you", "meant to send it but forgot, will do tmrw", "none"],
];
