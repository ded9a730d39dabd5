import type { WeekdayNumbers } from "luxon";
import type { Lang } from "../lang";
import type { DayRule, HolidayPeriod, Phrases } from "../lexicon";
import { LEXICONS } from "../lexicons";
import { escapeRegExp, fold } from "../phrases";

function alternation(phrases: Phrases): string {
  return [...phrases]
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, "\\s+"))
    .join("|");
}

/** Per language, built once from its lexicon: date words, abbreviations to write out, our rules' patterns. */
export interface Prepared {
  readonly dateWords: Phrases;
  readonly expand: ReadonlyArray<readonly [RegExp, string]>;
  readonly periods: ReadonlyArray<{
    readonly period: HolidayPeriod;
    readonly side: "after" | "before";
    readonly pattern: RegExp;
  }>;
  readonly mids: ReadonlyArray<{
    readonly part: "early" | "mid" | "late";
    readonly month: number;
    readonly pattern: RegExp;
  }>;
  /** "fin de mes", "Ende des Monats", "a fine mese": the month's part named, this month. */
  readonly thisMonth: ReadonlyArray<{ readonly part: "early" | "mid" | "late"; readonly pattern: RegExp }>;
  /** A weekday, then next week: "vendredi de la semaine prochaine", "Freitag in einer Woche". */
  readonly weekdayNextWeek: ReadonlyArray<{ readonly weekday: WeekdayNumbers; readonly pattern: RegExp }>;
  /** "fim da semana que vem", "Anfang nächster Woche": group 1 when early (Monday), else Friday. */
  readonly nextWeekPart: RegExp;
  readonly nextWeekAlone: RegExp;
  /** "end of the week", "fin de semaine", "Ende der Woche": group 1 when early (Monday), else Friday. */
  readonly thisWeekPart: RegExp;
  readonly bareDay: RegExp;
  /**
   * A month name, then its day: "octubre 15", "Sept 3rd" (chrono reads some as a year); not a
   * month that has its day before it, nor an hour after it ("30. Oktober, 10.15 Uhr").
   */
  readonly monthDays: ReadonlyArray<{ readonly month: number; readonly pattern: RegExp }>;
  /** An ordinal weekday name before a word that is no date or time word: "segunda fase" (global). */
  readonly ordinal: RegExp | null;
  /** Each weekday's names (three letters and more), Monday first. */
  readonly weekdayNames: readonly RegExp[];
  /**
   * A part of an hour in words, the hour (digits or a number word) in group 1 (see
   * DateLexicon.hourParts), global. `alone`: its words come before the hour and are more than one
   * ("kwart over", "viertel nach"), so they name a time with no "at" word before them.
   */
  readonly hourParts: ReadonlyArray<{
    readonly minutes: number;
    readonly alone: boolean;
    readonly pattern: RegExp;
  }>;
  /**
   * A clock time: after an "at" word the hour (group 1) and minutes (2); else hour and minutes
   * with ":" or "h" (3, 4), or with "." before a clock word (5, 6); or an hour before a clock
   * word (7). Then a clock word (8), and an afternoon (9) or morning (10) word.
   */
  readonly time: RegExp;
  /**
   * The language writes the day's hours 0 to 23 ("7.30 uur", "7:30 Uhr", "7h30" is the morning;
   * the evening is "19.30"): only English writes a 12-hour clock.
   */
  readonly hours24: boolean;
  /** "noon", "midi", "meio-dia" (group 1), "midnight", "minuit" (group 2). */
  readonly noon: RegExp;
  /** A named day ("thanksgiving", "Aschermittwoch"), after an "after" (group 1) or "before" (2) word. */
  readonly namedDays: ReadonlyArray<{ readonly rule: DayRule; readonly pattern: RegExp }>;
  /** "the day after", "le lendemain du", just before a date. */
  readonly dayAfter: RegExp;
  /** An "after" word just before a date: "après le", "nach dem", "dopo il". */
  readonly afterDate: RegExp;
  readonly offsets: ReadonlyArray<readonly [RegExp, number]>;
  readonly span: RegExp;
  /** A span without its "in" word ("1 Woche", "une semaine"): from now only where a span is meant (a snooze). */
  readonly bareSpan: RegExp;
  /** A "late"/"early" word just before a week phrase: "fin de semaine prochaine", "Anfang nächster Woche". */
  readonly weekPart: RegExp;
  readonly week: RegExp;
}

const cache = new Map<Lang, Prepared>();

export function prepared(lang: Lang): Prepared {
  let ready = cache.get(lang);
  if (ready) return ready;
  const lexicon = LEXICONS[lang];
  const names = [...lexicon.months, ...lexicon.weekdays];
  const dateWords = [
    ...names.flat().filter((word) => word.length >= 3),
    ...lexicon.relative,
    ...lexicon.dayOffsets.map(([phrase]) => phrase),
    ...Object.values(lexicon.holidays).flat(),
    ...lexicon.nextWeek,
    ...lexicon.thisWeek,
    ...lexicon.units.month,
    ...lexicon.namedDays.flatMap(([names]) => names),
    ...lexicon.noon,
    ...lexicon.midnight,
  ];
  // "tues", "thurs", "sept": abbreviations of four letters and more are unambiguous; write them out.
  // Shorter ones ("Do.", "mié", "ter.") only with a dot or before a number, and never a month's.
  const monthShort = new Set(lexicon.months.flat().map(fold));
  const expand = names.flatMap(([full = "", ...short]) =>
    short.flatMap((word) => {
      const bare = word.replace(/\.$/, "");
      // A row written with its dot ("ter.": "ter" is a verb too) needs the dot.
      const dot = word.endsWith(".") ? "\\." : "(?:\\.|(?=,?\\s*\\d))";
      const tail = bare.length >= 4 ? "\\.?" : monthShort.has(fold(bare)) ? null : dot;
      if (tail === null) return [];
      return [[new RegExp(`(?<![\\p{L}])${escapeRegExp(bare)}${tail}(?![\\p{L}])`, "giu"), full] as const];
    }),
  );
  const article = "(?:(?:the|de|des|del|la|le|les|o|a|das|den|dem|der)\\s+)?";
  const periods = (Object.entries(lexicon.holidays) as Array<[HolidayPeriod, Phrases]>).flatMap(
    ([period, words]) =>
      (
        [
          ["after", [...lexicon.after, ...lexicon.until]],
          ["before", lexicon.before],
        ] as const
      ).map(([side, markers]) => ({
        period,
        side,
        pattern: new RegExp(
          `(?<![\\p{L}])(?:${alternation(markers)})\\s*${article}(?:${alternation(words)})(?![\\p{L}])`,
          "u",
        ),
      })),
  );
  const parts = [
    ["early", lexicon.early],
    ["mid", lexicon.mid],
    ["late", lexicon.late],
  ] as const;
  const mids = parts.flatMap(([part, words]) =>
    lexicon.months.map((month, index) => ({
      part,
      month: index + 1,
      pattern: new RegExp(
        `(?<![\\p{L}])(?:${alternation(words)})[\\s-]*(?:(?:of|de|del|des|do|da|von|di|van)\\s+)?(?:${alternation(month)})(?![\\p{L}])`,
        "u",
      ),
    })),
  );
  // A weekday before the number names the day too ("jueves 11", "Freitag, 12."), unless a clock
  // suffix follows ("Freitag 10 Uhr", "friday 3pm").
  const dayWords = [...lexicon.dayOfMonth, ...lexicon.weekdays.flat().filter((word) => word.length >= 3)];
  const between =
    "(?:(?:of|the|de|del|des|du|do|da|della|di|von|vom|dem|der|van|la|le|il|el|o|a|al|ao|in)\\s+)*";
  // "eind deze maand", "end of this month", "fine di questo mese": the month said as this one.
  const demonstrative =
    "(?:(?:this|deze|dit|dieses|diesen|diesem|ce|cette|este|esta|deste|desta|neste|nesta|questo|questa|quest')\\s*)?";
  // Or the month first: "Monatsende", "maandeinde", "month-end", "month end".
  const thisMonth = parts.map(([part, words]) => ({
    part,
    pattern: new RegExp(
      `(?<![\\p{L}])(?:(?:${alternation(words)})[\\s-]*${between}${demonstrative}(?:${alternation(lexicon.units.month)})|(?:${alternation(lexicon.units.month)})[\\s-]?(?:${alternation(words)}))(?![\\p{L}])`,
      "u",
    ),
  }));
  const nextWeek = alternation(lexicon.nextWeek);
  const weekdayNextWeek = lexicon.weekdays.map((names, index) => {
    const weekday = alternation(names.filter((name) => name.length >= 3));
    return {
      weekday: (index + 1) as WeekdayNumbers,
      // "Freitag in einer Woche", or "volgende week woensdag", "next week on Wednesday".
      pattern: new RegExp(
        `(?<![\\p{L}])(?:(?:${weekday}),?\\s+${between}(?:${nextWeek})|(?:${nextWeek}),?\\s+(?:(?:on|am|op|le|el|il|o|a|na|no)\\s+)?(?:${weekday}))(?![\\p{L}])`,
        "u",
      ),
    };
  });
  const nextWeekPart = new RegExp(
    `(?<![\\p{L}])(?:(${alternation(lexicon.early)})|${alternation(lexicon.late)})\\s*${between}(?:${nextWeek})(?![\\p{L}])`,
    "u",
  );
  const thisWeekPart = new RegExp(
    `(?<![\\p{L}])(?:(${alternation(lexicon.early)})|${alternation(lexicon.late)})\\s*${between}(?:${alternation(lexicon.thisWeek)})(?![\\p{L}])`,
    "u",
  );
  const nextWeekAlone = new RegExp(`(?<![\\p{L}])(?:${nextWeek})(?![\\p{L}])`, "u");
  // Or a day with English ordinal letters and no noun after it ("on 16th", "round 2: 21st 10am",
  // not "2nd round"), as British and Indian English write it without an article.
  const ordinalAlone =
    "(?<![\\p{L}\\p{N}/.:-])(?=\\d{1,2}(?:st|nd|rd|th)(?![\\p{L}\\d])(?!\\s+(?!(?:at|and|or)(?![\\p{L}]))\\p{L}))";
  const bareDay = new RegExp(
    `(?:(?<![\\p{L}])(?:${alternation(dayWords)})(?:,?\\s+|(?<='))|${ordinalAlone})(\\d{1,2})(?!\\s*[/.-]\\s*\\d)(?!\\s*(?::\\d|(?:am|pm|a\\.m|p\\.m|${alternation([...lexicon.clock, ...lexicon.afternoon, ...lexicon.morning])})(?![\\p{L}])))(?:st|nd|rd|th|er|eme|e|o|a|º|ª|\\.)?(?![\\p{L}\\d])(?!\\.?\\s*(?:of\\s+|de\\s+)?(?:${alternation(lexicon.months.flat())})(?![\\p{L}]))`,
    "u",
  );
  const ordinals = lexicon.ordinalWeekdays;
  const ordinal = ordinals
    ? new RegExp(
        `(?<![\\p{L}])(?:${alternation(ordinals.names)})(?=\\s+(?:${alternation(ordinals.counted)})(?![\\p{L}]))`,
        "gu",
      )
    : null;
  const monthDays = lexicon.months.map((names, index) => ({
    month: index + 1,
    pattern: new RegExp(
      `(?<![\\p{L}]|\\d\\.?\\s{0,2})(?:${alternation(names)})\\.?,?\\s+(\\d{1,2})(?:st|nd|rd|th|er|º|o)?(?![\\p{L}\\d]|\\s*[:h.]\\d|[.,]?\\s*\\d{4})`,
      "u",
    ),
  }));
  const weekdayNames = lexicon.weekdays.map(
    (names) =>
      new RegExp(
        `(?<![\\p{L}])(?:${alternation(names.filter((name) => name.length >= 3))})(?![\\p{L}])`,
        "u",
      ),
  );
  const hourWord = `(\\d{1,2}|${alternation(lexicon.numbers.flat())})`;
  const clock = alternation(lexicon.clock);
  const hourParts = lexicon.hourParts.map(([phrase, position, minutes]) => ({
    minutes,
    alone: position === "before" && /\s/.test(phrase.trim()),
    pattern: new RegExp(
      position === "after"
        ? `(?<![\\p{L}\\d])${hourWord}(?:\\s*(?:${clock}))?\\s+${alternation([phrase])}(?![\\p{L}])`
        : `(?<![\\p{L}])${alternation([phrase])}\\s+${hourWord}(?![\\p{L}\\d])`,
      "gu",
    ),
  }));
  const afternoon = alternation(lexicon.afternoon);
  const morning = alternation(lexicon.morning);
  // A clock word, an afternoon or a morning word ends a bare hour as a time: "3 Uhr", "3pm", "3 da tarde".
  const ends = `(?:${clock}|${afternoon}|${morning})(?![\\p{L}])`;
  // A one-letter clock word parts hour and minutes as "h" does: "13u30" (Flemish), "14h30".
  const parting = [...new Set(["h", ...lexicon.clock.filter((word) => /^\p{L}$/u.test(word))])].join("");
  const time = new RegExp(
    `(?:(?<![\\p{L}])(?:${alternation(lexicon.at)})\\s*(\\d{1,2})(?:\\s*[:.${parting}]\\s*(\\d{2}))?|(?<![\\d.:/])(\\d{1,2})(?::|[${parting}]|\\s?h\\s(?=\\d{2}(?!\\d)))(\\d{2})?|(?<![\\d.:/])(\\d{1,2})\\.(\\d{2})(?=\\s*(?:${clock})(?![\\p{L}]))|(?<![\\d.:/])(\\d{1,2})(?=\\s*${ends}))(?![\\d/]|\\.\\d)(?:\\s*(${clock})(?![\\p{L}]))?(?:\\s*(?:(${afternoon})|(${morning}))(?![\\p{L}]))?`,
    "u",
  );
  const noon = new RegExp(
    `(?<![\\p{L}])(?:(${alternation(lexicon.noon)})|(${alternation(lexicon.midnight)}))(?![\\p{L}])`,
    "u",
  );
  const markers = `(?:(${alternation(lexicon.after)})|(${alternation(lexicon.before)}))`;
  const namedDays = lexicon.namedDays.map(([names, rule]) => ({
    rule,
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${markers}\\s*${article})?(?:${alternation(names)})(?![\\p{L}])`,
      "u",
    ),
  }));
  const dayAfter = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.dayAfter)})\\s*${article}$`, "u");
  const afterDate = new RegExp(
    `(?<![\\p{L}])(?:${alternation(lexicon.after)})\\s*${article}(?:(?:${alternation(lexicon.dayOfMonth)})\\s+)?$`,
    "u",
  );
  const offsets = [...lexicon.dayOffsets]
    .sort(([a], [b]) => b.length - a.length)
    .map(
      ([phrase, days]) =>
        [new RegExp(`(?<![\\p{L}])${alternation([phrase])}(?![\\p{L}])`, "u"), days] as const,
    );
  const { units } = lexicon;
  const counted = `(\\d{1,2}|${alternation(lexicon.numbers.flat())})\\s+(?:(${alternation(units.day)})|(${alternation(units.week)})|(${alternation(units.month)}))(?![\\p{L}])`;
  const span = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.within)})\\s+${counted}`, "u");
  const bareSpan = new RegExp(`(?<![\\p{L}\\d])${counted}`, "u");
  const weekPart = new RegExp(
    `(?<![\\p{L}])(?:(${alternation(lexicon.early)})|${alternation(lexicon.late)})\\s+(?:(?:of|the|de|la|des|van|di|del|do|da|der|des)\\s+)*$`,
    "u",
  );
  const week = new RegExp(`(?<![\\p{L}])(?:${alternation(units.week)})(?![\\p{L}])`, "u");
  ready = {
    dateWords,
    expand,
    periods,
    mids,
    thisMonth,
    weekdayNextWeek,
    nextWeekPart,
    nextWeekAlone,
    thisWeekPart,
    bareDay,
    monthDays,
    ordinal,
    weekdayNames,
    hourParts,
    time,
    hours24: lang !== "en",
    noon,
    namedDays,
    dayAfter,
    afterDate,
    offsets,
    span,
    bareSpan,
    weekPart,
    week,
  };
  cache.set(lang, ready);
  return ready;
}
