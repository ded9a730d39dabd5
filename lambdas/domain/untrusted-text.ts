/**
 * Text from mail on its way into something we write — a subject or other header, an .ics, a CSV:
 * characters that can change how it is read are removed. Bare CR (a header or line injection on
 * some readers), other control characters, bidirectional overrides and isolates (they can make
 * "moc.evil" read as "evil.com"), and zero-width characters (they hide text and defeat matching).
 * Line feeds and tabs stay; each writer decides what a line break means for its format.
 */
// C0 controls but \t and \n, DEL and C1; bidi embeddings, overrides, isolates and marks;
// zero-width spaces and joiners, word joiner, BOM; the line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff\u2028\u2029]/g;

export function stripUnsafe(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(UNSAFE, "");
}

/** One line of it: every line break becomes a space. */
export function singleLine(text: string): string {
  return stripUnsafe(text).replace(/\n+/g, " ").trim();
}
