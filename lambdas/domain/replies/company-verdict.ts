/**
 * "kestrel: nope.", "Nordlicht: nein danke. ärgerlich", "albacar - que no, una lástima": the
 * interview's company named alone, a break, then a bare no. It may be their answer, or the user's
 * to a question of the product's: it only suggests a rejection, so it is asked about, never
 * applied, and read only where nothing else was.
 */
import type { Lexicon } from "../language/lexicon";
import { fold, table } from "../language/phrases";
import type { Reading } from "./types";

/** The no and the words beside it in its sentence: "que no", "nein danke", "nope". */
const VERDICT_WORDS = 3;

const WORD = /[\p{L}\p{N}]+/gu;

export function companyVerdict(
  written: string,
  company: string | null | undefined,
  lexicon: Lexicon,
): Reading | null {
  if (!company || written.includes("?")) return null;
  const folded = fold(written);
  const opened = /^\s*([^:,;\-–—\n]+?)\s*[:,;\-–—]\s*([^.!\n]+)/u.exec(folded);
  if (!opened) return null;
  const [, head = "", sentence = ""] = opened;
  const own = new Set(fold(company).match(WORD) ?? []);
  const named = head.match(WORD) ?? [];
  if (named.length === 0 || !named.every((word) => own.has(word))) return null;
  const words = sentence.match(WORD) ?? [];
  if (words.length > VERDICT_WORDS) return null;
  const no = table(lexicon.cues.no).matches(words.join(" "))[0];
  // The no opens the sentence or follows one word ("que no", "leider nein").
  if (!no || (words.join(" ").slice(0, no.index).match(WORD)?.length ?? 0) > 1) return null;
  return {
    intent: "rejected",
    date: null,
    needsConfirmation: true,
    evidence: written.split("\n")[0]?.trim() ?? written,
  };
}
