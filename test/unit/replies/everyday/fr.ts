import type { EverydayTable } from "./types";

export const FR: EverydayTable = {
  reportedDates: [
    ["camille a dit retour d'ici mi-décembre", "decision-date", "2026-12-15"],
    ["Mme Roux revient vers moi le 4 décembre", "decision-date", "2026-12-04"],
    ["thomas m'a dit réponse dans 10 jours", "decision-date", "2026-12-05"],
    ["la rh dit qu'ils tranchent le 9", "decision-date", "2026-12-09"],
    ["ils décident début décembre", "decision-date", "2026-12-01"],
    ["sophie dit que j'aurai des nouvelles lundi", "decision-date", "2026-11-30"],
  ],
  indirectOutcomes: [
    ["marc a dit non malheureusement", "rejected?"],
    ["reçu le non hier", "rejected", "2026-11-24"],
    ["j'ai eu la réponse : ils ne donnent pas suite à ma candidature", "rejected"],
    ["j'ai décidé de ne pas continuer avec acme, je leur ai dit", "withdrawn"],
    ["bon finalement je me désiste, j'ai annulé le rdv", "withdrawn"],
    ["la recruteuse m'a dit que c'était non", "rejected"],
  ],
  everydayCommands: [
    ["je peux t'envoyer quoi au juste mdr", "help"],
    ["qu'est ce que je peux te dire", "help"],
    ["quelles candidatures sont encore en cours ?", "status"],
    ["j'en suis où avec mes candidatures", "status"],
    ["supprime globex, j'ai jamais postulé là bas, c'est du spam", "forget"],
    ["mets ça en pause jusqu'au 14 décembre", "snooze", "2026-12-14T09:00:00+01:00"],
    ["attends le 7 janvier, avec les fêtes ça bouge pas", "snooze", "2027-01-07T09:00:00+01:00"],
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
  ],
  gaps: [],
};
