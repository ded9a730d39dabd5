/**
 * Which language each email is written in. Everything to the user: their language (the policy's:
 * their `language` setting over the deployment's). Drafts to the employer: the invite's language,
 * read once when a forward is stored, with the recruiter who sent it.
 */
import type { IngestResult, MailMessage } from "../../domain/ingest";
import type { ClosingOutcome } from "../../domain/interview/record";
import { detectLanguage } from "../../domain/language/detect";
import type { Lang } from "../../domain/language/lang";
import { fold } from "../../domain/language/phrases";
import { catalogueOf } from "../../domain/messages";
import { parseSettingsCommand, type SettingsCommand } from "../../domain/settings";
import type { Interviewer, ParsedInterview } from "../../domain/types";
import { normaliseAddress } from "./outgoing";

/** Enough of an invite to tell its language; the rest of a long thread adds nothing but time. */
const SAMPLE_CHARS = 3_000;

/** Mailboxes nobody reads (scheduling tools, calendars): never someone to send a draft to. */
const AUTOMATED_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|notifications?|notify|calendar|invitations?|mailer-daemon|bounces?)(?:[+.-][^@]*)?@/i;

/**
 * The language the invite is written in: ingest's reading when it gives one, else detected from
 * the forward's subject and text. A near tie goes to the user's own language.
 */
export function inviteLanguageOf(result: IngestResult, mail: MailMessage, userLanguage: Lang): Lang {
  const read = (result as { readonly language?: Lang | null }).language;
  if (read) return read;
  const sample = `${mail.subject}\n${mail.text}`.slice(0, SAMPLE_CHARS);
  return detectLanguage(fold(sample), [userLanguage]);
}

/** Who sent the invite, when it is a person other than the user: the first addressee of a draft. */
export function recruiterOf(result: IngestResult, ownerId: string): Interviewer | null {
  const address = result.originalSender ? normaliseAddress(result.originalSender) : null;
  if (!address || address === ownerId || AUTOMATED_MAILBOX.test(address)) return null;
  return { name: null, email: address };
}

/** The interview as stored from a forward: what ingest read, with its language and recruiter. */
export function storedInterview(
  result: IngestResult,
  input: { readonly mail: MailMessage; readonly ownerId: string },
  userLanguage: Lang,
): ParsedInterview {
  return {
    ...result.interview,
    start: result.interview.start ?? "",
    language: inviteLanguageOf(result, input.mail, userLanguage),
    recruiter: recruiterOf(result, input.ownerId),
  };
}

/**
 * A user's first forward written in another language than theirs: the confirmation offers to
 * switch (it never switches by itself). Later forwards do not ask again.
 */
export function languageToPropose(
  interview: ParsedInterview,
  earlierRounds: number,
  userLanguage: Lang,
): Lang | undefined {
  const written = interview.language;
  return earlierRounds === 0 && written && written !== userLanguage ? written : undefined;
}

/** What the undo entry and the answers call a closing, in the user's language. */
export function closingWords(outcome: ClosingOutcome, declinedOffer: boolean, language: Lang): string {
  const { changes } = catalogueOf(language);
  return outcome === "withdrawn" && declinedOffer ? changes.offerDeclined : changes[outcome];
}

/**
 * A settings command as the answer will word it: in the user's language, or in the new one when
 * the command changes it ("Sprache Deutsch" is answered in German).
 */
export function settingsCommandIn(written: string, language: Lang): SettingsCommand | null {
  const command = parseSettingsCommand(written, language);
  const next = command?.kind === "change" ? command.changes.language : undefined;
  return next && next !== language ? parseSettingsCommand(written, next) : command;
}

/** The languages a user's replies are read in: theirs, and English, which everyone may write. */
export function replyLanguages(language: Lang): Lang[] {
  return language === "en" ? ["en"] : [language, "en"];
}
