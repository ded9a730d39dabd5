/**
 * Where a clause or a sentence of an invitation begins and ends: at a line break, a question or
 * exclamation mark, or a dot that is no title's ("Dr.", "Mag.", "Cdora.") nor an initial's.
 */
import { TITLE_WORD } from "./person-names";

/**
 * A sentence's words; the dot of "Dr.", "Sra.", "M.", "Dott.ssa", "Cdora." or "Dr.-Ing." does not
 * end it, nor one in brackets ("(Directora de RR. HH.)"); that of a short word before a capitalised
 * one ("with Priya Nair. Sam Lee will …") does, unless the word is a title.
 */
export const SENTENCE = new RegExp(
  `^(?:\\([^()\\n]{1,80}\\)|[^.!?\\n]|\\.(?=\\S)|(?<=(?:^|[ '’]|\\.-)\\p{L})\\.|(?<=(?:^|[ '’]|\\.-)\\p{L}\\p{Ll}{1,3})\\.(?![ \\t]+\\p{Lu}\\p{Ll})|(?<=(?:^|[ '’(])${TITLE_WORD})\\.)*`,
  "u",
);

/** A dot that ends a sentence: not that of a title ("Dr.", "Mag.", "dott.") or an initial; that of "ein." does. */
const SENTENCE_DOT = `(?<!(?:^|[ '’(]|\\.-)(?:\\p{Lu}|${TITLE_WORD}))\\.(?=\\s)`;
const CLAUSE_END = new RegExp(`[\\n!?;:]|${SENTENCE_DOT}`, "gu");
const SENTENCE_END = new RegExp(`[\\n!?]|${SENTENCE_DOT}`, "gu");
/** Every character a clause or sentence end above can be (each matches one character). */
const END_MARKS = "\n!?;:.";
/** What ends the clause around a phrase, on either side. */
const CLAUSE_STOPS = "\n.!?;:,–—";

/** The clause before `at`: from the last sentence end, line break, colon or semicolon. */
export function clauseBefore(source: string, at: number, ends = CLAUSE_END): string {
  const before = source.slice(Math.max(0, at - 200), at);
  return before.slice(lastEnd(before, ends)).trim();
}

/** Each end pattern made sticky, to be tried at one place. */
const stickyEnds = new WeakMap<RegExp, RegExp>();

/**
 * Just after the last clause end in `text`: the ends are single characters (a mark, a line break or
 * a dot), so the last place one matches is found from the back, not by matching them all.
 */
function lastEnd(text: string, ends: RegExp): number {
  let sticky = stickyEnds.get(ends);
  if (!sticky) {
    sticky = new RegExp(ends.source, `${ends.flags.replace("g", "")}y`);
    stickyEnds.set(ends, sticky);
  }
  for (let at = text.length - 1; at >= 0; at--) {
    if (!END_MARKS.includes(text.charAt(at))) continue;
    sticky.lastIndex = at;
    if (sticky.test(text)) return at + 1;
  }
  return 0;
}

/** The sentence before `at`, its semicolons and colons too: "Julien a dû s'absenter ; nous décalons". */
export function sentenceBefore(source: string, at: number): string {
  return clauseBefore(source, at, SENTENCE_END);
}

/**
 * The clause around a phrase that introduces people, from `at` back and from `end` on, up to a
 * comma or a sentence's end: "danke für das Telefonat mit Frau Schuster letzte Woche".
 */
export function clauseAround(source: string, at: number, end: number): string {
  const before = source.slice(Math.max(0, at - 120), at);
  let start = before.length;
  while (start > 0 && !CLAUSE_STOPS.includes(before.charAt(start - 1))) start--;
  const after = source.slice(end, end + 120);
  const stop = after.search(/[\n.!?;,–—]/);
  return `${before.slice(start)} ${after.slice(0, stop < 0 ? after.length : stop)}`;
}

/**
 * Where a label may start on a line: a line ending in a colon from its last sentence on ("… durar
 * 1h15. Do lado da Tecnisys estarão:"), any other line whole.
 */
export function labelSentence(line: string): string {
  return line.endsWith(":") ? (line.split(". ").at(-1) ?? line) : line;
}
