/**
 * Writes dates and times as people of each language write them: "Wed, Nov 25 at 9:00 AM",
 * "Di., 16. März um 14:00 Uhr", "mardi 16 mars à 14 h", in the user's zone, with the interview's
 * own zone beside it when that is different ("8:00 PM Central European Time (2:00 PM Eastern
 * Time)"). Never an ISO string, never an IANA id. (Reading dates is ingest's when.ts.)
 */
import { DateTime } from "luxon";
import type { Lang } from "../language/lang";

/** How one language writes a day, a time of day, and the two together. */
interface DateStyle {
  /** The locale Intl and luxon name weekdays, months and zones in. */
  readonly locale: string;
  /** Intl options for a day: which weekday and month forms the language uses in running text. */
  readonly day: Pick<Intl.DateTimeFormatOptions, "weekday" | "month">;
  readonly time: (value: DateTime) => string;
  readonly dayAndTime: (day: string, time: string, value: DateTime) => string;
  readonly unknownTime: string;
  readonly unknownDay: string;
  /** A zone Intl has no name for: "Kolkata time". */
  readonly cityTime: (city: string) => string;
}

const STYLES: Record<Lang, DateStyle> = {
  en: {
    locale: "en-US",
    day: { weekday: "short", month: "short" },
    time: (value) => value.toFormat("h:mm a"),
    dayAndTime: (day, time) => `${day} at ${time}`,
    unknownTime: "an unknown time",
    unknownDay: "an unknown day",
    cityTime: (city) => `${city} time`,
  },
  de: {
    locale: "de-DE",
    day: { weekday: "short", month: "long" },
    time: (value) => `${value.toFormat("HH:mm")} Uhr`,
    dayAndTime: (day, time) => `${day} um ${time}`,
    unknownTime: "einer unbekannten Zeit",
    unknownDay: "einem unbekannten Tag",
    cityTime: (city) => `Zeit in ${city}`,
  },
  fr: {
    locale: "fr-FR",
    day: { weekday: "long", month: "long" },
    // French writes hours with "h": 14 h, 14 h 30.
    time: (value) => (value.minute === 0 ? value.toFormat("H 'h'") : value.toFormat("H 'h' mm")),
    dayAndTime: (day, time) => `${day} à ${time}`,
    unknownTime: "une heure inconnue",
    unknownDay: "un jour inconnu",
    cityTime: (city) => `heure de ${city}`,
  },
  es: {
    locale: "es-ES",
    day: { weekday: "long", month: "long" },
    time: (value) => value.toFormat("H:mm"),
    // "a la 1:00", "a las 14:00".
    dayAndTime: (day, time, value) => `${day} ${value.hour === 1 ? "a la" : "a las"} ${time}`,
    unknownTime: "una hora desconocida",
    unknownDay: "un día desconocido",
    cityTime: (city) => `hora de ${city}`,
  },
  pt: {
    locale: "pt-PT",
    day: { weekday: "long", month: "long" },
    time: (value) => value.toFormat("HH:mm"),
    // "à 1:00", "às 14:00".
    dayAndTime: (day, time, value) => `${day} ${value.hour === 1 ? "à" : "às"} ${time}`,
    unknownTime: "uma hora desconhecida",
    unknownDay: "um dia desconhecido",
    cityTime: (city) => `hora de ${city}`,
  },
  nl: {
    locale: "nl-NL",
    day: { weekday: "long", month: "long" },
    time: (value) => `${value.toFormat("HH:mm")} uur`,
    dayAndTime: (day, time) => `${day} om ${time}`,
    unknownTime: "een onbekend tijdstip",
    unknownDay: "een onbekende dag",
    cityTime: (city) => `tijd in ${city}`,
  },
  it: {
    locale: "it-IT",
    day: { weekday: "long", month: "long" },
    // Italian running text writes the hour without a leading zero: "alle 9:30", "all'1:15".
    time: (value) => value.toFormat("H:mm"),
    // "all'1:00", "alle 14:00".
    dayAndTime: (day, time, value) => (value.hour === 1 ? `${day} all'${time}` : `${day} alle ${time}`),
    unknownTime: "un'ora sconosciuta",
    unknownDay: "un giorno sconosciuto",
    cityTime: (city) => `ora di ${city}`,
  },
};

/**
 * Intl formatters cost far more to build than to use, and every email formats several dates:
 * one per locale, options and zone, kept for the life of the process (a few dozen at most).
 */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let made = FORMATTERS.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    FORMATTERS.set(key, made);
  }
  return made;
}

/** The BCP 47 locale a language's dates, numbers and lists are written in. */
export function localeOf(language: Lang): string {
  return STYLES[language].locale;
}

/** "Central Time", "Nordamerikanische Zentralzeit", "Central European Time"; "UTC" for UTC. */
export function zoneLabel(zone: string, at: DateTime = DateTime.utc(), language: Lang = "en"): string {
  if (/^(?:Etc\/)?(?:UTC|GMT|Zulu|UCT|Universal)$/i.test(zone)) return "UTC";
  const style = STYLES[language];
  try {
    const name = formatter(style.locale, { timeZone: zone, timeZoneName: "longGeneric" })
      .formatToParts(at.toJSDate())
      .find((part) => part.type === "timeZoneName")?.value;
    if (name && !/^(?:GMT|UTC)[+-−]/.test(name)) return name;
    const city = zone.split("/").pop()?.replace(/_/g, " ");
    return city && !/^GMT|^Etc/.test(city) ? style.cityTime(city) : (name ?? zone);
  } catch {
    return zone;
  }
}

export interface WhenOptions {
  /** Name the zone after the time ("… Central Time"). */
  readonly withZone?: boolean;
  /** The interview's own zone: shown beside when it differs from the user's. */
  readonly otherZone?: string | null;
  /** Years other than this one are written out ("Tue, Jan 5, 2027"). */
  readonly year?: number | null;
  readonly language?: Lang;
}

function day(value: DateTime, year: number | null | undefined, language: Lang): string {
  const withYear = year !== undefined && year !== null && value.year !== year;
  if (language === "en") return value.toFormat(withYear ? "ccc, LLL d, yyyy" : "ccc, LLL d");
  const style = STYLES[language];
  return formatter(style.locale, {
    ...style.day,
    day: "numeric",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: value.zoneName ?? "UTC",
  }).format(value.toJSDate());
}

function time(value: DateTime, language: Lang): string {
  return STYLES[language].time(value.setLocale(STYLES[language].locale));
}

/** "Wed, Nov 25 at 9:00 AM" (+ the zone, + the interview's own time when its zone differs). */
export function formatWhen(iso: string, zone: string, options: WhenOptions = {}): string {
  const language = options.language ?? "en";
  const style = STYLES[language];
  const value = DateTime.fromISO(iso, { setZone: true }).setZone(zone);
  if (!value.isValid) return style.unknownTime;
  let text = style.dayAndTime(day(value, options.year, language), time(value, language), value);
  if (options.withZone) text += ` ${zoneLabel(zone, value, language)}`;
  const other = options.otherZone;
  if (other && other !== zone) {
    const there = value.setZone(other);
    if (
      there.isValid &&
      (there.offset !== value.offset ||
        zoneLabel(other, there, language) !== zoneLabel(zone, value, language))
    ) {
      const sameDay = there.hasSame(value, "day");
      const thereDay = sameDay ? "" : `${day(there, options.year, language)}, `;
      text += ` (${thereDay}${time(there, language)} ${zoneLabel(other, there, language)})`;
    }
  }
  return text;
}

/** "Fri, Dec 4" for a local calendar date (YYYY-MM-DD). */
export function formatDay(date: string, year?: number | null, language: Lang = "en"): string {
  const value = DateTime.fromISO(date.slice(0, 10), { zone: "utc" });
  return value.isValid ? day(value, year, language) : STYLES[language].unknownDay;
}

/** How the day of an event reads on another day: the letters of each language phrase it. */
export type RelativeDay =
  | { readonly kind: "today" }
  | { readonly kind: "yesterday" }
  /** Within the last week: "on Tuesday". */
  | { readonly kind: "weekday"; readonly weekday: string }
  /** Longer ago: "on Nov 18". */
  | { readonly kind: "date"; readonly date: string };

/**
 * How the day of `event` reads on the day of `now`, in `zone`: today, yesterday, a weekday within
 * a week, or the date; weekday and date in the given language.
 */
export function relativeDay(event: string, now: DateTime, zone: string, language: Lang = "en"): RelativeDay {
  const then = DateTime.fromISO(event, { setZone: true }).setZone(zone).startOf("day");
  const today = now.setZone(zone).startOf("day");
  if (!then.isValid) return { kind: "today" };
  const days = Math.round(today.diff(then, "days").days);
  if (days <= 0) return { kind: "today" };
  if (days === 1) return { kind: "yesterday" };
  const local = then.setLocale(STYLES[language].locale);
  if (days < 7) return { kind: "weekday", weekday: local.toFormat("cccc") };
  return {
    kind: "date",
    date:
      language === "en"
        ? local.toFormat("LLL d")
        : formatter(STYLES[language].locale, {
            day: "numeric",
            month: "long",
            timeZone: zone,
          }).format(then.toJSDate()),
  };
}
