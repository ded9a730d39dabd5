/**
 * Drafts to the employer, in the employer's language (the invite's, which may differ from the
 * user's): each language has its own letters.
 */
import type { Lang } from "../../language/lang";
import type { Interviewer } from "../../types";
import type { Draft } from "../blocks";
import type { RelativeDay } from "../format-when";
import { DE_LETTERS } from "./de";
import { EN_LETTERS } from "./en";
import { ES_LETTERS } from "./es";
import { FR_LETTERS } from "./fr";
import { IT_LETTERS } from "./it";
import type { DraftContext, Letters } from "./letters";
import { NL_LETTERS } from "./nl";
import { PT_LETTERS } from "./pt";

export type { DraftContext, Letters } from "./letters";

export const LETTERS: Record<Lang, Letters> = {
  en: EN_LETTERS,
  de: DE_LETTERS,
  fr: FR_LETTERS,
  es: ES_LETTERS,
  pt: PT_LETTERS,
  nl: NL_LETTERS,
  it: IT_LETTERS,
};

const TODAY: RelativeDay = { kind: "today" };

export function greeting(interviewers: readonly Interviewer[], language: Lang = "en"): string {
  return LETTERS[language].greeting(interviewers);
}

/** `met` says when you talked, as it reads on the day the note goes out. */
export function thankYouDraft(context: DraftContext, met: RelativeDay = TODAY, language: Lang = "en"): Draft {
  return LETTERS[language].thankYou(context, met);
}

export function followUpDraft(context: DraftContext, number: number, language: Lang = "en"): Draft {
  return LETTERS[language].followUp(context, number);
}

export function feedbackRequestDraft(context: DraftContext, language: Lang = "en"): Draft {
  return LETTERS[language].feedbackRequest(context);
}

export function closureDraft(context: DraftContext, language: Lang = "en"): Draft {
  return LETTERS[language].closure(context);
}
