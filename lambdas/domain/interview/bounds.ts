/**
 * Every list and text a round keeps has a cap, so no history of mail can push a record near
 * DynamoDB's 400 KB item limit (the record-size property test checks the size DynamoDB computes).
 * A change that would go past a list's cap is refused with a polite answer by its story; texts
 * read from mail are cut to a length no real one reaches.
 */
import type { PlanLog } from "../planner";
import type { Interviewer, ParsedInterview } from "../types";
import type { InterviewRecord } from "./record";

/** People on one round; an invite names a handful. */
export const MAX_INTERVIEWERS = 20;
/** Rounds of one application a "next round" reply may create. */
export const MAX_ROUNDS = 20;
/** Characters kept of one text field (company, role, title, location, link, a name, a change's words). */
export const MAX_TEXT_CHARS = 500;
/** Entries kept of a logged list that grows with each reply (follow-ups sent, snoozes, guesses). */
export const MAX_LOGGED = 10;
/** Raw mails remembered on the round (the owner's mail log notes every one for "forget" too). */
export const MAX_RAW_MAIL_KEYS = 20;

export function cappedText<T extends string | null | undefined>(text: T): T {
  return (
    typeof text === "string" && text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text
  ) as T;
}

function cappedPerson(person: Interviewer): Interviewer {
  return { ...person, name: cappedText(person.name), email: cappedText(person.email) };
}

function cappedInterview(interview: ParsedInterview): ParsedInterview {
  return {
    ...interview,
    title: cappedText(interview.title),
    company: cappedText(interview.company),
    role: cappedText(interview.role),
    location: cappedText(interview.location),
    meetingUrl: cappedText(interview.meetingUrl),
    interviewers: interview.interviewers.slice(0, MAX_INTERVIEWERS).map(cappedPerson),
    ...(interview.guesses ? { guesses: interview.guesses.slice(-MAX_LOGGED).map(cappedText) } : {}),
  };
}

/** The record with every list and text within its cap (the newest entries kept). */
export function bounded(record: InterviewRecord): InterviewRecord {
  const log: PlanLog = record.log;
  return {
    ...record,
    interview: cappedInterview(record.interview),
    log: {
      ...log,
      ...(log.followUpsSent ? { followUpsSent: log.followUpsSent.slice(-MAX_LOGGED) } : {}),
      ...(log.snoozes ? { snoozes: log.snoozes.slice(-MAX_LOGGED) } : {}),
    },
    rawMailKeys: record.rawMailKeys.slice(-MAX_RAW_MAIL_KEYS),
  };
}
