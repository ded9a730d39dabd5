/** Português: o que insiste, exige, acusa, apressa ou suplica — com palavras mais serenas. */
import type { ToneTable } from "../table";

export const PT_TONE: ToneTable = {
  entries: [
    {
      rule: "pressing",
      phrases: [
        "continuo à espera",
        "ainda estou à espera",
        "continuo sem resposta",
        "ainda sem resposta",
        /ainda não (?:recebi|tive) (?:resposta|notícias)/,
        "estou à espera há",
        /já (?:passou uma semana|passaram (?:duas|três|\d+) semanas)/,
        /como (?:disse|referi) no meu (?:último|anterior) e-?mail/,
      ],
      suggestion: "Pergunte antes: «O calendário de que falámos mantém-se?»",
    },
    {
      rule: "demanding",
      phrases: [
        "exijo",
        /preciso de (?:uma|a sua) (?:resposta|decisão)/,
        "preciso de saber",
        /(?:têm|tem) de me responder/,
        /(?:devem|deve) responder-me/,
        /espero (?:uma|a sua) (?:resposta|decisão)/,
        "respondam-me",
        "responda-me",
        "pela terceira vez",
        /(?:escrevo|contacto|pergunto|insisto|volto a perguntar) (?:mais uma vez|outra vez|novamente)/,
        "caso contrário",
        /senão (?:aceito|vou aceitar)/,
      ],
      suggestion:
        "Pergunte sem exigir: «Poderia indicar-me quando esperam tomar uma decisão?» Se tiver um prazo real, diga-o uma vez e com cordialidade: «Tenho de responder a outra proposta até sexta; há alguma novidade sobre o vosso calendário?»",
    },
    {
      rule: "accusatory",
      phrases: [
        /(?:disse|disseram)-me que/,
        /(?:prometeu|prometeram)-me/,
        "como já disse",
        "como já referi",
        /porque é que não (?:me )?(?:responderam|respondeu)/,
        /nunca (?:me )?(?:responderam|respondeu)/,
        /não me (?:responderam|respondeu)/,
      ],
      suggestion:
        "Fale do plano, não das palavras deles: «Na entrevista foi referida uma decisão por volta de sexta; continua previsto?»",
    },
    {
      rule: "urgency",
      phrases: [
        "urgente",
        "com urgência",
        "o mais rápido possível",
        "o quanto antes",
        "quanto antes",
        "imediatamente",
        "de imediato",
        "ainda hoje",
        "até ao fim do dia",
        "asap",
        "o mais tardar",
      ],
      suggestion:
        "Retire a urgência; se tiver um prazo real (outra proposta), diga-o de forma simples e cordial.",
    },
    {
      rule: "desperation",
      phrases: [
        /preciso (?:mesmo )?deste (?:emprego|trabalho)/,
        "desesperado",
        "desesperada",
        "imploro",
        "suplico",
        "por favor, por favor",
        "a minha última oportunidade",
        "faria qualquer coisa",
      ],
      suggestion:
        "Diga antes o que traz: «Mantenho todo o interesse na função e teria todo o gosto em contribuir para a equipa.»",
    },
  ],
  shouting: "Escreva em minúsculas; as maiúsculas parecem gritos.",
  exclamations: "No máximo um ponto de exclamação; um ponto final calmo transmite confiança.",
};
