/**
 * "language de", "Sprache Deutsch", "langue français", "idioma español", "taal Nederlands",
 * "lingua italiano": the language the user's emails are written in. Every language's name is
 * read in every language ("langue allemand", "Sprache Französisch"), from Intl's own names.
 */
import { LANGS, type Lang } from "../language/lang";
import { languageName } from "../messages/catalogue/intl";

/** The word for "language" in each language, as a settings command begins. */
const KEYWORDS = ["language", "lang", "sprache", "langue", "idioma", "língua", "lingua", "taal"];

/** "auf Deutsch", "en français", "in English", "em português", "op Nederlands"… */
const PREPOSITIONS = ["auf", "en", "in", "em", "op", "a", "to"];

/** Case, accents and surrounding punctuation do not matter: "Français" = "francais". */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^[\s"'“„«(]+|[\s"'”»).!]+$/g, "");
}

/** Every way a language is named: its code, and its name in each of the seven languages. */
let names: ReadonlyMap<string, Lang> | null = null;

/** Built on first use, not at load: most mail is not a settings command. */
function namesOfLanguages(): ReadonlyMap<string, Lang> {
  names ??= new Map(
    LANGS.flatMap((language) => [
      [language, language] as const,
      ...LANGS.map((display) => [fold(languageName(language, display)), language] as const),
    ]).concat([["castellano", "es"]]),
  );
  return names;
}

export type LanguageCommand =
  | { readonly kind: "language"; readonly language: Lang }
  | { readonly kind: "unknown-language"; readonly written: string };

/** Reads a language command; null when the text is not one. */
export function parseLanguageCommand(text: string): LanguageCommand | null {
  const words = text.trim().split(/[\s:=]+/);
  const [keyword, ...rest] = words;
  if (!keyword || !KEYWORDS.includes(fold(keyword)) || rest.length === 0 || rest.length > 2) return null;
  const value =
    rest.length === 2 && rest[0] && PREPOSITIONS.includes(fold(rest[0])) ? rest[1] : rest.join(" ");
  if (!value) return null;
  const language = namesOfLanguages().get(fold(value));
  if (language) return { kind: "language", language };
  // "language Klingon" asks for a language; "language is hard" is a sentence, not a command.
  return /\s/.test(value) ? null : { kind: "unknown-language", written: value };
}
