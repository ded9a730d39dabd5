import type { InviteLexicon } from "../invite-lexicon";

/** Dutch: Gmail "Doorgestuurd bericht", Outlook "Van:/Verzonden:/Aan:/Onderwerp:", Apple Mail. */
export const NL_INVITE: InviteLexicon = {
  lang: "nl",
  markers: ["de", "het", "een", "en", "je", "jij", "u", "uw", "wij", "we", "met", "voor", "van", "graag", "is"],
  forward: {
    separators: [
      "Doorgestuurd bericht",
      "Oorspronkelijk bericht",
      "Origineel bericht",
      "Begin van doorgestuurd bericht:",
    ],
    from: ["Van"],
    date: ["Verzonden", "Datum"],
    subject: ["Onderwerp"],
    to: ["Aan", "CC", "Urgentie"],
  },
  interviewWords: ["sollicitatiegesprek", "gesprek", "kennismakingsgesprek", "tweede gesprek", "eerste gesprek", "interview", "videogesprek"],
  invitationPhrases: [
    "uitnodigen",
    "nodigen je uit",
    "nodigen u uit",
    "uitnodiging voor",
    "graag uit voor",
    "bevestigen",
    "is ingepland",
  ],
  interviewerLabels: ["met", "gesprekspartners", "gesprekspartner", "deelnemers", "interviewers"],
  organizerTitles: ["recruiter", "hr-adviseur", "hr adviseur", "talent acquisition", "recruitment", "hr"],
  greetings: ["hoi", "hallo", "beste", "geachte", "goedemiddag", "goedemorgen"],
  signOffs: ["met vriendelijke groet", "vriendelijke groet", "groeten", "hartelijke groet", "mvg"],
  companyPrepositions: ["bij"],
  decisionPhrases: ["laten we je uiterlijk", "laten we u uiterlijk", "uitsluitsel", "terugkoppeling", "horen van ons", "besluit"],
  durationCues: ["duur", "duurt", "ongeveer", "circa", "houd rekening met"],
  minuteWords: ["minuten", "minuut", "min"],
  hourWords: ["uur"],
  rejectionPhrases: ["helaas", "niet verder", "afwijzing", "andere kandidaat"],
  offerPhrases: ["aanbod", "arbeidsvoorwaarden", "contractvoorstel"],
  reschedulePhrases: ["verzetten", "verplaatsen", "nieuwe tijd", "in plaats daarvan"],
};
