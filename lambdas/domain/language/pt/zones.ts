import type { ZoneWords } from "../invite-lexicon";

/** Portuguese zone words ("horário de Brasília", "hora de Lisboa"). */
export const PT_ZONES: ZoneWords = {
  "horário de brasília": "America/Sao_Paulo",
  "horario de brasilia": "America/Sao_Paulo",
  "hora de brasília": "America/Sao_Paulo",
  "horário oficial de brasília": "America/Sao_Paulo",
  "horário de são paulo": "America/Sao_Paulo",
  "hora de lisboa": "Europe/Lisbon",
  "horário de lisboa": "Europe/Lisbon",
  "hora de portugal": "Europe/Lisbon",
  "hora portuguesa": "Europe/Lisbon",
};
