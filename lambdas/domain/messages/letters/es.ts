/**
 * Cartas en español: de usted (ustedes cuando son varios o no se sabe quién lee), saludo con los
 * nombres tal como se escriben y dos puntos tras el saludo, frases que no dependen del género de
 * quien escribe.
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

const SIGN_OFF = "Un cordial saludo,\n[Su nombre]";

function greeting(interviewers: DraftContext["interviewers"]): string {
  const names = namesAsWritten(interviewers);
  return names.length > 0 ? `Buenos días, ${listOf("es", names, "conjunction")}:` : "Buenos días:";
}

/** Usted for one reader, ustedes for several or for a team. */
function address(context: DraftContext) {
  const one = namesAsWritten(context.interviewers).length === 1;
  return {
    dedico: one ? "dedicó" : "dedicaron",
    le: one ? "le" : "les",
    podria: one ? "Podría" : "Podrían",
    pueda: one ? "pueda" : "puedan",
    pudiera: one ? "pudiera" : "pudieran",
    tuviera: one ? "tuviera" : "tuvieran",
    usted: one ? "usted" : "ustedes",
    encuentre: one ? "se encuentre" : "se encuentren",
  };
}

const en = (context: DraftContext) => (context.company ? ` en ${context.company}` : "");
const thePost = (context: DraftContext) => (context.role ? `el puesto de ${context.role}` : "el puesto");

const WHEN_WE_MET: DayWords = {
  today: "hoy",
  yesterday: "ayer",
  weekday: (weekday) => `el ${weekday}`,
  date: (date) => `el ${date}`,
};

function letter(context: DraftContext, lines: readonly string[], signOff = SIGN_OFF): string {
  return letterText(greeting(context.interviewers), lines, signOff);
}

function subject(opening: string, context: DraftContext, fallback: string): string {
  return `${opening} – ${context.role ?? fallback}${en(context)}`;
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  const you = address(context);
  return {
    subject: subject("Gracias por la entrevista", context, "mi candidatura"),
    body: letter(context, [
      `Muchas gracias por el tiempo que me ${you.dedico} ${dayPhrase(day, WHEN_WE_MET)} para hablar sobre ${thePost(context)}${en(context)}.`,
      "Disfruté especialmente de la conversación sobre [un tema que hayan tratado].",
      "La entrevista confirmó mi interés en el puesto, y me encantaría aportar mi experiencia al equipo.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const you = address(context);
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ?? "Su empresa"} sigue siendo mi primera opción, y agradecería cualquier novedad cuando ${you.pueda} compartirla.`,
      ]
    : [];
  const lines = firstFollowUpSent(context, number)
    ? [
        `Quería consultar${you.le} de nuevo sobre ${thePost(context)}${en(context)}.`,
        "Entiendo que estas decisiones llevan tiempo. Si hubiera alguna novedad sobre el calendario, me alegraría conocerla.",
        ...firstChoice,
        "El puesto me sigue interesando mucho. Gracias de nuevo por su tiempo.",
      ]
    : [
        `Espero que ${you.encuentre} bien. Sé que es un momento de mucho trabajo, así que quería consultar${you.le} sobre ${thePost(context)}${en(context)}.`,
        context.decisionDate
          ? "¿Sigue vigente el calendario que comentamos, y mi candidatura sigue en consideración?"
          : `¿${you.podria} indicarme en qué punto se encuentra el proceso y si mi candidatura sigue en consideración?`,
        ...firstChoice,
        "El puesto me sigue interesando mucho, y quedo a su disposición para cualquier información adicional.",
      ];
  return {
    subject: subject("Seguimiento de mi candidatura", context, "mi candidatura"),
    body: letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  const you = address(context);
  return {
    subject: subject("Gracias", context, "mi candidatura"),
    body: letter(context, [
      `Gracias por comunicármelo y por el tiempo que me ${you.dedico} durante el proceso para ${thePost(context)}.`,
      `Si ${you.pudiera} compartir algún comentario sobre mis entrevistas, se lo agradecería; me ayudaría a mejorar.`,
      `Fue un placer conocer al equipo, y me gustaría que me ${you.tuviera} en cuenta para futuras oportunidades${en(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  const you = address(context);
  return {
    subject: subject("Gracias", context, "mi candidatura"),
    body: letter(
      context,
      [
        `Gracias de nuevo por considerar mi candidatura para ${thePost(context)}. Entiendo que es posible que hayan optado por otro camino.`,
        `Fue un placer conocer al equipo; si algo cambia o se abre otro puesto, me encantaría volver a hablar con ${you.usted}.`,
      ],
      "Con mis mejores deseos,\n[Su nombre]",
    ),
  };
}

export const ES_LETTERS: Letters = { greeting, thankYou, followUp, feedbackRequest, closure };
