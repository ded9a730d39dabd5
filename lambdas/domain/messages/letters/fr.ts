/**
 * Lettres en français : le vouvoiement, « Bonjour » suivi des noms tels qu'écrits (« Madame,
 * Monsieur, » sans nom), des tournures qui ne dépendent pas du genre de l'auteur, l'espace
 * insécable devant « ? » et « ; ».
 */
import type { Draft } from "../blocks";
import { listOf } from "../catalogue/intl";
import type { RelativeDay } from "../format-when";
import {
  type DayWords,
  type DraftContext,
  dayPhrase,
  firstFollowUpSent,
  type Letters,
  letterText,
  namesAsWritten,
} from "./letters";

const SIGN_OFF = "Bien cordialement,\n[Votre nom]";

function greeting(interviewers: DraftContext["interviewers"]): string {
  const names = namesAsWritten(interviewers);
  return names.length > 0 ? `Bonjour ${listOf("fr", names, "conjunction")},` : "Madame, Monsieur,";
}

const chez = (context: DraftContext) => (context.company ? ` chez ${context.company}` : "");
/** "de Responsable", "d’Ingénieur": French elides "de" before a vowel or a mute h. */
const of = (role: string) => (/^[aeiouyàâäéèêëîïôöûüùh]/i.test(role) ? `d’${role}` : `de ${role}`);
const thePost = (context: DraftContext) => (context.role ? `du poste ${of(context.role)}` : "du poste");
const forPost = (context: DraftContext) =>
  context.role ? `pour le poste ${of(context.role)}` : "pour ce poste";

const WHEN_WE_MET: DayWords = {
  today: "d’aujourd’hui",
  yesterday: "d’hier",
  weekday: (weekday) => `de ${weekday}`,
  date: (date) => `du ${date}`,
};

function letter(context: DraftContext, lines: readonly string[], signOff = SIGN_OFF): string {
  return letterText(greeting(context.interviewers), lines, signOff);
}

function subject(opening: string, context: DraftContext, fallback: string): string {
  return `${opening} – ${context.role ?? fallback}${chez(context)}`;
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  return {
    subject: subject("Merci pour notre entretien", context, "candidature"),
    body: letter(context, [
      `Je vous remercie pour notre entretien ${dayPhrase(day, WHEN_WE_MET)} au sujet ${thePost(context)}${chez(context)}.`,
      "J’ai particulièrement apprécié notre échange sur [un sujet abordé].",
      "Cet entretien a renforcé mon intérêt pour le poste, et j’aurais grand plaisir à contribuer aux projets de votre équipe.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ?? "Votre entreprise"} reste mon premier choix ; un point sur l’avancement, lorsque vous serez en mesure de le partager, me serait précieux.`,
      ]
    : [];
  const lines = firstFollowUpSent(context, number)
    ? [
        `Je me permets de revenir une nouvelle fois vers vous au sujet ${thePost(context)}${chez(context)}.`,
        "Je comprends que ces décisions demandent du temps. Toute information sur le calendrier serait la bienvenue.",
        ...firstChoice,
        "Le poste m’intéresse toujours beaucoup. Merci encore pour le temps que vous m’avez consacré.",
      ]
    : [
        `J’espère que vous allez bien. Je sais que cette période est chargée ; je me permets de revenir vers vous au sujet ${thePost(context)}${chez(context)}.`,
        context.decisionDate
          ? "Le calendrier évoqué lors de notre entretien est-il toujours d’actualité, et ma candidature est-elle toujours à l’étude ?"
          : "Pourriez-vous me dire où en est le processus de recrutement, et si ma candidature est toujours à l’étude ?",
        ...firstChoice,
        "Le poste m’intéresse toujours vivement, et je reste à votre disposition pour toute information complémentaire.",
      ];
  return {
    subject: subject("Suivi de ma candidature", context, "candidature"),
    body: letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  return {
    subject: subject("Merci", context, "ma candidature"),
    body: letter(context, [
      `Merci pour votre réponse et pour le temps que vous m’avez consacré tout au long du processus de recrutement ${forPost(context)}.`,
      "Si vous pouviez me faire part de quelques retours sur mes entretiens, cela m’aiderait beaucoup à progresser.",
      `J’ai apprécié de rencontrer l’équipe, et c’est avec plaisir que je postulerais à de futures opportunités${chez(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: subject("Merci", context, "ma candidature"),
    body: letter(
      context,
      [
        `Je vous remercie encore d’avoir considéré ma candidature ${forPost(context)}. Je comprends que vous avez peut-être choisi une autre orientation.`,
        "J’ai beaucoup apprécié de découvrir votre équipe ; si la situation évolue ou si un autre poste s’ouvre, j’échangerai de nouveau avec vous avec plaisir.",
      ],
      "Je vous souhaite une excellente continuation.\nBien cordialement,\n[Votre nom]",
    ),
  };
}

export const FR_LETTERS: Letters = { greeting, thankYou, followUp, feedbackRequest, closure };
