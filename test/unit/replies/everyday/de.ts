import type { EverydayTable } from "./types";

export const DE: EverydayTable = {
  reportedDates: [
    ["lena meinte feedback bis mitte dezember", "decision-date", "2026-12-15"],
    ["herr maier sagt entscheidung erst am 9. dezember", "decision-date", "2026-12-09"],
    ["jonas hat gesagt ich hör bis zum 4. was", "decision-date", "2026-12-04"],
    ["die personalerin meinte rückmeldung in 10 tagen", "decision-date", "2026-12-05"],
    ["sie entscheiden anfang dezember", "decision-date", "2026-12-01"],
    ["frau köhler meldet sich am 3.12. bei mir", "decision-date", "2026-12-03"],
  ],
  indirectOutcomes: [
    ["thomas meinte wird leider nix", "rejected?"],
    ["die absage kam gestern", "rejected", "2026-11-24"],
    ["hab die antwort bekommen: sie gehen mit meiner bewerbung nicht weiter", "rejected"],
    ["ich hab mich entschieden bei acme nicht weiterzumachen, habs ihnen schon gesagt", "withdrawn"],
    ["ich steig aus, hab das gespräch abgesagt", "withdrawn"],
    ["die recruiterin hat gesagt es ist ein nein", "rejected"],
  ],
  everydayCommands: [
    ["was kann ich dir überhaupt schreiben", "help"],
    ["was soll ich hier antworten lol", "help"],
    ["welche bewerbungen laufen noch?", "status"],
    ["was ist bei mir noch offen", "status"],
    ["lösch globex, hab mich da nie beworben, ist spam", "forget"],
    ["lass mal bis 14. dezember, da ist eh alles zu", "snooze", "2026-12-14T09:00:00+01:00"],
    ["warte bis zum 7. januar, vor den feiertagen passiert nix", "snooze", "2027-01-07T09:00:00+01:00"],
  ],
  roundsAndSteps: [
    ["sie wollen mich donnerstag 3.12. um 10 nochmal sehen", "next-round", "2026-12-03T10:00:00+01:00"],
    ["die haben zurückgerufen! freitag um 15 uhr mit dem chef", "next-round", "2026-11-27T15:00:00+01:00"],
    ["hab heute früh bei frau berger angerufen, nur mailbox", "followed-up", "2026-11-25"],
    ["hab bei der firma angerufen, die rufen mich zurück", "followed-up"],
    ["markus hat sich gemeldet, noch nix entschieden aber sie fanden mich gut", "heard-back"],
    ["super danke", "unknown", null, "prep"],
    ["zweites gespräch nächsten montag 13:30!", "next-round", "2026-11-30T13:30:00+01:00"],
    ["es ist 14:30 nicht 14 uhr, und am 9.", "correct"],
  ],
  gaps: [],
};
