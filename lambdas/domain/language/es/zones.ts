import type { ZoneWords } from "../invite-lexicon";

/** Spanish zone words ("hora peninsular", "hora del centro" of Mexico). */
export const ES_ZONES: ZoneWords = {
  "hora peninsular": "Europe/Madrid",
  "hora peninsular española": "Europe/Madrid",
  "hora de madrid": "Europe/Madrid",
  "hora de españa": "Europe/Madrid",
  "hora de canarias": "Atlantic/Canary",
  "hora del centro": "America/Mexico_City",
  "hora centro": "America/Mexico_City",
  "hora de ciudad de méxico": "America/Mexico_City",
  "hora de méxico": "America/Mexico_City",
  "hora de colombia": "America/Bogota",
  "hora de bogotá": "America/Bogota",
  "hora de argentina": "America/Argentina/Buenos_Aires",
  "hora de buenos aires": "America/Argentina/Buenos_Aires",
  "hora de chile": "America/Santiago",
  "hora de lima": "America/Lima",
  "hora de perú": "America/Lima",
};
