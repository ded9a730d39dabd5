/**
 * Answers to a forward: the confirmation with its plan, a correction applied, a cancelled invite,
 * and the answers when no date (or no invite) could be read.
 */
import { DateTime } from "luxon";
import type { Lang } from "../language/lang";
import { type Block, oneLine } from "./blocks";
import { CATALOGUES, catalogueOf } from "./catalogue";
import { languageName } from "./catalogue/intl";
import {
  factsTable,
  type InterviewSummary,
  message,
  planBlocks,
  type RenderedMessage,
  replyCommands,
} from "./summary";

/** A thank-you helps within a day of the interview [002 §4, 004]. */
const THANK_YOU_HOURS = 24;

/** An interview without a known end is taken to last an hour (the policy's default). */
const DEFAULT_MINUTES = 60;

/**
 * Why a forward planned no prep or no thank-you, when the clock says: the interview has started,
 * or ended more than a day ago. Said once, under the plan.
 */
function skippedBlocks(summary: InterviewSummary, now: DateTime | undefined, language: Lang): Block[] {
  if (!now || !summary.start) return [];
  const start = DateTime.fromISO(summary.start, { setZone: true });
  if (!start.isValid || start > now) return [];
  const { confirmation } = catalogueOf(language);
  const planned = new Set(summary.planned.map((reminder) => reminder.kind));
  const endIso = summary.end ? DateTime.fromISO(summary.end, { setZone: true }) : null;
  const end = endIso?.isValid ? endIso : start.plus({ minutes: DEFAULT_MINUTES });
  const reasons = [
    ...(planned.has("prep") ? [] : [confirmation.prepSkipped]),
    ...(planned.has("thank-you") || end.plus({ hours: THANK_YOU_HOURS }) > now
      ? []
      : [confirmation.thankYouSkipped]),
  ];
  return reasons.map((text) => ({ kind: "hint", text }));
}

/**
 * A first forward in another language than the user's: say so, and how to switch ("langue
 * français", written in that language), without switching.
 */
function proposeLanguageBlocks(proposed: Lang | undefined, language: Lang): Block[] {
  if (!proposed || proposed === language) return [];
  const command = `${CATALOGUES[proposed].settings.languageKeyword} ${languageName(proposed)}`;
  const text = catalogueOf(language).confirmation.proposeLanguage(languageName(proposed, language), command);
  return [{ kind: "hint", text }];
}

/** The confirmation every forward gets: what was understood and what will happen when. */
export function confirmationMessage(
  summary: InterviewSummary,
  options: {
    readonly updated: boolean;
    /** The time the forward was read: says why prep or thank-you were skipped. @default no reasons */
    readonly now?: DateTime;
    /** The invite's language, when the use case wants to offer switching to it. @default no offer */
    readonly proposeLanguage?: Lang;
    /** A forward of an invite already planned, unchanged: the subject says so. @default false */
    readonly alreadyPlanned?: boolean;
  },
  language: Lang = "en",
): RenderedMessage {
  const catalogue = catalogueOf(language);
  const { confirmation } = catalogue;
  const subject = options.updated
    ? confirmation.updatedSubject(summary.company)
    : options.alreadyPlanned
      ? confirmation.alreadySubject(summary.company, summary.role)
      : confirmation.subject(summary.company, summary.role);
  const guesses = summary.guesses ?? [];
  return message(language, subject, [
    { kind: "heading", text: options.updated ? confirmation.updatedHeading : confirmation.heading },
    factsTable(summary, language),
    ...(guesses.length > 0
      ? ([
          { kind: "paragraph", text: confirmation.guessesIntro },
          { kind: "list", items: guesses },
          { kind: "hint", text: confirmation.guessesFix },
        ] as Block[])
      : []),
    { kind: "paragraph", text: confirmation.steps },
    ...planBlocks(summary, language),
    ...skippedBlocks(summary, options.now, language),
    ...proposeLanguageBlocks(options.proposeLanguage, language),
    { kind: "hint", text: confirmation.replyHint(replyCommands(catalogue)) },
  ]);
}

/** A correction applied: what changed, and the plan that follows from it. */
export function correctedMessage(
  summary: InterviewSummary,
  change: string,
  language: Lang = "en",
): RenderedMessage {
  const catalogue = catalogueOf(language);
  return message(language, catalogue.corrected.subject(change, summary.company), [
    { kind: "paragraph", text: catalogue.corrected.intro(change) },
    factsTable(summary, language),
    { kind: "paragraph", text: catalogue.plan.heading },
    ...planBlocks(summary, language),
    { kind: "hint", text: catalogue.undoHint },
  ]);
}

export function needsDateMessage(
  reason: string,
  subject: string | null,
  language: Lang = "en",
): RenderedMessage {
  const { needsDate } = catalogueOf(language);
  return message(language, needsDate.subject, [
    { kind: "heading", text: needsDate.heading },
    { kind: "paragraph", text: needsDate.where(subject, reason) },
    { kind: "paragraph", text: needsDate.ask },
  ]);
}

/** A reply to "could not find the date" that still has no date in it. */
export function stillNeedsDateMessage(
  subject: string | null,
  written: string,
  language: Lang = "en",
): RenderedMessage {
  const { needsDate } = catalogueOf(language);
  return message(language, needsDate.stillSubject, [
    {
      kind: "paragraph",
      text: needsDate.stillNoDate(oneLine(written, 120), subject ? oneLine(subject, 120) : null),
    },
    { kind: "paragraph", text: needsDate.stillAsk },
  ]);
}

export function notAnInterviewMessage(
  reason: string,
  subject: string | null,
  language: Lang = "en",
): RenderedMessage {
  const catalogue = catalogueOf(language);
  const { notAnInterview } = catalogue;
  return message(language, notAnInterview.subject, [
    { kind: "heading", text: notAnInterview.heading },
    { kind: "paragraph", text: notAnInterview.where(subject, reason) },
    { kind: "paragraph", text: notAnInterview.ask },
    { kind: "hint", text: notAnInterview.commands(replyCommands(catalogue)) },
  ]);
}

export function cancelledMessage(summary: InterviewSummary, language: Lang = "en"): RenderedMessage {
  const { cancelled } = catalogueOf(language);
  return message(language, cancelled.subject(summary.company), [
    { kind: "heading", text: cancelled.heading },
    factsTable(summary, language),
    { kind: "paragraph", text: cancelled.text },
  ]);
}
