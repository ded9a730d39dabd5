/**
 * A reply to one of our emails that is about no one round (the weekly digest, an answer to a
 * command, a reply address that no longer verifies): the round it is about is the one it answers
 * (In-Reply-To a round's first email) or the open application whose company it names; never a
 * guess between several.
 */

import type { MailMessage } from "../../domain/ingest";
import type { InterviewRecord } from "../../domain/interview/record";
import { isMovedOn } from "../../domain/interview/transitions";
import { companyWords } from "../steps/records";

/** The Message-IDs SES gives what we send (see adapters/ses-mailer.ts): any region's. */
const SES_MESSAGE_ID = /@(?:[a-z0-9-]+\.)*amazonses\.com>?\s*$/i;

/**
 * The mail answers one of ours: it replies to a Message-ID SES gave an email we sent, or quotes
 * one of ours ("On Sun … Interview follow-up <followup@…> wrote:", Outlook's "From: …" block),
 * which a mail client that drops In-Reply-To still writes.
 */
export function repliesToOurs(
  mail: Pick<MailMessage, "inReplyTo" | "text">,
  inboundAddress: string,
): boolean {
  if (mail.inReplyTo !== null && SES_MESSAGE_ID.test(mail.inReplyTo)) return true;
  const [local, domain] = inboundAddress.toLowerCase().split("@");
  if (!local || !domain) return false;
  const text = mail.text.toLowerCase();
  for (let at = text.indexOf(`@${domain}`); at >= 0; at = text.indexOf(`@${domain}`, at + 1)) {
    // The mailbox written before the domain: ours, or one of our plus-addresses.
    const mailbox = /[\w.+-]*$/.exec(text.slice(Math.max(0, at - 100), at))?.[0] ?? "";
    if (mailbox === local || mailbox.startsWith(`${local}+`)) return true;
  }
  return false;
}

/**
 * The latest round of each application that is open (planned, no answer yet) or moved on (news
 * opens it again); a forward still awaiting its date is neither.
 */
export function openApplications(rounds: readonly InterviewRecord[]): InterviewRecord[] {
  const latest = new Map<string, InterviewRecord>();
  for (const round of rounds) {
    const open = round.status === "active" && !round.log.outcome && round.interview.start !== "";
    if (!open && !isMovedOn(round)) continue;
    const kept = latest.get(round.applicationId);
    if (!kept || round.round > kept.round) latest.set(round.applicationId, round);
  }
  return [...latest.values()];
}

/** Words as companyWords writes them, padded so a whole-word test is a substring test. */
function padded(text: string): string {
  return ` ${companyWords(text)} `;
}

/**
 * The round a reply names: the round whose first email it answers, else the one open application
 * whose company it names in full, else the one whose first word it names ("Harbourline" for
 * "Harbourline Logistics"). Null when none, or more than one, is named.
 */
export function namedRound(
  written: string,
  inReplyTo: string | null,
  rounds: readonly InterviewRecord[],
): InterviewRecord | null {
  const answered = inReplyTo ? rounds.find((round) => round.threadId === inReplyTo) : undefined;
  if (answered) return answered;
  const text = padded(written);
  const open = openApplications(rounds).filter((round) => round.interview.company);
  const names = (round: InterviewRecord) => companyWords(round.interview.company ?? "");
  const inFull = open.filter((round) => names(round) !== "" && text.includes(` ${names(round)} `));
  if (inFull.length > 0) return inFull.length === 1 ? (inFull[0] ?? null) : null;
  const byFirstWord = open.filter((round) => {
    const first = names(round).split(" ")[0] ?? "";
    return first.length >= 3 && text.includes(` ${first} `);
  });
  return byFirstWord.length === 1 ? (byFirstWord[0] ?? null) : null;
}
