/**
 * The order of a numeric date ("4/6") by where the writer is: English in a United States zone
 * (or the Philippines') puts the month first; English anywhere else the day (Europe, Asia,
 * Africa, Oceania, the rest of the Americas); in Canada both are common, so an order-ambiguous
 * date is asked about. The other languages put the day first everywhere. A zone that names no
 * place (UTC) keeps the language's own order.
 */
import type { Lang } from "../lang";

/** IANA zones of the United States and its territories, and the Philippines (month first). */
const MONTH_FIRST =
  /^(?:America\/(?:New_York|Detroit|Kentucky\/.+|Indiana\/.+|Chicago|Menominee|North_Dakota\/.+|Denver|Boise|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Metlakatla|Yakutat|Nome|Adak|Puerto_Rico|Fort_Wayne|Indianapolis|Louisville|Shiprock)|US\/.+|Pacific\/(?:Honolulu|Guam|Saipan|Pago_Pago)|Asia\/Manila|EST5EDT|CST6CDT|MST7MDT|PST8PDT)$/;

const CANADA =
  /^(?:America\/(?:Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal|Moncton|Whitehorse|Yellowknife|Iqaluit|Glace_Bay|Goose_Bay|Dawson_Creek|Creston|Fort_Nelson|Swift_Current|Rankin_Inlet|Resolute|Cambridge_Bay|Inuvik|Dawson|Atikokan|Blanc-Sablon)|Canada\/.+)$/;

/** A zone in a place: a continent or an ocean's islands, not UTC or Etc/GMT+3. */
const PLACED = /^(?:Europe|Asia|Africa|Australia|America|Atlantic|Indian|Pacific|Antarctica)\//;

export function numericOrderOf(zone: string, lang: Lang): "month-first" | "day-first" | null | undefined {
  if (lang !== "en") return "day-first";
  if (MONTH_FIRST.test(zone)) return "month-first";
  if (CANADA.test(zone)) return null;
  return PLACED.test(zone) ? "day-first" : undefined;
}
