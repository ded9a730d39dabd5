/** The header section of a raw RFC 5322 message, as SES reads and rewrites it. */

function split(raw: string): { readonly head: string; readonly rest: string } {
  const end = raw.search(/\r?\n\r?\n/);
  return end === -1 ? { head: raw, rest: "" } : { head: raw.slice(0, end), rest: raw.slice(end) };
}

/** Unfolded header fields, in order. */
export function headerFields(raw: string): Array<{ name: string; value: string }> {
  return split(raw)
    .head.split(/\r?\n(?![ \t])/)
    .map((line) => /^([^:\s]+)\s*:\s*([\s\S]*)$/.exec(line))
    .flatMap((match) =>
      match?.[1] ? [{ name: match[1], value: (match[2] ?? "").replace(/\r?\n[ \t]+/g, " ") }] : [],
    );
}

/** Replaces the Message-ID header (or adds one), leaving every other byte alone. */
export function withMessageId(raw: string, messageId: string): string {
  const { head, rest } = split(raw);
  const newline = head.includes("\r\n") ? "\r\n" : "\n";
  const kept = head.split(/\r?\n(?![ \t])/).filter((line) => !/^message-id\s*:/i.test(line));
  return [...kept, `Message-ID: ${messageId}`].join(newline) + rest;
}
