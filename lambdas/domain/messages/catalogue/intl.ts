/**
 * Plurals and lists through the platform's Intl, so each language's own rules apply ("1 Gespräch",
 * "2 Gespräche"; "Priya und Tom", "Priya et Tom"), never by gluing words in code.
 */
import type { Lang } from "../../language/lang";
import { localeOf } from "../format-when";

/** The forms of a counted phrase by plural category; "#" stands for the number. */
export type PluralForms = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** "3 open interviews": the form of `forms` the language's plural rules pick for `n`. */
export function count(language: Lang, n: number, forms: PluralForms): string {
  const locale = localeOf(language);
  const form = forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
  return form.replace("#", new Intl.NumberFormat(locale).format(n));
}

/**
 * "Priya, Tom and Ana", "Priya, Tom und Ana": a list joined as the language joins one. English
 * lists follow British usage here (no comma before "and"), as the product always wrote them.
 */
export function listOf(
  language: Lang,
  items: readonly string[],
  type: "conjunction" | "disjunction",
): string {
  const locale = language === "en" ? "en-GB" : localeOf(language);
  return new Intl.ListFormat(locale, { style: "long", type }).format(items);
}

/** A language's name: "Deutsch" in its own words, "German" in English's, "allemand" in French's. */
export function languageName(language: Lang, inLanguage: Lang = language): string {
  return new Intl.DisplayNames(localeOf(inLanguage), { type: "language" }).of(language) ?? language;
}
