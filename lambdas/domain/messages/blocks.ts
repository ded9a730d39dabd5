/**
 * Every email is a short list of blocks rendered twice: as plain text and as HTML. One model for
 * both keeps the two parts saying the same thing. Every string in a block is untrusted until
 * rendered: the HTML renderer escapes all of it and links only http(s) URLs.
 */
export interface Draft {
  readonly subject: string;
  readonly body: string;
}

/** The words around a draft, in the user's language; `lang` is the HTML document's language. */
export interface DraftBoxWords {
  readonly lang: string;
  readonly textTop: string;
  readonly subject: string;
  readonly htmlTop: string;
  readonly open: string;
  /** What ends a label before its value: ":" or, in French, a non-breaking space and ":". */
  readonly colon: string;
}

export type Block =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | { readonly kind: "table"; readonly rows: ReadonlyArray<readonly [string, string]> }
  | { readonly kind: "draft"; readonly draft: Draft }
  | { readonly kind: "link"; readonly label: string; readonly url: string }
  | { readonly kind: "hint"; readonly text: string };

/** Untrusted text is capped before it reaches any email. */
export function cap(text: string, max = 500): string {
  const clean = text.replace(/(?![\t\n\r])\p{Cc}/gu, "");
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** For headers: one line, no CR/LF, capped. */
export function oneLine(text: string, max = 200): string {
  return cap(
    text
      .replace(/[\r\n\t]+/g, " ")
      .replace(/\s{2,}/g, " ")
      .trim(),
    max,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Only http(s) URLs become links; anything else (javascript:, data:) stays text. */
export function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A draft the user can open in their mail app: the recipient is left empty on purpose. */
export function mailtoLink(draft: Draft): string {
  return `mailto:?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}`;
}

function renderBlockText(block: Block, words: DraftBoxWords): string {
  switch (block.kind) {
    case "heading":
      return cap(block.text).toUpperCase();
    case "paragraph":
    case "hint":
      return cap(block.text, 4_000);
    case "list":
      return block.items.map((item) => `  • ${cap(item)}`).join("\n");
    case "table":
      return block.rows.map(([label, value]) => `  ${label}${words.colon} ${cap(value)}`).join("\n");
    case "draft":
      return [
        words.textTop,
        `${words.subject}${words.colon} ${oneLine(block.draft.subject)}`,
        "",
        cap(block.draft.body, 4_000),
        "-".repeat(words.textTop.length),
      ].join("\n");
    case "link": {
      const url = safeUrl(block.url);
      return url ? `${cap(block.label)}${words.colon} ${url}` : "";
    }
  }
}

export function renderText(blocks: readonly Block[], words: DraftBoxWords): string {
  return `${blocks
    .map((block) => renderBlockText(block, words))
    .filter(Boolean)
    .join("\n\n")}\n`;
}

const TEXT_COLOR = "#1f2328";
const MUTED = "#57606a";
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif";

function paragraphs(text: string): string {
  return escapeHtml(text).replace(/\n/g, "<br>");
}

function renderBlockHtml(block: Block, words: DraftBoxWords): string {
  switch (block.kind) {
    case "heading":
      return `<h1 class="fu-text" style="margin:0 0 16px;font-size:20px;line-height:1.3;color:${TEXT_COLOR};">${escapeHtml(cap(block.text))}</h1>`;
    case "paragraph":
      return `<p class="fu-text" style="margin:0 0 14px;font-size:15px;line-height:1.5;color:${TEXT_COLOR};">${paragraphs(cap(block.text, 4_000))}</p>`;
    case "hint":
      return `<p class="fu-muted" style="margin:0 0 14px;font-size:13px;line-height:1.5;color:${MUTED};">${paragraphs(cap(block.text, 4_000))}</p>`;
    case "list":
      return `<ul class="fu-text" style="margin:0 0 14px;padding-left:20px;font-size:15px;line-height:1.5;color:${TEXT_COLOR};">${block.items
        .map((item) => `<li>${escapeHtml(cap(item))}</li>`)
        .join("")}</ul>`;
    case "table":
      return `<table class="fu-text" role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 14px;font-size:15px;line-height:1.5;color:${TEXT_COLOR};">${block.rows
        .map(
          ([label, value]) =>
            `<tr><td style="padding:2px 12px 2px 0;color:${MUTED};vertical-align:top;white-space:nowrap;">${escapeHtml(label)}</td><td style="padding:2px 0;">${escapeHtml(cap(value))}</td></tr>`,
        )
        .join("")}</table>`;
    case "draft":
      return [
        `<table class="fu-draft" role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 14px;border:1px solid #d0d7de;border-radius:6px;background-color:#f6f8fa;">`,
        `<tr><td style="padding:12px 14px;font-size:13px;color:${MUTED};">${escapeHtml(words.htmlTop)}</td></tr>`,
        `<tr><td style="padding:0 14px 6px;font-size:14px;color:${TEXT_COLOR};"><strong>${escapeHtml(words.subject)}${escapeHtml(words.colon)}</strong> ${escapeHtml(oneLine(block.draft.subject))}</td></tr>`,
        `<tr><td style="padding:6px 14px 14px;font-family:Menlo,Consolas,monospace;font-size:14px;line-height:1.5;color:${TEXT_COLOR};white-space:pre-wrap;">${paragraphs(cap(block.draft.body, 4_000))}</td></tr>`,
        `<tr><td style="padding:0 14px 14px;font-size:14px;"><a href="${escapeHtml(mailtoLink(block.draft))}" style="color:#0969da;">${escapeHtml(words.open)}</a></td></tr>`,
        "</table>",
      ].join("");
    case "link": {
      const url = safeUrl(block.url);
      const label = escapeHtml(cap(block.label));
      // A link that is not http(s) is left out rather than shown as a dead label.
      return url
        ? `<p style="margin:0 0 14px;font-size:15px;"><a href="${escapeHtml(url)}" style="color:#0969da;">${label}</a></p>`
        : "";
    }
  }
}

/**
 * Table layout with inline styles and explicit colours that read on light and dark themes; no
 * images, fonts or stylesheets are fetched, so nothing remote loads when the email opens.
 */
export function renderHtml(title: string, blocks: readonly Block[], words: DraftBoxWords): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(words.lang)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">',
    `<title>${escapeHtml(oneLine(title))}</title>`,
    // Clients that honour it (Apple Mail, Outlook.com) switch to these colours in dark mode; the
    // rest keep the inline light colours, which their own dark modes invert legibly.
    "<style>@media (prefers-color-scheme: dark){body,.fu-page{background-color:#0d1117 !important;color:#e6edf3 !important}" +
      ".fu-text,.fu-text td{color:#e6edf3 !important}.fu-muted{color:#9198a1 !important}" +
      ".fu-draft{background-color:#161b22 !important;border-color:#30363d !important}.fu-draft td{color:#e6edf3 !important}" +
      "a{color:#4493f8 !important}}</style></head>",
    `<body class="fu-page" style="margin:0;padding:0;background-color:#ffffff;color:${TEXT_COLOR};font-family:${FONT};">`,
    '<table class="fu-page" role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#ffffff;">',
    '<tr><td align="center" style="padding:24px 12px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;">',
    `<tr><td style="font-family:${FONT};">${blocks.map((block) => renderBlockHtml(block, words)).join("\n")}</td></tr>`,
    "</table></td></tr></table></body></html>",
  ].join("\n");
}
