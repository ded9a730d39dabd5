/**
 * The fields of an invitation besides its time: the employer, the role, the people to thank, where
 * and how to join. Each reader prefers what the text says outright ("Role: …", "Senior Engineer at
 * Acme", "Interviewers: …") and falls back to what addresses suggest; none of them ever returns a
 * mail provider, a scheduling service, a team word ("Onsite", "Payments"), an interviewer's job
 * title as the role, or the user as an interviewer.
 */
import type { Interviewer } from "../types";

// ——— domains that say nothing about the employer ———

/** Mail providers known by their name in any country domain (yahoo.co.uk, gmx.at, hotmail.fr). */
const MAILBOX_NAMES = new Set(
  (
    "gmail googlemail outlook hotmail live msn passport windowslive yahoo ymail rocketmail icloud aol aim " +
    "protonmail tutanota tutamail mailfence posteo runbox hushmail gmx yandex rediffmail fastmail zoho zohomail " +
    "bigpond optusnet btinternet btopenworld virginmedia ntlworld talktalk wanadoo laposte t-online seznam " +
    "hanmail sbcglobal bellsouth earthlink sympatico videotron example"
  ).split(" "),
);

/**
 * Providers whose name is also a word or a company (me, mail, web, sky, orange, free, blueyonder…):
 * only at these exact domains (blueyonder.co.uk is an ISP, blueyonder.com a company).
 */
const MAILBOX_EXACT = new Set(
  (
    "me.com mac.com pm.me proton.me tuta.io tuta.com hey.com duck.com web.de mail.ru mail.com email.com inbox.com " +
    "fastmail.fm iinet.net.au tpg.com.au internode.on.net westnet.com.au telstra.com ozemail.com.au dodo.com.au " +
    "sky.com blueyonder.co.uk tiscali.co.uk tiscali.it orange.fr orange.net free.fr sfr.fr neuf.fr freenet.de arcor.de " +
    "online.de libero.it virgilio.it alice.it tin.it wp.pl o2.pl onet.pl interia.pl rambler.ru qq.com 163.com 126.com " +
    "sina.com naver.com daum.net rediff.com sify.com comcast.net verizon.net att.net cox.net charter.net juno.com " +
    "netzero.net optonline.net shaw.ca rogers.com telus.net xtra.co.nz"
  ).split(" "),
);

/** Mail-sending services: an invite relayed through them is the employer's, not theirs. */
const SENDING_DOMAINS = new Set(
  (
    "amazonses sendgrid mailgun mandrillapp mcsv mcdlv mailchimp rsgsv exacttarget sparkpostmail sparkpost " +
    "postmarkapp mailjet sendinblue brevo hubspot hubspotemail hs-email marketo mktomail salesforce pardot " +
    "constantcontact zendesk freshdesk intercom intercom-mail customeriomail smtp bounce bounces msgfocus emarsys " +
    "cmail19 cmail20 createsend klaviyo mailer messagebus"
  ).split(" "),
);

/** Applicant-tracking, scheduling and meeting services: they send for many employers. */
const SCHEDULER_DOMAINS = new Set(
  (
    "greenhouse greenhouse-mail lever hire calendly goodtime myworkday workday myworkdayjobs workdaymail " +
    "smartrecruiters icims ashbyhq ashby jobvite gem modernloop prelude zoom zoomgov webex bamboohr teamtailor " +
    "recruitee personio workable linkedin indeed teams calendar bookings doodle chilipiper youcanbook ycb " +
    "acuityscheduling jazzhr applytojob breezy breezyhr taleo successfactors sapsf oraclecloud avature " +
    "cornerstoneondemand csod paradox hirevue codility hackerrank codesignal coderpad karat brighthire metaview " +
    "rippling gusto dayforce dayforcehcm ultipro ukg paylocity adp phenom beamery eightfold seek reed totaljobs " +
    "naukri stepstone xing glassdoor wellfound otta hired dice ziprecruiter monster careerbuilder joinhandshake " +
    "handshake sparkhire willo vidcruiter sonru tribepad eploy bullhorn vincere jobadder loxo pinpointhq " +
    "recruiterbox comeet homerun join manatal zohorecruit freshteam trinet microsoft office office365 google"
  ).split(" "),
);

const NO_REPLY =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|calendar|scheduling|scheduler|invites?|invitations?|mailer-daemon|postmaster|bounces?|auto|automated|system|alerts?)[^@]*@/i;

/** Shared mailboxes of recruiting teams: never an interviewer. */
const TEAM_MAILBOX =
  /^(?:recruit\w*|talent\w*|careers?|jobs?|hr|people|hiring|interviews?|candidates?|staffing|ta|team|admin|info|hello|contact|office|apply|applications?|campus|university|early-?careers?)(?:[-._+][^@]*)?@/i;

/** Names of distribution lists and teams rather than people. */
const GROUP_NAME =
  /\b(?:team|recruiting|recruitment|talent|hiring|hr|human resources|people (?:ops|operations|team)|group|list|panel|interviews?|coordinators?|scheduling|careers|all staff|dl)\b|^all[- ]/i;

function labelsOf(domain: string): string[] {
  return domain.toLowerCase().split(".");
}

/** Domain verdicts, remembered: the same few domains are asked about many times per message. */
const verdicts = new Map<string, { readonly mailbox: boolean; readonly scheduler: boolean }>();

function verdictOf(domain: string): { readonly mailbox: boolean; readonly scheduler: boolean } {
  const key = domain.toLowerCase();
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = { mailbox: mailboxDomain(key), scheduler: schedulerDomain(key) };
    if (verdicts.size > 5_000) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** Whether an address's domain is a mail provider, a sending service or a scheduler. */
export function isSchedulerOrMailboxDomain(domain: string): boolean {
  const verdict = verdictOf(domain);
  return verdict.mailbox || verdict.scheduler;
}

function isMailboxDomain(domain: string): boolean {
  return verdictOf(domain).mailbox;
}

function isSchedulerDomain(domain: string): boolean {
  return verdictOf(domain).scheduler;
}

function mailboxDomain(domain: string): boolean {
  const labels = labelsOf(domain);
  for (let from = 0; from < labels.length - 1; from++)
    if (MAILBOX_EXACT.has(labels.slice(from).join("."))) return true;
  // gmx.de, yahoo.co.uk: the provider is the registrable name; a company's "mail." host is not.
  return labels.length <= 4 && labels.slice(0, -1).some((label) => MAILBOX_NAMES.has(label));
}

function schedulerDomain(domain: string): boolean {
  return labelsOf(domain).some((label) => SCHEDULER_DOMAINS.has(label) || SENDING_DOMAINS.has(label));
}

const SUBDOMAIN_NOISE = new Set([
  "www",
  "mail",
  "email",
  "e",
  "em",
  "mg",
  "m",
  "careers",
  "career",
  "jobs",
  "job",
  "hr",
  "talent",
  "recruiting",
  "recruitment",
  "people",
  "corp",
  "corporate",
  "global",
  "us",
  "uk",
  "eu",
  "emea",
  "apac",
  "na",
  "int",
  "intl",
  "info",
  "news",
  "notify",
  "notifications",
  "smtp",
  "mx",
  "bounce",
  "reply",
  "outbound",
  "send",
]);

/** acme.com → "Acme"; careers.acme-robotics.co.uk → "Acme Robotics"; gmail.com → null. */
const companyByAddress = new Map<string, string | null>();

export function companyFromDomain(address: string | null): string | null {
  if (!address) return null;
  let company = companyByAddress.get(address);
  if (company === undefined) {
    company = companyFromDomainNow(address);
    if (companyByAddress.size > 5_000) companyByAddress.clear();
    companyByAddress.set(address, company);
  }
  return company;
}

function companyFromDomainNow(address: string | null): string | null {
  const domain = address
    ?.split("@")[1]
    ?.toLowerCase()
    .replace(/[>\s]+$/, "");
  if (!domain || isSchedulerOrMailboxDomain(domain)) return null;
  const labels = domain.split(".");
  const top = labels.at(-1) ?? "";
  const second = labels.at(-2) ?? "";
  const twoLevel =
    labels.length >= 3 &&
    top.length === 2 &&
    ["co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "gen", "nic", "or", "ne", "go"].includes(
      second,
    );
  const name = labels[labels.length - (twoLevel ? 3 : 2)];
  if (!name || SUBDOMAIN_NOISE.has(name) || /^\d+$/.test(name)) return null;
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}

// ——— companies ———

/** How job titles end: a name ending so is a role, not a company. */
const JOB_TITLE_END =
  /\b(?:engineer|developer|manager|designer|analyst|scientist|director|architect|specialist|consultant|coordinator|recruiter|intern|lead|administrator|associate|officer|representative|technician|assistant)s?$/i;

/** Words that name what a message is; a company name holding one is a subject line, not a company. */
const STATUS_WORD =
  /^(?:interviews?|interviewing|itinerary|scheduled?|rescheduled|confirmed|confirmation|invitation|invite|invited|reminder|request|requested|details|information|booking|booked|appointment|availability|cancell?ed|canceled|updated?|next|steps|your|our|round|onsite|screen|screening|phone|video|virtual|call|chat|meeting|action|required|new|re|fwd|fw)$/i;

/** Words that are never a company on their own: teams, interview kinds, greetings, tools. */
const NOT_A_COMPANY_WORDS = new Set([
  "the",
  "our",
  "your",
  "a",
  "an",
  "us",
  "me",
  "you",
  "we",
  "i",
  "it",
  "this",
  "that",
  "team",
  "teams",
  "zoom",
  "google",
  "google meet",
  "microsoft",
  "microsoft teams",
  "meet",
  "webex",
  "skype",
  "phone",
  "video",
  "virtual",
  "onsite",
  "on-site",
  "remote",
  "hybrid",
  "technical",
  "tech",
  "payments",
  "platform",
  "engineering",
  "product",
  "design",
  "marketing",
  "sales",
  "data",
  "security",
  "infrastructure",
  "finance",
  "operations",
  "ops",
  "people",
  "talent",
  "recruiting",
  "recruitment",
  "hr",
  "human resources",
  "careers",
  "jobs",
  "hiring",
  "interview",
  "interviews",
  "panel",
  "final",
  "final round",
  "round",
  "screening",
  "screen",
  "phone screen",
  "intro",
  "introductory",
  "follow-up",
  "follow up",
  "reminder",
  "invitation",
  "confirmation",
  "update",
  "updated",
  "schedule",
  "scheduling",
  "calendar",
  "meeting",
  "call",
  "chat",
  "candidate",
  "application",
  "hi",
  "hello",
  "dear",
  "thanks",
  "thank you",
  "regards",
  "best",
  "hiring manager",
  "recruiter",
  "coordinator",
  "next steps",
  "new",
  "accepted",
  "declined",
  "tentative",
  "invitation",
  "event",
  "zoom meeting",
  "teams meeting",
  "coffee",
  "coffee chat",
  "lunch",
  "onsite interview",
  "culture",
  "values",
  "behavioral",
  "behavioural",
  "system design",
  "coding",
  "pairing",
  "case study",
  "take-home",
  "assessment",
  "greenhouse",
  "lever",
  "workday",
  "icims",
  "goodtime",
  "calendly",
  "ashby",
  "bookings",
  "microsoft bookings",
  "linkedin",
  "indeed",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "tomorrow",
  "re",
  "fwd",
  "fw",
]);

/** Whether a name is one of those words (any case) or starts with a digit. */
const NOT_A_COMPANY = {
  test: (name: string): boolean => /^\d/.test(name) || NOT_A_COMPANY_WORDS.has(name.toLowerCase()),
};

/** A capitalised word; a dot only inside it ("A.P. Moller") or at the very end of the name ("Co."). */
const COMPANY_WORD = "[A-Z0-9](?:[\\w&'’-]|\\.(?=\\w))*";
const COMPANY_NAME = `${COMPANY_WORD}(?:[ ](?:&[ ])?(?:${COMPANY_WORD}|of|and|de|la|the|for|und))*\\.?`;

function cleanCompany(candidate: string | undefined | null): string | null {
  let name = candidate
    ?.trim()
    .replace(/^the\s+/i, "")
    .replace(/[.,;:!'’]+$/, "")
    .replace(/['’]s$/, "");
  // Trailing words that are not the name, and legal forms people leave out ("Rhein Logistik GmbH").
  const trailing =
    /\s+(?:for|on|at|in|via|about|regarding|to|team|recruiting|recruitment|talent|hiring|careers|jobs|hr|people|of|and|the|de|inc|llc|ltd|limited|gmbh|ag|plc|pvt|pty|s\.?a|b\.?v|sas|sarl|srl|oy|ab|as|kg|co|corp|corporation)\.?,?$/i;
  while (name && trailing.test(name)) name = name.replace(trailing, "");
  if (!name || name.length < 2 || name.length > 60 || NOT_A_COMPANY.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 6 || words.every((word) => NOT_A_COMPANY.test(word))) return null;
  // "Interview Scheduled", "Your Onsite Interview Itinerary": what a message is, not who sent it.
  if (words.some((word) => STATUS_WORD.test(word))) return null;
  // "Senior Backend Engineer" is a role; "Tailwind Traders" is a company.
  if (words.length > 1 && JOB_TITLE_END.test(name)) return null;
  return name;
}

/** Subject and summary prefixes clients and schedulers add. */
const cleanedSubjects = new Map<string, string>();

/** Subject and summary prefixes clients and schedulers add (remembered: asked of the same titles often). */
export function cleanSubject(subject: string): string {
  let cleaned = cleanedSubjects.get(subject);
  if (cleaned === undefined) {
    cleaned = cleanSubjectNow(subject);
    if (cleanedSubjects.size > 500) cleanedSubjects.clear();
    cleanedSubjects.set(subject, cleaned);
  }
  return cleaned;
}

function cleanSubjectNow(subject: string): string {
  let cleaned = subject;
  for (let round = 0; round < 6; round++) {
    const next = cleaned.replace(
      /^\s*(?:\[[^\]]{0,30}\]\s*)?(?:fwd?|fw|re|aw|wg|tr|rv|sv|vs|antw|odp|enc|updated invitation(?: with note)?|invitation(?: from google calendar)?|updated|accepted|declined|tentative(?:ly accepted)?|new event|updated event|cancell?ed(?: event)?|reminder|action required|confirmed|confirmation|rescheduled)\s*:\s*/i,
      "",
    );
    if (next === cleaned) break;
    cleaned = next;
  }
  // Google's " @ Wed Dec 2, 2026 1pm - 2pm (CST) (jordan@…)".
  return cleaned
    .replace(/\s@\s(?:mon|tue|wed|thu|fri|sat|sun|weekly|daily|every|\d)[^@]*?(?:\([^)]*@[^)]*\))?\s*$/i, "")
    .replace(/\s*\([^()]*@[^()]*\)\s*$/, "")
    .trim();
}

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

/** Names of recruitment agencies, which interview for their clients. */
const AGENCY =
  /(?:staffing|recruitment|recruiting|resourcing|personnel|search|talent|agency|headhunt\w*|placements?|careers)(?:\s+(?:group|partners|ltd|limited|inc|llc))?$/i;

/** A pattern matching `words` in any case, for regexes whose names must stay case-sensitive. */
function anyCase(words: string): string {
  return words.replace(/[a-z]/g, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

/** Candidates in the order they are trusted; "with X" may well name a person, so it comes last. */
type Tier = "stated" | "named" | "with";

const TITLE_AT = new RegExp(`^(.{2,80}?)\\s+(?:at|@|with|for)\\s+(${COMPANY_NAME})\\s*(?:[-–—|(:]|$)`);
const TITLE_LEADING = new RegExp(
  `^(${COMPANY_NAME})\\s*(?:[-–—|:]\\s+.*|\\s+(?:${anyCase("interview|phone screen|recruiting|recruitment|talent|hiring|careers|onsite|final round|technical interview|technical screen|screening|intro call")})\\b.*)$`,
);
const TITLE_WITH = new RegExp(
  `\\b(?:${anyCase("interview|call|chat|screen|conversation")})\\s+with\\s+(${COMPANY_NAME})`,
);
const BODY_COMPANY = [
  new RegExp(
    `\\b(?:role|position|opportunity|job|opening|vacancy|team|career)\\s+(?:at|with)\\s+(${COMPANY_NAME})`,
    "g",
  ),
  new RegExp(`\\binterest in (?:joining |working (?:at|for|with) )?(${COMPANY_NAME})`, "g"),
  // "I'm the owner of Casa Verde Bakery", "founder of Brightpath Labs"
  new RegExp(
    `\\b(?:owner|co-?founder|founder|ceo|president|managing director|hiring manager) (?:of|at) (${COMPANY_NAME})`,
    "g",
  ),
  new RegExp(
    `\\b(?:on behalf of|here at|applying (?:to|at)|applied (?:to|at)|application (?:to|with|at)|to join|welcome to|everyone at)\\s+(?:the\\s+)?(${COMPANY_NAME})`,
    "g",
  ),
  new RegExp(
    `\\b[Tt]he\\s+(${COMPANY_NAME})\\s+(?:team|recruiting team|talent team|hiring team|talent acquisition team|people team|family)\\b`,
    "g",
  ),
];
/** "Dana Wu from Tailspin Toys", "Lambeth Housing Trust would like to meet you". */
const PERSON_FROM = new RegExp(`[ ](?:from|at|of)[ ](${COMPANY_NAME})`, "g");
/** The two-word name right before a PERSON_FROM match (bounded: checked on 40 characters only). */
const NAME_BEFORE = /\b\p{Lu}\p{Ll}+[ ]\p{Lu}[\p{L}'’-]{1,30}$/u;
/** "I've just heard back from Lambeth Housing Trust": an agency reporting its client's news. */
const NEWS_FROM = new RegExp(
  `\\b(?:heard back from|feedback from|news from|an update from|spoke (?:to|with) the team at)[ ](?:the[ ])?(${COMPANY_NAME})`,
  "g",
);
/** Cheap gate for the two patterns below, which are costly to run over every position. */
const WANTS_OR_NEWS =
  /\b(?:would (?:like|love) to|wants to|is keen to|has asked to|are keen to|would like you to|heard back from|feedback from|news from|an update from|spoke (?:to|with) the team at)\b/;
const COMPANY_WANTS = new RegExp(
  `(?:^|[.!?-][ ]|news[ ]-[ ])(${COMPANY_NAME})[ ](?:would (?:like|love) to|wants to|is keen to|has asked to|are keen to|would like you to)[ ](?:meet|interview|invite|speak|see)`,
  "gmu",
);
const BODY_WITH = new RegExp(
  `\\b(?:interview|call|chat|conversation|screen|meeting)\\s+(?:with|at)\\s+(?:the\\s+)?(${COMPANY_NAME})`,
  "g",
);
const SIGNATURE_TITLE =
  /\b(?:recruit\w*|talent|acquisition|coordinator|sourcer|hr|human resources|people|partner|manager|director|engineer|lead|head of|vp|founder|ceo|cto|owner|principal|consultant|advisor|adviser|officer|specialist|generalist)\b/i;

/** The employer: titles first, then the body, the signature, display names, and addresses last. */
export function findCompany(input: CompanyInput): Found | null {
  const domainCompanies = input.addresses
    .map(companyFromDomain)
    .filter((name): name is string => Boolean(name));
  const domainLetters = domainCompanies.map(letters);
  const matchesDomain = (name: string) => {
    const nameLetters = letters(name);
    return domainLetters.some((domain) => nameLetters.startsWith(domain));
  };
  const candidates: Array<Found & { readonly tier: Tier }> = [];
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
    if (ROLE_WORDS.test(before) || /interview|call|chat|screen/i.test(before))
      add(cleanCompany(at?.[2]), "title", "stated");
    for (const segment of cleaned.split(/\s+[-–—|]\s+|:\s+|\s+\/\s+/)) {
      const segmentAt = /\b(?:at|@)\s+([A-Z0-9].*)$/.exec(segment);
      add(cleanCompany(segmentAt?.[1]), "title", "stated");
      // "Interview - Nod Publishers - Production Editor": a part the address spells is the company.
      const whole = cleanCompany(segment);
      if (whole && matchesDomain(whole)) add(whole, "title", "stated");
    }
    const leading = cleanCompany(TITLE_LEADING.exec(cleaned)?.[1]);
    if (leading && !ROLE_WORDS.test(leading) && !looksLikePersonName(leading, input.people))
      add(leading, "title", "stated");
    addWith(cleanCompany(TITLE_WITH.exec(cleaned)?.[1]), "title");
  }
  const body = input.body.slice(0, 20_000);
  // A title the address confirms is as good as it gets, unless the address is an agency's.
  const early = candidates.find((candidate) => matchesDomain(candidate.value));
  if (early && !domainCompanies.some((domain) => AGENCY.test(domain)))
    return { value: withoutTeamWords(early.value, domainCompanies), from: early.from };
  for (const pattern of BODY_COMPANY)
    for (const match of body.matchAll(pattern)) {
      add(cleanCompany(match[1]), "body", "stated");
    }
  for (const match of body.matchAll(PERSON_FROM)) {
    const at = match.index ?? 0;
    if (NAME_BEFORE.test(body.slice(Math.max(0, at - 40), at))) add(cleanCompany(match[1]), "body", "stated");
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
    const via = /^(.+?)\s+(?:via|\(via)\s+\w+/i.exec(display);
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
    const found = cleanCompany(team?.[1] ?? at?.[1] ?? via?.[1] ?? mailbox);
    if (found) add(found, "sender name", "named");
  }
  for (const line of signatureLines(body)) {
    const match = /(?:\||,|\bat\b|@|-|–)\s*([A-Z0-9][\w&'’. -]{1,50}?)\s*$/.exec(line);
    const before = match ? line.slice(0, match.index) : "";
    if (!match || !SIGNATURE_TITLE.test(before)) continue;
    const found = cleanCompany(match[1]);
    if (found && !SIGNATURE_TITLE.test(found)) add(found, "signature", "named");
  }
  for (const match of body.matchAll(BODY_WITH)) addWith(cleanCompany(match[1]), "body");
  // What the text says and an address confirms wins; then by trust, in the order written.
  // A recruitment agency writes for its client: the client the text names is the employer.
  const agency = (name: string) =>
    AGENCY.test(name) || domainCompanies.some((domain) => AGENCY.test(domain) && matchesDomain(name));
  const client = candidates.find((candidate) => candidate.tier === "stated" && !agency(candidate.value));
  if (client && candidates.some((candidate) => agency(candidate.value)))
    return { value: client.value, from: client.from };
  const confirmed = candidates.find((candidate) => matchesDomain(candidate.value));
  const best =
    confirmed ??
    candidates.find((candidate) => candidate.tier === "stated") ??
    candidates.find((candidate) => candidate.tier === "named") ??
    candidates[0];
  if (best) return { value: withoutTeamWords(best.value, domainCompanies), from: best.from };
  const domain = domainCompanies[0];
  if (!domain) return null;
  return {
    value:
      spelledInTexts(domain, [...input.titles, body, ...input.senders.map((sender) => sender.name)]) ??
      domain,
    from: "address",
  };
}

/** "Fabrikam Platform Team" from fabrikam.com is Fabrikam: team words after the name go. */
function withoutTeamWords(name: string, domains: readonly string[]): string {
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
function looksLikePersonName(name: string, people: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return people.some((person) => {
    const personLower = person.toLowerCase();
    if (GROUP_NAME.test(person)) return false;
    return personLower === lower || (!lower.includes(" ") && personLower.split(/\s+/)[0] === lower);
  });
}

/** The last lines before the quoted history: where signatures live. */
function signatureLines(body: string): string[] {
  const lines = body.split("\n");
  const signOff = lines.findIndex((line) =>
    /^\s*(?:best|regards|kind regards|best regards|many thanks|thanks|thank you|cheers|sincerely|warm regards|warmly|all the best)\b[^\n]{0,20}$/i.test(
      line,
    ),
  );
  const start = signOff >= 0 ? signOff + 1 : Math.max(0, lines.length - 8);
  return lines.slice(start, start + 8).filter((line) => line.trim().length > 0 && line.length < 120);
}

/** A domain writes "northwindtraders"; the text usually spells it "Northwind Traders": find that. */
function spelledInTexts(compact: string, texts: readonly (string | null)[]): string | null {
  const letters = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const target = letters(compact);
  for (const text of texts) {
    const words = (text ?? "").slice(0, 20_000).split(/[^\p{L}\p{N}&'’-]+/u);
    for (let first = 0; first < words.length; first++) {
      if (!/^[A-Z0-9]/.test(words[first] ?? "")) continue;
      let joined = "";
      for (let last = first; last < Math.min(words.length, first + 5); last++) {
        joined += letters(words[last] ?? "");
        if (joined === target) return words.slice(first, last + 1).join(" ");
        if (!target.startsWith(joined)) break;
      }
    }
  }
  return null;
}

// ——— roles ———

const ROLE_WORD_LIST =
  "engineer|engineering manager|developer|manager|designer|analyst|scientist|lead|director|architect|specialist|consultant|associate|intern|internship|administrator|coordinator|officer|head of|product|marketing|sales|writer|editor|strategist|researcher|recruiter|accountant|nurse|teacher|technician|assistant|executive|representative|sre|devops|qa|programmer|counsel|attorney|paralegal|advisor|adviser|planner|buyer|controller|economist|statistician|pharmacist|physician|therapist|physiotherapist|operator|agent|principal|vp|vice president|chief|fellow|apprentice|graduate|trainee|owner|partner|supervisor|foreman|clerk|cashier|driver|mechanic|electrician|plumber|carpenter|welder|chef|cook|barista|bartender|receptionist|secretary|auditor|bookkeeper|teller|underwriter|actuary|dentist|hygienist|surgeon|veterinarian|paramedic|caregiver|librarian|lecturer|professor|tutor|instructor|trainer|translator|interpreter|journalist|reporter|photographer|animator|illustrator|copywriter|dispatcher|estimator|inspector|surveyor|chemist|biologist|lawyer|solicitor|clinician|midwife|optometrist|radiographer|technologist|machinist|installer|generalist|steward|concierge|housekeeper|custodian|banker|trader|broker|producer|curator|counselor|counsellor|ux|ui|sdet|dba|sysadmin";
export const ROLE_WORDS = new RegExp(`\\b(?:${ROLE_WORD_LIST})s?\\b`, "i");

const ROLE_LABEL =
  /^[ *>-]*(?:role|position|job(?: title)?|title|opening|vacancy|requisition|req|job opening|applied for|job applied for)\s*:\s*(.{3,100})$/im;

function cleanRole(candidate: string | undefined): string | null {
  // "coffee chat (Data Analyst)": the role is in the brackets when the words outside name none.
  const bracketed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(candidate ?? "");
  const source =
    bracketed && !ROLE_WORDS.test(bracketed[1] ?? "") && ROLE_WORDS.test(bracketed[2] ?? "")
      ? bracketed[2]
      : candidate;
  const role = source
    ?.replace(/\s*\((?:req|job|id|#|r-?\d)[^)]*\)\s*/gi, " ")
    // "(m/w/d)", "(Remote)", "(Prairie Grain Co.)": markers and companies in brackets after the
    // role go; a one-word qualifier such as "(iOS)" stays.
    .replace(
      /\s*\((?:[mfwdxh](?:\/[mfwdxh]){1,3}|remote|hybrid|on-?site|contract|full[- ]time|part[- ]time|temporary|permanent)\)/gi,
      "",
    )
    .replace(/(\S)\s*\((?:[^()\s]+\s+[^()]+|[^()]*\b(?:Co|Inc|Ltd|LLC|GmbH|plc)\.?)\)?\s*$/, "$1")
    // "second round for the Cloud Engineer": the role is what follows the last "for the".
    .replace(/^.*\s(?:for|of|to|in|on|as|about|regarding|into)\s+(?:the|a|an|our)\s+/i, "")
    .replace(/\b(?:req(?:uisition)?\.?\s*(?:id|#|no\.?)?\s*:?\s*)?(?:[A-Z]{1,4}-?)?\d{3,}\b/g, "")
    .replace(/^[\s"'“]+|[\s"'”.,;:]+$/g, "")
    // Brackets only when unbalanced: "(Software Engineer II)" → the words; "Engineer (iOS)" stays.
    .replace(/^\(([^()]*)\)$/, "$1")
    .replace(/^\((?![^()]*\))/, "")
    .replace(/(?<!\([^()]*)\)$/, "")
    .replace(/\s+(?:role|position|opening|interview|job|vacancy)$/i, "")
    .replace(/^(?:the|a|an|our)\s+/i, "")
    .trim();
  if (!role || role.length < 3 || role.split(/\s+/).length > 8 || !ROLE_WORDS.test(role)) return null;
  if (/\b(?:interview|call|chat|screen|meeting|with|you|your|we|our)\b/i.test(role)) return null;
  return role;
}

/** Job titles written after a person's name ("Priya Patel, Engineering Manager"): never the role. */
export function peopleTitles(text: string, names: readonly string[]): Set<string> {
  const titles = new Set<string>();
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    for (const name of names) {
      if (!name || !line.includes(name)) continue;
      const after = line.slice(line.indexOf(name) + name.length);
      const inline = /^\s*(?:,|-|–|—|\||\()\s*([^,()|\n]{3,80})/.exec(after)?.[1];
      const below = after.trim() === "" ? lines[index + 1] : undefined;
      for (const title of [inline, below]) {
        const cleaned = title
          ?.replace(/\s*(?:,|\||at\b|@).*$/, "")
          .replace(/[)\s]+$/, "")
          .trim();
        if (cleaned && ROLE_WORDS.test(cleaned)) titles.add(cleaned.toLowerCase());
      }
    }
  });
  return titles;
}

const ROLE_PHRASES = [
  /\b(?:for|about|on|regarding|to|in|into)\s+(?:the|our|a|an|your application for the)\s+([^\n.,;:()?!]{3,80}?)\s+(?:role|position|opening|job|vacancy|opportunity)\b/gi,
  /\b(?:role|position) of\s+([^\n.,;:()?!]{3,80}?)(?:\s+at\b|\s+with\b|[.,;\n(?!]|$)/gi,
  /\binterview(?:ing)?\s+for\s+(?:the\s+|a\s+|an\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+(?:role|position)\b|\s+at\b|\s+with\b|\s+[-–—|]\s+|[.,;:(?!]|$)/gim,
  /\bapplication for (?:the\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+(?:role|position)\b|\s+at\b|\s+with\b|[.,;:(?!]|$)/gim,
  /\b(?:application|applied|applying|apply)\s+as\s+(?:a\s+|an\s+|the\s+)?([^\n.,;:()?!]{3,80}?)(?:\s+at\b|\s+with\b|[.,;:(?!]|$)/gim,
];

/** The role applied for: labelled lines and titles first, then phrases in the body. */
export function findRole(
  titles: readonly (string | null)[],
  body: string,
  excludedTitles: ReadonlySet<string>,
  context: { readonly company?: string | null; readonly people?: readonly string[] } = {},
): string | null {
  // The company's own name is never the role ("Northwind Traders - Phone Screen" names no role).
  const isCompany = (role: string) =>
    Boolean(context.company) && letters(role) === letters(context.company ?? "");
  const allowed = (role: string | null) =>
    role && !excludedTitles.has(role.toLowerCase()) && !isCompany(role) ? role : null;
  const labelled = allowed(cleanRole(ROLE_LABEL.exec(body.slice(0, 20_000))?.[1]));
  if (labelled) return labelled;
  for (const title of titles) {
    if (!title) continue;
    const cleaned = cleanSubject(title);
    const explicit =
      /\b(?:for|about|on)\s+(?:the|our|a|an)\s+([^\n.,;:()]{3,80}?)\s+(?:role|position|opening|job|vacancy)\b/i.exec(
        cleaned,
      );
    const fromExplicit = allowed(cleanRole(explicit?.[1]));
    if (fromExplicit) return fromExplicit;
    const at = TITLE_AT.exec(cleaned);
    const beforeAt = at?.[1]
      ?.replace(/^.*[:|–—]\s+|^.*\s-\s+/, "")
      .replace(/^.*?\b(?:interview|call|screen|chat)\b\s*(?:for\s+(?:the\s+)?|[-–—:|]\s*)?/i, "");
    const fromAt = allowed(cleanRole(beforeAt));
    if (fromAt) return fromAt;
    for (const segment of cleaned.split(/\s+[-–—|]\s+|:\s+|\s+\/\s+|\s+for\s+(?:the\s+|a\s+|an\s+)?/)) {
      const fromSegment = allowed(
        cleanRole(
          segment
            .replace(
              /\b(?:interview|phone screen|screen(?:ing)?|onsite|technical|final round|round \d|call)\b/gi,
              "",
            )
            .trim(),
        ),
      );
      if (fromSegment) return fromSegment;
    }
  }
  const text = body.slice(0, 20_000);
  for (const pattern of ROLE_PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const found = allowed(cleanRole(match[1]));
      if (found) return found;
    }
  }
  return allowed(roleByStructure(titles, context.company ?? null, context.people ?? []));
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
const INTERVIEW_KIND =
  /\b(?:interview|screen(?:ing)?|onsite|on-site|round|loop|call|chat|panel|assessment|conversation|meeting|session|debrief|intro|technical|final)\b/i;

/**
 * "Panel interview - Coho Winery - Cellar Master": in a title of separated parts, once one part
 * is the kind of meeting and another the company, the part left is the role, whatever its words.
 */
function roleByStructure(
  titles: readonly (string | null)[],
  company: string | null,
  people: readonly string[],
): string | null {
  for (const title of titles) {
    if (!title) continue;
    const segments = cleanSubject(title)
      .split(/\s+[-–—|]\s+|:\s+|\s+\/\s+/)
      .map((segment) => segment.trim())
      .filter(Boolean);
    if (segments.length < 3) continue;
    const isCompany = (segment: string) =>
      Boolean(company) && letters(segment).startsWith(letters(company ?? ""));
    if (!segments.some(isCompany) || !segments.some((segment) => INTERVIEW_KIND.test(segment))) continue;
    const rest = segments.filter(
      (segment) =>
        !isCompany(segment) &&
        !INTERVIEW_KIND.test(segment) &&
        !NOT_A_COMPANY.test(segment) &&
        !people.some((person) => letters(person) === letters(segment)) &&
        segment.split(/\s+/).length <= 6 &&
        /^\p{Lu}/u.test(segment),
    );
    if (rest.length === 1) return rest[0] ?? null;
  }
  return null;
}

// ——— where and how ———

const MEETING_URL =
  /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com)\/(?:j|my|w|s)\/[^\s<>"')\]]+|https:\/\/meet\.google\.com\/[a-z0-9-]+(?:\?[^\s<>"')\]]*)?|https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^\s<>"')\]]+|https:\/\/teams\.live\.com\/meet\/[^\s<>"')\]]+|https:\/\/[\w-]+\.webex\.com\/[^\s<>"')\]]+|https:\/\/(?:[\w-]+\.)?whereby\.com\/[^\s<>"')\]]+|https:\/\/(?:app\.)?chime\.aws\/[^\s<>"')\]]+|https:\/\/[\w-]+\.(?:bluejeans\.com|gotomeeting\.com|goto\.com)\/[^\s<>"')\]]+|https:\/\/[\w.-]+\/[^\s<>"')\]]*(?:meeting|join)[^\s<>"')\]]*/i;

/** Outlook Safe Links and Google redirects wrap the real address: unwrap them. */
function unwrapRedirects(text: string): string {
  return text.replace(
    /https:\/\/(?:[\w-]+\.safelinks\.protection\.outlook\.com\/\?url=|www\.google\.com\/url\?(?:[^\s<>"]*?&)?q=)([^&\s<>"]+)[^\s<>"]*/gi,
    (_match, encoded: string) => {
      try {
        return decodeURIComponent(encoded);
      } catch {
        return encoded;
      }
    },
  );
}

export function findMeetingUrl(texts: readonly (string | null)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    const url = MEETING_URL.exec(
      text.includes("safelinks") || text.includes("google.com/url") ? unwrapRedirects(text) : text,
    )?.[0];
    if (url) return url.replace(/[.,;>]+$/, "");
  }
  return null;
}

export function findLocation(text: string): string | null {
  const line = /^\s*(?:Location|Where|Address|Venue|Place)\s*:\s*(.{3,200})$/im
    .exec(text)?.[1]
    // The sentence after the address is advice, not the place: "… WA 98104. Please check in …".
    ?.replace(/\.\s+[A-Z][a-z].*$/, "")
    .trim();
  return line && !/^https?:\/\//i.test(line) ? line : null;
}

// ——— people ———

const HONORIFIC = "(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\\.?";
/** "Priya", "O'Brien", "McDonald", "Jean-Luc", "D'Angelo". */
const NAME_WORD = "\\p{Lu}(?:\\p{Ll}+(?:(?:['’-]?\\p{Lu}|['’])\\p{Ll}+)*|['’]\\p{Lu}\\p{Ll}+)";
const PERSON = `(?:${HONORIFIC}[ ])?${NAME_WORD}(?:[ ](?:\\p{Lu}\\.|van|von|de|der|den|da|di|du|la|le|bin|al|del|dos|${NAME_WORD})){1,3}`;
const PERSON_EXACT = new RegExp(`^${PERSON}$`, "u");

/** Capitalised words that start no one's name in an invite. */
const NOT_A_NAME =
  /^(?:The|Our|Your|Google|Microsoft|Zoom|Teams|Meet|Join|Phone|Video|Dial|Meeting|Interview|Hiring|Talent|Recruiting|Team|Staff|Panel|Technical|Final|Round|Onsite|Virtual|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Senior|Staff|Principal|Lead|Head|Director|Manager|Engineering|Product|Please|Thanks|Thank|Best|Regards|Hi|Hello|Dear|Looking|We|You|I|Time|Date|Location|Where|When|Who|Agenda|Coffee|Lunch|Break|Welcome|Wrap|Q&A|System|Design|Coding|Behavioral|Behavioural|Culture|Values|Case|Study|Pacific|Eastern|Central|Mountain|Standard|Daylight|Time|Zone)\b/;

const PERSON_GLOBAL = new RegExp(PERSON, "gu");
const LEADING_HONORIFIC = new RegExp(`^${HONORIFIC}[ ]`);
const LABEL =
  /^\s*[*•-]?\s*(?:interviewers?|interview panel|panel(?:ists)?|who|staff|attendees|participants|guests|host|hosts|meeting with|you(?:'|’)?ll (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?)(?: with)?|you will (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?)(?: with)?)\s*:?\s*(.*)$/i;
/** LABEL over a whole text: spaces only, so a match never starts on an earlier line. */
const LABEL_LINES = new RegExp(LABEL.source.replace(/\\s/g, "[ \\t]"), "gim");
const WITH_PEOPLE = new RegExp(
  `\\b(?:with|meet|meeting)[ ](?:the )?(${PERSON}(?:[ ]?\\([^)\\n]{0,60}\\))?(?:(?:,[ ]?(?:and[ ])?|[ ]and[ ]|[ ]&[ ])${PERSON}(?:[ ]?\\([^)\\n]{0,60}\\))?)*)`,
  "gu",
);

/** Zoom's "Mei Tan is inviting you to a scheduled Zoom meeting." */
const HOST = new RegExp(`^(${PERSON}) is inviting you to a scheduled`, "mu");

/** "with me and our design lead, Mia Chen", "meet our CTO Sarah Kim". */
const TITLED_PERSON = new RegExp(
  `(?:\\b(?:with|meet|meeting|and)[ ](?:me[ ]and[ ])?|(?:^|[.!?][ ])(?=[OT]))(?:[Oo]ur|[Tt]heir|[Tt]he|my)[ ](?:[a-z][a-z-]+[ ]){0,3}(?:${ROLE_WORD_LIST}|head[ ]of[ ][a-z]+|founder|cto|ceo)s?,?[ ](${PERSON})`,
  "gmu",
);

function namesIn(fragment: string): string[] {
  const names: string[] = [];
  for (const match of fragment.matchAll(PERSON_GLOBAL)) {
    const name = match[0].trim();
    if (NOT_A_NAME.test(name.replace(LEADING_HONORIFIC, ""))) continue;
    names.push(name);
  }
  return names;
}

export interface NamedPerson extends Interviewer {
  /** Named under a label ("Interviewers:", "Panel:"), rather than in a phrase ("with …"). */
  readonly labelled: boolean;
}

/** People named in a plain-text confirmation: "with Priya Patel", "Interviewers: A, B", "Panel:" lists. */
export function findInterviewersInText(text: string): NamedPerson[] {
  const names = new Set<string>();
  const source = text.slice(0, 20_000);
  // One pass finds the label lines; only then are lines split.
  const labelLines = [...source.matchAll(LABEL_LINES)].map((match) => match.index ?? 0);
  const lines = labelLines.length > 0 ? source.split("\n") : [];
  const lineOf = (offset: number) => source.slice(0, offset).split("\n").length - 1;
  for (const index of labelLines.map(lineOf)) {
    const match = LABEL.exec(lines[index] ?? "");
    if (!match) continue;
    const rest = match[1] ?? "";
    // The names follow on the same line, or as a list below the label.
    const list = rest.trim()
      ? [rest]
      : lines.slice(index + 1, index + 9).filter((line) => /^\s*(?:[*•-]|\d+[.)])?\s*\S/.test(line));
    for (const line of list) {
      if (!rest.trim() && !/^\s*(?:[*•-]|\d+[.)])?\s*(?:Dr|Prof|Mr|Mrs|Ms|[A-Z])/.test(line)) break;
      for (const part of line.split(/;|,(?![^(]*\))|\band\b|\s&\s/)) {
        const name = namesIn(part.replace(/\([^)]*\)/g, ""))[0];
        if (name) names.add(name);
      }
      if (names.size >= 20) break;
    }
  }
  const labelled = new Set(names);
  const host = source.includes(" is inviting you") ? HOST.exec(source)?.[1] : undefined;
  if (host && PERSON_EXACT.test(host)) names.add(host);
  // Both phrase patterns need words a plain scan finds quickly; most invitations skip one of them.
  if (/\b(?:[Oo]ur|[Tt]heir|[Tt]he|my) [a-z-]+/.test(source))
    for (const match of source.matchAll(TITLED_PERSON)) {
      const name = match[1]?.trim() ?? "";
      if (PERSON_EXACT.test(name) && !NOT_A_NAME.test(name.replace(LEADING_HONORIFIC, ""))) names.add(name);
    }
  if (/\b(?:with|meet|meeting) /.test(source))
    for (const match of source.matchAll(WITH_PEOPLE)) {
      for (const part of (match[1] ?? "")
        .replace(/\([^)]*\)/g, "")
        .split(/,\s*(?:and\s+)?|\s+and\s+|\s&\s/)) {
        const name = part.trim();
        if (PERSON_EXACT.test(name) && !NOT_A_NAME.test(name.replace(LEADING_HONORIFIC, ""))) names.add(name);
      }
      if (names.size >= 20) break;
    }
  return [...names].slice(0, 20).map((name) => ({ name, email: null, labelled: labelled.has(name) }));
}

export interface Who {
  /** The user's addresses: owners, the forwarder, relays. Lower case. */
  readonly addresses: readonly string[];
  /** The user's names: the forwarder's display name, the name the greeting uses. */
  readonly names: readonly string[];
  /** Names written next to coordinator or scheduling titles: not interviewers unless named as one. */
  readonly coordinators: readonly string[];
}

function cleanEmail(email: string | null | undefined): string | null {
  const cleaned = email
    ?.replace(/^\s*mailto:/i, "")
    .replace(/^["'<\s]+|["'>\s]+$/g, "")
    .trim();
  return cleaned && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cleaned) ? cleaned : null;
}

function cleanName(name: string | null | undefined): string | null {
  const cleaned = name
    ?.replace(/^["'\s]+|["'\s]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned && !cleaned.includes("@") && !/^mailto:/i.test(cleaned) ? cleaned : null;
}

function isTheUser(person: { name: string | null; email: string | null }, who: Who): boolean {
  const email = person.email?.toLowerCase() ?? null;
  if (email && who.addresses.includes(email)) return true;
  const name = person.name?.toLowerCase() ?? null;
  if (!name) return false;
  if (who.names.some((own) => own.toLowerCase() === name)) return true;
  // The candidate's other address: a mailbox-provider address under the greeting's name.
  const first = name.split(/[\s,]+/)[0] ?? "";
  const personal = !email || isMailboxDomain(email.split("@")[1] ?? "");
  return personal && who.names.some((own) => own.toLowerCase().split(/\s+/)[0] === first);
}

/** Attendees and named people who are people to thank: not the user, a room, a mailbox or a list. */
export function keepInterviewers(
  people: ReadonlyArray<Interviewer & { readonly isResource?: boolean; readonly isOrganizer?: boolean }>,
  who: Who,
): Interviewer[] {
  const seen = new Set<string>();
  const kept: Interviewer[] = [];
  for (const person of people) {
    if (person.isResource) continue;
    const email = cleanEmail(person.email);
    const name = cleanName(person.name);
    const lower = email?.toLowerCase() ?? null;
    if (lower && (NO_REPLY.test(lower) || TEAM_MAILBOX.test(lower))) continue;
    if (lower && isSchedulerDomain(lower.split("@")[1] ?? "")) continue;
    if (name && GROUP_NAME.test(name)) continue;
    if (/^(?:tbd|tba|to be (?:confirmed|determined)|interviewer)$/i.test(name ?? "")) continue;
    if (isTheUser({ name, email }, who)) continue;
    if (
      person.isOrganizer &&
      name &&
      who.coordinators.some((coordinator) => coordinator.toLowerCase() === name.toLowerCase())
    )
      continue;
    const keys = [lower, name?.toLowerCase() ?? null].filter((key): key is string => Boolean(key));
    if (keys.length === 0 || keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    kept.push({ name, email });
    if (kept.length >= 50) break;
  }
  return kept;
}

/** Names written beside coordinator or scheduling titles ("Sam Harper, Recruiting Coordinator"). */
export function findCoordinators(text: string, names: readonly string[]): string[] {
  const titles =
    /\b(?:coordinator|scheduler|scheduling|talent acquisition|recruiting operations|people operations|hr (?:team|generalist|coordinator)|human resources|executive assistant)\b/i;
  const found: string[] = [];
  const lines = text.slice(0, 20_000).split("\n");
  lines.forEach((line, index) => {
    for (const name of names) {
      if (!name || !line.includes(name)) continue;
      const around = `${line}\n${lines[index + 1] ?? ""}`;
      if (titles.test(around)) found.push(name);
    }
  });
  return found;
}

/** The first name a greeting uses: "Hi Jordan," → "Jordan"; "Dear Jordan Lee," → "Jordan Lee". */
export function greetingName(text: string): string | null {
  const match =
    /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ ,]+([A-Z][\p{L}'’-]+(?:[ ][A-Z][\p{L}'’-]+)?)\s*[,!:\n]/imu.exec(
      text.slice(0, 2_000),
    );
  const name = match?.[1] ?? null;
  return name && !/^(?:there|all|team|everyone|candidate|again)$/i.test(name) ? name : null;
}
