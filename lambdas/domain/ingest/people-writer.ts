/**
 * Whether the writer signs as someone who holds the meeting: the rest of the line their name
 * stands on in the signature, or the line under it, carries a job title ("Leiterin Einkauf",
 * "Lead Game Designer", "Directeur", "Tech lead") and no title of someone who only arranges
 * ("Recruiter", "RR. HH.", "Consultant"). With no one else named, such a writer arranging the
 * meeting is the person met: a manager writes to meet, a coordinator to arrange.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { escapeRegExp } from "../language/phrases";
import { findCoordinators } from "./attendees";
import { INVITE_LEXICONS } from "./invite-language";
import { isJobTitleWord, TITLE_LAST_WORD } from "./person-names";

/** Initialisms that are a holder's title in every language. */
const HOLDER_INITIALISM = /^(?:CEO|CTO|COO|CFO|CIO|CPO|MD|VP)$/;

export function signsAsHolder(text: string, writer: string, lexicon: InviteLexicon): boolean {
  const source = text.slice(0, 20_000);
  // The writer's name alone at a line's start, the last time: their signature.
  const lines = [...source.matchAll(new RegExp(`^[ \\t]*${escapeRegExp(writer)}(.*)$`, "gmu"))];
  const line = lines.at(-1);
  if (!line) return false;
  const end = (line.index ?? 0) + line[0].length;
  const below = source.slice(end + 1, end + 200).split("\n")[0] ?? "";
  const title = `${line[1] ?? ""} ${below}`;
  // Signatures write titles in English in every language ("Recruiting Coordinator", "Talent Partner").
  const signed = `${writer}${title}`;
  if ([lexicon, INVITE_LEXICONS.en].some((table) => findCoordinators(signed, [writer], table).length > 0))
    return false;
  return title
    .split(/[^\p{L}&-]+/u)
    .some((word) => HOLDER_INITIALISM.test(word) || isJobTitleWord(word) || TITLE_LAST_WORD.test(word));
}
