/** Deutsch: du-Form gegenüber der Person, die das Produkt nutzt (Anschreiben an Firmen siezen). */
import type { Catalogue } from "./en";
import { count } from "./intl";

const mit = (company: string | null) => (company ? ` mit ${company}` : "");
const bei = (company: string | null) => (company ? ` bei ${company}` : "");
const gespraeche = (n: number) => count("de", n, { one: "# Gespräch", other: "# Gespräche" });

export const DE = {
  facts: {
    company: "Firma",
    role: "Stelle",
    when: "Wann",
    round: "Runde",
    with: "Mit",
    where: "Wo",
    join: "Teilnehmen",
    sendTo: "Senden an",
  },
  notKnownYet: "noch nicht bekannt",
  interview: "Vorstellungsgespräch",
  kinds: {
    prep: "Vorbereiten: frag, wann sie entscheiden",
    thankYou: "Schick dein Dankeschön",
    followUp: (number: number) => (number === 1 ? "Frag nach" : `Frag nach (${number}. Mal)`),
    moveOn: "Zeit, weiterzuziehen",
  },
  plan: {
    nothing: "Für dieses Gespräch ist nichts geplant.",
    item: (label: string, when: string) => `${label} — ${when}`,
    timesAre: (zone: string) => `Alle Zeiten: ${zone}.`,
    whatNext: "Wie es weitergeht:",
    nothingMore: "Für dieses Gespräch ist nichts mehr geplant.",
    heading: "Der Plan:",
  },
  replyCommands: [
    "gesendet — du hast das Dankeschön geschickt",
    "sie melden sich am Freitag — wann sie entscheiden",
    "nachgefragt (heute / am Dienstag) — du hast nachgefragt",
    "Rückmeldung bekommen — sie haben geantwortet; keine Nachfragen mehr",
    "nächste Runde 3. Dez. um 14 Uhr — eine neue Runde derselben Bewerbung",
    "Zusage / Absage / zurückgezogen — diese Bewerbung abschließen",
    "rückgängig (oder wieder öffnen) — deine letzte Antwort zurücknehmen",
    "erinnere mich in 3 Tagen / erinnere mich am Montag — die Erinnerung, auf die du antwortest, verschieben",
    "Datum ist 24. Nov. 10:30 / Firma … / Stelle … — korrigieren, was ich gelesen habe",
    "Status — alles Offene; Export — deine Daten als CSV und .ics; Hilfe — diese Liste",
  ],
  undoHint: "Nicht richtig? Antworte „rückgängig“, und alles ist wieder wie vorher.",
  confirmation: {
    subject: (company: string | null, role: string | null) =>
      `Notiert: Gespräch${mit(company)}${role ? ` (${role})` : ""} — hier ist dein Plan`,
    alreadySubject: (company: string | null, role: string | null) =>
      `Schon geplant: Gespräch${mit(company)}${role ? ` (${role})` : ""} — hier ist dein Plan`,
    updatedSubject: (company: string | null) =>
      `Geändert: dein Gespräch${mit(company)} wurde verlegt — neuer Plan`,
    heading: "Dein Gespräch ist gespeichert",
    updatedHeading: "Dein Gespräch hat sich geändert; der Plan ist angepasst",
    guessesIntro: "Was ich raten musste — bitte prüfen:",
    guessesFix:
      "Falsch? Antworte mit der Korrektur, z. B. „Datum ist 24. Nov. 10:30“, „Firma Lumen Freight“, „Stelle Staff Frontend Engineer“.",
    steps: "Zu jedem Schritt bekommst du eine E-Mail mit fertigem Entwurf:",
    replyHint: (commands: string) =>
      `Antworte auf jede dieser E-Mails in eigenen Worten, um festzuhalten, was passiert ist:\n${commands}`,
    proposeLanguage: (language: string, command: string) =>
      `Diese Einladung ist auf ${language} geschrieben. Wenn du diese E-Mails auch auf ${language} bekommen möchtest, antworte „${command}“.`,
    prepSkipped: "Keine Vorbereitungs-Erinnerung: das Gespräch hat schon begonnen.",
    thankYouSkipped:
      "Keine Dankeschön-Erinnerung: das Gespräch ist über einen Tag her. Falls du dich noch nicht bedankt hast, hilft eine kurze Nachricht heute trotzdem.",
  },
  corrected: {
    subject: (change: string, company: string | null) => `Korrigiert: ${change}${bei(company)}`,
    intro: (change: string) => `Korrigiert: ${change}. So sieht es jetzt aus:`,
  },
  needsDate: {
    subject: "Kein Termin gefunden — antworte mit dem Datum",
    heading: "Ich konnte nicht finden, wann das Gespräch ist",
    where: (subject: string | null, reason: string) =>
      `In „${subject ?? "deiner Weiterleitung"}“: ${reason}.`,
    ask: "Antworte auf diese E-Mail mit Datum und Uhrzeit, z. B. „3. Dez. um 14 Uhr“, oder leite die Kalendereinladung selbst weiter. Nichts ist verloren: deine Nachricht ist gespeichert.",
    stillSubject: "Ich brauche noch den Termin des Gesprächs",
    stillNoDate: (written: string, subject: string | null) =>
      `In „${written}“${subject ? ` zu „${subject}“` : ""} konnte ich kein Datum finden.`,
    stillAsk: "Antworte mit Tag und Uhrzeit, z. B. „3. Dez. um 14 Uhr“ oder „Dienstag 10:30“.",
  },
  notAnInterview: {
    subject: "Das sah nicht nach einer Einladung zum Gespräch aus",
    heading: "Nichts wurde geplant",
    where: (subject: string | null, reason: string) => `In „${subject ?? "deiner Nachricht"}“: ${reason}.`,
    ask: "Leite eine Einladung zum Vorstellungsgespräch weiter (die Kalendereinladung oder die Bestätigungsmail), und ich plane deine Nachfragen.",
    commands: (commands: string) => `Du kannst auch eines davon schreiben:\n${commands}`,
  },
  cancelled: {
    subject: (company: string | null) => `Abgesagt: Gespräch${mit(company)} — Erinnerungen gestoppt`,
    heading: "Das Gespräch wurde abgesagt",
    text: "Alle Erinnerungen dazu sind gestoppt. Wird es verschoben, leite die neue Einladung weiter.",
  },
  prompts: {
    prepSubject: (company: string | null) => `Gespräch${mit(company)} steht an: frag, wann sie entscheiden`,
    prepHeading: "Bevor es losgeht",
    prepAsk: "Frag, bevor du gehst: „Wann rechnen Sie mit einer Entscheidung, und wie geht es weiter?“",
    prepAskOnCall:
      "Frag, bevor der Anruf endet: „Wann rechnen Sie mit einer Entscheidung, und wie geht es weiter?“",
    prepNames: (names: readonly string[]) =>
      `Notier dir die Namen aller Gesprächspartner (bisher: ${names.join(", ")}).`,
    prepNoNames: "Notier dir Namen und E-Mail-Adressen aller Gesprächspartner.",
    prepAfter: "Antworte danach mit dem, was sie gesagt haben, z. B. „sie melden sich am Freitag“.",
    joinMeeting: "Am Gespräch teilnehmen",
    thankYouSubject: (company: string | null) =>
      company ? `Schick ${company} heute dein Dankeschön` : "Schick heute dein Dankeschön",
    thankYouHeading: "Ein kurzes Dankeschön, innerhalb von 24 Stunden",
    thankYouText:
      "Hier ist ein Entwurf. Ergänze einen Satz zu etwas, worüber ihr gesprochen habt, lies ihn zweimal und schick ihn ab.",
    moveOnSubject: (company: string | null) =>
      `Keine Antwort${company ? ` von ${company}` : ""}: Zeit, weiterzuziehen`,
    moveOnHeading: "Zeit, weiterzuziehen",
    moveOnText:
      "Du hast nachgefragt und ihnen Zeit gegeben. Schweigen ist selten persönlich: Bewerben ist auch ein Zahlenspiel. Halte die Tür mit einer freundlichen Nachricht offen, und bewirb dich weiter.",
    moveOnTextNoFollowUp:
      "Du hast ihnen Zeit gegeben. Schweigen ist selten persönlich: Bewerben ist auch ein Zahlenspiel. Halte die Tür mit einer freundlichen Nachricht offen, und bewirb dich weiter.",
    moveOnQuestions: [
      "Was lief in diesem Verfahren gut, das du wiederholen möchtest?",
      "Welche Frage würdest du beim nächsten Mal anders beantworten?",
      "Welche zwei Bewerbungen schickst du diese Woche ab?",
    ],
    followUpSubject: (company: string | null, number: number) =>
      `Heute${company ? ` bei ${company}` : ""} nachfragen${number > 1 ? ` (${number}. Nachfrage)` : ""}`,
    followUpHeading: "Zeit für eine höfliche Nachfrage",
    followUpAgainHeading: "Noch eine freundliche Nachfrage",
    followUpText:
      "Per E-Mail, nicht per Telefon. Kurz und freundlich; der Entwurf unten lässt den Empfänger leer, damit nichts aus Versehen rausgeht.",
    logThankYou: "Antworte „gesendet“, sobald du es verschickt hast.",
    logFollowUp:
      "Antworte „nachgefragt“, sobald du sie verschickt hast, oder „Rückmeldung bekommen“, wenn sie geantwortet haben.",
    logPrep: "Antworte, wann sie entscheiden, z. B. „sie melden sich am Freitag“.",
    logMoveOn:
      "Antworte „zurückgezogen“, um sie abzuschließen, oder „Rückmeldung bekommen“, falls sie doch geantwortet haben.",
    snoozeHint: (log: string) =>
      `${log} Gerade nicht? „erinnere mich in 3 Tagen“ oder „erinnere mich am Montag“.`,
    reminderTitle: (company: string | null) => `Nachfrage senden${company ? ` an ${company}` : ""}`,
  },
  replies: {
    ackSubject: (change: string) => `Notiert: ${change}`,
    ack: (change: string) => `Notiert: ${change}.`,
    nextRoundSubject: (company: string | null, when: string) =>
      `Nächste Runde${bei(company)}: ${when} — hier ist der Plan`,
    nextRoundNoDateSubject: (company: string | null) => `Notiert: eine nächste Runde${bei(company)}`,
    nextRoundWellDone: "Glückwunsch zur nächsten Runde! Die Nachfragen zur letzten Runde entfallen.",
    nextRoundAskDate:
      "Sobald du den Termin kennst, antworte damit, z. B. „nächste Runde 3. Dez. um 14 Uhr“, oder leite die Einladung weiter, und ich plane sie.",
    nextRoundHeading: "Auf zur nächsten Runde",
    nextRoundText: "Die Nachfragen zur letzten Runde entfallen. Die neue Runde:",
    nextRoundPlan: "Ihr Plan:",
    nextRoundInvite: (undo: string) =>
      `Schicken sie eine Kalendereinladung dafür, leite sie auch weiter: ich passe die Zeit an. ${undo}`,
    snoozedSubject: (label: string, when: string | null) =>
      when ? `Verschoben: ${label} — ${when}` : `Verschoben: ${label}`,
    snoozedHeading: "Verschoben",
    snoozedMoved: (label: string, when: string, note: string | null) =>
      `„${label}“ kommt jetzt ${when}.${note ? ` ${note}` : ""}`,
    snoozedDropped: (label: string, note: string | null) =>
      `„${label}“ wird nicht verschickt: ${note ?? "es käme zu spät"}.`,
    snoozedOnlyLater:
      "Eine Erinnerung lässt sich nur nach hinten verschieben; die anderen behalten ihre Zeiten.",
    offerSubject: (company: string | null) => `Glückwunsch zur Zusage${company ? ` von ${company}` : ""}!`,
    offerHeading: "Herzlichen Glückwunsch!",
    offerText: (company: string | null) =>
      `Gut gemacht${company ? ` — eine Zusage von ${company}` : ""}. Alle Erinnerungen dazu sind gestoppt.`,
    offerAdvice:
      "Nimm dir die Zeit, das Angebot in Ruhe zu lesen; es ist völlig in Ordnung, um ein paar Tage Bedenkzeit zu bitten.",
    rejectedSubject: (company: string | null) =>
      `Schade${company ? ` um ${company}` : ""} — eine Bitte um Feedback und nächste Schritte`,
    rejectedHeading: "Das ist eine bittere Nachricht",
    rejectedText:
      "Es ist selten persönlich: Bewerben ist auch ein Zahlenspiel. Die Erinnerungen dazu sind gestoppt. Wenn du magst, bitte mit der Nachricht unten um Feedback.",
    rejectedQuestions: [
      "Was lief gut, das du wiederholen möchtest?",
      "Was würdest du beim nächsten Mal anders vorbereiten?",
      "Welche Bewerbungen schickst du diese Woche ab?",
    ],
    withdrawn: "Zurückgezogen. Alle Erinnerungen dazu sind gestoppt.",
    declined:
      "Du hast ihr Angebot abgelehnt: die Bewerbung ist abgeschlossen, alle Erinnerungen sind gestoppt. Ein freundliches Nein hält die Tür offen.",
    heardBack: "Sie haben geantwortet, also entfallen die Nachfragen.",
    closedSubject: (what: "withdrawn" | "heard back" | "declined", company: string | null) =>
      `Notiert: ${what === "declined" ? "Angebot abgelehnt" : what === "withdrawn" ? "zurückgezogen" : "Rückmeldung bekommen"}${bei(company)}`,
    reopenedSubject: (change: string, company: string | null) => `Wieder geöffnet: ${change}${bei(company)}`,
    undoneSubject: (change: string, company: string | null) => `Rückgängig: ${change}${bei(company)}`,
    reopened: (change: string, company: string | null) =>
      `${company ? `Deine Bewerbung bei ${company} ist` : "Ist"} wieder geöffnet („${change}“ ist zurückgenommen). Der Plan gilt wieder:`,
    undone: (change: string) => `Rückgängig: ${change}. Der Plan ist wie vorher:`,
    nothingToUndoSubject: (company: string | null) => `Nichts rückgängig zu machen${bei(company)}`,
    nothingToUndo:
      "Zu diesem Gespräch gibt es keine frühere Antwort von dir, die sich zurücknehmen ließe; nichts hat sich geändert.",
    outcomes: {
      offer: "du hast eine Zusage",
      rejected: "sie haben abgesagt",
      withdrawn: "du hast zurückgezogen",
      cancelled: "das Gespräch wurde abgesagt",
      "heard-back": "sie haben geantwortet",
    },
    closedAppSubject: (company: string | null) =>
      company ? `Deine Bewerbung bei ${company} ist abgeschlossen` : "Diese Bewerbung ist abgeschlossen",
    closedApp: (company: string | null, why: string | null) =>
      `Diese Bewerbung${bei(company)} ist abgeschlossen${why ? ` (${why})` : ""}; deine Antwort hat nichts geändert.`,
    reopenHint: "Antworte „wieder öffnen“, um sie wieder zu öffnen; die Erinnerungen kommen zurück.",
    unknownSubject: "Dieses Gespräch gibt es nicht mehr",
    unknown:
      "Das Gespräch, um das es in dieser E-Mail ging, wurde gelöscht; nichts hat sich geändert. Leite die Einladung noch einmal weiter, um neu anzufangen.",
  },
  changes: {
    thankYouSent: "Dankeschön gesendet",
    decisionBy: (day: string) => `sie entscheiden bis ${day}`,
    followUpSentOn: (day: string) => `nachgefragt am ${day}`,
    heardBack: "sie haben geantwortet; keine Nachfragen mehr",
    offer: "Zusage",
    rejected: "Absage",
    withdrawn: "zurückgezogen",
    offerDeclined: "Angebot abgelehnt",
    snoozed: (prompt: string) => `${prompt} verschoben`,
    nothingToSnooze: "es steht nichts an, das sich verschieben ließe",
    snoozeAlreadyLater: "Das war schon für dann geplant, später als gewünscht; nichts hat sich geändert.",
    snoozeAfterStart: "sie käme erst nach Beginn des Gesprächs",
    snoozeFollowUpDay:
      "Nachfragen gehen nur an Werktagen und nie montags raus, daher ist das der erste solche Tag.",
    snoozeBusinessDay: "Das ist der erste Werktag ab dann.",
    snoozeQuietHours:
      "Das ist der erste Zeitpunkt außerhalb deiner Ruhezeiten und nach den davor geplanten Erinnerungen.",
    interviewIs: (when: string) => `das Gespräch ist ${when}`,
    companyIs: (company: string) => `die Firma ist ${company}`,
    roleIs: (role: string) => `die Stelle ist ${role}`,
    interviewersAdded: (names: string | null, _added: number) =>
      names === null
        ? "niemand Neues als Gesprächspartner hinzugefügt"
        : `${names} als Gesprächspartner hinzugefügt`,
    nothingCalled: (written: string) => `nichts hier heißt „${written}“, also hat sich nichts geändert`,
    removed: (what: string) => `${what} entfernt`,
    theCompany: (company: string) => `die Firma „${company}“`,
    theRole: (role: string) => `die Stelle „${role}“`,
    replyWithDate: (change: string) => `${change}; antworte jetzt mit Datum und Uhrzeit`,
    nextRound: "nächste Runde",
    reopened: "wieder geöffnet",
    movedOn: "ohne Antwort abgeschlossen",
    undone: (change: string) => `${change} rückgängig gemacht`,
    stillWaiting: (said: string) =>
      `${said}; diese Weiterleitung wartet noch auf ihr Datum – antworte mit Datum und Uhrzeit`,
    yourLastReply: "deine letzte Antwort",
    nothingToUndo: "es gibt nichts rückgängig zu machen oder wieder zu öffnen",
    theCancellation: "die Absage des Termins",
    theClosing: "der Abschluss",
    quoted: (change: string) => `„${change}“`,
    yourReply: "deine Antwort",
    notAnEmail: "die Nachricht ließ sich nicht als E-Mail lesen; leite die Einladung noch einmal weiter",
    tooLarge: (megabytes: number, limit: number) =>
      `die Nachricht ist ${megabytes} MB groß, mehr als die ${limit} MB, die ich lese; leite nur die Einladung ohne Anhänge weiter`,
    notAnInvitation: "es sieht nicht nach einer Einladung aus",
    noDate: "Datum und Uhrzeit des Gesprächs wurden nicht gefunden",
    tooManyInterviewers: (max: number) =>
      `eine Runde hat höchstens ${max} Gesprächspartner, daher wurde niemand hinzugefügt; antworte „remove …“, um Platz zu schaffen`,
    tooManyRounds: (max: number) =>
      `eine Bewerbung hat höchstens ${max} Runden, daher wurde keine neue Runde angelegt; leite stattdessen die Einladung dazu weiter`,
  },
  confirmClosing: {
    subject: (company: string | null, withdrawn: boolean) =>
      withdrawn
        ? "Hast du deine Bewerbung zurückgezogen? Antworte „ja“, um sie abzuschließen"
        : `Hat ${company ?? "die Firma"} geantwortet? Antworte „ja“, um sie abzuschließen`,
    offer: (company: string | null) =>
      `Es klingt, als hätte dir ${company ?? "die Firma"} ein Angebot gemacht – antworte „ja“, und ich schließe die Bewerbung ab; noch hat sich nichts geändert.`,
    rejected: (company: string | null) =>
      `Es klingt, als hätte dir ${company ?? "die Firma"} abgesagt – antworte „ja“, und ich schließe die Bewerbung ab; noch hat sich nichts geändert.`,
    withdrawn: (company: string | null) =>
      `Es klingt, als hättest du deine Bewerbung bei ${company ?? "der Firma"} zurückgezogen – antworte „ja“, und ich schließe sie ab; noch hat sich nichts geändert.`,
  },
  calendar: {
    title: (name: string, round: number, state: string) => `${name} (Runde ${round}, ${state})`,
    states: {
      active: "offen",
      closed: "abgeschlossen",
      cancelled: "abgesagt",
      offer: "Zusage",
      rejected: "Absage",
      withdrawn: "zurückgezogen",
      "heard-back": "Antwort erhalten",
    },
    with: (names: string) => `Mit ${names}`,
    join: (url: string) => `Teilnehmen: ${url}`,
  },
  help: {
    subject: "So funktioniert interview follow-up",
    notUnderstoodSubject: "Entschuldige, diese Antwort habe ich nicht verstanden",
    notUnderstood: (written: string, didYouMean: string | null) =>
      `„${written}“ habe ich nicht verstanden, also hat sich nichts geändert.${didYouMean ? ` ${didYouMean}` : ""}`,
    empty: (didYouMean: string | null) =>
      `Deine Antwort war leer (nur ein Zitat oder eine Signatur), also hat sich nichts geändert.${didYouMean ? ` ${didYouMean}` : ""}`,
    didYouMean: (choices: string) => `Meintest du ${choices}?`,
    quote: (command: string) => `„${command}“`,
    intro: "Antworte auf jede Erinnerung mit einem davon:",
    languages: (written: string, understood: string, command: string) =>
      `Deine Antwort scheint auf ${written} zu sein; ich lese Antworten auf ${understood}. Um mir auf ${written} zu schreiben, antworte zuerst „${command}“.`,
  },
  status: {
    nothingSubject: "Stand: nichts offen",
    nothing: "Keine offenen Gespräche. Leite eine Einladung weiter, um anzufangen.",
    subject: "Stand: was offen ist",
    heading: (open: number) => count("de", open, { one: "# offenes Gespräch", other: "# offene Gespräche" }),
    line: (name: string, role: string | null, round: number, when: string | null) =>
      `${name}${role ? ` (${role})` : ""}${round > 1 ? `, Runde ${round}` : ""}${when ? ` — ${when}` : ""}`,
  },
  tone: {
    calmSubject: "Tonprüfung: ruhig und klar",
    calm: "Dein Entwurf klingt ruhig und freundlich. Lies ihn noch einmal, dann schick ihn ab.",
    subject: (findings: number) =>
      `Tonprüfung: ${count("de", findings, { one: "# Stelle", other: "# Stellen" })} zum Abmildern`,
    intro: "Ein paar Formulierungen könnten drängend wirken. Vorschläge:",
    finding: (excerpt: string, rule: string, suggestion: string) => `„${excerpt}“ (${rule}): ${suggestion}`,
    rules: {
      pressing: "drängend",
      demanding: "fordernd",
      accusatory: "vorwurfsvoll",
      urgency: "Eile",
      desperation: "verzweifelt",
      shouting: "Großbuchstaben",
      exclamations: "Ausrufezeichen",
    },
  },
  export: {
    subject: "Deine Gesprächsdaten (CSV und Kalender)",
    text: (interviews: number) =>
      `Im Anhang: ${gespraeche(interviews)} als Tabelle (CSV) und als Kalenderdatei (.ics).`,
  },
  digest: {
    subject: (open: number) =>
      `Deine Woche: ${count("de", open, { one: "# offenes Gespräch", other: "# offene Gespräche" })} — bewirb dich weiter`,
    heading: "Deine Jobsuche diese Woche",
    interviewsThisWeek: "Gespräche diese Woche",
    answers: "Antworten nach Gesprächen",
    answerRate: (rate: number, answered: number, applications: number) =>
      `${rate} % (${answered} von ${applications})`,
    noneHeld: "noch keine geführt",
    medianDays: "Typische Tage bis zur Antwort (Median)",
    openIntro: "Offen, mit dem nächsten Schritt:",
    name: (name: string, round: number) => (round > 1 ? `${name} (Runde ${round})` : name),
    next: (name: string, step: string) => `${name}: ${step}`,
    waiting: (name: string) => `${name}: wartet auf ihre Antwort`,
    keepApplying:
      "Verlass dich nie auf ein einziges Gespräch: schick diese Woche ein paar neue Bewerbungen ab.",
  },
  welcome: {
    subject: "Willkommen bei interview follow-up — antworte, um deine Adresse zu bestätigen",
    heading: "Willkommen!",
    what: "Leite Einladungen zu Vorstellungsgesprächen an diese Adresse weiter, und du bekommst zur richtigen Zeit eine E-Mail mit fertigem Entwurf: vorbereiten, bedanken, nachfragen, weiterziehen. Antworte in eigenen Worten, um festzuhalten, was passiert ist.",
    confirm:
      "Antworte zum Start auf diese E-Mail (irgendein Text genügt). Das zeigt, dass diese Adresse Post empfängt. Bis dahin wird nichts gespeichert, was du schickst.",
    expires: "Diese Bestätigung läuft in 7 Tagen ab. Dann leite deine Einladung noch einmal weiter.",
    confirmedSubject: "Alles bereit — leite deine erste Einladung weiter",
    confirmed:
      "Deine Adresse ist bestätigt. Leite eine Einladung zum Gespräch weiter (noch einmal, falls du schon eine geschickt hast), und dein Plan folgt.",
    settingsHint:
      "Antworte „Einstellungen“, um Zeitzone, Feiertage, Uhrzeit der Erinnerungen und Ruhezeiten zu sehen.",
  },
  settings: {
    unchangedSubject: "Einstellungen unverändert",
    changedSubject: (change: string) => `Einstellungen: ${change}`,
    subject: "Deine Einstellungen",
    problem: (problem: string) => `Nichts geändert: ${problem}.`,
    changed: (change: string) => `Geändert: ${change}. Offene Erinnerungen folgen den neuen Einstellungen.`,
    hint: "Ändern per Antwort: „timezone Europe/Berlin“, „country DE“, „send at 8:30“, „quiet 22-7“, „digest off“, „Sprache Deutsch“.",
    /** The word a language setting begins with ("Sprache Deutsch"). */
    languageKeyword: "Sprache",
    summaries: {
      timeZone: (zone: string) => `Zeitzone ${zone}`,
      holidays: (country: string) => `Feiertage von ${country}`,
      promptsAt: (time: string) => `Erinnerungen um ${time}`,
      quiet: (start: string, end: string) => `Ruhezeit von ${start} bis ${end}`,
      digest: (on: boolean) => `Wochenübersicht ${on ? "an" : "aus"}`,
      language: (name: string) => `Sprache ${name}`,
    },
    problems: {
      zoneSuggestion: (written: string, suggestion: string) =>
        `„${written}“ ist kein Zeitzonenname; meintest du ${suggestion}?`,
      notZone: (written: string) =>
        `„${written}“ ist kein Zeitzonenname wie Europe/Berlin oder America/Chicago`,
      notTime: (written: string) => `„${written}“ ist keine Uhrzeit wie 8:30`,
      notRange: (written: string) => `„${written}“ ist kein Stundenbereich wie 22-7`,
      notLanguage: (written: string, languages: string) =>
        `„${written}“ ist keine Sprache, in der ich schreibe; ich schreibe ${languages}`,
    },
    lines: {
      timeZone: (zone: string | null) => `Zeitzone: ${zone ?? "die des Gesprächs"}`,
      holidays: (country: string) => `Feiertage: ${country}`,
      promptsAt: (time: string) => `Erinnerungen um: ${time}`,
      quietHours: (start: string, end: string) => `Ruhezeit: ${start}–${end}`,
      digest: (on: boolean) => `Wochenübersicht: ${on ? "an" : "aus"}`,
      language: (name: string) => `Sprache: ${name}`,
    },
  },
  forget: {
    item: (name: string, round: number) => `${name}, Runde ${round}`,
    subject: (target: string | null) =>
      `Bestätigen: ${target === null ? "alles" : `deine Bewerbung bei ${target}`} löschen?`,
    intro: (interviews: number) =>
      `Das löscht ${gespraeche(interviews)} samt Erinnerungen und den dafür gespeicherten E-Mails:`,
    ask: "Zum Löschen antworte auf diese E-Mail mit „ja“. Sonst wird nichts gelöscht; diese Anfrage läuft in 24 Stunden ab.",
    nothingSubject: "Nichts wurde gelöscht",
    nothing: "Deine Daten sind unverändert.",
    deletedSubject: (interviews: number) => `Gelöscht: ${gespraeche(interviews)}`,
    deleted: (target: string | null, interviews: number) =>
      `${target === null ? "Alles ist" : `Deine Bewerbung bei ${target} ist`} gelöscht: ${gespraeche(interviews)} samt Erinnerungen und E-Mails.`,
    noMatchSubject: (target: string) => `Nichts passt zu „${target}“`,
    noMatch: (target: string) =>
      `Kein Gespräch passt zu „${target}“. Schreib die Firma so, wie sie in deinen Bestätigungen steht, oder „vergiss alles“.`,
  },
  heldAnswers: {
    subject: (answers: number) =>
      `${count("de", answers, { one: "# Antwort", other: "# Antworten" })} auf deine Nachrichten, wegen der E-Mail-Limits zurückgehalten`,
    intro: (answers: number) =>
      `Es waren mehr E-Mails fällig, als die Versandlimits erlauben (dein stündliches oder das tägliche des Kontos); deshalb habe ich ${count("de", answers, { one: "diese Antwort", other: "diese # Antworten" })} bis jetzt zurückgehalten:`,
  },
  draftBox: {
    textTop: "----- Entwurf (kopieren, anpassen, senden) -----",
    subject: "Betreff",
    htmlTop: "Entwurf — kopieren, anpassen, senden. Der Empfänger bleibt absichtlich leer.",
    open: "Diesen Entwurf im Mailprogramm öffnen",
    colon: ":",
  },
} satisfies Catalogue;
