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

function cleanSubjectNow(subject: string): string {
  let cleaned = subject;
  for (let round = 0; round < 6; round++) {
    const next = cleaned.replace(
      /^\s*(?:\[[^\]]{0,30}\]\s*)?(?:fwd?|fw|re|aw|wg|tr|rv|sv|vs|antw|odp|enc|updated invitation(?: with note)?|invitation(?: from google calendar)?|updated|accepted|declined|tentative(?:ly accepted)?|new event|updated event|cancell?ed(?: event)?|reminder|action required|confirmed|confirmation|rescheduled)\s*:\s*/i,
      "",
    );
    if (next === cleaned) break;
    cleaned = next;
  }
  // Google's " @ Wed Dec 2, 2026 1pm - 2pm (CST) (jordan@…)".
  return cleaned
    .replace(/\s@\s(?:mon|tue|wed|thu|fri|sat|sun|weekly|daily|every|\d)[^@]*?(?:\([^)]*@[^)]*\))?\s*$/i, "")
    .replace(/\s*\([^()]*@[^()]*\)\s*$/, "")
    .trim();
}
