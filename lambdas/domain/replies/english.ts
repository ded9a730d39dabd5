/**
 * The English reader of phrasing families (signals.ts): kept as the first reading of an English
 * reply, whose closings the shared grammar then checks (understand.ts).
 */
import type { DateTime } from "luxon";
import { looksAutomatic } from "./auto-reply";
import { readCorrection } from "./corrections";
import { futureDay, pastDay, readInstant, snoozeUntil } from "./dates";
import { SUGGESTIONS, suggestionsFor } from "./english-suggestions";
import { clausesOf, type Fact, findSignals, type Signal } from "./signals";
import { writtenPart } from "./strip";
import type { Reading, ReplyIntent, UnderstandOptions } from "./types";

/** Words whose common misspellings (one letter off) are read as the word itself. */
const KEYWORDS = [
  "thanked",
  "followed",
  "rejected",
  "rejection",
  "snooze",
  "withdraw",
  "withdrew",
  "withdrawn",
  "offer",
  "status",
  "export",
  "remind",
  "decision",
  "interview",
  "heard",
  "thanks",
  "follow",
  "reopen",
  "declined",
];

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i] === b[j + 1] && a[i + 1] === b[j]) {
      // A swap of two neighbours ("thnaked") counts as one slip.
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Real words one letter away from a keyword: never "corrected". */
const NOT_TYPOS = new Set([
  "offers",
  "fellow",
  "heart",
  "hears",
  "beard",
  "status",
  "remain",
  "follows",
  "thank",
]);

function correctTypos(text: string): string {
  return text.replace(/\bofer\b/g, "offer").replace(/[a-z]{5,}/g, (word) => {
    if (KEYWORDS.includes(word) || NOT_TYPOS.has(word)) return word;
    return KEYWORDS.find((keyword) => editDistanceAtMostOne(word, keyword)) ?? word;
  });
}

function normalise(text: string): string {
  return correctTypos(
    text
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/[“”«»„]/g, '"')
      .replace(/[–—]/g, " - ")
      .replace(/[ \t]+/g, " ")
      .trim(),
  );
}

const GREETING =
  /^(?:(?:hi|hey|hello|ok|okay|oh|so|ah|thanks|thank you|fyi|update|quick update|btw)\b[\s,.:!-]*)+/i;

/** Commands written as commands: the first words decide. */
const COMMANDS: ReadonlyArray<{ readonly intent: ReplyIntent; readonly pattern: RegExp }> = [
  { intent: "check", pattern: /^check\s*:/ },
  { intent: "forget", pattern: /^forget\b/ },
  {
    intent: "help",
    pattern:
      /^(?:help|\?+|commands|what can i (?:say|reply|write|do)\??|how does this work\??|menu|options)[.!?]*$/,
  },
  {
    intent: "undo",
    pattern: new RegExp(
      [
        "^(?:",
        [
          "undo",
          "oops,? undo",
          "undo (?:that|this|it|the last (?:one|change|reply)|my last (?:reply|message|change))",
          "revert(?: that| it)?",
          "take (?:that|it) back",
          "that was a mistake",
          "(?:oops,? )?(?:wrong|mistake)(?: (?:one|button|email|interview|reply))?",
          "i didn'?t mean (?:that|it)",
          "cancel (?:that|my last (?:reply|message))",
        ].join("|"),
        ")[.!]*$",
      ].join(""),
    ),
  },
  {
    intent: "reopen",
    pattern: new RegExp(
      [
        "^(?:",
        [
          "(?:please )?re-?open(?: (?:it|this|this one|the application|my application))?",
          "open (?:it|this) again",
          "not (?:rejected|withdrawn|closed|over) after all",
          "(?:it'?s|i'?m) (?:still )?(?:open|back in|in the running) after all",
          "i'?m back in",
        ].join("|"),
        ")[.!]*$",
      ].join(""),
    ),
  },
  {
    intent: "export",
    pattern: /\b(?:export|download (?:my|all)|csv|backup|send me (?:my|all) (?:data|interviews))\b/,
  },
  {
    intent: "status",
    pattern: new RegExp(
      [
        String.raw`^(?:status|pending|list|summary|overview)\b`,
        "what(?:'s| is) (?:pending|next|coming up|planned|scheduled)",
        String.raw`\bwhat do i have\b`,
        String.raw`\bshow (?:me )?(?:my )?(?:status|plan|everything)\b`,
      ].join("|"),
    ),
  },
];

/** A closing fact is read only from clear, first-hand, present words; these are the closing ones. */
const CLOSING: ReadonlySet<Fact> = new Set([
  "offer",
  "rejected",
  "rescinded",
  "withdrawn",
  "declined-offer",
  "accepted-elsewhere",
]);

/** Specific phrases hide the general ones they contain ("declined the offer" is not an offer). */
const HIDES: Partial<Record<Fact, readonly Fact[]>> = {
  "declined-offer": ["offer", "rejected", "withdrawn", "thanked"],
  rescinded: ["offer", "withdrawn", "declined-offer"],
  "accepted-elsewhere": ["offer", "other-offer", "thanked"],
  "other-offer": ["offer"],
  "followed-up": ["thanked", "heard-back"],
  "next-round": ["heard-back"],
};

function overlaps(a: Signal, b: Signal): boolean {
  return a.clause === b.clause && a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** "I'm not moving forward with them" is the user's decision; "they're not moving forward", theirs. */
function byTheUser(signal: Signal, clauses: readonly { text: string }[]): boolean {
  // "I'm not moving forward", "I rejected them", "I went with another company": the user acts.
  // "I was turned down", "I didn't get it": done to the user, not by them.
  if (
    !/^(?:not|won't|will not|aren't|are not|isn't|is not|decided|reject|chose|go|went|mov|proceed|pursu|continu|said)/.test(
      signal.text,
    )
  )
    return false;
  const before = clauses[signal.clause]?.text.slice(0, signal.index) ?? "";
  return /\b(?:i|i'm|i am|i've|i have|i've decided|i decided|i have decided|we)\s*(?:decided\s*)?$/.test(
    before.trim(),
  );
}

/** Actions only the user takes ("sent", "followed up"): said of them, they are not the user's. */
function byThem(signal: Signal, clauses: readonly { text: string }[]): boolean {
  const before = clauses[signal.clause]?.text.slice(0, signal.index) ?? "";
  return /\b(?:they|she|he|recruiter|hr|the company|the team|hiring manager|interviewer)\s+(?:\w+\s+)?$/.test(
    before,
  );
}

function relevantSignals(text: string): { signals: Signal[]; clauses: ReturnType<typeof clausesOf> } {
  const clauses = clausesOf(text);
  let signals = findSignals(clauses).map((signal) =>
    signal.fact === "rejected" && byTheUser(signal, clauses)
      ? { ...signal, fact: "withdrawn" as Fact }
      : signal,
  );
  signals = signals.filter(
    (signal) =>
      !signals.some(
        (other) => other !== signal && HIDES[other.fact]?.includes(signal.fact) && overlaps(other, signal),
      ),
  );
  signals = signals.map((signal) =>
    (signal.fact === "thanked" || signal.fact === "followed-up" || signal.fact === "withdrawn") &&
    byThem(signal, clauses)
      ? { ...signal, otherPerson: true }
      : signal,
  );
  return { signals, clauses };
}

const COMPANY_NOISE = new Set(["inc", "llc", "ltd", "gmbh", "the", "and", "co", "corp", "company", "group"]);

/**
 * Names the user wrote with a capital inside a sentence ("an offer from Lumen", "Acme rejected
 * me"), lower-cased: the proper nouns a signal may be about.
 */
function properNames(written: string): Set<string> {
  const names = new Set<string>();
  for (const match of written.matchAll(/(?<![.!?]\s|^|\n)(?<=\s)([A-Z][\w&'-]*)/g)) {
    const name = match[1]?.toLowerCase();
    if (name && !/^i(?:'|$)/.test(name) && name !== "hr") names.add(name);
  }
  return names;
}

/** Signals about another company than this interview's: "rejected by Lumen" in a reply about Acme. */
function aboutAnotherCompany(
  signal: Signal,
  clauses: readonly { text: string }[],
  names: ReadonlySet<string>,
  company: string,
): boolean {
  const own = new Set(
    company
      .toLowerCase()
      .split(/[^\p{L}\p{N}&]+/u)
      .filter((word) => word.length > 1 && !COMPANY_NOISE.has(word)),
  );
  const text = clauses[signal.clause]?.text ?? "";
  const after = /^\s*(?:by|from|at|with|in|to) (?:the )?([\p{L}\p{N}][\p{L}\p{N}&'-]*)/u.exec(
    text.slice(signal.index + signal.text.length),
  )?.[1];
  const before = /([\p{L}\p{N}][\p{L}\p{N}&'-]*)\s+$/u.exec(text.slice(0, signal.index))?.[1];
  return [after, before].some((word) => word !== undefined && names.has(word) && !own.has(word));
}

const isFact = (signal: Signal) => !signal.negated && !signal.hedged && !signal.otherPerson;

const unknown = (suggestions: readonly string[] = []): Reading => ({
  intent: "unknown",
  date: null,
  ...(suggestions.length > 0 ? { suggestions } : {}),
});

function iso(value: DateTime): string {
  return value.toISO({ suppressMilliseconds: true }) ?? "";
}

/** A bare "done", "sent" or ✅: what it logs depends on the prompt it answers. */
const BARE_DONE = /^(?:sent|done|did it|sent it|done it|all done|ok,? sent|okay,? sent|✅|👍|✔️?|☑️?)[.!]*$/u;

function nextRoundDate(written: string, now: DateTime, zone: string): string | null {
  const found = readInstant(written, now, zone, true);
  if (!found) return null;
  return found.hasTime ? iso(found.start) : (found.start.toISODate() ?? null);
}

/**
 * Reads a reply in plain words. Closing words (offer, rejected, withdrawn) count only when they
 * are clear, first-hand and not denied or doubted; a next round beats the word "offer". Anything
 * unclear gives `unknown` with the likeliest commands: a wrong guess would change the user's plan,
 * an `unknown` only asks again.
 */
export function readEnglish(written: string, raw: string, options: UnderstandOptions): Reading {
  const now = options.now.setZone(options.zone);
  const sendTime = options.sendTime ?? "09:00";
  const text = normalise(written);
  if (!text) return unknown();
  // "Hi, …", "Ok so …": a greeting before a command is not part of it.
  const firstLine = (written.split("\n")[0]?.trim() ?? "").replace(GREETING, "");

  const commandText = text.replace(GREETING, "");
  const command = COMMANDS.find(({ pattern }) => pattern.test(commandText));
  if (command) {
    switch (command.intent) {
      case "check":
        return { intent: "check", date: null, argument: writtenPart(raw).replace(/^\s*check\s*:\s*/i, "") };
      case "forget": {
        const target = firstLine.replace(/^\s*forget\s*/i, "").trim();
        return {
          intent: "forget",
          date: null,
          argument: /^(?:everything|all|all my data|me)$/i.test(target) ? "everything" : target,
        };
      }
      default:
        return { intent: command.intent, date: null };
    }
  }
  const correction = readCorrection(firstLine, now, options.zone);
  if (correction) return { intent: "correct", date: null, correction };

  const found = relevantSignals(text);
  const names = properNames(written);
  const signals = options.company
    ? found.signals.map((signal) =>
        aboutAnotherCompany(signal, found.clauses, names, options.company ?? "")
          ? { ...signal, otherPerson: true }
          : signal,
      )
    : found.signals;
  const facts = signals.filter(isFact);
  const has = (fact: Fact) => facts.some((signal) => signal.fact === fact);

  // An out-of-office notice sent on the user's behalf: nothing to act on, nothing to answer.
  if (looksAutomatic(written, options.subject) && !has("snooze"))
    return { intent: "unknown", date: null, automatic: true };

  if (BARE_DONE.test(text)) {
    const followUp = options.replyingTo?.startsWith("follow-up-");
    return { intent: followUp ? "followed-up" : "thanked", date: now.toISODate() };
  }

  // A next round is the main news: "they want me back! next round Dec 3 at 2pm" is no offer.
  if (has("next-round")) return { intent: "next-round", date: nextRoundDate(written, now, options.zone) };

  const closing = new Set(
    facts
      .filter((signal) => CLOSING.has(signal.fact))
      .map((signal) =>
        signal.fact === "declined-offer" || signal.fact === "accepted-elsewhere"
          ? "withdrawn"
          : signal.fact === "rescinded"
            ? "rejected"
            : signal.fact,
      ),
  );
  // Every closing word doubted, denied or said of someone else: ask rather than close.
  // Turning an offer down ends the application on the user's side: "offer, but I declined".
  if (has("declined-offer") && !closing.has("rejected"))
    return { intent: "withdrawn", date: null, declinedOffer: true };
  if (closing.size === 1) {
    const [only] = [...closing];
    if (only === "withdrawn") return { intent: "withdrawn", date: null };
    if (only === "offer" || only === "rejected") return { intent: only, date: null };
  }
  if (closing.size > 1) {
    // "rejected, so stop" is one fact; an offer and a rejection together are a question.
    if (closing.has("rejected") && !closing.has("offer")) return { intent: "rejected", date: null };
    return unknown([...closing].map((fact) => SUGGESTIONS[fact as Fact][0] ?? "").filter(Boolean));
  }

  // The steps a reply can log, in order of weight; the first is the answer, the rest come along.
  const steps: Array<{ intent: "thanked" | "decision-date" | "followed-up"; date: string | null }> = [];
  const decision = signals.some((signal) => signal.fact === "decision" && !signal.negated)
    ? futureDay(written, now)
    : null;
  if (decision) steps.push({ intent: "decision-date", date: decision });
  const bareSentToFollowUp = options.replyingTo?.startsWith("follow-up-") && !/\bthank/.test(text);
  if (has("followed-up") || (has("thanked") && bareSentToFollowUp))
    steps.push({ intent: "followed-up", date: pastDay(written, now) });
  else if (has("thanked")) steps.push({ intent: "thanked", date: pastDay(written, now) });
  const [first, ...rest] = steps;
  if (first && (first.intent !== "thanked" || !has("heard-back")))
    return { ...first, ...(rest.length > 0 ? { also: rest } : {}) };
  if (has("heard-back")) return { intent: "heard-back", date: null, ...(first ? { also: [first] } : {}) };
  if (has("snooze")) return { intent: "snooze", date: iso(snoozeUntil(written, now, sendTime)) };
  return unknown(suggestionsFor(signals, text));
}
