/**
 * News about a moved-on application opens it again (docs/REMINDER_POLICY.md: remain open to
 * hearing from them). Primary course: a reply with news ("heard back", "rejected", "they said
 * Friday") about a moved-on round → the round is reopened, undoably → the reply then applies to
 * the open round as to any other. "undo" and "reopen" themselves go their own way (undo.ts).
 */
import type { InterviewRecord } from "../../domain/interview/record";
import { isMovedOn, recordChange, reopen } from "../../domain/interview/transitions";
import { catalogueOf } from "../../domain/messages";
import type { ReplyIntent, UnderstoodReply } from "../../domain/replies";
import type { Deps } from "../deps";
import type { OwnerMail } from "../inbound/outcome";
import { changeAndReplan, planningFor } from "../steps/replan";

const NEWS: ReadonlySet<ReplyIntent> = new Set<ReplyIntent>([
  "thanked",
  "decision-date",
  "followed-up",
  "heard-back",
  "next-round",
  "offer",
  "rejected",
  "withdrawn",
]);

/** The round to apply the reply to: reopened first when it brings news about a moved-on one. */
export async function reopenForNews(
  record: InterviewRecord,
  understood: UnderstoodReply,
  owned: Pick<OwnerMail, "messageKey" | "storageKey">,
  deps: Deps,
): Promise<InterviewRecord> {
  if (!isMovedOn(record) || understood.automatic || !NEWS.has(understood.intent)) return record;
  const change = catalogueOf(deps.config.policy.language).changes.reopened;
  const source = { key: `reopen#${owned.messageKey}`, change, storageKey: owned.storageKey };
  const saved = await changeAndReplan(
    record,
    (current) => {
      const opened = isMovedOn(current) ? reopen(current) : null;
      return opened ? recordChange(current, opened, source) : null;
    },
    await planningFor(deps),
    deps,
  );
  return saved?.after ?? record;
}
