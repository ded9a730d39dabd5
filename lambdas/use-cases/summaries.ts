import type { PolicyConfig } from "../domain/config";
import type { InterviewSummary } from "../domain/messages";
import type { InterviewRecord } from "../ports";
import { zoneOf } from "./interview-records";

/** What messages show of a record, in the user's zone. */
export function summaryOf(record: InterviewRecord, policy: PolicyConfig): InterviewSummary {
  const { interview } = record;
  return {
    interviewId: record.interviewId,
    title: interview.title,
    company: interview.company,
    role: interview.role,
    interviewers: interview.interviewers,
    start: interview.start,
    round: record.round,
    meetingUrl: interview.meetingUrl,
    location: interview.location,
    planned: record.planned,
    zone: zoneOf(record, policy),
  };
}
