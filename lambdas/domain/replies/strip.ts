import { LANGS } from "../language/lang";
import type { ReplyLexicon } from "../language/lexicon";
import { LEXICONS } from "../language/lexicons";
import { escapeRegExp } from "../language/phrases";

/**
 * Keeps only what the user wrote on top of a reply: quoted history, forwarded blocks and
 * signatures of Gmail, Outlook (desktop, web, mobile), Apple Mail, Yahoo, Thunderbird, Proton and
 * mobile clients, in English and the common European languages, are cut off.
 */

/** Quote headers of mail clients in languages whose replies we do not read, but whose quotes we cut. */
const OTHER_CLIENTS: ReplyLexicon["quote"] = {
  attributionStart: ["den", "på", "w dniu", "dne", "στις"],
  wrote: [
    "skrev",
    "kirjoitti",
    "napisał(a)",
    "napisał",
    "napisała",
    "написал(а)",
    "написал",
    "yazdı",
    "έγραψε",
  ],
  from: ["från", "fra", "od", "от", "lähettäjä"],
  sent: ["skickat", "sendt", "wysłano", "отправлено", "lähetetty"],
  original: ["ursprungligt meddelande"],
  sentFrom: ["skickat från min"],
};

/** One part of every language's quote headers as an alternation, written words with any spacing. */
function words(part: keyof ReplyLexicon["quote"]): string {
  const all = [...LANGS.flatMap((lang) => LEXICONS[lang].quote[part]), ...OTHER_CLIENTS[part]];
  return `(?:${[...new Set(all)]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/ /g, "\\s+"))
    .join("|")})`;
}

/** "wrote:", "schrieb", "a écrit"…: the end of an attribution line. */
const WROTE = words("wrote");

/** The first word of an attribution line: "On", "Am", "Le", "El", "Em", "Il giorno", "Op", "Den"… */
const ATTRIBUTION_START = words("attributionStart");

/** Header labels of Outlook's quoted block. */
const FROM_LABEL = words("from");
const SENT_LABEL = words("sent");

const CUT_MARKERS: readonly RegExp[] = [
  // Gmail, Apple Mail, Yahoo, Thunderbird (the attribution line may wrap over up to three lines).
  new RegExp(
    `^[ \\t]*${ATTRIBUTION_START}\\b[^\\n]{0,300}(?:\\n[^\\n]{0,300}){0,2}?${WROTE}[ \\t]*:?[ \\t]*$`,
    "im",
  ),
  // "<name> <address> wrote:" on its own line (some clients drop the date).
  new RegExp(`^[ \\t]*[^\\n]{0,120}<[^\\s<>]+@[^\\s<>]+>[ \\t]*${WROTE}[ \\t]*:[ \\t]*$`, "im"),
  new RegExp(`^\\s*-{2,}\\s*${words("original")}\\s*-{2,}`, "im"),
  /^\s*_{10,}\s*$/m, // Outlook's rule above "From:"
  // Outlook's header block ("From: … / Sent: …"), also as Gmail shows it in bold ("*From:*").
  new RegExp(
    `^[ \\t]*\\*?${FROM_LABEL}\\s?:\\*?[ \\t].+\\n(?:.*\\n){0,2}?[ \\t]*\\*?${SENT_LABEL}\\s?:\\*?`,
    "im",
  ),
  /^.{0,200}\bwrote on\b.{0,80}:\s*$/im, // HCL Notes: "X <x@y> wrote on 11/25/2026 09:00:00 AM:"
  /^.{0,120}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,160}[:：]\s*$/m, // Gmail in Japanese / Chinese
  /写道[:：]\s*$|のメッセージ[:：]\s*$/m,
  /^\s*-{5,}\s*Forwarded message/im,
  /^\s*Begin forwarded message:/im,
  /^\s*>/m, // any quoted line
  /^\s*--\s*$/m, // signature delimiter
  new RegExp(
    [
      String.raw`^\s*(?:Sent|Envoyé|Enviado|Gesendet|Inviato|Verstuurd|Skickat|Sendt)\s+(?:from|with|via|using|de|desde|von|mit|da|vanaf|från|fra)\s+(?:my|mon|mi|meinem|mijn|min|il mio)?\s*(?:`,
      [
        "iPhone",
        "iPad",
        "Android",
        "Samsung",
        "mobile",
        "Galaxy",
        "Pixel",
        "BlackBerry",
        "Huawei",
        "Xiaomi",
        "OnePlus",
        "smartphone",
        "phone",
      ].join("|"),
      ")",
    ].join(""),
    "im",
  ),
  new RegExp(
    [
      String.raw`^\s*Sent (?:from|with|via|using) (?:`,
      [
        "Outlook",
        "Mail for Windows",
        "Yahoo Mail",
        "Proton ?Mail",
        "AOL",
        "Superhuman",
        "Spark",
        "Airmail",
        "Hey",
        "Edison",
        "BlueMail",
        "Gmail",
        "Fastmail",
        "Zoho",
      ].join("|"),
      ")",
    ].join(""),
    "im",
  ),
  /^\s*Get Outlook for (?:iOS|Android|Mac)/im,
  new RegExp(`^\\s*${words("sentFrom")}\\b`, "im"),
];

function cutIndex(body: string): number {
  let cut = body.length;
  for (const marker of CUT_MARKERS) {
    const match = marker.exec(body);
    if (match && match.index < cut) cut = match.index;
  }
  return cut;
}

function tidy(text: string): string {
  return text.replace(/[ \t]+\n/g, "\n").trim();
}

export function stripReply(text: string): string {
  const body = text.replace(/\r\n?/g, "\n").slice(0, 100_000);
  return tidy(body.slice(0, cutIndex(body)));
}

/**
 * What the user wrote in a reply: the part above the quote, or, when they wrote below it
 * (bottom-posting, or inline after a short quote), the first unquoted block after the quote.
 */
export function writtenPart(text: string): string {
  const top = stripReply(text);
  if (top) return top;
  const lines = text.replace(/\r\n?/g, "\n").slice(0, 100_000).split("\n");
  const firstQuote = lines.findIndex((line) => /^\s*>/.test(line));
  if (firstQuote < 0) return "";
  const after = lines.slice(firstQuote);
  const start = after.findIndex((line) => line.trim() !== "" && !/^\s*>/.test(line));
  if (start < 0) return "";
  const rest = after.slice(start).join("\n");
  return stripReply(rest);
}
