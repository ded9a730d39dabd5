/** Português (de Portugal): tratamento na terceira pessoa («envie», «o seu plano»). */
import type { Catalogue } from "./en";
import { count } from "./intl";

const com = (company: string | null) => (company ? ` com a ${company}` : "");
const na = (company: string | null) => (company ? ` na ${company}` : "");
const entrevistas = (n: number) => count("pt", n, { one: "# entrevista", other: "# entrevistas" });

export const PT = {
  facts: {
    company: "Empresa",
    role: "Função",
    when: "Quando",
    round: "Fase",
    with: "Com",
    where: "Onde",
    join: "Entrar",
    sendTo: "Enviar para",
  },
  notKnownYet: "ainda desconhecido",
  interview: "Entrevista",
  kinds: {
    prep: "Prepare-se: pergunte quando vão decidir",
    thankYou: "Envie o seu agradecimento",
    followUp: (number: number) => (number === 1 ? "Faça o seguimento" : `Faça o seguimento ${number}`),
    moveOn: "Está na hora de seguir em frente",
  },
  plan: {
    nothing: "Não há nada agendado para esta entrevista.",
    item: (label: string, when: string) => `${label} — ${when}`,
    timesAre: (zone: string) => `Fuso horário: ${zone}.`,
    whatNext: "O que vem a seguir:",
    nothingMore: "Não há mais nada agendado para esta entrevista.",
    heading: "O plano:",
  },
  replyCommands: [
    "enviado — enviou o agradecimento",
    "resposta até sexta — quando vão decidir",
    "fiz o follow-up (hoje / na terça) — enviou um seguimento",
    "responderam — deram resposta; os seguimentos terminam",
    "segunda entrevista a 3 de dez. às 14:00 — uma nova fase da mesma candidatura",
    "oferta / rejeitado / desisti — fechar esta candidatura",
    "desfazer (ou reabrir) — anular a sua última resposta",
    "lembre-me daqui a 3 dias / lembre-me na segunda — adiar o lembrete a que responde",
    "a data é 24 de nov. às 10:30 / empresa … / função … — corrigir o que li",
    "situação — tudo o que está pendente; exportar — os seus dados em CSV e .ics; ajuda — esta lista",
  ],
  undoHint: "Não está certo? Responda «desfazer» e tudo volta a ser como era.",
  confirmation: {
    subject: (company: string | null, role: string | null) =>
      `Registado: entrevista${com(company)}${role ? ` (${role})` : ""} — eis o seu plano`,
    alreadySubject: (company: string | null, role: string | null) =>
      `Já estava planeada: entrevista${com(company)}${role ? ` (${role})` : ""} — eis o seu plano`,
    updatedSubject: (company: string | null) =>
      `Atualizado: a sua entrevista${com(company)} mudou — novo plano`,
    heading: "A sua entrevista está guardada",
    updatedHeading: "A sua entrevista mudou; o plano foi ajustado",
    guessesIntro: "O que tive de adivinhar — confirme:",
    guessesFix:
      "Está errado? Responda com a correção, por ex. «a data é 24 de nov. às 10:30», «empresa Lumen Freight», «função Staff Frontend Engineer».",
    steps: "Em cada passo receberá um e-mail com um rascunho pronto:",
    replyHint: (commands: string) =>
      `Responda a qualquer um destes e-mails por palavras suas para registar o que aconteceu:\n${commands}`,
    proposeLanguage: (language: string, command: string) =>
      `Este convite está escrito em ${language}. Para receber estes e-mails também em ${language}, responda «${command}».`,
    prepSkipped: "Sem lembrete de preparação: a entrevista já começou.",
    thankYouSkipped:
      "Sem lembrete de agradecimento: a entrevista terminou há mais de um dia. Se ainda não agradeceu, uma mensagem curta hoje continua a ajudar.",
  },
  corrected: {
    subject: (change: string, company: string | null) => `Corrigido: ${change}${na(company)}`,
    intro: (change: string) => `Corrigido: ${change}. Isto é o que tenho agora:`,
  },
  needsDate: {
    subject: "Não encontrei a data da entrevista — responda com ela",
    heading: "Não encontrei quando é a entrevista",
    where: (subject: string | null, reason: string) =>
      `Em «${subject ?? "o seu reencaminhamento"}»: ${reason}.`,
    ask: "Responda a este e-mail com a data e a hora, por ex. «3 de dez. às 14:00», ou reencaminhe o próprio convite do calendário. Nada se perdeu: a sua mensagem está guardada.",
    stillSubject: "Ainda preciso da data da entrevista",
    stillNoDate: (written: string, subject: string | null) =>
      `Não encontrei nenhuma data em «${written}»${subject ? ` para «${subject}»` : ""}.`,
    stillAsk: "Responda com o dia e a hora, por ex. «3 de dez. às 14:00» ou «terça às 10:30».",
  },
  notAnInterview: {
    subject: "Isso não parecia um convite para entrevista",
    heading: "Nada foi agendado",
    where: (subject: string | null, reason: string) => `Em «${subject ?? "a sua mensagem"}»: ${reason}.`,
    ask: "Reencaminhe um convite para entrevista (o convite do calendário ou o e-mail de confirmação) e eu planeio os seus seguimentos.",
    commands: (commands: string) => `Também pode escrever um destes:\n${commands}`,
  },
  cancelled: {
    subject: (company: string | null) => `Cancelada: entrevista${com(company)} — lembretes parados`,
    heading: "A entrevista foi cancelada",
    text: "Todos os seus lembretes foram cancelados. Se for remarcada, reencaminhe o novo convite.",
  },
  prompts: {
    prepSubject: (company: string | null) =>
      `Entrevista${com(company)} em breve: pergunte quando vão decidir`,
    prepHeading: "Antes de entrar",
    prepAsk: "Antes de sair, pergunte: «Quando esperam tomar uma decisão, e quais são os próximos passos?»",
    prepAskOnCall:
      "Antes de a chamada terminar, pergunte: «Quando esperam tomar uma decisão, e quais são os próximos passos?»",
    prepNames: (names: readonly string[]) =>
      `Anote o nome de cada entrevistador (até agora: ${names.join(", ")}).`,
    prepNoNames: "Anote o nome e o e-mail de cada entrevistador.",
    prepAfter: "Depois, responda com o que disseram, por ex. «resposta até sexta».",
    joinMeeting: "Entrar na reunião",
    thankYouSubject: (company: string | null) =>
      company ? `Envie hoje o seu agradecimento à ${company}` : "Envie hoje o seu agradecimento",
    thankYouHeading: "Um agradecimento curto, nas 24 horas seguintes",
    thankYouText:
      "Eis um rascunho. Acrescente uma frase sobre algo de que falaram, leia-o duas vezes e envie-o.",
    moveOnSubject: (company: string | null) =>
      `Sem resposta${company ? ` da ${company}` : ""}: está na hora de seguir em frente`,
    moveOnHeading: "Está na hora de seguir em frente",
    moveOnText:
      "Fez o seguimento e deu-lhes tempo. O silêncio raramente é pessoal: procurar emprego é, em parte, uma questão de estatística. Deixe a porta aberta com uma mensagem simpática e continue a candidatar-se.",
    moveOnTextNoFollowUp:
      "Deu-lhes tempo. O silêncio raramente é pessoal: procurar emprego é, em parte, uma questão de estatística. Deixe a porta aberta com uma mensagem simpática e continue a candidatar-se.",
    moveOnQuestions: [
      "O que correu bem neste processo e gostaria de repetir?",
      "Que pergunta responderia de outra forma da próxima vez?",
      "Que duas candidaturas vai enviar esta semana?",
    ],
    followUpSubject: (company: string | null, number: number) =>
      `Faça hoje o seguimento${com(company)}${number > 1 ? ` (seguimento ${number})` : ""}`,
    followUpHeading: "Está na hora de um seguimento cordial",
    followUpAgainHeading: "Mais um contacto simpático",
    followUpText:
      "Por e-mail, não por telefone. Breve e cordial; o rascunho deixa o destinatário vazio para que nada seja enviado por engano.",
    logThankYou: "Responda «enviado» depois de o enviar.",
    logFollowUp: "Responda «fiz o follow-up» depois de o enviar, ou «responderam» se já deram resposta.",
    logPrep: "Responda com quando vão decidir, por ex. «resposta até sexta».",
    logMoveOn: "Responda «desisti» para a fechar, ou «responderam» se afinal deram resposta.",
    snoozeHint: (log: string) => `${log} Agora não? «lembre-me daqui a 3 dias» ou «lembre-me na segunda».`,
    reminderTitle: (company: string | null) => `Enviar o seguimento${company ? ` à ${company}` : ""}`,
  },
  replies: {
    ackSubject: (change: string) => `Registado: ${change}`,
    ack: (change: string) => `Registado: ${change}.`,
    nextRoundSubject: (company: string | null, when: string) =>
      `Próxima fase${na(company)}: ${when} — eis o seu plano`,
    nextRoundNoDateSubject: (company: string | null) => `Registado: uma próxima fase${na(company)}`,
    nextRoundWellDone: "Parabéns pela próxima fase! Os seguimentos da fase anterior terminam.",
    nextRoundAskDate:
      "Quando souber a data, responda com ela, por ex. «segunda entrevista a 3 de dez. às 14:00», ou reencaminhe o convite, e eu planeio-a.",
    nextRoundHeading: "Rumo à próxima fase",
    nextRoundText: "Os seguimentos da fase anterior terminam. A nova fase:",
    nextRoundPlan: "O seu plano:",
    nextRoundInvite: (undo: string) =>
      `Se enviarem um convite de calendário, reencaminhe-o também: eu atualizo a hora. ${undo}`,
    snoozedSubject: (label: string, when: string | null) =>
      when ? `Adiado: ${label} — ${when}` : `Adiado: ${label}`,
    snoozedHeading: "Adiado",
    snoozedMoved: (label: string, when: string, note: string | null) =>
      `«${label}» passa para ${when}.${note ? ` ${note}` : ""}`,
    snoozedDropped: (label: string, note: string | null) =>
      `«${label}» não será enviado: ${note ?? "chegaria tarde demais"}.`,
    snoozedOnlyLater: "Adiar só atrasa um lembrete; os outros mantêm a sua hora.",
    offerSubject: (company: string | null) => `Parabéns pela oferta${company ? ` da ${company}` : ""}!`,
    offerHeading: "Parabéns!",
    offerText: (company: string | null) =>
      `Muito bem${company ? `: recebeu uma oferta da ${company}` : ""}. Todos os seus lembretes foram cancelados.`,
    offerAdvice: "Leve o tempo de que precisar para ler a oferta; é normal pedir alguns dias para decidir.",
    rejectedSubject: (company: string | null) =>
      `Lamento${company ? ` o desfecho com a ${company}` : ""} — uma mensagem a pedir feedback e os próximos passos`,
    rejectedHeading: "É uma notícia difícil",
    rejectedText:
      "Raramente é pessoal: procurar emprego é, em parte, uma questão de estatística. Os lembretes foram cancelados. Se quiser, peça feedback com a mensagem abaixo.",
    rejectedQuestions: [
      "O que correu bem e gostaria de repetir?",
      "O que prepararia de outra forma da próxima vez?",
      "Que candidaturas vai enviar esta semana?",
    ],
    withdrawn: "Candidatura retirada. Todos os seus lembretes foram cancelados.",
    declined:
      "Recusou a oferta: a candidatura está fechada e todos os lembretes cancelados. Um «não» cordial deixa a porta aberta.",
    heardBack: "Deram resposta, por isso os seguimentos terminam.",
    closedSubject: (what: "withdrawn" | "heard back" | "declined", company: string | null) =>
      `Registado: ${what === "declined" ? "oferta recusada" : what === "withdrawn" ? "candidatura retirada" : "deram resposta"}${na(company)}`,
    reopenedSubject: (change: string, company: string | null) => `Reaberta: ${change}${na(company)}`,
    undoneSubject: (change: string, company: string | null) => `Desfeito: ${change}${na(company)}`,
    reopened: (change: string, company: string | null) =>
      `${company ? `A sua candidatura na ${company} foi reaberta` : "Candidatura reaberta"} («${change}» foi anulado). O plano foi reposto:`,
    undone: (change: string) => `Desfeito: ${change}. O plano está como estava:`,
    nothingToUndoSubject: (company: string | null) => `Nada a desfazer${na(company)}`,
    nothingToUndo: "Não há nenhuma resposta sua anterior sobre esta entrevista a desfazer; nada mudou.",
    outcomes: {
      offer: "recebeu uma oferta",
      rejected: "disseram que não",
      withdrawn: "desistiu",
      cancelled: "a entrevista foi cancelada",
      "heard-back": "deram resposta",
    },
    closedAppSubject: (company: string | null) =>
      company ? `A sua candidatura na ${company} está fechada` : "Esta candidatura está fechada",
    closedApp: (company: string | null, why: string | null) =>
      `Esta candidatura${na(company)} está fechada${why ? ` (${why})` : ""}; essa resposta não mudou nada.`,
    reopenHint: "Responda «reabrir» para a abrir de novo; os lembretes voltam.",
    unknownSubject: "Essa entrevista já não está aqui",
    unknown:
      "A entrevista deste e-mail foi apagada, por isso nada mudou. Reencaminhe o convite outra vez para recomeçar.",
  },
  changes: {
    thankYouSent: "agradecimento enviado",
    decisionBy: (day: string) => `vão decidir até ${day}`,
    followUpSentOn: (day: string) => `seguimento enviado a ${day}`,
    heardBack: "deram resposta; os seguimentos terminam",
    offer: "oferta",
    rejected: "rejeitado",
    withdrawn: "candidatura retirada",
    offerDeclined: "oferta recusada",
    snoozed: (prompt: string) => `${prompt} adiado`,
    nothingToSnooze: "não há nada pendente para adiar",
    snoozeAlreadyLater: "Já estava previsto para essa altura, mais tarde do que pediu; nada mudou.",
    snoozeAfterStart: "chegaria depois do início da entrevista",
    snoozeFollowUpDay:
      "Os seguimentos saem em dias úteis e nunca à segunda-feira, por isso é o primeiro dia em que pode sair.",
    snoozeBusinessDay: "É o primeiro dia útil a partir daí.",
    snoozeQuietHours:
      "É o primeiro momento fora das suas horas de silêncio e depois dos lembretes previstos antes.",
    interviewIs: (when: string) => `a entrevista é ${when}`,
    companyIs: (company: string) => `a empresa é ${company}`,
    roleIs: (role: string) => `a função é ${role}`,
    interviewersAdded: (names: string | null, added: number) =>
      names === null
        ? "ninguém novo adicionado como entrevistador"
        : `${names} ${added === 1 ? "adicionado como entrevistador" : "adicionados como entrevistadores"}`,
    nothingCalled: (written: string) => `nada aqui se chama «${written}», por isso nada mudou`,
    removed: (what: string) => `removido: ${what}`,
    theCompany: (company: string) => `a empresa «${company}»`,
    theRole: (role: string) => `a função «${role}»`,
    replyWithDate: (change: string) => `${change}; agora responda com a data e a hora`,
    nextRound: "fase seguinte",
    reopened: "reaberto",
    movedOn: "candidatura encerrada sem resposta",
    undone: (change: string) => `${change} anulado`,
    stillWaiting: (said: string) =>
      `${said}; este reencaminhamento ainda espera a sua data — responda com a data e a hora`,
    yourLastReply: "a sua última resposta",
    nothingToUndo: "não há nada para anular nem reabrir",
    theCancellation: "o cancelamento",
    theClosing: "o encerramento",
    quoted: (change: string) => `«${change}»`,
    yourReply: "a sua resposta",
    notAnEmail: "não foi possível ler a mensagem como e-mail; reencaminhe o convite outra vez",
    tooLarge: (megabytes: number, limit: number) =>
      `a mensagem tem ${megabytes} MB, mais do que os ${limit} MB que leio; reencaminhe só o convite, sem anexos`,
    notAnInvitation: "não parece um convite",
    noDate: "não foi encontrada a data e a hora da entrevista",
    tooManyInterviewers: (max: number) =>
      `uma fase tem no máximo ${max} entrevistadores, por isso ninguém foi adicionado; responda «remove …» para libertar espaço`,
    tooManyRounds: (max: number) =>
      `uma candidatura tem no máximo ${max} fases, por isso não foi adicionada nenhuma nova; reencaminhe antes o convite dessa fase`,
  },
  confirmClosing: {
    subject: (company: string | null, withdrawn: boolean) =>
      withdrawn
        ? "Retirou a sua candidatura? Responda «sim» para a encerrar"
        : `${company ?? "A empresa"} respondeu? Responda «sim» para a encerrar`,
    offer: (company: string | null) =>
      `Parece que ${company ?? "a empresa"} lhe fez uma proposta — responda «sim» e eu encerro a candidatura; ainda nada mudou.`,
    rejected: (company: string | null) =>
      `Parece que ${company ?? "a empresa"} recusou a sua candidatura — responda «sim» e eu encerro-a; ainda nada mudou.`,
    withdrawn: (company: string | null) =>
      `Parece que retirou a sua candidatura a ${company ?? "esta empresa"} — responda «sim» e eu encerro-a; ainda nada mudou.`,
  },
  calendar: {
    title: (name: string, round: number, state: string) => `${name} (fase ${round}, ${state})`,
    states: {
      active: "em aberto",
      closed: "fechada",
      cancelled: "cancelada",
      offer: "oferta",
      rejected: "rejeitada",
      withdrawn: "retirada",
      "heard-back": "respondida",
    },
    with: (names: string) => `Com ${names}`,
    join: (url: string) => `Entrar: ${url}`,
  },
  help: {
    subject: "Como usar o interview follow-up",
    notUnderstoodSubject: "Desculpe, não percebi essa resposta",
    notUnderstood: (written: string, didYouMean: string | null) =>
      `Não percebi «${written}», por isso nada mudou.${didYouMean ? ` ${didYouMean}` : ""}`,
    empty: (didYouMean: string | null) =>
      `A sua resposta parecia vazia (só uma citação ou uma assinatura), por isso nada mudou.${didYouMean ? ` ${didYouMean}` : ""}`,
    didYouMean: (choices: string) => `Queria dizer ${choices}?`,
    quote: (command: string) => `«${command}»`,
    intro: "Responda a qualquer lembrete com um destes:",
    languages: (written: string, understood: string, command: string) =>
      `A sua resposta parece estar em ${written}; leio respostas em ${understood}. Para me escrever em ${written}, responda primeiro «${command}».`,
  },
  status: {
    nothingSubject: "Situação: nada pendente",
    nothing: "Não há entrevistas em aberto. Reencaminhe um convite para começar.",
    subject: "Situação: o que está pendente",
    heading: (open: number) =>
      count("pt", open, { one: "# entrevista em aberto", other: "# entrevistas em aberto" }),
    line: (name: string, role: string | null, round: number, when: string | null) =>
      `${name}${role ? ` (${role})` : ""}${round > 1 ? `, fase ${round}` : ""}${when ? ` — ${when}` : ""}`,
  },
  tone: {
    calmSubject: "Verificação do tom: calmo e claro",
    calm: "O seu rascunho soa calmo e cordial. Leia-o mais uma vez e envie-o.",
    subject: (findings: number) =>
      `Verificação do tom: ${count("pt", findings, { one: "# ponto", other: "# pontos" })} a suavizar`,
    intro: "Algumas expressões podem soar insistentes. Sugestões:",
    finding: (excerpt: string, rule: string, suggestion: string) => `«${excerpt}» (${rule}): ${suggestion}`,
    rules: {
      pressing: "insistente",
      demanding: "exigente",
      accusatory: "acusatório",
      urgency: "urgência",
      desperation: "desespero",
      shouting: "maiúsculas",
      exclamations: "pontos de exclamação",
    },
  },
  export: {
    subject: "Os seus dados de entrevistas (CSV e calendário)",
    text: (interviews: number) =>
      `Em anexo: ${entrevistas(interviews)} como folha de cálculo (CSV) e como ficheiro de calendário (.ics).`,
  },
  digest: {
    subject: (open: number) =>
      `A sua semana: ${count("pt", open, { one: "# entrevista em aberto", other: "# entrevistas em aberto" })} — continue a candidatar-se`,
    heading: "A sua procura de emprego esta semana",
    interviewsThisWeek: "Entrevistas esta semana",
    answers: "Respostas após entrevistas",
    answerRate: (rate: number, answered: number, applications: number) =>
      `${rate}% (${answered} de ${applications})`,
    noneHeld: "nenhuma realizada ainda",
    medianDays: "Dias até à resposta (mediana)",
    openIntro: "Em aberto, com o próximo passo:",
    name: (name: string, round: number) => (round > 1 ? `${name} (fase ${round})` : name),
    next: (name: string, step: string) => `${name}: ${step}`,
    waiting: (name: string) => `${name}: à espera da resposta`,
    keepApplying: "Nunca dependa de uma só entrevista: envie algumas candidaturas novas esta semana.",
  },
  welcome: {
    subject: "Bem-vindo ao interview follow-up — responda para confirmar o seu endereço",
    heading: "Bem-vindo!",
    what: "Reencaminhe para este endereço os convites para entrevistas e receberá, no momento certo, um e-mail com um rascunho pronto: preparar, agradecer, fazer seguimento e seguir em frente. Responda por palavras suas para registar o que aconteceu.",
    confirm:
      "Para começar, responda a este e-mail (qualquer texto serve). Isso mostra que este endereço recebe correio. Até lá, nada do que enviar é guardado.",
    expires: "Esta confirmação expira em 7 dias. Depois, reencaminhe o convite outra vez.",
    confirmedSubject: "Está tudo pronto — reencaminhe o seu primeiro convite",
    confirmed:
      "O seu endereço está confirmado. Reencaminhe um convite para entrevista (outra vez, se já enviou um) e o seu plano segue-se.",
    settingsHint:
      "Responda «definições» para ver o seu fuso horário, feriados, hora dos lembretes e horas de silêncio.",
  },
  settings: {
    unchangedSubject: "Definições sem alterações",
    changedSubject: (change: string) => `Definições: ${change}`,
    subject: "As suas definições",
    problem: (problem: string) => `Nada mudou: ${problem}.`,
    changed: (change: string) => `Alterado: ${change}. Os lembretes pendentes seguem as novas definições.`,
    hint: "Altere-as respondendo: «timezone Europe/Lisbon», «country PT», «send at 8:30», «quiet 22-7», «digest off», «idioma português».",
    /** The word a language setting begins with ("Sprache Deutsch"). */
    languageKeyword: "idioma",
    summaries: {
      timeZone: (zone: string) => `fuso horário ${zone}`,
      holidays: (country: string) => `feriados de ${country}`,
      promptsAt: (time: string) => `lembretes às ${time}`,
      quiet: (start: string, end: string) => `silêncio das ${start} às ${end}`,
      digest: (on: boolean) => `resumo semanal ${on ? "ligado" : "desligado"}`,
      language: (name: string) => `idioma ${name}`,
    },
    problems: {
      zoneSuggestion: (written: string, suggestion: string) =>
        `«${written}» não é um nome de fuso horário; queria dizer ${suggestion}?`,
      notZone: (written: string) =>
        `«${written}» não é um nome de fuso horário como Europe/Lisbon ou America/Chicago`,
      notTime: (written: string) => `«${written}» não é uma hora do dia como 8:30`,
      notRange: (written: string) => `«${written}» não é um intervalo de horas como 22-7`,
      notLanguage: (written: string, languages: string) =>
        `«${written}» não é um idioma em que eu escreva; escrevo ${languages}`,
    },
    lines: {
      timeZone: (zone: string | null) => `Fuso horário: ${zone ?? "o da entrevista"}`,
      holidays: (country: string) => `Feriados: ${country}`,
      promptsAt: (time: string) => `Lembretes às: ${time}`,
      quietHours: (start: string, end: string) => `Horas de silêncio: ${start}–${end}`,
      digest: (on: boolean) => `Resumo semanal: ${on ? "ligado" : "desligado"}`,
      language: (name: string) => `Idioma: ${name}`,
    },
  },
  forget: {
    item: (name: string, round: number) => `${name}, fase ${round}`,
    subject: (target: string | null) =>
      `Confirmar: apagar ${target === null ? "tudo" : `a sua candidatura na ${target}`}?`,
    intro: (interviews: number) =>
      `Isto apaga ${entrevistas(interviews)}, os seus lembretes e o correio original guardado para elas:`,
    ask: "Para apagar, responda a este e-mail com «sim». Caso contrário nada é apagado; este pedido expira em 24 horas.",
    nothingSubject: "Nada foi apagado",
    nothing: "Os seus dados não mudaram.",
    deletedSubject: (interviews: number) => `Apagado: ${entrevistas(interviews)}`,
    deleted: (target: string | null, interviews: number) =>
      `${target === null ? "Tudo foi apagado" : `A sua candidatura na ${target} foi apagada`}: ${entrevistas(interviews)}, os seus lembretes e o seu correio original.`,
    noMatchSubject: (target: string) => `Nada corresponde a «${target}»`,
    noMatch: (target: string) =>
      `Nenhuma entrevista corresponde a «${target}». Escreva a empresa como aparece nas suas confirmações, ou «esquece tudo».`,
  },
  heldAnswers: {
    subject: (answers: number) =>
      `${count("pt", answers, { one: "# resposta às suas mensagens", other: "# respostas às suas mensagens" })}, retidas pelos limites de envio`,
    intro: (answers: number) =>
      `Estavam previstos mais e-mails do que os limites de envio permitem (o seu limite por hora ou o limite diário da conta), por isso retive ${count("pt", answers, { one: "esta resposta", other: "estas # respostas" })} até agora:`,
  },
  draftBox: {
    textTop: "----- Rascunho (copiar, editar, enviar) -----",
    subject: "Assunto",
    htmlTop: "Rascunho — copiar, editar, enviar. O destinatário fica vazio de propósito.",
    open: "Abrir este rascunho na sua aplicação de e-mail",
    colon: ":",
  },
} satisfies Catalogue;
