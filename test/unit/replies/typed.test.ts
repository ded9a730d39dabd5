/**
 * Replies as people type them on a phone, a table per language: French, Spanish and Italian in
 * phone/ (regional forms and slang included), English, German, Dutch and Portuguese in native/
 * (dialect shorthands included). Each reads as said; a closing plainly stated is applied and one
 * marked "?" asked about; the traps beside them (other people's news, questions, conditions,
 * fears, denials, jokes taken back, other matters) read as nothing; gaps are not read yet.
 * everyday/ holds, per language, replies that name no keyword of the product's: a promise of an
 * answer reported by someone named, an outcome said in passing, a command in everyday words, a
 * next round or a step said by what happened.
 */
import { describe, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { DE as DE_EVERYDAY } from "./everyday/de";
import { EN as EN_EVERYDAY } from "./everyday/en";
import { ES as ES_EVERYDAY } from "./everyday/es";
import { FR as FR_EVERYDAY } from "./everyday/fr";
import { IT as IT_EVERYDAY } from "./everyday/it";
import { NL as NL_EVERYDAY } from "./everyday/nl";
import { PT as PT_EVERYDAY } from "./everyday/pt";
import { DE } from "./native/de";
import { EN } from "./native/en";
import { NL } from "./native/nl";
import { PT } from "./native/pt";
import { ES } from "./phone/es";
import { FR } from "./phone/fr";
import { IT } from "./phone/it";
import { readsAsWritten } from "./phone/reads-as-written";
import type { PhoneRow } from "./phone/types";

/** Each language's rows, and the rows it does not read yet. */
const TABLES: ReadonlyArray<readonly [Lang, { rows: readonly PhoneRow[]; gaps: readonly PhoneRow[] }]> = [
  ...(
    [
      ["fr", FR],
      ["es", ES],
      ["it", IT],
    ] as const
  ).map(
    ([lang, table]) =>
      [
        lang,
        {
          rows: [...table.replies, ...table.traps.map((text) => [text, "unknown"] as const)],
          gaps: table.gaps,
        },
      ] as const,
  ),
  ...(
    [
      ["en", EN],
      ["de", DE],
      ["nl", NL],
      ["pt", PT],
    ] as const
  ).map(([lang, cases]) => [lang, { rows: Object.values(cases).flat(), gaps: [] }] as const),
];

describe.each(TABLES)("replies typed on a phone (%s)", (lang, { rows, gaps }) => {
  it.each(rows.map((row) => [row[0], row] as const))("%s", (_, row) => {
    readsAsWritten(row, lang);
  });

  if (gaps.length > 0)
    it.fails.each(gaps.map((row) => [row[0], row] as const))("gap, not read yet: %s", (_, row) => {
      readsAsWritten(row, lang);
    });
});

/** The everyday tables, class by class. */
const EVERYDAY = [
  ["en", EN_EVERYDAY],
  ["de", DE_EVERYDAY],
  ["fr", FR_EVERYDAY],
  ["es", ES_EVERYDAY],
  ["pt", PT_EVERYDAY],
  ["nl", NL_EVERYDAY],
  ["it", IT_EVERYDAY],
] as const;

describe.each(EVERYDAY)("replies in everyday words (%s)", (lang, { gaps, ...classes }) => {
  it.each(Object.values(classes).flatMap((rows) => rows.map((row) => [row[0], row] as const)))(
    "%s",
    (_, row) => {
      readsAsWritten(row, lang);
    },
  );

  if (gaps.length > 0)
    it.fails.each(gaps.map((row) => [row[0], row] as const))("gap, not read yet: %s", (_, row) => {
      readsAsWritten(row, lang);
    });
});
