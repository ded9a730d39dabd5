/**
 * People a subject line names when the text names no one ("Vorstellungsgespräch mit Herrn Jonas
 * Keller", "Entretien avec Mme Claire Dubois"): read by the same grammar as the text, titled names
 * only, sharing no word with the company. A subject's untitled "Interview with Bluefin Analytics"
 * names the client as often as a person, so it is left unread.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { findInterviewersInText } from "./people";
import { findInterviewersInLanguage } from "./people-language";
import { LEADING_HONORIFIC, LEADING_TITLES, type NamedPerson } from "./person-names";

export function subjectPeople(
  titles: readonly (string | null)[],
  lexicon: InviteLexicon,
  company: string | null,
): NamedPerson[] {
  const lines = titles.filter((title): title is string => Boolean(title)).join("\n");
  if (!lines) return [];
  const companyWords = new Set(wordsOf(company ?? ""));
  // A titled name ("Herrn Jonas Keller", "Dr. Sarah Collins"), sharing no word with the company.
  const aPerson = (name: string) =>
    (LEADING_TITLES.test(name) || LEADING_HONORIFIC.test(name)) &&
    !wordsOf(name).some((word) => word.length > 2 && companyWords.has(word));
  return [...findInterviewersInText(lines), ...findInterviewersInLanguage(lines, lexicon)].filter(
    ({ name }) => name !== null && aPerson(name),
  );
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
