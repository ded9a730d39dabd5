/**
 * "Could not find the date": what was read (company, role, interviewers) is kept as a round
 * awaiting its date, and the date is asked for in an email whose reply address names that round,
 * so the user's answer completes this very forward (reply/held-forward.ts).
 */
import type { IngestResult, MailMessage } from "../../domain/ingest";
import { hold } from "../../domain/interview/transitions";
import { catalogueOf, needsDateMessage } from "../../domain/messages";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { sendAnswer } from "../steps/answer";
import { storedInterview } from "../steps/language";
import { applicationIdFor, stableId } from "../steps/records";

export async function holdForDate(
  result: IngestResult,
  input: { readonly mail: MailMessage; readonly ownerId: string; readonly storageKey: string },
  messageKey: string,
  deps: Deps,
): Promise<InboundOutcome> {
  const interviewId = stableId(input.ownerId, "awaiting-date", messageKey);
  let record = await deps.interviews.get(input.ownerId, interviewId);
  if (!record) {
    record = hold(
      {
        ownerId: input.ownerId,
        interviewId,
        applicationId: applicationIdFor(result.interview.company, interviewId),
        round: 1,
        interview: { ...storedInterview(result, input, deps.config.policy.language), start: "" },
        log: { decisionDate: result.decisionHint },
        sourceKeys: [messageKey],
        rawMailKeys: [input.storageKey],
      },
      deps.clock.now(),
    );
    await deps.interviews.save(record);
  }
  const sent = await sendAnswer(
    record,
    messageKey,
    needsDateMessage(
      result.reason ?? catalogueOf(deps.config.policy.language).changes.noDate,
      input.mail.subject || null,
      deps.config.policy.language,
    ),
    deps,
  );
  return { action: "answered", detail: "needs-date", ...sent };
}
