import type { OutcomeTable } from "./types";

export const ES: OutcomeTable = {
  company: "Albacar",
  closings: [
    ["albacar me descartó", "rejected"],
    ["me bocharon", "rejected"],
    ["no quedé", "rejected"],
    ["eligieron a otra persona", "rejected"],
    ["se decidieron por alguien de adentro", "rejected"],
    ["ya me llegó el correo de rechazo", "rejected"],
    ["me dieron el no", "rejected"],
    ["me mandaron el contrato", "offer"],
    ["me llegó la oferta!!", "offer"],
    ["rechacé la oferta de albacar", "withdrawn"],
    ["cancelé la entrevista, ya no me interesa", "withdrawn"],
    ["me bajé del proceso", "withdrawn"],
    ["me salí del proceso de albacar", "withdrawn"],
    ["les dije que no a albacar, me quedo donde estoy", "withdrawn"],
    ["albacar: que no. una lástima", "rejected?"],
    ["pues nada, no se dio", "rejected?"],
  ],
  traps: [
    "a mi primo le hicieron una oferta ahí",
    "rechacé la invitación a la feria de empleo",
    "todavía no me rechazan ni nada",
    "no deciden nada hasta el 18",
    "me rechazaron el depa",
    "el banco me rechazó el préstamo",
    "mi jefe me hizo una contraoferta",
    "¿me habrán descartado?",
    "si me descartan aplico a otra",
    "tengo miedo de que elijan a otro",
    "les dije que no al sueldo que propusieron, espero su contraoferta",
    "todavía no me llegó el contrato",
    "ojalá me manden la oferta",
  ],
};

/** Written before the build and held back from it: phrasings no row was made for, read at the end. */
export const ES_PROBE: Pick<OutcomeTable, "closings" | "traps"> = {
  closings: [
    ["albacar rechazó mi postulación", "rejected"],
    ["contrataron a otra persona", "rejected"],
    ["me llegó el rechazo de albacar", "rejected"],
    ["me hicieron una oferta", "offer"],
    ["llegó el contrato", "offer"],
    ["retiré mi postulación", "withdrawn"],
    ["rechacé su propuesta", "withdrawn"],
    ["cancelé la segunda entrevista, ya conseguí otro laburo", "withdrawn"],
    ["el puesto lo cubrieron con alguien interno", "rejected"],
    ["no me eligieron", "rejected"],
  ],
  traps: [
    "a mi hermana la rechazaron en albacar",
    "me rechazaron el reembolso",
    "¿es un rechazo si no contestan?",
    "a lo mejor contratan a otro",
    "rechacé el almuerzo con el equipo",
    "el contrato todavía no llega",
    "si me llega el rechazo te aviso",
    "mi amigo rechazó su oferta",
  ],
};
