/**
 * How a mail domain spells the employer's name: whole ("northwindtraders" for Northwind Traders),
 * with umlauts written out ("talbrueck" for Talbrück), or shortened the way companies register
 * domains: a prefix of each word, small or generic words left out ("assidolomiti" for Assicurazioni
 * Dolomiti, "bpvaldelsa" for Banca Popolare della Valdelsa, "gruppotirreno" for Gruppo Alimentare
 * Tirreno, "metronorte-eng" for Metro Norte Engenharia).
 */
import { isAscii } from "../language/phrases";
import { LEXICON_LIST } from "./invite-language";
import { letters } from "./job-words";

/** Every language's words that begin an organisation's name ("Waterschap", "Gruppo", "Stichting"). */
const ORGANIZATION_WORDS = new Set(LEXICON_LIST.flatMap((lexicon) => lexicon.organizationWords));

/** How a domain spells "Talbrück" or "Großmann": talbrueck, grossmann. */
export function umlautLetters(word: string): string {
  return letters(
    word.replace(/[äÄ]/g, "ae").replace(/[öÖ]/g, "oe").replace(/[üÜ]/g, "ue").replace(/ß/g, "ss"),
  );
}

/** Small words inside names ("Laiteries du Val de Loire"), left out of domains. */
const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "di",
  "del",
  "della",
  "dei",
  "degli",
  "delle",
  "do",
  "da",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "den",
  "het",
  "y",
  "e",
  "et",
  "und",
  "en",
  "&",
  "of",
  "and",
  "the",
]);

/**
 * Whether `target` (a domain's letters) is spelled by `words` in order, each word giving a prefix of
 * itself or nothing; the first and the last word give something, and one word gives four letters or
 * more (so that "acme" is not read into "A Clever Man Eats"). With `skipLeading`, one capitalised
 * word before the first one spelled may give nothing ("Studio Grachtwerk" for grachtwerk.nl).
 */
export function abbreviates(target: string, words: readonly string[], skipLeading = false): boolean {
  if (target.length < 4 || words.length === 0 || words.length > 7) return false;
  if (skipLeading && /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? "") && abbreviates(target, words.slice(1)))
    return true;
  const spelled = words.map((word) => [letters(word), umlautLetters(word)]);
  const go = (index: number, at: number, started: boolean, long: boolean): boolean => {
    if (at === target.length) return long && index === words.length;
    if (index >= words.length) return false;
    const last = index === words.length - 1;
    for (const forms of new Set(spelled[index])) {
      for (let take = Math.min(forms.length, target.length - at); take >= 1; take--) {
        if (target.startsWith(forms.slice(0, take), at) && go(index + 1, at + take, true, long || take >= 4))
          return true;
      }
    }
    // Nothing from this word: never the first, never the last.
    return !last && started && go(index + 1, at, started, long);
  };
  return go(0, 0, false, false);
}

/** Words of a name for {@link abbreviates}: particles count as words that may give nothing. */
function nameWords(name: string): string[] {
  return name.split(/[\s.,'’-]+/).filter(Boolean);
}

/** Verdicts remembered: the same few names are weighed against the same domains many times a message. */
const spellings = new Map<string, boolean>();

/** Whether a name, as written, is what the domain's letters spell, whole or shortened. */
export function spellsDomain(domainLetters: string, name: string): boolean {
  const key = `${domainLetters}\u0000${name}`;
  let spelled = spellings.get(key);
  if (spelled === undefined) {
    spelled = spellsDomainNow(domainLetters, name);
    if (spellings.size > 2_000) spellings.clear();
    spellings.set(key, spelled);
  }
  return spelled;
}

function spellsDomainNow(domainLetters: string, name: string): boolean {
  const words = nameWords(name);
  // The domain starts with the first letter of the first word, or of the second when one may go.
  const initial = (word: string | undefined) => (word ? letters(word.slice(0, 2))[0] : undefined);
  if (domainLetters[0] !== initial(words[0]) && domainLetters[0] !== initial(words[1])) return false;
  const nameLetters = letters(name);
  if (nameLetters.startsWith(domainLetters) || umlautLetters(name).startsWith(domainLetters)) return true;
  return abbreviates(domainLetters, words, true);
}

/** How domains write "&" in the seven languages ("tulpenzonen", "smithandsons", "muellerundsohn"). */
const AMPERSAND_WORDS = ["and", "und", "en", "et", "e", "y"];

/** A capitalised word, or a digit, or a particle inside a name. */
const NAME_START = /^\p{Lu}|^[0-9]/u;

/** What splits a part of a text into the words of a name; ASCII text has plain letters (see isAscii). */
const NOT_NAME_CHARACTERS = /[^\p{L}\p{N}&'’-]+/u;
const NOT_ASCII_NAME_CHARACTERS = /[^A-Za-z0-9&'-]+/;

function wordsOf(part: string): string[] {
  return part.split(isAscii(part) ? NOT_ASCII_NAME_CHARACTERS : NOT_NAME_CHARACTERS);
}

/** A firm's last word, every language's, that its domain often leaves out ("Harrow Hill Partners"). */
const PARTNERSHIP_WORDS = new Set([
  "partners",
  "associates",
  "associati",
  "asociados",
  "associés",
  "associados",
  "partner",
  "holdings",
]);

/**
 * The words from `first` to `last`, and a partnership's "& Associati", "& Söhne" or its last
 * word ("Partners") written right after them: the domain spells the
 * name's head, the name goes on.
 */
function withPartners(words: readonly string[], first: number, last: number): string {
  const next = words[last + 1] ?? "";
  const partners =
    next === "&" && NAME_START.test(words[last + 2] ?? "")
      ? 2
      : NAME_START.test(next) && PARTNERSHIP_WORDS.has(next.toLowerCase())
        ? 1
        : 0;
  const end = last + 1 + partners;
  // "Hospital Santa Clara do Sul" of hsantaclara: a place joined by a particle goes on the name.
  return words.slice(first, end + placeAfter(words, end)).join(" ");
}

/** Particles that join a name to its place or owner ("do Sul", "de la Loire", "van Dam"); lower case only. */
const GENITIVE_PARTICLES = new Set([
  "do",
  "da",
  "dos",
  "das",
  "de",
  "del",
  "della",
  "di",
  "du",
  "des",
  "van",
]);

/** 2 when the words from `at` are a particle and a capitalised place that go on a name ("do Sul"), else 0. */
export function placeAfter(words: readonly string[], at: number): number {
  return GENITIVE_PARTICLES.has(words[at] ?? "") && NAME_START.test(words[at + 1] ?? "") ? 2 : 0;
}

/**
 * A domain writes "northwindtraders"; the text usually spells it "Northwind Traders": find that,
 * whole first, then shortened (from the first word the domain spells).
 */
export function spelledInTexts(compact: string, texts: readonly (string | null)[]): string | null {
  const target = letters(compact);
  // A name never runs over a line or a stop: "Kornmeyer\nBeste Grüße" is two runs.
  const split = texts.flatMap((text) =>
    (text ?? "")
      .slice(0, 20_000)
      .split(/[\n.,;:|–—()<>"]+/u)
      .map(wordsOf),
  );
  for (const spell of [letters, umlautLetters])
    for (const words of split) {
      for (let first = 0; first < words.length; first++) {
        if (!NAME_START.test(words[first] ?? "")) continue;
        let joined = "";
        for (let last = first; last < Math.min(words.length, first + 5); last++) {
          const word = words[last] ?? "";
          // "tulpenzonen" for Tulp & Zonen: a domain writes the ampersand as a language's "and".
          joined +=
            word === "&"
              ? (AMPERSAND_WORDS.find((and) => target.startsWith(joined + and)) ?? "")
              : spell(word);
          // "Waterschap Lingedal" for lingedal.nl: an organisation's word before the name belongs to it.
          const from = ORGANIZATION_WORDS.has((words[first - 1] ?? "").toLowerCase()) ? first - 1 : first;
          if (joined === target) return withPartners(words, from, last);
          if (!target.startsWith(joined)) break;
        }
      }
    }
  for (const words of split)
    for (let first = 0; first < words.length; first++) {
      const head = words[first] ?? "";
      // The first word gives the domain's first letter: a cheap test before any search.
      if (!NAME_START.test(head) || letters(head)[0] !== target[0]) continue;
      for (let last = first + 1; last < Math.min(words.length, first + 6); last++) {
        const word = words[last] ?? "";
        if (!NAME_START.test(word) && !PARTICLES.has(word.toLowerCase())) break;
        if (!NAME_START.test(word)) continue;
        if (abbreviates(target, words.slice(first, last + 1))) return withPartners(words, first, last);
      }
    }
  return null;
}

/**
 * "Hallberg Medizintechnik" for hallberg-medtech, "Hogeschool Amstelland" for hs-amstelland: a
 * written run of as many capitalised words as the domain's, each the domain's word but one, which
 * the domain shortened (the same first letter, more letters written).
 */
export function writtenInFull(domainName: string, texts: readonly (string | null)[]): string | null {
  const wanted = domainName.split(" ").map(letters);
  if (wanted.length < 2) return null;
  const fits = (run: readonly string[]) => {
    let shortened = 0;
    for (const [index, word] of run.entries()) {
      const spelled = letters(word);
      const domainWord = wanted[index] ?? "";
      if (spelled === domainWord) continue;
      if (spelled[0] !== domainWord[0] || spelled.length <= domainWord.length) return false;
      shortened++;
    }
    return shortened === 1;
  };
  for (const text of texts)
    for (const part of (text ?? "").slice(0, 20_000).split(/[\n.,;:|–—()<>"]+/u)) {
      const words = wordsOf(part).filter(Boolean);
      for (let first = 0; first + wanted.length <= words.length; first++) {
        const run = words.slice(first, first + wanted.length);
        if (run.every((word) => NAME_START.test(word)) && fits(run)) return run.join(" ");
      }
    }
  return null;
}

/** Whether `left` (a domain's spare letters) is `word` or shortens it: its first letter, then letters of it in order ("hs", "bouw"). */
function shortens(left: string, word: string): boolean {
  if (left[0] !== word[0] || left.length > word.length) return false;
  let at = 0;
  for (const letter of word) if (letter === left[at]) at++;
  return at >= left.length;
}

/**
 * "Hogeschool Amstelland" for hsamstelland, "Bouwbedrijf Van Leeuwen" for vanleeuwenbouw,
 * "Schreinerei Holzmann" for holzmann-schreinerei: a written run whose words but one spell the
 * domain's start or end, and whose one other word, a sector word on either side, the domain's
 * spare letters write or shorten. Beats the domain's own letters.
 */
export function writtenAroundCore(compact: string, texts: readonly (string | null)[]): string | null {
  const target = letters(compact);
  if (target.length < 6) return null;
  const spare = (core: readonly string[]) => {
    const spelled = core.map(letters).join("");
    if (spelled.length < 4 || spelled === target) return null;
    if (target.startsWith(spelled)) return target.slice(spelled.length);
    return target.endsWith(spelled) ? target.slice(0, -spelled.length) : null;
  };
  const fits = (extra: string, core: readonly string[]) => {
    if (!NAME_START.test(extra) || !NAME_START.test(core[0] ?? "")) return false;
    const left = spare(core);
    return left !== null && shortens(left, letters(extra));
  };
  for (const text of texts)
    for (const part of (text ?? "").slice(0, 20_000).split(/[\n.,;:|–—()<>"]+/u)) {
      const words = wordsOf(part).filter(Boolean);
      for (let first = 0; first < words.length; first++) {
        if (!NAME_START.test(words[first] ?? "")) continue;
        for (let last = first + 1; last < Math.min(words.length, first + 5); last++) {
          const word = words[last] ?? "";
          if (!NAME_START.test(word) && !PARTICLES.has(word.toLowerCase())) break;
          const run = words.slice(first, last + 1);
          if (fits(run[0] ?? "", run.slice(1)) || fits(word, run.slice(0, -1))) return run.join(" ");
        }
      }
    }
  return null;
}
