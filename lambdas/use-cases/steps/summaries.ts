import type { PolicyConfig } from "../../domain/config";
import { type InterviewSummary, loggedFacts } from "../../domain/messages";
import type { ParsedInterview } from "../../domain/types";
import type { InterviewRecord } from "../../ports";
import { zoneOf } from "./records";

/**
 * How ingest said it read the uncertain fields ("I read “next Tuesday” as Tue Dec 1, 10:30 PT").
 * Records stored before ingest reported them have none.
 */
export function guessesOf(interview: ParsedInterview): readonly string[] {
  const guesses = (interview as { readonly guesses?: unknown }).guesses;
  return Array.isArray(guesses) ? guesses.filter((guess): guess is string => typeof guess === "string") : [];
}

/**
 * What messages show of a record, in the user's zone; drafts in the invite's language (records
 * stored before it was kept: the user's), to the recruiter first, claiming only what was logged.
 */
export function summaryOf(record: InterviewRecord, policy: PolicyConfig): InterviewSummary {
  const { interview } = record;
  return {
    interviewId: record.interviewId,
    title: interview.title,
    company: interview.company,
    role: interview.role,
    interviewers: interview.interviewers,
    start: interview.start || null,
    end: interview.end,
    round: record.round,
    meetingUrl: interview.meetingUrl,
    location: interview.location,
    planned: record.planned,
    zone: zoneOf(record, policy),
    interviewZone: interview.timeZone,
    guesses: guessesOf(interview),
    inviteLanguage: interview.language ?? null,
    recruiter: interview.recruiter ?? null,
    ...loggedFacts(record.log),
  };
}
