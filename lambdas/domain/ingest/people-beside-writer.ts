/**
 * The writer and the colleagues named with them as one subject: "Stefan Gruber (Teamlead) und ich
 * würden Sie einladen", "Wim Verhoeven, teamleader, en ikzelf zullen aanwezig zijn", "Io e Luca
 * Marino vorremmo conoscerti", "Myself and Siobhán Kelly would love to have a chat": whoever writes
 * "X and I" about the meeting meets the candidate with X. One grammar over each lexicon's "and"
 * and self words.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import { clauseBefore, SENTENCE } from "./clauses";
import { signedName } from "./greeting";
import { phraseAlternatives } from "./invite-language";

import { type LanguagePeople, listedNames, peopleWordsOf } from "./people-language";
import { isAName, LEADING_INITIALISM, LEADING_TITLES, TITLE_WORD } from "./person-names";

interface BesideWriter {
  /** "… und ich", "… en ikzelf": the self word closing a list, then a word (the verb) or the clause's end. */
  readonly closing: RegExp;
  /** "Io e …", "Myself and …": the self word opening a clause, then an "and" word. */
  readonly opening: RegExp;
}

const patterns = new WeakMap<InviteLexicon, BesideWriter>();

function patternsOf(lexicon: InviteLexicon): BesideWriter {
  let found = patterns.get(lexicon);
  if (!found) {
    const and = phraseAlternatives(lexicon.andWords);
    const self = phraseAlternatives(lexicon.selfWords);
    found = {
      // After a name's last letter or its bracket: "Gruber (Teamlead Web) und ich", "service, en ikzelf".
      // The space first: the look behind runs at spaces only, not at every place of the text.
      closing: new RegExp(`[ ](?<=[\\p{L})][,]?[ ])[ ]*(?:${and})[ ]+(?:${self})(?![\\p{L}\\p{N}])`, "giu"),
      opening: new RegExp(`(?:^|(?<=[\\n.!?,:][ \\t]*))(?:${self})[ ]+(?:${and})[ ]+(?=\\p{Lu})`, "gimu"),
    };
    patterns.set(lexicon, found);
  }
  return found;
}

/** A whole name ending a piece of a clause: "Stefan Gruber" of "Wie besprochen würden Stefan Gruber". */
const NAME_AT_END = new RegExp(
  `(?:${TITLE_WORD}[ ])*\\p{Lu}[\\p{L}'’-]+(?:[ ](?:(?:van|von|de|der|den|da|di|du|la|le|del|dos)[ ]){0,2}\\p{Lu}[\\p{L}'’-]+){1,2}$`,
  "u",
);

/** Where a quoted message begins: "-----Ursprüngliche Nachricht-----", "________", "> ". */
const MESSAGE_END = /^[ \t]*(?:-{3,}|_{5,}|>)/m;

/**
 * Who wrote the text at `at`: in a thread, whoever signs the message it stands in ("Mit
 * freundlichen Grüßen\nMag. Eva Lechner", titles dropped), else `sender`, the writer of the mail forwarded.
 */
function writerAt(source: string, at: number, sender: string): string {
  const rest = source.slice(at, at + 2_000);
  const end = rest.search(MESSAGE_END);
  const signer = signedName(end < 0 ? rest : rest.slice(0, end))?.replace(LEADING_TITLES, "");
  return signer?.includes(" ") ? signer : sender;
}

/** The names closing the clause before a closing self word, across role appositions: "Wim Verhoeven, teamleader,". */
function namesClosing(clause: string, words: LanguagePeople): string[] {
  const pieces = clause
    .replace(/\([^)]*\)/g, "")
    .split(/[;,]/)
    .flatMap((piece) => piece.split(words.and))
    .map((piece) => piece.trim())
    .slice(-4);
  const names: string[] = [];
  for (const piece of pieces) {
    const name = NAME_AT_END.exec(piece)?.[0];
    // The name's words, not its title ("Ing.", "M."): every name drops them.
    // "unser CTO Felix Wagner": an initialism before the name is a job title.
    const bare = name?.replace(LEADING_INITIALISM, "").replace(LEADING_TITLES, "");
    // "Mein Mann und ich": a possessive or a pronoun opens no name.
    const first = bare?.split(" ")[0]?.toLowerCase() ?? "";
    if (bare?.includes(" ") && isAName(bare) && !words.phraseWords.has(first))
      names.push(name?.replace(LEADING_INITIALISM, "") ?? bare);
  }
  return names;
}

/** The people named beside the writer as one subject, the writer (`sender`) among them; none when no such list. */
export function peopleBesideWriter(source: string, lexicon: InviteLexicon, sender: string | null): string[] {
  const { closing, opening } = patternsOf(lexicon);
  const names: string[] = [];
  let words: LanguagePeople | undefined;
  for (const match of source.matchAll(closing)) {
    words ??= peopleWordsOf(lexicon);
    const found = namesClosing(clauseBefore(source, match.index ?? 0), words);
    names.push(...found);
    if (found.length > 0 && sender) names.push(writerAt(source, match.index ?? 0, sender));
  }
  for (const match of source.matchAll(opening)) {
    words ??= peopleWordsOf(lexicon);
    const from = (match.index ?? 0) + match[0].length;
    // Only the first part, up to its comma or bracket: "Luca Marino, il nostro direttore creativo, vorremmo".
    const first = (SENTENCE.exec(source.slice(from, from + 200))?.[0] ?? "").split(/[,(]/)[0] ?? "";
    const found = listedNames(first, words, null, { firstNames: false }).slice(0, 2);
    names.push(...found);
    if (found.length > 0 && sender) names.push(writerAt(source, match.index ?? 0, sender));
  }
  return [...new Set(names)];
}
