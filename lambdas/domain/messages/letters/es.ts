/**
 * Cartas en español: de usted (ustedes cuando son varios o no se sabe quién lee), saludo con los
 * nombres tal como se escriben y dos puntos tras el saludo, frases que no dependen del género de
 * quien escribe.
 */
import { type DraftContext, lettersOf, type ReaderForms } from "./letters";

/** Usted for one reader, ustedes for several or for a team. */
const YOU = {
  dedico: ["dedicó", "dedicaron"],
  le: ["le", "les"],
  podria: ["Podría", "Podrían"],
  pueda: ["pueda", "puedan"],
  pudiera: ["pudiera", "pudieran"],
  tuviera: ["tuviera", "tuvieran"],
  usted: ["usted", "ustedes"],
  encuentre: ["se encuentre", "se encuentren"],
  haya: ["haya", "hayan"],
} as const satisfies ReaderForms;

const thePost = (context: DraftContext) => (context.role ? `el puesto de ${context.role}` : "el puesto");

export const ES_LETTERS = lettersOf({
  language: "es",
  greet: (names) => `Buenos días, ${names}:`,
  greetNobody: "Buenos días:",
  signOff: "Un cordial saludo,\n[Nombre y apellidos]",
  atCompany: (company) => ` en ${company}`,
  whenWeMet: {
    today: "hoy",
    yesterday: "ayer",
    weekday: (weekday) => `el ${weekday}`,
    date: (date) => `el ${date}`,
  },
  you: YOU,
  thankYou: {
    opening: "Gracias por la entrevista",
    lines: ({ context, at, you }, met) => [
      `Muchas gracias por el tiempo que me ${you.dedico} ${met} para hablar sobre ${thePost(context)}${at}.`,
      "Me resultó especialmente interesante la conversación sobre [un tema que hayan tratado].",
      "La entrevista confirmó mi interés en el puesto, y me encantaría aportar mi experiencia al equipo.",
    ],
  },
  followUp: {
    opening: "Seguimiento de mi candidatura",
    first: ({ context, at, you }) => [
      `Espero que ${you.encuentre} bien. Sé que es un momento de mucho trabajo, así que me permito escribir${you.le} en relación con ${thePost(context)}${at}.`,
      context.decisionDate
        ? "¿Siguen vigentes los plazos que comentamos, y mi candidatura sigue en consideración?"
        : `¿${you.podria} indicarme en qué punto se encuentra el proceso y si mi candidatura sigue en consideración?`,
      "El puesto me sigue interesando mucho, y quedo a su disposición para cualquier información adicional.",
    ],
    again: ({ context, at, you }) => [
      `Quería preguntar${you.le} de nuevo cómo avanza el proceso para ${thePost(context)}${at}.`,
      "Entiendo que estas decisiones llevan su tiempo. Si hubiera alguna novedad sobre los plazos, me alegraría conocerla.",
      "El puesto me sigue interesando mucho. Gracias de nuevo por su tiempo.",
    ],
    firstChoice: ({ context, you }) =>
      `${context.company ?? "Su empresa"} sigue siendo mi primera opción, y agradecería cualquier novedad en cuanto ${you.pueda} compartirla.`,
  },
  feedbackRequest: {
    opening: "Gracias",
    fallback: "mi candidatura",
    lines: ({ context, at, you }) => [
      `Gracias por comunicármelo y por el tiempo que me ${you.dedico} durante el proceso de selección para ${thePost(context)}.`,
      `Si ${you.pudiera} compartir algún comentario sobre mis entrevistas, se lo agradecería; me ayudaría a mejorar.`,
      `Fue un placer conocer al equipo, y me gustaría que me ${you.tuviera} en cuenta para futuras vacantes${at}.`,
    ],
  },
  closure: {
    opening: "Gracias",
    fallback: "mi candidatura",
    lines: ({ context, you }) => [
      `Gracias de nuevo por considerar mi candidatura para ${thePost(context)}. Entiendo que es posible que ${you.haya} optado por otro perfil.`,
      `Fue un placer conocer al equipo; si algo cambia o surge otra vacante, me encantaría volver a hablar con ${you.usted}.`,
      `Mis mejores deseos para ${you.usted} y para todo el equipo.`,
    ],
  },
});
