import type { ZoneWords } from "../invite-lexicon";

/** Zone names written out in English that the abbreviations do not cover. */
export const EN_ZONES: ZoneWords = {
  "japan standard time": "Asia/Tokyo",
  "korea standard time": "Asia/Seoul",
  "china standard time": "Asia/Shanghai",
  "hong kong time": "Asia/Hong_Kong",
  "brasilia time": "America/Sao_Paulo",
  "argentina time": "America/Argentina/Buenos_Aires",
  "central africa time": "Africa/Maputo",
  "east africa time": "Africa/Nairobi",
  "west africa time": "Africa/Lagos",
  "moscow time": "Europe/Moscow",
  "israel time": "Asia/Jerusalem",
  "gulf time": "Asia/Dubai",
  "pakistan standard time": "Asia/Karachi",
  "philippine time": "Asia/Manila",
  "atlantic time": "America/Halifax",
  "newfoundland time": "America/St_Johns",
  "arizona time": "America/Phoenix",
};
