import type { PhoneTable } from "../phone/types";

/** French replies written after the lexicon was filled, in other words again (Wednesday, Nov 25 2026). */
export const FR_SECOND: PhoneTable = {
  replies: [
    ["mot de remerciement parti ce matin pour Hélène", "thanked"],
    ["je les ai remerciés via linkedin", "thanked"],
    ["relance faite par téléphone, répondeur", "followed-up"],
    ["j'ai recontacté la chargée de recrutement vendredi", "followed-up", "2026-11-20"],
    ["la DRH m'a rappelée, ils sont encore en train de décider", "heard-back"],
    ["ils m'ont envoyé un courriel pour dire que ça prend du retard", "heard-back"],
    ["verdict prévu le 2 décembre", "decision-date", "2026-12-02"],
    ["ils tranchent d'ici la fin de la semaine prochaine", "decision-date", "2026-12-04"],
    ["dernier entretien jeudi 3 décembre à 10h avec le DG", "next-round", "2026-12-03T10:00"],
    ["mise en situation lundi à 14h", "next-round", "2026-11-30T14:00"],
    ["je suis au boulot, relance-moi demain", "snooze", "2026-11-26"],
    ["rappelle-moi vendredi stp", "snooze", "2026-11-27"],
    ["on m'a fait une promesse d'embauche !", "offer"],
    ["bonne nouvelle, ils m'embauchent en CDI", "offer"],
    ["ils ont choisi quelqu'un de plus expérimenté", "rejected"],
    ["j'ai reçu leur refus hier", "rejected"],
    ["j'ai dit à la RH que je retirais ma candidature", "withdrawn"],
    ["finalement je décline, le salaire est trop bas", "withdrawn"],
    ["annule ma dernière réponse", "undo"],
    ["montre-moi où j'en suis", "status"],
    ["je voudrais un export de tout", "export"],
    ["supprime Acme de mes candidatures", "forget"],
  ],
  traps: [
    "mon ex-collègue a eu une offre chez eux",
    "si jamais ils me recalent, tant pis",
    "pas encore de réponse négative, c'est bon signe",
    "j'ai décliné le café avec l'équipe",
    "est-ce qu'un refus arrive souvent si vite ?",
    "la crèche a refusé notre dossier",
    "j'ai peur d'être recalée",
  ],
  gaps: [],
};
