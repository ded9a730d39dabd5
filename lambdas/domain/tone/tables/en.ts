/**
 * English: what presses, demands, accuses, rushes or pleads [001, 000], as patterns where the
 * phrasing varies ("I've been waiting", "I have been waiting to hear back").
 */
import type { ToneTable } from "../table";

export const EN_TONE: ToneTable = {
  entries: [
    {
      rule: "pressing",
      phrases: [
        new RegExp(
          [
            String.raw`\b(?:`,
            [
              "i(?:'ve| have) been waiting(?: to hear back)?",
              "still (?:haven'?t|have not) heard",
              "(?:still )?waiting (?:on|for) (?:a |your )?(?:reply|response|answer|decision)",
              String.raw`it(?:'s| has) been (?:over )?(?:a week|two weeks|\d+ (?:days|weeks))`,
              "just following up again",
              "per my (?:last|previous) email",
            ].join("|"),
            String.raw`)\b`,
          ].join(""),
          "i",
        ),
      ],
      suggestion: "Ask instead: “Is the timeline we discussed still on track?”",
    },
    {
      rule: "demanding",
      phrases: [
        new RegExp(
          [
            String.raw`\bi (?:really |do |definitely |will |would )?(?:need|require|must have|want|expect|demand|deserve|insist on)(?: (?:an?|your|the|a final|some|to get an?|to have an?|to receive an?))? (?:answer|decision|response|reply|update|feedback|word|final answer)\b[^.!?\n]{0,40}`,
            String.raw`\bi (?:really )?(?:need|must) (?:to )?(?:know|hear)\b[^.!?\n]{0,40}`,
            String.raw`\byou (?:need to|have to|must|should) (?:reply|respond|answer|decide|let me know|get back|tell me)\b`,
            String.raw`\bplease (?:respond|reply|answer|decide) (?:by|before|today|now|promptly)\b`,
            String.raw`\bi expect (?:to hear|a decision|an answer|a response|a reply|an update|you to)\b[^.!?\n]{0,40}`,
            String.raw`\bgive me (?:an? |your )?(?:answer|decision|response)\b`,
            String.raw`\b(?:checking|following|writing|reaching) (?:in|up|out|back)(?: again)? (?:for the|yet) (?:\w+ )?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|nth|another|last) time\b`,
            String.raw`\b(?:for the|yet) (?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|nth) time\b`,
            String.raw`\b(?:yet again|once again)(?=[\s,.!?])`,
            String.raw`\bfailure to (?:respond|reply)\b`,
            String.raw`\bor (?:else|i(?:'ll| will) (?:accept|take|withdraw|go))\b`,
          ].join("|"),
          "i",
        ),
      ],
      suggestion:
        "Ask instead of requiring: “Could you share when you expect to make a decision?” If you have a real deadline, say it once and kindly: “I have another offer to answer by Friday; is there any update on your timeline?”",
    },
    {
      rule: "urgency",
      phrases: [
        new RegExp(
          [
            String.raw`\b(?:by|before) (?:the )?(?:end of (?:the )?(?:day|business|today)|close of business)\b`,
            String.raw`\bby (?:eod|cob|tonight|today|tomorrow morning)\b`,
            String.raw`\bno later than\b`,
          ].join("|"),
          "i",
        ),
      ],
      suggestion: "Drop the deadline; if you have a real one (another offer), state it plainly and kindly.",
    },
    {
      rule: "accusatory",
      phrases: [
        new RegExp(
          [
            String.raw`\b(?:`,
            [
              "you told me",
              "you said you would",
              "you promised",
              "as i (?:said|mentioned|stated)",
              "why haven'?t you",
              "you (?:never|didn'?t) (?:reply|replied|respond|responded|get back)",
              "you were supposed to",
              "you forgot",
            ].join("|"),
            String.raw`)\b`,
          ].join(""),
          "i",
        ),
      ],
      suggestion:
        "Refer to the plan, not to their words: “When we spoke, you mentioned a decision around Friday; is that still the plan?”",
    },
    {
      rule: "urgency",
      phrases: [
        /\b(?:asap|a\.s\.a\.p\.|urgent(?:ly)?|immediately|right away|as soon as possible|at your earliest convenience|time[- ]sensitive)\b/i,
      ],
      suggestion:
        "Drop the urgency; if you have a real deadline (another offer), state it plainly and kindly.",
    },
    {
      rule: "desperation",
      phrases: [
        new RegExp(
          [
            String.raw`\b(?:`,
            [
              "i really need (?:this|the) job",
              "desperate(?:ly)?",
              "begging",
              "i beg you",
              "please,? please",
              "i(?:'ll| will) do anything",
              "my last chance",
              "i can'?t afford to lose",
            ].join("|"),
            String.raw`)\b`,
          ].join(""),
          "i",
        ),
      ],
      suggestion:
        "Say what you bring instead: “I remain very interested and would be glad to contribute to the team.”",
    },
  ],
  shouting: "Write it in normal case; capitals read as shouting.",
  exclamations: "One exclamation mark at most; a calm full stop reads as confident.",
};
