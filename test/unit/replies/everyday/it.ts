import type { EverydayTable } from "./types";

export const IT: EverydayTable = {
  reportedDates: [
    ["giulia ha detto feedback entro metà dicembre", "decision-date", "2026-12-15"],
    ["la dottoressa rossi mi fa sapere il 4 dicembre", "decision-date", "2026-12-04"],
    ["marco dice che mi rispondono tra 10 giorni", "decision-date", "2026-12-05"],
    ["decidono a inizio dicembre", "decision-date", "2026-12-01"],
    ["la recruiter dice entro fine mese", "decision-date", "2026-11-30"],
    ["mi hanno detto che decidono entro lunedì", "decision-date", "2026-11-30"],
  ],
  indirectOutcomes: [
    ["francesca ha detto di no purtroppo", "rejected?"],
    ["è arrivato il no ieri", "rejected", "2026-11-24"],
    ["ho avuto la risposta: non vanno avanti con la mia candidatura", "rejected"],
    ["ho deciso di non andare avanti con acme, gliel'ho già detto", "withdrawn"],
    ["alla fine mi ritiro, ho disdetto il colloquio", "withdrawn"],
    ["la hr mi ha detto che è un no", "rejected"],
  ],
  everydayCommands: [
    ["cosa ti posso scrivere di preciso? ahah", "help"],
    ["che ti devo mandare", "help"],
    ["quali candidature ho ancora aperte?", "status"],
    ["come sono messe le mie candidature", "status"],
    ["cancella globex, mai candidato lì, è spam", "forget"],
    ["lascia stare fino al 14 dicembre", "snooze", "2026-12-14T09:00:00+01:00"],
    ["aspetta fino al 7 gennaio, con le feste è tutto fermo", "snooze", "2027-01-07T09:00:00+01:00"],
  ],
  roundsAndSteps: [
    ["mi vogliono rivedere giovedì 3/12 alle 10", "next-round", "2026-12-03T10:00:00+01:00"],
    ["mi hanno ricontattata, venerdì alle 15 col capo del team", "next-round", "2026-11-27T15:00:00+01:00"],
    ["ho chiamato la sara stamattina, lasciato un messaggio in segreteria", "followed-up", "2026-11-25"],
    ["ho telefonato all'azienda, mi fanno richiamare", "followed-up"],
    ["luca si è fatto sentire, niente di deciso ma sono piaciuto", "heard-back"],
    ["perfetto grazie", "unknown", null, "prep"],
    ["secondo colloquio lunedì prossimo 14:30!", "next-round", "2026-11-30T14:30:00+01:00"],
    ["sono le 15:30 non le 15, ed è il 9", "correct"],
  ],
  gaps: [],
};
