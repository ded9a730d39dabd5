/** The fields of an invite besides its time, each from its own reader (./company, ./role, ./people). */
import type { ParsedInterview } from "../types";
import { findCoordinators, keepInterviewers } from "./attendees";
import { type Found, findCompany } from "./company";
import { companyFromDomain, isSchedulerOrMailboxDomain, NO_REPLY, TEAM_MAILBOX } from "./domains";
import { signedName } from "./greeting";
import { lexiconPattern } from "./invite-language";
import { letters } from "./job-words";
import { findInterviewersInText } from "./people";
import { peopleBesideWriter } from "./people-beside-writer";
import { findHoldersInLanguage } from "./people-holding";
import { findJoiners, peopleBesideMet } from "./people-joining";
import { findInterviewersInLanguage } from "./people-language";
import { signsAsHolder } from "./people-writer";
import { LEADING_TITLES, type NamedPerson } from "./person-names";
import type { Reading } from "./reading";
import type { Evidence, EvidenceSource } from "./result";
import { findRole, fullerRole, peopleTitles } from "./role";
import { findRoleInLanguage } from "./role-language";
import { subjectPeople } from "./subject-people";

const TITLE_LINE =
  /^[ *]*(?:service|event(?: type| name)?|topic|meeting|appointment|what)[ ]?:[ ]*(?:\n[ ]*)?(.{3,120})$/gim;

export interface Fields {
  readonly company: string | null;
  readonly role: string | null;
  readonly interviewers: ParsedInterview["interviewers"];
  readonly guesses: string[];
  readonly evidence: Partial<Record<"company" | "role" | "interviewers", Evidence>>;
}

/** Where the company reader found the name, in the words of the evidence. */
const COMPANY_SOURCE: Readonly<Record<Found["from"], EvidenceSource>> = {
  title: "subject",
  body: "text line",
  signature: "signature",
  "sender name": "sender name",
  address: "sender address",
};

export function readFields(
  reading: Reading,
  extra: {
    readonly titles: readonly (string | null)[];
    readonly texts: string;
    readonly organizer: { name: string | null; email: string | null } | null;
    readonly attendees: ReadonlyArray<{ name: string | null; email: string | null; isResource?: boolean }>;
  },
): Fields {
  const { lexicon } = reading;
  // From a team's mailbox, the writer is who signs ("Viele Grüße\nJana Vogt").
  const fromTeam = teamMailbox(reading.originalSender);
  const writer = fromTeam ? signedName(extra.texts) : reading.originalSenderName;
  const writerEmail = fromTeam ? null : reading.originalSender;
  const found = [
    ...findInterviewersInText(extra.texts),
    ...findInterviewersInLanguage(extra.texts, lexicon, writer),
  ];
  // "Stefan Gruber und ich", "Myself and Siobhán Kelly": the writer and who they name as one subject.
  const absent = lexiconPattern(lexicon, "writerAbsentPhrases").test(extra.texts);
  for (const name of peopleBesideWriter(extra.texts.slice(0, 20_000), lexicon, absent ? null : writer))
    found.push({ name, email: name === writer ? writerEmail : null, labelled: true });
  found.push(
    ...findHoldersInLanguage(extra.texts, lexicon, writer, found.length > 0 || extra.attendees.length > 0),
  );
  // "Ellen Smit (P&O) schuift ook aan", "se joindra à nous", "accompagnée de M. Le Goff".
  const joiners = findJoiners(extra.texts, lexicon, absent ? null : writer, found.length > 0);
  // Who joins joins someone: naming them never says the organiser only schedules.
  const joined = new Set([
    ...joiners,
    ...peopleBesideMet(extra.texts, lexicon, [...found, ...joiners].map(nameOf)),
  ]);
  found.push(...joined);
  // "ich werde ebenfalls dabei sein", "me plus Aisha Rahman": the writer is among the people met.
  if (writer && !absent && lexiconPattern(lexicon, "writerJoinsPhrases").test(extra.texts))
    found.push({ name: writer, email: writerEmail, labelled: true });
  const peopleNames = [
    // A first name alone is read only beside the writer or another name ("with Leo and me"): a person, no company.
    // "Dott. Giovanni Morini" is the person "Giovanni Morini" too, not the employer Cantine Morini.
    ...found
      .filter((person) => person.labelled || !person.name?.includes(" "))
      .flatMap((person) => [person.name, person.name?.replace(LEADING_TITLES, "") ?? null]),
    ...extra.attendees.map((person) => person.name),
    extra.organizer?.name ?? null,
    // "Hoteles Mediterráneo Sol <empleo@…>": a team mailbox's display name is no person.
    fromTeam ? writer : reading.originalSenderName,
  ].filter((name): name is string => Boolean(name) && !/@/.test(name ?? ""));
  const everyone = [...peopleNames, ...reading.ownNames];
  // The user's own addresses (the forwarder's custom domain) never name the employer.
  const notOwn = (address: string | null | undefined) =>
    address && !reading.ownAddresses.includes(address.toLowerCase()) ? address : null;
  // Bookings' "Service:", Calendly's "Event Type:", Zoom's "Topic:" lines are titles too.
  const titleLines = [...extra.texts.slice(0, 20_000).matchAll(TITLE_LINE)].map((match) => match[1] ?? null);
  const company = findCompany({
    // "Event: Ridgeline Outdoor Co. - E-commerce Manager Interview": a booking's title names the employer too.
    titles: [...extra.titles, ...titleLines],
    body: extra.texts,
    senders: [
      { name: reading.originalSenderName, address: notOwn(reading.originalSender) },
      { name: extra.organizer?.name ?? null, address: notOwn(extra.organizer?.email) },
    ],
    addresses: [
      notOwn(extra.organizer?.email),
      notOwn(reading.originalSender),
      ...extra.attendees.map((person) => notOwn(person.email)),
    ],
    people: everyone,
  });
  // "with City Power & Light" names the company, not a person.
  const companyLetters = company ? letters(company.value) : "";
  // "com a Rede Farmavida": a name that holds a long company name is the company's ("Els Maes" of Maes is not).
  const isCompany = (name: string) =>
    companyLetters.startsWith(letters(name)) ||
    (companyLetters.length >= 7 && letters(name).includes(companyLetters));
  // "Interview with Sarah Collins – Tuesday": with no one named in the text, whom the subject names.
  const fromSubject =
    found.length === 0 && extra.attendees.length === 0
      ? subjectPeople(extra.titles, lexicon, company?.value ?? null)
      : [];
  const named = [...found, ...fromSubject]
    .filter((person) => !(companyLetters && person.name && isCompany(person.name)))
    .map(({ name, email }) => ({ name, email }));
  const titles = peopleTitles(extra.texts, [...peopleNames, ...named.map((person) => person.name ?? "")]);
  const english = findRole([...extra.titles, ...titleLines], extra.texts, titles, {
    company: company?.value ?? null,
    people: everyone,
  });
  // "Charla por el puesto de QA": a title that holds the words before a role is not the role.
  const read =
    (english && lexicon.lang !== "en" && lexiconPattern(lexicon, "roleCues").test(english)
      ? null
      : english) ??
    (lexicon.lang === "en"
      ? null
      : findRoleInLanguage(
          [...extra.titles, ...titleLines],
          extra.texts,
          lexicon,
          company?.value ?? null,
          everyone,
        ));
  const role = fullerRole(read, [...extra.titles, extra.texts]);
  // Other languages introduce the interviewers in prose ("Te entrevistarán …") as often as in a list.
  const labelled = new Set(
    found
      .filter((person) => person.labelled || lexicon.lang !== "en")
      .map((person) => person.name?.toLowerCase()),
  );
  // Who only schedules: named beside a coordinator's title, or the organiser when the text lists
  // the interviewers without them. Someone the list names stays an interviewer.
  // "Frau Svenja Lorenz" in the list is the organiser Svenja Lorenz: a title before the name does not count.
  // "Mag. Eva Lechner" signing is the "Eva Lechner" the text names: titles are no part of a name.
  const isLabelled = (key: string | undefined) => {
    const bare = key?.replace(LEADING_TITLES, "");
    return Boolean(bare) && [...labelled].some((name) => name === bare || name?.endsWith(` ${bare}`));
  };
  const organizerName = extra.organizer?.name?.toLowerCase();
  const organizerOnly =
    extra.organizer && listsOthers(found, joined, labelled) && !isLabelled(organizerName)
      ? extra.organizer
      : null;
  const who = {
    addresses: reading.ownAddresses,
    names: reading.ownNames,
    organizers: [
      ...findCoordinators(extra.texts, peopleNames, lexicon),
      ...(organizerOnly ? [organizerOnly.name, organizerOnly.email] : []),
    ].filter((key): key is string => Boolean(key) && !isLabelled(key?.toLowerCase())),
    employerDomains: [extra.organizer?.email?.split("@")[1]?.toLowerCase()].filter(
      (domain): domain is string => Boolean(domain) && !isSchedulerOrMailboxDomain(domain ?? ""),
    ),
  };
  const people = [...(extra.organizer ? [extra.organizer] : []), ...extra.attendees, ...named];
  const kept = mergeByName(keepInterviewers(people, who));
  // "I'll call you at the number on your resume": with no one else named, the writer interviews;
  // so does one who moves the meeting in the first person ("something came up on my end"), unless
  // a coordinator's title says they only schedule.
  const writerMeets =
    kept.length === 0 &&
    writer !== null &&
    !absent &&
    (lexiconPattern(lexicon, "writerMeetsPhrases").test(extra.texts) ||
      (lexiconPattern(lexicon, "writerMovesPhrases").test(extra.texts) && !who.organizers.includes(writer)) ||
      // With no one named, a writer who signs with a manager's title arranges to meet themself.
      (!who.organizers.includes(writer) && signsAsHolder(extra.texts, writer, lexicon)));
  const interviewers = writerMeets && writer ? [{ name: writer, email: writerEmail }] : kept;
  const guesses: string[] = [];
  const domain =
    company?.from === "address"
      ? [extra.organizer?.email, reading.originalSender]
          .find((address) => address && companyFromDomain(address))
          ?.split("@")[1]
      : undefined;
  if (company?.from === "address")
    guesses.push(
      `I took the company name “${company.value}” from the sender's address${domain ? ` (${domain})` : ""}.`,
    );
  // Each reading only when its field was found (no spreads of empty objects).
  const evidence: Fields["evidence"] = {};
  if (company) evidence.company = { source: COMPANY_SOURCE[company.from], text: domain ?? company.value };
  if (role)
    evidence.role = {
      source: extra.titles.some((title) => title?.includes(role)) ? "subject" : "text line",
      text: role,
    };
  if (interviewers.length > 0) {
    const fromCalendar = calendarKeys([extra.organizer, ...extra.attendees]);
    const inCalendar = (key: string | undefined) => key !== undefined && fromCalendar.has(key);
    evidence.interviewers = {
      source: interviewers.some(
        (person) => inCalendar(person.email?.toLowerCase()) || inCalendar(person.name?.toLowerCase()),
      )
        ? "calendar part"
        : "text line",
      text: interviewers.map((person) => person.name ?? person.email).join(", "),
    };
  }
  return { company: company?.value ?? null, role, interviewers, guesses, evidence };
}

/** The calendar's people by lower-case address and name. */
function calendarKeys(
  people: ReadonlyArray<{ name: string | null; email: string | null } | null>,
): Set<string> {
  const keys = new Set<string>();
  for (const person of people) {
    const email = person?.email?.toLowerCase();
    if (email) keys.add(email);
    const name = person?.name?.toLowerCase();
    if (name) keys.add(name);
  }
  return keys;
}

function teamMailbox(address: string | null): boolean {
  return address !== null && (TEAM_MAILBOX.test(address) || NO_REPLY.test(address));
}

/** A person named in the text who is also an attendee is one interviewer, with the address. */
export function mergeByName(people: ParsedInterview["interviewers"]): ParsedInterview["interviewers"] {
  const withEmail = people.filter((person) => person.email);
  return people.filter(
    (person) =>
      person.email ||
      !withEmail.some(
        (other) => other.name && person.name && other.name.toLowerCase() === person.name.toLowerCase(),
      ),
  );
}

const nameOf = (person: { readonly name: string | null }) => person.name ?? "";

/** Whether the text lists people met besides those who join: who joins joins someone, perhaps the organiser. */
function listsOthers(
  found: readonly NamedPerson[],
  joined: ReadonlySet<NamedPerson>,
  labelled: ReadonlySet<string | undefined>,
): boolean {
  return found.some((person) => !joined.has(person) && labelled.has(person.name?.toLowerCase()));
}
