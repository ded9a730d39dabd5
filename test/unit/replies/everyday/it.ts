import type { EverydayTable } from "./types";

export const IT: EverydayTable = {
  reportedDates: [
    ["giulia ha detto feedback entro metà dicembre", "decision-date", "2026-12-15"],
    ["la dottoressa rossi mi fa sapere il 4 dicembre", "decision-date", "2026-12-04"],
    ["marco dice che mi rispondono tra 10 giorni", "decision-date", "2026-12-05"],
    ["decidono a inizio dicembre", "decision-date", "2026-12-01"],
    ["la recruiter dice entro fine mese", "decision-date", "2026-11-30"],
    ["mi hanno detto che decidono entro lunedì", "decision-date", "2026-11-30"],
    ["il responsabile ha detto che decidono a metà dicembre", "decision-date", "2026-12-15"],
    ["la recruiter mi fa sapere il 9", "decision-date", "2026-12-09"],
  ],
  indirectOutcomes: [
    ["francesca ha detto di no purtroppo", "rejected?"],
    ["è arrivato il no ieri", "rejected", "2026-11-24"],
    ["ho avuto la risposta: non vanno avanti con la mia candidatura", "rejected"],
    ["ho deciso di non andare avanti con acme, gliel'ho già detto", "withdrawn"],
    ["alla fine mi ritiro, ho disdetto il colloquio", "withdrawn"],
    ["la hr mi ha detto che è un no", "rejected"],
    ["paolo ha detto di no", "rejected?"],
    ["mi sono ritirato, ho già avvisato la hr", "withdrawn"],
    ["ha detto di no?", "unknown"],
  ],
  everydayCommands: [
    ["cosa ti posso scrivere di preciso? ahah", "help"],
    ["che ti devo mandare", "help"],
    ["quali candidature ho ancora aperte?", "status"],
    ["come sono messe le mie candidature", "status"],
    ["cancella globex, mai candidato lì, è spam", "forget"],
    ["lascia stare fino al 14 dicembre", "snooze", "2026-12-14T09:00:00+01:00"],
    ["aspetta fino al 7 gennaio, con le feste è tutto fermo", "snooze", "2027-01-07T09:00:00+01:00"],
    ["cosa capisci tu?", "help"],
    ["quali colloqui ho ancora in sospeso?", "status"],
    ["aspetta fino al 10 gennaio", "snooze", "2027-01-10T09:00:00+01:00"],
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
    ["mi hanno richiamato, lunedì alle 11 col direttore", "next-round", "2026-11-30T11:00:00+01:00"],
    ["ho chiamato le risorse umane, non ha risposto nessuno", "followed-up"],
    ["ok grazie mille", "unknown", null, "prep"],
    ["la recruiter mi ha risentito, niente di deciso ma sono ancora in corsa", "heard-back"],
    // The employer in touch, then the user's own plans at a time: no meeting set.
    ["mi hanno richiamato, io sono in ferie fino a lunedì alle 9", "heard-back"],
    ["ho telefonato alla hr, mi richiamano loro", "followed-up"],
  ],
  phoneMixed: [
    ["la hr ha detto che decidono venerdì", "decision-date", "2026-11-27", "follow-up-1"],
    ["grazie mille", "unknown", null, "prep"],
    ["top grazie 🙏", "unknown", null, "follow-up-1"],
    ["ha detto che è in ferie fino al 20", "unknown"],
    ["ha detto che l'ufficio trasloca lunedì", "unknown", null, "prep"],
    ["ieri sera ho mandato la mail di ringraziamento", "thanked", "2026-11-24", "thank-you"],
    ["secondo colloquio martedì alle 14 🎉", "next-round", "2026-12-01", "follow-up-1"],
    ["mi hanno scartato, pazienza", "rejected", null, "follow-up-2"],
    ["mi sono ritirato, ho accettato un'altra offerta", "withdrawn", null, "follow-up-1"],
    ["ancora niente, ricordamelo lunedì", "snooze", "2026-11-30", "follow-up-1"],
    ["stamattina li ho ricontattati per mail", "followed-up", "2026-11-25", "follow-up-1"],
    ["secondo te mi scartano se venerdì non sento niente?", "unknown", null, "follow-up-1"],
    ["un mio amico ha avuto l'offerta da loro, io aspetto ancora", "unknown", null, "follow-up-1"],
    ["danno una risposta a metà dicembre", "decision-date", "2026-12-15", "follow-up-1"],
    ["ringraziamento inviato, e decidono a inizio dicembre", "decision-date", "2026-12-01", "thank-you"],
    // A lone day is the whole answer: ask again then.
    ["domani", "snooze", "2026-11-26", "prep"],
    ["ok lunedì", "snooze", "2026-11-30", "follow-up-1"],
    ["va bene, dopodomani", "snooze", "2026-11-27", "follow-up-1"],
    // A decision date reported by someone named; a day said in other words ("cioè il 3") wins over the count.
    ["il dottor rossi risponde a metà gennaio", "decision-date", "2027-01-15", "thank-you"],
    ["la signora bianchi dà una risposta a inizio dicembre", "decision-date", "2026-12-01", "follow-up-1"],
    ["mi hanno detto entro 5 giorni lavorativi... cioè il 3", "decision-date", "2026-12-03", "thank-you"],
    ["risposta tra una settimana, quindi il 4", "decision-date", "2026-12-04", "follow-up-1"],
    // A follow-up in the plain past.
    ["ho riscritto a giulia", "followed-up", null, "follow-up-1"],
    ["ho scritto a marco per chiedere come va", "followed-up", null, "follow-up-1"],
    ["ieri ho sollecitato la hr", "followed-up", "2026-11-24", "follow-up-1"],
    // A withdrawal said with a cancel word is about the application, not the assistant's last change.
    ["ho annullato, ritiro la candidatura da acme", "withdrawn"],
    ["ho annullato tutto, mi ritiro dal processo", "withdrawn", null, "follow-up-1"],
    // Said of someone else it is asked about at most.
    ["lei ha ritirato la candidatura", "withdrawn?", null, "follow-up-1"],
    // "No, wait a bit more" to the move-on prompt: keep waiting, no reminder asked.
    ["no aspetta ancora", "unknown", null, "move-on"],
    ["no, aspettiamo ancora un po'", "unknown", null, "move-on"],
    // A correction that also names the day.
    ["l'azienda si chiama Ferretti SpA, e il colloquio è giovedì 3", "correct", "2026-12-03"],
    // The next step named with "prossimo".
    [
      "ultimo step con la CEO martedì prossimo alle 11",
      "next-round",
      "2026-12-01T11:00:00+01:00",
      "follow-up-1",
    ],
    [
      "prossimo step: colloquio col direttore lunedì alle 10",
      "next-round",
      "2026-11-30T10:00:00+01:00",
      "follow-up-1",
    ],
    // News taken back by a wish or "still nothing": never a closing.
    ["m'hanno preso... magari! ancora niente", "unknown"],
    ["mi hanno fatto l'offerta ahah magari, ancora niente", "unknown", null, "follow-up-1"],
    ["mi hanno scartato... scherzo, ancora nessuna notizia", "unknown", null, "follow-up-1"],
    // Traps beside the new rules: news then a wish of something else stays news; an undo alone stays one; a weekday alone to prep is none.
    ["mi hanno preso!! magari ci vediamo per festeggiare", "offer", null, "follow-up-1"],
    ["annulla", "undo"],
    ["domani grazie", "snooze", "2026-11-26", "prep"],
    ["lunedì", "unknown", null, "prep"],
    ["no, aspetta fino a lunedì", "snooze", "2026-11-30", "move-on"],
    // Working days are counted on weekdays: five from a Wednesday is the next Wednesday.
    ["risposta entro cinque giorni lavorativi", "decision-date", "2026-12-02", "thank-you"],
    // To the prep prompt a day one or two days off is a snooze, whatever names it.
    ["giovedì", "snooze", "2026-11-26", "prep"],
    ["l'ingegner conti risponde a inizio gennaio", "decision-date", "2027-01-01", "thank-you"],
  ],
  gaps: [],
};
