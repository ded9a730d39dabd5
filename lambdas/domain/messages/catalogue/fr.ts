/** Français : le vouvoiement, l'espace insécable devant « : ; ? ! » et dans les guillemets. */
import type { Catalogue } from "./en";
import { count } from "./intl";

const avec = (company: string | null) => (company ? ` avec ${company}` : "");
const chez = (company: string | null) => (company ? ` chez ${company}` : "");
/** "de Lumière", "d’Acme": French elides "de" before a vowel or a mute h. */
const of = (name: string) => (/^[aeiouyàâäéèêëîïôöûüùh]/i.test(name) ? `d’${name}` : `de ${name}`);
const entretiens = (n: number) => count("fr", n, { one: "# entretien", other: "# entretiens" });

export const FR = {
  facts: {
    company: "Entreprise",
    role: "Poste",
    when: "Quand",
    round: "Tour",
    with: "Avec",
    where: "Où",
    join: "Rejoindre",
    sendTo: "À envoyer à",
  },
  notKnownYet: "pas encore connu",
  interview: "Entretien",
  kinds: {
    prep: "Préparer : demander quand ils décideront",
    thankYou: "Envoyer votre message de remerciement",
    followUp: (number: number) => (number === 1 ? "Relancer" : `Relancer (relance ${number})`),
    moveOn: "Passer à autre chose",
  },
  plan: {
    nothing: "Rien n’est prévu pour cet entretien.",
    item: (label: string, when: string) => `${label} — ${when}`,
    timesAre: (zone: string) => `Fuseau horaire : ${zone}.`,
    whatNext: "La suite :",
    nothingMore: "Plus rien n’est prévu pour cet entretien.",
    heading: "Le plan :",
  },
  replyCommands: [
    "envoyé — vous avez envoyé le remerciement",
    "réponse d’ici vendredi — quand ils décideront",
    "relancé (aujourd’hui / mardi) — vous avez relancé",
    "ils m’ont répondu — plus de relances",
    "deuxième entretien le 3 déc. à 14 h — un nouveau tour de la même candidature",
    "offre / refus / je me retire — clore cette candidature",
    "annuler (ou rouvrir) — revenir sur votre dernière réponse",
    "rappelle-moi dans 3 jours / rappelle-moi lundi — décaler le rappel auquel vous répondez",
    "la date est le 24 nov. à 10 h 30 / entreprise … / poste … — corriger ce que j’ai lu",
    "statut — tout ce qui est en cours ; exporter — vos données en CSV et .ics ; aide — cette liste",
  ],
  undoHint: "Une erreur ? Répondez « annuler » et tout redevient comme avant.",
  confirmation: {
    subject: (company: string | null, role: string | null) =>
      `C’est noté : entretien${avec(company)}${role ? ` (${role})` : ""} — voici votre plan`,
    alreadySubject: (company: string | null, role: string | null) =>
      `Déjà prévu : entretien${avec(company)}${role ? ` (${role})` : ""} — voici votre plan`,
    updatedSubject: (company: string | null) =>
      `Modifié : votre entretien${avec(company)} a été déplacé — nouveau plan`,
    heading: "Votre entretien est enregistré",
    updatedHeading: "Votre entretien a changé ; le plan suit",
    guessesIntro: "Ce que j’ai dû deviner — à vérifier :",
    guessesFix:
      "Une erreur ? Répondez avec la correction, par ex. « la date est le 24 nov. à 10 h 30 », « entreprise Lumen Freight », « poste Staff Frontend Engineer ».",
    steps: "À chaque étape, vous recevrez un e-mail avec un brouillon prêt :",
    replyHint: (commands: string) =>
      `Répondez à n’importe lequel de ces e-mails avec vos propres mots pour noter ce qui s’est passé :\n${commands}`,
    proposeLanguage: (language: string, command: string) =>
      `Cette invitation est rédigée en ${language}. Pour recevoir ces e-mails en ${language} aussi, répondez « ${command} ».`,
    prepSkipped: "Pas de rappel de préparation : l’entretien a déjà commencé.",
    thankYouSkipped:
      "Pas de rappel de remerciement : l’entretien date de plus d’un jour. Si vous n’avez pas encore remercié, un court message aujourd’hui reste utile.",
  },
  corrected: {
    subject: (change: string, company: string | null) => `Corrigé : ${change}${chez(company)}`,
    intro: (change: string) => `Corrigé : ${change}. Voici ce que j’ai maintenant :`,
  },
  needsDate: {
    subject: "Date de l’entretien introuvable — répondez en l’indiquant",
    heading: "Je n’ai pas trouvé quand a lieu l’entretien",
    where: (subject: string | null, reason: string) =>
      `Dans « ${subject ?? "votre transfert"} » : ${reason}.`,
    ask: "Répondez à cet e-mail avec la date et l’heure, par ex. « 3 déc. à 14 h », ou transférez l’invitation de calendrier elle-même. Rien n’est perdu : votre message est conservé.",
    stillSubject: "Il me manque toujours la date de l’entretien",
    stillNoDate: (written: string, subject: string | null) =>
      `Je n’ai pas trouvé de date dans « ${written} »${subject ? ` pour « ${subject} »` : ""}.`,
    stillAsk: "Répondez avec le jour et l’heure, par ex. « 3 déc. à 14 h » ou « mardi 10 h 30 ».",
  },
  notAnInterview: {
    subject: "Cela ne ressemblait pas à une invitation à un entretien",
    heading: "Rien n’a été planifié",
    where: (subject: string | null, reason: string) => `Dans « ${subject ?? "votre message"} » : ${reason}.`,
    ask: "Transférez une invitation à un entretien (l’invitation de calendrier ou l’e-mail de confirmation) et je planifierai vos relances.",
    commands: (commands: string) => `Vous pouvez aussi écrire l’un de ceux-ci :\n${commands}`,
  },
  cancelled: {
    subject: (company: string | null) => `Annulé : entretien${avec(company)} — rappels arrêtés`,
    heading: "L’entretien a été annulé",
    text: "Tous ses rappels sont annulés. S’il est reprogrammé, transférez la nouvelle invitation.",
  },
  prompts: {
    prepSubject: (company: string | null) =>
      `Entretien${avec(company)} bientôt : demandez quand ils décideront`,
    prepHeading: "Avant d’y aller",
    prepAsk:
      "Avant de partir, demandez : « Quand pensez-vous prendre votre décision, et quelles sont les prochaines étapes ? »",
    prepAskOnCall:
      "Avant la fin de l’appel, demandez : « Quand pensez-vous prendre votre décision, et quelles sont les prochaines étapes ? »",
    prepNames: (names: readonly string[]) =>
      `Notez le nom de chaque interlocuteur (jusqu’ici : ${names.join(", ")}).`,
    prepNoNames: "Notez le nom et l’e-mail de chaque interlocuteur.",
    prepAfter: "Ensuite, répondez avec ce qu’ils ont dit, par ex. « réponse d’ici vendredi ».",
    joinMeeting: "Rejoindre la réunion",
    thankYouSubject: (company: string | null) =>
      company
        ? `Envoyez votre remerciement à ${company} aujourd’hui`
        : "Envoyez votre remerciement aujourd’hui",
    thankYouHeading: "Un court remerciement, dans les 24 heures",
    thankYouText:
      "Voici un brouillon. Ajoutez une phrase sur un sujet abordé, relisez-le deux fois, puis envoyez-le.",
    moveOnSubject: (company: string | null) =>
      `Pas de réponse${company ? ` ${of(company)}` : ""} : il est temps de passer à autre chose`,
    moveOnHeading: "Il est temps de passer à autre chose",
    moveOnText:
      "Vous avez relancé et leur avez laissé du temps. Un silence n’a rarement rien de personnel : le recrutement reste en partie une affaire de chiffres. Laissez la porte ouverte avec un mot aimable, et continuez à postuler.",
    moveOnTextNoFollowUp:
      "Vous leur avez laissé du temps. Un silence n’a rarement rien de personnel : le recrutement reste en partie une affaire de chiffres. Laissez la porte ouverte avec un mot aimable, et continuez à postuler.",
    moveOnQuestions: [
      "Qu’est-ce qui a bien fonctionné dans ce processus et que vous aimeriez reproduire ?",
      "À quelle question répondriez-vous autrement la prochaine fois ?",
      "Quelles deux candidatures enverrez-vous cette semaine ?",
    ],
    followUpSubject: (company: string | null, number: number) =>
      `Relancez${company ? ` ${company}` : ""} aujourd’hui${number > 1 ? ` (relance ${number})` : ""}`,
    followUpHeading: "C’est le moment d’une relance polie",
    followUpAgainHeading: "Une nouvelle relance, en douceur",
    followUpText:
      "Par e-mail, pas par téléphone. Bref et aimable ; le brouillon ci-dessous laisse le destinataire vide pour que rien ne parte par erreur.",
    logThankYou: "Répondez « envoyé » une fois le message parti.",
    logFollowUp:
      "Répondez « relancé » une fois le message parti, ou « ils m’ont répondu » s’ils ont répondu.",
    logPrep: "Répondez avec la date de leur décision, par ex. « réponse d’ici vendredi ».",
    logMoveOn:
      "Répondez « je me retire » pour clore la candidature, ou « ils m’ont répondu » s’ils ont finalement répondu.",
    snoozeHint: (log: string) =>
      `${log} Pas maintenant ? « rappelle-moi dans 3 jours » ou « rappelle-moi lundi ».`,
    reminderTitle: (company: string | null) => `Envoyer la relance${company ? ` à ${company}` : ""}`,
  },
  replies: {
    ackSubject: (change: string) => `C’est noté : ${change}`,
    ack: (change: string) => `C’est noté : ${change}.`,
    nextRoundSubject: (company: string | null, when: string) =>
      `Tour suivant${chez(company)} : ${when} — voici son plan`,
    nextRoundNoDateSubject: (company: string | null) => `C’est noté : un tour suivant${chez(company)}`,
    nextRoundWellDone: "Bravo, vous passez au tour suivant ! Les relances du tour précédent s’arrêtent.",
    nextRoundAskDate:
      "Quand vous connaîtrez la date, répondez en l’indiquant, par ex. « deuxième entretien le 3 déc. à 14 h », ou transférez l’invitation, et je le planifierai.",
    nextRoundHeading: "En route pour le tour suivant",
    nextRoundText: "Les relances du tour précédent s’arrêtent. Le nouveau tour :",
    nextRoundPlan: "Son plan :",
    nextRoundInvite: (undo: string) =>
      `S’ils envoient une invitation de calendrier, transférez-la aussi : je mettrai l’heure à jour. ${undo}`,
    snoozedSubject: (label: string, when: string | null) =>
      when ? `Décalé : ${label} — ${when}` : `Décalé : ${label}`,
    snoozedHeading: "Décalé",
    snoozedMoved: (label: string, when: string, note: string | null) =>
      `« ${label} » est décalé au ${when}.${note ? ` ${note}` : ""}`,
    snoozedDropped: (label: string, note: string | null) =>
      `« ${label} » ne sera pas envoyé : ${note ?? "il arriverait trop tard"}.`,
    snoozedOnlyLater: "Un report ne fait que retarder un rappel ; les autres gardent leur horaire.",
    offerSubject: (company: string | null) =>
      `Félicitations pour l’offre${company ? ` ${of(company)}` : ""} !`,
    offerHeading: "Félicitations !",
    offerText: (company: string | null) =>
      `Bravo${company ? ` pour l’offre ${of(company)}` : ""}. Tous ses rappels sont annulés.`,
    offerAdvice:
      "Prenez le temps de lire l’offre ; il est tout à fait normal de demander quelques jours pour décider.",
    rejectedSubject: (company: string | null) =>
      `Désolé pour ${company ?? "cette candidature"} — demander un retour, et la suite`,
    rejectedHeading: "C’est une nouvelle difficile",
    rejectedText:
      "Ce n’est presque jamais personnel : le recrutement reste en partie une affaire de chiffres. Ses rappels sont annulés. Si vous le souhaitez, demandez un retour avec le message ci-dessous.",
    rejectedQuestions: [
      "Qu’est-ce qui a bien fonctionné et que vous aimeriez reproduire ?",
      "Que prépareriez-vous autrement la prochaine fois ?",
      "Quelles candidatures enverrez-vous cette semaine ?",
    ],
    withdrawn: "Candidature retirée. Tous ses rappels sont annulés.",
    declined:
      "Vous avez décliné leur offre : la candidature est close et tous ses rappels sont annulés. Un refus aimable garde la porte ouverte.",
    heardBack: "Ils ont répondu : les relances s’arrêtent.",
    closedSubject: (what: "withdrawn" | "heard back" | "declined", company: string | null) =>
      `C’est noté : ${what === "declined" ? "offre déclinée" : what === "withdrawn" ? "candidature retirée" : "ils ont répondu"}${chez(company)}`,
    reopenedSubject: (change: string, company: string | null) => `Rouvert : ${change}${chez(company)}`,
    undoneSubject: (change: string, company: string | null) => `Annulé : ${change}${chez(company)}`,
    reopened: (change: string, company: string | null) =>
      `${company ? `Votre candidature chez ${company} est rouverte` : "Candidature rouverte"} (« ${change} » est annulé). Le plan est rétabli :`,
    undone: (change: string) => `Annulé : ${change}. Le plan est comme avant :`,
    nothingToUndoSubject: (company: string | null) => `Rien à annuler${chez(company)}`,
    nothingToUndo:
      "Il n’y a pas de réponse antérieure de votre part sur cet entretien à annuler ; rien n’a changé.",
    outcomes: {
      offer: "vous avez reçu une offre",
      rejected: "ils ont dit non",
      withdrawn: "vous avez retiré votre candidature",
      cancelled: "l’entretien a été annulé",
      "heard-back": "ils ont répondu",
    },
    closedAppSubject: (company: string | null) =>
      company ? `Votre candidature chez ${company} est close` : "Cette candidature est close",
    closedApp: (company: string | null, why: string | null) =>
      `Cette candidature${chez(company)} est close${why ? ` (${why})` : ""} ; cette réponse n’a rien changé.`,
    reopenHint: "Répondez « rouvrir » pour la rouvrir ; ses rappels reviennent.",
    unknownSubject: "Cet entretien n’existe plus ici",
    unknown:
      "L’entretien dont parlait cet e-mail a été supprimé ; rien n’a changé. Transférez à nouveau l’invitation pour recommencer.",
  },
  changes: {
    thankYouSent: "remerciement envoyé",
    decisionBy: (day: string) => `ils décideront d’ici le ${day}`,
    followUpSentOn: (day: string) => `relance envoyée le ${day}`,
    heardBack: "ils ont répondu ; plus de relances",
    offer: "offre",
    rejected: "refus",
    withdrawn: "candidature retirée",
    offerDeclined: "offre déclinée",
    snoozed: (prompt: string) => `${prompt} reporté`,
    nothingToSnooze: "il n’y a rien en attente à reporter",
    snoozeAlreadyLater: "C’était déjà prévu à ce moment-là, plus tard que demandé ; rien n’a changé.",
    snoozeAfterStart: "il arriverait après le début de l’entretien",
    snoozeFollowUpDay:
      "Les relances partent les jours ouvrés et jamais un lundi : c’est donc le premier jour de ce type.",
    snoozeBusinessDay: "C’est le premier jour ouvré à partir de là.",
    snoozeQuietHours:
      "C’est le premier moment hors de vos heures de silence et après les rappels prévus avant.",
    interviewIs: (when: string) => `l’entretien est ${when}`,
    companyIs: (company: string) => `l’entreprise est ${company}`,
    roleIs: (role: string) => `le poste est ${role}`,
    interviewersAdded: (names: string | null, added: number) =>
      names === null
        ? "personne de nouveau ajouté comme interlocuteur"
        : `${names} ${added === 1 ? "ajouté comme interlocuteur" : "ajoutés comme interlocuteurs"}`,
    nothingCalled: (written: string) => `rien ici ne s’appelle « ${written} », donc rien n’a changé`,
    removed: (what: string) => `retiré : ${what}`,
    theCompany: (company: string) => `l’entreprise « ${company} »`,
    theRole: (role: string) => `le poste « ${role} »`,
    replyWithDate: (change: string) => `${change} ; répondez maintenant avec la date et l’heure`,
    nextRound: "tour suivant",
    reopened: "rouvert",
    movedOn: "candidature close sans réponse",
    undone: (change: string) => `${change} annulé`,
    stillWaiting: (said: string) =>
      `${said} ; ce transfert attend encore sa date — répondez avec la date et l’heure`,
    yourLastReply: "votre dernière réponse",
    nothingToUndo: "il n’y a rien à annuler ni à rouvrir",
    theCancellation: "l’annulation",
    theClosing: "la clôture",
    quoted: (change: string) => `« ${change} »`,
    yourReply: "votre réponse",
    notAnEmail: "le message n’a pas pu être lu comme un e-mail ; transférez de nouveau l’invitation",
    tooLarge: (megabytes: number, limit: number) =>
      `le message fait ${megabytes} Mo, plus que les ${limit} Mo que je lis ; transférez seulement l’invitation, sans pièces jointes`,
    notAnInvitation: "cela ne ressemble pas à une invitation",
    noDate: "aucune date ni heure d’entretien n’a été trouvée",
    tooManyInterviewers: (max: number) =>
      `un tour compte au plus ${max} interlocuteurs, donc personne n’a été ajouté ; répondez « remove … » pour faire de la place`,
    tooManyRounds: (max: number) =>
      `une candidature compte au plus ${max} tours, donc aucun nouveau tour n’a été ajouté ; transférez plutôt son invitation`,
  },
  confirmClosing: {
    subject: (company: string | null, withdrawn: boolean) =>
      withdrawn
        ? "Avez-vous retiré votre candidature ? Répondez « oui » pour la clôturer"
        : `${company ?? "L’entreprise"} a-t-elle répondu ? Répondez « oui » pour clôturer`,
    offer: (company: string | null) =>
      `On dirait que ${company ?? "l’entreprise"} vous a fait une offre — répondez « oui » et je clôture la candidature ; rien n’a encore changé.`,
    rejected: (company: string | null) =>
      `On dirait que ${company ?? "l’entreprise"} a refusé votre candidature — répondez « oui » et je la clôture ; rien n’a encore changé.`,
    withdrawn: (company: string | null) =>
      `On dirait que vous avez retiré votre candidature chez ${company ?? "l’entreprise"} — répondez « oui » et je la clôture ; rien n’a encore changé.`,
  },
  calendar: {
    title: (name: string, round: number, state: string) => `${name} (tour ${round}, ${state})`,
    states: {
      active: "en cours",
      closed: "close",
      cancelled: "annulé",
      offer: "offre",
      rejected: "refus",
      withdrawn: "retirée",
      "heard-back": "réponse reçue",
    },
    with: (names: string) => `Avec ${names}`,
    join: (url: string) => `Rejoindre : ${url}`,
  },
  help: {
    subject: "Comment utiliser interview follow-up",
    notUnderstoodSubject: "Désolé, je n’ai pas compris cette réponse",
    notUnderstood: (written: string, didYouMean: string | null) =>
      `Je n’ai pas compris « ${written} », donc rien n’a changé.${didYouMean ? ` ${didYouMean}` : ""}`,
    empty: (didYouMean: string | null) =>
      `Votre réponse semblait vide (seulement une citation ou une signature), donc rien n’a changé.${didYouMean ? ` ${didYouMean}` : ""}`,
    didYouMean: (choices: string) => `Vouliez-vous dire ${choices} ?`,
    quote: (command: string) => `« ${command} »`,
    intro: "Répondez à n’importe quel rappel avec l’un de ceux-ci :",
    languages: (written: string, understood: string, command: string) =>
      `Votre réponse semble écrite en ${written} ; je lis les réponses en ${understood}. Pour m’écrire en ${written}, répondez d’abord « ${command} ».`,
  },
  status: {
    nothingSubject: "Statut : rien en cours",
    nothing: "Aucun entretien en cours. Transférez une invitation pour commencer.",
    subject: "Statut : ce qui est en cours",
    heading: (open: number) =>
      count("fr", open, { one: "# entretien en cours", other: "# entretiens en cours" }),
    line: (name: string, role: string | null, round: number, when: string | null) =>
      `${name}${role ? ` (${role})` : ""}${round > 1 ? `, tour ${round}` : ""}${when ? ` — ${when}` : ""}`,
  },
  tone: {
    calmSubject: "Vérification du ton : calme et clair",
    calm: "Votre brouillon est calme et aimable. Relisez-le une fois encore, puis envoyez-le.",
    subject: (findings: number) =>
      `Vérification du ton : ${count("fr", findings, { one: "# point", other: "# points" })} à adoucir`,
    intro: "Quelques tournures pourraient sembler pressantes. Suggestions :",
    finding: (excerpt: string, rule: string, suggestion: string) =>
      `« ${excerpt} » (${rule}) : ${suggestion}`,
    rules: {
      pressing: "insistant",
      demanding: "exigeant",
      accusatory: "accusateur",
      urgency: "urgence",
      desperation: "désespoir",
      shouting: "majuscules",
      exclamations: "points d’exclamation",
    },
  },
  export: {
    subject: "Vos données d’entretiens (CSV et calendrier)",
    text: (interviews: number) =>
      `En pièce jointe : ${entretiens(interviews)} sous forme de tableur (CSV) et de fichier de calendrier (.ics).`,
  },
  digest: {
    subject: (open: number) =>
      `Votre semaine : ${count("fr", open, { one: "# entretien en cours", other: "# entretiens en cours" })} — continuez à postuler`,
    heading: "Votre recherche d’emploi cette semaine",
    interviewsThisWeek: "Entretiens cette semaine",
    answers: "Réponses après entretien",
    answerRate: (rate: number, answered: number, applications: number) =>
      `${rate} % (${answered} sur ${applications})`,
    noneHeld: "aucun entretien passé pour l’instant",
    medianDays: "Délai médian de réponse (jours)",
    openIntro: "En cours, avec la prochaine étape :",
    name: (name: string, round: number) => (round > 1 ? `${name} (tour ${round})` : name),
    next: (name: string, step: string) => `${name} : ${step}`,
    waiting: (name: string) => `${name} : en attente de leur réponse`,
    keepApplying:
      "Ne comptez jamais sur un seul entretien : envoyez quelques nouvelles candidatures cette semaine.",
  },
  welcome: {
    subject: "Bienvenue sur interview follow-up — répondez pour confirmer votre adresse",
    heading: "Bienvenue !",
    what: "Transférez vos invitations à des entretiens à cette adresse et vous recevrez, au bon moment, un e-mail avec un brouillon prêt : se préparer, remercier, relancer, passer à autre chose. Répondez avec vos propres mots pour noter ce qui s’est passé.",
    confirm:
      "Pour commencer, répondez à cet e-mail (n’importe quel texte convient). Cela montre que cette adresse reçoit du courrier. D’ici là, rien de ce que vous envoyez n’est conservé.",
    expires: "Cette confirmation expire dans 7 jours. Transférez alors à nouveau votre invitation.",
    confirmedSubject: "Tout est prêt — transférez votre première invitation",
    confirmed:
      "Votre adresse est confirmée. Transférez une invitation à un entretien (à nouveau, si vous en avez déjà envoyé une) et votre plan suivra.",
    settingsHint:
      "Répondez « paramètres » pour voir votre fuseau horaire, vos jours fériés, l’heure des rappels et les heures de silence.",
  },
  settings: {
    unchangedSubject: "Paramètres inchangés",
    changedSubject: (change: string) => `Paramètres : ${change}`,
    subject: "Vos paramètres",
    problem: (problem: string) => `Rien n’a changé : ${problem}.`,
    changed: (change: string) =>
      `Modifié : ${change}. Les rappels en attente suivent les nouveaux paramètres.`,
    hint: "Pour les changer, répondez : « timezone Europe/Paris », « country FR », « send at 8:30 », « quiet 22-7 », « digest off », « langue français ».",
    /** The word a language setting begins with ("Sprache Deutsch"). */
    languageKeyword: "langue",
    summaries: {
      timeZone: (zone: string) => `fuseau horaire ${zone}`,
      holidays: (country: string) => `jours fériés de ${country}`,
      promptsAt: (time: string) => `rappels à ${time}`,
      quiet: (start: string, end: string) => `heures de silence de ${start} à ${end}`,
      digest: (on: boolean) => `bilan hebdomadaire ${on ? "activé" : "désactivé"}`,
      language: (name: string) => `langue ${name}`,
    },
    problems: {
      zoneSuggestion: (written: string, suggestion: string) =>
        `« ${written} » n’est pas un nom de fuseau horaire ; vouliez-vous dire ${suggestion} ?`,
      notZone: (written: string) =>
        `« ${written} » n’est pas un nom de fuseau horaire comme Europe/Paris ou America/Chicago`,
      notTime: (written: string) => `« ${written} » n’est pas une heure comme 8:30`,
      notRange: (written: string) => `« ${written} » n’est pas une plage horaire comme 22-7`,
      notLanguage: (written: string, languages: string) =>
        `« ${written} » n’est pas une langue dans laquelle j’écris ; j’écris ${languages}`,
    },
    lines: {
      timeZone: (zone: string | null) => `Fuseau horaire : ${zone ?? "celui de l’entretien"}`,
      holidays: (country: string) => `Jours fériés : ${country}`,
      promptsAt: (time: string) => `Rappels à : ${time}`,
      quietHours: (start: string, end: string) => `Heures de silence : ${start}–${end}`,
      digest: (on: boolean) => `Bilan hebdomadaire : ${on ? "activé" : "désactivé"}`,
      language: (name: string) => `Langue : ${name}`,
    },
  },
  forget: {
    item: (name: string, round: number) => `${name}, tour ${round}`,
    subject: (target: string | null) =>
      `Confirmer : supprimer ${target === null ? "tout" : `votre candidature chez ${target}`} ?`,
    intro: (interviews: number) =>
      `Cela supprime ${entretiens(interviews)}, avec les rappels et les e-mails conservés :`,
    ask: "Pour supprimer, répondez à cet e-mail par « oui ». Sinon rien n’est supprimé ; cette demande expire dans 24 heures.",
    nothingSubject: "Rien n’a été supprimé",
    nothing: "Vos données sont inchangées.",
    deletedSubject: (interviews: number) => `Supprimé : ${entretiens(interviews)}`,
    deleted: (target: string | null, interviews: number) =>
      `${target === null ? "Tout est supprimé" : `Votre candidature chez ${target} est supprimée`} : ${entretiens(interviews)}, avec les rappels et les e-mails.`,
    noMatchSubject: (target: string) => `Rien ne correspond à « ${target} »`,
    noMatch: (target: string) =>
      `Aucun entretien ne correspond à « ${target} ». Écrivez l’entreprise comme dans vos confirmations, ou « oublie tout ».`,
  },
  heldAnswers: {
    subject: (answers: number) =>
      `${count("fr", answers, { one: "# réponse à vos messages", other: "# réponses à vos messages" })}, retenues par les limites d’envoi`,
    intro: (answers: number) =>
      `Il y avait plus d’e-mails à envoyer que les limites d’envoi ne le permettent (votre limite horaire ou la limite quotidienne du compte) ; j’ai donc retenu ${count("fr", answers, { one: "cette réponse", other: "ces # réponses" })} jusqu’à maintenant :`,
  },
  draftBox: {
    textTop: "----- Brouillon (copier, modifier, envoyer) -----",
    subject: "Objet",
    htmlTop: "Brouillon — copier, modifier, envoyer. Le destinataire est laissé vide exprès.",
    open: "Ouvrir ce brouillon dans votre messagerie",
    colon: "\u00a0:",
  },
} satisfies Catalogue;
