/** Español: lo que insiste, exige, reprocha, apremia o suplica — con una forma más serena. */
import type { ToneTable } from "../table";

export const ES_TONE: ToneTable = {
  entries: [
    {
      rule: "pressing",
      phrases: [
        "sigo esperando",
        "sigo sin respuesta",
        "sigo sin noticias",
        /(?:todavía|aún) no (?:he recibido|tengo) (?:respuesta|noticias)/,
        /llevo (?:\w+ )?(?:días|semanas) esperando/,
        "llevo esperando",
        /ya (?:ha pasado una semana|han pasado (?:dos|tres|\d+) semanas)/,
        /como (?:le|les) (?:dije|indiqué) en mi (?:último|anterior) correo/,
      ],
      suggestion: "Pregunta en su lugar: «¿Sigue vigente el calendario que comentamos?»",
    },
    {
      rule: "demanding",
      phrases: [
        "exijo",
        /necesito (?:una|su) (?:respuesta|decisión)/,
        "necesito saber",
        /(?:tiene|tienen|deben|debe) que responderme/,
        /(?:deben|debe) responderme/,
        /espero (?:una|su) (?:respuesta|decisión)/,
        "respóndame",
        "respóndanme",
        "por tercera vez",
        /(?:le |les )?(?:escribo|consulto|pregunto|insisto|recuerdo) (?:una vez más|otra vez|de nuevo)/,
        "de lo contrario",
        /si no, (?:aceptaré|me iré)/,
      ],
      suggestion:
        "Pregunta sin exigir: «¿Podría indicarme cuándo esperan tomar una decisión?» Si tienes un plazo real, dilo una vez y con amabilidad: «Tengo que responder a otra oferta antes del viernes; ¿hay alguna novedad sobre su calendario?»",
    },
    {
      rule: "accusatory",
      phrases: [
        /(?:usted|ustedes) me (?:dijo|dijeron|prometió|prometieron)/,
        /me (?:prometió|prometieron)/,
        /como ya (?:le |les )?dije/,
        /por qué no (?:me )?(?:ha|han) (?:respondido|contestado)/,
        /nunca (?:me )?(?:respondieron|contestaron|respondió|contestó)/,
        /no me (?:ha|han) (?:respondido|contestado)/,
      ],
      suggestion:
        "Habla del plan, no de sus palabras: «En la entrevista se mencionó una decisión hacia el viernes; ¿sigue siendo así?»",
    },
    {
      rule: "urgency",
      phrases: [
        "urgente",
        "urgentemente",
        "cuanto antes",
        "lo antes posible",
        "lo más pronto posible",
        "de inmediato",
        "inmediatamente",
        "hoy mismo",
        "antes de que acabe el día",
        "asap",
        "a más tardar",
      ],
      suggestion:
        "Quita la urgencia; si tienes un plazo real (otra oferta), dilo con sencillez y amabilidad.",
    },
    {
      rule: "desperation",
      phrases: [
        /necesito (?:este|el) (?:trabajo|puesto)/,
        "desesperado",
        "desesperada",
        "se lo ruego",
        "se lo suplico",
        "le suplico",
        "por favor, por favor",
        "mi última oportunidad",
        "haría cualquier cosa",
      ],
      suggestion:
        "Di mejor lo que aportas: «El puesto me sigue interesando mucho y me encantaría aportar al equipo.»",
    },
  ],
  shouting: "Escribe en minúsculas; las mayúsculas parecen gritos.",
  exclamations: "Como mucho una exclamación; un punto tranquilo transmite seguridad.",
};
