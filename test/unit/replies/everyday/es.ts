import type { EverydayTable } from "./types";

export const ES: EverydayTable = {
  reportedDates: [
    ["lucía dijo feedback para mediados de diciembre", "decision-date", "2026-12-15"],
    ["andrés dice que me contestan el 4 de diciembre", "decision-date", "2026-12-04"],
    ["marta me dijo respuesta en 10 días", "decision-date", "2026-12-05"],
    ["deciden a principios de diciembre", "decision-date", "2026-12-01"],
    ["la reclutadora dice que antes de fin de mes me dicen algo", "decision-date", "2026-11-30"],
    ["pablo comentó que me avisan el lunes", "decision-date", "2026-11-30"],
  ],
  indirectOutcomes: [
    ["carmen dijo que no, una pena", "rejected?"],
    ["me llegó el no ayer", "rejected", "2026-11-24"],
    ["ya tengo respuesta: no siguen adelante con mi candidatura", "rejected"],
    ["al final me bajo del proceso, ya les avisé", "withdrawn"],
    ["me retiro, cancelé la entrevista de mañana", "withdrawn"],
    ["la de rrhh me dijo que es un no", "rejected"],
  ],
  everydayCommands: [
    ["qué te puedo escribir jaja", "help"],
    ["q cosas te puedo mandar?", "help"],
    ["qué procesos tengo abiertos?", "status"],
    ["cómo van mis candidaturas", "status"],
    ["borra globex, nunca apliqué ahí, es spam", "forget"],
    ["déjalo hasta el 14 de diciembre", "snooze", "2026-12-14T09:00:00+01:00"],
    ["espera al 7 de enero, con las fiestas todo va lento", "snooze", "2027-01-07T09:00:00+01:00"],
  ],
  roundsAndSteps: [
    ["quieren volver a verme el jueves 3/12 a las 10", "next-round", "2026-12-03T10:00:00+01:00"],
    ["me llamaron otra vez! viernes a las 15 con la directora", "next-round", "2026-11-27T15:00:00+01:00"],
    ["llamé a laura esta mañana, le dejé un mensaje de voz", "followed-up", "2026-11-25"],
    ["llamé a la empresa, me devuelven la llamada", "followed-up"],
    ["me llamó sergio, nada decidido aún pero les gusté", "heard-back"],
    ["genial gracias", "unknown", null, "prep"],
    ["segunda entrevista el lunes 14:30!", "next-round", "2026-11-30T14:30:00+01:00"],
    ["es a las 15:30 no a las 15, y es el 9", "correct"],
  ],
  gaps: [],
};
