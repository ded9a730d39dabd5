export interface Mailbox {
  readonly address: string;
  readonly name?: string;
}

export interface RawMailAddresses {
  readonly from?: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly bcc: readonly Mailbox[];
  /** The Return-Path header's address, if any. */
  readonly returnPath?: string;
}

/** The From/To/Cc/Bcc/Return-Path mailboxes of a raw RFC 5322 message's header section. */
export function parseRawMailAddresses(raw: Uint8Array): RawMailAddresses {
  const message = new TextDecoder("latin1").decode(raw);
  const end = /\r?\n\r?\n/.exec(message);
  const section = end ? message.slice(0, end.index) : message;
  const fields = new Map<string, string[]>();
  for (const line of section.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  const list = (name: string) => (fields.get(name) ?? []).flatMap(parseAddressList);
  const returnPath = list("return-path")[0]?.address;
  return {
    ...(list("from")[0] ? { from: list("from")[0] } : {}),
    to: list("to"),
    cc: list("cc"),
    bcc: list("bcc"),
    ...(returnPath ? { returnPath } : {}),
  };
}

/** An RFC 5322 address list: `a@x`, `Name <a@x>`, `"Q, Name" <a@x>`, groups `g: a@x, b@y;`, comments. */
export function parseAddressList(field: string): Mailbox[] {
  return splitTopLevel(field).flatMap((part) => {
    const mailbox = parseMailbox(part);
    return mailbox ? [mailbox] : [];
  });
}

function splitTopLevel(field: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charAt(i);
    if (quoted) {
      current += c;
      if (c === "\\") current += field.charAt(++i);
      else if (c === '"') quoted = false;
      continue;
    }
    if (comment > 0) {
      if (c === "(") comment++;
      else if (c === ")") comment--;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === "(") {
      comment++;
      continue;
    } else if (c === "<") angle++;
    else if (c === ">") angle = Math.max(0, angle - 1);
    else if (angle === 0 && (c === "," || c === ";")) {
      parts.push(current);
      current = "";
      continue;
    } else if (angle === 0 && c === ":") {
      // A group's display name ends here; its members follow.
      current = "";
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function parseMailbox(part: string): Mailbox | undefined {
  const angle = /<([^>]*)>/.exec(part);
  if (angle) {
    const address = (angle[1] ?? "").trim();
    const name = decodeWords(unquote(part.slice(0, angle.index).trim()));
    if (address === "") return undefined;
    return name ? { address, name } : { address };
  }
  const address = part.trim();
  return address.includes("@") ? { address } : undefined;
}

function unquote(text: string): string {
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    return text.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return text;
}

/** RFC 2047 encoded words (=?charset?B|Q?…?=) in display names. */
function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(
      /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g,
      (whole, charset: string, encoding: string, data: string) => {
        try {
          const bytes =
            encoding.toUpperCase() === "B"
              ? Buffer.from(data, "base64")
              : Buffer.from(
                  data
                    .replace(/_/g, " ")
                    .replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
                  "latin1",
                );
          return new TextDecoder(charset.split("*")[0]).decode(bytes);
        } catch {
          return whole;
        }
      },
    );
}
