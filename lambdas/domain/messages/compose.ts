import { DateTime } from "luxon";
import type { PlannedReminder, ReminderKind } from "../types";
import { type Block, cap, type Draft, oneLine, renderHtml, renderText } from "./blocks";
import {
  closureDraft,
  type DraftContext,
  feedbackRequestDraft,
  followUpDraft,
  thankYouDraft,
} from "./drafts";
import { reminderEvent } from "./ics";
import { formatDay, formatWhen as formatHuman, relativeDay, zoneLabel } from "./when";

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
}

/** Years other than the interview's are written out: a follow-up in January says 2027. */
function yearOf(summary: InterviewSummary): number | null {
  const year = Number(summary.start?.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : null;
}

/** When a prompt goes out: the user's local time. */
export function whenPrompt(iso: string, summary: InterviewSummary): string {
  return formatHuman(iso, summary.zone, { year: yearOf(summary) });
}

/** When the interview is: the user's time and zone, with the invite's own time beside it. */
export function whenInterview(summary: InterviewSummary): string {
  return summary.start
    ? formatHuman(summary.start, summary.zone, {
        withZone: true,
        otherZone: summary.interviewZone ?? null,
        year: yearOf(summary),
      })
    : "not known yet";
}

/** A decision or follow-up day, "Fri, Dec 4". */
export function whenDay(date: string, summary: InterviewSummary): string {
  return formatDay(date, yearOf(summary));
}

const KIND_LABELS: Record<string, string> = {
  prep: "Prepare: ask when they will decide",
  "thank-you": "Send your thank-you note",
  "move-on": "Time to move on",
};

export function kindLabel(kind: ReminderKind | string): string {
  const followUp = /^follow-up-(\d+)$/.exec(kind);
  if (followUp) return followUp[1] === "1" ? "Send a follow-up" : `Send follow-up ${followUp[1]}`;
  return KIND_LABELS[kind] ?? kind;
}

function where(summary: InterviewSummary): string {
  return summary.company ? ` with ${summary.company}` : "";
}

function forRole(summary: InterviewSummary): string {
  return summary.role ? ` (${summary.role})` : "";
}

function message(
  subject: string,
  blocks: readonly Block[],
  attachments: readonly RenderedAttachment[] = [],
): RenderedMessage {
  const clean = oneLine(subject, 160);
  return { subject: clean, text: renderText(blocks), html: renderHtml(clean, blocks), attachments };
}

function people(summary: InterviewSummary): string[] {
  return summary.interviewers.map((person) => person.name ?? person.email ?? "").filter(Boolean);
}

function factsTable(summary: InterviewSummary): Block {
  const rows: Array<[string, string]> = [];
  if (summary.company) rows.push(["Company", summary.company]);
  if (summary.role) rows.push(["Role", summary.role]);
  if (summary.start) rows.push(["When", whenInterview(summary)]);
  if (summary.round > 1) rows.push(["Round", String(summary.round)]);
  const names = people(summary);
  if (names.length > 0) rows.push(["With", names.join(", ")]);
  if (summary.location) rows.push(["Where", summary.location]);
  if (summary.meetingUrl) rows.push(["Join", summary.meetingUrl]);
  return { kind: "table", rows };
}

function planList(summary: InterviewSummary): Block {
  return summary.planned.length > 0
    ? {
        kind: "list",
        items: summary.planned.map(
          (reminder) => `${kindLabel(reminder.kind)} — ${whenPrompt(reminder.at, summary)}`,
        ),
      }
    : { kind: "paragraph", text: "Nothing is scheduled for this interview." };
}

/** The zone the plan's times are in, named once under the list. */
function planZoneHint(summary: InterviewSummary): Block[] {
  const first = summary.planned[0]?.at;
  if (!first) return [];
  return [{ kind: "hint", text: `Times are ${zoneLabel(summary.zone, DateTime.fromISO(first))}.` }];
}

function planBlocks(summary: InterviewSummary): Block[] {
  return [planList(summary), ...planZoneHint(summary)];
}

const REPLY_COMMANDS = [
  "sent — you sent the thank-you note",
  "they said Friday — when they will decide",
  "followed up (today / on Tuesday) — you sent a follow-up",
  "heard back — they answered; follow-ups stop",
  "next round Dec 3 at 2pm — a new round of the same application",
  "offer / rejected / withdraw — close this application",
  "undo (or reopen) — take back your last reply",
  "snooze 3 days / remind me Monday — move the prompt you answer, later",
  "date is Nov 24 10:30am PT / company … / role … / add interviewer … / remove … — correct what I read",
  "status — everything pending; export — your data as CSV and .ics; help — this list",
];

const UNDO_HINT = "Not right? Reply “undo” and everything comes back as it was.";

/** The confirmation every forward gets: what was understood and what will happen when. */
export function confirmationMessage(
  summary: InterviewSummary,
  options: { readonly updated: boolean },
): RenderedMessage {
  const subject = options.updated
    ? `Updated: your interview${where(summary)} moved — new plan inside`
    : `Got it: interview${where(summary)}${forRole(summary)} — here is your plan`;
  const guesses = summary.guesses ?? [];
  return message(subject, [
    {
      kind: "heading",
      text: options.updated ? "Your interview changed; the plan follows it" : "Your interview is saved",
    },
    factsTable(summary),
    ...(guesses.length > 0
      ? ([
          { kind: "paragraph", text: "What I had to guess — check it:" },
          { kind: "list", items: guesses },
          {
            kind: "hint",
            text: "Wrong? Reply with the fix, e.g. “date is Nov 24 10:30am PT”, “company Lumen Freight”, “role Staff Frontend Engineer”, “add interviewer Lena Fischer” or “remove Talent”.",
          },
        ] as Block[])
      : []),
    { kind: "paragraph", text: "You will get an email with a ready draft at each step:" },
    ...planBlocks(summary),
    {
      kind: "hint",
      text: `Reply to any of these emails in plain words to log what happened:\n${REPLY_COMMANDS.join("\n")}`,
    },
  ]);
}

/** A correction applied: what changed, and the plan that follows from it. */
export function correctedMessage(summary: InterviewSummary, change: string): RenderedMessage {
  return message(`Corrected: ${change}${where(summary)}`, [
    { kind: "paragraph", text: `Corrected: ${change}. This is what I have now:` },
    factsTable(summary),
    { kind: "paragraph", text: "The plan:" },
    ...planBlocks(summary),
    { kind: "hint", text: UNDO_HINT },
  ]);
}

function promptBlocks(
  kind: ReminderKind,
  summary: InterviewSummary,
  now: DateTime,
): { subject: string; blocks: Block[]; draft: Draft | null } {
  const who = summary.company ?? "them";
  if (kind === "prep") {
    const names = summary.interviewers.map((person) => person.name).filter(Boolean);
    return {
      subject: `Interview${where(summary)} soon: ask when they will decide`,
      draft: null,
      blocks: [
        { kind: "heading", text: "Before you go in" },
        factsTable(summary),
        {
          kind: "list",
          items: [
            "Before you leave, ask: “When do you expect to make a decision, and what are the next steps?”",
            names.length > 0
              ? `Note every interviewer's name (so far: ${names.join(", ")}).`
              : "Note every interviewer's name and email.",
            "Afterwards, reply with what they said, e.g. “they said Friday”.",
          ],
        },
      ],
    };
  }
  if (kind === "thank-you") {
    // The note says when you talked as it reads when it goes out: "today" only on the same day.
    const met = summary.start ? relativeDay(summary.start, now, summary.zone) : "today";
    return {
      subject: `Send your thank-you to ${who} today`,
      draft: thankYouDraft(summary, met),
      blocks: [
        { kind: "heading", text: "A short thank-you, within 24 hours" },
        {
          kind: "paragraph",
          text: "Here is a draft. Add one line about something you discussed, read it twice, then send it.",
        },
      ],
    };
  }
  if (kind === "move-on") {
    return {
      subject: `No answer from ${who}: time to move forward`,
      draft: closureDraft(summary),
      blocks: [
        { kind: "heading", text: "Time to move forward" },
        {
          kind: "paragraph",
          text: "You followed up and gave them time. Silence is rarely personal: hiring is a numbers game. Keep the door open with a kind note, and keep applying.",
        },
        {
          kind: "list",
          items: [
            "What went well in this process that you want to repeat?",
            "Which question would you answer differently next time?",
            "Which two applications will you send this week?",
          ],
        },
      ],
    };
  }
  const number = Number(kind.split("-")[2] ?? "1");
  return {
    subject: `Follow up with ${who} today${number > 1 ? ` (follow-up ${number})` : ""}`,
    draft: followUpDraft(summary, number),
    blocks: [
      { kind: "heading", text: number > 1 ? "One more gentle check-in" : "Time for a polite follow-up" },
      {
        kind: "paragraph",
        text: "Email, not phone. Keep it brief and kind; the draft below leaves the recipient empty so nothing is sent by accident.",
      },
    ],
  };
}

/** The prompt for one step of the timeline, with its ready draft. */
export function promptMessage(kind: ReminderKind, summary: InterviewSummary, now: DateTime): RenderedMessage {
  const { subject, blocks, draft } = promptBlocks(kind, summary, now);
  const logHint =
    kind === "thank-you"
      ? "Reply “sent” once you have sent it."
      : kind.startsWith("follow-up")
        ? "Reply “followed up” once you have sent it, or “heard back” if they answered."
        : kind === "prep"
          ? "Reply with when they will decide, e.g. “they said Friday”."
          : "Reply “withdraw” to close it, or “heard back” if they answered after all.";
  const allBlocks: Block[] = [...blocks, ...(draft ? [{ kind: "draft", draft } as Block] : [])];
  if (summary.meetingUrl && kind === "prep")
    allBlocks.push({ kind: "link", label: "Join the meeting", url: summary.meetingUrl });
  allBlocks.push({ kind: "hint", text: `${logHint} Not now? “snooze 3 days” or “remind me Monday”.` });
  const attachments = kind.startsWith("follow-up")
    ? [
        {
          filename: "follow-up.ics",
          contentType: "text/calendar; method=PUBLISH; charset=utf-8",
          content: reminderEvent({
            uid: `${summary.interviewId}-${kind}@interview-followup`,
            start: now.plus({ minutes: 30 }).startOf("minute"),
            minutes: 15,
            summary: oneLine(`Send follow-up${where(summary)}`),
            description: cap(draft?.body ?? "", 2_000),
            stamp: now,
          }),
        },
      ]
    : [];
  return message(subject, allBlocks, attachments);
}

/** Subjects of our prompts, so a reply's "Re: …" tells which prompt it answers. */
const PROMPT_SUBJECTS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => ReminderKind]> = [
  [/\bsoon: ask when they will decide\b/i, () => "prep"],
  [/\bSend your thank-you to\b/i, () => "thank-you"],
  [/\bFollow up with .+ today \(follow-up (\d+)\)/i, (match) => `follow-up-${Number(match[1])}`],
  [/\bFollow up with .+ today\b/i, () => "follow-up-1"],
  [/\bNo answer from .+: time to move forward\b/i, () => "move-on"],
];

/** The prompt a reply answers, read from its subject ("Re: Send your thank-you to Acme today"). */
export function promptKindOfSubject(subject: string | null | undefined): ReminderKind | null {
  if (!subject) return null;
  for (const [pattern, kind] of PROMPT_SUBJECTS) {
    const match = pattern.exec(subject);
    if (match) return kind(match);
  }
  return null;
}

export function needsDateMessage(reason: string, subject: string | null): RenderedMessage {
  return message("Could not find the interview date — reply with it", [
    { kind: "heading", text: "I could not find when the interview is" },
    { kind: "paragraph", text: `In “${subject ?? "your forward"}”: ${reason}.` },
    {
      kind: "paragraph",
      text: "Reply to this email with the date and time, e.g. “Dec 3 at 2pm Eastern”, or forward the calendar invitation itself. Nothing was lost: your message is kept.",
    },
  ]);
}

/** A reply to "could not find the date" that still has no date in it. */
export function stillNeedsDateMessage(subject: string | null, written: string): RenderedMessage {
  return message("I still need the interview date", [
    {
      kind: "paragraph",
      text: `I could not find a date in “${oneLine(written, 120)}”${subject ? ` for “${oneLine(subject, 120)}”` : ""}.`,
    },
    {
      kind: "paragraph",
      text: "Reply with the day and time, e.g. “Dec 3 at 2pm Eastern” or “Tuesday 10:30am PT”.",
    },
  ]);
}

export function notAnInterviewMessage(reason: string, subject: string | null): RenderedMessage {
  return message("That did not look like an interview invite", [
    { kind: "heading", text: "Nothing was scheduled" },
    { kind: "paragraph", text: `In “${subject ?? "your message"}”: ${reason}.` },
    {
      kind: "paragraph",
      text: "Forward an interview invitation (the calendar invite or the confirmation email) and I will plan your follow-ups.",
    },
    { kind: "hint", text: `You can also write one of these:\n${REPLY_COMMANDS.join("\n")}` },
  ]);
}

export function cancelledMessage(summary: InterviewSummary): RenderedMessage {
  return message(`Cancelled: interview${where(summary)} — reminders stopped`, [
    { kind: "heading", text: "The interview was cancelled" },
    factsTable(summary),
    {
      kind: "paragraph",
      text: "All its reminders are cancelled. If it is rescheduled, forward the new invite.",
    },
  ]);
}

/** A short confirmation of what a reply changed, and what comes next. */
export function replyAckMessage(summary: InterviewSummary, change: string): RenderedMessage {
  return message(`Noted: ${change}`, [
    { kind: "paragraph", text: `Noted: ${change}.` },
    {
      kind: "paragraph",
      text:
        summary.planned.length > 0
          ? "What comes next:"
          : "There is nothing more scheduled for this interview.",
    },
    ...(summary.planned.length > 0 ? planBlocks(summary) : []),
  ]);
}

/** "next round Dec 3 at 2pm": the earlier round stops, and the new round's plan is listed. */
export function nextRoundMessage(previous: InterviewSummary, next: InterviewSummary | null): RenderedMessage {
  const subject = next?.start
    ? `Next round${where(previous)}: ${whenInterview(next)} — here is its plan`
    : `Noted: a next round${where(previous)}`;
  if (!next?.start) {
    return message(subject, [
      { kind: "paragraph", text: "Well done on the next round! The follow-ups for the last round stop." },
      {
        kind: "paragraph",
        text: "When you know its date, reply with it, e.g. “next round Dec 3 at 2pm”, or forward the invite, and I will plan it.",
      },
      { kind: "hint", text: UNDO_HINT },
    ]);
  }
  return message(subject, [
    { kind: "heading", text: "On to the next round" },
    { kind: "paragraph", text: "The follow-ups for the last round stop. The new round:" },
    factsTable(next),
    { kind: "paragraph", text: "Its plan:" },
    ...planBlocks(next),
    {
      kind: "hint",
      text: `If they send a calendar invite for it, forward it too: I will update the time. ${UNDO_HINT}`,
    },
  ]);
}

/** A snooze, as it landed: the prompt, its new time, and why it is not exactly when asked. */
export function snoozedMessage(
  summary: InterviewSummary,
  moved: {
    readonly kind: ReminderKind;
    readonly at: string | null;
    readonly asked: string;
    readonly note: string | null;
  },
): RenderedMessage {
  const label = kindLabel(moved.kind);
  const when = moved.at ? whenPrompt(moved.at, summary) : null;
  return message(when ? `Snoozed: ${label.toLowerCase()} — ${when}` : `Snoozed: ${label.toLowerCase()}`, [
    { kind: "heading", text: "Snoozed" },
    {
      kind: "paragraph",
      text: when
        ? `Moved “${label}” to ${when}.${moved.note ? ` ${moved.note}` : ""}`
        : `“${label}” will not go out: ${moved.note ?? "it would come too late"}.`,
    },
    { kind: "paragraph", text: "What comes next:" },
    ...planBlocks(summary),
    { kind: "hint", text: "Snoozes only ever move a prompt later; the other prompts keep their times." },
  ]);
}

/**
 * After a reply that did not read clearly: nothing changed; the likeliest commands first ("did you
 * mean …?"), then the full list.
 */
export function helpMessage(
  notUnderstood: string | null,
  suggestions: readonly string[] = [],
): RenderedMessage {
  const didYouMean =
    suggestions.length > 0
      ? `Did you mean ${suggestions.map((command) => `“${command}”`).join(" or ")}?`
      : null;
  return message(
    notUnderstood !== null ? "Sorry, I did not understand that reply" : "How to use interview follow-up",
    [
      ...(notUnderstood !== null
        ? ([
            {
              kind: "paragraph",
              text: `${notUnderstood.trim() ? `I did not understand “${oneLine(notUnderstood, 120)}”` : "Your reply looked empty (only a quote or a signature)"}, so nothing changed.${didYouMean ? ` ${didYouMean}` : ""}`,
            },
          ] as Block[])
        : []),
      { kind: "paragraph", text: "Reply to any reminder with one of these:" },
      { kind: "list", items: REPLY_COMMANDS },
    ],
  );
}

export function offerMessage(summary: InterviewSummary): RenderedMessage {
  return message(`Congratulations on the offer${where(summary)}!`, [
    { kind: "heading", text: "Congratulations!" },
    {
      kind: "paragraph",
      text: `Well done${summary.company ? ` on the offer from ${summary.company}` : ""}. All its reminders are cancelled.`,
    },
    {
      kind: "paragraph",
      text: "Take the time you need to read the offer; it is fine to ask for a few days to decide.",
    },
    { kind: "hint", text: UNDO_HINT },
  ]);
}

export function rejectedMessage(summary: InterviewSummary): RenderedMessage {
  return message(`Sorry about ${summary.company ?? "this one"} — a feedback note and next steps`, [
    { kind: "heading", text: "That is hard news" },
    {
      kind: "paragraph",
      text: "It is rarely personal: hiring is a numbers game. Its reminders are cancelled. If you like, ask for feedback with the note below.",
    },
    { kind: "draft", draft: feedbackRequestDraft(summary) },
    {
      kind: "list",
      items: [
        "What went well that you want to repeat?",
        "What would you prepare differently next time?",
        "Which applications will you send this week?",
      ],
    },
    { kind: "hint", text: UNDO_HINT },
  ]);
}

export function closedMessage(
  summary: InterviewSummary,
  what: "withdrawn" | "heard back" | "declined",
): RenderedMessage {
  const text =
    what === "withdrawn"
      ? "Withdrawn. All its reminders are cancelled."
      : what === "declined"
        ? "You turned their offer down: the application is closed and all its reminders are cancelled. Saying no kindly keeps the door open."
        : "They answered, so the follow-ups stop.";
  return message(`Noted: ${what === "declined" ? "offer declined" : what}${where(summary)}`, [
    { kind: "paragraph", text },
    ...(summary.planned.length > 0 ? planBlocks(summary) : []),
    ...(what === "heard back" ? [] : [{ kind: "hint", text: UNDO_HINT } as Block]),
  ]);
}

/** "undo" / "reopen" applied: what was taken back, and the plan as it is again. */
export function undoneMessage(summary: InterviewSummary, change: string, reopened: boolean): RenderedMessage {
  return message(`${reopened ? "Reopened" : "Undone"}: ${change}${where(summary)}`, [
    {
      kind: "paragraph",
      text: reopened
        ? `Reopened${summary.company ? ` your ${summary.company} application` : ""} (${change} is taken back). The plan is back:`
        : `Undone: ${change}. The plan is as it was:`,
    },
    ...planBlocks(summary),
  ]);
}

/** "undo" with nothing to take back. */
export function nothingToUndoMessage(summary: InterviewSummary): RenderedMessage {
  return message(`Nothing to undo${where(summary)}`, [
    {
      kind: "paragraph",
      text: "There is no earlier reply of yours on this interview to take back, so nothing changed.",
    },
    { kind: "paragraph", text: "What comes next:" },
    ...planBlocks(summary),
  ]);
}

const OUTCOME_WORDS: Record<string, string> = {
  offer: "you got an offer",
  rejected: "they said no",
  withdrawn: "you withdrew",
  cancelled: "the interview was cancelled",
  "heard-back": "they answered",
};

/** A reply about an application that is closed: say so in words, and how to open it again. */
export function alreadyClosedMessage(summary: InterviewSummary, outcome: string | null): RenderedMessage {
  const why = outcome ? OUTCOME_WORDS[outcome] : null;
  return message(`This application is closed${where(summary)}`, [
    {
      kind: "paragraph",
      text: `This application${where(summary)} is closed${why ? ` (${why})` : ""}, so that reply changed nothing.`,
    },
    { kind: "paragraph", text: "Reply “reopen” to open it again; its reminders come back." },
  ]);
}

/** A reply to an interview that was deleted ("forget …") or never existed. */
export function unknownInterviewMessage(): RenderedMessage {
  return message("That interview is no longer here", [
    {
      kind: "paragraph",
      text: "The interview this email was about has been deleted, so nothing changed. Forward the invite again to start over.",
    },
  ]);
}

export function statusMessage(summaries: readonly InterviewSummary[]): RenderedMessage {
  if (summaries.length === 0) {
    return message("Status: nothing pending", [
      { kind: "paragraph", text: "No open interviews. Forward an invite to start." },
    ]);
  }
  const blocks: Block[] = [
    { kind: "heading", text: `${summaries.length} open interview${summaries.length === 1 ? "" : "s"}` },
  ];
  for (const summary of summaries) {
    blocks.push({
      kind: "paragraph",
      text: `${summary.company ?? summary.title ?? "Interview"}${forRole(summary)}${summary.round > 1 ? `, round ${summary.round}` : ""}${summary.start ? ` — ${whenInterview(summary)}` : ""}`,
    });
    blocks.push(planList(summary));
  }
  const first = summaries.find((summary) => summary.planned.length > 0);
  if (first) blocks.push(...planZoneHint(first));
  return message("Status: what is pending", blocks);
}

export function toneCheckMessage(
  findings: ReadonlyArray<{ rule: string; excerpt: string; suggestion: string }>,
): RenderedMessage {
  if (findings.length === 0) {
    return message("Tone check: calm and clear", [
      { kind: "paragraph", text: "Your draft reads calm and kind. Read it once more, then send it." },
    ]);
  }
  return message(`Tone check: ${findings.length} thing${findings.length === 1 ? "" : "s"} to soften`, [
    { kind: "paragraph", text: "A few phrases may read as pressing. Suggestions:" },
    {
      kind: "list",
      items: findings.map((finding) => `“${finding.excerpt}” (${finding.rule}): ${finding.suggestion}`),
    },
  ]);
}

export function exportMessage(count: number, attachments: readonly RenderedAttachment[]): RenderedMessage {
  return message(
    "Your interview data (CSV and calendar)",
    [
      {
        kind: "paragraph",
        text: `Attached: ${count} interview${count === 1 ? "" : "s"} as a spreadsheet (CSV) and a calendar file (.ics).`,
      },
    ],
    attachments,
  );
}

export interface DigestFacts {
  readonly open: readonly InterviewSummary[];
  /** Rounds whose interview took place in the last seven days. */
  readonly interviewedThisWeek: number;
  /** Applications with an interview already held that got any answer (heard back, offer, rejection). */
  readonly answered: number;
  /** Applications with an interview already held. */
  readonly applications: number;
  /** Median days from an interview to the answer, when any answer is known. */
  readonly medianDaysToAnswer: number | null;
}

/** Sunday's digest: what is open, what happened, and the nudge to keep applying [000, 003 §7, 004]. */
export function digestMessage(facts: DigestFacts): RenderedMessage {
  const rate = facts.applications > 0 ? Math.round((facts.answered / facts.applications) * 100) : 0;
  return message(
    `Your week: ${facts.open.length} open interview${facts.open.length === 1 ? "" : "s"} — keep applying`,
    [
      { kind: "heading", text: "Your job search this week" },
      {
        kind: "table",
        rows: [
          ["Interviews this week", String(facts.interviewedThisWeek)],
          [
            "Answers after interviews",
            facts.applications > 0
              ? `${rate}% (${facts.answered} of ${facts.applications})`
              : "none held yet",
          ],
          [
            "Median days to hear back",
            facts.medianDaysToAnswer === null ? "not known yet" : String(facts.medianDaysToAnswer),
          ],
        ],
      },
      { kind: "paragraph", text: "Open, with the next step:" },
      {
        kind: "list",
        items: facts.open.map((summary) => {
          const next = summary.planned[0];
          const name = `${summary.company ?? summary.title ?? "Interview"}${summary.round > 1 ? ` (round ${summary.round})` : ""}`;
          return next
            ? `${name}: ${kindLabel(next.kind)} — ${whenPrompt(next.at, summary)}`
            : `${name}: waiting for their answer`;
        }),
      },
      { kind: "paragraph", text: "Never rely on one interview: send a few new applications this week." },
    ],
  );
}

/** First mail from a new address of an allowed domain: explain, and ask for a reply to confirm. */
export function welcomeMessage(): RenderedMessage {
  return message("Welcome to interview follow-up — reply to confirm your address", [
    { kind: "heading", text: "Welcome!" },
    {
      kind: "paragraph",
      text: "Forward interview invitations to this address and you will get, at the right times, an email with a ready draft: prepare, say thank you, follow up, and move on. Reply in plain words to log what happened.",
    },
    {
      kind: "paragraph",
      text: "To start, reply to this email (any text will do). That shows this address receives mail. Until then nothing you send is kept.",
    },
    { kind: "hint", text: "This confirmation expires in 7 days. Then forward your invite again." },
  ]);
}

export function welcomeConfirmedMessage(): RenderedMessage {
  return message("You are all set — forward your first interview invite", [
    {
      kind: "paragraph",
      text: "Your address is confirmed. Forward an interview invitation (again, if you already sent one) and your plan will follow.",
    },
    { kind: "hint", text: "Reply “settings” to see your time zone, holidays, prompt time and quiet hours." },
  ]);
}

export function settingsMessage(
  lines: readonly string[],
  change: string | null,
  problem: string | null,
): RenderedMessage {
  const subject = problem ? "Settings unchanged" : change ? `Settings: ${change}` : "Your settings";
  return message(subject, [
    ...(problem ? ([{ kind: "paragraph", text: `Nothing changed: ${problem}.` }] as Block[]) : []),
    ...(change
      ? ([
          { kind: "paragraph", text: `Changed: ${change}. Pending prompts follow the new settings.` },
        ] as Block[])
      : []),
    { kind: "list", items: lines },
    {
      kind: "hint",
      text: "Change them by replying: “timezone Europe/Berlin”, “country DE”, “send at 8:30”, “quiet 22-7”, “digest off”.",
    },
  ]);
}

export function forgetConfirmMessage(target: string, items: readonly string[]): RenderedMessage {
  const what = target === "everything" ? "everything" : `your ${target} application`;
  return message(`Confirm: delete ${what}?`, [
    {
      kind: "paragraph",
      text: `This deletes ${items.length} interview${items.length === 1 ? "" : "s"}, their reminders and the raw mail kept for them:`,
    },
    { kind: "list", items },
    {
      kind: "paragraph",
      text: "To delete, reply to this email with “yes”. Nothing is deleted otherwise; this request expires in 24 hours.",
    },
  ]);
}

export function forgetResultMessage(deleted: number, target: string | null): RenderedMessage {
  if (target === null)
    return message("Nothing was deleted", [{ kind: "paragraph", text: "Your data is unchanged." }]);
  return message(`Deleted: ${deleted} interview${deleted === 1 ? "" : "s"}`, [
    {
      kind: "paragraph",
      text: `${target === "everything" ? "Everything" : `Your ${target} application`} is deleted: ${deleted} interview${deleted === 1 ? "" : "s"}, their reminders and their raw mail.`,
    },
  ]);
}

export function nothingToForgetMessage(target: string): RenderedMessage {
  return message(`Nothing matches “${oneLine(target, 60)}”`, [
    {
      kind: "paragraph",
      text: `No interview matches “${oneLine(target, 60)}”. Write the company as it appears in your confirmations, or “forget everything”.`,
    },
  ]);
}
