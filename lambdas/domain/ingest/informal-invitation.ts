/**
 * An informal invitation: no interview word, but a meeting at a set time about a job ("Hast du Lust
 * auf ein Kennenlernen? … danke für dein Portfolio", "Zin om een keer koffie te komen drinken? …
 * over de Product Analyst rol", "Perfect, Wednesday at 2 it is! It'll be Priya and me, about 40
 * minutes" about a role). Mails for many (newsletters, webinars, job fairs, receipts with an
 * event's date) are told apart before this is asked (see ./classify).
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { lexiconPattern } from "./invite-language";

/**
 * A job or application word of the mail's language, and a meeting: a meeting word, or what only a
 * meeting has (`meetingDetails`: people to meet, a length).
 */
export function meetsAboutAJob(lexicon: InviteLexicon, text: string, meetingDetails: boolean): boolean {
  const aboutAJob =
    lexiconPattern(lexicon, "jobWords").test(text) || lexiconPattern(lexicon, "applicationWords").test(text);
  return aboutAJob && (meetingDetails || lexiconPattern(lexicon, "meetingWords").test(text));
}
