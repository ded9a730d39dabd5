/**
 * Outcomes said as families, not sentences: a lexicon's `outcomeFamilies` patterns name word
 * families in braces ("{reject} {me}", "{arrived} {rejectionNoun}"), and each is read as every
 * combination of its families' rows ("turned down my application", "binned me", "got the no").
 * The combinations join the closing cues (said) or the guesses (suggested), where the shared
 * grammar reads them in context like any row: who it is about, denied, asked, a condition, a
 * fear, another matter. A new verb or noun is one row of a family, read in every pattern.
 */
import type { Phrases, ReplyLexicon } from "./lexicon";

type Families = ReplyLexicon["outcomeFamilies"];
type Closing = keyof Families["said"];

const SLOT = /\{(\w+)\}/;

/** Every phrase `pattern` stands for, its families' rows put in each slot in turn. */
function combinations(pattern: string, parts: Families["parts"]): string[] {
  const slot = SLOT.exec(pattern);
  if (!slot) return [pattern.replace(/\s+/g, " ").trim()];
  const [braces, name = ""] = slot;
  const rows = parts[name];
  if (!rows) throw new Error(`outcome pattern "${pattern}" names no family "${name}"`);
  return rows.flatMap((row) => combinations(pattern.replace(braces, row), parts));
}

/** Every phrase the patterns stand for, once each. */
export function expandPatterns(patterns: Phrases, parts: Families["parts"]): Phrases {
  return [...new Set(patterns.flatMap((pattern) => combinations(pattern, parts)))];
}

function joined(
  tables: Readonly<Record<Closing, Phrases>>,
  patterns: Readonly<Partial<Record<Closing, Phrases>>>,
  parts: Families["parts"],
): Record<Closing, Phrases> {
  const all = (closing: Closing) => [...tables[closing], ...expandPatterns(patterns[closing] ?? [], parts)];
  return { offer: all("offer"), rejected: all("rejected"), withdrawn: all("withdrawn") };
}

/**
 * The reply lexicon with its closing cues and guesses joined by what its outcome families say and
 * suggest, each worked out on its first read: a forward never reads them.
 */
export function withOutcomeFamilies<T extends ReplyLexicon>(reply: T): T {
  const lexicon = Object.defineProperties({}, Object.getOwnPropertyDescriptors(reply)) as T;
  const { parts, said, suggested } = reply.outcomeFamilies;
  let cues: ReplyLexicon["cues"] | undefined;
  let guesses: ReplyLexicon["guesses"] | undefined;
  Object.defineProperty(lexicon, "cues", {
    enumerable: true,
    configurable: true,
    get: () => {
      cues ??= { ...reply.cues, ...joined(reply.cues, said, parts) };
      return cues;
    },
  });
  let subjects: ReplyLexicon["subjects"] | undefined;
  Object.defineProperty(lexicon, "subjects", {
    enumerable: true,
    configurable: true,
    get: () => {
      subjects ??= {
        ...reply.subjects,
        impliedUser: [...reply.subjects.impliedUser, ...expandPatterns(reply.outcomeFamilies.implied, parts)],
      };
      return subjects;
    },
  });
  Object.defineProperty(lexicon, "guesses", {
    enumerable: true,
    configurable: true,
    get: () => {
      guesses ??= joined(reply.guesses, suggested, parts);
      return guesses;
    },
  });
  return lexicon;
}
