import type { EverydayTable } from "./types";

export const NL: EverydayTable = {
  reportedDates: [
    ["sanne zei feedback half december", "decision-date", "2026-12-15"],
    ["de recruiter zegt dat ze op 4 december beslissen", "decision-date", "2026-12-04"],
    ["pieter zei dat ik binnen 10 dagen iets hoor", "decision-date", "2026-12-05"],
    ["ze beslissen begin december", "decision-date", "2026-12-01"],
    ["mevrouw jansen laat het me maandag weten", "decision-date", "2026-11-30"],
    ["bram zegt uitslag eind deze maand", "decision-date", "2026-11-30"],
  ],
  indirectOutcomes: [
    ["lotte zei helaas nee", "rejected?"],
    ["gisteren kwam het nee binnen", "rejected", "2026-11-24"],
    ["antwoord gehad: ze gaan niet verder met mijn sollicitatie", "rejected"],
    ["ik heb besloten niet verder te gaan met acme, heb het ze al laten weten", "withdrawn"],
    ["ik trek me terug, heb het gesprek afgezegd", "withdrawn"],
    ["de recruiter zei dat het een nee is", "rejected"],
  ],
  everydayCommands: [
    ["wat kan ik jou eigenlijk sturen haha", "help"],
    ["wat moet ik hier typen", "help"],
    ["welke sollicitaties lopen er nog?", "status"],
    ["hoe staat alles ervoor", "status"],
    ["verwijder globex, nooit gesolliciteerd daar, is spam", "forget"],
    ["wacht maar tot 14 december", "snooze", "2026-12-14T09:00:00+01:00"],
    ["parkeer het tot 7 januari, met de feestdagen gebeurt er niks", "snooze", "2027-01-07T09:00:00+01:00"],
  ],
  roundsAndSteps: [
    ["ze willen me donderdag 3/12 om 10 uur nog een keer zien", "next-round", "2026-12-03T10:00:00+01:00"],
    ["ze hebben teruggebeld! vrijdag om 15u met de directeur", "next-round", "2026-11-27T15:00:00+01:00"],
    ["vanochtend sandra gebeld, voicemail ingesproken", "followed-up", "2026-11-25"],
    ["bedrijf gebeld, ze bellen me terug", "followed-up"],
    ["joost belde, nog niks besloten maar ze vonden me goed", "heard-back"],
    ["super, dank je wel", "unknown", null, "prep"],
    ["tweede gesprek volgende maandag 13.30!", "next-round", "2026-11-30T13:30:00+01:00"],
    ["het is 14:30 niet 14 uur, en op de 9e", "correct"],
  ],
  gaps: [],
};
