import type { DateTime } from "luxon";
import type { Lang } from "../language/lang";
import type { ReminderKind } from "../types";
import type { Correction } from "./corrections";

export type ReplyIntent =
  | "thanked"
  | "decision-date"
  | "followed-up"
  | "heard-back"
  | "next-round"
  | "offer"
  | "rejected"
  | "withdrawn"
  | "snooze"
  | "undo"
  | "reopen"
  | "correct"
  | "status"
  | "export"
  | "help"
  | "check"
  | "forget"
  | "unknown";

export interface UnderstoodReply {
  readonly intent: ReplyIntent;
  /**
   * The language the reply is written in, detected among the seven read; understandReply always
   * sets it (optional only so that a step logged from `also` is a reply too).
   */
  readonly language?: Lang;
  /**
   * decision-date: YYYY-MM-DD; thanked, followed-up: YYYY-MM-DD the note was sent; next-round: its
   * start (ISO with offset, or YYYY-MM-DD when no time was given); snooze: the instant to remind at;
   * heard-back, rejected, withdrawn: YYYY-MM-DD it happened, when the reply names the day;
   * correct: the interview's day a role's or company's correction goes on to name.
   */
  readonly date: string | null;
  /** check: the draft to check; forget: the company, or "everything". */
  readonly argument?: string;
  /** correct: which field the user corrects, and to what. */
  readonly correction?: Correction;
  /** unknown: an automatic answer (out of office): never acted on, never answered. */
  readonly automatic?: boolean;
  /** withdrawn: the user turned down their offer (not an offer accepted). */
  readonly declinedOffer?: boolean;
  /**
   * offer, rejected, withdrawn: read, but not plainly stated by the user about their own
   * application (a hope, a mix, a phrase only half recognised): ask "Did you mean …? Reply yes"
   * and change nothing until then. next-round: a day and hour to come with no meeting named.
   */
  readonly needsConfirmation?: boolean;
  /** offer, rejected, withdrawn: the clause they were read from, as written. */
  readonly evidence?: string;
  /** unknown: the whole reply is a bare yes or no ("yes", "oui", "nee"), answering a question. */
  readonly answer?: "yes" | "no";
  /** unknown: the likeliest commands, best first, for a short "did you mean …?". */
  readonly suggestions?: readonly string[];
  /**
   * Further steps the same reply logs ("they said Friday — sent my thank-you too"): thanked,
   * decision-date or followed-up, each with its date as above.
   */
  readonly also?: ReadonlyArray<{
    readonly intent: "thanked" | "decision-date" | "followed-up";
    readonly date: string | null;
  }>;
}

export interface UnderstandOptions {
  readonly now: DateTime;
  readonly zone: string;
  /** Local time a day-only snooze ("remind me Monday") goes off; default 09:00. */
  readonly sendTime?: string;
  /** The prompt the reply answers, when known: a bare "sent" to a follow-up logs the follow-up. */
  readonly replyingTo?: ReminderKind | null;
  /** The reply's subject: "Automatic reply: …" is an out-of-office notice. */
  readonly subject?: string;
  /** The interview's company: news about another one ("an offer from Lumen") is not about it. */
  readonly company?: string | null;
  /**
   * The user's languages, likeliest first (default English): they break ties in detection, and a
   * closing written in another language is asked about rather than applied.
   */
  readonly languages?: readonly Lang[];
}

/** What a reader returns; understandReply adds the language. */
export type Reading = Omit<UnderstoodReply, "language">;
