import type { Interviewer } from "../types";

/** Mailbox providers and meeting tools: an address there says nothing about the employer. */
const MAILBOX_DOMAINS = [
  "gmail",
  "googlemail",
  "google",
  "outlook",
  "hotmail",
  "live",
  "msn",
  "office365",
  "microsoft",
  "yahoo",
  "ymail",
  "icloud",
  "me",
  "mac",
  "aol",
  "proton",
  "protonmail",
  "pm",
  "gmx",
  "web",
  "mail",
  "fastmail",
  "zoho",
  "hey",
  "example",
];

/** Applicant-tracking and scheduling services: they send invites for many employers. */
const SCHEDULER_DOMAINS = [
  "greenhouse",
  "greenhouse-mail",
  "lever",
  "calendly",
  "goodtime",
  "myworkday",
  "workday",
  "workdaymail",
  "smartrecruiters",
  "icims",
  "ashbyhq",
  "jobvite",
  "gem",
  "modernloop",
  "prelude",
  "zoom",
  "webex",
  "hire",
  "ashby",
  "bamboohr",
  "teamtailor",
  "recruitee",
  "personio",
  "workable",
  "linkedin",
  "indeed",
  "zoomgov",
  "teams",
  "calendar",
];

const NOT_COMPANY_DOMAINS = [...MAILBOX_DOMAINS, ...SCHEDULER_DOMAINS];

const NO_REPLY =
  /^(no-?reply|do-?not-?reply|notifications?|calendar|scheduling|scheduler|invites?|mailer-daemon|postmaster|bounce|auto)[^@]*@/i;

function isSchedulerDomain(domain: string): boolean {
  return domain
    .toLowerCase()
    .split(".")
    .some((label) => SCHEDULER_DOMAINS.includes(label));
}

export function isSchedulerOrMailboxDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split(".");
  return labels.some((label) => NOT_COMPANY_DOMAINS.includes(label));
}

/** acme.com → "Acme"; careers.acme-robotics.co.uk → "Acme Robotics". */
export function companyFromDomain(address: string | null): string | null {
  const domain = address?.split("@")[1]?.toLowerCase();
  if (!domain || isSchedulerOrMailboxDomain(domain)) return null;
  const labels = domain
    .split(".")
    .filter(
      (label) =>
        !["www", "mail", "careers", "jobs", "hr", "talent", "recruiting", "email", "e", "mg"].includes(label),
    );
  const twoLevelSuffix =
    labels.length >= 3 && ["co", "com", "org", "net", "ac", "gov"].includes(labels[labels.length - 2] ?? "");
  const name = labels[labels.length - (twoLevelSuffix ? 3 : 2)];
  if (!name) return null;
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}

const CAPITALISED = "[A-Z0-9][\\w&'’.-]*(?:[ \\t]+(?:&[ \\t]+)?[A-Z0-9][\\w&'’.-]*){0,4}";

const COMPANY_PATTERNS = [
  new RegExp(`\\b(?:interview|call|chat|conversation|screen)\\s+(?:with|at)\\s+(?:the\\s+)?(${CAPITALISED})`),
  new RegExp(`\\b(?:role|position|opportunity|job|opening)\\s+(?:at|with)\\s+(${CAPITALISED})`),
  new RegExp(`\\binterest in (?:joining |working at )?(${CAPITALISED})`),
  new RegExp(
    `\\b(?:the|on behalf of)\\s+(${CAPITALISED})\\s+(?:team|recruiting team|talent team|hiring team)`,
  ),
  new RegExp(`^(${CAPITALISED})\\s+(?:Interview|Recruiting|Talent)\\b`),
  new RegExp(`\\bat\\s+(${CAPITALISED})\\s*$`),
];

const NOT_A_COMPANY =
  /^(the|our|your|a|an|us|me|you|we|team|zoom|google|microsoft|teams|meet|phone|video|hiring manager|recruiter|\d+.*)$/i;
const TRAILING_NOISE = /\s+(?:for|on|at|in|via|about|regarding|to|team|recruiting|talent|hiring)$/i;

function cleanCompany(candidate: string | undefined): string | null {
  let name = candidate?.trim().replace(/[.,;:!]+$/, "");
  while (name && TRAILING_NOISE.test(name)) name = name.replace(TRAILING_NOISE, "");
  if (!name || NOT_A_COMPANY.test(name) || name.length > 60) return null;
  return name;
}

/** The employer, from the words first (summary, subject, body), then from addresses. */
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

/** The employer, from the words first (summary, subject, body), then from addresses. */
export function findCompany(
  texts: readonly (string | null)[],
  addresses: readonly (string | null)[],
): string | null {
  for (const text of texts) {
    if (!text) continue;
    for (const pattern of COMPANY_PATTERNS) {
      const found = cleanCompany(pattern.exec(text)?.[1]);
      if (found) return found;
    }
  }
  for (const address of addresses) {
    const found = companyFromDomain(address);
    if (found) return spelledInTexts(found, texts) ?? found;
  }
  return null;
}

/** Patterns that say "role" themselves, and weaker ones whose capture must look like a job title. */
const ROLE_PATTERNS: ReadonlyArray<{ pattern: RegExp; explicit: boolean }> = [
  {
    pattern: /\b(?:for|about|on)\s+(?:the|our)\s+([^\n.,;:]{3,80}?)\s+(?:role|position|opening|job)\b/i,
    explicit: true,
  },
  { pattern: /\b(?:role|position)\s+of\s+([^\n]{3,80}?)(?:\s+at\b|[.,;\n]|$)/i, explicit: true },
  {
    pattern:
      /\binterview(?:ing)?\s+for\s+(?:the\s+|a\s+|an\s+)?([^\n]{3,80}?)(?:\s+(?:role|position)\b|\s+at\b|\s+with\b|\s+[-–—|]\s+|[.,;:(]|$)/im,
    explicit: false,
  },
  {
    pattern: /^(?:.*?interview[^:|–—-]*[:|–—-]\s*)([^\n]{3,80}?)(?:\s+at\s+|\s+[|–—-]\s+|\s*\(|$)/im,
    explicit: false,
  },
  { pattern: /\((?:the\s+)?([^()\n]{3,60}?)\)/, explicit: false },
];

const ROLE_WORDS =
  /engineer|developer|manager|designer|analyst|scientist|lead|director|architect|specialist|consultant|associate|intern|administrator|coordinator|officer|head|product|marketing|sales|writer|editor|strategist|researcher|recruiter|accountant|nurse|teacher|technician|assistant|executive|representative|sre|devops|qa/i;

export function findRole(texts: readonly (string | null)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    for (const { pattern, explicit } of ROLE_PATTERNS) {
      const role = pattern
        .exec(text)?.[1]
        ?.trim()
        .replace(/^["'“]|["'”]$/g, "");
      if (role && (explicit || ROLE_WORDS.test(role)) && role.split(/\s+/).length <= 8) return role;
    }
  }
  return null;
}

const MEETING_URL =
  /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com)\/(?:j|my|w)\/[^\s<>"')\]]+|https:\/\/meet\.google\.com\/[a-z0-9-]+|https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^\s<>"')\]]+|https:\/\/teams\.live\.com\/meet\/[^\s<>"')\]]+|https:\/\/[\w-]+\.webex\.com\/[^\s<>"')\]]+|https:\/\/(?:[\w-]+\.)?whereby\.com\/[^\s<>"')\]]+|https:\/\/[\w.-]+\/[^\s<>"')\]]*(?:meeting|join)[^\s<>"')\]]*/i;

export function findMeetingUrl(texts: readonly (string | null)[]): string | null {
  for (const text of texts) {
    const url = text ? MEETING_URL.exec(text)?.[0] : undefined;
    if (url) return url.replace(/[.,;]+$/, "");
  }
  return null;
}

export function findLocation(text: string): string | null {
  const line = /^\s*(?:Location|Where|Address|Venue)\s*:\s*(.{3,200})$/im.exec(text)?.[1]?.trim();
  return line || null;
}

/** People named in a plain-text confirmation: "with Priya Patel", "Interviewers: A, B". */
export function findInterviewersInText(text: string): Interviewer[] {
  const names = new Set<string>();
  const listed =
    /^\s*(?:Interviewers?|Panel|You(?:'|’)ll (?:be )?meet(?:ing)?(?: with)?|Meeting with)\s*:?\s*(.+)$/im.exec(
      text,
    )?.[1];
  if (listed) {
    for (const part of listed.split(/,|\band\b|;/)) {
      const name = /^\s*([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})/u.exec(part)?.[1];
      if (name) names.add(name);
    }
  }
  const person = "[A-Z][\\p{L}'’-]+[ \\t]+[A-Z][\\p{L}'’-]+";
  const withPeople = new RegExp(
    `\\b(?:with|meet)[ \\t]+${person}(?:(?:,[ \\t]*|[ \\t]+and[ \\t]+)${person})*`,
    "gu",
  );
  const onePerson = new RegExp(`^${person}$`, "u");
  for (const match of text.matchAll(withPeople)) {
    for (const name of match[0].replace(/^(?:with|meet)\s+/, "").split(/,\s*|\s+and\s+/)) {
      if (onePerson.test(name) && !/^(The|Our|Your|Google|Microsoft|Zoom)\b/.test(name)) names.add(name);
    }
  }
  return [...names].slice(0, 20).map((name) => ({ name, email: null }));
}

/** Attendees who are people to thank: not the user, not a room, not a scheduler mailbox. */
export function keepInterviewers(
  people: ReadonlyArray<Interviewer & { readonly isResource?: boolean }>,
  excluded: readonly string[],
): Interviewer[] {
  const skip = new Set(excluded.map((address) => address.toLowerCase()));
  const seen = new Set<string>();
  const kept: Interviewer[] = [];
  for (const person of people) {
    const email = person.email?.toLowerCase() ?? null;
    if (person.isResource) continue;
    if (email && (skip.has(email) || NO_REPLY.test(email))) continue;
    if (email && isSchedulerDomain(email.split("@")[1] ?? "")) continue;
    const key = email ?? person.name?.toLowerCase() ?? "";
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const name = person.name && !person.name.includes("@") ? person.name : null;
    kept.push({ name, email: person.email ?? null });
    if (kept.length >= 50) break;
  }
  return kept;
}
