/**
 * The facts a reply may state, found clause by clause with their polarity: a phrase that is
 * negated ("not rejected yet", "I won't withdraw"), hedged ("I think I got the job", "if they
 * reject me", "offer?") or about someone else ("someone else got the offer") is a signal too,
 * but never a fact. The caller decides which fact wins.
 */
export type Fact =
  | "thanked"
  | "followed-up"
  | "heard-back"
  | "next-round"
  | "decision"
  | "offer"
  | "declined-offer"
  | "accepted-elsewhere"
  | "other-offer"
  | "rejected"
  | "rescinded"
  | "withdrawn"
  | "snooze";

export interface Signal {
  readonly fact: Fact;
  /** Index of the clause it was found in. */
  readonly clause: number;
  /** Offset of the match inside its clause. */
  readonly index: number;
  readonly text: string;
  readonly negated: boolean;
  readonly hedged: boolean;
  /** Someone else's news ("another candidate got the offer"). */
  readonly otherPerson: boolean;
}

const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?";
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

/** Every phrasing family; each pattern is tried on every clause (global, so all matches count). */
const PATTERNS: ReadonlyArray<{ readonly fact: Fact; readonly pattern: RegExp }> = [
  {
    fact: "next-round",
    pattern: new RegExp(
      [
        String.raw`\b(?:next|second|2nd|third|3rd|fourth|4th|final|another|onsite|on-site|on site|last|follow-up|followup|technical|tech|panel|in-person|in person|virtual onsite|superday|super day|team|hiring manager|system design|coding|case|culture|values|leadership|executive|director|ceo|cto|founder)[ -]?(?:round|interview|stage|loop|conversation|chat|call)s?\b`,
        String.raw`\bround (?:2|two|3|three|4|four)\b`,
        String.raw`\bmov(?:ed|ing|e)? (?:me )?(?:on )?(?:forward )?to the (?:next|final|second|third|onsite)\b`,
        String.raw`\b(?:invited|asked|called|brought|bringing|inviting|asking) (?:me )?back\b`,
        String.raw`\b(?:want|wants|would like|'d like) (?:me|to see me|to meet me) (?:back|again)\b`,
        String.raw`\bwant (?:me )?to (?:come|meet)(?: in)? (?:back|again|the team|with the team)\b`,
        String.raw`\b(?:meet|meeting) (?:with )?(?:the|their) (?:team|founders?|ceo|cto|vp|director|manager|hiring manager)\b`,
        String.raw`\b(?:advanced|progressed|through) to the (?:next|final)\b`,
        String.raw`\b(?:passed|made it (?:through|past)) the (?:first|phone|screen|initial|technical)\b`,
        String.raw`\b(?:scheduled|booked|set up|arranged|invited me to|invite me to|asked me to) (?:the |an |a |my |another )?(?:onsite|on-site|superday|panel|final|\w+ interview|interview)\b(?! (?:decision|answer|word|offer))`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "declined-offer",
    pattern: new RegExp(
      [
        String.raw`\bi (?:have |'ve |just )?(?:declined|turned down|rejected|refused|passed on|said no to)(?: (?:the|their|this|an|it|them)\b(?: job)?(?: offer)?)?`,
        String.raw`\b(?:declined|turned down|refused|rejected|said no to|passed on) (?:the|their|this|an|it)\b(?: job)? ?offer\b`,
        String.raw`\bturned (?:it|them|the offer|their offer|the job) down\b`,
        String.raw`\boffer[^.;!?]{0,40}\bbut (?:i )?(?:declined|turned (?:it )?down|said no|passed|refused|didn't take it|did not take it|won't take it)\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "accepted-elsewhere",
    pattern: new RegExp(
      [
        String.raw`\b(?:accepted|took|signed|taking|accepting|going with|chose|picked) (?:an|a|another|a different|the other|other|an other)? ?(?:offer|job|role|position)(?: elsewhere| somewhere else| with another company| at another company| from another company)\b`,
        String.raw`\b(?:accepted|took|signed|taking|accepting) (?:another|a different|the other|an other|other|a competing|the competing) (?:offer|job|role|position)\b`,
        String.raw`\bgoing (?:with|to) (?:another|a different) (?:company|offer|employer)\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "other-offer",
    pattern: new RegExp(
      [
        String.raw`\b(?:another|other|a competing|competing|second|different) (?:job )?offers?\b`,
        String.raw`\boffers? (?:from|at) (?:another|other|a different)\b`,
        String.raw`\boffers? elsewhere\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "offer",
    pattern: new RegExp(
      [
        String.raw`(?:^|[.!;]\s*)(?:an? |the |my )?(?:verbal |written |formal |official |job )?offers?(?: (?:received|accepted|in hand|came through|came in|letter|made|extended|signed|call))?(?: (?:today|yesterday|this morning|this afternoon|just now|finally|at last))?(?=[\s!.?🎉🥳]*$|\s*[,;:-])`,
        String.raw`\b(?:got|get|received|receive|have|has|had|accepted|accept|signed|sign|landed|secured|holding)\b(?: (?:the|an|a|my|their|this|that|one|written|verbal|formal|official))? ?(?:job |verbal |written |formal |official )?offer\b`,
        String.raw`\b(?:made|make|extended|extend|gave|give|sent|send|offered|offering) (?:me )?(?:an |the |a |my )?(?:job |verbal |written |formal |official )?offer\b`,
        String.raw`\boffer (?:received|in hand|came through|came in|letter (?:came|arrived|received|is here|signed))\b`,
        String.raw`\bgot the (?:job|role|position|gig)\b`,
        String.raw`\bi(?:'m| am| got| was|'ve been| have been| got myself) (?:officially )?hired\b`,
        String.raw`(?<!\bi )\b(?:hired|picked|chose|selected) me\b(?! up| (?:for|to) (?:a|an|the) (?:next|second|third|final|another|onsite))`,
        String.raw`\boffered me the (?:job|role|position)\b`,
        String.raw`\bi accepted\b(?! (?:another|a different|the other|an? offer (?:elsewhere|from another)))`,
      ].join("|"),
      "gu",
    ),
  },
  {
    fact: "rescinded",
    pattern: new RegExp(
      [
        String.raw`\boffer (?:was |has been |got |is being )?(?:rescinded|withdrawn|pulled|revoked|retracted|cancell?ed)\b`,
        String.raw`\b(?:rescinded|revoked|pulled|withdrew|retracted|cancell?ed) (?:the|my|their|its) (?:job )?offer\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "rejected",
    pattern: new RegExp(
      [
        String.raw`\breject(?:ed|ion|ing)?\b`,
        String.raw`\b(?:not|won't be|will not be|aren't|are not|isn't|is not) (?:moving|move|going|proceeding|progressing|advancing|taking (?:me|my application)) (?:forward|ahead|further)\b(?! with (?:someone|somebody|another|other|a different|an internal))`,
        String.raw`\bdecided (?:not to|to not) (?:move|proceed|progress|go|continue|advance)\b`,
        String.raw`\bwent (?:with|ahead with) (?:someone|somebody|another|other|a different|a more|an internal)\b`,
        String.raw`\b(?:chose|picked|selected|hired|decided on|going with) (?:someone|somebody|another candidate|a different candidate|another person|an internal candidate)(?: else)?\b`,
        String.raw`\bthey passed\b`,
        String.raw`\bpassed on (?:me|my (?:application|candidacy))\b`,
        String.raw`\bunsuccessful\b`,
        String.raw`\bdid(?:n't| not) get (?:it|the (?:job|role|position|offer))\b`,
        String.raw`\bturned me down\b`,
        String.raw`\bno luck\b`,
        String.raw`\bnot selected\b`,
        String.raw`\bdeclined (?:me|my (?:application|candidacy))\b`,
        String.raw`\bposition (?:was |has been |is )?(?:filled|closed)\b`,
        String.raw`\b(?:role|position|req|requisition|opening) (?:was |has been |got )?(?:cancell?ed|closed|pulled|put on hold)\b`,
        String.raw`\bsaid no\b(?! to)`,
        String.raw`\b(?:go|going|gone|went|move|moving|moved|head(?:ing|ed)?|take|taking|took)\b (?:in )?(?:a |another |a different |other )(?:direction|route|path)\b`,
        String.raw`\bit(?:'s| is) a no\b`,
        String.raw`\bnot (?:a|the right) (?:fit|match)\b`,
        String.raw`\bno longer (?:being )?considered\b`,
        String.raw`\bnot (?:being )?considered\b`,
        String.raw`\bdidn't make (?:it|the cut)\b`,
        String.raw`\bthanks but no thanks\b`,
        String.raw`\b(?:go|going|gone|went|proceed(?:ing|ed)?|mov(?:e|ed|ing)(?: forward| ahead)?|continu(?:e|ing)) (?:ahead )?with (?:other|another|a different|a more|someone|somebody|an internal)\b`,
        String.raw`\bfilled (?:the )?(?:position|role|job|opening|req)\b`,
        String.raw`\b(?:was|been|got|get|getting) turned down\b`,
        String.raw`\b(?:decided|chose|choosing|opted|elected)\b[^.;!?]{0,40}\b(?:other|another|different|more (?:senior|experienced|qualified)) (?:candidates?|applicants?|people|profiles?|persons?)\b`,
        String.raw`\b(?:pursue|pursuing|proceed(?:ing)? with|progress(?:ing)? with|mov(?:e|ing) ahead with|go(?:ing)? ahead with|interview(?:ing)? other) (?:other|another|different)\b`,
        String.raw`\bnot (?:been )?successful\b`,
        String.raw`\bregret to inform\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "withdrawn",
    pattern: new RegExp(
      [
        String.raw`\bwithdr(?:aw|ew|awn|awing)\b`,
        String.raw`\bpull(?:ed|ing)? (?:myself )?out(?=[\s.!]*$| of (?:the|this|it|their) (?:process|running|race|application|interviews?)\b)`,
        String.raw`\bpull(?:ed|ing)? my application\b`,
        String.raw`\b(?:not|no longer) interested\b`,
        String.raw`\blost interest\b`,
        String.raw`^(?:stop|unsubscribe)\b(?! by\b| in\b| over\b)`,
        String.raw`\bi(?:'m| am) (?:so )?done with (?:them|this|it|the (?:process|company|application))\b`,
        String.raw`\bstop (?:reminding|reminders|all reminders|the reminders|this|it|following|tracking|emailing)\b`,
        String.raw`\bi(?:'m| am) out(?=[\s.!]*$)`,
        String.raw`\bdrop (?:it|this|them|this one|the application)\b`,
        String.raw`\bclose (?:it|this|this one|the application)\b`,
        String.raw`\bbowing out\b`,
        String.raw`\bdeclin(?:ed|ing) to (?:continue|proceed|move forward)\b`,
        String.raw`\bno longer (?:pursuing|applying|want (?:it|the job))\b`,
        String.raw`\bremov(?:e|ed) myself\b`,
        String.raw`\bremove me from (?:this|it|these|the (?:reminders|emails|process))\b`,
        String.raw`\bcancel (?:the |all |my |these |those )?(?:reminders|prompts|emails|follow-?ups)\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "snooze",
    pattern: new RegExp(
      [
        String.raw`\bsnooze\b`,
        String.raw`\bremind me\b`,
        String.raw`\bpostpone\b`,
        String.raw`\bnot (?:now|yet),? (?:later|tomorrow)\b`,
        String.raw`^later\b`,
        String.raw`\bask me (?:again|later)\b`,
        String.raw`\bremind (?:me )?(?:again|later)\b`,
        String.raw`\bpush (?:it|this|that)? ?(?:back|out)\b`,
        String.raw`\bhold off\b`,
        String.raw`\bdelay (?:it|this|that)\b`,
        String.raw`\bpause (?:it|this|that|the reminders?|reminders)?\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "decision",
    pattern: new RegExp(
      [
        String.raw`\b(?:they|she|he|recruiter|the recruiter|hr|manager|the manager|hiring manager|the hiring manager|interviewer|the interviewer|the team|we)\b[^.;!?]{0,20}\b(?:said|says|told me|mentioned|promised|expects?|plans?|hopes?|aims?|will|'ll|would|'d|should)\b`,
        String.raw`\bdecisions?\b`,
        String.raw`\bdecid(?:e|ing)\b`,
        String.raw`\bhear (?:back |from them |something )?(?:by|before|on|early|next|within|in|around|this|end)\b`,
        String.raw`\b(?:get|getting|come|coming) back to (?:me|us)\b`,
        String.raw`\blet me know (?:by|before|on|within|in|next|this|around)\b`,
        String.raw`\bexpect(?:ing)? (?:to hear|an answer|a decision|news|an update|feedback|a response)\b`,
        String.raw`\bwill know\b`,
        String.raw`\bupdate (?:me )?(?:by|before|on|next|within)\b`,
        String.raw`\bby (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|${WEEKDAY}|end of|next|${MONTH} \d)`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "followed-up",
    pattern: new RegExp(
      [
        String.raw`\bfollow(?:ed)?[ -]?(?:up|upped)\b`,
        String.raw`\bsent (?:a |the |my |another |one more )?(?:quick |short |brief |polite |gentle |friendly )?(?:follow|nudge|check[ -]?in|reminder)`,
        String.raw`\bnudged\b`,
        String.raw`\bchecked in\b`,
        String.raw`\bpinged (?:them|the recruiter|her|him)\b`,
        String.raw`\bchased (?:them|the recruiter|her|him|up)\b`,
        String.raw`\b(?:emailed|wrote to|messaged|contacted) (?:them|the recruiter|her|him|hr) (?:again|once more|to check|to ask)\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "heard-back",
    pattern: new RegExp(
      [
        String.raw`\bheard (?:back|from (?:them|the recruiter|her|him|hr))\b`,
        String.raw`\bthey (?:replied|responded|got back|called|emailed|wrote back|wrote|answered|reached out|contacted me|rang)\b`,
        String.raw`\b(?:recruiter|hr|hiring manager|manager) (?:replied|responded|got back|called|emailed|wrote|answered|reached out|contacted me)\b`,
        String.raw`\bgot (?:a |an )?(?:reply|response|answer|call back|callback|call|email|update|news)(?: back| from them)?\b`,
        String.raw`\b(?:got|have) (?:an )?update\b`,
      ].join("|"),
      "g",
    ),
  },
  {
    fact: "thanked",
    pattern: new RegExp(
      [
        String.raw`\b(?:sent|thanked|(?<!i'm |i am |we're |we are )done(?! with)|did it|emailed them|wrote (?:to )?them|mailed it|posted it)\b`,
        String.raw`\bthank[- ]?you(?: note| email| message| card)?(?:'s| is|s are)? (?:sent|done|out|went out|delivered)\b`,
        String.raw`\b(?:emailed|wrote|sent|mailed|messaged|texted)\b(?: [\w.'-]+){0,3}? (?:a |my |the |quick |short )*thank[- ]?you\b`,
        String.raw`(?:^|\s)(?:✅|👍|✔️?|☑️?)`,
      ].join("|"),
      "gu",
    ),
  },
];

/** Words that deny what follows them in the same clause. */
const NEGATION = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "not",
      "no",
      "never",
      "nothing",
      "none",
      "nor",
      "neither",
      "without",
      "hardly",
      "cannot",
      "can't",
      "cant",
      "won't",
      "wont",
      "don't",
      "dont",
      "doesn't",
      "doesnt",
      "didn't",
      "didnt",
      "haven't",
      "havent",
      "hasn't",
      "hasnt",
      "hadn't",
      "isn't",
      "isnt",
      "wasn't",
      "wasnt",
      "aren't",
      "arent",
      "weren't",
      "werent",
      "wouldn't",
      "wouldnt",
      "shouldn't",
      "shouldnt",
      "couldn't",
      "couldnt",
      "yet to",
      "still waiting",
      "waiting (?:for|on)",
      "instead of",
      "rather than",
      "no sign of",
      "far from",
      "zero",
      "nope",
      "forgot to",
      "forget to",
      "need to",
      "have to",
      "has to",
      "must",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** Words that make what follows a guess, a wish or a question, not a fact. */
const DOUBT = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "thinking (?:of|about)",
      "considering",
      "consider",
      "contemplating",
      "maybe",
      "might",
      String.raw`may(?! \d)`,
      "could",
      "possibly",
      "probably",
      "perhaps",
      "hopefully",
      "hope",
      "hoping",
      "i think",
      "i guess",
      "i believe",
      "i suppose",
      "i suspect",
      "i fear",
      "fingers crossed",
      "if",
      "in case",
      "whether",
      "worried",
      "afraid",
      "scared",
      "nervous",
      "likely",
      "unlikely",
      "pretty sure",
      "potential",
      "potentially",
      "possible",
      "possibility",
      "chances?",
      "assume",
      "assuming",
      "wonder",
      "wondering",
      "what if",
      "how do i",
      "should i",
      "do i",
      "can i",
      "seems?",
      "looks like",
      "sounds like",
      "apparently",
      "rumou?r",
      "hint(?:ed)?",
      "in the running",
      "shortlist(?:ed)?",
      "waiting to",
      "pending",
      "tempted",
      "torn",
      "unsure",
      "not sure",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/**
 * A closing word about the future is a plan or a hope, not news ("they will make me an offer",
 * "once they reject me"); a next round or a logged step may well be in the future.
 */
const FUTURE = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "will",
      "would",
      "should",
      "shall",
      "soon",
      "going to",
      "gonna",
      "'ll",
      "'d",
      "about to",
      "expect",
      "expecting",
      "expected",
      "anticipate",
      "anticipating",
      "want to",
      "wants to",
      "would like to",
      "when",
      "once",
      "until",
      "unless",
      "before",
      "after",
      "almost",
      "close to",
      "considering",
      "consider",
      "thinking (?:of|about)",
      "plan(?:ning)? to",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** Someone else's news: "someone else got the offer", "a friend was hired". */
const OTHER_PERSON = new RegExp(
  [
    String.raw`\b(?:`,
    [
      "someone",
      "somebody",
      "another (?:candidate|person|applicant|guy|girl)",
      "other (?:candidates?|people|applicants?)",
      "the other (?:candidate|person)",
      "a friend",
      "my friend",
      "friend",
      "colleague",
      "coworker",
      "co-worker",
      "he",
      "she",
      "internal candidate",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** The user's own step in the future ("I'll follow up tomorrow") is not done yet. */
const PLANNED =
  /\b(?:will|'ll|going to|gonna|plan(?:ning)? to|about to|should|want to|wants to|would like to|'d like to|intend to|try to|remember to|tomorrow)\b/;
const USER_STEPS: ReadonlySet<Fact> = new Set(["thanked", "followed-up"]);

/** Facts that end an application: they need clear, present, first-hand words. */
const CLOSING_FACTS: ReadonlySet<Fact> = new Set([
  "offer",
  "rejected",
  "declined-offer",
  "accepted-elsewhere",
]);

export interface Clause {
  readonly text: string;
  /** The clause ended with a question mark. */
  readonly question: boolean;
}

/** Sentences and contrastive parts ("…, but …") are separate clauses. */
export function clausesOf(text: string): Clause[] {
  const parts = text
    .split(
      /(?<=[.!?;\n])\s+|\s+(?:but|however|though|although|except|whereas)\s+|\s+-\s+|\s+—\s+|,\s+(?=(?:and )?(?:they|i|we|she|he|it|the|so|also)\b)/,
    )
    .map((part) => part.trim())
    .filter(Boolean);
  // "…didn't get the job. Yet!" — a lone "yet" still belongs to what it qualifies.
  const merged: string[] = [];
  for (const part of parts) {
    if (merged.length > 0 && /^(?:not )?yet\b[\s.!?…)]*$/.test(part)) merged.push(`${merged.pop()} ${part}`);
    else merged.push(part);
  }
  return merged.map((part) => ({ text: part, question: /\?[\s!?.…)]*$/.test(part) }));
}

/** A condition covers the whole sentence after it: "if they say no, I'd withdraw". */
const CONDITION = /\b(?:if|unless|in case|whether|what if|even if|as soon as)\b/;

/** The part of the text before a phrase that still belongs to it. */
function scope(before: string): string {
  return before.split(/[,;:()]|\b(?:and|so|then|because|since|plus)\b/).pop() ?? "";
}

function window(before: string, words: number): string {
  return before.split(/\s+/).slice(-words).join(" ");
}

/** Denials right after the phrase: "offer? not yet", "rejected - no". */
const NEGATION_AFTER = /^[\s?!.,:-]{0,4}(?:not yet|not really|not exactly|nope)\b|^[\s,.…]*yet\b(?! again)/;

/** What follows the phrase makes it about someone or something else: "rejected another candidate". */
const ABOUT_ANOTHER = new RegExp(
  [
    String.raw`^\s*(?:\w+\s+){0,2}?(?:(?:the|my|that|an?)\s+)?(?:other|another|different)\s+(?:`,
    [
      "candidates?",
      "applicants?",
      "persons?",
      "people",
      "applications?",
      "offers?",
      "compan(?:y|ies)",
      "employers?",
      "roles?",
      "jobs?",
      "positions?",
      "interviews?",
      "one",
    ].join("|"),
    String.raw`)\b`,
  ].join(""),
);

/** Every signal in every clause, in reading order. */
export function findSignals(clauses: readonly Clause[]): Signal[] {
  const signals: Signal[] = [];
  clauses.forEach((clause, clauseIndex) => {
    for (const { fact, pattern } of PATTERNS) {
      for (const match of clause.text.matchAll(pattern)) {
        const index = match.index ?? 0;
        const text = match[0].replace(/^[.!;\s]+/, "");
        const before = clause.text.slice(0, index + (match[0].length - text.length));
        const after = clause.text.slice(index + match[0].length);
        // A denial or a doubt reaches back to the last comma or "and": "haven't heard back, remind me".
        const scoped = window(scope(before), 6);
        // The negation is part of some phrases ("not moving forward"): only words before them count.
        const negated = (NEGATION.test(scoped) && !/\bnot only\b/.test(scoped)) || NEGATION_AFTER.test(after);
        // "Could you remind me…?" is a request: only a denial stops a snooze.
        const hedged =
          fact !== "snooze" &&
          (DOUBT.test(window(scope(before), 8)) ||
            CONDITION.test(before) ||
            clause.question ||
            (CLOSING_FACTS.has(fact) && FUTURE.test(window(scope(before), 8))) ||
            (USER_STEPS.has(fact) &&
              (PLANNED.test(window(scope(before), 8)) ||
                /^\s+(?:\w+\s+){0,3}?(?:tomorrow|tonight|later|next week|soon)\b/.test(after))));
        const otherPerson =
          OTHER_PERSON.test(window(scope(before), 5)) ||
          /^\s*(?:went )?to (?:someone|somebody|another|an internal|a different)/.test(after) ||
          ((CLOSING_FACTS.has(fact) || fact === "withdrawn") && ABOUT_ANOTHER.test(after));
        signals.push({ fact, clause: clauseIndex, index, text, negated, hedged, otherPerson });
      }
    }
  });
  return signals;
}
