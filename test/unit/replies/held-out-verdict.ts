/**
 * A reply read and judged exactly as the held-out scorer judges one (eval/checks.ts): the tests'
 * own phone rows pass only where an item of a held-out set would. "none" passes as unknown, help or
 * a closing asked about; days and times are looked for among all a reply names.
 */
import type { DateTime } from "luxon";
import {
  CLOSINGS,
  type ExpectedIntent,
  type ReplyExpectation,
  replyChecks,
  replyRead,
} from "../../../eval/checks";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../lambdas/domain/types";

export interface HeldOutRow {
  readonly text: string;
  readonly intent: string;
  readonly date?: string | null;
  readonly time?: string | null;
  /** The prompt answered; null for the confirmation or the digest. */
  readonly replyingTo: ReminderKind | null;
  readonly languages: readonly Lang[];
  readonly now: DateTime;
  readonly zone: string;
  readonly company: string;
  readonly subject: string;
}

/** What the scorer would count wrong in the row's reading: failed checks, a closing applied; empty when right. */
export function heldOutProblems(row: HeldOutRow): string[] {
  const result = understandReply(row.text, {
    now: row.now,
    zone: row.zone,
    languages: [...row.languages],
    company: row.company,
    replyingTo: row.replyingTo,
    subject: row.subject,
  });
  const item = {
    expect: {
      intent: row.intent as ExpectedIntent,
      date: row.date ?? null,
      time: row.time ?? null,
      closing: null,
    },
    zone: row.zone,
  } as Pick<ReplyExpectation, "expect" | "zone"> as ReplyExpectation;
  const verdict = replyChecks(item, replyRead(result));
  const problems = verdict.checks
    .filter((check) => !check.pass)
    .map(
      (check) => `${check.name} ${JSON.stringify(check.read)}${result.needsConfirmation ? " (asked)" : ""}`,
    );
  if (!(CLOSINGS as readonly string[]).includes(row.intent) && verdict.appliedClosing)
    problems.push("false closing");
  return problems;
}
