/**
 * A list of times under a heading: "… the final round on Wednesday 3/1." then "Agenda:" (or
 * "Ablauf :", "Programme :") over "9:30 - 10:15 Gwen Park" lines. The list's times are on the day
 * the sentence above the heading names.
 */

/** A heading line alone: a few words and a colon. */
const HEADING = /^\s*\p{L}[\p{L} '’-]{0,40}:\s*$/u;

export interface HeadedList {
  /** Where the list's first line starts. */
  readonly start: number;
  /** Where its last line ends (the first blank line or the end of the text). */
  readonly end: number;
}

/** The list under a heading that follows the line ending at `lineEnd`, blank lines allowed between. */
export function listUnderHeading(text: string, lineEnd: number): HeadedList | null {
  let at = lineEnd + 1;
  let heading = false;
  for (let lines = 0; lines < 6 && at < text.length; lines++) {
    const next = text.indexOf("\n", at);
    const end = next < 0 ? text.length : next;
    const line = text.slice(at, end);
    if (line.trim() === "" || (!heading && HEADING.test(line))) {
      heading ||= line.trim() !== "";
      at = end + 1;
      continue;
    }
    if (!heading) return null;
    const blank = /\n[ \t]*(?:\n|$)/.exec(text.slice(at));
    return { start: at, end: blank ? at + blank.index : text.length };
  }
  return null;
}
