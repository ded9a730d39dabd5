import type { PhoneTable } from "../phone/types";

/** French replies naming who did it, with a reason or an aside after the news (Wednesday, Nov 25 2026). */
export const FR_FOURTH: PhoneTable = {
  // A closing said by someone named, not the user: read and asked, never applied at once.
  replies: [
    ["Martin m'a envoyé le refus ce matin", "rejected?"],
    ["Mme Lefèvre a retenu quelqu'un d'autre", "rejected?"],
    ["Sophie m'a annoncé la bonne nouvelle, je suis prise", "offer?"],
    ["Karim m'a dit qu'ils arrêtaient avec moi", "rejected?"],
    ["relance-moi ce soir, je suis sur la route", "snooze", "2026-11-25"],
    ["écris-moi demain matin, là je cuisine", "snooze", "2026-11-26"],
    [
      "si c'est un refus je veux pas le savoir tout de suite, redemande dans une semaine",
      "snooze",
      "2026-12-02",
    ],
    ["dernier entretien mardi 1er à 15h, après ils ferment pour les fêtes", "next-round", "2026-12-01T15:00"],
    ["pas de réponse avant le 8, la directrice est en déplacement", "decision-date", "2026-12-08"],
    ["Paul m'a fait un retour: ils voient encore deux personnes", "heard-back"],
    ["j'ai relancé Julie, elle me répond lundi", "decision-date", "2026-11-30"],
    ["affiche toutes mes candidatures", "status"],
    ["donne-moi la liste des entretiens", "status"],
    ["exporte-moi ça en excel", "export"],
    ["vire Acme, c'était une erreur", "forget"],
  ],
  traps: [
    "Martin a reçu une offre chez eux",
    "Julie m'a dit que la candidate retenue avait refusé ?",
    "si Sophie me dit non je retente l'an prochain",
    "Paul pense qu'ils vont me prendre",
    "j'ai refusé leur invitation à la soirée de Noël",
  ],
  gaps: [],
};
