/**
 * Header blocks cut to size before postal-mime reads them. Its encoded-word decoding grows faster
 * than the header: one Subject of 1 MB of base64 words that do not decode (`=?UTF-8?B?////?=`, a
 * word every 18 bytes) took 5 s of CPU, a quarter of that size a thirtieth of it. Capping what
 * it may decode bounds every message's work, whatever the sender wrote.
 *
 * Caps apply to the message's header block and to each MIME part's (the lines after a `--`
 * boundary line, when they read as header fields), so a part's filename is bounded too. A field
 * longer than its cap is cut; fields beyond a block's cap are dropped, as Postfix drops a header
 * beyond its header_size_limit; a field's encoded words beyond the message's budget are cut away.
 * Mail within the caps passes through byte for byte.
 */

export const HEADER_CAPS = {
  /** Postfix's default header_size_limit: the bytes of one header block that are read. */
  maxBlockBytes: 102_400,
  /** One field, folded lines included: a References header of hundreds of ids still fits. */
  maxFieldBytes: 32_768,
  /** Encoded words (=?charset?enc?text?=) read per message, all blocks: ample for 100 named recipients. */
  maxEncodedWords: 500,
} as const;

export interface CappedMail {
  readonly bytes: Uint8Array;
  /** Header fields cut short or dropped; 0 when the message was within the caps. */
  readonly fieldsCapped: number;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const DASH = 0x2d;
const COLON = 0x3a;
const EQUALS = 0x3d;
const QUESTION = 0x3f;

interface Line {
  readonly start: number;
  /** Just past the line's LF, or the end of the bytes. */
  readonly end: number;
}

function lineAt(bytes: Uint8Array, start: number): Line {
  const newline = bytes.indexOf(LF, start);
  return { start, end: newline < 0 ? bytes.length : newline + 1 };
}

function isBlank(bytes: Uint8Array, line: Line): boolean {
  const first = bytes[line.start];
  return first === LF || (first === CR && bytes[line.start + 1] === LF) || line.start >= line.end;
}

function isContinuation(bytes: Uint8Array, line: Line): boolean {
  const first = bytes[line.start];
  return line.start < line.end && (first === SPACE || first === TAB);
}

/** "Name:" at the line's start: printable ASCII other than the colon, then a colon. */
function isFieldStart(bytes: Uint8Array, line: Line): boolean {
  for (let index = line.start; index < line.end; index++) {
    const byte = bytes[index] ?? 0;
    if (byte === COLON) return index > line.start;
    if (byte < 0x21 || byte > 0x7e) return false;
  }
  return false;
}

/** Where the `count`-th "=?" of the range starts (0-based), or null when it holds fewer. */
function nthEncodedWord(bytes: Uint8Array, start: number, end: number, count: number): number | null {
  // Searched within the range only: indexOf on the whole message would scan to its end each time.
  const range = bytes.subarray(start, end);
  let seen = 0;
  for (let index = range.indexOf(EQUALS); index >= 0 && index < range.length - 1; ) {
    if (range[index + 1] === QUESTION) {
      if (seen === count) return start + index;
      seen++;
    }
    index = range.indexOf(EQUALS, index + 1);
  }
  return null;
}

function countEncodedWords(bytes: Uint8Array, start: number, end: number): number {
  const range = bytes.subarray(start, end);
  let count = 0;
  for (let index = range.indexOf(EQUALS); index >= 0 && index < range.length - 1; ) {
    if (range[index + 1] === QUESTION) count++;
    index = range.indexOf(EQUALS, index + 1);
  }
  return count;
}

const CRLF = new Uint8Array([CR, LF]);

/**
 * Reads one header block from `start`: its fields, as the pieces of bytes to keep, spending the
 * message's budget of encoded words. Returns where the block ends (at its blank line, which is
 * not consumed) and how many fields were capped.
 */
function capBlock(
  bytes: Uint8Array,
  start: number,
  keep: Uint8Array[],
  words: { left: number },
): { readonly end: number; readonly capped: number } {
  let position = start;
  let blockBytes = 0;
  let capped = 0;
  while (position < bytes.length) {
    const first = lineAt(bytes, position);
    if (isBlank(bytes, first)) break;
    let end = first.end;
    while (end < bytes.length && isContinuation(bytes, lineAt(bytes, end))) end = lineAt(bytes, end).end;
    const fieldStart = position;
    position = end;
    const room = Math.min(HEADER_CAPS.maxFieldBytes, HEADER_CAPS.maxBlockBytes - blockBytes);
    if (room <= 0) {
      capped++;
      continue;
    }
    let cut = Math.min(end, fieldStart + room);
    const excessWord = nthEncodedWord(bytes, fieldStart, cut, words.left);
    if (excessWord !== null) cut = excessWord;
    words.left -= countEncodedWords(bytes, fieldStart, cut);
    if (cut === end) {
      keep.push(bytes.subarray(fieldStart, end));
      blockBytes += end - fieldStart;
      continue;
    }
    capped++;
    // Cut short: the field ends where it was cut, as a line of its own.
    let kept = cut;
    while (kept > fieldStart && (bytes[kept - 1] === CR || bytes[kept - 1] === LF)) kept--;
    if (kept > fieldStart) {
      keep.push(bytes.subarray(fieldStart, kept), CRLF);
      blockBytes += kept - fieldStart + 2;
    }
  }
  return { end: position, capped };
}

/**
 * Whether no cap can apply: every block and field fits when the whole message does within one
 * field's cap, and the budget of encoded words is never spent when the message holds no more.
 * Most mail is this small: one pass over its bytes, not one per line.
 */
function withinEveryCap(bytes: Uint8Array): boolean {
  if (bytes.length > HEADER_CAPS.maxFieldBytes) return false;
  let words = 0;
  for (let index = 0; index < bytes.length - 1; index++) {
    if (bytes[index] === EQUALS && bytes[index + 1] === QUESTION && ++words > HEADER_CAPS.maxEncodedWords)
      return false;
  }
  return true;
}

/** The message with every header block within HEADER_CAPS (the same bytes when it already was). */
export function capHeaders(bytes: Uint8Array): CappedMail {
  if (withinEveryCap(bytes)) return { bytes, fieldsCapped: 0 };
  const keep: Uint8Array[] = [];
  let copiedFrom = 0;
  let fieldsCapped = 0;
  const words = { left: HEADER_CAPS.maxEncodedWords as number };
  const block = (start: number) => {
    const pieces: Uint8Array[] = [];
    const { end, capped } = capBlock(bytes, start, pieces, words);
    if (capped === 0) return end;
    keep.push(bytes.subarray(copiedFrom, start), ...pieces);
    copiedFrom = end;
    fieldsCapped += capped;
    return end;
  };
  let position = block(0);
  while (position < bytes.length) {
    const line = lineAt(bytes, position);
    position = line.end;
    const boundary = bytes[line.start] === DASH && bytes[line.start + 1] === DASH;
    if (boundary && position < bytes.length && isFieldStart(bytes, lineAt(bytes, position)))
      position = block(position);
  }
  if (fieldsCapped === 0) return { bytes, fieldsCapped };
  keep.push(bytes.subarray(copiedFrom));
  const capped = new Uint8Array(keep.reduce((total, piece) => total + piece.length, 0));
  let offset = 0;
  for (const piece of keep) {
    capped.set(piece, offset);
    offset += piece.length;
  }
  return { bytes: capped, fieldsCapped };
}
