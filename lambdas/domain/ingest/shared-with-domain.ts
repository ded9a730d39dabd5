/**
 * The employer's name as the text writes it, when the mail's domain runs its words together or
 * cuts them ("Tiberina Servizi Energetici" of tiberinaenergia.it, "Bakkerij Van der Meulen" of
 * vandermeulenbakkerij.nl, "Farmacie Comunali Riunite" of fcr-farmacie.it): a name written in
 * the text that shares a word or its initials with the domain beats any guess from the domain.
 */
import { looksLikePersonName } from "./company-clues";
import { cleanCompany, LEGAL_FORMS } from "./company-name";
import { COMPANY_NAME, NOT_A_COMPANY } from "./company-words";
import { umlautLetters } from "./employer-spelling";
import { LEXICON_LIST } from "./invite-language";
import { letters } from "./job-words";

/** Words too common to tell one employer from another ("Gruppo", "Services", "Careers"). */
const COMMON_WORDS = new Set([
  ...LEXICON_LIST.flatMap((lexicon) => lexicon.organizationWords).map(letters),
  ..."services servizi servicios servicos dienstleistungen solutions consulting international holding global digital systems technologies careers recruitment talent jobs team".split(
    " ",
  ),
]);

/** A run of capitalised words with the small words inside names, and its legal form; from a capital ("alle 17 da Atelier Brera"). */
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?=\\p{Lu})${COMPANY_NAME}(?:,?[ ](?:${LEGAL_FORMS})\\.?)?`, "gu");
const ENDS_WITH_LEGAL_FORM = new RegExp(`[ ,](?:${LEGAL_FORMS})\\.?$`, "u");

/**
 * Whether a name shares a word of four letters or more with the domain's letters ("Tiberina" of
 * tiberinaenergia), or its capitalised words' initials begin them ("ravu" of Regionale Ambulance
 * Voorziening Utrecht).
 */
export function sharesDomain(domainLetters: string, name: string): boolean {
  const words = name.split(/[\s.,'’&-]+/).filter(Boolean);
  const initials = words
    .filter((word) => /^[\p{Lu}0-9]/u.test(word))
    .map((word) => letters(word).charAt(0))
    .join("");
  if (initials.length >= 3 && domainLetters.startsWith(initials)) return true;
  return words.some((word) =>
    [letters(word), umlautLetters(word)].some(
      (form) =>
        form.length >= 4 &&
        !COMMON_WORDS.has(form) &&
        !NOT_A_COMPANY.test(form) &&
        domainLetters.includes(form),
    ),
  );
}

/**
 * The name written in `texts` that shares the most with one of the domains' names: one written
 * with a legal form first ("Kornfeld Landtechnik GmbH"), then the longest; never one of the people,
 * nor one word alone without a legal form.
 */
export function nameSharingDomain(
  texts: readonly (string | null)[],
  domainNames: readonly string[],
  people: readonly string[],
): string | null {
  const domains = domainNames.map(letters).filter((domain) => domain.length >= 3);
  if (domains.length === 0) return null;
  let best: { readonly name: string; readonly weight: number } | null = null;
  for (const text of texts)
    for (const line of (text ?? "").slice(0, 20_000).split("\n")) {
      for (const match of line.matchAll(RUN)) {
        // "Maître Anne Delvaux et moi-même": a name ends with a capital word, never a small one.
        const written = match[0].replace(/(?:\s+\p{Ll}+)+$/u, "");
        const name = cleanCompany(written);
        if (!name || looksLikePersonName(name, people)) continue;
        if (!domains.some((domain) => sharesDomain(domain, name))) continue;
        const legal = ENDS_WITH_LEGAL_FORM.test(written) ? 10 : 0;
        // "avec M. Castaing" of castaing-freres: one word the domain holds says less than the domain.
        if (!legal && !name.includes(" ")) continue;
        const weight = legal + name.split(" ").length;
        if (!best || weight > best.weight) best = { name, weight };
      }
    }
  return best?.name ?? null;
}
