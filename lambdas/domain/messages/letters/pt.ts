/**
 * Cartas em português (de Portugal): o tratamento formal na terceira pessoa, que concorda com
 * «o senhor / a senhora» sem supor o género de quem lê nem de quem escreve; saudação com os nomes
 * tal como escritos.
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

const SIGN_OFF = "Com os melhores cumprimentos,\n[O seu nome]";

function greeting(interviewers: DraftContext["interviewers"]): string {
  const names = namesAsWritten(interviewers);
  return names.length > 0 ? `Bom dia ${listOf("pt", names, "conjunction")},` : "Bom dia,";
}

/** The third person singular for one reader, plural for several or for a team. */
function address(context: DraftContext) {
  const one = namesAsWritten(context.interviewers).length === 1;
  return {
    dedicou: one ? "dedicou" : "dedicaram",
    esteja: one ? "esteja" : "estejam",
    poderia: one ? "Poderia" : "Poderiam",
  };
}

const na = (context: DraftContext) => (context.company ? ` na ${context.company}` : "");
const theRole = (context: DraftContext) => (context.role ? `a função de ${context.role}` : "a função");

const WHEN_WE_MET: DayWords = {
  today: "hoje",
  yesterday: "ontem",
  weekday: (weekday) =>
    // sábado and domingo are masculine, the other weekdays (segunda-feira …) feminine.
    /^(?:sábado|domingo)/.test(weekday) ? `no ${weekday}` : `na ${weekday}`,
  date: (date) => `no dia ${date}`,
};

function letter(context: DraftContext, lines: readonly string[], signOff = SIGN_OFF): string {
  return letterText(greeting(context.interviewers), lines, signOff);
}

function subject(opening: string, context: DraftContext): string {
  return `${opening}${context.role ? ` – ${context.role}` : ""}${context.company ? ` – ${context.company}` : ""}`;
}

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  const you = address(context);
  return {
    subject: subject("Agradecimento pela entrevista", context),
    body: letter(context, [
      `Agradeço o tempo que me ${you.dedicou} ${dayPhrase(day, WHEN_WE_MET)} para conversarmos sobre ${theRole(context)}${na(context)}.`,
      "Gostei especialmente de falar sobre [um tema da conversa].",
      "A conversa reforçou o meu interesse pela função, e teria todo o gosto em contribuir para a equipa.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const you = address(context);
  const firstChoice = context.hasOtherOffers
    ? [
        `${context.company ? `A ${context.company}` : "Esta oportunidade"} continua a ser a minha primeira escolha, e agradeceria uma atualização quando for possível partilhá-la.`,
      ]
    : [];
  const lines = firstFollowUpSent(context, number)
    ? [
        `Volto a contactar a propósito de ${theRole(context)}${na(context)}.`,
        "Compreendo que estas decisões levam tempo. Se houver alguma novidade sobre o calendário, agradeço desde já qualquer notícia.",
        ...firstChoice,
        "Mantenho todo o interesse na função. Agradeço novamente o tempo dedicado.",
      ]
    : [
        `Espero que ${you.esteja} bem. Sei que esta é uma altura de muito trabalho, por isso gostaria de saber como está o processo para ${theRole(context)}${na(context)}.`,
        context.decisionDate
          ? "O calendário de que falámos mantém-se, e a minha candidatura continua a ser considerada?"
          : `${you.poderia} indicar-me em que ponto está o processo e se a minha candidatura continua a ser considerada?`,
        ...firstChoice,
        "Mantenho todo o interesse na função e terei todo o gosto em partilhar qualquer informação adicional.",
      ];
  return {
    subject: subject("Ponto de situação da minha candidatura", context),
    body: letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  const you = address(context);
  return {
    subject: subject("Agradecimento", context),
    body: letter(context, [
      `Agradeço a informação e o tempo que me ${you.dedicou} ao longo do processo para ${theRole(context)}.`,
      "Se for possível partilhar algum comentário sobre as minhas entrevistas, seria muito útil para o meu desenvolvimento.",
      `Gostei de conhecer a equipa e terei todo o gosto em candidatar-me a futuras oportunidades${na(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  return {
    subject: subject("Agradecimento", context),
    body: letter(
      context,
      [
        `Agradeço novamente a consideração da minha candidatura para ${theRole(context)}. Compreendo que possam ter seguido noutra direção.`,
        "Gostei de conhecer a equipa e, se algo mudar ou surgir outra função, terei todo o gosto em voltar a conversar.",
      ],
      "Com votos de sucesso e os melhores cumprimentos,\n[O seu nome]",
    ),
  };
}

export const PT_LETTERS: Letters = { greeting, thankYou, followUp, feedbackRequest, closure };
