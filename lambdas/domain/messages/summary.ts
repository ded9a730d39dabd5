/**
 * The facts about one round that emails show, and the pieces every email is built from: the facts
 * table, the plan, who to send a draft to, and `message` (subject + blocks → text and HTML).
 */
import { DateTime } from "luxon";
import type { Lang } from "../language/lang";
import type { Interviewer, InterviewLog, PlannedReminder, ReminderKind } from "../types";
import { type Block, oneLine, renderHtml, renderText } from "./blocks";
import { type Catalogue, catalogueOf } from "./catalogue";
import { formatDay, formatWhen, localeOf, zoneLabel } from "./format-when";
import type { DraftContext } from "./letters";

export interface RenderedAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** What an email says: the caller adds addresses and threading. */
export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly RenderedAttachment[];
}

/** The facts about one round that messages show; all untrusted text from mail. */
export interface InterviewSummary extends DraftContext {
  readonly interviewId: string;
  readonly title: string | null;
  readonly start: string | null;
  /** The invite's end, when it said. */
  readonly end?: string | null;
  readonly round: number;
  readonly meetingUrl: string | null;
  readonly location: string | null;
  readonly planned: readonly PlannedReminder[];
  /** The user's zone: every time shown is in it. */
  readonly zone: string;
  /** The zone the invite was written in: its time is shown beside the user's when different. */
  readonly interviewZone?: string | null;
  /** How uncertain fields were read, e.g. "I read “next Tuesday” as Tue Dec 1, 10:30 PT". */
  readonly guesses?: readonly string[];
  /**
   * The language the invite was written in: drafts to the employer are written in it.
   * @default the user's language
   */
  readonly inviteLanguage?: Lang | null;
  /** Who sent the invite (the recruiter), when known: the first person a follow-up goes to. */
  readonly recruiter?: Interviewer | null;
}

/**
 * What the user logged that drafts may speak of: a decision date ("the timeline we discussed")
 * and the follow-ups sent ("once more", "You followed up"). For summaries built from a record.
 */
export function loggedFacts(log: InterviewLog): Pick<InterviewSummary, "decisionDate" | "followUpsLogged"> {
  return { decisionDate: log.decisionDate ?? null, followUpsLogged: log.followUpsSent?.length ?? 0 };
}

/** The language drafts to the employer are written in: the invite's, else the user's. */
export function employerLanguage(summary: InterviewSummary, language: Lang): Lang {
  return summary.inviteLanguage ?? language;
}

/** Years other than the interview's are written out: a follow-up in January says 2027. */
function yearOf(summary: InterviewSummary): number | null {
  const year = Number(summary.start?.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : null;
}

/** When a prompt goes out: the user's local time. */
export function whenPrompt(iso: string, summary: InterviewSummary, language: Lang = "en"): string {
  return formatWhen(iso, summary.zone, { year: yearOf(summary), language });
}

/** When the interview is: the user's time and zone, with the invite's own time beside it. */
export function whenInterview(summary: InterviewSummary, language: Lang = "en"): string {
  return summary.start
    ? formatWhen(summary.start, summary.zone, {
        withZone: true,
        otherZone: summary.interviewZone ?? null,
        year: yearOf(summary),
        language,
      })
    : catalogueOf(language).notKnownYet;
}

/** A decision or follow-up day, "Fri, Dec 4". */
export function whenDay(date: string, summary: InterviewSummary, language: Lang = "en"): string {
  return formatDay(date, yearOf(summary), language);
}

/** "Send your thank-you note", "Send follow-up 2", in the user's language. */
export function kindLabel(kind: ReminderKind | string, language: Lang = "en"): string {
  const { kinds } = catalogueOf(language);
  const followUp = /^follow-up-(\d+)$/.exec(kind);
  if (followUp) return kinds.followUp(Number(followUp[1]));
  if (kind === "prep") return kinds.prep;
  if (kind === "thank-you") return kinds.thankYou;
  if (kind === "move-on") return kinds.moveOn;
  return kind;
}

export function message(
  language: Lang,
  subject: string,
  blocks: readonly Block[],
  attachments: readonly RenderedAttachment[] = [],
): RenderedMessage {
  const clean = oneLine(subject, 160);
  const words = { lang: localeOf(language), ...catalogueOf(language).draftBox };
  return {
    subject: clean,
    text: renderText(blocks, words),
    html: renderHtml(clean, blocks, words),
    attachments,
  };
}

function people(summary: InterviewSummary): string[] {
  return summary.interviewers.map((person) => person.name ?? person.email ?? "").filter(Boolean);
}

export function factsTable(summary: InterviewSummary, language: Lang): Block {
  const { facts } = catalogueOf(language);
  const rows: Array<[string, string]> = [];
  if (summary.company) rows.push([facts.company, summary.company]);
  if (summary.role) rows.push([facts.role, summary.role]);
  if (summary.start) rows.push([facts.when, whenInterview(summary, language)]);
  if (summary.round > 1) rows.push([facts.round, String(summary.round)]);
  const names = people(summary);
  if (names.length > 0) rows.push([facts.with, names.join(", ")]);
  if (summary.location) rows.push([facts.where, summary.location]);
  if (summary.meetingUrl) rows.push([facts.join, summary.meetingUrl]);
  return { kind: "table", rows };
}

/** "Priya Patel <priya@acme.com>": a person as a mail client's To field shows them. */
function addressee(person: Interviewer): string {
  if (person.name && person.email) return `${person.name} <${person.email}>`;
  return person.name ?? person.email ?? "";
}

/**
 * Who the draft is for, with their addresses, so the user need not dig out the invite; the draft
 * itself still leaves To empty [002 §5]. The recruiter first, then every interviewer, once each.
 */
export function sendToBlocks(summary: InterviewSummary, language: Lang): Block[] {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const person of [...(summary.recruiter ? [summary.recruiter] : []), ...summary.interviewers]) {
    const key = (person.email ?? person.name ?? "").toLowerCase();
    const entry = addressee(person);
    if (!entry || seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  return entries.length > 0
    ? [{ kind: "table", rows: [[catalogueOf(language).facts.sendTo, entries.join(", ")]] }]
    : [];
}

export function planList(summary: InterviewSummary, language: Lang): Block {
  const { plan } = catalogueOf(language);
  return summary.planned.length > 0
    ? {
        kind: "list",
        items: summary.planned.map((reminder) =>
          plan.item(kindLabel(reminder.kind, language), whenPrompt(reminder.at, summary, language)),
        ),
      }
    : { kind: "paragraph", text: plan.nothing };
}

/** The zone the plan's times are in, named once under the list. */
export function planZoneHint(summary: InterviewSummary, language: Lang): Block[] {
  const first = summary.planned[0]?.at;
  if (!first) return [];
  const zone = zoneLabel(summary.zone, DateTime.fromISO(first), language);
  return [{ kind: "hint", text: catalogueOf(language).plan.timesAre(zone) }];
}

export function planBlocks(summary: InterviewSummary, language: Lang): Block[] {
  return [planList(summary, language), ...planZoneHint(summary, language)];
}

/** The reply commands, one a line, as the hints under a confirmation list them. */
export function replyCommands(catalogue: Catalogue): string {
  return catalogue.replyCommands.join("\n");
}
