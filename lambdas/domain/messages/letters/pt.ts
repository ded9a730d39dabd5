/**
 * Cartas em português (de Portugal): o tratamento formal na terceira pessoa, que concorda com
 * «o senhor / a senhora» sem supor o género de quem lê nem de quem escreve; saudação com os nomes
 * tal como escritos.
 */
import type { Draft } from "../blocks";
import type { RelativeDay } from "../format-when";
import { type DraftContext, type Letters, letterWriter, type ReaderForms } from "./letters";

const write = letterWriter({
  language: "pt",
  greet: (names) => `Bom dia, ${names},`,
  greetNobody: "Bom dia,",
  signOff: "Com os melhores cumprimentos,\n[Nome e apelido]",
  // Empresas tratam-se no feminino («a empresa»): «na Acme».
  atCompany: (company) => ` na ${company}`,
  whenWeMet: {
    today: "hoje",
    yesterday: "ontem",
    weekday: (weekday) =>
      // sábado and domingo are masculine, the other weekdays (segunda-feira …) feminine.
      /^(?:sábado|domingo)/.test(weekday) ? `no ${weekday}` : `na ${weekday}`,
    date: (date) => `no dia ${date}`,
  },
});

/** The third person singular for one reader, plural for several or for a team. */
const YOU = {
  dedicou: ["dedicou", "dedicaram"],
  esteja: ["esteja", "estejam"],
  poderia: ["Poderia", "Poderiam"],
  possa: ["possa", "possam"],
  informe: ["informe", "informem"],
} as const satisfies ReaderForms;

const theRole = (context: DraftContext) => (context.role ? `a função de ${context.role}` : "a função");
const ofTheRole = (context: DraftContext) => (context.role ? `da função de ${context.role}` : "da função");

function thankYou(context: DraftContext, day: RelativeDay): Draft {
  const you = write.agree(context, YOU);
  return {
    subject: write.subject("Agradecimento pela entrevista", context),
    body: write.letter(context, [
      `Agradeço o tempo que me ${you.dedicou} ${write.when(day)} para conversarmos sobre ${theRole(context)}${write.at(context)}.`,
      "Gostei especialmente de falar sobre [um tema da conversa].",
      "A conversa reforçou o meu interesse pela função, e teria todo o gosto em contribuir para a equipa.",
    ]),
  };
}

function followUp(context: DraftContext, number: number): Draft {
  const you = write.agree(context, YOU);
  const lines = write.followUpLines(context, number, {
    first: [
      `Espero que ${you.esteja} bem. Sei que esta é uma altura de muito trabalho, por isso gostaria de saber como está o processo para ${theRole(context)}${write.at(context)}.`,
      context.decisionDate
        ? "O calendário de que falámos mantém-se, e a minha candidatura continua a ser considerada?"
        : `${you.poderia} indicar-me em que fase está o recrutamento e se a minha candidatura continua a ser considerada?`,
      "Mantenho todo o interesse na função e terei todo o gosto em enviar qualquer informação adicional.",
    ],
    again: [
      `Volto a contactar a propósito ${ofTheRole(context)}${write.at(context)}.`,
      `Compreendo que estas decisões levem o seu tempo. Se já houver alguma novidade quanto ao calendário, agradeço que me ${you.informe}.`,
      "Mantenho todo o interesse na função. Agradeço novamente o tempo dedicado.",
    ],
    firstChoice: `${context.company ? `A ${context.company}` : "Esta oportunidade"} continua a ser a minha primeira escolha, e agradeceria qualquer novidade assim que ${you.possa} partilhá-la.`,
  });
  return {
    subject: write.subject("Ponto de situação da minha candidatura", context),
    body: write.letter(context, lines),
  };
}

function feedbackRequest(context: DraftContext): Draft {
  const you = write.agree(context, YOU);
  return {
    subject: write.subject("Agradecimento", context, "a minha candidatura"),
    body: write.letter(context, [
      `Agradeço a informação e o tempo que me ${you.dedicou} ao longo do processo de recrutamento para ${theRole(context)}.`,
      "Se for possível partilhar algum comentário sobre as minhas entrevistas, seria muito útil para o meu desenvolvimento.",
      `Gostei de conhecer a equipa e terei todo o gosto em candidatar-me a futuras oportunidades${write.at(context)}.`,
    ]),
  };
}

function closure(context: DraftContext): Draft {
  const you = write.agree(context, YOU);
  return {
    subject: write.subject("Agradecimento", context, "a minha candidatura"),
    body: write.letter(context, [
      `Agradeço novamente a consideração da minha candidatura para ${theRole(context)}. Compreendo que ${you.possa} ter optado por outro perfil.`,
      "Gostei de conhecer a equipa e, se algo mudar ou surgir outra oportunidade, terei todo o gosto em voltar a conversar.",
      "Desejo as maiores felicidades a toda a equipa.",
    ]),
  };
}

export const PT_LETTERS: Letters = { greeting: write.greeting, thankYou, followUp, feedbackRequest, closure };
