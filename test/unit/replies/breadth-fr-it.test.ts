/**
 * Replies written for breadth, per language: a first batch before the lexicon was filled for
 * them, then three more in other words (other tenses, regional words). Every intent in the forms
 * people type (tenses, persons, clitics, no accents), and traps that must change nothing: a trap
 * passes when it reads as nothing, or as a closing only asked about (never applied). Gaps are
 * replies not read yet, expected to fail.
 */
import { describe, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { FR } from "./breadth/fr";
import { FR_FOURTH } from "./breadth/fr-fourth";
import { FR_SECOND } from "./breadth/fr-second";
import { FR_THIRD } from "./breadth/fr-third";
import { IT } from "./breadth/it";
import { IT_FOURTH } from "./breadth/it-fourth";
import { IT_SECOND } from "./breadth/it-second";
import { IT_THIRD } from "./breadth/it-third";
import { readsAsNothing, readsAsWritten } from "./phone/reads-as-written";
import type { PhoneTable } from "./phone/types";

const TABLES: ReadonlyArray<readonly [string, Lang, PhoneTable]> = [
  ["fr", "fr", FR],
  ["fr, second batch", "fr", FR_SECOND],
  ["fr, third batch", "fr", FR_THIRD],
  ["fr, fourth batch", "fr", FR_FOURTH],
  ["it", "it", IT],
  ["it, second batch", "it", IT_SECOND],
  ["it, third batch", "it", IT_THIRD],
  ["it, fourth batch", "it", IT_FOURTH],
];

describe.each(TABLES)("replies written for breadth (%s)", (_, lang, table) => {
  it.each(table.replies.map((row) => [row[0], row] as const))("%s", (_, row) => {
    readsAsWritten(row, lang);
  });

  it.each(table.traps)("trap: %s", (text) => {
    readsAsNothing(text, lang);
  });

  if (table.gaps.length > 0)
    it.fails.each(table.gaps.map((row) => [row[0], row] as const))("gap, not read yet: %s", (_, row) => {
      readsAsWritten(row, lang);
    });
});
