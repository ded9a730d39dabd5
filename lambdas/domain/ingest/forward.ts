/**
 * The original message inside a forward, as mail clients print it: Gmail, Outlook (desktop, web,
 * Mac, iOS), Apple Mail, Yahoo, Proton, Thunderbird, Fastmail, in a few languages. Forwards of
 * forwards are unwrapped level by level (bounded); every level's words are kept, the header blocks
 * dropped, and the innermost level gives the original sender, subject and date.
 */

import { escapeRegExp } from "../language/phrases";
import { fixedOffsetZone, type WallZone } from "../zones";
import type { WorkBudget } from "./budget";
import { civilFromDays, SECONDS_PER_DAY } from "./civil";
import { findDates } from "./dates";
import { LEXICON_LIST } from "./invite-language";
import type { LocaleCues } from "./locale-cues";
import { findTimes } from "./times";

export interface ForwardedDate {
  /** UTC seconds. */
  readonly utc: number;
  /** The zone the header printed it in (the sender's when it says, else the forwarder's). */
  readonly zone: WallZone;
  /** Whether the header named its zone (Apple Mail's "4:47:12 PM PST", Thunderbird's "-0600"). */
  readonly zoneWritten: boolean;
}

export interface ForwardedOriginal {
  readonly sender: { readonly address: string | null; readonly name: string | null } | null;
  readonly date: ForwardedDate | null;
  /** When the newest forwarded message was written, when the forward holds a thread (several levels). */
  readonly newestDate: ForwardedDate | null;
  readonly subject: string | null;
  /** The words of every forwarded level, outermost first, without their header blocks. */
  readonly body: string;
  /** The forwarder's own note above the first forward. */
  readonly note: string;
  /** Senders of the levels between the forwarder and the original (often the user again). */
  readonly relays: readonly string[];
  readonly depth: number;
  /**
   * Where in `body` the innermost level starts when there are several: the earlier message a reply
   * answers ("-----Ursprüngliche Nachricht-----") or a forward forwards; null for one level.
   */
  readonly earlierFrom: number | null;
  /** Where in `body` each level after the first starts: the earlier messages of a thread, newest first. */
  readonly levelStarts: readonly number[];
}

/** Header words of clients in languages without an invite lexicon (Swedish, Norwegian, Danish, Polish). */
const OTHER_CLIENTS = {
  from: ["Från", "Fra", "Od"],
  date: ["Skickat", "Sendt"],
  subject: ["Ämne", "Emne"],
  to: ["Till", "Til"],
};

const headerWords = (field: "from" | "date" | "subject" | "to") => [
  ...LEXICON_LIST.flatMap((lexicon) => lexicon.forward[field]),
  ...OTHER_CLIENTS[field],
];
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

const separatorWords = LEXICON_LIST.flatMap((lexicon) => lexicon.forward.separators);
/** Gmail's "---------- Forwarded message ---------", Outlook's "-----Original Message-----". */
const DASHED = alternation(separatorWords.filter((words) => !words.endsWith(":")));
/** Apple Mail's "Begin forwarded message:" and its translations. */
const BARE = alternation(separatorWords.filter((words) => words.endsWith(":")));

/** Lines that open a forwarded message, in every language of ../language. */
const SEPARATOR = new RegExp(
  `^[ >]*(?:-{2,}\\s*(?:${DASHED})\\s*-{2,}|(?:${BARE})|_{10,}|-{10,})[ ]*$`,
  "im",
);

const SEPARATORS = new RegExp(SEPARATOR.source, "gim");

/** An Outlook forward has no separator, only a header block that starts with From: (Von:, De :…). */
const HEADER_BLOCK = new RegExp(
  `^[ >*]*(?:${alternation(headerWords("from"))})[ ]?\\*?[ ]?:.+\\n(?:.*\\n){0,3}?[ >*]*(?:${alternation(headerWords("date"))})[ ]?\\*?[ ]?:`,
  "im",
);

/** "From: …", "*Sent:* …", "Envoyé : …", "> Subject: …" (letters of the Latin scripts mail clients localise into). */
const HEADER_LINE = /^[ >]*\*?[ ]?([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ .-]{0,18}?)[ ]?\*?[ ]?:[ ]?\*?[ ]?(.*)$/;

type Field = "from" | "date" | "subject" | "other";

/** Header field names, lower case, in every language → which field. */
const FIELD_NAMES = new Map<string, Field>([
  ...headerWords("to").map((word): [string, Field] => [word.toLowerCase(), "other"]),
  ...(["from", "date", "subject"] as const).flatMap((field) =>
    headerWords(field).map((word): [string, Field] => [word.toLowerCase(), field]),
  ),
]);

function parseSender(value: string): ForwardedOriginal["sender"] {
  const cleaned = value.replace(/\*/g, "").trim();
  const angle = /^(.*?)\s*[<[(]\s*(?:mailto:)?([^\s<>[\]()]+@[^\s<>[\]()]+?)\s*[>\])]/i.exec(cleaned);
  if (angle)
    return {
      name: angle[1]?.replace(/^["']|["']$/g, "").trim() || null,
      address: angle[2]?.replace(/^mailto:/i, "") ?? null,
    };
  const bare = /([^\s<>"']+@[^\s<>"']+\.[a-z]{2,})/i.exec(cleaned);
  const name = cleaned.replace(/^["']|["']$/g, "").trim();
  return { name: bare ? null : name || null, address: bare?.[1] ?? null };
}

/** Forward headers print the date in the forwarder's zone unless they name one. */
export function parseForwardDate(
  value: string,
  forwarderZone: WallZone,
  cues: LocaleCues,
  budget: WorkBudget,
): ForwardedDate | null {
  // RFC 5322 with a numeric offset: "Thu, 19 Nov 2026 16:47:12 -0600".
  const numeric = /([+-])(\d{2})(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(value);
  const date = findDates(value, 0, cues).find((mention) => mention.day !== null && !mention.problem);
  const time = findTimes(value, budget)[0];
  if (!date || date.day === null || !time) return null;
  // A header's date names its year: one read without it ("mar. 6 juil. 2027" read as March 6) is
  // counted from 1970 and misread, so the mail's own date is used instead.
  if (civilFromDays(date.day).year < 2000) return null;
  const wall = date.day * SECONDS_PER_DAY + time.start;
  if (numeric) {
    const offset = (Number(numeric[2]) * 3600 + Number(numeric[3]) * 60) * (numeric[1] === "-" ? -1 : 1);
    const zone = fixedOffsetZone(offset);
    return { utc: zone.toUtc(wall), zone, zoneWritten: true };
  }
  const zone = time.zone?.zone ?? forwarderZone;
  return { utc: zone.toUtc(wall), zone, zoneWritten: Boolean(time.zone) };
}

interface Level {
  readonly fields: Partial<Record<"from" | "date" | "subject", string>>;
  text: string;
}

/** Finds the first forward header block in `text`: where it starts and where its body begins. */
function locate(text: string): { start: number; bodyStart: number; fields: Level["fields"] } | null {
  const openings: Array<{ start: number; headerStart: number }> = [];
  for (const match of text.matchAll(SEPARATORS)) {
    openings.push({ start: match.index ?? 0, headerStart: (match.index ?? 0) + match[0].length });
    if (openings.length >= 10) break;
  }
  const block = HEADER_BLOCK.exec(text);
  if (block) openings.push({ start: block.index, headerStart: block.index });
  openings.sort((a, b) => a.start - b.start);
  for (const opening of openings) {
    const found = readHeaderBlock(text, opening.headerStart);
    if (found) return { start: opening.start, ...found };
  }
  return null;
}

function readHeaderBlock(
  text: string,
  headerStart: number,
): { bodyStart: number; fields: Level["fields"] } | null {
  const fields: Level["fields"] = {};
  let seen = 0;
  let position = headerStart;
  // Skip the line break after a separator.
  while (text[position] === "\n") position++;
  let skipped = 0;
  for (let line = 0; line < 14 && position < text.length; line++) {
    const end = text.indexOf("\n", position);
    const lineText = text.slice(position, end < 0 ? text.length : end);
    const next = end < 0 ? text.length : end + 1;
    if (!lineText.trim()) {
      position = next;
      if (seen > 0) break;
      continue;
    }
    const header = HEADER_LINE.exec(lineText);
    const field = header ? FIELD_NAMES.get((header[1] ?? "").trim().toLowerCase()) : undefined;
    if (!header || !field) {
      // A wrapped To: list continues on the next line; anything else ends the block.
      if (seen > 0 && seen < 4 && skipped < 3 && !fields.subject) {
        skipped++;
        position = next;
        continue;
      }
      break;
    }
    seen++;
    if (field !== "other" && !fields[field]) fields[field] = (header[2] ?? "").trim();
    position = next;
  }
  if (!fields.from && !fields.subject) return null;
  return { bodyStart: position, fields };
}

/** Finds the forwarded messages in a body, or null when the body is not a forward. */
export function unwrapForward(
  body: string,
  forwarderZone: WallZone,
  cues: LocaleCues,
  budget: WorkBudget,
  ownAddresses: readonly string[] = [],
): ForwardedOriginal | null {
  let remaining = body;
  let note = "";
  const levels: Level[] = [];
  // A forward of a forward of a forward: keep unwrapping, a bounded number of times.
  for (let depth = 0; depth < 8; depth++) {
    budget.spend(remaining.length / 64, "the forward");
    const found = locate(remaining);
    if (!found) break;
    const before = remaining.slice(0, found.start);
    const previous = levels.at(-1);
    if (previous) previous.text = before;
    else note = before;
    levels.push({ fields: found.fields, text: "" });
    remaining = remaining.slice(found.bodyStart);
  }
  const innermost = levels.at(-1);
  if (!innermost) return null;
  innermost.text = remaining;
  // Quoted forwards ("> From: …") quote their body too.
  // A forward quoted whole ("> From: …" and every line after) is unquoted; a reply that quotes
  // the message it answers keeps its quote marks, so the reader can tell the two apart.
  const unquote = (text: string) => {
    const lines = text.split("\n").filter((line) => line.trim());
    const quoted = lines.filter((line) => line.startsWith(">")).length;
    return lines.length > 0 && quoted >= lines.length * 0.8 ? text.replace(/^>[ ]?/gm, "") : text;
  };
  const texts = levels.map((level) => unquote(level.text));
  const innermostText = texts.at(-1) ?? "";
  const written = [...levels].reverse().filter((level) => level.fields.from || level.fields.date);
  // A thread the user opened ("…when could we meet?" and the employer's answer above it): the
  // original is the deepest message someone else wrote, never the user's own.
  const original = written.find((level) => !writtenByOwner(level, ownAddresses)) ?? written[0] ?? innermost;
  const dateText = original.fields.date;
  // Read on first need: only relative words ("tomorrow") and text dates need when it was written.
  let date: ForwardedDate | null | undefined;
  let newestDate: ForwardedDate | null | undefined;
  const newestText = levels.length > 1 ? levels[0]?.fields.date : undefined;
  const senders = levels.map((level) => (level.fields.from ? parseSender(level.fields.from) : null));
  const sender = withKnownAddress(original.fields.from ? parseSender(original.fields.from) : null, senders);
  return {
    sender,
    get date(): ForwardedDate | null {
      if (date === undefined)
        date = dateText ? parseForwardDate(dateText, forwarderZone, cues, budget) : null;
      return date;
    },
    get newestDate(): ForwardedDate | null {
      if (newestDate === undefined)
        newestDate = newestText ? parseForwardDate(newestText, forwarderZone, cues, budget) : null;
      return newestDate;
    },
    subject: original.fields.subject ?? levels.find((level) => level.fields.subject)?.fields.subject ?? null,
    body: texts.join("\n\n"),
    note,
    // A thread's later messages from the original's writer are replies, not the user's relays.
    relays: senders
      .slice(0, -1)
      .filter((relay) => !sameWriter(relay, sender))
      .map((relay) => relay?.address)
      .filter((address): address is string => Boolean(address)),
    depth: levels.length,
    earlierFrom: levels.length > 1 ? texts.join("\n\n").length - innermostText.length : null,
    levelStarts: texts.slice(0, -1).map((_, index) => texts.slice(0, index + 1).join("\n\n").length + 2),
  };
}

type Sender = ForwardedOriginal["sender"];

const writtenByOwner = (level: Level, ownAddresses: readonly string[]) => {
  const address = level.fields.from ? parseSender(level.fields.from)?.address?.toLowerCase() : undefined;
  return Boolean(address && ownAddresses.includes(address));
};

const sameWriter = (one: Sender, other: Sender) =>
  Boolean(
    one &&
      other &&
      ((one.address && one.address.toLowerCase() === other.address?.toLowerCase()) ||
        (one.name && one.name.toLowerCase() === other.name?.toLowerCase())),
  );

/**
 * Outlook quotes the earlier message's writer by name alone ("Von: Laura Engel"): the address a
 * later header of the thread gives that name is theirs.
 */
function withKnownAddress(sender: Sender, senders: readonly Sender[]): Sender {
  if (!sender || sender.address || !sender.name) return sender;
  const named = senders.find((other) => other?.address && sameWriter(other, sender));
  return named ? { ...sender, address: named.address } : sender;
}
