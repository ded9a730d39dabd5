/**
 * The names a mail's opening and closing give: the candidate's in the greeting ("Hi Jordan," →
 * "Jordan"), the writer's under the sign-off.
 */
import { signatureLines } from "./company-clues";
import { GROUP_NAME } from "./domains";
import { LEXICON_LIST, phraseAlternatives, phrasePattern } from "./invite-language";
import { isAName, LEADING_PERSON } from "./person-names";

/** Greetings of every language ("Hi", "Hallo", "Bonjour", "Hola", "Olá", "Beste", "Gentile"). */
const GREETING = new RegExp(
  `^\\s*(?:${phrasePattern([...LEXICON_LIST.flatMap((lexicon) => lexicon.greetings), "good evening"]).source})[ ,]+(\\p{Lu}[\\p{L}'’-]+(?:[ ]\\p{Lu}[\\p{L}'’-]+)?)\\s*[,!:\\n]`,
  "imu",
);

/**
 * "Beste mevrouw Peeters", "Liebe frau Roth": a title of another language written in lower case
 * is no part of the name (a capitalised word may be a first name: "Hi Don Smith").
 */
const GREETING_TITLE = new RegExp(
  `^(?:${phraseAlternatives(
    LEXICON_LIST.filter((lexicon) => lexicon.lang !== "en")
      .flatMap((lexicon) => lexicon.honorifics)
      .map((title) => title.replace(/\.$/, "").toLowerCase()),
  )})[ ]+(?=\\p{L})`,
  "u",
);

/** The first name a greeting uses: "Hi Jordan," → "Jordan"; "Dear Jordan Lee," → "Jordan Lee". */
export function greetingName(text: string): string | null {
  const match = GREETING.exec(text.slice(0, 2_000));
  const name = match?.[1]?.replace(GREETING_TITLE, "") ?? null;
  return name && !/^(?:there|all|team|everyone|candidate|again)$/i.test(name) ? name : null;
}

/**
 * "Hi Priyanka Shah," in a mail Jordan Ellis forwards: a whole name that shares no word with the
 * forwarder's whole name greets someone else (a host's notification passed on), not the user.
 */
export function greetsAnother(greeting: string, forwarder: string | null | undefined): boolean {
  const words = (name: string) =>
    name
      .toLowerCase()
      .split(/[\s,]+/)
      .filter(Boolean);
  const greeted = words(greeting);
  const own = forwarder ? words(forwarder) : [];
  return greeted.length > 1 && own.length > 1 && !greeted.some((word) => own.includes(word));
}

/**
 * The writer's whole name on the first line under the sign-off ("Viele Grüße\nJana Vogt"): who
 * writes from a team's mailbox ("Karriere <karriere@…>") and says "und ich".
 */
export function signedName(text: string): string | null {
  const first = signatureLines(text.slice(-3_000))[0]?.trim() ?? "";
  const name = LEADING_PERSON.exec(first)?.[0];
  // "Adventure Works Recruiting" signs for a team.
  return name === first && isAName(name) && !GROUP_NAME.test(name) ? name : null;
}
