/**
 * A company's name cleaned of what is written around it: brackets, an owner's "'s", the team and
 * legal-form words after it, an event's name and year ("Open Day Alvorada 2029"); never a subject
 * line, a job title, an application, a register entry or a language's little word.
 */
import { startsWithMessageWord } from "./company-clues";
import {
  DEPARTMENT_AFTER_NAME,
  JOB_TITLE_END,
  NOT_A_COMPANY,
  REGISTER_ENTRY,
  STATUS_WORD,
  TEAM_WORDS,
} from "./company-words";
import { LEXICON_LIST, OTHER_LANGUAGES_INVITATION_WORDS, phrasePattern } from "./invite-language";
import { ROLE_WORD_LIST, ROLE_WORDS } from "./job-words";

/** Words after a company name that are not the name, and legal forms people leave out ("Rhein Logistik GmbH"). */
const TRAILING_WORDS = new RegExp(
  String.raw`\s+(?:${
    "for|on|at|in|via|about|regarding|to|team|recruiting|recruitment|talent|hiring|careers|jobs|" +
    "hr|people|of|and|the|de|inc|llc|llp|ltd|limited|gmbh|ag|plc|pvt|pty|s\\.?a|b\\.?v|s\\.?a\\.?s|sarl|" +
    "s\\.?r\\.?l|s\\.?p\\.?a|s\\.?l|n\\.?v|e\\.?v|ltda|lda|" +
    "oy|ab|as|kg|co|corp|corporation|del|della|dei|degli|delle|di|do|da|dos|das|du|des|van|von|der|den|&"
  })\.?,?$`,
  "i",
);

/** Legal forms written after a name ("GmbH", "S.r.l.", "B.V.", "Lda."), without their last dot. */
export const LEGAL_FORMS =
  "GmbH|AG|SE|KG|Ltd|LLC|LLP|Inc|plc|B\\.?V|N\\.?V|S\\.?A|S\\.?L|SAS|SARL|S\\.?r\\.?l|S\\.?p\\.?A|Ltda|Lda";

/** A name, its legal form, and one capitalised word after it: a city ("Rhein Logistik AG Köln"). */
const LEGAL_FORM_THEN_PLACE = new RegExp(
  String.raw`^(.+?\s(?:${LEGAL_FORMS})\.?)[\s·•,]+\p{Lu}\p{Ll}+$`,
  "u",
);

/** "Eingangsbestätigung Ihrer Bewerbung", "Jouw kandidatuur": the application, never its employer. */
const APPLICATION_WORDS = phrasePattern(LEXICON_LIST.flatMap((lexicon) => lexicon.applicationWords));

/** Every language's events for many ("Open House", "Tag der offenen Tür"): no part of a name. */
const EVENT_WORDS = phrasePattern(LEXICON_LIST.flatMap((lexicon) => lexicon.eventWords));
const EVERY_EVENT_WORD = new RegExp(EVENT_WORDS.source, "giu");
const YEAR = /\b(?:19|20)\d{2}\b/g;

/** Each language's short frequent words and the writer's own ("ik", "ich", "io"): never a name alone. */
const LITTLE_WORDS = new Set(
  LEXICON_LIST.flatMap((lexicon) => [...lexicon.markers, ...lexicon.selfWords]).map((word) =>
    word.toLowerCase(),
  ),
);
/** A role's word alone ("Graduate", "Nurse"). */
const ROLE_WORD_ALONE = new RegExp(`^(?:${ROLE_WORD_LIST})s?$`, "i");
/** Every language's first words of job titles ("Diretor", "Responsabile", "Leiterin"): a name opening so is a role. */
const JOB_TITLE_FIRST_WORDS = new Set(
  LEXICON_LIST.flatMap((lexicon) => lexicon.jobTitleWords).map((word) => word.toLowerCase()),
);

/** A team's sign-off before the name ("Ihr Team der Optikhaus …", "L'équipe de …", "Het team van …"). */
const TEAM_SIGN_OFF = new RegExp(
  String.raw`^(?:\p{L}+\s+)?(?:${TEAM_WORDS})\s+(?:der|des|von|vom|of|at|di|del|della|de|da|do|van|la|l['’]|el)\s+(?=\p{Lu})`,
  "u",
);

export function cleanCompany(candidate: string | undefined | null): string | null {
  let name = candidate
    ?.trim()
    // "Ridgeway Logistics (Transportation Analyst)": what the brackets add is no part of the name.
    .replace(/\s*\([^()]*\)$/, "")
    // "Pennant Rail's Graduate Scheme": the programme or role after the owner's "'s" goes.
    .replace(/['’]s\s+(.*)$/, (whole, after: string) => (ROLE_WORDS.test(after) ? "" : whole))
    .replace(/^the\s+/i, "")
    .replace(TEAM_SIGN_OFF, "")
    .replace(DEPARTMENT_AFTER_NAME, "")
    .replace(/[.,;:!'’]+$/, "")
    .replace(/['’]s$/, "")
    // "Flinkwerk GmbH · Leipzig": a legal form ends the name; the one word after it is the place.
    ?.replace(LEGAL_FORM_THEN_PLACE, "$1");
  // "Fennimore Aerospace Engineering Open House", "Open Day Alvorada 2029": the event and its year go.
  if (name && EVENT_WORDS.test(name))
    name = name.replace(EVERY_EVENT_WORD, " ").replace(YEAR, " ").replace(/\s+/g, " ").trim();

  while (name && TRAILING_WORDS.test(name)) name = name.replace(TRAILING_WORDS, "").replace(/[,;:]+$/, "");
  // "Team der Hanseatischen Reederei": after an article German declines the adjective; the name is "Hanseatische".
  name = name?.replace(/^(\p{Lu}\p{Ll}+isch)en(?= \p{Lu})/u, "$1e");
  // "Tidewater Games <> Jordan Pike": a meeting's two sides, not a name.
  if (
    !name ||
    name.length < 2 ||
    name.length > 60 ||
    /[<>]/.test(name) ||
    NOT_A_COMPANY.test(name) ||
    REGISTER_ENTRY.test(name)
  )
    return null;
  const words = name.split(/\s+/);
  if (words.length > 6 || words.every((word) => NOT_A_COMPANY.test(word))) return null;
  // "Ik wil je graag uitnodigen": a language's little word or the writer is no one's name, nor
  // "Graduate" of "Graduate Recruitment" a role's word alone; "Diretor
  // de Operações" opens with a job title's word.
  const first = words[0]?.toLowerCase() ?? "";
  if (
    (words.length === 1 && (LITTLE_WORDS.has(first) || ROLE_WORD_ALONE.test(first))) ||
    JOB_TITLE_FIRST_WORDS.has(first)
  )
    return null;
  // "Interview Scheduled", "Your Onsite Interview Itinerary": what a message is, not who sent it.
  if (
    words.some((word) => STATUS_WORD.test(word)) ||
    OTHER_LANGUAGES_INVITATION_WORDS.test(name) ||
    APPLICATION_WORDS.test(name) ||
    startsWithMessageWord(name)
  )
    return null;
  // "Senior Backend Engineer" is a role; "Tailwind Traders" is a company.
  if (words.length > 1 && JOB_TITLE_END.test(name)) return null;
  return name;
}
