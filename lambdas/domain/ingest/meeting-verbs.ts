/**
 * The shapes of a verb of meeting the candidate (each lexicon's `meetVerbs`) beside the candidate
 * as its object (`youObjects`), as conduct phrases with "…" where the people are named: after the
 * verb ("Lo recibirán la Directora, Marta Salinas", "Sie treffen Frau Vogt") or before the object
 * ("l'Avv. Bianchi e l'Avv. Moretti La riceveranno", "Mme Fontaine et M. Benali vous recevront",
 * "Herr Ott und Frau Lang werden Sie empfangen"). One grammar for every language; the verb's stem
 * reads every tense and person. Who receives the candidate at a front desk only shows the way, and
 * an employer that wishes to meet them is no person.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { SENTENCE, sentenceBefore } from "./clauses";
import { lexiconPattern } from "./invite-language";

/** The conduct phrases the lexicon's verbs of meeting make with its objects. */
export function meetingVerbPhrases(lexicon: InviteLexicon): string[] {
  return lexicon.youObjects.flatMap((object) =>
    lexicon.meetVerbs.flatMap((verb) => [`${object} ${verb} …`, `… ${object} ${verb}`]),
  );
}

/**
 * Whether the people of a phrase at `at` only show the way or are an employer: its sentence names
 * a front desk ("A Patrícia vai te receber na portaria"), or the phrase is the employer's wish
 * ("Tuilerie Marchand souhaite vous rencontrer": the company, not a person, is its subject).
 */
export function notMetThere(source: string, at: number, end: number, lexicon: InviteLexicon): boolean {
  const before = sentenceBefore(source, at);
  const sentence = `${before} ${source.slice(at, end)}${SENTENCE.exec(source.slice(end, end + 200))?.[0] ?? ""}`;
  return (
    lexiconPattern(lexicon, "frontDeskWords").test(sentence) ||
    lexiconPattern(lexicon, "employerWants").test(`${before} ${source.slice(at, end)}`)
  );
}
