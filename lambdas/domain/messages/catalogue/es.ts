/** Español: tuteo con quien usa el producto (las cartas a las empresas van de usted); ¿…? y ¡…! */
import type { Catalogue } from "./en";
import { count } from "./intl";

const con = (company: string | null) => (company ? ` con ${company}` : "");
const en = (company: string | null) => (company ? ` en ${company}` : "");
const entrevistas = (n: number) => count("es", n, { one: "# entrevista", other: "# entrevistas" });

export const ES = {
  facts: {
    company: "Empresa",
    role: "Puesto",
    when: "Cuándo",
    round: "Ronda",
    with: "Con",
    where: "Dónde",
    join: "Unirse",
    sendTo: "Enviar a",
  },
  notKnownYet: "aún no se sabe",
  interview: "Entrevista",
  kinds: {
    prep: "Prepárate: pregunta cuándo decidirán",
    thankYou: "Envía tu agradecimiento",
    followUp: (number: number) => (number === 1 ? "Haz un seguimiento" : `Haz el seguimiento ${number}`),
    moveOn: "Es hora de pasar página",
  },
  plan: {
    nothing: "No hay nada programado para esta entrevista.",
    item: (label: string, when: string) => `${label} — ${when}`,
    timesAre: (zone: string) => `Zona horaria: ${zone}.`,
    whatNext: "Lo que viene:",
    nothingMore: "No queda nada programado para esta entrevista.",
    heading: "El plan:",
  },
  replyCommands: [
    "enviado — enviaste el agradecimiento",
    "me avisan el viernes — cuándo decidirán",
    "di seguimiento (hoy / el martes) — enviaste un seguimiento",
    "me respondieron — contestaron; se acaban los seguimientos",
    "segunda entrevista el 3 de dic. a las 14:00 — una nueva ronda de la misma candidatura",
    "oferta / rechazado / me retiro — cerrar esta candidatura",
    "deshacer (o reabrir) — anular tu última respuesta",
    "recuérdame en 3 días / recuérdame el lunes — aplazar el aviso al que respondes",
    "la fecha es el 24 de nov. a las 10:30 / empresa … / puesto … — corregir lo que leí",
    "estado — todo lo pendiente; exportar — tus datos en CSV e .ics; ayuda — esta lista",
  ],
  undoHint: "¿No es correcto? Responde «deshacer» y todo vuelve a estar como antes.",
  confirmation: {
    subject: (company: string | null, role: string | null) =>
      `Anotado: entrevista${con(company)}${role ? ` (${role})` : ""} — aquí tienes tu plan`,
    alreadySubject: (company: string | null, role: string | null) =>
      `Ya estaba planificada: entrevista${con(company)}${role ? ` (${role})` : ""} — aquí tienes tu plan`,
    updatedSubject: (company: string | null) =>
      `Actualizado: tu entrevista${con(company)} ha cambiado — nuevo plan`,
    heading: "Tu entrevista está guardada",
    updatedHeading: "Tu entrevista cambió; el plan se ha ajustado",
    guessesIntro: "Lo que tuve que suponer — compruébalo:",
    guessesFix:
      "¿Algo está mal? Responde con la corrección, p. ej. «la fecha es el 24 de nov. a las 10:30», «empresa Lumen Freight», «puesto Staff Frontend Engineer».",
    steps: "En cada paso recibirás un correo con un borrador listo:",
    replyHint: (commands: string) =>
      `Responde a cualquiera de estos correos con tus palabras para anotar lo que pasó:\n${commands}`,
    proposeLanguage: (language: string, command: string) =>
      `Esta invitación está escrita en ${language}. Para recibir estos correos también en ${language}, responde «${command}».`,
    prepSkipped: "Sin aviso de preparación: la entrevista ya empezó.",
    thankYouSkipped:
      "Sin aviso de agradecimiento: la entrevista terminó hace más de un día. Si aún no les has dado las gracias, un mensaje breve hoy todavía ayuda.",
  },
  corrected: {
    subject: (change: string, company: string | null) => `Corregido: ${change}${en(company)}`,
    intro: (change: string) => `Corregido: ${change}. Esto es lo que tengo ahora:`,
  },
  needsDate: {
    subject: "No encontré la fecha de la entrevista — responde con ella",
    heading: "No encontré cuándo es la entrevista",
    where: (subject: string | null, reason: string) => `En «${subject ?? "tu reenvío"}»: ${reason}.`,
    ask: "Responde a este correo con la fecha y la hora, p. ej. «3 de dic. a las 14:00», o reenvía la invitación del calendario. No se ha perdido nada: tu mensaje está guardado.",
    stillSubject: "Todavía necesito la fecha de la entrevista",
    stillNoDate: (written: string, subject: string | null) =>
      `No encontré ninguna fecha en «${written}»${subject ? ` para «${subject}»` : ""}.`,
    stillAsk: "Responde con el día y la hora, p. ej. «3 de dic. a las 14:00» o «martes 10:30».",
  },
  notAnInterview: {
    subject: "Eso no parecía una invitación a una entrevista",
    heading: "No se programó nada",
    where: (subject: string | null, reason: string) => `En «${subject ?? "tu mensaje"}»: ${reason}.`,
    ask: "Reenvía una invitación a una entrevista (la invitación del calendario o el correo de confirmación) y planificaré tus seguimientos.",
    commands: (commands: string) => `También puedes escribir uno de estos:\n${commands}`,
  },
  cancelled: {
    subject: (company: string | null) => `Cancelada: entrevista${con(company)} — avisos detenidos`,
    heading: "La entrevista se canceló",
    text: "Todos sus avisos están cancelados. Si la reprograman, reenvía la nueva invitación.",
  },
  prompts: {
    prepSubject: (company: string | null) => `Entrevista${con(company)} pronto: pregunta cuándo decidirán`,
    prepHeading: "Antes de entrar",
    prepAsk: "Antes de irte, pregunta: «¿Cuándo esperan tomar una decisión y cuáles son los próximos pasos?»",
    prepAskOnCall:
      "Antes de que termine la llamada, pregunta: «¿Cuándo esperan tomar una decisión y cuáles son los próximos pasos?»",
    prepNames: (names: readonly string[]) =>
      `Anota el nombre de cada entrevistador (hasta ahora: ${names.join(", ")}).`,
    prepNoNames: "Anota el nombre y el correo de cada entrevistador.",
    prepAfter: "Después, responde con lo que dijeron, p. ej. «me avisan el viernes».",
    joinMeeting: "Unirse a la reunión",
    thankYouSubject: (company: string | null) =>
      company ? `Envía hoy tu agradecimiento a ${company}` : "Envía hoy tu agradecimiento",
    thankYouHeading: "Un agradecimiento breve, en 24 horas",
    thankYouText:
      "Aquí tienes un borrador. Añade una frase sobre algo de lo que hablasteis, léelo dos veces y envíalo.",
    moveOnSubject: (company: string | null) =>
      `Sin respuesta${company ? ` de ${company}` : ""}: es hora de seguir adelante`,
    moveOnHeading: "Es hora de seguir adelante",
    moveOnText:
      "Hiciste seguimiento y les diste tiempo. El silencio rara vez es personal: buscar trabajo es, en parte, una cuestión de estadística. Deja la puerta abierta con un mensaje amable y sigue enviando candidaturas.",
    moveOnTextNoFollowUp:
      "Les diste tiempo. El silencio rara vez es personal: buscar trabajo es, en parte, una cuestión de estadística. Deja la puerta abierta con un mensaje amable y sigue enviando candidaturas.",
    moveOnQuestions: [
      "¿Qué salió bien en este proceso y te gustaría repetir?",
      "¿Qué pregunta responderías de otra forma la próxima vez?",
      "¿Qué dos candidaturas enviarás esta semana?",
    ],
    followUpSubject: (company: string | null, number: number) =>
      `Haz hoy el seguimiento${company ? ` con ${company}` : ""}${number > 1 ? ` (seguimiento ${number})` : ""}`,
    followUpHeading: "Es momento de hacer un seguimiento cortés",
    followUpAgainHeading: "Un nuevo seguimiento, con amabilidad",
    followUpText:
      "Por correo, no por teléfono. Breve y amable; el borrador deja el destinatario vacío para que nada se envíe por error.",
    logThankYou: "Responde «enviado» cuando lo hayas enviado.",
    logFollowUp: "Responde «di seguimiento» cuando lo hayas enviado, o «me respondieron» si contestaron.",
    logPrep: "Responde con cuándo decidirán, p. ej. «me avisan el viernes».",
    logMoveOn: "Responde «me retiro» para cerrarla, o «me respondieron» si al final contestaron.",
    snoozeHint: (log: string) => `${log} ¿Ahora no? «recuérdame en 3 días» o «recuérdame el lunes».`,
    reminderTitle: (company: string | null) => `Enviar el seguimiento${company ? ` a ${company}` : ""}`,
  },
  replies: {
    ackSubject: (change: string) => `Anotado: ${change}`,
    ack: (change: string) => `Anotado: ${change}.`,
    nextRoundSubject: (company: string | null, when: string) =>
      `Siguiente ronda${en(company)}: ${when} — aquí tienes su plan`,
    nextRoundNoDateSubject: (company: string | null) => `Anotado: una siguiente ronda${en(company)}`,
    nextRoundWellDone:
      "¡Enhorabuena por pasar a la siguiente ronda! Los seguimientos de la ronda anterior se detienen.",
    nextRoundAskDate:
      "Cuando sepas la fecha, responde con ella, p. ej. «segunda entrevista el 3 de dic. a las 14:00», o reenvía la invitación, y la planificaré.",
    nextRoundHeading: "A por la siguiente ronda",
    nextRoundText: "Los seguimientos de la ronda anterior se detienen. La nueva ronda:",
    nextRoundPlan: "Su plan:",
    nextRoundInvite: (undo: string) =>
      `Si envían una invitación de calendario, reenvíala también: actualizaré la hora. ${undo}`,
    snoozedSubject: (label: string, when: string | null) =>
      when ? `Aplazado: ${label} — ${when}` : `Aplazado: ${label}`,
    snoozedHeading: "Aplazado",
    snoozedMoved: (label: string, when: string, note: string | null) =>
      `«${label}» pasa al ${when}.${note ? ` ${note}` : ""}`,
    snoozedDropped: (label: string, note: string | null) =>
      `«${label}» no se enviará: ${note ?? "llegaría demasiado tarde"}.`,
    snoozedOnlyLater: "Aplazar solo retrasa un aviso; los demás mantienen su hora.",
    offerSubject: (company: string | null) => `¡Enhorabuena por la oferta${company ? ` de ${company}` : ""}!`,
    offerHeading: "¡Enhorabuena!",
    offerText: (company: string | null) =>
      `¡Bien hecho${company ? `: tienes una oferta de ${company}` : ""}! Todos sus avisos están cancelados.`,
    offerAdvice:
      "Tómate el tiempo que necesites para leer la oferta; es normal pedir unos días para decidir.",
    rejectedSubject: (company: string | null) =>
      `Qué pena lo de ${company ?? "esta candidatura"} — un mensaje para pedir su valoración y próximos pasos`,
    rejectedHeading: "Es una noticia dura",
    rejectedText:
      "Rara vez es algo personal: buscar trabajo es, en parte, una cuestión de estadística. Sus avisos están cancelados. Si quieres, pide su valoración con el mensaje de abajo.",
    rejectedQuestions: [
      "¿Qué salió bien y te gustaría repetir?",
      "¿Qué prepararías de otra forma la próxima vez?",
      "¿Qué candidaturas enviarás esta semana?",
    ],
    withdrawn: "Candidatura retirada. Todos sus avisos están cancelados.",
    declined:
      "Rechazaste su oferta: la candidatura está cerrada y todos sus avisos cancelados. Decir que no con amabilidad deja la puerta abierta.",
    heardBack: "Contestaron, así que los seguimientos se detienen.",
    closedSubject: (what: "withdrawn" | "heard back" | "declined", company: string | null) =>
      `Anotado: ${what === "declined" ? "oferta rechazada" : what === "withdrawn" ? "candidatura retirada" : "te respondieron"}${en(company)}`,
    reopenedSubject: (change: string, company: string | null) => `Reabierta: ${change}${en(company)}`,
    undoneSubject: (change: string, company: string | null) => `Deshecho: ${change}${en(company)}`,
    reopened: (change: string, company: string | null) =>
      `${company ? `Tu candidatura en ${company} está reabierta` : "Candidatura reabierta"} («${change}» queda anulado). El plan vuelve a estar en marcha:`,
    undone: (change: string) => `Deshecho: ${change}. El plan está como antes:`,
    nothingToUndoSubject: (company: string | null) => `Nada que deshacer${en(company)}`,
    nothingToUndo: "No hay ninguna respuesta tuya anterior sobre esta entrevista que deshacer; nada cambió.",
    outcomes: {
      offer: "recibiste una oferta",
      rejected: "dijeron que no",
      withdrawn: "te retiraste",
      cancelled: "la entrevista se canceló",
      "heard-back": "contestaron",
    },
    closedAppSubject: (company: string | null) =>
      company ? `Tu candidatura en ${company} está cerrada` : "Esta candidatura está cerrada",
    closedApp: (company: string | null, why: string | null) =>
      `Esta candidatura${en(company)} está cerrada${why ? ` (${why})` : ""}; esa respuesta no cambió nada.`,
    reopenHint: "Responde «reabrir» para abrirla de nuevo; sus avisos vuelven.",
    unknownSubject: "Esa entrevista ya no está aquí",
    unknown:
      "La entrevista de este correo se eliminó, así que nada cambió. Reenvía la invitación para empezar de nuevo.",
  },
  changes: {
    thankYouSent: "agradecimiento enviado",
    decisionBy: (day: string) => `decidirán antes del ${day}`,
    followUpSentOn: (day: string) => `seguimiento enviado el ${day}`,
    heardBack: "contestaron; se acaban los seguimientos",
    offer: "oferta",
    rejected: "rechazado",
    withdrawn: "candidatura retirada",
    offerDeclined: "oferta rechazada",
    snoozed: (prompt: string) => `${prompt} pospuesto`,
    nothingToSnooze: "no hay nada pendiente que posponer",
    snoozeAlreadyLater: "Ya estaba previsto para entonces, más tarde de lo que pediste; no cambió nada.",
    snoozeAfterStart: "llegaría después de que empiece la entrevista",
    snoozeFollowUpDay:
      "Los seguimientos salen en días hábiles y nunca en lunes, así que es el primer día que lo permite.",
    snoozeBusinessDay: "Es el primer día hábil a partir de entonces.",
    snoozeQuietHours:
      "Es el primer momento fuera de tus horas de silencio y después de los avisos previstos antes.",
    interviewIs: (when: string) => `la entrevista es ${when}`,
    companyIs: (company: string) => `la empresa es ${company}`,
    roleIs: (role: string) => `el puesto es ${role}`,
    interviewersAdded: (names: string | null, added: number) =>
      names === null
        ? "no se añadió a nadie nuevo como entrevistador"
        : `${names} ${added === 1 ? "añadido como entrevistador" : "añadidos como entrevistadores"}`,
    nothingCalled: (written: string) => `nada aquí se llama «${written}», así que nada cambió`,
    removed: (what: string) => `eliminado: ${what}`,
    theCompany: (company: string) => `la empresa «${company}»`,
    theRole: (role: string) => `el puesto «${role}»`,
    replyWithDate: (change: string) => `${change}; ahora responde con la fecha y la hora`,
    nextRound: "siguiente ronda",
    reopened: "reabierto",
    movedOn: "candidatura cerrada sin respuesta",
    undone: (change: string) => `${change} deshecho`,
    stillWaiting: (said: string) =>
      `${said}; este reenvío sigue esperando su fecha: responde con la fecha y la hora`,
    yourLastReply: "tu última respuesta",
    nothingToUndo: "no hay nada que deshacer ni reabrir",
    theCancellation: "la cancelación",
    theClosing: "el cierre",
    quoted: (change: string) => `«${change}»`,
    yourReply: "tu respuesta",
    notAnEmail: "el mensaje no se pudo leer como correo; reenvía la invitación otra vez",
    tooLarge: (megabytes: number, limit: number) =>
      `el mensaje ocupa ${megabytes} MB, más de los ${limit} MB que leo; reenvía solo la invitación, sin adjuntos`,
    notAnInvitation: "no parece una invitación",
    noDate: "no se encontró la fecha ni la hora de la entrevista",
    tooManyInterviewers: (max: number) =>
      `una ronda admite como máximo ${max} entrevistadores, así que no se añadió a nadie; responde «remove …» para hacer sitio`,
    tooManyRounds: (max: number) =>
      `una candidatura admite como máximo ${max} rondas, así que no se añadió ninguna nueva; en su lugar, reenvía su invitación`,
  },
  confirmClosing: {
    subject: (company: string | null, withdrawn: boolean) =>
      withdrawn
        ? "¿Retiraste tu candidatura? Responde «sí» para cerrarla"
        : `¿Respondió ${company ?? "la empresa"}? Responde «sí» para cerrarla`,
    offer: (company: string | null) =>
      `Parece que ${company ?? "la empresa"} te hizo una oferta: responde «sí» y la cierro; todavía no cambió nada.`,
    rejected: (company: string | null) =>
      `Parece que ${company ?? "la empresa"} te descartó: responde «sí» y la cierro; todavía no cambió nada.`,
    withdrawn: (company: string | null) =>
      `Parece que retiraste tu candidatura en ${company ?? "la empresa"}: responde «sí» y la cierro; todavía no cambió nada.`,
  },
  calendar: {
    title: (name: string, round: number, state: string) => `${name} (ronda ${round}, ${state})`,
    states: {
      active: "abierta",
      closed: "cerrada",
      cancelled: "cancelada",
      offer: "oferta",
      rejected: "rechazada",
      withdrawn: "retirada",
      "heard-back": "respondida",
    },
    with: (names: string) => `Con ${names}`,
    join: (url: string) => `Unirse: ${url}`,
  },
  help: {
    subject: "Cómo usar interview follow-up",
    notUnderstoodSubject: "Lo siento, no entendí esa respuesta",
    notUnderstood: (written: string, didYouMean: string | null) =>
      `No entendí «${written}», así que nada cambió.${didYouMean ? ` ${didYouMean}` : ""}`,
    empty: (didYouMean: string | null) =>
      `Tu respuesta parecía vacía (solo una cita o una firma), así que nada cambió.${didYouMean ? ` ${didYouMean}` : ""}`,
    didYouMean: (choices: string) => `¿Quisiste decir ${choices}?`,
    quote: (command: string) => `«${command}»`,
    intro: "Responde a cualquier aviso con uno de estos:",
    languages: (written: string, understood: string, command: string) =>
      `Tu respuesta parece estar en ${written}; leo respuestas en ${understood}. Para escribirme en ${written}, responde primero «${command}».`,
  },
  status: {
    nothingSubject: "Estado: nada pendiente",
    nothing: "No hay entrevistas abiertas. Reenvía una invitación para empezar.",
    subject: "Estado: lo pendiente",
    heading: (open: number) =>
      count("es", open, { one: "# entrevista abierta", other: "# entrevistas abiertas" }),
    line: (name: string, role: string | null, round: number, when: string | null) =>
      `${name}${role ? ` (${role})` : ""}${round > 1 ? `, ronda ${round}` : ""}${when ? ` — ${when}` : ""}`,
  },
  tone: {
    calmSubject: "Revisión del tono: tranquilo y claro",
    calm: "Tu borrador suena tranquilo y amable. Léelo una vez más y envíalo.",
    subject: (findings: number) =>
      `Revisión del tono: ${count("es", findings, { one: "# cosa", other: "# cosas" })} que suavizar`,
    intro: "Algunas frases pueden sonar insistentes. Sugerencias:",
    finding: (excerpt: string, rule: string, suggestion: string) => `«${excerpt}» (${rule}): ${suggestion}`,
    rules: {
      pressing: "insistente",
      demanding: "exigente",
      accusatory: "acusador",
      urgency: "urgencia",
      desperation: "desesperación",
      shouting: "mayúsculas",
      exclamations: "exclamaciones",
    },
  },
  export: {
    subject: "Tus datos de entrevistas (CSV y calendario)",
    text: (interviews: number) =>
      `Adjunto: ${entrevistas(interviews)} como hoja de cálculo (CSV) y como archivo de calendario (.ics).`,
  },
  digest: {
    subject: (open: number) =>
      `Tu semana: ${count("es", open, { one: "# entrevista abierta", other: "# entrevistas abiertas" })} — sigue enviando candidaturas`,
    heading: "Tu búsqueda de empleo esta semana",
    interviewsThisWeek: "Entrevistas esta semana",
    answers: "Respuestas tras entrevistas",
    answerRate: (rate: number, answered: number, applications: number) =>
      `${rate} % (${answered} de ${applications})`,
    noneHeld: "ninguna todavía",
    medianDays: "Días (mediana) hasta la respuesta",
    openIntro: "Abiertas, con el siguiente paso:",
    name: (name: string, round: number) => (round > 1 ? `${name} (ronda ${round})` : name),
    next: (name: string, step: string) => `${name}: ${step}`,
    waiting: (name: string) => `${name}: esperando su respuesta`,
    keepApplying: "No dependas de una sola entrevista: envía algunas candidaturas nuevas esta semana.",
  },
  welcome: {
    subject: "Te damos la bienvenida a interview follow-up — responde para confirmar tu dirección",
    heading: "¡Te damos la bienvenida!",
    what: "Reenvía a esta dirección tus invitaciones a entrevistas y recibirás, en el momento justo, un correo con un borrador listo: prepararte, dar las gracias, hacer seguimiento y pasar página. Responde con tus palabras para anotar lo que pasó.",
    confirm:
      "Para empezar, responde a este correo (cualquier texto vale). Así se comprueba que esta dirección recibe correo. Hasta entonces no se guarda nada de lo que envíes.",
    expires: "Esta confirmación caduca en 7 días. Después, reenvía de nuevo tu invitación.",
    confirmedSubject: "Todo listo — reenvía tu primera invitación",
    confirmed:
      "Tu dirección está confirmada. Reenvía una invitación a una entrevista (otra vez, si ya enviaste una) y llegará tu plan.",
    settingsHint:
      "Responde «ajustes» para ver tu zona horaria, festivos, hora de los avisos y horas de silencio.",
  },
  settings: {
    unchangedSubject: "Ajustes sin cambios",
    changedSubject: (change: string) => `Ajustes: ${change}`,
    subject: "Tus ajustes",
    problem: (problem: string) => `No cambió nada: ${problem}.`,
    changed: (change: string) => `Cambiado: ${change}. Los avisos pendientes siguen los nuevos ajustes.`,
    hint: "Cámbialos respondiendo: «timezone Europe/Madrid», «country ES», «send at 8:30», «quiet 22-7», «digest off», «idioma español».",
    /** The word a language setting begins with ("Sprache Deutsch"). */
    languageKeyword: "idioma",
    summaries: {
      timeZone: (zone: string) => `zona horaria ${zone}`,
      holidays: (country: string) => `festivos de ${country}`,
      promptsAt: (time: string) => `avisos a las ${time}`,
      quiet: (start: string, end: string) => `silencio de ${start} a ${end}`,
      digest: (on: boolean) => `resumen semanal ${on ? "activado" : "desactivado"}`,
      language: (name: string) => `idioma ${name}`,
    },
    problems: {
      zoneSuggestion: (written: string, suggestion: string) =>
        `«${written}» no es un nombre de zona horaria; ¿quisiste decir ${suggestion}?`,
      notZone: (written: string) =>
        `«${written}» no es un nombre de zona horaria como Europe/Madrid o America/Chicago`,
      notTime: (written: string) => `«${written}» no es una hora del día como 8:30`,
      notRange: (written: string) => `«${written}» no es un intervalo de horas como 22-7`,
      notLanguage: (written: string, languages: string) =>
        `«${written}» no es un idioma en el que escriba; escribo ${languages}`,
    },
    lines: {
      timeZone: (zone: string | null) => `Zona horaria: ${zone ?? "la de la entrevista"}`,
      holidays: (country: string) => `Festivos: ${country}`,
      promptsAt: (time: string) => `Avisos a las: ${time}`,
      quietHours: (start: string, end: string) => `Horas de silencio: ${start}–${end}`,
      digest: (on: boolean) => `Resumen semanal: ${on ? "activado" : "desactivado"}`,
      language: (name: string) => `Idioma: ${name}`,
    },
  },
  forget: {
    item: (name: string, round: number) => `${name}, ronda ${round}`,
    subject: (target: string | null) =>
      `Confirma: ¿borrar ${target === null ? "todo" : `tu candidatura en ${target}`}?`,
    intro: (interviews: number) =>
      `Esto borra ${entrevistas(interviews)}, sus avisos y el correo original guardado para ellas:`,
    ask: "Para borrar, responde a este correo con «sí». Si no, no se borra nada; esta solicitud caduca en 24 horas.",
    nothingSubject: "No se borró nada",
    nothing: "Tus datos no han cambiado.",
    deletedSubject: (interviews: number) => `Borrado: ${entrevistas(interviews)}`,
    deleted: (target: string | null, interviews: number) =>
      `${target === null ? "Todo está borrado" : `Tu candidatura en ${target} está borrada`}: ${entrevistas(interviews)}, sus avisos y su correo original.`,
    noMatchSubject: (target: string) => `Nada coincide con «${target}»`,
    noMatch: (target: string) =>
      `Ninguna entrevista coincide con «${target}». Escribe la empresa como aparece en tus confirmaciones, o «olvida todo».`,
  },
  heldAnswers: {
    subject: (answers: number) =>
      `${count("es", answers, { one: "# respuesta a tus mensajes", other: "# respuestas a tus mensajes" })}, retenidas por los límites de envío`,
    intro: (answers: number) =>
      `Tocaban más correos de los que permiten los límites de envío (tu límite por hora o el diario de la cuenta), así que retuve ${count("es", answers, { one: "esta respuesta", other: "estas # respuestas" })} hasta ahora:`,
  },
  draftBox: {
    textTop: "----- Borrador (copiar, editar, enviar) -----",
    subject: "Asunto",
    htmlTop: "Borrador — copiar, editar, enviar. El destinatario se deja vacío a propósito.",
    open: "Abrir este borrador en tu aplicación de correo",
    colon: ":",
  },
} satisfies Catalogue;
