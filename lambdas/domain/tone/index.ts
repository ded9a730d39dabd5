/**
 * The tone check: flags words that press, accuse, rush or plead in a note to an employer, and
 * suggests a calm phrasing in the note's language [001, 000]. The project's own drafts must pass
 * it in every language; users can send theirs.
 */
import type { Lang } from "../language/lang";
import { entryPattern, type ToneRule, type ToneTable } from "./table";
import { DE_TONE } from "./tables/de";
import { EN_TONE } from "./tables/en";
import { ES_TONE } from "./tables/es";
import { FR_TONE } from "./tables/fr";
import { IT_TONE } from "./tables/it";
import { NL_TONE } from "./tables/nl";
import { PT_TONE } from "./tables/pt";

export type { ToneRule, ToneTable } from "./table";

export interface ToneFinding {
  readonly rule: ToneRule;
  readonly excerpt: string;
  readonly index: number;
  readonly suggestion: string;
}

export const TONE_TABLES: Record<Lang, ToneTable> = {
  en: EN_TONE,
  de: DE_TONE,
  fr: FR_TONE,
  es: ES_TONE,
  pt: PT_TONE,
  nl: NL_TONE,
  it: IT_TONE,
};

/** Each language's entries as patterns, built once. */
const PATTERNS = new Map(
  Object.entries(TONE_TABLES).map(([language, table]) => [
    language,
    table.entries.map((entry) => ({ entry, pattern: entryPattern(entry) })),
  ]),
);

const EXCLAMATIONS = /[!?¡¿]*![!?¡¿]*!+[!?¡¿]*/g;

/** Words in capitals that are not acronyms (AWS, SQL) or single letters: shouting. */
const SHOUTING =
  /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:\s+\p{Lu}{2,})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{6,}(?![\p{L}\p{N}])/gu;
const ACRONYM_RUN_OK = /^(?:\p{Lu}{2,5})(?:\s+\p{Lu}{2,5})?$/u;

export function checkTone(draft: string, language: Lang = "en"): ToneFinding[] {
  const text = draft.slice(0, 50_000);
  const table = TONE_TABLES[language];
  const findings: ToneFinding[] = [];
  for (const { entry, pattern } of PATTERNS.get(language) ?? []) {
    for (const match of text.matchAll(pattern)) {
      findings.push({
        rule: entry.rule,
        excerpt: match[0],
        index: match.index ?? 0,
        suggestion: entry.suggestion,
      });
    }
  }
  for (const match of text.matchAll(EXCLAMATIONS)) {
    findings.push({
      rule: "exclamations",
      excerpt: match[0],
      index: match.index ?? 0,
      suggestion: table.exclamations,
    });
  }
  for (const match of text.matchAll(SHOUTING)) {
    if (ACRONYM_RUN_OK.test(match[0]) && match[0].length <= 11) continue;
    findings.push({
      rule: "shouting",
      excerpt: match[0],
      index: match.index ?? 0,
      suggestion: table.shouting,
    });
  }
  return findings.sort((a, b) => a.index - b.index);
}
