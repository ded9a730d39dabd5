import { DateTime } from "luxon";
import { cachedZone } from "../zone-cache";

/** The original message inside a forward: who sent it, when, and what it said. */
export interface ForwardedOriginal {
  readonly sender: { readonly address: string | null; readonly name: string | null } | null;
  readonly date: DateTime | null;
  readonly subject: string | null;
  /** The body below the forward's header block. */
  readonly body: string;
}

/**
 * The separators mail clients put above a forwarded message: Gmail, Outlook (desktop and web),
 * Apple Mail, Yahoo, Proton and Thunderbird, in a few languages.
 */
const SEPARATORS = [
  /^-{5,}\s*Forwarded message\s*-{5,}\s*$/im, // Gmail
  /^-{2,}\s*Forwarded Message\s*-{2,}\s*$/im, // Thunderbird, Yahoo
  /^Begin forwarded message:\s*$/im, // Apple Mail
  /^-{2,}\s*Original Message\s*-{2,}\s*$/im, // Proton, Outlook classic
  /^-{5,}\s*(Mensaje reenviado|Message transféré|Weitergeleitete Nachricht|Doorgestuurd bericht)\s*-{5,}\s*$/im,
  /^_{10,}\s*$/m, // Outlook: a rule of underscores above "From:"
];

/** An Outlook forward has no separator line, only a header block that starts with From:. */
const OUTLOOK_HEADER_BLOCK =
  /^(?:From|Von|De|Van):\s.+\n(?:.+\n){0,2}?(?:Sent|Date|Gesendet|Envoyé|Verzonden):\s.+$/im;

const HEADER_LINE = /^\s*(?:\*\s*)?([A-Za-zéÄä ]{2,12}):\s*(.*)$/;

const FIELD_NAMES: Record<string, "from" | "date" | "subject"> = {
  from: "from",
  von: "from",
  de: "from",
  van: "from",
  date: "date",
  sent: "date",
  gesendet: "date",
  datum: "date",
  envoyé: "date",
  verzonden: "date",
  subject: "subject",
  betreff: "subject",
  objet: "subject",
  onderwerp: "subject",
  asunto: "subject",
};

function parseSender(value: string): ForwardedOriginal["sender"] {
  const angle = /^(.*?)\s*[<[]\s*(?:mailto:)?([^\s<>[\]]+@[^\s<>[\]]+)\s*[>\]]/.exec(value);
  if (angle) return { name: angle[1]?.replace(/^["']|["']$/g, "").trim() || null, address: angle[2] ?? null };
  const bare = /([^\s<>]+@[^\s<>]+)/.exec(value);
  return { name: bare ? null : value.trim() || null, address: bare?.[1] ?? null };
}

const DATE_FORMATS = [
  "EEE, MMM d, yyyy 'at' h:mm a",
  "EEE, MMM d, yyyy, h:mm a",
  "EEEE, MMMM d, yyyy h:mm a",
  "EEEE, MMMM d, yyyy 'at' h:mm a",
  "MMMM d, yyyy 'at' h:mm:ss a ZZZZ",
  "MMMM d, yyyy 'at' h:mm a",
  "EEE, d MMM yyyy HH:mm:ss",
  "EEEE, d MMMM yyyy HH:mm",
  "dd/MM/yyyy HH:mm",
  "MM/dd/yyyy h:mm a",
];

/** Forward headers print the date in the forwarder's zone, without an offset. */
function parseForwardDate(value: string, zone: string): DateTime | null {
  const cleaned = value
    .replace(/\s+\(.*\)\s*$/, "")
    .replace(/\s+(GMT|UTC)?[+-]\d{2}:?\d{2}\s*$/, "")
    .replace(/\u202f/g, " ")
    .trim();
  const rfc = DateTime.fromRFC2822(value.trim(), { setZone: true });
  if (rfc.isValid) return rfc;
  for (const format of DATE_FORMATS) {
    const parsed = DateTime.fromFormat(cleaned, format, { zone: cachedZone(zone), locale: "en-US" });
    if (parsed.isValid) return parsed;
  }
  return null;
}

/** Finds the innermost forwarded message in a body, or null when the body is not a forward. */
export function unwrapForward(body: string, zone: string): ForwardedOriginal | null {
  let remaining = body.replace(/\r\n/g, "\n");
  let found: ForwardedOriginal | null = null;
  // A forward of a forward of a forward: keep unwrapping, a bounded number of times.
  for (let depth = 0; depth < 10; depth++) {
    const inner = unwrapOnce(remaining, zone);
    if (!inner) break;
    found = inner;
    remaining = inner.body;
  }
  return found;
}

function unwrapOnce(body: string, zone: string): ForwardedOriginal | null {
  let start = -1;
  for (const separator of SEPARATORS) {
    const match = separator.exec(body);
    if (match && (start === -1 || match.index < start)) start = match.index + match[0].length;
  }
  if (start === -1) {
    const outlook = OUTLOOK_HEADER_BLOCK.exec(body);
    if (!outlook) return null;
    start = outlook.index;
  }
  const lines = body.slice(start).replace(/^\n+/, "").split("\n");
  const fields: Partial<Record<"from" | "date" | "subject", string>> = {};
  let index = 0;
  for (; index < Math.min(lines.length, 12); index++) {
    const line = (lines[index] ?? "").replace(/^>\s?/, "");
    if (!line.trim()) {
      if (Object.keys(fields).length > 0) break;
      continue;
    }
    const header = HEADER_LINE.exec(line);
    if (!header) break;
    const field = FIELD_NAMES[(header[1] ?? "").trim().toLowerCase()];
    if (field && !fields[field]) fields[field] = header[2]?.trim() ?? "";
  }
  if (!fields.from && !fields.subject) return null;
  return {
    sender: fields.from ? parseSender(fields.from) : null,
    date: fields.date ? parseForwardDate(fields.date, zone) : null,
    subject: fields.subject ?? null,
    body: lines
      .slice(index)
      .map((line) => line.replace(/^>\s?/, ""))
      .join("\n"),
  };
}
