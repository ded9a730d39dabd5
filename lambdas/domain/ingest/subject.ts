/** Subject and summary prefixes clients and schedulers add ("Fwd:", "Updated invitation:"), removed. */

const cleanedSubjects = new Map<string, string>();

/** Subject and summary prefixes clients and schedulers add (remembered: asked of the same titles often). */
export function cleanSubject(subject: string): string {
  let cleaned = cleanedSubjects.get(subject);
  if (cleaned === undefined) {
    cleaned = cleanSubjectNow(subject);
    if (cleanedSubjects.size > 500) cleanedSubjects.clear();
    cleanedSubjects.set(subject, cleaned);
  }
  return cleaned;
}

/**
 * What clients and calendars write before a subject, as patterns: forwards and replies in the
 * languages of the mail clients ("Fwd", "AW", "WG", "TR", "RV", "ENC", "I", "Doorst"), then
 * calendar states ("Updated invitation with note", "Accepted").
 */
const PREFIXES = [
  "fwd?|fw|re|aw|wg|tr|rv|sv|vs|antw|odp|enc|i|doorst",
  "updated invitation(?: with note)?|invitation(?: from google calendar)?|updated|accepted|declined",
  "tentative(?:ly accepted)?|new event|updated event|cancell?ed(?: event)?|reminder|action required",
  "confirmed|confirmation|rescheduled",
  // A calendar's answer in the other languages ("Confirmé :", "Akzeptiert:", "Aceptado:").
  "confirmée?|acceptée?|akzeptiert|angenommen|bestätigt|aceptad[oa]|confirmad[oa]|aceit[oa]|geaccepteerd|bevestigd|accettat[oa]|confermat[oa]",
];
const PREFIX = new RegExp(String.raw`^\s*(?:\[[^\]]{0,30}\]\s*)?(?:${PREFIXES.join("|")})\s*:\s*`, "i");

function cleanSubjectNow(subject: string): string {
  let cleaned = subject;
  for (let round = 0; round < 6; round++) {
    const next = cleaned.replace(PREFIX, "");
    if (next === cleaned) break;
    cleaned = next;
  }
  // Google's " @ Wed Dec 2, 2026 1pm - 2pm (CST) (jordan@…)", in every language ("@ mar. 9 févr. 2027 14:00").
  return cleaned
    .replace(/\s@\s(?:mon|tue|wed|thu|fri|sat|sun|weekly|daily|every|\d)[^@]*?(?:\([^)]*@[^)]*\))?\s*$/i, "")
    .replace(/\s@\s(?=[^@]*\b\d{1,2}[:.h]\d{2}\b)[^@]*?(?:\([^)]*@[^)]*\))?\s*$/i, "")
    .replace(/\s*\([^()]*@[^()]*\)\s*$/, "")
    .trim();
}
