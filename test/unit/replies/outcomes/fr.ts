import type { OutcomeTable } from "./types";

export const FR: OutcomeTable = {
  company: "Vireo",
  closings: [
    ["ils ont retenu un autre profil", "rejected"],
    ["vireo m'a recalé", "rejected"],
    ["reçu le mail de refus ce matin", "rejected"],
    ["ils ont préféré quelqu'un en interne", "rejected"],
    ["vireo a choisi un autre candidat", "rejected"],
    ["ils m'ont pas pris", "rejected"],
    ["le refus est tombé hier", "rejected"],
    ["j'ai reçu la proposition d'embauche", "offer"],
    ["ils m'ont envoyé le contrat", "offer"],
    ["promesse d'embauche reçue !", "offer"],
    ["j'ai décliné leur offre, je reste où je suis", "withdrawn"],
    ["j'ai annulé l'entretien chez vireo, plus besoin", "withdrawn"],
    ["je me suis désisté", "withdrawn"],
    ["j'ai dit non à vireo", "withdrawn"],
    ["vireo : refus. bof", "rejected?"],
    ["ça n'a pas marché chez vireo", "rejected?"],
  ],
  traps: [
    "mon pote a eu une offre chez eux",
    "j'ai décliné leur invitation au job dating",
    "toujours pas de refus ni rien",
    "pas de décision avant le 18",
    "refusé pour l'appart, encore",
    "la banque a refusé mon prêt",
    "mon employeur actuel m'a fait une contre-offre",
    "ils m'ont recalé ?",
    "s'ils me recalent je postule ailleurs",
    "j'ai peur qu'ils prennent quelqu'un d'autre",
    "j'ai refusé le salaire proposé, j'attends leur contre-proposition",
    "toujours pas reçu le contrat",
    "j'espère une proposition d'ici vendredi",
  ],
};

/** Written before the build and held back from it: phrasings no row was made for, read at the end. */
export const FR_PROBE: Pick<OutcomeTable, "closings" | "traps"> = {
  closings: [
    ["vireo a rejeté ma candidature", "rejected"],
    ["ils ont pris quelqu'un d'autre", "rejected"],
    ["j'ai reçu le refus de vireo", "rejected"],
    ["ils m'ont fait une offre", "offer"],
    ["le contrat est arrivé", "offer"],
    ["j'ai retiré ma candidature", "withdrawn"],
    ["j'ai refusé leur proposition", "withdrawn"],
    ["j'ai annulé le deuxième entretien, j'ai trouvé ailleurs", "withdrawn"],
    ["le poste a été pourvu en interne", "rejected"],
    ["pas retenue", "rejected"],
  ],
  traps: [
    "ma sœur a été recalée chez vireo",
    "ils ont refusé ma note de frais",
    "c'est un refus si ils répondent pas ?",
    "peut-être qu'ils prendront quelqu'un d'autre",
    "j'ai décliné le déjeuner avec l'équipe",
    "le contrat n'est pas encore arrivé",
    "si je reçois un refus je te dis",
    "mon ami a refusé leur offre",
  ],
};
