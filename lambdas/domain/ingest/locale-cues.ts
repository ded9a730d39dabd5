/**
 * How a message writes numeric dates, from the strongest cue present: the dates it writes, the
 * zones it names, the sender's country domain or signature, the spelled dates, then the user's zone.
 */
import { MONTHS, NUMERIC } from "./date-words";

export interface LocaleCues {
  /** True when numeric dates are day first (01/12 is 1 December), false month first, null unknown. */
  readonly dayFirst: boolean | null;
  /** Where dayFirst came from, for the guess sentence. */
  readonly because: string | null;
  /** The sender's country domain ("ie", "cn"), which decides what an ambiguous abbreviation means. */
  readonly country?: string | null;
  /** True when the order comes only from the user's zone: weaker than a date that has passed. */
  readonly weak?: boolean;
}

/**
 * How a signature shows the sender's country: a US or Canadian phone number ("(512) 555-0142",
 * "+1 415…") or a US state and ZIP code ("Austin, TX 78701") writes dates month first; a UK
 * postcode or a +44 number, day first.
 */
const MONTH_FIRST_COUNTRY = [
  /(?:\+1[ .-]?)?\(\d{3}\)[ .-]?\d{3}-\d{4}\b/, // (512) 555-0142
  /\+1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}\b/, // +1 415 555 0100
  /,[ ][A-Z]{2}[ ]\d{5}(?:-\d{4})?\b/, // Austin, TX 78701
];
const DAY_FIRST_COUNTRY = [
  /\+44[ ]?\(?0?\)?[ ]?\d{2,4}/, // +44 117 496 0000
  /\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}\b/, // BS1 4DJ
];

/**
 * Abbreviations that mean another zone in the sender's country: IST is Irish in Dublin and Israeli
 * in Tel Aviv, CST is China Standard Time in Beijing, BST Bangladesh time in Dhaka.
 */
export function localeCues(
  text: string,
  hints: { readonly senderDomains: readonly (string | null)[]; readonly userZone: string | null },
): LocaleCues {
  const order = dayOrder(text, hints);
  const tld = hints.senderDomains.find(Boolean)?.toLowerCase().split(".").pop() ?? null;
  return { dayFirst: order.dayFirst, because: order.because, country: tld && tld.length === 2 ? tld : null };
}

function dayOrder(
  text: string,
  hints: { readonly senderDomains: readonly (string | null)[]; readonly userZone: string | null },
): LocaleCues {
  for (const match of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(match[2]), Number(match[4])];
    if ((match[2] ?? "").length === 4) continue;
    if (match[3] === ".") return { dayFirst: true, because: "the message writes dates day first" };
    if (a > 12 && b <= 12) return { dayFirst: true, because: "the message writes dates day first" };
    if (b > 12 && a <= 12) return { dayFirst: false, because: "the message writes dates month first" };
  }
  const zone = /\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|Eastern|Central|Pacific|Mountain)\b/.exec(
    text,
  );
  if (zone) return { dayFirst: false, because: "the times are in a US zone" };
  const european = /\b(?:BST|GMT|CET|CEST|EET|EEST|WET|IST|AEST|AEDT|ACST|AWST|NZST|NZDT|SGT|UK time)\b/.exec(
    text,
  );
  if (european) return { dayFirst: true, because: `the times are in ${european[0]}` };
  for (const domain of hints.senderDomains) {
    const tld = domain?.toLowerCase().split(".").pop() ?? "";
    if (DAY_FIRST_TLDS.has(tld)) return { dayFirst: true, because: `the sender writes from .${tld}` };
    if (tld === "us") return { dayFirst: false, because: "the sender writes from .us" };
  }
  if (MONTH_FIRST_COUNTRY.some((pattern) => pattern.test(text)))
    return { dayFirst: false, because: "the sender's signature is in the US" };
  if (DAY_FIRST_COUNTRY.some((pattern) => pattern.test(text)))
    return { dayFirst: true, because: "the sender's signature is in the UK" };
  const spelledDayFirst = SPELLED_DAY_FIRST.test(text);
  const spelledMonthFirst = SPELLED_MONTH_FIRST.test(text);
  if (spelledDayFirst !== spelledMonthFirst)
    return {
      dayFirst: spelledDayFirst,
      because: `the message spells dates ${spelledDayFirst ? "day" : "month"} first`,
    };
  if (hints.userZone)
    return hints.userZone.startsWith("America/")
      ? { dayFirst: false, because: "your zone is in the Americas", weak: true }
      : { dayFirst: true, because: "your zone is outside the Americas", weak: true };
  return { dayFirst: null, because: null };
}

const SPELLED_DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`, "i");
const SPELLED_MONTH_FIRST = new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "i");
const DAY_FIRST_TLDS = new Set([
  "uk",
  "ie",
  "au",
  "nz",
  "in",
  "sg",
  "za",
  "de",
  "fr",
  "es",
  "it",
  "nl",
  "be",
  "ch",
  "at",
  "se",
  "dk",
  "no",
  "fi",
  "pl",
  "pt",
  "cz",
  "gr",
  "hu",
  "ro",
  "br",
  "ar",
  "mx",
  "co",
  "cl",
  "eu",
  "my",
  "pk",
  "ng",
  "ke",
  "il",
  "tr",
  "hk",
]);
