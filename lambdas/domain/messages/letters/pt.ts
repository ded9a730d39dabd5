/**
 * Cartas em português (de Portugal): o tratamento formal na terceira pessoa, que concorda com
 * «o senhor / a senhora» sem supor o género de quem lê nem de quem escreve; saudação com os nomes
 * tal como escritos.
 */
import { type DraftContext, lettersOf, type ReaderForms } from "./letters";

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

export const PT_LETTERS = lettersOf({
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
  you: YOU,
  thankYou: {
    opening: "Agradecimento pela entrevista",
    lines: ({ context, at, you }, met) => [
      `Agradeço o tempo que me ${you.dedicou} ${met} para conversarmos sobre ${theRole(context)}${at}.`,
      "Gostei especialmente de falar sobre [um tema da conversa].",
      "A conversa reforçou o meu interesse pela função, e teria todo o gosto em contribuir para a equipa.",
    ],
  },
  followUp: {
    opening: "Ponto de situação da minha candidatura",
    first: ({ context, at, you }) => [
      `Espero que ${you.esteja} bem. Sei que esta é uma altura de muito trabalho, por isso gostaria de saber como está o processo para ${theRole(context)}${at}.`,
      context.decisionDate
        ? "O calendário de que falámos mantém-se, e a minha candidatura continua a ser considerada?"
        : `${you.poderia} indicar-me em que fase está o recrutamento e se a minha candidatura continua a ser considerada?`,
      "Mantenho todo o interesse na função e terei todo o gosto em enviar qualquer informação adicional.",
    ],
    again: ({ context, at, you }) => [
      `Volto a contactar a propósito ${ofTheRole(context)}${at}.`,
      `Compreendo que estas decisões levem o seu tempo. Se já houver alguma novidade quanto ao calendário, agradeço que me ${you.informe}.`,
      "Mantenho todo o interesse na função. Agradeço novamente o tempo dedicado.",
    ],
    firstChoice: ({ context, you }) =>
      `${context.company ? `A ${context.company}` : "Esta oportunidade"} continua a ser a minha primeira escolha, e agradeceria qualquer novidade assim que ${you.possa} partilhá-la.`,
  },
  feedbackRequest: {
    opening: "Agradecimento",
    fallback: "a minha candidatura",
    lines: ({ context, at, you }) => [
      `Agradeço a informação e o tempo que me ${you.dedicou} ao longo do processo de recrutamento para ${theRole(context)}.`,
      "Se for possível partilhar algum comentário sobre as minhas entrevistas, seria muito útil para o meu desenvolvimento.",
      `Gostei de conhecer a equipa e terei todo o gosto em candidatar-me a futuras oportunidades${at}.`,
    ],
  },
  closure: {
    opening: "Agradecimento",
    fallback: "a minha candidatura",
    lines: ({ context, you }) => [
      `Agradeço novamente a consideração da minha candidatura para ${theRole(context)}. Compreendo que ${you.possa} ter optado por outro perfil.`,
      "Gostei de conhecer a equipa e, se algo mudar ou surgir outra oportunidade, terei todo o gosto em voltar a conversar.",
      "Desejo as maiores felicidades a toda a equipa.",
    ],
  },
});
