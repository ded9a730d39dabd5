/**
 * When a first name alone in a list of people met is someone: joined to another name ("Thomas et
 * Nadia") or followed by who they are ("ci sarà anche Luca, il mio socio", "Camila, nossa tech
 * lead"). A capitalised word after a comma ("Miriam Vogt, unserer Produktleiterin") is no name.
 */
import { FIRST_NAME, isAName, LEADING_PERSON } from "./person-names";

/** A part of a list that opens with someone's name, a first name alone too. */
function opensWithAName(words: string): boolean {
  const name = LEADING_PERSON.exec(words)?.[0] ?? FIRST_NAME.exec(words)?.[0];
  return name !== undefined && isAName(name);
}

/**
 * "Thomas et Nadia", "Marcus again, plus Elena": a name joined by an "and" word to a name before
 * it makes a list of people; a capitalised word after a comma ("Miriam Vogt, unserer
 * Produktleiterin") does not.
 */
function joinedToAName(pieces: readonly (readonly string[])[], before: RegExp): boolean {
  let earlier = false;
  for (const piece of pieces)
    for (const [index, part] of piece.entries()) {
      const named = opensWithAName(part.replace(before, ""));
      if (named && index > 0 && earlier) return true;
      earlier ||= named;
    }
  return false;
}

/**
 * "Luca, il mio socio", "Camila, nossa tech lead": a first name, then as the list's last piece a
 * few lower-case words opening with an article or a possessive (the lexicon's words before names)
 * that say who they are; "Si no te cuadra, dime y lo movemos" is no such piece.
 */
function apposed(pieces: readonly (readonly string[])[], before: RegExp): boolean {
  const [last, ...earlier] = [...pieces].reverse();
  const named = earlier[0];
  const words = last?.join(" ").trim() ?? "";
  return (
    named !== undefined &&
    named.length === 1 &&
    FIRST_NAME.test(named[0]?.replace(before, "") ?? "") &&
    last?.length === 1 &&
    /^\p{Ll}/u.test(words) &&
    before.test(words) &&
    words.split(/\s+/).length <= 4
  );
}

/** Whether a list's shape makes its first names people. */
export function namedByShape(pieces: readonly (readonly string[])[], before: RegExp): boolean {
  return joinedToAName(pieces, before) || apposed(pieces, before);
}
