/**
 * Where every language names the employer outright, from the lexicons' tables: an agency's client
 * ("unser Mandant, die Grünfeld Logistik", "nuestro cliente, Laboratorios Albarracín"), a labelled
 * line ("Entreprise : Datacime"), an employer that wants to meet ("Brouwerij De Drie Linden wil je
 * graag ontmoeten"), and the parts of a signature line ("CTO – Kerlouan Robotique"). The patterns
 * return names as written; ./company cleans and weighs them.
 */

import { COMPANY_NAME, NOT_A_COMPANY, SIGNATURE_TITLE, TEAM_WORDS } from "./company-words";
import { GROUP_NAME } from "./domains";
import { LEXICON_LIST, phraseAlternatives, phrasePattern, startsWithOneOf } from "./invite-language";
import { letters } from "./job-words";

/** A pattern matching `words` in any case, for regexes whose names must stay case-sensitive. */
export function anyCase(words: string): string {
  return words.replace(/(\\.)|(\p{Ll})/gu, (_, escaped: string | undefined, letter: string) =>
    escaped ? escaped : `[${letter}${letter.toUpperCase()}]`,
  );
}

const all = (pick: (lexicon: (typeof LEXICON_LIST)[number]) => readonly string[]) =>
  LEXICON_LIST.flatMap(pick);

/** Articles between a phrase and a name ("die Grünfeld Logistik", "la Cantiere", "het", "o"). */
const ARTICLE = "(?:(?:die|der|das|the|la|le|les|l['’]|el|los|las|o|a|os|as|het|de|il|lo|i)[ ]?)?";

const CLIENT_INTRODUCTIONS = all((lexicon) => lexicon.clientIntroductions);
const CLIENT_FIRSTS = CLIENT_INTRODUCTIONS.map((phrase) => phrase.toLowerCase());
/** "our client Acme", "unser Mandant, die Grünfeld Logistik", "presso il nostro cliente Cantiere Navale". */
const CLIENT = new RegExp(
  // anyCase lets a phrase's first letter be written as any character of its capital.
  `${startsWithOneOf([...CLIENT_FIRSTS, ...CLIENT_FIRSTS.flatMap((phrase) => [...phrase.charAt(0).toUpperCase()])])}(?<![\\p{L}\\p{N}])(?:${anyCase(phraseAlternatives(CLIENT_INTRODUCTIONS).toLowerCase())})[,:]?[ ]+${ARTICLE}(${COMPANY_NAME})`,
  "gu",
);

/** "Company: Acme", "Entreprise : Datacime", "Arbeitgeber: Rheinblick AG": the rest of the line. */
const LABELLED = new RegExp(
  `^[ \\t>*•-]*(?:${phraseAlternatives(all((lexicon) => lexicon.companyLabels))})[ \\t]*:[ \\t]*([^\\n]{2,80})$`,
  "gimu",
);

/** The organisation words of every language ("Gemeente", "Stichting"): a capital "De"/"Het" before them is an article. */
const ORGANIZATION_WORDS = anyCase(phraseAlternatives(all((lexicon) => lexicon.organizationWords)));
/**
 * What opens a sentence before an employer's name: an article in either case, and a word for a
 * company ("A empresa …", "La empresa …", "l'azienda"); "De"/"Het" only before an organisation's word.
 */
const SENTENCE_ARTICLE = `${ARTICLE}(?:(?:A|O|La|Le|Les|L['’]|El|Il|Lo|The|Die|Das|Der|(?:De|Het)(?=[ ](?:${ORGANIZATION_WORDS})))[ ]?)?(?:(?:empresa|azienda|società|entreprise|société|company|bedrijf)[ ])?`;

/**
 * "Goed nieuws: Brouwerij De Drie Linden wil je graag ontmoeten": a name opening its sentence or
 * its clause after "that" ("…, dass die Seetal AG Sie kennenlernen möchte"); "Sie" in either case.
 */
const WANTS = new RegExp(
  `(?:^|[.!?:][ ]+|[,][ ]+(?:(?:dass|daß|que|dat|che|that)[ ])?)${SENTENCE_ARTICLE}(${COMPANY_NAME})[ ]+(?:${anyCase(phraseAlternatives(all((lexicon) => lexicon.employerWants)))})(?![\\p{L}\\p{N}])`,
  "gmu",
);
/** The cheap test before WANTS, which is costly to run over every position. */
const WANTS_WORDS = phrasePattern(all((lexicon) => lexicon.employerWants));

function firstGroups(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? "").filter(Boolean);
}

/** The cheap test before CLIENT: any introduction at all ("our client", "unser Mandant"). */
const CLIENT_WORDS = phrasePattern(CLIENT_INTRODUCTIONS);

export function clientsNamed(text: string): string[] {
  return CLIENT_WORDS.test(text) ? firstGroups(CLIENT, text) : [];
}

export function labelledCompanies(text: string): string[] {
  // Every label ends with a colon: only such lines are tried.
  const labelled = text.split("\n").filter((line) => line.includes(":"));
  return labelled.length ? firstGroups(LABELLED, labelled.join("\n")) : [];
}

export function employersWanting(text: string): string[] {
  return WANTS_WORDS.test(text) ? firstGroups(WANTS, text) : [];
}

/** "Il team Trovalavoro per Ceramiche Adriatiche", "The Hireloop team for Acme": a board's sign-off for its client. */
const TEAM_FOR_CLIENT = new RegExp(
  `^(?:\\p{L}+[ ]){0,3}(?:${TEAM_WORDS})[ ](?:\\p{L}+[ ]){0,3}(?:per|for|für|pour|para|voor)[ ]${ARTICLE}(${COMPANY_NAME})[ ]*$`,
  "u",
);

/** The clients a signature's team sign-off names (the lines are few: each is tried). */
export function clientsOfTeamSignOff(signature: readonly string[]): string[] {
  return signature.flatMap((line) => TEAM_FOR_CLIENT.exec(line.trim())?.[1] ?? []);
}

/** Words that say what a mail is, in every language ("Terminbestätigung", "Rappel"), lower case. */
const MESSAGE_WORDS = new Set(all((lexicon) => lexicon.messageWords).map((word) => word.toLowerCase()));

/** "Terminbestätigung: …", "Proposta - …": a name that starts with what the mail is names no one. */
export function startsWithMessageWord(name: string): boolean {
  return MESSAGE_WORDS.has(name.split(/\s+/)[0]?.toLowerCase() ?? "");
}

/**
 * Words that mark an agency in its name or address ("Talento Sul RH", "Neri Lavoro",
 * ott-personal.de) but also name an employer's own team in a signature ("Ufficio Selezione",
 * "Talent Acquisition"): beside every lexicon's words of the trade, for names only.
 */
const AGENCY_NAME_WORDS: readonly string[] = [
  "recruitment",
  "recruiting",
  "personnel",
  "talent",
  "careers",
  "hunter",
  "hunters",
  "personal",
  "recrutement",
  "consultores",
  "selección",
  "seleção",
  "selezione",
  "lavoro",
];
/** An agency's name: an agency word anywhere ("Personalberatung Kornmeyer", "Vlaams Interim Partners"). */
export const AGENCY = phrasePattern([...AGENCY_NAME_WORDS, ...all((lexicon) => lexicon.agencyWords)]);
/** A line of the agency's trade ("Finance & Accounting Search", "Brightwork Werving & Selectie"). */
const AGENCY_TRADE = phrasePattern(all((lexicon) => lexicon.agencyWords));

/** Whether a signature's lines say an agency writes ("Senior Consultant | Hanse Personalberatung"). */
export function signedByAgency(lines: readonly string[]): boolean {
  return lines.some((line) => AGENCY_TRADE.test(line));
}

/** A recruitment consultant's title in every language: the employer's own staff sign otherwise. */
const CONSULTANT =
  "(?:consultant|consultante|consultor|consultora|consulente|berater|beraterin|adviseur|intercedent|intercedente|recruitment consultant)";
/**
 * "Consultor Senior - Talento Ibérico", "Consultora | Pontual RH", "Ana Lopes | Consultora": a
 * consultant signs, the title opening the line or one of its parts.
 */
const CONSULTANT_TITLE = new RegExp(
  String.raw`(?:^|[|–—,]|\s-)\s*(?:senior\s+|junior\s+|sr\.?\s+)?${CONSULTANT}(?![\p{L}])`,
  "iu",
);
/** "Je suis consultant au sein du cabinet …", "I'm a consultant at …": the writer says so. */
const CONSULTANT_SAYS = new RegExp(
  String.raw`(?<![\p{L}])(?:je suis|i am|i'm|soy|sou|sono|ik ben|ich bin)\s+(?:\p{L}+\s+)?${CONSULTANT}(?![\p{L}])`,
  "iu",
);

/** Whether a recruitment consultant writes: a signature's title, or the writer's own words. */
export function consultantWrites(body: string, signature: readonly string[]): boolean {
  return signature.some((line) => CONSULTANT_TITLE.test(line)) || CONSULTANT_SAYS.test(body);
}

/** Titles in a signature, in every language ("Consultora", "Service RH", "Leiterin", "CTO"). */
const TITLE_IN_ANY_LANGUAGE = phrasePattern(
  all((lexicon) => [...lexicon.organizerTitles, ...lexicon.jobTitleWords]),
);

/** Whether a signature's line or part is a title: short, with a title's word ("Consultora | …"), never prose. */
export function isSignatureTitle(text: string): boolean {
  return (
    text.trim().split(/\s+/).length <= 7 && (SIGNATURE_TITLE.test(text) || TITLE_IN_ANY_LANGUAGE.test(text))
  );
}

/**
 * "Tech lead | Studio Grachtwerk | Keizersgracht 312, Amsterdam", "CTO – Kerlouan Robotique": the
 * part right after a title is the employer; the address after it is not.
 */
export function afterSignatureTitle(line: string): string | null {
  const parts = line.split(/\s+[|·•–—-]\s+|\s*\|\s*|,\s+/).map((part) => part.trim());
  for (let index = 0; index < parts.length - 1; index++) {
    const next = parts[index + 1] ?? "";
    if (!isSignatureTitle(parts[index] ?? "") || isSignatureTitle(next)) continue;
    if (/^[\p{Lu}0-9]/u.test(next) && !/\d{2}|@|:\/\//u.test(next)) return next;
  }
  return null;
}

/** A sign-off line in any language ("Best regards", "Mit freundlichen Grüßen", "Cordialement"). */
const SIGN_OFF = new RegExp(
  String.raw`^\s*(?:${phrasePattern(LEXICON_LIST.flatMap((lexicon) => lexicon.signOffs)).source})[^\n]{0,20}$`,
  "iu",
);

/** The last lines before the quoted history: where signatures live. */
export function signatureLines(body: string): string[] {
  const lines = body.split("\n");
  const signOff = lines.findIndex((line) => SIGN_OFF.test(line));
  const start = signOff >= 0 ? signOff + 1 : Math.max(0, lines.length - 8);
  return lines.slice(start, start + 8).filter((line) => line.trim().length > 0 && line.length < 120);
}

/** "Calendly <notifications@calendly.com>", "Greenhouse Scheduling": the tool's own name is no employer. */
export function namesTheTool(display: string, domain: string): boolean {
  const shown = letters(display);
  return domain
    .toLowerCase()
    .split(/[.-]/)
    .some((label) => label.length >= 3 && shown.includes(letters(label)));
}

/** "Fabrikam Platform Team" from fabrikam.com is Fabrikam: team words after the name go. */
export function withoutTeamWords(name: string, domains: readonly string[]): string {
  const words = name.split(/\s+/);
  for (let keep = words.length - 1; keep >= 1; keep--) {
    const dropped = words.slice(keep);
    if (!dropped.every((word) => NOT_A_COMPANY.test(word))) break;
    const kept = words.slice(0, keep).join(" ");
    if (domains.some((domain) => letters(domain) === letters(kept))) return kept;
  }
  return name;
}

/** Whether a company candidate is one of the people: their full name, or a first name alone. */
export function looksLikePersonName(name: string, people: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return people.some((person) => {
    const personLower = person.toLowerCase();
    if (GROUP_NAME.test(person)) return false;
    return personLower === lower || (!lower.includes(" ") && personLower.split(/\s+/)[0] === lower);
  });
}
