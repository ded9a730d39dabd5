/**
 * The stretch of a clause around a phrase that still bears on it: the words before it up to a
 * comma, the words after it, a lead-in before a comma, a question tag at the end.
 */

/** A question tag is short: "right?", "bom sinal né?", "that's a good sign right?". */
const TAG_WORDS = 5;

/** Where a short question tag after the clause's last comma starts, or 0 when there is none. */
export function tagAt(text: string): number {
  const comma = text.lastIndexOf(",");
  if (comma < 0) return 0;
  const words = text.slice(comma + 1).match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length > 0 && words.length <= TAG_WORDS ? comma + 1 : 0;
}

/** Words before a phrase that still govern it: back to the last comma or colon, at most six words. */
export function governing(before: string): string {
  // An emoji closes what it follows as a comma does: "toujours pas de refus 😂 ils décident mi-mai".
  const scope = before.split(/[,:()]|\p{Extended_Pictographic}/u).pop() ?? "";
  return scope.split(/\s+/).slice(-6).join(" ");
}

/**
 * Words right after a phrase that still qualify it: up to the next comma or colon, at most five
 * ("Absage habe ich noch nicht").
 */
export function following(after: string): string {
  const scope = after.split(/[,:()]/)[0] ?? "";
  return scope.trim().split(/\s+/).slice(0, 5).join(" ");
}

/** A lead-in of a few words before a comma ("ich glaube, …", "i think, …"): it governs what follows. */
const LEAD_IN_WORDS = 4;

export function leadIn(before: string): string {
  const parts = before.split(",");
  const lead = parts.length > 1 ? (parts[parts.length - 2] ?? "") : "";
  return lead.trim().split(/\s+/).length <= LEAD_IN_WORDS ? lead : "";
}
