import type { ZoneWords } from "../invite-lexicon";

/** French zone words ("heure de Paris", "heure de l'Est"). */
export const FR_ZONES: ZoneWords = {
  "heure de paris": "Europe/Paris",
  "heure française": "Europe/Paris",
  "heure de france": "Europe/Paris",
  "heure de bruxelles": "Europe/Brussels",
  "heure de genève": "Europe/Zurich",
  "heure suisse": "Europe/Zurich",
  "heure de montréal": "America/Toronto",
  "heure de l'est": "America/Toronto",
  "heure de l’est": "America/Toronto",
  "heure normale de l'est": "America/Toronto",
  "heure d'europe centrale": "Europe/Paris",
  "heure de londres": "Europe/London",
  "heure de québec": "America/Toronto",
  "heure du québec": "America/Toronto",
  "heure belge": "Europe/Brussels",
  "heure de belgique": "Europe/Brussels",
  "heure du luxembourg": "Europe/Luxembourg",
  "heure de luxembourg": "Europe/Luxembourg",
  "heure de zurich": "Europe/Zurich",
  "heure anglaise": "Europe/London",
  "heure britannique": "Europe/London",
};
