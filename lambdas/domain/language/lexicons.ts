/**
 * Every language's lexicon, composed from its parts. The type makes each language supply every
 * part: a language without a table does not compile. The invitation parts join here too
 * (`...EN_INVITE`) once invite-lexicon.ts defines them.
 */
import { DE_DATES } from "./de/dates";
import { DE_REPLY } from "./de/reply";
import { EN_DATES } from "./en/dates";
import { EN_REPLY } from "./en/reply";
import { ES_DATES } from "./es/dates";
import { ES_REPLY } from "./es/reply";
import { FR_DATES } from "./fr/dates";
import { FR_REPLY } from "./fr/reply";
import { IT_DATES } from "./it/dates";
import { IT_REPLY } from "./it/reply";
import type { Lang } from "./lang";
import type { Lexicon } from "./lexicon";
import { NL_DATES } from "./nl/dates";
import { NL_REPLY } from "./nl/reply";
import { PT_DATES } from "./pt/dates";
import { PT_REPLY } from "./pt/reply";

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = {
  en: { ...EN_REPLY, ...EN_DATES },
  de: { ...DE_REPLY, ...DE_DATES },
  fr: { ...FR_REPLY, ...FR_DATES },
  es: { ...ES_REPLY, ...ES_DATES },
  pt: { ...PT_REPLY, ...PT_DATES },
  nl: { ...NL_REPLY, ...NL_DATES },
  it: { ...IT_REPLY, ...IT_DATES },
};
