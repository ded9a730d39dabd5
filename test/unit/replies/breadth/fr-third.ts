import type { PhoneTable } from "../phone/types";

/** French replies in regional words and other tenses (Québec, Belgium, Switzerland; Wednesday, Nov 25 2026). */
export const FR_THIRD: PhoneTable = {
  replies: [
    ["ils vont me revenir d'ici jeudi", "decision-date", "2026-11-26"],
    ["ils vont me rappeler en début de semaine prochaine", "decision-date", "2026-11-30"],
    ["la réponse va tomber mardi", "decision-date", "2026-12-01"],
    ["j'aurai le fin mot lundi", "decision-date", "2026-11-30"],
    ["ils m'ont téléphoné sur mon natel, rien de décidé", "heard-back"],
    ["j'ai appelé la RH sur son natel", "followed-up"],
    ["je leur ai fait un rappel par courriel", "followed-up"],
    ["envoyé un mot pour les remercier", "thanked"],
    ["ils m'ont offert la job !", "offer"],
    ["je suis engagé chez eux à partir de janvier", "offer"],
    ["ma candidature a été rejetée", "rejected"],
    ["on m'a annoncé que je n'étais pas retenu", "rejected"],
    ["ils m'ont signifié un refus", "rejected"],
    ["je décline l'offre, j'ai accepté ailleurs", "withdrawn"],
    ["j'ai fait savoir que je me retirais", "withdrawn"],
    ["j'ai renoncé à leur offre", "withdrawn"],
    ["redemande-moi dans quinze jours", "snooze", "2026-12-09"],
    ["entrevue finale le jeudi 10 décembre à 13h30", "next-round", "2026-12-10T13:30"],
    ["ils m'ont convoqué à un assessment lundi 9h", "next-round", "2026-11-30T09:00"],
    ["balance-moi un csv", "export"],
    ["efface tout ce que tu sais de moi", "forget"],
    ["annule l'action précédente", "undo"],
    ["ils relancent le recrutement et veulent me revoir", "reopen"],
  ],
  traps: [
    "mon chum a eu la job chez eux",
    "nonante candidats, aucune chance qu'ils me prennent",
    "je pense décliner leur offre",
    "et si je refuse leur proposition ?",
    "j'hésite à retirer ma candidature",
    "ils n'ont toujours pas dit non",
    "la fondation a refusé ma demande de bourse",
  ],
  gaps: [
    // "pas fini" reads as the application not over (a reopen) before the news around it.
    ["ils m'ont texté pour me dire qu'ils n'ont pas fini les entrevues", "heard-back"],
  ],
};
