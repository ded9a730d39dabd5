import type { ZoneWords } from "../invite-lexicon";

/** Dutch zone words ("Nederlandse tijd", "Midden-Europese Tijd"). */
export const NL_ZONES: ZoneWords = {
  "nederlandse tijd": "Europe/Amsterdam",
  "belgische tijd": "Europe/Brussels",
  "midden-europese tijd": "Europe/Amsterdam",
  "midden-europese zomertijd": "Europe/Amsterdam",
  "amsterdamse tijd": "Europe/Amsterdam",
  "britse tijd": "Europe/London",
  "engelse tijd": "Europe/London",
  "brusselse tijd": "Europe/Brussels",
  "duitse tijd": "Europe/Berlin",
};
