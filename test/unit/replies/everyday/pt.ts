import type { EverydayTable } from "./types";

export const PT: EverydayTable = {
  reportedDates: [
    ["a juliana disse retorno até meados de dezembro", "decision-date", "2026-12-15"],
    ["o recrutador falou que decidem dia 4", "decision-date", "2026-12-04"],
    ["o pedro disse que me dão resposta em 10 dias", "decision-date", "2026-12-05"],
    ["eles decidem no início de dezembro", "decision-date", "2026-12-01"],
    ["a ana falou que até o fim do mês eu tenho resposta", "decision-date", "2026-11-30"],
    ["a carla vai me dar um retorno na segunda", "decision-date", "2026-11-30"],
  ],
  indirectOutcomes: [
    ["a renata disse que não, infelizmente", "rejected?"],
    ["chegou o não ontem", "rejected", "2026-11-24"],
    ["recebi o retorno: não vão seguir com meu processo", "rejected"],
    ["decidi não continuar com a acme, já avisei eles", "withdrawn"],
    ["desisti, cancelei a entrevista", "withdrawn"],
    ["o rh falou que é um não", "rejected"],
  ],
  everydayCommands: [
    ["q q eu posso te falar aqui kkk", "help"],
    ["o que dá pra te pedir?", "help"],
    ["quais candidaturas ainda estão abertas?", "status"],
    ["como tão meus processos", "status"],
    ["apaga a globex, nunca me candidatei lá, é spam", "forget"],
    ["deixa até 14 de dezembro", "snooze", "2026-12-14T09:00:00+01:00"],
    ["espera até 7 de janeiro, no fim de ano tudo para", "snooze", "2027-01-07T09:00:00+01:00"],
  ],
  roundsAndSteps: [
    ["querem me ver de novo quinta 3/12 às 10h", "next-round", "2026-12-03T10:00:00+01:00"],
    ["me ligaram de volta! sexta às 15h com a diretora", "next-round", "2026-11-27T15:00:00+01:00"],
    ["liguei pra bia hoje de manhã, deixei recado", "followed-up", "2026-11-25"],
    ["liguei na empresa, eles vão me retornar", "followed-up"],
    ["o marcos me ligou, nada decidido ainda mas gostaram de mim", "heard-back"],
    ["valeu, show", "unknown", null, "prep"],
    ["o rafa me chamou pra almoçar amanhã", "unknown"],
    ["segunda entrevista na segunda que vem 14h30!", "next-round", "2026-11-30T14:30:00+01:00"],
    ["é 15h30 não 15h, e é dia 9", "correct"],
  ],
  gaps: [],
};
