/**
 * The employer: what the text says outright ("Senior Engineer at Acme", a signature, "The Acme
 * team"), then display names, then the address; never a mail provider, a scheduling service, a team
 * word ("Onsite", "Payments") or a person.
 */

import { escapeRegExp } from "../language/phrases";
import { clientInTitles } from "./agency-client";
import {
  AGENCY,
  afterSignatureTitle,
  anyCase,
  clientsNamed,
  clientsOfTeamSignOff,
  consultantWrites,
  employersWanting,
  isSignatureTitle,
  labelledCompanies,
  looksLikePersonName,
  namesTheTool,
  signatureLines,
  signedByAgency,
  withoutTeamWords,
} from "./company-clues";
import { cleanCompany } from "./company-name";
import { COMPANY_NAME } from "./company-words";
import { companyFromDomain, isSchedulerDomain, isSchedulerOrMailboxDomain, NO_REPLY } from "./domains";
import {
  placeAfter,
  spelledInTexts,
  spellsDomain,
  writtenAroundCore,
  writtenInFull,
} from "./employer-spelling";
import { LEXICON_LIST, NOT_AFTER_A_WORD, phraseAlternatives, startsWithOneOf } from "./invite-language";
import { letters, ROLE_WORDS } from "./job-words";
import { isAName, PERSON_EXACT } from "./person-names";
import { nameSharingDomain } from "./shared-with-domain";
import { cleanSubject } from "./subject";

export interface CompanyInput {
  /** Calendar summary, cleaned subject: the strongest words. */
  readonly titles: readonly (string | null)[];
  readonly body: string;
  /** The original sender and the organiser, by name and address ("Acme Robotics Recruiting"). */
  readonly senders: ReadonlyArray<{ readonly name: string | null; readonly address: string | null }>;
  /** Addresses, best first: organiser, original sender, attendees. */
  readonly addresses: readonly (string | null)[];
  /** Names of people in the invite: never the company. */
  readonly people: readonly string[];
}

export interface Found {
  readonly value: string;
  /** Where it came from, for the confirmation when it is a guess. */
  readonly from: "title" | "body" | "signature" | "sender name" | "address";
}

/** Candidates in the order they are trusted; "with X" may well name a person, so it comes last. */
type Tier = "stated" | "named" | "with";

export const TITLE_AT = new RegExp(
  `^(.{2,80}?)\\s+(?:at|@|with|for)\\s+(${COMPANY_NAME})\\s*(?:[-–—|(:]|$)`,
  "u",
);
/** What follows a company's name at the start of a subject ("Contoso Interview", "Fabrikam Careers"). */
const AFTER_LEADING_NAME: readonly string[] = [
  "interview",
  "phone screen",
  "recruiting",
  "recruitment",
  "talent",
  "hiring",
  "careers",
  "onsite",
  "final round",
  "technical interview",
  "technical screen",
  "screening",
  "intro call",
];
const TITLE_LEADING = new RegExp(
  `^(${COMPANY_NAME})\\s*(?:[-–—|:]\\s+.*|\\s+(?:${anyCase(AFTER_LEADING_NAME.join("|"))})\\b.*)$`,
  "u",
);
const TITLE_WITH = new RegExp(
  `\\b(?:${anyCase("interview|call|chat|screen|conversation")})\\s+with\\s+(${COMPANY_NAME})`,
  "u",
);
const COMPANY_INTRODUCTIONS = LEXICON_LIST.flatMap((lexicon) => lexicon.companyIntroductions);
const BODY_COMPANY = [
  new RegExp(
    `\\b(?:role|position|opportunity|job|opening|vacancy|team|career)\\s+(?:at|with)\\s+(${COMPANY_NAME})`,
    "gu",
  ),
  new RegExp(`\\binterest in (?:joining |working (?:at|for|with) )?(${COMPANY_NAME})`, "gu"),
  // "I'm the owner of Casa Verde Bakery", "founder of Brightpath Labs"
  new RegExp(
    `\\b(?:owner|co-?founder|founder|ceo|president|managing director|hiring manager) (?:of|at) (${COMPANY_NAME})`,
    "gu",
  ),
  // "on behalf of Contoso", "im Namen der Rheinblick AG", "au sein de …": every language's introductions.
  new RegExp(
    `${startsWithOneOf(COMPANY_INTRODUCTIONS)}${NOT_AFTER_A_WORD}(?:${phraseAlternatives(COMPANY_INTRODUCTIONS)})\\s+(?:the\\s+)?(${COMPANY_NAME})`,
    "gu",
  ),
  new RegExp(
    `\\b[Tt]he\\s+(${COMPANY_NAME})\\s+(?:team|recruiting team|talent team|hiring team|talent acquisition team|people team|family)\\b`,
    "gu",
  ),
];
/** "Dana Wu from Tailspin Toys", "Lambeth Housing Trust would like to meet you". */
const PERSON_FROM = new RegExp(`[ ](?:from|at|of)[ ](${COMPANY_NAME})`, "gu");
/** The two-word name right before a PERSON_FROM match (bounded: checked on 40 characters only). */
const NAME_BEFORE = /\b\p{Lu}\p{Ll}+[ ]\p{Lu}[\p{L}'’-]{1,30}$/u;
/** "Lambeth Housing Trust would like to meet you": what an employer wants, after its name. */
const WANTS: readonly string[] = [
  "would (?:like|love) to",
  "wants to",
  "is keen to",
  "has asked to",
  "are keen to",
  "would like you to",
];
const NEWS: readonly string[] = [
  "heard back from",
  "feedback from",
  "news from",
  "an update from",
  "spoke (?:to|with) the team at",
];
/** "I've just heard back from Lambeth Housing Trust": an agency reporting its client's news. */
const NEWS_FROM = new RegExp(`\\b(?:${NEWS.join("|")})[ ](?:the[ ])?(${COMPANY_NAME})`, "gu");
/** Cheap gate for the two patterns below, which are costly to run over every position. */
const WANTS_OR_NEWS = new RegExp(String.raw`\b(?:${[...WANTS, ...NEWS].join("|")})\b`);
const COMPANY_WANTS = new RegExp(
  `(?:^|[.!?-][ ]|news[ ]-[ ])(${COMPANY_NAME})[ ](?:${WANTS.join("|")})[ ](?:meet|interview|invite|speak|see)`,
  "gmu",
);
const BODY_WITH = new RegExp(
  `\\b(?:interview|call|chat|conversation|screen|meeting)\\s+(?:with|at)\\s+(?:the\\s+)?(${COMPANY_NAME})`,
  "gu",
);

/** The words a title adds to a shorter name of the text: capitalised words only. */
const FULLER = /^(?:[ ][\p{Lu}&][\p{L}\p{M}&.'’-]*)+$/u;

/** The first of `names` that cleans to a company name. */
function firstClean(names: readonly string[], from: Found["from"]): Found | null {
  for (const name of names) {
    const value = cleanCompany(name);
    if (value) return { value, from };
  }
  return null;
}

/**
 * cleanCompany, each candidate cleaned once per call of findCompany: a calendar's summary is
 * usually the subject again, and its segments and names come back through several readings.
 */
function cleanedOnce(): typeof cleanCompany {
  const cleaned = new Map<string, string | null>();
  return (candidate) => {
    if (!candidate) return cleanCompany(candidate);
    let name = cleaned.get(candidate);
    if (name === undefined) {
      name = cleanCompany(candidate);
      cleaned.set(candidate, name);
    }
    return name;
  };
}

/** The employer: titles first, then the body, the signature, display names, and addresses last. */
export function findCompany(input: CompanyInput): Found | null {
  const cleanCompany = cleanedOnce();
  const domainCompanies = input.addresses
    .map(companyFromDomain)
    .filter((name): name is string => Boolean(name));
  const domainLetters = domainCompanies.map(letters);
  const matchesDomain = (name: string) => domainLetters.some((domain) => spellsDomain(domain, name));
  const candidates: Array<Found & { readonly tier: Tier }> = [];
  /** A subject's first words may say what the mail is ("Offer of Employment - …", "Gewijzigd: …"). */
  const subjectOpenings = new Set<string>();
  const add = (value: string | null, from: Found["from"], tier: Tier) => {
    if (value && candidates.length < 30) candidates.push({ value, from, tier });
  };
  /** "with X": a company only when it is not shaped like a person's name. */
  const addWith = (value: string | null, from: Found["from"]) => {
    if (
      value &&
      !looksLikePersonName(value, input.people) &&
      (!PERSON_EXACT.test(value) || matchesDomain(value))
    )
      add(value, from, "with");
  };
  for (const title of input.titles) {
    if (!title) continue;
    const cleaned = cleanSubject(title);
    const at = TITLE_AT.exec(cleaned);
    const before = at?.[1] ?? "";
    // "Technical Interview with Ravi Shah": after "with", a person's name is no company.
    const titled = cleanCompany(at?.[2]);
    const person = titled && /\swith\s/.test(at?.[0] ?? "") && isAName(titled) && !matchesDomain(titled);
    if (!person && (ROLE_WORDS.test(before) || /interview|call|chat|screen/i.test(before)))
      add(titled, "title", "stated");
    for (const segment of cleaned.split(/\s+[-–—|]\s+|:\s+|\s+\/\s+/)) {
      const segmentAt = /\b(?:at|@)\s+([\p{Lu}0-9].*)$/u.exec(segment);
      add(cleanCompany(segmentAt?.[1]), "title", "stated");
      // "Interview - Nod Publishers - Production Editor": a part the address spells is the company.
      const whole = cleanCompany(segment);
      if (whole && matchesDomain(whole)) add(whole, "title", "stated");
    }
    const leading = cleanCompany(TITLE_LEADING.exec(cleaned)?.[1]);
    if (leading && !ROLE_WORDS.test(leading) && !looksLikePersonName(leading, input.people)) {
      add(leading, "title", "stated");
      subjectOpenings.add(leading);
    }
    addWith(cleanCompany(TITLE_WITH.exec(cleaned)?.[1]), "title");
  }
  const body = input.body.slice(0, 20_000);
  const signature = signatureLines(body);
  // An agency's client, a labelled line and a board's team signing for its client name the employer outright, whoever writes.
  const outright =
    firstClean([...clientsNamed(body), ...labelledCompanies(body)], "body") ??
    firstClean(clientsOfTeamSignOff(signature), "signature") ??
    firstClean(
      input.titles.flatMap((title) => (title ? clientsNamed(title) : [])),
      "title",
    );
  if (outright) return outright;
  const agencyDomain = domainCompanies.some((domain) => AGENCY.test(domain));
  // A title the address confirms is as good as it gets, unless the address is an agency's.
  const early = candidates.find((candidate) => matchesDomain(candidate.value));
  if (early && !agencyDomain)
    return { value: withoutTeamWords(early.value, domainCompanies), from: early.from };
  for (const pattern of BODY_COMPANY)
    for (const match of body.matchAll(pattern)) {
      add(cleanCompany(match[1]), "body", "stated");
    }
  for (const match of body.matchAll(PERSON_FROM)) {
    const at = match.index ?? 0;
    if (NAME_BEFORE.test(body.slice(Math.max(0, at - 40), at))) add(cleanCompany(match[1]), "body", "stated");
  }
  // "Brouwerij De Drie Linden wil je graag ontmoeten"; "Anna Weber möchte Sie kennenlernen" is a person.
  const agencyWrites = agencyDomain || signedByAgency(signature) || consultantWrites(body, signature);
  // A two-word name is a company's when an organisation word starts it ("Laboratorios Benavent"), a
  // title names it or its first word, or an agency writes of it and it is none of the people met.
  const inTitles = (name: string) =>
    input.titles.some((title) => title?.includes(name.split(" ")[0] ?? name));
  for (const wanting of employersWanting(body)) {
    const name = cleanCompany(wanting);
    if (
      name &&
      (!PERSON_EXACT.test(name) ||
        name.split(" ").length > 2 ||
        matchesDomain(name) ||
        !isAName(name) ||
        inTitles(name) ||
        (agencyWrites && !looksLikePersonName(name, input.people)))
    )
      add(name, "body", "stated");
  }
  if (WANTS_OR_NEWS.test(body))
    for (const pattern of [COMPANY_WANTS, NEWS_FROM])
      for (const match of body.matchAll(pattern)) add(cleanCompany(match[1]), "body", "stated");
  for (const sender of input.senders) {
    const display = sender.name?.replace(/["']/g, "").trim();
    if (!display) continue;
    const team =
      /^(.+?)\s+(?:recruiting|recruitment|talent(?: acquisition)?|careers|hiring(?: team)?|hr|people(?: team)?|jobs|team)\b/i.exec(
        display,
      );
    const via = /^(.+?)\s+(?:via|\(via)\s+\w+/i.exec(display) ?? /\bon behalf of\s+(.+)$/i.exec(display);
    const at = /\b(?:at|@)\s+(.+)$/.exec(display);
    // "Woodgrove Bank <woodgrove@myworkday.com>": a scheduler mailbox named after the employer.
    const [localPart = "", domain = ""] = (sender.address ?? "").split("@");
    const local = letters(localPart);
    const mailbox =
      local.length >= 4 &&
      isSchedulerOrMailboxDomain(domain) &&
      letters(display).startsWith(local) &&
      letters(display) !== local
        ? display
        : undefined;
    // "Transports Morel & Fils <recrutement@talentsoft-mail.fr>": an applicant-tracking system sends
    // in the employer's name; a person's name there is the recruiter's.
    const tracking =
      isSchedulerDomain(domain) &&
      // "Hotel Marbella Playa": an organisation's word makes no person of a name's shape, nor
      // does a notifications mailbox ("Bakkerij De Zeeuw <notifications@recruitee.com>").
      (!PERSON_EXACT.test(display) || !isAName(display) || NO_REPLY.test(sender.address ?? "")) &&
      !/@/.test(display) &&
      !namesTheTool(display, domain)
        ? display
        : undefined;
    const found = cleanCompany(team?.[1] ?? at?.[1] ?? via?.[1] ?? mailbox ?? tracking);
    if (found) add(found, "sender name", "named");
  }
  for (const line of signature) {
    const match = /(?:\||,|\bat\b|@|-|–)\s*([\p{Lu}0-9][\p{L}\p{M}\p{N}_&'’. -]{1,50}?)\s*$/u.exec(line);
    const before = match ? line.slice(0, match.index) : "";
    const found = cleanCompany(
      afterSignatureTitle(line) ?? (match && isSignatureTitle(before) ? match[1] : null),
    );
    if (found && !isSignatureTitle(found)) add(found, "signature", "named");
  }
  // "Katrin Brandt / Personalreferentin / Solvera AG": the line under a title in a signature.
  signature.forEach((line, index) => {
    const next = signature[index + 1]?.trim() ?? "";
    if (!isSignatureTitle(line)) return;
    if (/[@:/]|\d{3}/.test(next) || looksLikePersonName(next, input.people)) return;
    // "Tessitura Moncalvo S.r.l. - Biella", "Harlow & Pike | Denver": the place after the name goes.
    const name = next.replace(/\s*(?:,|\s[|·•–—-]\s).*$/, "");
    const found = cleanCompany(/^[\p{Lu}0-9]/u.test(name) ? name : null);
    if (found && !isSignatureTitle(found)) add(found, "signature", "named");
  });
  for (const match of body.matchAll(BODY_WITH)) addWith(cleanCompany(match[1]), "body");
  // What the text says and an address confirms wins; then by trust, in the order written.
  // A recruitment agency writes for its client: the client the text names is the employer.
  // When an agency writes, the name its address spells is the agency's own ("Talento Ibérico").
  const agency = (name: string) =>
    AGENCY.test(name) ||
    domainCompanies.some((domain) => (agencyWrites || AGENCY.test(domain)) && matchesDomain(name));
  if (agencyWrites || candidates.some((candidate) => agency(candidate.value))) {
    const client = candidates.find((candidate) => candidate.tier === "stated" && !agency(candidate.value));
    // Only an agency's trade, not a team's name ("Ufficio Selezione"), sends a title's part to be read as its client.
    const titled = agencyWrites ? clientInTitles(input.titles, body, cleanCompany, agency) : null;
    // "news from Halvorsen" and the subject's "Halvorsen Marine": the title writes the name in full.
    // Only capitalised words may follow ("Entrevista Padaria Trigo Bom 🙌" adds nothing).
    const fuller = (name: string) => titled?.startsWith(`${name} `) && FULLER.test(titled.slice(name.length));
    if (client)
      return fuller(client.value) && titled
        ? { value: titled, from: "title" }
        : { value: client.value, from: client.from };
    if (titled) return { value: titled, from: "title" };
  }
  // "Grupo Alcaraz Renovables · Pamplona" from alcarazrenovables.es: the words the address spells.
  // "Studio Legale Rinaldi & Associati" from studiorinaldi.it: a partnership's "& …" stays its name's.
  const spelledPart = (name: string) => {
    const words = name.split(" ");
    for (let keep = words.length; keep >= 1; keep--) {
      const part = words.slice(0, keep).join(" ");
      // "Hospital Santa Clara do Sul" of hsantaclara: the place after a particle stays too.
      if (matchesDomain(part))
        return words[keep] === "&" ? name : words.slice(0, keep + placeAfter(words, keep)).join(" ");
    }
    return null;
  };
  const confirmed = candidates
    .map((candidate) => ({ ...candidate, value: spelledPart(candidate.value) ?? "" }))
    .find((candidate) => candidate.value);
  const domain = domainCompanies[0];
  const written = [...input.titles, body, ...input.senders.map((sender) => sender.name)];
  // A name the address spells, written in the text, beats a signature's guess ("Head, Group
  // Procurement" above "Fenwick & Stoll Foods" from fenwickandstoll); a display name ("X via Tool") stays.
  const spelled = domain ? spelledInTexts(domain, written) : null;
  // "Tiberina Servizi Energetici" of tiberinaenergia.it: a name written with a word or the initials
  // the domain has beats a guess, and the domain's own letters ("Tiberinaenergia") come last.
  const shared =
    confirmed || !domain || spelled || agencyWrites
      ? null
      : nameSharingDomain(written, domainCompanies, input.people);
  const best =
    confirmed ??
    (shared
      ? { value: shared, from: "body" as const }
      : candidates.find((candidate) => candidate.tier === "stated"));
  // An employer's own address and the name it spells in the text beat a subject's opening words,
  // unless the text writes them as a longer name's start ("Verity" and "Verity Home Insurance").
  const echoed = (opening: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(opening)}[ ]\\p{Lu}`, "u").test(body);
  // "Les Laboratoires Saint-Aubin ont retenu votre profil": the text states the subject's opening name itself.
  const statedInBody = (name: string) =>
    candidates.some((candidate) => candidate.from === "body" && candidate.value === name);
  const opening =
    best && !confirmed && subjectOpenings.has(best.value) && !echoed(best.value) && !statedInBody(best.value);
  // An agency's own name ("Holloway Search Partners" of hollowaysearch.com) is never the employer's.
  if (opening && spelled && !agencyWrites && !agency(spelled)) return { value: spelled, from: "address" };
  if (best) return { value: withoutTeamWords(best.value, domainCompanies), from: best.from };
  const guess = candidates.find((candidate) => candidate.tier === "named") ?? candidates[0];
  if (guess && !(spelled && guess.from === "signature"))
    return { value: withoutTeamWords(guess.value, domainCompanies), from: guess.from };
  if (!domain) return null;
  return {
    value: spelled ?? writtenInFull(domain, written) ?? writtenAroundCore(domain, written) ?? domain,
    from: "address",
  };
}
