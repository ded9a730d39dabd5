/**
 * English: the reference catalogue. Every other language has the same keys (`Catalogue` is this
 * object's type), so the compiler lists whatever a translation is missing.
 */
import { count } from "./intl";

const withCompany = (company: string | null) => (company ? ` with ${company}` : "");

export const EN = {
  facts: {
    company: "Company",
    role: "Role",
    when: "When",
    round: "Round",
    with: "With",
    where: "Where",
    join: "Join",
    sendTo: "Send to",
  },
  notKnownYet: "not known yet",
  interview: "Interview",
  kinds: {
    prep: "Prepare: ask when they will decide",
    thankYou: "Send your thank-you note",
    followUp: (number: number) => (number === 1 ? "Send a follow-up" : `Send follow-up ${number}`),
    moveOn: "Time to move on",
  },
  plan: {
    nothing: "Nothing is scheduled for this interview.",
    item: (label: string, when: string) => `${label} — ${when}`,
    timesAre: (zone: string) => `Times are ${zone}.`,
    whatNext: "What comes next:",
    nothingMore: "There is nothing more scheduled for this interview.",
    heading: "The plan:",
  },
  /** The reply commands as users of this language write them; the help lists them. */
  replyCommands: [
    "sent — you sent the thank-you note",
    "they said Friday — when they will decide",
    "followed up (today / on Tuesday) — you sent a follow-up",
    "heard back — they answered; follow-ups stop",
    "next round Dec 3 at 2pm — a new round of the same application",
    "offer / rejected / withdraw — close this application",
    "undo (or reopen) — take back your last reply",
    "snooze 3 days / remind me Monday — move the prompt you answer, later",
    "date is Nov 24 10:30am PT / company … / role … / add interviewer … / remove … — correct what I read",
    "status — everything pending; export — your data as CSV and .ics; help — this list",
  ],
  undoHint: "Not right? Reply “undo” and everything comes back as it was.",
  confirmation: {
    subject: (company: string | null, role: string | null) =>
      `Got it: interview${withCompany(company)}${role ? ` (${role})` : ""} — here is your plan`,
    alreadySubject: (company: string | null, role: string | null) =>
      `Already planned: interview${withCompany(company)}${role ? ` (${role})` : ""} — here is your plan`,
    updatedSubject: (company: string | null) =>
      `Updated: your interview${withCompany(company)} moved — new plan inside`,
    heading: "Your interview is saved",
    updatedHeading: "Your interview changed; the plan follows it",
    guessesIntro: "What I had to guess — check it:",
    guessesFix:
      "Wrong? Reply with the fix, e.g. “date is Nov 24 10:30am PT”, “company Lumen Freight”, “role Staff Frontend Engineer”, “add interviewer Lena Fischer” or “remove Talent”.",
    steps: "You will get an email with a ready draft at each step:",
    replyHint: (commands: string) =>
      `Reply to any of these emails in plain words to log what happened:\n${commands}`,
    proposeLanguage: (language: string, command: string) =>
      `This invite is written in ${language}. To get these emails in ${language} too, reply “${command}”.`,
    prepSkipped: "No prep prompt: the interview has already started.",
    thankYouSkipped:
      "No thank-you prompt: the interview ended more than a day ago. If you have not thanked them yet, a short note today still helps.",
  },
  corrected: {
    subject: (change: string, company: string | null) => `Corrected: ${change}${withCompany(company)}`,
    intro: (change: string) => `Corrected: ${change}. This is what I have now:`,
  },
  needsDate: {
    subject: "Could not find the interview date — reply with it",
    heading: "I could not find when the interview is",
    where: (subject: string | null, reason: string) => `In “${subject ?? "your forward"}”: ${reason}.`,
    ask: "Reply to this email with the date and time, e.g. “Dec 3 at 2pm Eastern”, or forward the calendar invitation itself. Nothing was lost: your message is kept.",
    stillSubject: "I still need the interview date",
    stillNoDate: (written: string, subject: string | null) =>
      `I could not find a date in “${written}”${subject ? ` for “${subject}”` : ""}.`,
    stillAsk: "Reply with the day and time, e.g. “Dec 3 at 2pm Eastern” or “Tuesday 10:30am PT”.",
  },
  notAnInterview: {
    subject: "That did not look like an interview invite",
    heading: "Nothing was scheduled",
    where: (subject: string | null, reason: string) => `In “${subject ?? "your message"}”: ${reason}.`,
    ask: "Forward an interview invitation (the calendar invite or the confirmation email) and I will plan your follow-ups.",
    commands: (commands: string) => `You can also write one of these:\n${commands}`,
  },
  cancelled: {
    subject: (company: string | null) => `Cancelled: interview${withCompany(company)} — reminders stopped`,
    heading: "The interview was cancelled",
    text: "All its reminders are cancelled. If it is rescheduled, forward the new invite.",
  },
  prompts: {
    prepSubject: (company: string | null) =>
      `Interview${withCompany(company)} soon: ask when they will decide`,
    prepHeading: "Before you go in",
    prepAsk: "Before you leave, ask: “When do you expect to make a decision, and what are the next steps?”",
    prepAskOnCall:
      "Before the call ends, ask: “When do you expect to make a decision, and what are the next steps?”",
    prepNames: (names: readonly string[]) => `Note every interviewer's name (so far: ${names.join(", ")}).`,
    prepNoNames: "Note every interviewer's name and email.",
    prepAfter: "Afterwards, reply with what they said, e.g. “they said Friday”.",
    joinMeeting: "Join the meeting",
    thankYouSubject: (company: string | null) => `Send your thank-you to ${company ?? "them"} today`,
    thankYouHeading: "A short thank-you, within 24 hours",
    thankYouText: "Here is a draft. Add one line about something you discussed, read it twice, then send it.",
    moveOnSubject: (company: string | null) => `No answer from ${company ?? "them"}: time to move forward`,
    moveOnHeading: "Time to move forward",
    moveOnText:
      "You followed up and gave them time. Silence is rarely personal: hiring is a numbers game. Keep the door open with a kind note, and keep applying.",
    moveOnTextNoFollowUp:
      "You gave them time. Silence is rarely personal: hiring is a numbers game. Keep the door open with a kind note, and keep applying.",
    moveOnQuestions: [
      "What went well in this process that you want to repeat?",
      "Which question would you answer differently next time?",
      "Which two applications will you send this week?",
    ],
    followUpSubject: (company: string | null, number: number) =>
      `Follow up with ${company ?? "them"} today${number > 1 ? ` (follow-up ${number})` : ""}`,
    followUpHeading: "Time for a polite follow-up",
    followUpAgainHeading: "One more gentle check-in",
    followUpText:
      "Email, not phone. Keep it brief and kind; the draft below leaves the recipient empty so nothing is sent by accident.",
    logThankYou: "Reply “sent” once you have sent it.",
    logFollowUp: "Reply “followed up” once you have sent it, or “heard back” if they answered.",
    logPrep: "Reply with when they will decide, e.g. “they said Friday”.",
    logMoveOn: "Reply “withdraw” to close it, or “heard back” if they answered after all.",
    snoozeHint: (log: string) => `${log} Not now? “snooze 3 days” or “remind me Monday”.`,
    reminderTitle: (company: string | null) => `Send follow-up${withCompany(company)}`,
  },
  replies: {
    ackSubject: (change: string) => `Noted: ${change}`,
    ack: (change: string) => `Noted: ${change}.`,
    nextRoundSubject: (company: string | null, when: string) =>
      `Next round${withCompany(company)}: ${when} — here is its plan`,
    nextRoundNoDateSubject: (company: string | null) => `Noted: a next round${withCompany(company)}`,
    nextRoundWellDone: "Well done on the next round! The follow-ups for the last round stop.",
    nextRoundAskDate:
      "When you know its date, reply with it, e.g. “next round Dec 3 at 2pm”, or forward the invite, and I will plan it.",
    nextRoundHeading: "On to the next round",
    nextRoundText: "The follow-ups for the last round stop. The new round:",
    nextRoundPlan: "Its plan:",
    nextRoundInvite: (undo: string) =>
      `If they send a calendar invite for it, forward it too: I will update the time. ${undo}`,
    snoozedSubject: (label: string, when: string | null) =>
      when ? `Snoozed: ${label.toLowerCase()} — ${when}` : `Snoozed: ${label.toLowerCase()}`,
    snoozedHeading: "Snoozed",
    snoozedMoved: (label: string, when: string, note: string | null) =>
      `Moved “${label}” to ${when}.${note ? ` ${note}` : ""}`,
    snoozedDropped: (label: string, note: string | null) =>
      `“${label}” will not go out: ${note ?? "it would come too late"}.`,
    snoozedOnlyLater: "Snoozes only ever move a prompt later; the other prompts keep their times.",
    offerSubject: (company: string | null) => `Congratulations on the offer${withCompany(company)}!`,
    offerHeading: "Congratulations!",
    offerText: (company: string | null) =>
      `Well done${company ? ` on the offer from ${company}` : ""}. All its reminders are cancelled.`,
    offerAdvice: "Take the time you need to read the offer; it is fine to ask for a few days to decide.",
    rejectedSubject: (company: string | null) =>
      `Sorry about ${company ?? "this one"} — a feedback note and next steps`,
    rejectedHeading: "That is hard news",
    rejectedText:
      "It is rarely personal: hiring is a numbers game. Its reminders are cancelled. If you like, ask for feedback with the note below.",
    rejectedQuestions: [
      "What went well that you want to repeat?",
      "What would you prepare differently next time?",
      "Which applications will you send this week?",
    ],
    withdrawn: "Withdrawn. All its reminders are cancelled.",
    declined:
      "You turned their offer down: the application is closed and all its reminders are cancelled. Saying no kindly keeps the door open.",
    heardBack: "They answered, so the follow-ups stop.",
    closedSubject: (what: "withdrawn" | "heard back" | "declined", company: string | null) =>
      `Noted: ${what === "declined" ? "offer declined" : what}${withCompany(company)}`,
    reopenedSubject: (change: string, company: string | null) => `Reopened: ${change}${withCompany(company)}`,
    undoneSubject: (change: string, company: string | null) => `Undone: ${change}${withCompany(company)}`,
    reopened: (change: string, company: string | null) =>
      `Reopened${company ? ` your ${company} application` : ""} (${change} is taken back). The plan is back:`,
    undone: (change: string) => `Undone: ${change}. The plan is as it was:`,
    nothingToUndoSubject: (company: string | null) => `Nothing to undo${withCompany(company)}`,
    nothingToUndo: "There is no earlier reply of yours on this interview to take back, so nothing changed.",
    outcomes: {
      offer: "you got an offer",
      rejected: "they said no",
      withdrawn: "you withdrew",
      cancelled: "the interview was cancelled",
      "heard-back": "they answered",
    },
    closedAppSubject: (company: string | null) => `This application is closed${withCompany(company)}`,
    closedApp: (company: string | null, why: string | null) =>
      `This application${withCompany(company)} is closed${why ? ` (${why})` : ""}, so that reply changed nothing.`,
    reopenHint: "Reply “reopen” to open it again; its reminders come back.",
    unknownSubject: "That interview is no longer here",
    unknown:
      "The interview this email was about has been deleted, so nothing changed. Forward the invite again to start over.",
  },
  /** What a reply changed, as its answer says it ("Noted: they will decide by Fri, Dec 4"). */
  changes: {
    thankYouSent: "thank-you sent",
    decisionBy: (day: string) => `they will decide by ${day}`,
    followUpSentOn: (day: string) => `follow-up sent on ${day}`,
    heardBack: "they answered; follow-ups stopped",
    offer: "offer",
    rejected: "rejected",
    withdrawn: "withdrawn",
    offerDeclined: "offer declined",
    snoozed: (prompt: string) => `snoozed ${prompt}`,
    nothingToSnooze: "there is nothing pending to snooze",
    snoozeAlreadyLater: "It was already planned for then, later than you asked; nothing changed.",
    snoozeAfterStart: "it would come after the interview starts",
    snoozeFollowUpDay:
      "Follow-ups go out on business days and never on a Monday, so that is the first such day.",
    snoozeBusinessDay: "That is the first business day from then.",
    snoozeQuietHours:
      "That is the first time outside your quiet hours and after the prompts planned before it.",
    interviewIs: (when: string) => `the interview is ${when}`,
    companyIs: (company: string) => `the company is ${company}`,
    roleIs: (role: string) => `the role is ${role}`,
    interviewersAdded: (names: string | null, added: number) =>
      names === null
        ? "nobody new added as interviewers"
        : `${names} added as ${added === 1 ? "interviewer" : "interviewers"}`,
    nothingCalled: (written: string) => `nothing here is called “${written}”, so nothing changed`,
    removed: (what: string) => `removed ${what}`,
    theCompany: (company: string) => `the company “${company}”`,
    theRole: (role: string) => `the role “${role}”`,
    replyWithDate: (change: string) => `${change}; now reply with the date and time`,
    nextRound: "next round",
    reopened: "reopened",
    movedOn: "moved on",
    undone: (change: string) => `${change} undone`,
    stillWaiting: (said: string) =>
      `${said}; this forward is still waiting for its date — reply with the date and time`,
    yourLastReply: "your last reply",
    nothingToUndo: "there is nothing to undo or reopen",
    theCancellation: "the cancellation",
    theClosing: "the closing",
    quoted: (change: string) => `“${change}”`,
    yourReply: "your reply",
    notAnEmail: "the message could not be read as an email; forward the invitation again",
    tooLarge: (megabytes: number, limit: number) =>
      `the message is ${megabytes} MB, larger than the ${limit} MB I read; forward just the invitation without attachments`,
    notAnInvitation: "it does not look like an invitation",
    noDate: "no date and time of the interview was found",
    tooManyInterviewers: (max: number) =>
      `a round keeps at most ${max} interviewers, so nobody was added; reply “remove …” to make room`,
    tooManyRounds: (max: number) =>
      `an application keeps at most ${max} rounds, so no new round was added; forward its invite instead`,
  },
  /** A closing only hinted at: nothing changes until the user's "yes". */
  confirmClosing: {
    subject: (company: string | null, withdrawn: boolean) =>
      `Did ${withdrawn ? "you withdraw" : `${company ?? "the company"} answer`}? Reply “yes” to close it`,
    offer: (company: string | null) =>
      `It sounds like ${company ?? "the company"} made you an offer — reply “yes” and I'll close it; nothing changed yet.`,
    rejected: (company: string | null) =>
      `It sounds like ${company ?? "the company"} turned you down — reply “yes” and I'll close it; nothing changed yet.`,
    withdrawn: (company: string | null) =>
      `It sounds like you withdrew from ${company ?? "the company"} — reply “yes” and I'll close it; nothing changed yet.`,
  },
  /** The exported calendar's events: "Acme — Engineer (round 1, active)". */
  calendar: {
    title: (name: string, round: number, state: string) => `${name} (round ${round}, ${state})`,
    states: {
      active: "active",
      closed: "closed",
      cancelled: "cancelled",
      offer: "offer",
      rejected: "rejected",
      withdrawn: "withdrawn",
      "heard-back": "heard-back",
    },
    with: (names: string) => `With ${names}`,
    join: (url: string) => `Join: ${url}`,
  },
  help: {
    subject: "How to use interview follow-up",
    notUnderstoodSubject: "Sorry, I did not understand that reply",
    notUnderstood: (written: string, didYouMean: string | null) =>
      `I did not understand “${written}”, so nothing changed.${didYouMean ? ` ${didYouMean}` : ""}`,
    empty: (didYouMean: string | null) =>
      `Your reply looked empty (only a quote or a signature), so nothing changed.${didYouMean ? ` ${didYouMean}` : ""}`,
    didYouMean: (choices: string) => `Did you mean ${choices}?`,
    quote: (command: string) => `“${command}”`,
    intro: "Reply to any reminder with one of these:",
    /** A reply in a language the user has not set: which ones are read, and how to add it. */
    languages: (written: string, understood: string, command: string) =>
      `Your reply seems to be in ${written}; I read replies in ${understood}. To write to me in ${written}, first reply “${command}”.`,
  },
  status: {
    nothingSubject: "Status: nothing pending",
    nothing: "No open interviews. Forward an invite to start.",
    subject: "Status: what is pending",
    heading: (open: number) => count("en", open, { one: "# open interview", other: "# open interviews" }),
    line: (name: string, role: string | null, round: number, when: string | null) =>
      `${name}${role ? ` (${role})` : ""}${round > 1 ? `, round ${round}` : ""}${when ? ` — ${when}` : ""}`,
  },
  tone: {
    calmSubject: "Tone check: calm and clear",
    calm: "Your draft reads calm and kind. Read it once more, then send it.",
    subject: (findings: number) =>
      `Tone check: ${count("en", findings, { one: "# thing", other: "# things" })} to soften`,
    intro: "A few phrases may read as pressing. Suggestions:",
    finding: (excerpt: string, rule: string, suggestion: string) => `“${excerpt}” (${rule}): ${suggestion}`,
    rules: {
      pressing: "pressing",
      demanding: "demanding",
      accusatory: "accusatory",
      urgency: "urgency",
      desperation: "desperation",
      shouting: "shouting",
      exclamations: "exclamations",
    },
  },
  export: {
    subject: "Your interview data (CSV and calendar)",
    text: (interviews: number) =>
      `Attached: ${count("en", interviews, { one: "# interview", other: "# interviews" })} as a spreadsheet (CSV) and a calendar file (.ics).`,
  },
  digest: {
    subject: (open: number) =>
      `Your week: ${count("en", open, { one: "# open interview", other: "# open interviews" })} — keep applying`,
    heading: "Your job search this week",
    interviewsThisWeek: "Interviews this week",
    answers: "Answers after interviews",
    answerRate: (rate: number, answered: number, applications: number) =>
      `${rate}% (${answered} of ${applications})`,
    noneHeld: "none held yet",
    medianDays: "Median days to hear back",
    openIntro: "Open, with the next step:",
    name: (name: string, round: number) => (round > 1 ? `${name} (round ${round})` : name),
    next: (name: string, step: string) => `${name}: ${step}`,
    waiting: (name: string) => `${name}: waiting for their answer`,
    keepApplying: "Never rely on one interview: send a few new applications this week.",
  },
  welcome: {
    subject: "Welcome to interview follow-up — reply to confirm your address",
    heading: "Welcome!",
    what: "Forward interview invitations to this address and you will get, at the right times, an email with a ready draft: prepare, say thank you, follow up, and move on. Reply in plain words to log what happened.",
    confirm:
      "To start, reply to this email (any text will do). That shows this address receives mail. Until then nothing you send is kept.",
    expires: "This confirmation expires in 7 days. Then forward your invite again.",
    confirmedSubject: "You are all set — forward your first interview invite",
    confirmed:
      "Your address is confirmed. Forward an interview invitation (again, if you already sent one) and your plan will follow.",
    settingsHint: "Reply “settings” to see your time zone, holidays, prompt time and quiet hours.",
  },
  settings: {
    unchangedSubject: "Settings unchanged",
    changedSubject: (change: string) => `Settings: ${change}`,
    subject: "Your settings",
    problem: (problem: string) => `Nothing changed: ${problem}.`,
    changed: (change: string) => `Changed: ${change}. Pending prompts follow the new settings.`,
    hint: "Change them by replying: “timezone Europe/Berlin”, “country DE”, “send at 8:30”, “quiet 22-7”, “digest off”, “language de”.",
    /** The word a language setting begins with ("Sprache Deutsch"). */
    languageKeyword: "language",
    summaries: {
      timeZone: (zone: string) => `time zone ${zone}`,
      holidays: (country: string) => `holidays of ${country}`,
      promptsAt: (time: string) => `prompts at ${time}`,
      quiet: (start: string, end: string) => `quiet from ${start} to ${end}`,
      digest: (on: boolean) => `weekly digest ${on ? "on" : "off"}`,
      language: (name: string) => `language ${name}`,
    },
    problems: {
      zoneSuggestion: (written: string, suggestion: string) =>
        `"${written}" is not a time zone name; did you mean ${suggestion}?`,
      notZone: (written: string) =>
        `"${written}" is not a time zone name such as Europe/Berlin or America/Chicago`,
      notTime: (written: string) => `"${written}" is not a time of day such as 8:30`,
      notRange: (written: string) => `"${written}" is not a range of hours such as 22-7`,
      notLanguage: (written: string, languages: string) =>
        `"${written}" is not a language I write; I write ${languages}`,
    },
    lines: {
      timeZone: (zone: string | null) => `Time zone: ${zone ?? "the interview's own"}`,
      holidays: (country: string) => `Holidays: ${country}`,
      promptsAt: (time: string) => `Prompts at: ${time}`,
      quietHours: (start: string, end: string) => `Quiet hours: ${start}–${end}`,
      digest: (on: boolean) => `Weekly digest: ${on ? "on" : "off"}`,
      language: (name: string) => `Language: ${name}`,
    },
  },
  forget: {
    item: (name: string, round: number) => `${name}, round ${round}`,
    subject: (target: string | null) =>
      `Confirm: delete ${target === null ? "everything" : `your ${target} application`}?`,
    intro: (interviews: number) =>
      `This deletes ${count("en", interviews, { one: "# interview", other: "# interviews" })}, their reminders and the raw mail kept for them:`,
    ask: "To delete, reply to this email with “yes”. Nothing is deleted otherwise; this request expires in 24 hours.",
    nothingSubject: "Nothing was deleted",
    nothing: "Your data is unchanged.",
    deletedSubject: (interviews: number) =>
      `Deleted: ${count("en", interviews, { one: "# interview", other: "# interviews" })}`,
    deleted: (target: string | null, interviews: number) =>
      `${target === null ? "Everything" : `Your ${target} application`} is deleted: ${count("en", interviews, { one: "# interview", other: "# interviews" })}, their reminders and their raw mail.`,
    noMatchSubject: (target: string) => `Nothing matches “${target}”`,
    noMatch: (target: string) =>
      `No interview matches “${target}”. Write the company as it appears in your confirmations, or “forget everything”.`,
  },
  /** Answers the hourly send cap held back, sent together once it allows. */
  heldAnswers: {
    subject: (answers: number) =>
      `${count("en", answers, { one: "# answer to your replies", other: "# answers to your replies" })}, held back by the email limits`,
    intro: (answers: number) =>
      `More emails were due than the sending limits allowed (your hourly limit, or the account’s daily one), so I held ${count("en", answers, { one: "this answer", other: "these # answers" })} back until now:`,
  },
  draftBox: {
    textTop: "----- Draft (copy, edit, send) -----",
    subject: "Subject",
    htmlTop: "Draft — copy, edit, send. The recipient is left empty on purpose.",
    open: "Open this draft in your mail app",
    /** What ends a label before its value. */
    colon: ":",
  },
};

/** What every language says: the English catalogue's shape, checked for each translation. */
export type Catalogue = typeof EN;
