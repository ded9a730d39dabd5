/**
 * Who among an invitation's attendees and named people is a person to thank: not the user, a
 * room, a mailbox, a list or someone who only organises (coordinators by their titles).
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import type { Interviewer } from "../types";
import { GROUP_NAME, isMailboxDomain, isSchedulerDomain, NO_REPLY, TEAM_MAILBOX } from "./domains";
import { lexiconPattern } from "./invite-language";
import { LEADING_TITLES } from "./person-names";

export interface Who {
  /** The user's addresses: owners, the forwarder, relays. Lower case. */
  readonly addresses: readonly string[];
  /** The user's names: the forwarder's display name, the name the greeting uses. */
  readonly names: readonly string[];
  /** Names and addresses of people who only organise (coordinators, a scheduling organiser). */
  readonly organizers: readonly string[];
  /** The employer's mail domains (the organiser's), lower case: a namesake elsewhere is the candidate. */
  readonly employerDomains?: readonly string[];
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

/** The words of the user's names that isTheUser compares, read once for all the people of an invite. */
interface OwnNames {
  readonly lower: readonly string[];
  readonly words: ReadonlyArray<{ readonly word: string | undefined; readonly surname: boolean }>;
  readonly surnames: ReadonlyArray<string | undefined>;
  readonly firstNames: readonly string[];
}

function ownNamesOf(names: readonly string[]): OwnNames {
  return {
    lower: names.map((own) => own.toLowerCase()),
    words: names.map((own) => {
      const bare = own.replace(LEADING_TITLES, "");
      return { word: bare.toLowerCase().split(/\s+/)[0], surname: bare !== own };
    }),
    // "Larissa Campos" to Larissa Moreira: a whole name with another surname than the user's whole
    // name is someone else's, whatever the first name.
    surnames: names
      .map((own) => own.replace(LEADING_TITLES, "").trim().toLowerCase().split(/\s+/))
      .filter((own) => own.length > 1)
      .map((own) => own.at(-1)),
    firstNames: names
      .filter((own) => !LEADING_TITLES.test(own) && /\s/.test(own.trim()))
      .map((own) => own.trim().toLowerCase().split(/\s+/)[0] ?? ""),
  };
}

function isTheUser(person: { name: string | null; email: string | null }, who: Who, own: OwnNames): boolean {
  const email = person.email?.toLowerCase() ?? null;
  if (email && who.addresses.includes(email)) return true;
  const name = person.name?.toLowerCase() ?? null;
  if (!name) return false;
  if (own.lower.includes(name)) return true;
  // "Sehr geehrter Herr Bernasconi": a title greets by surname; "Herr Reto Baumann" is not him.
  const words = name.replace(LEADING_TITLES, "").split(/[\s,]+/);
  // "Mme Isabelle Favre" to Julie Favre, greeted "Madame Favre": a whole name whose first name is
  // none of the user's whole names' is someone else, surname shared or not.
  const someoneElse =
    words.length > 1 && own.firstNames.length > 0 && !own.firstNames.includes(words[0]?.toLowerCase() ?? "");
  if (!someoneElse && own.words.some(({ word, surname }) => surname && word === words.at(-1))) return true;
  // The candidate's other address under the greeting's name: a mailbox provider's, or any domain
  // that is not the employer's (the organiser writes from the employer's).
  const first = words[0] ?? "";
  const surnames = own.surnames;
  if (words.length > 1 && surnames.length > 0 && !surnames.includes(words.at(-1)?.toLowerCase()))
    return false;
  const domain = email?.split("@")[1] ?? "";
  const personal =
    !email ||
    isMailboxDomain(domain) ||
    (who.employerDomains !== undefined &&
      who.employerDomains.length > 0 &&
      !who.employerDomains.includes(domain));
  return personal && own.words.some(({ word, surname }) => !surname && word === first);
}

/**
 * One key for the ways one person is written: "Mme Hélène Marchetti", "Hélène Marchetti",
 * "Marchetti, Hélène" and "Marchetti Hélène" (calendars list surnames first) are the same person.
 */
function personKey(name: string): string {
  const bare = name.replace(LEADING_TITLES, "").trim();
  const [last, first, ...rest] = bare.split(/\s*,\s*/);
  const ordered = first && rest.length === 0 && !/\s/.test(last ?? "") ? `${first} ${last}` : bare;
  return ordered.toLowerCase().split(/\s+/).sort().join(" ");
}

/** "Ferraro Luca" and "Dott. Luca Ferraro": one name's words, in another order. */
function reordered(name: string, other: string): boolean {
  const bare = name.replace(LEADING_TITLES, "").trim();
  const otherBare = other.replace(LEADING_TITLES, "").trim();
  return !/,/.test(bare + otherBare) && bare.toLowerCase() !== otherBare.toLowerCase();
}

/** How plainly a name is written: first name first, and no title before it. */
function writtenPlainly(name: string): number {
  return (name.includes(",") ? 0 : 2) + (LEADING_TITLES.test(name) ? 0 : 1);
}

/** Attendees and named people who are people to thank: not the user, a room, a mailbox or a list. */
export function keepInterviewers(
  people: ReadonlyArray<Interviewer & { readonly isResource?: boolean }>,
  who: Who,
): Interviewer[] {
  const seen = new Map<string, number>();
  const kept: Interviewer[] = [];
  const own = ownNamesOf(who.names);
  const organizers = who.organizers.map((key) => key.toLowerCase());
  for (const person of people) {
    if (person.isResource) continue;
    const email = cleanEmail(person.email);
    const name = cleanName(person.name);
    const lower = email?.toLowerCase() ?? null;
    if (lower && (NO_REPLY.test(lower) || TEAM_MAILBOX.test(lower))) continue;
    if (lower && isSchedulerDomain(lower.split("@")[1] ?? "")) continue;
    if (name && GROUP_NAME.test(name)) continue;
    if (/^(?:tbd|tba|to be (?:confirmed|determined)|interviewer)$/i.test(name ?? "")) continue;
    if (isTheUser({ name, email }, who, own)) continue;
    const lowerName = name?.toLowerCase();
    if (organizers.some((key) => key === lowerName || key === lower)) continue;
    const keys = [lower, name ? personKey(name) : null].filter((key): key is string => Boolean(key));
    if (keys.length === 0) continue;
    const same = keys.map((key) => seen.get(key)).find((index) => index !== undefined);
    if (same !== undefined) {
      // The name as people write it, once: "Hélène Marchetti" over "Marchetti, Hélène" or "Mme …".
      const earlier = kept[same];
      if (earlier && name && (!earlier.name || writtenPlainly(name) > writtenPlainly(earlier.name)))
        kept[same] = { name, email: earlier.email ?? email };
      // A calendar's "Ferraro Luca" before the text's "Dott. Luca Ferraro" (people named in the
      // text come after the attendees): the text's order, as people say the name.
      else if (earlier?.name && name && reordered(earlier.name, name))
        kept[same] = { name: name.replace(LEADING_TITLES, "").trim(), email: earlier.email ?? email };
      continue;
    }
    for (const key of keys) seen.set(key, kept.length);
    kept.push({ name, email });
    if (kept.length >= 50) break;
  }
  return kept;
}

/** Names written beside coordinator or scheduling titles ("Sam Harper, Recruiting Coordinator"). */
export function findCoordinators(text: string, names: readonly string[], lexicon: InviteLexicon): string[] {
  const titles = lexiconPattern(lexicon, "organizerTitles");
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
