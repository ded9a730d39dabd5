/**
 * Every language's lexicon, composed from its parts. The type makes each language supply every
 * part: a language without a table does not compile. The invitation parts (./<lang>/invite.ts)
 * are the ingest side's; the decision parts (./<lang>/decision.ts) the decision-date reader's.
 * Each reply part's closings also read its outcome families (outcome-families.ts), and its tables
 * its shorthands (shorthands.ts).
 */
import { DE_CONTACT } from "./de/contact";
import { DE_DATES } from "./de/dates";
import { DE_DECISION } from "./de/decision";
import { DE_INVITE } from "./de/invite";
import { DE_REPLY } from "./de/reply";
import { EN_CONTACT } from "./en/contact";
import { EN_DATES } from "./en/dates";
import { EN_DECISION } from "./en/decision";
import { EN_INVITE } from "./en/invite";
import { EN_REPLY } from "./en/reply";
import { ES_CONTACT } from "./es/contact";
import { ES_DATES } from "./es/dates";
import { ES_DECISION } from "./es/decision";
import { ES_INVITE } from "./es/invite";
import { ES_REPLY } from "./es/reply";
import { FR_CONTACT } from "./fr/contact";
import { FR_DATES } from "./fr/dates";
import { FR_DECISION } from "./fr/decision";
import { FR_INVITE } from "./fr/invite";
import { FR_REPLY } from "./fr/reply";
import { IT_CONTACT } from "./it/contact";
import { IT_DATES } from "./it/dates";
import { IT_DECISION } from "./it/decision";
import { IT_INVITE } from "./it/invite";
import { IT_REPLY } from "./it/reply";
import type { Lang } from "./lang";
import type { Lexicon } from "./lexicon";
import { NL_CONTACT } from "./nl/contact";
import { NL_DATES } from "./nl/dates";
import { NL_DECISION } from "./nl/decision";
import { NL_INVITE } from "./nl/invite";
import { NL_REPLY } from "./nl/reply";
import { withOutcomeFamilies } from "./outcome-families";
import { PT_CONTACT } from "./pt/contact";
import { PT_DATES } from "./pt/dates";
import { PT_DECISION } from "./pt/decision";
import { PT_INVITE } from "./pt/invite";
import { PT_REPLY } from "./pt/reply";
import { withShorthands } from "./shorthands";

/** The parts as one lexicon, the reply part's tables still expanded on first read (no spread, which would read them all). */
function composed(...parts: object[]): Lexicon {
  const lexicon = {};
  for (const part of parts) Object.defineProperties(lexicon, Object.getOwnPropertyDescriptors(part));
  return lexicon as Lexicon;
}

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = {
  en: composed(withShorthands(withOutcomeFamilies(EN_REPLY)), EN_DATES, EN_INVITE, EN_CONTACT, EN_DECISION),
  de: composed(withShorthands(withOutcomeFamilies(DE_REPLY)), DE_DATES, DE_INVITE, DE_CONTACT, DE_DECISION),
  fr: composed(withShorthands(withOutcomeFamilies(FR_REPLY)), FR_DATES, FR_INVITE, FR_CONTACT, FR_DECISION),
  es: composed(withShorthands(withOutcomeFamilies(ES_REPLY)), ES_DATES, ES_INVITE, ES_CONTACT, ES_DECISION),
  pt: composed(withShorthands(withOutcomeFamilies(PT_REPLY)), PT_DATES, PT_INVITE, PT_CONTACT, PT_DECISION),
  nl: composed(withShorthands(withOutcomeFamilies(NL_REPLY)), NL_DATES, NL_INVITE, NL_CONTACT, NL_DECISION),
  it: composed(withShorthands(withOutcomeFamilies(IT_REPLY)), IT_DATES, IT_INVITE, IT_CONTACT, IT_DECISION),
};
