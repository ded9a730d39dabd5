import type { OutcomeTable } from "./types";

export const PT: OutcomeTable = {
  company: "Tucano",
  closings: [
    // Second batch, written after the build and read once as written.
    ["me cortaram na dinâmica", "rejected"],
    ["preferiram outro candidato", "rejected"],
    ["acabei de receber a proposta", "offer"],
    ["desisti da vaga", "withdrawn"],
    ["recebi a proposta", "offer"],
    ["a tucano me mandou o contrato", "offer"],
    ["me reprovaram", "rejected"],
    ["fui reprovado na última fase", "rejected"],
    ["escolheram outra pessoa", "rejected"],
    ["ficaram com um candidato interno", "rejected"],
    ["chegou o e-mail de recusa", "rejected"],
    ["recebi o não da tucano", "rejected"],
    ["disseram-me que não", "rejected"],
    ["recusei a proposta deles", "withdrawn"],
    ["desisti do processo", "withdrawn"],
    ["cancelei a entrevista, já não preciso", "withdrawn"],
    ["tucano: não rolou", "rejected?"],
  ],
  traps: [
    "se e verdade que me recusaram, ninguem me avisou",
    "meu colega recebeu a recusa",
    "se chegar o contrato eu assino",
    "recusei o jantar com a equipe",
    "meu amigo recebeu uma proposta deles",
    "recusei o convite pra feira de emprego",
    "ainda não recebi nem o não",
    "só decidem depois do dia 18",
    "o banco negou meu empréstimo",
    "meu chefe fez uma contraproposta",
    "será que me reprovaram?",
    "se me reprovarem vou tentar outra",
    "tenho medo que escolham outra pessoa",
    "recusei o salário que propuseram, esperando a contraproposta",
    "ainda não chegou o contrato",
    "tomara que mandem a proposta",
  ],
};

/** Written before the build and held back from it: phrasings no row was made for, read at the end. */
export const PT_PROBE: Pick<OutcomeTable, "closings" | "traps"> = {
  closings: [
    ["a tucano recusou minha candidatura", "rejected"],
    ["contrataram outra pessoa", "rejected"],
    ["recebi a recusa da tucano", "rejected"],
    ["me fizeram uma proposta", "offer"],
    ["chegou o contrato", "offer"],
    ["retirei minha candidatura", "withdrawn"],
    ["recusei a oferta deles", "withdrawn"],
    ["cancelei a segunda entrevista, arrumei outro emprego", "withdrawn"],
    ["a vaga foi preenchida internamente", "rejected"],
    ["não me escolheram", "rejected"],
  ],
  traps: [
    "minha irmã foi reprovada na tucano",
    "recusaram meu reembolso",
    "é recusa se não respondem?",
    "talvez contratem outra pessoa",
    "recusei o almoço com a equipe",
    "o contrato ainda não chegou",
    "se chegar a recusa te aviso",
    "meu amigo recusou a proposta deles",
  ],
};
