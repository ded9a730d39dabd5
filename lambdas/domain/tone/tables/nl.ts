/** Nederlands: wat aandringt, eist, verwijt, opjaagt of smeekt — met rustiger woorden. */
import type { ToneTable } from "../table";

export const NL_TONE: ToneTable = {
  entries: [
    {
      rule: "pressing",
      phrases: [
        "ik wacht nog steeds",
        "ik wacht nog altijd",
        /nog (?:steeds|altijd) geen (?:reactie|antwoord|bericht)/,
        "ik heb nog niets gehoord",
        /het is al (?:een week|(?:twee|drie|\d+) weken)/,
        /zoals (?:ik )?in mijn (?:vorige|laatste) (?:e-?mail|mail|bericht)/,
      ],
      suggestion: "Vraag liever: „Is de planning die we bespraken nog actueel?”",
    },
    {
      rule: "demanding",
      phrases: [
        "ik eis",
        /ik (?:verwacht|wil) (?:een|uw) (?:antwoord|reactie|beslissing)/,
        /ik heb (?:een|uw) (?:antwoord|reactie|beslissing) nodig/,
        "ik moet weten",
        /u moet (?:mij|me|reageren|antwoorden|beslissen)/,
        /reageer (?:alstublieft )?(?:vóór|voor|uiterlijk)/,
        "voor de derde keer",
        "voor de zoveelste keer",
        /(?:ik )?(?:vraag|mail|schrijf|informeer) (?:u )?(?:alweer|wederom|opnieuw)/,
        /anders (?:neem|accepteer) ik/,
      ],
      suggestion:
        "Vraag zonder te eisen: „Kunt u mij laten weten wanneer u een beslissing verwacht?” Heb je echt een deadline, noem die één keer en vriendelijk: „Ik moet vóór vrijdag op een ander aanbod reageren; is er al nieuws over uw planning?”",
    },
    {
      rule: "accusatory",
      phrases: [
        /u (?:had|heeft) (?:gezegd|beloofd)/,
        /zoals ik (?:al )?(?:eerder )?(?:zei|schreef)/,
        /waarom heeft u (?:niet|nooit)/,
        /u heeft (?:niet|nooit) (?:gereageerd|geantwoord)/,
      ],
      suggestion:
        "Verwijs naar de planning, niet naar hun woorden: „In ons gesprek werd een beslissing rond vrijdag genoemd; is dat nog het plan?”",
    },
    {
      rule: "urgency",
      phrases: [
        "dringend",
        "urgent",
        "zo snel mogelijk",
        "z.s.m.",
        "zsm",
        "onmiddellijk",
        "per direct",
        "vandaag nog",
        "voor het einde van de dag",
        "uiterlijk",
        "asap",
      ],
      suggestion:
        "Laat de haast weg; heb je een echte deadline (een ander aanbod), noem die eenvoudig en vriendelijk.",
    },
    {
      rule: "desperation",
      phrases: [
        /ik heb deze (?:baan|functie) (?:echt )?nodig/,
        "wanhopig",
        "ik smeek u",
        "alstublieft, alstublieft",
        "mijn laatste kans",
        "ik zou alles doen",
      ],
      suggestion:
        "Zeg liever wat je meebrengt: „Ik ben nog altijd zeer geïnteresseerd en draag graag bij aan uw team.”",
    },
  ],
  shouting: "Schrijf gewoon; hoofdletters lezen als schreeuwen.",
  exclamations: "Hoogstens één uitroepteken; een rustige punt komt zelfverzekerd over.",
};
