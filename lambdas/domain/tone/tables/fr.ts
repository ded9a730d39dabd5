/** Français : ce qui insiste, exige, reproche, presse ou supplie — avec une tournure plus calme. */
import type { ToneTable } from "../table";

export const FR_TONE: ToneTable = {
  entries: [
    {
      rule: "pressing",
      phrases: [
        "j'attends toujours",
        "toujours pas de réponse",
        "toujours sans réponse",
        "toujours sans nouvelles",
        /je n'ai toujours (?:rien reçu|pas eu de réponse|pas de nouvelles)/,
        "j'attends votre réponse depuis",
        /(?:cela|ça) fait (?:déjà )?(?:une|deux|trois|\d+) semaines?/,
        "comme indiqué dans mon dernier mail",
        "comme indiqué dans mon dernier e-mail",
        "comme dans mon précédent e-mail",
        "je vous relance encore",
      ],
      suggestion: "Demandez plutôt : « Le calendrier évoqué est-il toujours d’actualité ? »",
    },
    {
      rule: "demanding",
      phrases: [
        "j'exige",
        /j'(?:attends|ai besoin d') une (?:réponse|décision)/,
        /je dois (?:savoir|avoir une réponse)/,
        /vous devez (?:me répondre|me dire|me donner|décider)/,
        "répondez-moi",
        /merci de me répondre (?:avant|d'ici|aujourd'hui)/,
        "pour la troisième fois",
        "pour la énième fois",
        /je (?:vous )?(?:relance|écris|reviens vers vous|redemande|demande) (?:encore une fois|une fois de plus|encore)/,
        "faute de réponse",
        /sinon j'(?:accepte|accepterai)/,
      ],
      suggestion:
        "Demandez sans exiger : « Pourriez-vous me dire quand vous pensez prendre votre décision ? » Si vous avez une vraie échéance, dites-la une fois et aimablement : « Je dois répondre à une autre offre d’ici vendredi ; avez-vous du nouveau sur votre calendrier ? »",
    },
    {
      rule: "accusatory",
      phrases: [
        /vous m'(?:aviez|avez) (?:dit|promis)/,
        /vous (?:aviez|avez) promis/,
        /comme je (?:vous )?l'ai (?:dit|déjà dit|indiqué)/,
        "pourquoi ne m'avez-vous pas",
        /vous n'avez (?:pas|jamais) répondu/,
        /vous étiez censés?/,
      ],
      suggestion:
        "Parlez du calendrier, pas de leurs paroles : « Lors de notre échange, une décision autour de vendredi avait été évoquée ; est-ce toujours prévu ? »",
    },
    {
      rule: "urgency",
      phrases: [
        "urgent",
        "urgente",
        "en urgence",
        "au plus vite",
        "dès que possible",
        "immédiatement",
        "sans délai",
        "avant ce soir",
        "d'ici ce soir",
        "avant la fin de la journée",
        "asap",
        "au plus tard",
      ],
      suggestion:
        "Retirez l’urgence ; si vous avez une vraie échéance (une autre offre), dites-la simplement et aimablement.",
    },
    {
      rule: "desperation",
      phrases: [
        "j'ai vraiment besoin de ce poste",
        "j'ai absolument besoin de ce poste",
        "désespéré",
        "désespérée",
        "je vous en supplie",
        "je vous supplie",
        "s'il vous plaît, s'il vous plaît",
        "ma dernière chance",
        "je ferais n'importe quoi",
      ],
      suggestion:
        "Dites plutôt ce que vous apportez : « Le poste m’intéresse toujours vivement et j’aurais plaisir à contribuer à votre équipe. »",
    },
  ],
  shouting: "Écrivez en minuscules ; les majuscules donnent l’impression de crier.",
  exclamations: "Un point d’exclamation au plus ; un point calme inspire confiance.",
};
