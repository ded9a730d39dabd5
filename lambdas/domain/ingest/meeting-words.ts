/**
 * The English words around a time that tell whether it is the meeting's: deadlines, the past,
 * opening hours and a moved meeting's old slot are not; meeting words make it so; choice words
 * make several times options rather than one meeting; of several, the clause's words choose
 * (./meeting-clause). Read by ./meeting-time.
 */
import { EN_INVITE } from "../language/en/invite";
import { phraseAlternatives } from "./invite-language";
import { clearestTime, type TimedWords } from "./meeting-clause";

export const NOT_THE_MEETING = new RegExp(
  [
    // deadlines: "confirm by Friday 5pm", "no later than", "valid until"
    "\\b(?:by|before|no later than|until|till|deadline|expires?|expiring|due)\\b[^\\n.!?]{0,14}$",
    // the past: "we spoke on", "sent: …", "you applied on"
    "\\b(?:sent|wrote|posted|applied|submitted|received|spoke|talked|met|last|since|ago)\\b[^\\n.!?]{0,24}$",
    // hours and availability, not a meeting: "office hours", "available Tuesday 2pm", "between 2 and 4pm"
    "\\b(?:between|office hours|business hours|opening hours|availability)\\b[^\\n.!?]{0,30}$",
    // a moved meeting's old time: "instead of Tuesday 2pm", "originally scheduled for Wednesday",
    // "move your interview from Wednesday 1pm to …"
    `\\b(?:${phraseAlternatives(EN_INVITE.insteadOfWords)})\\b[^\\n.!?]{0,14}$`,
    "\\b(?:mov(?:e|ed|ing)|reschedul(?:e|ed|ing)|push(?:ed|ing)?|shift(?:ed|ing)?)\\b[^\\n.!?]{0,40}\\bfrom\\b[^\\n.!?]{0,14}$",
    // … or as the move's object: "push Wednesday's 1pm interview to Friday", "(not Wednesday at 1pm)"
    "\\b(?:mov(?:e|ing)|reschedul(?:e|ing)|push(?:ing)?|shift(?:ing)?)\\b(?!\\s+(?:forward|ahead|on)\\b)(?:(?!\\bto\\b)[^\\n.!?]){0,14}$",
    "\\(not\\s+(?:on\\s+)?$",
  ].join("|"),
  "i",
);
/**
 * Words after a time that make it a moved meeting's old one: "your interview on Wednesday at 1pm
 * needs to move to Friday", "Wednesday at 1pm no longer works for Dana".
 */
export const MOVED_AWAY =
  /^[^\n.!?]{0,30}?\b(?:(?:needs? to|has to|have to|will have to|must|had to)\s+(?:be\s+)?(?:mov|push|reschedul|shift)\w*|no longer works?|doesn['’]t work|does not work|won['’]t work|can['’]t go ahead|cannot go ahead)\b/i;
/** The alternatives of MEETING_WORDS, one per line. */
const MEETING_WORDS_ALTERNATIVES: readonly string[] = [
  "interview",
  "call",
  "chat",
  "meeting",
  "meet",
  "screen(?:ing)?",
  "session",
  "scheduled",
  "confirmed",
  "booked",
  "invit\\w*",
  "round",
  "onsite",
  "on-site",
  "zoom",
  "teams",
  "webex",
  "when",
  "date",
  "time",
  "start",
  "conversation",
  "speak",
  "talk",
  "join",
  "appointment",
  "slot",
];

/** Words that make a time the meeting's. */
export const MEETING_WORDS = new RegExp(String.raw`\b(?:${MEETING_WORDS_ALTERNATIVES.join("|")})\b`, "i");
/** Words that make several times choices rather than one meeting. */
export const CHOICE_WORDS =
  /\b(?:options?|choose|choice|select|pick|availability|available|slots?|which (?:of these|one|works|time)|let us know which|alternatively|or)\b/i;

/**
 * Of several English times, the one its own clause makes the meeting's (./meeting-clause): each
 * judged from its clock (`clockAt`), its day before it kept for a list ("Monday 9am and Tuesday 4pm").
 */
export const byClause = <T extends TimedWords>(
  text: string,
  slots: readonly T[],
  clockAt: readonly number[],
) =>
  clearestTime(
    text,
    slots.map((slot, index) => ({ ...slot, from: slot.at, at: clockAt[index] ?? slot.at })),
    EN_INVITE,
  );
