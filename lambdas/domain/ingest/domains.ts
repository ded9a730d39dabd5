/**
 * What an address's domain says about the employer: mail providers, sending services and
 * schedulers say nothing (their verdicts are remembered); any other domain names the company.
 */

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
    "netzero.net optonline.net shaw.ca rogers.com telus.net xtra.co.nz " +
    // Providers of the other languages' countries: Switzerland, Belgium, the Netherlands, Brazil, Portugal…
    "bluewin.ch hispeed.ch sunrise.ch skynet.be telenet.be proximus.be pandora.be ziggo.nl kpnmail.nl planet.nl " +
    "home.nl xs4all.nl upcmail.nl hetnet.nl casema.nl chello.at aon.at a1.net uol.com.br bol.com.br terra.com.br " +
    "ig.com.br sapo.pt clix.pt telefonica.net movistar.es ono.com bbox.fr numericable.fr aliceadsl.fr " +
    "club-internet.fr fastwebnet.it email.it inwind.it tim.it"
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
    "recruiterbox comeet homerun join manatal zohorecruit freshteam trinet microsoft office office365 google " +
    // European applicant-tracking systems, which send in the employer's name.
    "talentsoft talentsoft-mail softgarden concludis rexx-systems dvinci d-vinci onlyfy prescreen umantis " +
    "welcomekit flatchr beetween digitalrecruiters jobaffinity gupy kenoby solides pandape inrecruiting otys " +
    "carerix intelliplan recruitnow factorialhr factorial kenjo sesamehr bizneo hrworks jobylon talentclue " +
    "recruitcrm hellowork jobteaser"
  ).split(" "),
);

/** The alternatives of NO_REPLY, one per line. */
const NO_REPLY_ALTERNATIVES: readonly string[] = [
  "no-?reply",
  "do-?not-?reply",
  "donotreply",
  "notifications?",
  "notify",
  "calendar",
  "scheduling",
  "scheduler",
  "invites?",
  "invitations?",
  "mailer-daemon",
  "postmaster",
  "bounces?",
  "auto",
  "automated",
  "system",
  "alerts?",
];

export const NO_REPLY = new RegExp(String.raw`^(?:${NO_REPLY_ALTERNATIVES.join("|")})[^@]*@`, "i");

/** The alternatives of TEAM_MAILBOX, one per line. */
const TEAM_MAILBOX_ALTERNATIVES: readonly string[] = [
  "recruit\\w*",
  "talent\\w*",
  "careers?",
  "jobs?",
  "hr",
  "people",
  "hiring",
  "interviews?",
  "candidates?",
  "staffing",
  "ta",
  "team",
  "admin",
  "info",
  "hello",
  "contact",
  "office",
  "apply",
  "applications?",
  "campus",
  "university",
  "early-?careers?",
  // in the other languages: empleo@, vagas@, lavoraconnoi@, emploi@, bewerbung@, werkenbij@
  "empleos?",
  "vagas",
  "lavora\\w*",
  "emplois?",
  "recrutement",
  "recrutamento",
  "bewerbung\\w*",
  "karriere",
  "personal",
  "werkenbij",
  "vacatures",
  "selezione",
  "seleccion",
  "rh",
  "rrhh",
  "candidatur\\w*",
];

/** Shared mailboxes of recruiting teams: never an interviewer. */
export const TEAM_MAILBOX = new RegExp(
  String.raw`^(?:${TEAM_MAILBOX_ALTERNATIVES.join("|")})(?:[-._+][^@]*)?@`,
  "i",
);

/** The alternatives of GROUP_NAME, one per line. */
const GROUP_NAME_ALTERNATIVES: readonly string[] = [
  "\\b(?:team|recruiting|recruitment|talent|hiring|hr|human resources|people (?:ops|operations|team)|group|list|panel|interviews?|coordinators?|scheduling|careers|all staff|dl)\\b",
  "^all[- ]",
];

/** Names of distribution lists and teams rather than people. */
export const GROUP_NAME = new RegExp(String.raw`${GROUP_NAME_ALTERNATIVES.join("|")}`, "i");

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

export function isMailboxDomain(domain: string): boolean {
  return verdictOf(domain).mailbox;
}

export function isSchedulerDomain(domain: string): boolean {
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

/** Registries' second levels under a country ("co.uk", "com.br", "coop.br", "gouv.fr"): never the name. */
const SECOND_LEVEL = new Set(
  (
    "co com org net ac gov edu ltd plc gen nic or ne go coop ind eng adv art agr srv tur esp inf gob gouv " +
    "asso nom"
  ).split(" "),
);

/** A country's regions under its code ("qc.ca", "on.ca", "ny.us"): never the name either. */
const REGION_LEVEL: Partial<Record<string, ReadonlySet<string>>> = {
  ca: new Set("ab bc mb nb nf nl ns nt nu on pe qc sk yk yt".split(" ")),
  us: new Set(
    (
      "al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd " +
      "oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy"
    ).split(" "),
  ),
};

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
    labels.length >= 3 && top.length === 2 && (SECOND_LEVEL.has(second) || REGION_LEVEL[top]?.has(second));
  const name = labels[labels.length - (twoLevel ? 3 : 2)];
  if (!name || SUBDOMAIN_NOISE.has(name) || /^\d+$/.test(name)) return null;
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(" ");
}
