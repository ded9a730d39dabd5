/**
 * Out-of-office notices and other automatic answers that arrive without the headers that mark
 * them (Auto-Submitted, X-Autoreply…): they are recognised by their words and never acted on.
 */

/** Words only an automatic message uses: one is enough. */
const CERTAIN: readonly RegExp[] = [
  /\b(?:automatic|automated|auto-?generated) (?:reply|response|message|notification)\b/i,
  /\bauto-?reply\b|\bautoreply\b|\bauto-?response\b/i,
  /\bthis is an? (?:automatic|automated|auto-?generated)\b/i,
  /\b(?:this (?:mailbox|inbox|address) is (?:not monitored|unmonitored|no longer (?:monitored|in use)))\b/i,
  /\bAbwesenheitsnotiz\b|\bautomatische Antwort\b|\bréponse automatique\b|\brespuesta automática\b|\brisposta automatica\b|\bautomatisch antwoord\b/i,
];

/** Phrases of an out-of-office body; two of them (or one plus a return date) make one. */
const LIKELY: readonly RegExp[] = [
  new RegExp(
    [
      String.raw`\b(?:i am|i'm|i will be|i'll be|i am currently|i'm currently)\s+(?:currently\s+)?(?:`,
      [
        "away",
        "on (?:annual |parental |maternity |paternity |sick |medical )?leave",
        "on (?:vacation|holiday|holidays|pto)",
        "travell?ing",
        "offline",
      ].join("|"),
      String.raw`)\b`,
    ].join(""),
    "i",
  ),
  /\bout of (?:the )?office\b|\bOOO\b/,
  /\b(?:limited|no|intermittent) access to (?:e-?mail|my e-?mail|my inbox)\b/i,
  new RegExp(
    [
      String.raw`\bwill (?:`,
      ["respond", "reply", "get back to you", "answer"].join("|"),
      String.raw`)(?: to (?:your|you) (?:e-?mail|message))? (?:when|as soon as|upon|after) (?:i|my) (?:return|get back|am back|'m back)\b`,
    ].join(""),
    "i",
  ),
  /\b(?:thank you|thanks) for your (?:e-?mail|message|note)[.,!]/i,
  /\bfor (?:urgent|immediate) (?:matters|requests|issues|assistance|inquiries)\b/i,
  /\b(?:i (?:will )?return|i'll return|i'll be back|i will be back|returning|back in the office)\b[^.\n]{0,40}\d/i,
  /\bich bin (?:bis|vom|derzeit|zurzeit)\b|\bje suis (?:absent|actuellement absent)\b|\bestoy fuera\b|\bfuera de la oficina\b/i,
];

export function looksAutomatic(text: string, subject = ""): boolean {
  if (
    /^\s*(?:automatic reply|auto(?:matic)? ?response|auto-?reply|out of (?:the )?office|ooo|abwesend|autosvar|absence|réponse automatique|respuesta automática|automatische antwort)\b/i.test(
      subject,
    )
  )
    return true;
  const head = text.slice(0, 3_000);
  if (CERTAIN.some((pattern) => pattern.test(head))) return true;
  return LIKELY.filter((pattern) => pattern.test(head)).length >= 2;
}
