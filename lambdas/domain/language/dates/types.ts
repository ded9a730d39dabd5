import type { DateTime } from "luxon";
import type { Lang } from "../lang";

/** A date or time read from a short text, in the zone it was written in. */
export interface DateReading {
  /** The wall-clock time in `zone` (00:00 when no time of day was written). */
  readonly start: DateTime;
  /** A time of day was written ("2pm", "um 14:00"), not only a day. */
  readonly hasTime: boolean;
  /** A day was written ("Dec 3", "dinsdag", "the 17th", "after the holidays"), not only a time. */
  readonly hasDay: boolean;
  /** Where in the text the date was found, and the words read. */
  readonly index: number;
  readonly text: string;
}

/** The user's business days: the holiday periods ("after the holidays") end on one. */
export interface HolidayCalendar {
  isBusinessDay(day: DateTime): boolean;
}

export interface ReadDateOptions {
  readonly now: DateTime;
  /** IANA zone the text's wall-clock times are in. */
  readonly zone: string;
  readonly lang: Lang;
  /** A day without a year is the next one (a next round, a decision); else the closest one. */
  readonly forward: boolean;
  /** A count of days or weeks without its "in" word is a span from now ("snooze 1 Woche"). Default false. */
  readonly bareSpan?: boolean;
  /** Meeting context: a bare hour 1–7 ("at 3") is in the afternoon. Default true. */
  readonly meeting?: boolean;
  /**
   * How to read "4/6": by the sender's locale. Default: the language's own order (en month
   * first); null when unknown, and then a numeric date that could be either is not read.
   */
  readonly numericOrder?: "month-first" | "day-first" | null;
  /** Holiday periods end on the next business day of this calendar; weekdays only without one. */
  readonly calendar?: HolidayCalendar;
}
