/**
 * The one place chrono-node's parsers run, for replies (./read) and invitations (ingest) alike:
 * each language's casual parser. Runs are counted, so a test can hold the readers to their
 * budget: an English invitation our own readers date needs no parser run (issue 20).
 */
import * as chrono from "chrono-node";
import type { Lang } from "../lang";

export type { ParsedResult } from "chrono-node";

const PARSERS: Readonly<Record<Lang, chrono.Chrono>> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
};

let runs = 0;

/** How many times a parser has run in this process. */
export function chronoRuns(): number {
  return runs;
}

export interface ChronoReference {
  /** The reference instant: relative words ("tomorrow", "vendredi") count from it. */
  readonly instant: Date;
  /** Its offset from UTC in minutes, where the text's wall times are read. */
  readonly offsetMinutes: number;
  /** A date without a year, or a weekday alone, is the next one rather than the nearest. */
  readonly forward: boolean;
}

/** Every date and time chrono's parser for `lang` reads in `text`. */
export function parseDates(text: string, lang: Lang, reference: ChronoReference): chrono.ParsedResult[] {
  runs++;
  return PARSERS[lang].parse(
    lang === "es" || lang === "pt"
      ? text.replace(HOURS_AFTER_A_MONTH, ",$1").replace(HOUR_AFTER_A_COMMA, ";")
      : lang === "en"
        ? text
        : text.replace(HOUR_AFTER_A_COMMA, ";"),
    { instant: reference.instant, timezone: reference.offsetMinutes },
    { forwardDate: reference.forward },
  );
}

/**
 * "2 de diciembre de 10 a 11:30": chrono reads "de 10" after a month as the year 2010. A comma in
 * place of the space before it (the text keeps its length) leaves "de 10 a 11:30" the hours it is.
 */
const HOURS_AFTER_A_MONTH = /(?<=\p{L}{3}) (de \d{1,2})(?=\s*(?:h\s*)?(?:a|al|hasta|até|às|-|–)\s*\d)/giu;
/**
 * "martes 2 de octubre, 5 p. m.", "Dienstag, 1. Dezember, 14 Uhr": chrono reads "octubre, 5" as the
 * year 2005 and loses the hour. A semicolon for the comma leaves the date, and the hour after it
 * on its line is the date's.
 */
const HOUR_AFTER_A_COMMA =
  /(?<=\p{L}{3}),(?=\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|h|hs|hrs|horas|uhr|uur|u|heures?|ore)(?![\p{L}]))/giu;
