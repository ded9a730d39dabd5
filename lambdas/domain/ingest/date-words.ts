/** The English words and shapes of dates: months, weekdays, "Tuesday, December 1", "01/12/2026", "tomorrow". */

export const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
export const WEEKDAYS =
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?";

export function monthNumber(word: string): number {
  const key = word.slice(0, 3).toLowerCase();
  return (
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(key) + 1
  );
}

export function weekdayNumber(word: string): number {
  const key = word.slice(0, 2).toLowerCase();
  return ["mo", "tu", "we", "th", "fr", "sa", "su"].indexOf(key) + 1;
}

export const ORDINAL = "(?:st|nd|rd|th)?";
/** "Tuesday, December 1, 2026", "Tue Dec 1", "December 1st" */
export const MONTH_FIRST = new RegExp(
  `\\b(?:(${WEEKDAYS})\\.?,?\\s+(?:the\\s+)?)?(${MONTHS})\\.?\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s+(\\d{4})\\b)?`,
  "gi",
);
/** "Tuesday 1 December 2026", "1st of Dec", "Tue, 01 Dec" */
export const DAY_FIRST = new RegExp(
  `\\b(?:(${WEEKDAYS})\\.?,?\\s+(?:the\\s+)?)?(\\d{1,2})${ORDINAL}\\.?(?:\\s+of)?\\s+(${MONTHS})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
  "gi",
);
/** "01/12/2026", "2026-12-01", "1.12.2026", "Tue 12/01/26" */
export const NUMERIC = new RegExp(
  `(?:\\b(${WEEKDAYS})\\.?,?\\s+)?(?<![\\d./-])(\\d{1,4})([/.-])(\\d{1,2})\\3(\\d{4}|\\d{2})(?![\\d]|[./-]\\d)`,
  "gi",
);
/** "Tue 12/01" (no year): only after a weekday or "on", where it cannot be a fraction or "24/7". */
export const NUMERIC_SHORT = new RegExp(
  `(?:\\b(${WEEKDAYS})\\.?,?\\s+|\\bon\\s+)(\\d{1,2})/(\\d{1,2})(?![\\d/])`,
  "gi",
);
/** "12/3 at 11am", "12/3, 2:30": a day and month without a year, right before a clock time. */
export const NUMERIC_BEFORE_TIME =
  /(?<![\d./-])(\d{1,2})\/(\d{1,2})(?=,?\s*(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\b|[:h]\d))/gi;
export const RELATIVE = /\b(today|tonight|tomorrow|day after tomorrow)\b/gi;
/** The alternatives of WEEKDAY_ALONE, one per line. */
const WEEKDAY_ALONE_ALTERNATIVES: readonly string[] = [
  "\\b(?:(this|next|coming|following)\\s+)?(monday|tuesday|tues|wednesday|thursday|thurs|friday|saturday|sunday)\\b",
  "\\b(?:(This|Next|this|next)\\s+)?(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?(?=\\s+(?:at\\s+|@\\s*)?\\d)",
];

/** A weekday on its own: full names in any case, abbreviations only as "Tue 2pm" or "Tue, at 2pm". */
export const WEEKDAY_ALONE = new RegExp(String.raw`${WEEKDAY_ALONE_ALTERNATIVES.join("|")}`, "gi");
/** "Monday the 7th", "Tue, the 1st", "Friday 11th": a weekday and a day of the month, the month left out. */
export const WEEKDAY_THE_DAY = new RegExp(
  `\\b(${WEEKDAYS})\\.?,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b`,
  "gi",
);
