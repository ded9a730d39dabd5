import type { ZoneWords } from "../invite-lexicon";

/** Italian zone words ("ora italiana", "ora di Roma"). */
export const IT_ZONES: ZoneWords = {
  "ora italiana": "Europe/Rome",
  "ora di roma": "Europe/Rome",
  "ora dell'europa centrale": "Europe/Rome",
  "ora legale italiana": "Europe/Rome",
  "ora svizzera": "Europe/Zurich",
  "ora di milano": "Europe/Rome",
  "ora locale italiana": "Europe/Rome",
  "ora di lugano": "Europe/Zurich",
  "ora di zurigo": "Europe/Zurich",
  "ora di londra": "Europe/London",
  "ora del regno unito": "Europe/London",
  "ora inglese": "Europe/London",
};
