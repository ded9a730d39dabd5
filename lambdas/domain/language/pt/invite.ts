import type { InviteLexicon } from "../invite-lexicon";

/** Portuguese: Gmail "Mensagem encaminhada", Outlook "De:/Enviada em:/Para:/Assunto:", Apple Mail. */
export const PT_INVITE: InviteLexicon = {
  lang: "pt",
  markers: ["o", "a", "os", "as", "de", "que", "com", "para", "você", "sua", "seu", "nós", "uma", "em", "e", "não"],
  forward: {
    separators: ["Mensagem encaminhada", "Mensagem original", "Início da mensagem encaminhada:"],
    from: ["De"],
    date: ["Enviada em", "Enviado em", "Data", "Enviada", "Enviado"],
    subject: ["Assunto"],
    to: ["Para", "Cc", "Importância"],
  },
  interviewWords: ["entrevista", "entrevista técnica", "bate-papo", "conversa", "reunião", "videochamada"],
  invitationPhrases: [
    "convidar você",
    "gostaríamos de convidar",
    "te convidamos",
    "convidamos você",
    "está confirmada",
    "foi agendada",
    "agendamos",
  ],
  interviewerLabels: ["com", "entrevistadores", "entrevistador", "participantes"],
  organizerTitles: ["recrutadora", "recrutador", "recursos humanos", "rh", "talent acquisition", "tech recruiter"],
  greetings: ["olá", "oi", "prezada", "prezado", "bom dia", "boa tarde", "cara", "caro"],
  signOffs: ["atenciosamente", "abraços", "abraço", "um abraço", "cumprimentos", "obrigada", "obrigado"],
  companyPrepositions: ["na", "no", "da", "do"],
  decisionPhrases: [
    "daremos um retorno",
    "retorno até",
    "resposta até",
    "entraremos em contato",
    "decisão até",
    "daremos uma resposta",
  ],
  durationCues: ["duração", "dura", "aproximadamente", "cerca de", "reserve"],
  minuteWords: ["minutos", "minuto", "min"],
  hourWords: ["horas", "hora", "h"],
  rejectionPhrases: ["não seguir com", "infelizmente não", "optamos por outro", "não foi selecionado", "não foi selecionada"],
  offerPhrases: ["proposta de emprego", "proposta de trabalho", "carta proposta", "fazer uma proposta"],
  reschedulePhrases: ["remarcar", "reagendar", "mudar a entrevista", "novo horário", "em vez disso"],
};
