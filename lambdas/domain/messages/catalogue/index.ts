/**
 * One catalogue per language, the same keys in each: `Catalogue` is the English catalogue's type,
 * and each translation `satisfies` it, so the compiler names any key a language lacks.
 */
import type { Lang } from "../../language/lang";
import { DE } from "./de";
import { type Catalogue, EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";
import { IT } from "./it";
import { NL } from "./nl";
import { PT } from "./pt";

export type { Catalogue } from "./en";

export const CATALOGUES: Record<Lang, Catalogue> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, nl: NL, it: IT };

export function catalogueOf(language: Lang): Catalogue {
  return CATALOGUES[language];
}
