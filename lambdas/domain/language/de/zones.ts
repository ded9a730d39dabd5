import type { ZoneWords } from "../invite-lexicon";

/** German zone words: MEZ/MESZ and the written-out names. */
export const DE_ZONES: ZoneWords = {
  mez: "Europe/Berlin",
  mesz: "Europe/Berlin",
  "mitteleuropäische zeit": "Europe/Berlin",
  "mitteleuropäischer zeit": "Europe/Berlin",
  "mitteleuropäische sommerzeit": "Europe/Berlin",
  "mitteleuropäischer sommerzeit": "Europe/Berlin",
  "deutscher zeit": "Europe/Berlin",
  "deutsche zeit": "Europe/Berlin",
  "schweizer zeit": "Europe/Zurich",
  "österreichischer zeit": "Europe/Vienna",
  "osteuropäische zeit": "Europe/Athens",
  "westeuropäische zeit": "Europe/Lisbon",
  "britischer zeit": "Europe/London",
  "britische zeit": "Europe/London",
  "uk-zeit": "Europe/London",
  "londoner zeit": "Europe/London",
  "wiener zeit": "Europe/Vienna",
  "berliner zeit": "Europe/Berlin",
  "zürcher zeit": "Europe/Zurich",
  "schweizer ortszeit": "Europe/Zurich",
  "deutscher ortszeit": "Europe/Berlin",
};
