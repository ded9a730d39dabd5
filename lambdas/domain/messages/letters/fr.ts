/**
 * Lettres en français : le vouvoiement, « Bonjour » suivi des noms tels qu'écrits (« Madame,
 * Monsieur, » sans nom), des tournures qui ne dépendent pas du genre de l'auteur, l'espace
 * insécable devant « ? » et « ; ».
 */
import { type DraftContext, lettersOf } from "./letters";

/** "de Responsable", "d’Ingénieur": French elides "de" before a vowel or a mute h. */
const of = (role: string) => (/^[aeiouyàâäéèêëîïôöûüùh]/i.test(role) ? `d’${role}` : `de ${role}`);
const thePost = (context: DraftContext) => (context.role ? `du poste ${of(context.role)}` : "du poste");
const forPost = (context: DraftContext) =>
  context.role ? `pour le poste ${of(context.role)}` : "pour ce poste";

export const FR_LETTERS = lettersOf({
  language: "fr",
  greet: (names) => `Bonjour ${names},`,
  greetNobody: "Madame, Monsieur,",
  signOff: "Bien cordialement,\n[Prénom Nom]",
  atCompany: (company) => ` chez ${company}`,
  whenWeMet: {
    today: "d’aujourd’hui",
    yesterday: "d’hier",
    weekday: (weekday) => `de ${weekday}`,
    date: (date) => `du ${date}`,
  },
  thankYou: {
    opening: "Merci pour notre entretien",
    lines: ({ context, at }, met) => [
      `Je vous remercie pour notre entretien ${met} au sujet ${thePost(context)}${at}.`,
      "J’ai particulièrement apprécié notre échange sur [un sujet abordé].",
      "Cet entretien a renforcé mon intérêt pour le poste, et j’aurais grand plaisir à contribuer aux projets de votre équipe.",
    ],
  },
  followUp: {
    opening: "Suivi de ma candidature",
    first: ({ context, at }) => [
      `J’espère que vous allez bien. Je sais que cette période est chargée ; je me permets de revenir vers vous au sujet ${thePost(context)}${at}.`,
      context.decisionDate
        ? "Le calendrier évoqué lors de notre entretien est-il toujours d’actualité, et ma candidature est-elle toujours à l’étude ?"
        : "Pourriez-vous me dire où en est le processus de recrutement, et si ma candidature est toujours à l’étude ?",
      "Le poste m’intéresse toujours vivement, et je reste à votre disposition pour toute information complémentaire.",
    ],
    again: ({ context, at }) => [
      `Je me permets de revenir une nouvelle fois vers vous au sujet ${thePost(context)}${at}.`,
      "Je comprends que ces décisions demandent du temps. Toute information sur le calendrier serait la bienvenue.",
      "Le poste m’intéresse toujours beaucoup. Merci encore pour le temps que vous m’avez consacré.",
    ],
    firstChoice: ({ context }) =>
      `${context.company ?? "Votre entreprise"} reste mon premier choix ; un point sur l’avancement, lorsque vous serez en mesure de le partager, me serait précieux.`,
  },
  feedbackRequest: {
    opening: "Merci",
    fallback: "ma candidature",
    lines: ({ context, at }) => [
      `Merci pour votre réponse et pour le temps que vous m’avez consacré tout au long du processus de recrutement ${forPost(context)}.`,
      "Si vous pouviez me faire part de quelques retours sur mes entretiens, cela m’aiderait beaucoup à progresser.",
      `J’ai eu plaisir à rencontrer l’équipe, et c’est volontiers que je postulerais à de futures offres${at}.`,
    ],
  },
  closure: {
    opening: "Merci",
    fallback: "ma candidature",
    lines: ({ context }) => [
      `Je vous remercie encore d’avoir examiné ma candidature ${forPost(context)}. Je comprends que vous ayez peut-être retenu un autre profil.`,
      "J’ai eu plaisir à découvrir votre équipe ; si la situation évolue ou si un autre poste se libère, c’est avec plaisir que j’échangerai de nouveau avec vous.",
      "Je vous souhaite, à vous et à votre équipe, une excellente continuation.",
    ],
  },
});
