/**
 * The English phrasing families, one pattern per fact: a data table read clause by clause by
 * ./signals (which decides polarity: negated, hedged, someone else's).
 */
/** The facts a reply may state. */
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

const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?";
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";

/** Every phrasing family; each pattern is tried on every clause (global, so all matches count). */
export const PATTERNS: ReadonlyArray<{ readonly fact: Fact; readonly pattern: RegExp }> = [
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
