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
  "horário de portugal": "Europe/Lisbon",
  "hora de portugal continental": "Europe/Lisbon",
  "horário de portugal continental": "Europe/Lisbon",
  "hora de angola": "Africa/Luanda",
  "horário de angola": "Africa/Luanda",
  "hora de moçambique": "Africa/Maputo",
  "horário de moçambique": "Africa/Maputo",
  "horário de londres": "Europe/London",
  "hora de londres": "Europe/London",
  // "às 14h de Lisboa (10h em Brasília)": a city's name after the hour is its time.
  "de lisboa": "Europe/Lisbon",
  "em lisboa": "Europe/Lisbon",
  "de brasília": "America/Sao_Paulo",
  "em brasília": "America/Sao_Paulo",
  "de são paulo": "America/Sao_Paulo",
  "em são paulo": "America/Sao_Paulo",
};
