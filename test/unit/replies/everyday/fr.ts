import type { EverydayTable } from "./types";

export const FR: EverydayTable = {
  reportedDates: [
    ["camille a dit retour d'ici mi-décembre", "decision-date", "2026-12-15"],
    ["Mme Roux revient vers moi le 4 décembre", "decision-date", "2026-12-04"],
    ["thomas m'a dit réponse dans 10 jours", "decision-date", "2026-12-05"],
    ["la rh dit qu'ils tranchent le 9", "decision-date", "2026-12-09"],
    ["ils décident début décembre", "decision-date", "2026-12-01"],
    ["sophie dit que j'aurai des nouvelles lundi", "decision-date", "2026-11-30"],
    ["le manager a dit qu'il me redonne des nouvelles le 8", "decision-date", "2026-12-08"],
    ["la rh me recontacte fin de semaine prochaine", "decision-date", "2026-12-04"],
    ["la rh reviendra vers moi le 11", "decision-date", "2026-12-11"],
  ],
  indirectOutcomes: [
    ["marc a dit non malheureusement", "rejected?"],
    ["reçu le non hier", "rejected", "2026-11-24"],
    ["j'ai eu la réponse : ils ne donnent pas suite à ma candidature", "rejected"],
    ["j'ai décidé de ne pas continuer avec acme, je leur ai dit", "withdrawn"],
    ["bon finalement je me désiste, j'ai annulé le rdv", "withdrawn"],
    ["la recruteuse m'a dit que c'était non", "rejected"],
    ["pierre m'a dit non malheureusement", "rejected"],
    ["jme retire du process, j'ai prévenu la rh", "withdrawn"],
    ["il a dit non ?", "unknown"],
  ],
  everydayCommands: [
    ["je peux t'envoyer quoi au juste mdr", "help"],
    ["qu'est ce que je peux te dire", "help"],
    ["quelles candidatures sont encore en cours ?", "status"],
    ["j'en suis où avec mes candidatures", "status"],
    ["supprime globex, j'ai jamais postulé là bas, c'est du spam", "forget"],
    ["mets ça en pause jusqu'au 14 décembre", "snooze", "2026-12-14T09:00:00+01:00"],
    ["attends le 7 janvier, avec les fêtes ça bouge pas", "snooze", "2027-01-07T09:00:00+01:00"],
    ["tu comprends quoi comme messages ?", "help"],
    ["c'est quoi mes candidatures en cours", "status"],
    ["attends jusqu'au 10 janvier stp", "snooze", "2027-01-10T09:00:00+01:00"],
    [
      "attends le 8 janvier, ils ont dit que rien ne bouge pendant les fêtes",
      "snooze",
      "2027-01-08T09:00:00+01:00",
    ],
  ],
  roundsAndSteps: [
    ["ils veulent me revoir jeudi 3/12 à 10h", "next-round", "2026-12-03T10:00:00+01:00"],
    ["ils m'ont rappelée ! vendredi 15h avec la directrice", "next-round", "2026-11-27T15:00:00+01:00"],
    ["appelé julie ce matin, laissé un message", "followed-up", "2026-11-25"],
    ["j'ai appelé la boîte, ils me rappellent", "followed-up"],
    ["karine m'a rappelé, rien de décidé mais ils m'ont bien aimé", "heard-back"],
    ["super merci", "unknown", null, "prep"],
    ["deuxième entretien lundi prochain 14 h 30 !", "next-round", "2026-11-30T14:30:00+01:00"],
    ["c'est 15h30 pas 15h, et c'est le 9", "correct"],
    ["ils m'ont recontactée, lundi à 11h avec le DG", "next-round", "2026-11-30T11:00:00+01:00"],
    ["j'ai appelé la rh, messagerie", "followed-up"],
    ["nickel merci", "unknown", null, "prep"],
    ["la recruteuse m'a rappelée, pas encore de décision mais ça s'est bien passé", "heard-back"],
  ],
  phoneMixed: [
    // An event for many turned down is no withdrawal.
    ["j'ai refusé le salon de l'emploi, trop loin", "unknown", null, "follow-up-1"],
    ["décliné leur webinaire, aucun intérêt", "unknown", null, "follow-up-1"],
    ["la RH a dit réponse vendredi", "decision-date", "2026-11-27", "follow-up-1"],
    ["merci beaucoup", "unknown", null, "prep"],
    ["super merci 🙏", "unknown", null, "follow-up-1"],
    ["elle a dit qu'elle est en congé jusqu'au 20", "unknown"],
    ["il a dit que les bureaux déménagent lundi", "unknown", null, "prep"],
    ["jai envoyé le mail de remerciement hier soir", "thanked", "2026-11-24", "thank-you"],
    ["2e entretien mardi à 14h 🎉", "next-round", "2026-12-01", "follow-up-1"],
    ["j'ai eu un refus, tant pis", "rejected", null, "follow-up-2"],
    ["jme retire, j'ai accepté un autre poste", "withdrawn", null, "follow-up-1"],
    ["tjrs rien, relance-moi lundi", "snooze", "2026-11-30", "follow-up-1"],
    ["je les ai relancés ce matin par mail", "followed-up", "2026-11-25", "follow-up-1"],
    ["tu crois qu'ils vont me recaler si jai rien vendredi ?", "unknown", null, "follow-up-1"],
    ["mon pote a eu une offre chez eux, moi j'attends", "unknown", null, "follow-up-1"],
    ["ils donnent leur réponse mi-décembre", "decision-date", "2026-12-15", "follow-up-1"],
    ["remerciement envoyé, et ils décident début décembre", "decision-date", "2026-12-01", "thank-you"],
    // A lone day is the whole answer: ask again then.
    ["demain", "snooze", "2026-11-26", "follow-up-1"],
    ["ok lundi", "snooze", "2026-11-30", "follow-up-1"],
    ["d'acc, après-demain", "snooze", "2026-11-27", "prep"],
    // A decision date reported by someone named; a day said in other words ("donc le 3") wins over the count.
    ["m. dubois répond mi-janvier", "decision-date", "2027-01-15", "thank-you"],
    ["madame roux donne sa réponse début décembre", "decision-date", "2026-12-01", "follow-up-1"],
    ["ils m'ont dit sous 5 jours ouvrés... donc le 3", "decision-date", "2026-12-03", "thank-you"],
    ["réponse dans une semaine, c'est-à-dire le 4", "decision-date", "2026-12-04", "follow-up-1"],
    // A follow-up in the plain past.
    ["j'ai relancé", "followed-up", null, "follow-up-1"],
    ["j'ai relancé la rh hier", "followed-up", "2026-11-24", "follow-up-1"],
    ["j'ai écrit à sophie pour demander où ça en est", "followed-up", null, "follow-up-1"],
    // A withdrawal said with a cancel word is about the application, not the assistant's last change.
    ["j'ai annulé, je retire ma candidature chez acme", "withdrawn"],
    ["j'ai tout annulé, je me retire du processus", "withdrawn", null, "follow-up-1"],
    // Said of someone else it is asked about at most.
    ["elle a retiré sa candidature", "withdrawn?", null, "follow-up-1"],
    // "No, wait a bit more" to the move-on prompt: keep waiting, no reminder asked.
    ["non attends encore un peu", "unknown", null, "move-on"],
    ["non, on attend encore", "unknown", null, "move-on"],
    // A correction that also names the day.
    ["l'entreprise s'appelle Maison Leroy, et l'entretien est jeudi 3", "correct", "2026-12-03"],
    // The next step named with "prochain(e)".
    [
      "dernière étape avec le DG mardi prochain à 11h",
      "next-round",
      "2026-12-01T11:00:00+01:00",
      "follow-up-1",
    ],
    ["prochaine étape : la directrice lundi à 10h", "next-round", "2026-11-30T10:00:00+01:00", "follow-up-1"],
    // News taken back by a wish or "still nothing": never a closing.
    ["ils m'ont pris... j'aimerais bien, toujours rien", "unknown"],
    ["j'ai eu l'offre mdr je rêve, toujours rien", "unknown", null, "follow-up-1"],
    ["refusé... non je rigole, pas de nouvelles", "unknown", null, "follow-up-1"],
    // Traps beside the new rules: an emoji bounds a denial as a comma does; an undo alone stays one; news with an emoji stays news.
    ["toujours pas de refus 😂 ils décident mi-décembre", "decision-date", "2026-12-15", "follow-up-1"],
    ["julie ma rappelé, rien de décidé encore mais ils ont aimé", "heard-back", null, "follow-up-1"],
    ["j'annule, je me suis trompé", "undo"],
    ["ils m'ont pris 🥳 je signe lundi", "offer", null, "follow-up-1"],
    // A closing word alone, then another sentence after an emoji as after a stop: asked.
    ["refusée 😭 tant pis", "rejected?", null, "follow-up-2"],
    ["l'entreprise s'appelle Maison Leroy et Fils", "correct"],
    // Working days are counted on weekdays: five from a Wednesday is the next Wednesday.
    ["réponse sous 5 jours ouvrés", "decision-date", "2026-12-02", "thank-you"],
    // To the prep prompt a day one or two days off is a snooze, whatever names it; a week off is none.
    ["demain stp", "snooze", "2026-11-26", "prep"],
    ["dans une semaine", "snooze", "2026-12-02", "prep"],
    ["le directeur me répond sous huitaine", "decision-date", "2026-12-03", "thank-you"],
  ],
  gaps: [],
};
