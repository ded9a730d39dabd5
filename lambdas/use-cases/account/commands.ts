/**
 * Commands about the whole account rather than one interview: status, export, help and the tone
 * check of a draft ("check: …"). They work in a reply to any email and sent to the plain address.
 */

import { isAwaitingDate } from "../../domain/interview/record";
import {
  exportMessage,
  helpMessage,
  interviewsCalendar,
  interviewsCsv,
  statusMessage,
  toneCheckMessage,
} from "../../domain/messages";
import type { UnderstoodReply } from "../../domain/replies";
import { checkTone } from "../../domain/tone";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { type Answered, sendAnswer } from "../steps/answer";
import { summaryOf } from "../steps/summaries";

export async function answerCommand(
  understood: UnderstoodReply,
  input: { readonly ownerId: string; readonly messageKey: string },
  deps: Deps,
): Promise<InboundOutcome> {
  const { policy } = deps.config;
  const { language } = policy;
  const target = { ownerId: input.ownerId };
  let sent: Answered;
  switch (understood.intent) {
    case "check":
      sent = await sendAnswer(
        target,
        input.messageKey,
        toneCheckMessage(checkTone(understood.argument ?? ""), language),
        deps,
      );
      break;
    case "status": {
      const open = (await deps.interviews.listByOwner(input.ownerId)).filter(
        (record) => record.status === "active",
      );
      sent = await sendAnswer(
        target,
        input.messageKey,
        statusMessage(
          open.map((record) => summaryOf(record, policy)),
          language,
        ),
        deps,
      );
      break;
    }
    case "export": {
      const records = await deps.interviews.listByOwner(input.ownerId);
      const rows = records.map((record) => ({
        ...summaryOf(record, policy),
        // A forward held until the user replies with its date is neither open nor cancelled; the
        // CSV's status column holds codes, as its outcome column does.
        status: isAwaitingDate(record) ? "awaiting-date" : record.status,
        outcome: record.log.outcome ?? null,
      }));
      const attachments = [
        { filename: "interviews.csv", contentType: "text/csv; charset=utf-8", content: interviewsCsv(rows) },
        {
          filename: "interviews.ics",
          contentType: "text/calendar; method=PUBLISH; charset=utf-8",
          content: interviewsCalendar(rows, deps.clock.now()),
        },
      ];
      sent = await sendAnswer(
        target,
        input.messageKey,
        exportMessage(rows.length, attachments, language),
        deps,
      );
      break;
    }
    default:
      sent = await sendAnswer(target, input.messageKey, helpMessage(null, [], language), deps);
  }
  return { action: "answered", detail: understood.intent, ...sent };
}
