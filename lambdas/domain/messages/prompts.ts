/**
 * The prompts of the timeline, each with its ready draft: prep, thank-you, follow-ups, move on.
 * The prompt is in the user's language; its draft in the employer's.
 */
import type { DateTime } from "luxon";
import { LANGS, type Lang } from "../language/lang";
import type { ReminderKind } from "../types";
import { type Block, cap, type Draft, oneLine } from "./blocks";
import { type Catalogue, catalogueOf } from "./catalogue";
import { relativeDay } from "./format-when";
import { reminderEvent } from "./ics";
import { LETTERS } from "./letters";
import {
  employerLanguage,
  factsTable,
  type InterviewSummary,
  message,
  type RenderedMessage,
  sendToBlocks,
} from "./summary";

/** A meeting link and no room: the interview is a call, so there is no "leaving" it. */
function isCall(summary: InterviewSummary): boolean {
  return summary.meetingUrl !== null && !summary.location;
}

interface PromptParts {
  readonly subject: string;
  readonly blocks: Block[];
  readonly draft: Draft | null;
  readonly log: string;
}

function prepParts(summary: InterviewSummary, catalogue: Catalogue, language: Lang): PromptParts {
  const { prompts } = catalogue;
  const names = summary.interviewers.map((person) => person.name).filter((name): name is string => !!name);
  return {
    subject: prompts.prepSubject(summary.company),
    draft: null,
    log: prompts.logPrep,
    blocks: [
      { kind: "heading", text: prompts.prepHeading },
      factsTable(summary, language),
      {
        kind: "list",
        items: [
          isCall(summary) ? prompts.prepAskOnCall : prompts.prepAsk,
          names.length > 0 ? prompts.prepNames(names) : prompts.prepNoNames,
          prompts.prepAfter,
        ],
      },
    ],
  };
}

function promptParts(
  kind: ReminderKind,
  summary: InterviewSummary,
  now: DateTime,
  language: Lang,
): PromptParts {
  const catalogue = catalogueOf(language);
  const { prompts } = catalogue;
  const letters = LETTERS[employerLanguage(summary, language)];
  if (kind === "prep") return prepParts(summary, catalogue, language);
  if (kind === "thank-you") {
    // The note says when you talked as it reads when it goes out: "today" only on the same day.
    const met = summary.start
      ? relativeDay(summary.start, now, summary.zone, employerLanguage(summary, language))
      : { kind: "today" as const };
    return {
      subject: prompts.thankYouSubject(summary.company),
      draft: letters.thankYou(summary, met),
      log: prompts.logThankYou,
      blocks: [
        { kind: "heading", text: prompts.thankYouHeading },
        { kind: "paragraph", text: prompts.thankYouText },
        ...sendToBlocks(summary, language),
      ],
    };
  }
  if (kind === "move-on") {
    // "You followed up" only when a follow-up was logged (or the record does not say).
    const followedUp = summary.followUpsLogged === undefined || summary.followUpsLogged > 0;
    return {
      subject: prompts.moveOnSubject(summary.company),
      draft: letters.closure(summary),
      log: prompts.logMoveOn,
      blocks: [
        { kind: "heading", text: prompts.moveOnHeading },
        { kind: "paragraph", text: followedUp ? prompts.moveOnText : prompts.moveOnTextNoFollowUp },
        { kind: "list", items: prompts.moveOnQuestions },
        ...sendToBlocks(summary, language),
      ],
    };
  }
  const number = Number(kind.split("-")[2] ?? "1");
  return {
    subject: prompts.followUpSubject(summary.company, number),
    draft: letters.followUp(summary, number),
    log: prompts.logFollowUp,
    blocks: [
      { kind: "heading", text: number > 1 ? prompts.followUpAgainHeading : prompts.followUpHeading },
      { kind: "paragraph", text: prompts.followUpText },
      ...sendToBlocks(summary, language),
    ],
  };
}

/** The prompt for one step of the timeline, with its ready draft. */
export function promptMessage(
  kind: ReminderKind,
  summary: InterviewSummary,
  now: DateTime,
  language: Lang = "en",
): RenderedMessage {
  const { prompts } = catalogueOf(language);
  const { subject, blocks, draft, log } = promptParts(kind, summary, now, language);
  const allBlocks: Block[] = [...blocks, ...(draft ? [{ kind: "draft", draft } as Block] : [])];
  if (summary.meetingUrl && kind === "prep")
    allBlocks.push({ kind: "link", label: prompts.joinMeeting, url: summary.meetingUrl });
  allBlocks.push({ kind: "hint", text: prompts.snoozeHint(log) });
  const attachments = kind.startsWith("follow-up")
    ? [
        {
          filename: "follow-up.ics",
          contentType: "text/calendar; method=PUBLISH; charset=utf-8",
          content: reminderEvent({
            uid: `${summary.interviewId}-${kind}@interview-followup`,
            start: now.plus({ minutes: 30 }).startOf("minute"),
            minutes: 15,
            summary: oneLine(prompts.reminderTitle(summary.company)),
            description: cap(draft?.body ?? "", 2_000),
            stamp: now,
          }),
        },
      ]
    : [];
  return message(language, subject, allBlocks, attachments);
}

/** Stands for the company and the follow-up number when subjects are turned into patterns. */
const COMPANY = "\u0001company\u0001";
const NUMBER = 987_654;

function pattern(subject: string): RegExp {
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(escaped.replace(COMPANY, ".+").replace(String(NUMBER), "(\\d+)"), "i");
}

type SubjectPattern = readonly [RegExp, (match: RegExpExecArray) => ReminderKind];

let promptSubjects: readonly SubjectPattern[] | null = null;

/**
 * Subjects of our prompts in every language, as patterns made from the catalogues themselves (so
 * they cannot drift apart), most specific first: "Re: …" tells which prompt a reply answers.
 * Built on first use: only replies need them, and most cold starts are not replies.
 */
function promptSubjectPatterns(): readonly SubjectPattern[] {
  promptSubjects ??= LANGS.flatMap((language) => {
    const { prompts } = catalogueOf(language);
    return [COMPANY, null].flatMap((company): SubjectPattern[] => [
      [pattern(prompts.followUpSubject(company, NUMBER)), (match) => `follow-up-${Number(match[1])}`],
      [pattern(prompts.followUpSubject(company, 1)), () => "follow-up-1"],
      [pattern(prompts.prepSubject(company)), () => "prep"],
      [pattern(prompts.thankYouSubject(company)), () => "thank-you"],
      [pattern(prompts.moveOnSubject(company)), () => "move-on"],
    ]);
  });
  return promptSubjects;
}

/** The prompt a reply answers, read from its subject ("Re: Send your thank-you to Acme today"). */
export function promptKindOfSubject(subject: string | null | undefined): ReminderKind | null {
  if (!subject) return null;
  for (const [subjectPattern, kind] of promptSubjectPatterns()) {
    const match = subjectPattern.exec(subject);
    if (match) return kind(match);
  }
  return null;
}
