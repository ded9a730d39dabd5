/**
 * The English patterns of an employer's decision in a forward: a rejection ("we have decided not to
 * move forward") and an offer ("pleased to extend an offer"), each family behind the words all its
 * patterns need, a cheap look before they run. The English lexicon's rows add to them (./outcome).
 */
/** The alternatives of the first REJECTION pattern ("decided not to move forward"), one per line. */
const DECIDED_NOT_ALTERNATIVES: readonly string[] = [
  "not to (?:move|proceed|progress|continue|go) (?:forward|ahead|further)",
  "to (?:move|go|proceed) (?:forward|ahead) with (?:other|another|a different|different)\\b",
  "to pursue (?:other|another)\\b",
];

export const REJECTION = [
  new RegExp(String.raw`\b(?:decided|chosen|elected|opted) (?:${DECIDED_NOT_ALTERNATIVES.join("|")})`, "i"),
  /\b(?:will|won't|would|are|is|'re|be) not (?:be )?(?:moving|going|proceeding|progressing|taking) (?:forward|ahead|further|your application)/i,
  /\bwon't be (?:moving|proceeding|progressing) (?:forward|ahead)/i,
  /\bregret to (?:inform|let you know|tell you|advise)\b/i,
  /\b(?:not|haven't|have not) been (?:selected|successful|shortlisted)\b/i,
  /\b(?:position|role|vacancy|job) has (?:now |already )?been filled\b/i,
  /\byour application (?:was|has been|is) (?:unsuccessful|declined|rejected|not successful)/i,
  /\b(?:unable|not able) to (?:offer you|move forward|progress your application|proceed with your application)\b/i,
  new RegExp(
    [
      String.raw`\bunfortunately\b[^.!?\n]{0,120}\b(?:`,
      [
        "other candidates?",
        "another candidate",
        "not (?:be )?(?:selected|moving|proceeding|progressing|successful|offer)",
        "decided not",
        "won't be",
        "will not be",
      ].join("|"),
      ")",
    ].join(""),
    "i",
  ),
];

/** Words every pattern of a family needs (lower case): a cheap test before the patterns run. */
export const REJECTION_STEMS = [
  "decided",
  "chosen",
  "elected",
  "opted",
  " not ",
  "won't",
  "regret",
  " been ",
  "filled",
  "your application",
  "able to",
  "unfortunately",
];
export const OFFER_STEMS = ["offer", "congratulations"];
/** Words a decision beside an event names: only then is an invitation's sentence looked at. */
export const DECISION_STEMS = ["regret", "unfortunately", "decided", "candidates", "unsuccessful", "filled"];

export const OFFER = [
  new RegExp(
    [
      String.raw`\b(?:`,
      ["pleased", "delighted", "happy", "excited", "thrilled", "glad"].join("|"),
      String.raw`) to (?:formally )?(?:extend|offer|make) (?:you )?(?:an? |the |our )?(?:formal |verbal |written |official )?(?:offer|position of|role of)\b`,
    ].join(""),
    "i",
  ),
  /\boffer (?:letter|of employment)\b/i,
  /\b(?:job|employment) offer\b/i,
  /\bextend(?:ing)? (?:you )?(?:an? |our )?(?:formal |verbal |written )?offer\b/i,
  /\b(?:verbal|formal|written) offer\b/i,
  /\boffer (?:you|to you) the (?:position|role|job)\b/i,
  /\bcongratulations\b[^.!?\n]{0,80}\b(?:offer|join(?:ing)? (?:the|our) team|welcome aboard)\b/i,
];

/** Phrases that mention an offer without being one ("we'd like to offer you an interview"). */
export const NOT_AN_OFFER =
  /\boffer (?:you )?(?:an? |some |a few )?(?:interview|call|chat|slot|time|times|meeting|conversation|opportunity to (?:interview|meet|speak))/i;
