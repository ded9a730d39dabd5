/** Italiano: il «tu» con chi usa il prodotto (le lettere alle aziende danno del Lei). */
import type { Catalogue } from "./en";
import { count } from "./intl";

const con = (company: string | null) => (company ? ` con ${company}` : "");
const presso = (company: string | null) => (company ? ` presso ${company}` : "");
const colloqui = (n: number) => count("it", n, { one: "# colloquio", other: "# colloqui" });

export const IT = {
  facts: {
    company: "Azienda",
    role: "Posizione",
    when: "Quando",
    round: "Fase",
    with: "Con",
    where: "Dove",
    join: "Partecipa",
    sendTo: "Da inviare a",
  },
  notKnownYet: "non ancora noto",
  interview: "Colloquio",
  kinds: {
    prep: "Preparati: chiedi quando decideranno",
    thankYou: "Invia il tuo ringraziamento",
    followUp: (number: number) => (number === 1 ? "Invia un sollecito" : `Invia il sollecito ${number}`),
    moveOn: "È ora di voltare pagina",
  },
  plan: {
    nothing: "Non c'è nulla in programma per questo colloquio.",
    item: (label: string, when: string) => `${label} — ${when}`,
    timesAre: (zone: string) => `Fuso orario: ${zone}.`,
    whatNext: "I prossimi passi:",
    nothingMore: "Non c'è più nulla in programma per questo colloquio.",
    heading: "Il piano:",
  },
  replyCommands: [
    "inviato — hai inviato il ringraziamento",
    "hanno detto venerdì — quando decideranno",
    "ho sollecitato (oggi / martedì) — hai inviato un sollecito",
    "mi hanno risposto — hanno risposto; i solleciti si fermano",
    "secondo colloquio il 3 dic. alle 14:00 — una nuova fase della stessa candidatura",
    "offerta / rifiutato / mi ritiro — chiudere questa candidatura",
    "annulla (o riapri) — ritirare la tua ultima risposta",
    "ricordamelo tra 3 giorni / ricordamelo lunedì — rimandare il promemoria a cui rispondi",
    "la data è il 24 nov. alle 10:30 / azienda … / posizione … — correggere ciò che ho letto",
    "riepilogo — tutto ciò che è in sospeso; esporta — i tuoi dati in CSV e .ics; aiuto — questo elenco",
  ],
  undoHint: "Non è giusto? Rispondi «annulla» e tutto torna com'era.",
  confirmation: {
    subject: (company: string | null, role: string | null) =>
      `Registrato: colloquio${con(company)}${role ? ` (${role})` : ""} — ecco il tuo piano`,
    alreadySubject: (company: string | null, role: string | null) =>
      `Già pianificato: colloquio${con(company)}${role ? ` (${role})` : ""} — ecco il tuo piano`,
    updatedSubject: (company: string | null) =>
      `Aggiornato: il tuo colloquio${con(company)} è cambiato — nuovo piano`,
    heading: "Il tuo colloquio è salvato",
    updatedHeading: "Il tuo colloquio è cambiato; il piano è stato aggiornato",
    guessesIntro: "Cosa ho dovuto indovinare — controlla:",
    guessesFix:
      "Sbagliato? Rispondi con la correzione, ad es. «la data è il 24 nov. alle 10:30», «azienda Lumen Freight», «posizione Staff Frontend Engineer».",
    steps: "A ogni passo riceverai un'e-mail con una bozza pronta:",
    replyHint: (commands: string) =>
      `Rispondi a una qualsiasi di queste e-mail con parole tue per annotare cosa è successo:\n${commands}`,
    proposeLanguage: (language: string, command: string) =>
      `Questo invito è scritto in ${language}. Per ricevere queste e-mail in ${language}, rispondi «${command}».`,
    prepSkipped: "Nessun promemoria di preparazione: il colloquio è già iniziato.",
    thankYouSkipped:
      "Nessun promemoria di ringraziamento: il colloquio è finito da più di un giorno. Se non hai ancora ringraziato, un breve messaggio oggi aiuta comunque.",
  },
  corrected: {
    subject: (change: string, company: string | null) => `Corretto: ${change}${presso(company)}`,
    intro: (change: string) => `Corretto: ${change}. Ecco cosa ho ora:`,
  },
  needsDate: {
    subject: "Data del colloquio non trovata — rispondi indicandola",
    heading: "Non ho trovato quando si tiene il colloquio",
    where: (subject: string | null, reason: string) => `In «${subject ?? "il tuo inoltro"}»: ${reason}.`,
    ask: "Rispondi a questa e-mail con data e ora, ad es. «3 dic. alle 14:00», oppure inoltra l'invito del calendario. Non si è perso nulla: il tuo messaggio è conservato.",
    stillSubject: "Mi serve ancora la data del colloquio",
    stillNoDate: (written: string, subject: string | null) =>
      `Non ho trovato una data in «${written}»${subject ? ` per «${subject}»` : ""}.`,
    stillAsk: "Rispondi con giorno e ora, ad es. «3 dic. alle 14:00» o «martedì 10:30».",
  },
  notAnInterview: {
    subject: "Non sembrava un invito a un colloquio",
    heading: "Non è stato programmato nulla",
    where: (subject: string | null, reason: string) => `In «${subject ?? "il tuo messaggio"}»: ${reason}.`,
    ask: "Inoltra un invito a un colloquio (l'invito del calendario o l'e-mail di conferma) e pianificherò i tuoi solleciti.",
    commands: (commands: string) => `Puoi anche scrivere uno di questi:\n${commands}`,
  },
  cancelled: {
    subject: (company: string | null) => `Annullato: colloquio${con(company)} — promemoria sospesi`,
    heading: "Il colloquio è stato annullato",
    text: "Tutti i suoi promemoria sono annullati. Se viene riprogrammato, inoltra il nuovo invito.",
  },
  prompts: {
    prepSubject: (company: string | null) => `Colloquio${con(company)} a breve: chiedi quando decideranno`,
    prepHeading: "Prima di entrare",
    prepAsk:
      "Prima di andare via, chiedi: «Quando pensate di prendere una decisione, e quali sono i prossimi passi?»",
    prepAskOnCall:
      "Prima che la chiamata finisca, chiedi: «Quando pensate di prendere una decisione, e quali sono i prossimi passi?»",
    prepNames: (names: readonly string[]) =>
      `Annota il nome di ogni selezionatore (finora: ${names.join(", ")}).`,
    prepNoNames: "Annota nome ed e-mail di ogni selezionatore.",
    prepAfter: "Dopo, rispondi con ciò che hanno detto, ad es. «hanno detto venerdì».",
    joinMeeting: "Partecipa alla riunione",
    thankYouSubject: (company: string | null) =>
      company ? `Invia oggi il tuo ringraziamento a ${company}` : "Invia oggi il tuo ringraziamento",
    thankYouHeading: "Un breve ringraziamento, entro 24 ore",
    thankYouText:
      "Ecco una bozza. Aggiungi una frase su un argomento di cui avete parlato, rileggila due volte e inviala.",
    moveOnSubject: (company: string | null) =>
      `Nessuna risposta${company ? ` da ${company}` : ""}: è ora di andare avanti`,
    moveOnHeading: "È ora di andare avanti",
    moveOnText:
      "Hai sollecitato e hai dato loro tempo. Il silenzio raramente è personale: cercare lavoro è in parte una questione di probabilità. Lascia la porta aperta con un messaggio gentile, e continua a candidarti.",
    moveOnTextNoFollowUp:
      "Hai dato loro tempo. Il silenzio raramente è personale: cercare lavoro è in parte una questione di probabilità. Lascia la porta aperta con un messaggio gentile, e continua a candidarti.",
    moveOnQuestions: [
      "Cosa è andato bene in questa selezione e vorresti ripetere?",
      "A quale domanda risponderesti diversamente la prossima volta?",
      "Quali due candidature invierai questa settimana?",
    ],
    followUpSubject: (company: string | null, number: number) =>
      `Invia oggi un sollecito${company ? ` a ${company}` : ""}${number > 1 ? ` (sollecito ${number})` : ""}`,
    followUpHeading: "È il momento di un sollecito cortese",
    followUpAgainHeading: "Un altro sollecito gentile",
    followUpText:
      "Via e-mail, non per telefono. Breve e gentile; la bozza lascia vuoto il destinatario così nulla parte per sbaglio.",
    logThankYou: "Rispondi «inviato» quando l'hai inviato.",
    logFollowUp: "Rispondi «ho sollecitato» quando l'hai inviato, o «mi hanno risposto» se hanno risposto.",
    logPrep: "Rispondi con quando decideranno, ad es. «hanno detto venerdì».",
    logMoveOn: "Rispondi «mi ritiro» per chiuderla, o «mi hanno risposto» se alla fine hanno risposto.",
    snoozeHint: (log: string) => `${log} Non ora? «ricordamelo tra 3 giorni» o «ricordamelo lunedì».`,
    reminderTitle: (company: string | null) => `Invia il sollecito${company ? ` a ${company}` : ""}`,
  },
  replies: {
    ackSubject: (change: string) => `Annotato: ${change}`,
    ack: (change: string) => `Annotato: ${change}.`,
    nextRoundSubject: (company: string | null, when: string) =>
      `Fase successiva${presso(company)}: ${when} — ecco il suo piano`,
    nextRoundNoDateSubject: (company: string | null) => `Annotato: una fase successiva${presso(company)}`,
    nextRoundWellDone: "Complimenti per la fase successiva! I solleciti della fase precedente si fermano.",
    nextRoundAskDate:
      "Quando conosci la data, rispondi indicandola, ad es. «secondo colloquio il 3 dic. alle 14:00», oppure inoltra l'invito, e la pianificherò.",
    nextRoundHeading: "Verso la fase successiva",
    nextRoundText: "I solleciti della fase precedente si fermano. La nuova fase:",
    nextRoundPlan: "Il suo piano:",
    nextRoundInvite: (undo: string) =>
      `Se mandano un invito del calendario, inoltralo pure: aggiornerò l'orario. ${undo}`,
    snoozedSubject: (label: string, when: string | null) =>
      when ? `Rimandato: ${label} — ${when}` : `Rimandato: ${label}`,
    snoozedHeading: "Rimandato",
    snoozedMoved: (label: string, when: string, note: string | null) =>
      `«${label}» spostato a ${when}.${note ? ` ${note}` : ""}`,
    snoozedDropped: (label: string, note: string | null) =>
      `«${label}» non verrà inviato: ${note ?? "arriverebbe troppo tardi"}.`,
    snoozedOnlyLater: "Rimandare sposta un promemoria solo più avanti; gli altri mantengono i loro orari.",
    offerSubject: (company: string | null) => `Complimenti per l'offerta${company ? ` di ${company}` : ""}!`,
    offerHeading: "Complimenti!",
    offerText: (company: string | null) =>
      `Ottimo lavoro${company ? `: hai ricevuto un'offerta da ${company}` : ""}. Tutti i suoi promemoria sono annullati.`,
    offerAdvice:
      "Prenditi il tempo che ti serve per leggere l'offerta; è normale chiedere qualche giorno per decidere.",
    rejectedSubject: (company: string | null) =>
      `Peccato per ${company ?? "questa candidatura"} — un messaggio per chiedere un riscontro e i prossimi passi`,
    rejectedHeading: "È una notizia difficile",
    rejectedText:
      "Raramente è personale: cercare lavoro è in parte una questione di probabilità. I promemoria sono annullati. Se vuoi, chiedi un riscontro con il messaggio qui sotto.",
    rejectedQuestions: [
      "Cosa è andato bene e vorresti ripetere?",
      "Cosa prepareresti diversamente la prossima volta?",
      "Quali candidature invierai questa settimana?",
    ],
    withdrawn: "Candidatura ritirata. Tutti i suoi promemoria sono annullati.",
    declined:
      "Hai rifiutato la loro offerta: la candidatura è chiusa e tutti i promemoria sono annullati. Un no gentile lascia la porta aperta.",
    heardBack: "Hanno risposto, quindi i solleciti si fermano.",
    closedSubject: (what: "withdrawn" | "heard back" | "declined", company: string | null) =>
      `Annotato: ${what === "declined" ? "offerta rifiutata" : what === "withdrawn" ? "candidatura ritirata" : "hanno risposto"}${presso(company)}`,
    reopenedSubject: (change: string, company: string | null) => `Riaperta: ${change}${presso(company)}`,
    undoneSubject: (change: string, company: string | null) => `Annullato: ${change}${presso(company)}`,
    reopened: (change: string, company: string | null) =>
      `${company ? `La tua candidatura presso ${company} è riaperta` : "Candidatura riaperta"} («${change}» è stato annullato). Ecco di nuovo il piano:`,
    undone: (change: string) => `Annullato: ${change}. Il piano è com'era:`,
    nothingToUndoSubject: (company: string | null) => `Niente da annullare${presso(company)}`,
    nothingToUndo:
      "Non c'è una tua risposta precedente su questo colloquio da ritirare, quindi nulla è cambiato.",
    outcomes: {
      offer: "hai ricevuto un'offerta",
      rejected: "hanno detto di no",
      withdrawn: "hai ritirato la candidatura",
      cancelled: "il colloquio è stato annullato",
      "heard-back": "hanno risposto",
    },
    closedAppSubject: (company: string | null) =>
      company ? `La tua candidatura presso ${company} è chiusa` : "Questa candidatura è chiusa",
    closedApp: (company: string | null, why: string | null) =>
      `Questa candidatura${presso(company)} è chiusa${why ? ` (${why})` : ""}, quindi quella risposta non ha cambiato nulla.`,
    reopenHint: "Rispondi «riapri» per riaprirla; i suoi promemoria tornano.",
    unknownSubject: "Quel colloquio non c'è più",
    unknown:
      "Il colloquio di cui parlava questa e-mail è stato eliminato, quindi nulla è cambiato. Inoltra di nuovo l'invito per ricominciare.",
  },
  changes: {
    thankYouSent: "ringraziamento inviato",
    decisionBy: (day: string) => `decideranno entro ${day}`,
    followUpSentOn: (day: string) => `sollecito inviato ${day}`,
    heardBack: "hanno risposto; i solleciti si fermano",
    offer: "offerta",
    rejected: "rifiutato",
    withdrawn: "candidatura ritirata",
    offerDeclined: "offerta rifiutata",
    snoozed: (prompt: string) => `${prompt} rimandato`,
    nothingToSnooze: "non c'è nulla in sospeso da rimandare",
    snoozeAlreadyLater: "Era già previsto per allora, più tardi di quanto chiesto; non è cambiato nulla.",
    snoozeAfterStart: "arriverebbe dopo l'inizio del colloquio",
    snoozeFollowUpDay:
      "I solleciti partono nei giorni lavorativi e mai di lunedì, quindi quello è il primo giorno utile.",
    snoozeBusinessDay: "È il primo giorno lavorativo a partire da quel momento.",
    snoozeQuietHours:
      "È il primo momento fuori dalle tue ore di silenzio e dopo i promemoria previsti prima.",
    interviewIs: (when: string) => `il colloquio è ${when}`,
    companyIs: (company: string) => `l'azienda è ${company}`,
    roleIs: (role: string) => `il ruolo è ${role}`,
    interviewersAdded: (names: string | null, added: number) =>
      names === null
        ? "nessuno di nuovo aggiunto come intervistatore"
        : `${names} ${added === 1 ? "aggiunto come intervistatore" : "aggiunti come intervistatori"}`,
    nothingCalled: (written: string) => `niente qui si chiama «${written}», quindi nulla è cambiato`,
    removed: (what: string) => `rimosso: ${what}`,
    theCompany: (company: string) => `l'azienda «${company}»`,
    theRole: (role: string) => `il ruolo «${role}»`,
    replyWithDate: (change: string) => `${change}; ora rispondi con data e ora`,
    nextRound: "fase successiva",
    reopened: "riaperto",
    movedOn: "candidatura chiusa senza risposta",
    undone: (change: string) => `${change} annullato`,
    stillWaiting: (said: string) =>
      `${said}; questo inoltro aspetta ancora la sua data — rispondi con data e ora`,
    yourLastReply: "la tua ultima risposta",
    nothingToUndo: "non c'è nulla da annullare o riaprire",
    theCancellation: "l'annullamento",
    theClosing: "la chiusura",
    quoted: (change: string) => `«${change}»`,
    yourReply: "la tua risposta",
    notAnEmail: "non è stato possibile leggere il messaggio come e-mail; inoltra di nuovo l'invito",
    tooLarge: (megabytes: number, limit: number) =>
      `il messaggio è di ${megabytes} MB, più dei ${limit} MB che leggo; inoltra solo l'invito, senza allegati`,
    notAnInvitation: "non sembra un invito",
    noDate: "non sono state trovate data e ora del colloquio",
    tooManyInterviewers: (max: number) =>
      `una fase può avere al massimo ${max} intervistatori, quindi non è stato aggiunto nessuno; rispondi «remove …» per fare spazio`,
    tooManyRounds: (max: number) =>
      `una candidatura può avere al massimo ${max} fasi, quindi non ne è stata aggiunta una nuova; inoltra invece il suo invito`,
  },
  confirmClosing: {
    subject: (company: string | null, withdrawn: boolean) =>
      withdrawn
        ? "Hai ritirato la candidatura? Rispondi «sì» per chiuderla"
        : `${company ?? "L'azienda"} ha risposto? Rispondi «sì» per chiuderla`,
    offer: (company: string | null) =>
      `Sembra che ${company ?? "l'azienda"} ti abbia fatto un'offerta: rispondi «sì» e chiudo la candidatura; per ora non è cambiato nulla.`,
    rejected: (company: string | null) =>
      `Sembra che ${company ?? "l'azienda"} ti abbia scartato: rispondi «sì» e chiudo la candidatura; per ora non è cambiato nulla.`,
    withdrawn: (company: string | null) =>
      `Sembra che tu abbia ritirato la candidatura presso ${company ?? "l'azienda"}: rispondi «sì» e la chiudo; per ora non è cambiato nulla.`,
  },
  calendar: {
    title: (name: string, round: number, state: string) => `${name} (fase ${round}, ${state})`,
    states: {
      active: "aperta",
      closed: "chiusa",
      cancelled: "annullata",
      offer: "offerta",
      rejected: "rifiutata",
      withdrawn: "ritirata",
      "heard-back": "risposto",
    },
    with: (names: string) => `Con ${names}`,
    join: (url: string) => `Partecipa: ${url}`,
  },
  help: {
    subject: "Come usare interview follow-up",
    notUnderstoodSubject: "Scusa, non ho capito quella risposta",
    notUnderstood: (written: string, didYouMean: string | null) =>
      `Non ho capito «${written}», quindi nulla è cambiato.${didYouMean ? ` ${didYouMean}` : ""}`,
    empty: (didYouMean: string | null) =>
      `La tua risposta sembrava vuota (solo una citazione o una firma), quindi nulla è cambiato.${didYouMean ? ` ${didYouMean}` : ""}`,
    didYouMean: (choices: string) => `Intendevi ${choices}?`,
    quote: (command: string) => `«${command}»`,
    intro: "Rispondi a un promemoria con uno di questi:",
    languages: (written: string, understood: string, command: string) =>
      `La tua risposta sembra in ${written}; leggo le risposte in ${understood}. Per scrivermi in ${written}, rispondi prima «${command}».`,
  },
  status: {
    nothingSubject: "Stato: nulla in sospeso",
    nothing: "Nessun colloquio aperto. Inoltra un invito per iniziare.",
    subject: "Stato: cosa è in sospeso",
    heading: (open: number) => count("it", open, { one: "# colloquio aperto", other: "# colloqui aperti" }),
    line: (name: string, role: string | null, round: number, when: string | null) =>
      `${name}${role ? ` (${role})` : ""}${round > 1 ? `, fase ${round}` : ""}${when ? ` — ${when}` : ""}`,
  },
  tone: {
    calmSubject: "Controllo del tono: calmo e chiaro",
    calm: "La tua bozza suona calma e gentile. Rileggila ancora una volta, poi inviala.",
    subject: (findings: number) =>
      `Controllo del tono: ${count("it", findings, { one: "# punto", other: "# punti" })} da ammorbidire`,
    intro: "Alcune frasi potrebbero suonare insistenti. Suggerimenti:",
    finding: (excerpt: string, rule: string, suggestion: string) => `«${excerpt}» (${rule}): ${suggestion}`,
    rules: {
      pressing: "insistente",
      demanding: "pretenzioso",
      accusatory: "accusatorio",
      urgency: "urgenza",
      desperation: "disperazione",
      shouting: "maiuscole",
      exclamations: "punti esclamativi",
    },
  },
  export: {
    subject: "I tuoi dati dei colloqui (CSV e calendario)",
    text: (interviews: number) =>
      `In allegato: ${colloqui(interviews)} come foglio di calcolo (CSV) e come file di calendario (.ics).`,
  },
  digest: {
    subject: (open: number) =>
      `La tua settimana: ${count("it", open, { one: "# colloquio aperto", other: "# colloqui aperti" })} — continua a candidarti`,
    heading: "La tua ricerca di lavoro questa settimana",
    interviewsThisWeek: "Colloqui questa settimana",
    answers: "Risposte dopo i colloqui",
    answerRate: (rate: number, answered: number, applications: number) =>
      `${rate}% (${answered} su ${applications})`,
    noneHeld: "ancora nessuno",
    medianDays: "Giorni mediani per una risposta",
    openIntro: "Aperti, con il prossimo passo:",
    name: (name: string, round: number) => (round > 1 ? `${name} (fase ${round})` : name),
    next: (name: string, step: string) => `${name}: ${step}`,
    waiting: (name: string) => `${name}: in attesa della loro risposta`,
    keepApplying: "Non contare mai su un solo colloquio: invia qualche nuova candidatura questa settimana.",
  },
  welcome: {
    subject: "Benvenuto in interview follow-up — rispondi per confermare il tuo indirizzo",
    heading: "Benvenuto!",
    what: "Inoltra a questo indirizzo gli inviti ai colloqui e riceverai, al momento giusto, un'e-mail con una bozza pronta: prepararti, ringraziare, sollecitare e voltare pagina. Rispondi con parole tue per annotare cosa è successo.",
    confirm:
      "Per iniziare, rispondi a questa e-mail (va bene qualsiasi testo). Così si vede che questo indirizzo riceve posta. Fino ad allora non viene conservato nulla di ciò che invii.",
    expires: "Questa conferma scade tra 7 giorni. Poi inoltra di nuovo il tuo invito.",
    confirmedSubject: "Tutto pronto — inoltra il tuo primo invito",
    confirmed:
      "Il tuo indirizzo è confermato. Inoltra un invito a un colloquio (di nuovo, se ne hai già mandato uno) e il tuo piano seguirà.",
    settingsHint:
      "Rispondi «impostazioni» per vedere fuso orario, festività, orario dei promemoria e ore di silenzio.",
  },
  settings: {
    unchangedSubject: "Impostazioni invariate",
    changedSubject: (change: string) => `Impostazioni: ${change}`,
    subject: "Le tue impostazioni",
    problem: (problem: string) => `Nulla è cambiato: ${problem}.`,
    changed: (change: string) =>
      `Modificato: ${change}. I promemoria in sospeso seguono le nuove impostazioni.`,
    hint: "Cambiale rispondendo: «timezone Europe/Rome», «country IT», «send at 8:30», «quiet 22-7», «digest off», «lingua italiano».",
    /** The word a language setting begins with ("Sprache Deutsch"). */
    languageKeyword: "lingua",
    summaries: {
      timeZone: (zone: string) => `fuso orario ${zone}`,
      holidays: (country: string) => `festività di ${country}`,
      promptsAt: (time: string) => `promemoria alle ${time}`,
      quiet: (start: string, end: string) => `silenzio dalle ${start} alle ${end}`,
      digest: (on: boolean) => `riepilogo settimanale ${on ? "attivo" : "disattivo"}`,
      language: (name: string) => `lingua ${name}`,
    },
    problems: {
      zoneSuggestion: (written: string, suggestion: string) =>
        `«${written}» non è un nome di fuso orario; intendevi ${suggestion}?`,
      notZone: (written: string) =>
        `«${written}» non è un nome di fuso orario come Europe/Rome o America/Chicago`,
      notTime: (written: string) => `«${written}» non è un orario come 8:30`,
      notRange: (written: string) => `«${written}» non è un intervallo di ore come 22-7`,
      notLanguage: (written: string, languages: string) =>
        `«${written}» non è una lingua in cui scrivo; scrivo ${languages}`,
    },
    lines: {
      timeZone: (zone: string | null) => `Fuso orario: ${zone ?? "quello del colloquio"}`,
      holidays: (country: string) => `Festività: ${country}`,
      promptsAt: (time: string) => `Promemoria alle: ${time}`,
      quietHours: (start: string, end: string) => `Ore di silenzio: ${start}–${end}`,
      digest: (on: boolean) => `Riepilogo settimanale: ${on ? "attivo" : "disattivo"}`,
      language: (name: string) => `Lingua: ${name}`,
    },
  },
  forget: {
    item: (name: string, round: number) => `${name}, fase ${round}`,
    subject: (target: string | null) =>
      `Conferma: eliminare ${target === null ? "tutto" : `la tua candidatura presso ${target}`}?`,
    intro: (interviews: number) =>
      `Questo elimina ${colloqui(interviews)}, i loro promemoria e le e-mail originali conservate:`,
    ask: "Per eliminare, rispondi a questa e-mail con «sì». Altrimenti non viene eliminato nulla; questa richiesta scade tra 24 ore.",
    nothingSubject: "Non è stato eliminato nulla",
    nothing: "I tuoi dati sono invariati.",
    deletedSubject: (interviews: number) => `Eliminato: ${colloqui(interviews)}`,
    deleted: (target: string | null, interviews: number) =>
      `${target === null ? "Tutto è stato eliminato" : `La tua candidatura presso ${target} è stata eliminata`}: ${colloqui(interviews)}, i loro promemoria e le loro e-mail originali.`,
    noMatchSubject: (target: string) => `Nulla corrisponde a «${target}»`,
    noMatch: (target: string) =>
      `Nessun colloquio corrisponde a «${target}». Scrivi l'azienda come appare nelle tue conferme, oppure «dimentica tutto».`,
  },
  heldAnswers: {
    subject: (answers: number) =>
      `${count("it", answers, { one: "# risposta ai tuoi messaggi", other: "# risposte ai tuoi messaggi" })}, trattenute dai limiti di invio`,
    intro: (answers: number) =>
      `Erano previste più e-mail di quante ne consentano i limiti di invio (il tuo limite orario o quello giornaliero dell’account), quindi ho trattenuto ${count("it", answers, { one: "questa risposta", other: "queste # risposte" })} fino a ora:`,
  },
  draftBox: {
    textTop: "----- Bozza (copia, modifica, invia) -----",
    subject: "Oggetto",
    htmlTop: "Bozza — copia, modifica, invia. Il destinatario è lasciato vuoto di proposito.",
    open: "Apri questa bozza nella tua app di posta",
    colon: ":",
  },
} satisfies Catalogue;
