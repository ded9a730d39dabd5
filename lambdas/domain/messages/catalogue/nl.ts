/** Nederlands: „je“ tegen wie het product gebruikt (brieven aan werkgevers met „u“). */
import type { Catalogue } from "./en";
import { count } from "./intl";

const met = (company: string | null) => (company ? ` met ${company}` : "");
const bij = (company: string | null) => (company ? ` bij ${company}` : "");
const gesprekken = (n: number) => count("nl", n, { one: "# gesprek", other: "# gesprekken" });

export const NL = {
  facts: {
    company: "Bedrijf",
    role: "Functie",
    when: "Wanneer",
    round: "Ronde",
    with: "Met",
    where: "Waar",
    join: "Deelnemen",
    sendTo: "Sturen naar",
  },
  notKnownYet: "nog niet bekend",
  interview: "Sollicitatiegesprek",
  kinds: {
    prep: "Voorbereiden: vraag wanneer ze beslissen",
    thankYou: "Stuur je bedankje",
    followUp: (number: number) => (number === 1 ? "Stuur een vervolgmail" : `Stuur vervolgmail ${number}`),
    moveOn: "Tijd om verder te gaan",
  },
  plan: {
    nothing: "Er staat niets gepland voor dit gesprek.",
    item: (label: string, when: string) => `${label} — ${when}`,
    timesAre: (zone: string) => `Alle tijden: ${zone}.`,
    whatNext: "Wat er nog komt:",
    nothingMore: "Er staat niets meer gepland voor dit gesprek.",
    heading: "Het plan:",
  },
  replyCommands: [
    "verstuurd — je hebt het bedankje gestuurd",
    "ze laten het vrijdag weten — wanneer ze beslissen",
    "nagevraagd (vandaag / op dinsdag) — je hebt een vervolgmail gestuurd",
    "ze hebben gereageerd — geen vervolgmails meer",
    "tweede gesprek 3 dec. om 14:00 — een nieuwe ronde van dezelfde sollicitatie",
    "aanbod / afgewezen / ik trek me terug — deze sollicitatie afsluiten",
    "ongedaan maken (of heropenen) — je laatste antwoord terugdraaien",
    "herinner me over 3 dagen / herinner me maandag — de herinnering waarop je antwoordt uitstellen",
    "de datum is 24 nov. 10:30 / bedrijf … / functie … — corrigeren wat ik las",
    "status — alles wat openstaat; export — je gegevens als CSV en .ics; help — deze lijst",
  ],
  undoHint: "Klopt het niet? Antwoord „ongedaan maken” en alles is weer zoals het was.",
  confirmation: {
    subject: (company: string | null, role: string | null) =>
      `Genoteerd: gesprek${met(company)}${role ? ` (${role})` : ""} — hier is je plan`,
    alreadySubject: (company: string | null, role: string | null) =>
      `Al gepland: gesprek${met(company)}${role ? ` (${role})` : ""} — hier is je plan`,
    updatedSubject: (company: string | null) =>
      `Gewijzigd: je gesprek${met(company)} is verplaatst — nieuw plan`,
    heading: "Je gesprek is opgeslagen",
    updatedHeading: "Je gesprek is gewijzigd; het plan is aangepast",
    guessesIntro: "Wat ik moest raden — controleer het:",
    guessesFix:
      "Klopt het niet? Antwoord met de correctie, bijv. „de datum is 24 nov. 10:30”, „bedrijf Lumen Freight”, „functie Staff Frontend Engineer”.",
    steps: "Bij elke stap krijg je een e-mail met een kant-en-klaar concept:",
    replyHint: (commands: string) =>
      `Antwoord op een van deze e-mails in je eigen woorden om vast te leggen wat er gebeurde:\n${commands}`,
    proposeLanguage: (language: string, command: string) =>
      `Deze uitnodiging is in het ${language} geschreven. Wil je deze e-mails ook in het ${language}, antwoord dan „${command}”.`,
    prepSkipped: "Geen voorbereidingsherinnering: het gesprek is al begonnen.",
    thankYouSkipped:
      "Geen herinnering voor een bedankje: het gesprek is meer dan een dag geleden. Heb je nog niet bedankt, dan helpt een kort bericht vandaag nog steeds.",
  },
  corrected: {
    subject: (change: string, company: string | null) => `Gecorrigeerd: ${change}${bij(company)}`,
    intro: (change: string) => `Gecorrigeerd: ${change}. Dit heb ik nu:`,
  },
  needsDate: {
    subject: "Geen datum van het gesprek gevonden — antwoord ermee",
    heading: "Ik kon niet vinden wanneer het gesprek is",
    where: (subject: string | null, reason: string) =>
      `In „${subject ?? "je doorgestuurde bericht"}”: ${reason}.`,
    ask: "Antwoord op deze e-mail met de datum en tijd, bijv. „3 dec. om 14:00”, of stuur de agenda-uitnodiging zelf door. Er is niets verloren: je bericht is bewaard.",
    stillSubject: "Ik heb de datum van het gesprek nog nodig",
    stillNoDate: (written: string, subject: string | null) =>
      `Ik vond geen datum in „${written}”${subject ? ` voor „${subject}”` : ""}.`,
    stillAsk: "Antwoord met de dag en tijd, bijv. „3 dec. om 14:00” of „dinsdag 10:30”.",
  },
  notAnInterview: {
    subject: "Dat leek geen uitnodiging voor een gesprek",
    heading: "Er is niets gepland",
    where: (subject: string | null, reason: string) => `In „${subject ?? "je bericht"}”: ${reason}.`,
    ask: "Stuur een uitnodiging voor een sollicitatiegesprek door (de agenda-uitnodiging of de bevestigingsmail) en ik plan je vervolgmails.",
    commands: (commands: string) => `Je kunt ook een van deze schrijven:\n${commands}`,
  },
  cancelled: {
    subject: (company: string | null) => `Geannuleerd: gesprek${met(company)} — herinneringen gestopt`,
    heading: "Het gesprek is geannuleerd",
    text: "Alle bijbehorende herinneringen zijn geannuleerd. Wordt het verzet, stuur dan de nieuwe uitnodiging door.",
  },
  prompts: {
    prepSubject: (company: string | null) => `Gesprek${met(company)} binnenkort: vraag wanneer ze beslissen`,
    prepHeading: "Voor het gesprek begint",
    prepAsk:
      "Vraag voordat je weggaat: „Wanneer verwacht u een beslissing, en wat zijn de volgende stappen?”",
    prepAskOnCall:
      "Vraag voordat het gesprek eindigt: „Wanneer verwacht u een beslissing, en wat zijn de volgende stappen?”",
    prepNames: (names: readonly string[]) =>
      `Noteer de naam van iedere gesprekspartner (tot nu toe: ${names.join(", ")}).`,
    prepNoNames: "Noteer de naam en het e-mailadres van iedere gesprekspartner.",
    prepAfter: "Antwoord daarna met wat ze zeiden, bijv. „ze laten het vrijdag weten”.",
    joinMeeting: "Deelnemen aan het gesprek",
    thankYouSubject: (company: string | null) =>
      company ? `Stuur ${company} vandaag je bedankje` : "Stuur vandaag je bedankje",
    thankYouHeading: "Een kort bedankje, binnen 24 uur",
    thankYouText:
      "Hier is een concept. Voeg één zin toe over iets waarover jullie spraken, lees het twee keer en verstuur het.",
    moveOnSubject: (company: string | null) =>
      `Geen antwoord${company ? ` van ${company}` : ""}: tijd om verder te gaan`,
    moveOnHeading: "Tijd om verder te gaan",
    moveOnText:
      "Je hebt nagevraagd en ze tijd gegeven. Stilte is zelden persoonlijk: solliciteren vraagt vaak een lange adem. Houd de deur open met een vriendelijk bericht, en blijf solliciteren.",
    moveOnTextNoFollowUp:
      "Je hebt ze tijd gegeven. Stilte is zelden persoonlijk: solliciteren vraagt vaak een lange adem. Houd de deur open met een vriendelijk bericht, en blijf solliciteren.",
    moveOnQuestions: [
      "Wat ging er goed in deze procedure dat je wilt herhalen?",
      "Welke vraag zou je de volgende keer anders beantwoorden?",
      "Welke twee sollicitaties verstuur je deze week?",
    ],
    followUpSubject: (company: string | null, number: number) =>
      `Vraag vandaag na${company ? ` bij ${company}` : ""}${number > 1 ? ` (vervolgmail ${number})` : ""}`,
    followUpHeading: "Tijd voor een beleefde vervolgmail",
    followUpAgainHeading: "Nog één vriendelijke vervolgmail",
    followUpText:
      "Per e-mail, niet telefonisch. Kort en vriendelijk; het concept laat de ontvanger leeg zodat er niets per ongeluk verstuurd wordt.",
    logThankYou: "Antwoord „verstuurd” zodra je het hebt gestuurd.",
    logFollowUp:
      "Antwoord „nagevraagd” zodra je het hebt gestuurd, of „ze hebben gereageerd” als ze antwoordden.",
    logPrep: "Antwoord wanneer ze beslissen, bijv. „ze laten het vrijdag weten”.",
    logMoveOn:
      "Antwoord „ik trek me terug” om af te sluiten, of „ze hebben gereageerd” als ze toch antwoordden.",
    snoozeHint: (log: string) => `${log} Nu even niet? „herinner me over 3 dagen” of „herinner me maandag”.`,
    reminderTitle: (company: string | null) => `Vervolgmail sturen${company ? ` naar ${company}` : ""}`,
  },
  replies: {
    ackSubject: (change: string) => `Genoteerd: ${change}`,
    ack: (change: string) => `Genoteerd: ${change}.`,
    nextRoundSubject: (company: string | null, when: string) =>
      `Volgende ronde${bij(company)}: ${when} — hier is het plan`,
    nextRoundNoDateSubject: (company: string | null) => `Genoteerd: een volgende ronde${bij(company)}`,
    nextRoundWellDone: "Goed gedaan, een volgende ronde! De vervolgmails van de vorige ronde stoppen.",
    nextRoundAskDate:
      "Zodra je de datum weet, antwoord ermee, bijv. „tweede gesprek 3 dec. om 14:00”, of stuur de uitnodiging door, en ik plan het.",
    nextRoundHeading: "Op naar de volgende ronde",
    nextRoundText: "De vervolgmails van de vorige ronde stoppen. De nieuwe ronde:",
    nextRoundPlan: "Het plan:",
    nextRoundInvite: (undo: string) =>
      `Sturen ze er een agenda-uitnodiging voor, stuur die ook door: ik pas de tijd aan. ${undo}`,
    snoozedSubject: (label: string, when: string | null) =>
      when ? `Uitgesteld: ${label} — ${when}` : `Uitgesteld: ${label}`,
    snoozedHeading: "Uitgesteld",
    snoozedMoved: (label: string, when: string, note: string | null) =>
      `„${label}” is verplaatst naar ${when}.${note ? ` ${note}` : ""}`,
    snoozedDropped: (label: string, note: string | null) =>
      `„${label}” wordt niet verstuurd: ${note ?? "het zou te laat komen"}.`,
    snoozedOnlyLater: "Uitstellen verschuift een herinnering alleen naar later; de andere houden hun tijd.",
    offerSubject: (company: string | null) =>
      `Gefeliciteerd met het aanbod${company ? ` van ${company}` : ""}!`,
    offerHeading: "Gefeliciteerd!",
    offerText: (company: string | null) =>
      `Goed gedaan${company ? `, een aanbod van ${company}` : ""}. Alle bijbehorende herinneringen zijn geannuleerd.`,
    offerAdvice:
      "Neem de tijd om het aanbod te lezen; het is heel gewoon om een paar dagen bedenktijd te vragen.",
    rejectedSubject: (company: string | null) =>
      `Jammer${company ? ` van ${company}` : ""} — een verzoek om feedback en de volgende stappen`,
    rejectedHeading: "Dat is een flinke teleurstelling",
    rejectedText:
      "Het is zelden persoonlijk: solliciteren vraagt vaak een lange adem. De herinneringen zijn geannuleerd. Als je wilt, vraag dan om feedback met het bericht hieronder.",
    rejectedQuestions: [
      "Wat ging er goed dat je wilt herhalen?",
      "Wat zou je de volgende keer anders voorbereiden?",
      "Welke sollicitaties verstuur je deze week?",
    ],
    withdrawn: "Teruggetrokken. Alle bijbehorende herinneringen zijn geannuleerd.",
    declined:
      "Je hebt hun aanbod afgeslagen: de sollicitatie is afgesloten en alle herinneringen zijn geannuleerd. Vriendelijk nee zeggen houdt de deur open.",
    heardBack: "Ze hebben gereageerd, dus de vervolgmails stoppen.",
    closedSubject: (what: "withdrawn" | "heard back" | "declined", company: string | null) =>
      `Genoteerd: ${what === "declined" ? "aanbod afgeslagen" : what === "withdrawn" ? "teruggetrokken" : "ze hebben gereageerd"}${bij(company)}`,
    reopenedSubject: (change: string, company: string | null) => `Heropend: ${change}${bij(company)}`,
    undoneSubject: (change: string, company: string | null) => `Ongedaan gemaakt: ${change}${bij(company)}`,
    reopened: (change: string, company: string | null) =>
      `${company ? `Je sollicitatie bij ${company} is heropend` : "Heropend"} („${change}” is teruggedraaid). Het plan geldt weer:`,
    undone: (change: string) => `Ongedaan gemaakt: ${change}. Het plan is zoals het was:`,
    nothingToUndoSubject: (company: string | null) => `Niets ongedaan te maken${bij(company)}`,
    nothingToUndo:
      "Er is geen eerder antwoord van je over dit gesprek om terug te draaien; er is niets veranderd.",
    outcomes: {
      offer: "je kreeg een aanbod",
      rejected: "ze zeiden nee",
      withdrawn: "je trok je terug",
      cancelled: "het gesprek werd geannuleerd",
      "heard-back": "ze hebben gereageerd",
    },
    closedAppSubject: (company: string | null) =>
      company ? `Je sollicitatie bij ${company} is afgesloten` : "Deze sollicitatie is afgesloten",
    closedApp: (company: string | null, why: string | null) =>
      `Deze sollicitatie${bij(company)} is afgesloten${why ? ` (${why})` : ""}; dat antwoord veranderde niets.`,
    reopenHint: "Antwoord „heropenen” om haar weer te openen; de herinneringen komen terug.",
    unknownSubject: "Dat gesprek is er niet meer",
    unknown:
      "Het gesprek waar deze e-mail over ging is verwijderd, dus er is niets veranderd. Stuur de uitnodiging opnieuw door om opnieuw te beginnen.",
  },
  changes: {
    thankYouSent: "bedankje verstuurd",
    decisionBy: (day: string) => `ze beslissen uiterlijk ${day}`,
    followUpSentOn: (day: string) => `vervolgmail verstuurd op ${day}`,
    heardBack: "ze hebben gereageerd; de vervolgmails stoppen",
    offer: "aanbod",
    rejected: "afgewezen",
    withdrawn: "teruggetrokken",
    offerDeclined: "aanbod afgeslagen",
    snoozed: (prompt: string) => `${prompt} uitgesteld`,
    nothingToSnooze: "er staat niets open om uit te stellen",
    snoozeAlreadyLater: "Het stond al voor dan gepland, later dan je vroeg; er is niets veranderd.",
    snoozeAfterStart: "die zou pas na het begin van het gesprek komen",
    snoozeFollowUpDay:
      "Vervolgmails gaan op werkdagen uit en nooit op maandag, dus dat is de eerstvolgende geschikte dag.",
    snoozeBusinessDay: "Dat is de eerste werkdag vanaf dan.",
    snoozeQuietHours:
      "Dat is het eerste moment buiten je rusttijden en na de herinneringen die ervoor gepland zijn.",
    interviewIs: (when: string) => `het gesprek is ${when}`,
    companyIs: (company: string) => `het bedrijf is ${company}`,
    roleIs: (role: string) => `de functie is ${role}`,
    interviewersAdded: (names: string | null, added: number) =>
      names === null
        ? "niemand nieuw toegevoegd als gesprekspartner"
        : `${names} toegevoegd als ${added === 1 ? "gesprekspartner" : "gesprekspartners"}`,
    nothingCalled: (written: string) => `niets hier heet „${written}”, dus er is niets veranderd`,
    removed: (what: string) => `${what} verwijderd`,
    theCompany: (company: string) => `het bedrijf „${company}”`,
    theRole: (role: string) => `de functie „${role}”`,
    replyWithDate: (change: string) => `${change}; antwoord nu met de datum en tijd`,
    nextRound: "volgende ronde",
    reopened: "heropend",
    movedOn: "afgesloten zonder reactie",
    undone: (change: string) => `${change} ongedaan gemaakt`,
    stillWaiting: (said: string) =>
      `${said}; deze doorgestuurde mail wacht nog op zijn datum — antwoord met de datum en tijd`,
    yourLastReply: "je laatste antwoord",
    nothingToUndo: "er is niets om ongedaan te maken of te heropenen",
    theCancellation: "de annulering",
    theClosing: "de afsluiting",
    quoted: (change: string) => `„${change}”`,
    yourReply: "je antwoord",
    notAnEmail: "het bericht kon niet als e-mail gelezen worden; stuur de uitnodiging opnieuw door",
    tooLarge: (megabytes: number, limit: number) =>
      `het bericht is ${megabytes} MB, groter dan de ${limit} MB die ik lees; stuur alleen de uitnodiging door, zonder bijlagen`,
    notAnInvitation: "het lijkt geen uitnodiging",
    noDate: "er is geen datum en tijd van het gesprek gevonden",
    tooManyInterviewers: (max: number) =>
      `een ronde heeft hoogstens ${max} gesprekspartners, dus er is niemand toegevoegd; antwoord „remove …” om ruimte te maken`,
    tooManyRounds: (max: number) =>
      `een sollicitatie heeft hoogstens ${max} rondes, dus er is geen nieuwe ronde toegevoegd; stuur in plaats daarvan de uitnodiging door`,
  },
  confirmClosing: {
    subject: (company: string | null, withdrawn: boolean) =>
      withdrawn
        ? "Heb je je sollicitatie ingetrokken? Antwoord „ja” om af te sluiten"
        : `Heeft ${company ?? "het bedrijf"} geantwoord? Antwoord „ja” om af te sluiten`,
    offer: (company: string | null) =>
      `Het klinkt alsof ${company ?? "het bedrijf"} je een aanbod heeft gedaan — antwoord „ja” en ik sluit de sollicitatie af; er is nog niets veranderd.`,
    rejected: (company: string | null) =>
      `Het klinkt alsof ${company ?? "het bedrijf"} je heeft afgewezen — antwoord „ja” en ik sluit de sollicitatie af; er is nog niets veranderd.`,
    withdrawn: (company: string | null) =>
      `Het klinkt alsof je je sollicitatie bij ${company ?? "het bedrijf"} hebt ingetrokken — antwoord „ja” en ik sluit haar af; er is nog niets veranderd.`,
  },
  calendar: {
    title: (name: string, round: number, state: string) => `${name} (ronde ${round}, ${state})`,
    states: {
      active: "open",
      closed: "afgesloten",
      cancelled: "geannuleerd",
      offer: "aanbod",
      rejected: "afgewezen",
      withdrawn: "teruggetrokken",
      "heard-back": "gereageerd",
    },
    with: (names: string) => `Met ${names}`,
    join: (url: string) => `Deelnemen: ${url}`,
  },
  help: {
    subject: "Zo gebruik je interview follow-up",
    notUnderstoodSubject: "Sorry, dat antwoord begreep ik niet",
    notUnderstood: (written: string, didYouMean: string | null) =>
      `Ik begreep „${written}” niet, dus er is niets veranderd.${didYouMean ? ` ${didYouMean}` : ""}`,
    empty: (didYouMean: string | null) =>
      `Je antwoord leek leeg (alleen een citaat of een handtekening), dus er is niets veranderd.${didYouMean ? ` ${didYouMean}` : ""}`,
    didYouMean: (choices: string) => `Bedoelde je ${choices}?`,
    quote: (command: string) => `„${command}”`,
    intro: "Antwoord op een herinnering met een van deze:",
    languages: (written: string, understood: string, command: string) =>
      `Je antwoord lijkt in het ${written} te zijn; ik lees antwoorden in het ${understood}. Om me in het ${written} te schrijven, antwoord eerst „${command}”.`,
  },
  status: {
    nothingSubject: "Status: niets open",
    nothing: "Geen open gesprekken. Stuur een uitnodiging door om te beginnen.",
    subject: "Status: wat er openstaat",
    heading: (open: number) => count("nl", open, { one: "# open gesprek", other: "# open gesprekken" }),
    line: (name: string, role: string | null, round: number, when: string | null) =>
      `${name}${role ? ` (${role})` : ""}${round > 1 ? `, ronde ${round}` : ""}${when ? ` — ${when}` : ""}`,
  },
  tone: {
    calmSubject: "Toontoets: rustig en helder",
    calm: "Je concept klinkt rustig en vriendelijk. Lees het nog één keer en verstuur het.",
    subject: (findings: number) =>
      `Toontoets: ${count("nl", findings, { one: "# punt", other: "# punten" })} om te verzachten`,
    intro: "Een paar formuleringen kunnen aandringend overkomen. Suggesties:",
    finding: (excerpt: string, rule: string, suggestion: string) => `„${excerpt}” (${rule}): ${suggestion}`,
    rules: {
      pressing: "aandringend",
      demanding: "eisend",
      accusatory: "verwijtend",
      urgency: "haast",
      desperation: "wanhoop",
      shouting: "hoofdletters",
      exclamations: "uitroeptekens",
    },
  },
  export: {
    subject: "Je gespreksgegevens (CSV en agenda)",
    text: (interviews: number) =>
      `Bijgevoegd: ${gesprekken(interviews)} als spreadsheet (CSV) en als agendabestand (.ics).`,
  },
  digest: {
    subject: (open: number) =>
      `Je week: ${count("nl", open, { one: "# open gesprek", other: "# open gesprekken" })} — blijf solliciteren`,
    heading: "Je zoektocht naar werk deze week",
    interviewsThisWeek: "Gesprekken deze week",
    answers: "Antwoorden na gesprekken",
    answerRate: (rate: number, answered: number, applications: number) =>
      `${rate}% (${answered} van ${applications})`,
    noneHeld: "nog geen gevoerd",
    medianDays: "Mediaan aantal dagen tot antwoord",
    openIntro: "Open, met de volgende stap:",
    name: (name: string, round: number) => (round > 1 ? `${name} (ronde ${round})` : name),
    next: (name: string, step: string) => `${name}: ${step}`,
    waiting: (name: string) => `${name}: wacht op hun antwoord`,
    keepApplying: "Vertrouw nooit op één gesprek: stuur deze week een paar nieuwe sollicitaties.",
  },
  welcome: {
    subject: "Welkom bij interview follow-up — antwoord om je adres te bevestigen",
    heading: "Welkom!",
    what: "Stuur uitnodigingen voor sollicitatiegesprekken door naar dit adres en je krijgt op het juiste moment een e-mail met een kant-en-klaar concept: voorbereiden, bedanken, opvolgen en verdergaan. Antwoord in je eigen woorden om vast te leggen wat er gebeurde.",
    confirm:
      "Antwoord om te beginnen op deze e-mail (elke tekst is goed). Zo blijkt dat dit adres post ontvangt. Tot die tijd wordt niets bewaard van wat je stuurt.",
    expires: "Deze bevestiging verloopt over 7 dagen. Stuur daarna je uitnodiging opnieuw door.",
    confirmedSubject: "Alles klaar — stuur je eerste uitnodiging door",
    confirmed:
      "Je adres is bevestigd. Stuur een uitnodiging voor een gesprek door (opnieuw, als je er al een stuurde) en je plan volgt.",
    settingsHint:
      "Antwoord „instellingen” om je tijdzone, feestdagen, tijd van herinneringen en stille uren te zien.",
  },
  settings: {
    unchangedSubject: "Instellingen ongewijzigd",
    changedSubject: (change: string) => `Instellingen: ${change}`,
    subject: "Je instellingen",
    problem: (problem: string) => `Niets veranderd: ${problem}.`,
    changed: (change: string) =>
      `Gewijzigd: ${change}. Openstaande herinneringen volgen de nieuwe instellingen.`,
    hint: "Wijzig ze door te antwoorden: „timezone Europe/Amsterdam”, „country NL”, „send at 8:30”, „quiet 22-7”, „digest off”, „taal Nederlands”.",
    /** The word a language setting begins with ("Sprache Deutsch"). */
    languageKeyword: "taal",
    summaries: {
      timeZone: (zone: string) => `tijdzone ${zone}`,
      holidays: (country: string) => `feestdagen van ${country}`,
      promptsAt: (time: string) => `herinneringen om ${time}`,
      quiet: (start: string, end: string) => `stil van ${start} tot ${end}`,
      digest: (on: boolean) => `weekoverzicht ${on ? "aan" : "uit"}`,
      language: (name: string) => `taal ${name}`,
    },
    problems: {
      zoneSuggestion: (written: string, suggestion: string) =>
        `„${written}” is geen tijdzonenaam; bedoelde je ${suggestion}?`,
      notZone: (written: string) =>
        `„${written}” is geen tijdzonenaam zoals Europe/Amsterdam of America/Chicago`,
      notTime: (written: string) => `„${written}” is geen tijdstip zoals 8:30`,
      notRange: (written: string) => `„${written}” is geen reeks uren zoals 22-7`,
      notLanguage: (written: string, languages: string) =>
        `„${written}” is geen taal waarin ik schrijf; ik schrijf ${languages}`,
    },
    lines: {
      timeZone: (zone: string | null) => `Tijdzone: ${zone ?? "die van het gesprek"}`,
      holidays: (country: string) => `Feestdagen: ${country}`,
      promptsAt: (time: string) => `Herinneringen om: ${time}`,
      quietHours: (start: string, end: string) => `Stille uren: ${start}–${end}`,
      digest: (on: boolean) => `Weekoverzicht: ${on ? "aan" : "uit"}`,
      language: (name: string) => `Taal: ${name}`,
    },
  },
  forget: {
    item: (name: string, round: number) => `${name}, ronde ${round}`,
    subject: (target: string | null) =>
      `Bevestigen: ${target === null ? "alles" : `je sollicitatie bij ${target}`} verwijderen?`,
    intro: (interviews: number) =>
      `Dit verwijdert ${gesprekken(interviews)}, hun herinneringen en de originele e-mails die ervoor bewaard zijn:`,
    ask: "Antwoord op deze e-mail met „ja” om te verwijderen. Anders wordt er niets verwijderd; dit verzoek verloopt over 24 uur.",
    nothingSubject: "Er is niets verwijderd",
    nothing: "Je gegevens zijn ongewijzigd.",
    deletedSubject: (interviews: number) => `Verwijderd: ${gesprekken(interviews)}`,
    deleted: (target: string | null, interviews: number) =>
      `${target === null ? "Alles is" : `Je sollicitatie bij ${target} is`} verwijderd: ${gesprekken(interviews)}, hun herinneringen en hun originele e-mails.`,
    noMatchSubject: (target: string) => `Niets komt overeen met „${target}”`,
    noMatch: (target: string) =>
      `Geen gesprek komt overeen met „${target}”. Schrijf het bedrijf zoals het in je bevestigingen staat, of „vergeet alles”.`,
  },
  heldAnswers: {
    subject: (answers: number) =>
      `${count("nl", answers, { one: "# antwoord op je berichten", other: "# antwoorden op je berichten" })}, tegengehouden door de verzendlimieten`,
    intro: (answers: number) =>
      `Er stonden meer e-mails klaar dan de verzendlimieten toestaan (je limiet per uur of de daglimiet van het account), dus heb ik ${count("nl", answers, { one: "dit antwoord", other: "deze # antwoorden" })} tot nu tegengehouden:`,
  },
  draftBox: {
    textTop: "----- Concept (kopiëren, aanpassen, versturen) -----",
    subject: "Onderwerp",
    htmlTop: "Concept — kopiëren, aanpassen, versturen. De ontvanger is met opzet leeg gelaten.",
    open: "Dit concept openen in je mailprogramma",
    colon: ":",
  },
} satisfies Catalogue;
