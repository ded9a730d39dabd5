/**
 * Keeps only what the user wrote on top of a reply: quoted history, forwarded blocks and
 * signatures of Gmail, Outlook, Apple Mail and mobile clients are cut off.
 */
const CUT_MARKERS: readonly RegExp[] = [
  /^\s*On .{4,200}(?:wrote|schrieb|a écrit|escribió)\s*:?\s*$/im, // Gmail, Apple Mail (may wrap)
  /^\s*On .{4,120}\n.{0,120}(?:wrote|schrieb|a écrit|escribió)\s*:\s*$/im,
  /^\s*Am .{4,120} schrieb .{0,120}:\s*$/im,
  /^\s*Le .{4,120} a écrit\s*:\s*$/im,
  /^\s*-{2,}\s*Original Message\s*-{2,}/im, // Outlook classic
  /^\s*_{10,}\s*$/m, // Outlook rule above "From:"
  /^\s*From:\s.+\n\s*(?:Sent|Date):\s/im, // Outlook header block
  /^\s*-{5,}\s*Forwarded message/im,
  /^\s*>/m, // any quoted line
  /^\s*--\s*$/m, // signature delimiter
  /^\s*Sent from my (?:iPhone|iPad|Android|Samsung|mobile|Galaxy|Pixel)/im,
  /^\s*Sent from (?:Outlook|Mail|Yahoo Mail|Proton Mail)/im,
  /^\s*Get Outlook for (?:iOS|Android)/im,
  /^\s*Von meinem iPhone gesendet/im,
  /^\s*Envoyé de mon iPhone/im,
];

export function stripReply(text: string): string {
  let body = text.replace(/\r\n/g, "\n").slice(0, 100_000);
  let cut = body.length;
  for (const marker of CUT_MARKERS) {
    const match = marker.exec(body);
    if (match && match.index < cut) cut = match.index;
  }
  body = body.slice(0, cut);
  return body.replace(/[ \t]+\n/g, "\n").trim();
}
