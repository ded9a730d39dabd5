/**
 * Text as a careful reader sees it: HTML turned into lines, every entity decoded (named, decimal,
 * hex), the many Unicode spaces and dashes mail clients emit made plain ("2:00&#8239;PM" is
 * "2:00 PM", "1pm – 2pm" is "1pm - 2pm"), "p.m." written "pm". Dates and times are read only after
 * this, so no reader has to know about typography.
 */
import { decodeHTML } from "entities/decode";

/** Characters of HTML looked at; an invite says what matters long before this. */
const MAX_HTML_CHARS = 400_000;

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/i;

/** Decodes HTML entities when there are any (plain text rarely has them, but forwards do). */
export function decodeEntities(text: string): string {
  return ENTITY.test(text) ? decodeHTML(text) : text;
}

/**
 * Spaces, dashes, quotes and meridiem markers in their plain forms. Line structure is kept; runs
 * of spaces and blank lines shrink.
 */
/** Windows-1252's printable characters in 0x80–0x9F, as they arrive when mislabelled as Latin-1. */
const CP1252: Record<string, string> = {
  "\u0080": "€",
  "\u0082": "‚",
  "\u0083": "ƒ",
  "\u0084": "„",
  "\u0085": "…",
  "\u0086": "†",
  "\u0087": "‡",
  "\u0088": "ˆ",
  "\u0089": "‰",
  "\u008a": "Š",
  "\u008b": "‹",
  "\u008c": "Œ",
  "\u008e": "Ž",
  "\u0091": "'",
  "\u0092": "'",
  "\u0093": '"',
  "\u0094": '"',
  "\u0095": "•",
  "\u0096": "-",
  "\u0097": "-",
  "\u0098": "˜",
  "\u0099": "™",
  "\u009a": "š",
  "\u009b": "›",
  "\u009c": "œ",
  "\u009e": "ž",
  "\u009f": "Ÿ",
};

/** A letter, lower case, as inclusive endings are written. */
const WORD_LETTER = /\p{Ll}/u;

export function plainText(text: string): string {
  return (
    text
      .replace(/[\u0080-\u009f]/g, (control) => CP1252[control] ?? "")
      // Every space-like character (no-break, narrow no-break, thin, figure, ideographic…) is a space.
      .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g, " ")
      // Zero-width characters and soft hyphens vanish.
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
      // Hyphens, dashes and the minus sign are one dash.
      .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      // Google Calendar's "Wednesday Dec 2 ⋅ 1pm" and bullets separate like commas; a middle dot
      // inside a word is an inclusive ending ("candidat·e"), which the phrase tables read.
      .replace(/[\u22c5\u2022\u00b7]/g, (dot, at: number, whole: string) =>
        dot === "\u00b7" && WORD_LETTER.test(whole.charAt(at - 1)) && WORD_LETTER.test(whole.charAt(at + 1))
          ? dot
          : " ",
      )
      // "p.m.", "P.M.", "p. m." → "pm"
      .replace(/\b([ap])\.\s?m\.?(?![a-z])/gi, (_match, letter: string) => `${letter.toLowerCase()}m`)
      .replace(/\r\n?/g, "\n")
      .replace(/ {2,}/g, " ")
      // Spaces around a line break go; a bare break is no match (a global replace costs per match).
      .replace(/ +\n *|\n +/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
  );
}

const BLOCKS = new Set([
  "p",
  "div",
  "tr",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "blockquote",
  "section",
  "article",
  "header",
  "footer",
  "center",
  "dd",
  "dt",
  "pre",
  "hr",
  "tbody",
  "thead",
]);
const SKIPPED = new Set(["script", "style", "head", "title", "xml", "template"]);

/**
 * HTML → text in one linear pass, keeping line structure: block boundaries and <br> are line
 * breaks, table cells are separated by spaces ("Date:</td><td>Tuesday" reads "Date: Tuesday"),
 * links keep their address when their words do not show it (a Zoom link behind "Join"), scripts,
 * styles and comments go. Unclosed comments or scripts end the text; nothing is quadratic.
 */
export function htmlToText(source: string): string {
  const html = source.length > MAX_HTML_CHARS ? source.slice(0, MAX_HTML_CHARS) : source;
  const lower = html.toLowerCase();
  const out: string[] = [];
  let href: string | null = null;
  let anchorStart = 0;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf("<", index);
    if (open < 0) {
      out.push(html.slice(index).replace(/[\r\n]+/g, " "));
      break;
    }
    if (open > index) out.push(html.slice(index, open).replace(/[\r\n]+/g, " "));
    if (html.startsWith("<!--", open)) {
      const end = html.indexOf("-->", open + 4);
      index = end < 0 ? html.length : end + 3;
      continue;
    }
    const close = html.indexOf(">", open);
    if (close < 0) break;
    const tag = /^(\/?)([a-z][a-z0-9:-]*)/.exec(lower.slice(open + 1, Math.min(close, open + 40)));
    if (!tag) {
      out.push("<");
      index = open + 1;
      continue;
    }
    const closing = tag[1] === "/";
    const name = tag[2] ?? "";
    index = close + 1;
    if (!closing && SKIPPED.has(name)) {
      const end = lower.indexOf(`</${name}`, index);
      const after = end < 0 ? -1 : html.indexOf(">", end);
      index = after < 0 ? html.length : after + 1;
      continue;
    }
    if (name === "br") out.push("\n");
    // A block boundary is one line break, however many tags open and close there.
    else if (BLOCKS.has(name)) {
      if (!/\n\s*$/.test(out.at(-1) ?? "\n")) out.push("\n");
    } else if ((name === "td" || name === "th") && closing) out.push(" ");
    else if (name === "a" && !closing) {
      href = /\bhref\s*=\s*["']?(https?:[^"'\s>]+)/i.exec(html.slice(open, close))?.[1] ?? null;
      anchorStart = out.length;
    } else if (name === "a" && closing && href) {
      // Compared decoded, pushed as written: the whole text is decoded once at the end, and a
      // second decoding would turn "&amp;copy=2" in a query into "©=2".
      const label = decodeEntities(out.slice(anchorStart).join("")).trim();
      if (!label.includes(decodeEntities(href))) out.push(label ? ` <${href}>` : href);
      href = null;
    }
  }
  return plainText(decodeEntities(out.join(""))).trim();
}
