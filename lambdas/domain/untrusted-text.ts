/**
 * Text from mail on its way into something we write — a subject or other header, an .ics, a CSV:
 * characters that can change how it is read are removed. Bare CR (a header or line injection on
 * some readers), other control characters, bidirectional overrides and isolates (they can make
 * "moc.evil" read as "evil.com"), and zero-width characters (they hide text and defeat matching).
 * Line feeds and tabs stay; each writer decides what a line break means for its format.
 */
/** Ranges of code points removed, inclusive. */
const UNSAFE: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x08], // C0 controls before tab
  [0x0b, 0x1f], // C0 controls after line feed, CR among them
  [0x7f, 0x9f], // DEL and the C1 controls
  [0x061c, 0x061c], // Arabic letter mark
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
  [0x2028, 0x2029], // line and paragraph separators
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2060], // word joiner
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
];

function isUnsafe(codePoint: number): boolean {
  return UNSAFE.some(([from, to]) => codePoint >= from && codePoint <= to);
}

export function stripUnsafe(text: string): string {
  let kept = "";
  for (const char of text.replace(/\r\n/g, "\n")) if (!isUnsafe(char.codePointAt(0) ?? 0)) kept += char;
  return kept;
}

/** One line of it: every line break becomes a space. */
export function singleLine(text: string): string {
  return stripUnsafe(text).replace(/\n+/g, " ").trim();
}
