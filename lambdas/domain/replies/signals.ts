/**
 * The facts a reply may state, found clause by clause with their polarity: a phrase that is
 * negated ("not rejected yet", "I won't withdraw"), hedged ("I think I got the job", "if they
 * reject me", "offer?") or about someone else ("someone else got the offer") is a signal too,
 * but never a fact. The caller decides which fact wins.
 */
import { type Fact, PATTERNS } from "./signal-patterns";

export type { Fact } from "./signal-patterns";

export interface Signal {
  readonly fact: Fact;
  /** Index of the clause it was found in. */
  readonly clause: number;
  /** Offset of the match inside its clause. */
  readonly index: number;
  readonly text: string;
  readonly negated: boolean;
  readonly hedged: boolean;
  /** Someone else's news ("another candidate got the offer"). */
  readonly otherPerson: boolean;
}

/** Words that deny what follows them in the same clause. */
const NEGATION = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "not",
      "no",
      "never",
      "nothing",
      "none",
      "nor",
      "neither",
      "without",
      "hardly",
      "cannot",
      "can't",
      "cant",
      "won't",
      "wont",
      "don't",
      "dont",
      "doesn't",
      "doesnt",
      "didn't",
      "didnt",
      "haven't",
      "havent",
      "hasn't",
      "hasnt",
      "hadn't",
      "isn't",
      "isnt",
      "wasn't",
      "wasnt",
      "aren't",
      "arent",
      "weren't",
      "werent",
      "wouldn't",
      "wouldnt",
      "shouldn't",
      "shouldnt",
      "couldn't",
      "couldnt",
      "yet to",
      "still waiting",
      "waiting (?:for|on)",
      "instead of",
      "rather than",
      "no sign of",
      "far from",
      "zero",
      "nope",
      "forgot to",
      "forget to",
      "need to",
      "have to",
      "has to",
      "must",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** Words that make what follows a guess, a wish or a question, not a fact. */
const DOUBT = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "thinking (?:of|about)",
      "considering",
      "consider",
      "contemplating",
      "maybe",
      "might",
      String.raw`may(?! \d)`,
      "could",
      "possibly",
      "probably",
      "perhaps",
      "hopefully",
      "hope",
      "hoping",
      "i think",
      "i guess",
      "i believe",
      "i suppose",
      "i suspect",
      "i fear",
      "fingers crossed",
      "if",
      "in case",
      "whether",
      "worried",
      "afraid",
      "scared",
      "nervous",
      "likely",
      "unlikely",
      "pretty sure",
      "potential",
      "potentially",
      "possible",
      "possibility",
      "chances?",
      "assume",
      "assuming",
      "wonder",
      "wondering",
      "what if",
      "how do i",
      "should i",
      "do i",
      "can i",
      "seems?",
      "looks like",
      "sounds like",
      "apparently",
      "rumou?r",
      "hint(?:ed)?",
      "in the running",
      "shortlist(?:ed)?",
      "waiting to",
      "pending",
      "tempted",
      "torn",
      "unsure",
      "not sure",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/**
 * A closing word about the future is a plan or a hope, not news ("they will make me an offer",
 * "once they reject me"); a next round or a logged step may well be in the future.
 */
const FUTURE = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "will",
      "would",
      "should",
      "shall",
      "soon",
      "going to",
      "gonna",
      "'ll",
      "'d",
      "about to",
      "expect",
      "expecting",
      "expected",
      "anticipate",
      "anticipating",
      "want to",
      "wants to",
      "would like to",
      "when",
      "once",
      "until",
      "unless",
      "before",
      "after",
      "almost",
      "close to",
      "considering",
      "consider",
      "thinking (?:of|about)",
      "plan(?:ning)? to",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** Someone else's news: "someone else got the offer", "a friend was hired". */
const OTHER_PERSON = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "someone",
      "somebody",
      "another (?:candidate|person|applicant|guy|girl)",
      "other (?:candidates?|people|applicants?)",
      "the other (?:candidate|person)",
      "a friend",
      "my friend",
      "friend",
      "colleague",
      "coworker",
      "co-worker",
      "he",
      "she",
      "internal candidate",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** The user's own step in the future ("I'll follow up tomorrow") is not done yet. */
const PLANNED =
  /\b(?:will|'ll|going to|gonna|plan(?:ning)? to|about to|should|want to|wants to|would like to|'d like to|intend to|try to|remember to|tomorrow)\b/;
const USER_STEPS: ReadonlySet<Fact> = new Set(["thanked", "followed-up"]);

/** Facts that end an application: they need clear, present, first-hand words. */
const CLOSING_FACTS: ReadonlySet<Fact> = new Set([
  "offer",
  "rejected",
  "declined-offer",
  "accepted-elsewhere",
]);

export interface Clause {
  readonly text: string;
  /** The clause ended with a question mark. */
  readonly question: boolean;
}

/** Sentences and contrastive parts ("…, but …") are separate clauses. */
export function clausesOf(text: string): Clause[] {
  const parts = text
    .split(
      /(?<=[.!?;\n])\s+|\s+(?:but|however|though|although|except|whereas)\s+|\s+-\s+|\s+—\s+|,\s+(?=(?:and )?(?:they|i|we|she|he|it|the|so|also)\b)/,
    )
    .map((part) => part.trim())
    .filter(Boolean);
  // "…didn't get the job. Yet!" — a lone "yet" still belongs to what it qualifies.
  const merged: string[] = [];
  for (const part of parts) {
    if (merged.length > 0 && /^(?:not )?yet\b[\s.!?…)]*$/.test(part)) merged.push(`${merged.pop()} ${part}`);
    else merged.push(part);
  }
  return merged.map((part) => ({ text: part, question: /\?[\s!?.…)]*$/.test(part) }));
}

/** A condition covers the whole sentence after it: "if they say no, I'd withdraw". */
const CONDITION = /\b(?:if|unless|in case|whether|what if|even if|as soon as)\b/;

/** The part of the text before a phrase that still belongs to it. */
function scope(before: string): string {
  return before.split(/[,;:()]|\b(?:and|so|then|because|since|plus)\b/).pop() ?? "";
}

function window(before: string, words: number): string {
  return before.split(/\s+/).slice(-words).join(" ");
}

/** Denials right after the phrase: "offer? not yet", "rejected - no". */
const NEGATION_AFTER = /^[\s?!.,:-]{0,4}(?:not yet|not really|not exactly|nope)\b|^[\s,.…]*yet\b(?! again)/;

/** What follows the phrase makes it about someone or something else: "rejected another candidate". */
const ABOUT_ANOTHER = new RegExp(
  [
    String.raw`^\s*(?:\w+\s+){0,2}?(?:(?:the|my|that|an?)\s+)?(?:other|another|different)\s+(?:`,
    [
      "candidates?",
      "applicants?",
      "persons?",
      "people",
      "applications?",
      "offers?",
      "compan(?:y|ies)",
      "employers?",
      "roles?",
      "jobs?",
      "positions?",
      "interviews?",
      "one",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** Every signal in every clause, in reading order. */
export function findSignals(clauses: readonly Clause[]): Signal[] {
  const signals: Signal[] = [];
  clauses.forEach((clause, clauseIndex) => {
    for (const { fact, pattern } of PATTERNS) {
      for (const match of clause.text.matchAll(pattern)) {
        const index = match.index ?? 0;
        const text = match[0].replace(/^[.!;\s]+/, "");
        const before = clause.text.slice(0, index + (match[0].length - text.length));
        const after = clause.text.slice(index + match[0].length);
        // A denial or a doubt reaches back to the last comma or "and": "haven't heard back, remind me".
        const scoped = window(scope(before), 6);
        // The negation is part of some phrases ("not moving forward"): only words before them count.
        const negated = (NEGATION.test(scoped) && !/\bnot only\b/.test(scoped)) || NEGATION_AFTER.test(after);
        // "Could you remind me…?" is a request: only a denial stops a snooze.
        const hedged =
          fact !== "snooze" &&
          (DOUBT.test(window(scope(before), 8)) ||
            CONDITION.test(before) ||
            clause.question ||
            (CLOSING_FACTS.has(fact) && FUTURE.test(window(scope(before), 8))) ||
            (USER_STEPS.has(fact) &&
              (PLANNED.test(window(scope(before), 8)) ||
                /^\s+(?:\w+\s+){0,3}?(?:tomorrow|tonight|later|next week|soon)\b/.test(after))));
        const otherPerson =
          OTHER_PERSON.test(window(scope(before), 5)) ||
          /^\s*(?:went )?to (?:someone|somebody|another|an internal|a different)/.test(after) ||
          ((CLOSING_FACTS.has(fact) || fact === "withdrawn") && ABOUT_ANOTHER.test(after));
        signals.push({ fact, clause: clauseIndex, index, text, negated, hedged, otherPerson });
      }
    }
  });
  return signals;
}
