/** The emails the screenshots show, rendered from fixed inputs so the HTML is reproducible. */
import { DateTime } from "luxon";
import type { Lang } from "../lambdas/domain/language/lang";
import {
  confirmationMessage,
  digestMessage,
  helpMessage,
  type InterviewSummary,
  nextRoundMessage,
  promptMessage,
  type RenderedMessage,
  rejectedMessage,
  snoozedMessage,
} from "../lambdas/domain/messages";

const now = DateTime.fromISO("2026-12-08T09:00:00", { zone: "America/Chicago" });

const acme: InterviewSummary = {
  interviewId: "0123456789abcdef01234567",
  title: "Interview: Senior Backend Engineer at Acme Robotics",
  company: "Acme Robotics",
  role: "Senior Backend Engineer",
  interviewers: [
    { name: "Priya Patel", email: "priya.patel@acmerobotics.com" },
    { name: "Tom Becker", email: "tom.becker@acmerobotics.com" },
  ],
  start: "2026-12-02T19:00:00Z",
  round: 1,
  meetingUrl: "https://meet.google.com/abc-defg-hij",
  location: null,
  planned: [
    { kind: "follow-up-1", at: "2026-12-08T15:00:00Z", local: "2026-12-08T09:00:00-06:00" },
    { kind: "follow-up-2", at: "2026-12-15T15:00:00Z", local: "2026-12-15T09:00:00-06:00" },
    { kind: "move-on", at: "2026-12-22T15:00:00Z", local: "2026-12-22T09:00:00-06:00" },
  ],
  zone: "America/Chicago",
};

/** Read from a plain-text confirmation: what ingest had to guess is shown for the user to check. */
const guessed: InterviewSummary = {
  ...acme,
  interviewers: [{ name: "Priya Patel", email: null }],
  meetingUrl: null,
  start: "2026-12-01T16:30:00Z",
  interviewZone: "America/Los_Angeles",
  planned: [
    { kind: "prep", at: "2026-12-01T14:30:00Z", local: "2026-12-01T08:30:00-06:00" },
    { kind: "thank-you", at: "2026-12-01T18:30:00Z", local: "2026-12-01T12:30:00-06:00" },
    { kind: "follow-up-1", at: "2026-12-08T15:00:00Z", local: "2026-12-08T09:00:00-06:00" },
    { kind: "follow-up-2", at: "2026-12-15T15:00:00Z", local: "2026-12-15T09:00:00-06:00" },
    { kind: "move-on", at: "2026-12-22T15:00:00Z", local: "2026-12-22T09:00:00-06:00" },
  ],
  guesses: [
    "I read “next Tuesday” as Tue Dec 1, 10:30 PT",
    "I read the company from the sender's signature: Acme Robotics",
  ],
};

/** "snooze 3 days" on the follow-up sent Tue Dec 8: Friday Dec 11 is fine for a follow-up. */
const snoozed: InterviewSummary = {
  ...acme,
  planned: [
    { kind: "follow-up-1", at: "2026-12-11T15:00:00Z", local: "2026-12-11T09:00:00-06:00" },
    { kind: "follow-up-2", at: "2026-12-18T15:00:00Z", local: "2026-12-18T09:00:00-06:00" },
    { kind: "move-on", at: "2026-12-29T15:00:00Z", local: "2026-12-29T09:00:00-06:00" },
  ],
};

/** "remind me Saturday" on a follow-up: it lands on the next business day that is not a Monday. */
const movedOffWeekend: InterviewSummary = {
  ...acme,
  planned: [
    { kind: "follow-up-1", at: "2026-12-15T15:00:00Z", local: "2026-12-15T09:00:00-06:00" },
    { kind: "follow-up-2", at: "2026-12-22T15:00:00Z", local: "2026-12-22T09:00:00-06:00" },
    { kind: "move-on", at: "2026-12-30T15:00:00Z", local: "2026-12-30T09:00:00-06:00" },
  ],
};

/** "They want me back! next round Dec 10 at 2pm": the last round stops, the new one is planned. */
const nextRound: InterviewSummary = {
  ...acme,
  interviewId: "89abcdef0123456701234567",
  round: 2,
  interviewers: [],
  meetingUrl: null,
  start: "2026-12-10T20:00:00Z",
  planned: [
    { kind: "prep", at: "2026-12-10T18:00:00Z", local: "2026-12-10T12:00:00-06:00" },
    { kind: "thank-you", at: "2026-12-10T22:00:00Z", local: "2026-12-10T16:00:00-06:00" },
    { kind: "follow-up-1", at: "2026-12-17T15:00:00Z", local: "2026-12-17T09:00:00-06:00" },
    { kind: "follow-up-2", at: "2026-12-24T15:00:00Z", local: "2026-12-24T09:00:00-06:00" },
    { kind: "move-on", at: "2026-12-31T15:00:00Z", local: "2026-12-31T09:00:00-06:00" },
  ],
};

/** Everything a recruiter's mail could put into an email, at its worst. */
const hostile: InterviewSummary = {
  ...acme,
  company: `<script>alert("x")</script> & "Co" <img src=https://tracker.example/p.gif>`,
  role: "Engineer\r\nBcc: victim@example.com",
  interviewers: [{ name: "<b>Eve</b> 𝓔𝓿𝓮 مرحبا", email: "eve@evil.example" }],
  meetingUrl: "javascript:alert(1)",
};

/** One interview per language, in a city of that language, with names as its recruiters write them. */
const LOCAL: Record<Exclude<Lang, "en">, Partial<InterviewSummary>> = {
  de: {
    company: "Nordlicht Logistik GmbH",
    role: "Senior Backend-Entwicklerin",
    interviewers: [
      { name: "Katrin Müller", email: "katrin.mueller@nordlicht-logistik.de" },
      { name: "Jonas Weiß", email: "jonas.weiss@nordlicht-logistik.de" },
    ],
    zone: "Europe/Berlin",
  },
  fr: {
    company: "Atelier Lumière",
    role: "Ingénieure logiciel",
    interviewers: [{ name: "Claire Dubois", email: "claire.dubois@atelier-lumiere.fr" }],
    zone: "Europe/Paris",
  },
  es: {
    company: "Olivo Digital",
    role: "Desarrolladora backend sénior",
    interviewers: [
      { name: "Lucía Fernández", email: "lucia.fernandez@olivodigital.es" },
      { name: "Javier Ortega", email: "javier.ortega@olivodigital.es" },
    ],
    zone: "Europe/Madrid",
  },
  pt: {
    company: "Azulejo Tech",
    role: "Engenheira de software",
    interviewers: [{ name: "Inês Carvalho", email: "ines.carvalho@azulejotech.pt" }],
    zone: "Europe/Lisbon",
  },
  nl: {
    company: "Polder Data",
    role: "Backend-ontwikkelaar",
    interviewers: [
      { name: "Sanne de Vries", email: "sanne.devries@polderdata.nl" },
      { name: "Pieter Jansen", email: "pieter.jansen@polderdata.nl" },
    ],
    zone: "Europe/Amsterdam",
  },
  it: {
    company: "Bottega Cloud",
    role: "Sviluppatrice backend senior",
    interviewers: [{ name: "Giulia Rossi", email: "giulia.rossi@bottegacloud.it" }],
    zone: "Europe/Rome",
  },
};

/** The same interview at 14:00 in the user's zone, Wednesday Dec 2, planned as in Chicago. */
function local(language: Exclude<Lang, "en">): InterviewSummary {
  const zone = LOCAL[language].zone ?? "Europe/Berlin";
  const at = (day: string, time: string) => DateTime.fromISO(`${day}T${time}`, { zone });
  const planned = [
    { kind: "follow-up-1", at: at("2026-12-09", "09:00") },
    { kind: "follow-up-2", at: at("2026-12-16", "09:00") },
    { kind: "move-on", at: at("2026-12-23", "09:00") },
  ] as const;
  return {
    ...acme,
    ...LOCAL[language],
    title: null,
    meetingUrl: null,
    location: null,
    start: at("2026-12-02", "14:00").toUTC().toISO() ?? "",
    interviewZone: zone,
    inviteLanguage: language,
    planned: planned.map((reminder) => ({
      kind: reminder.kind,
      at: reminder.at.toUTC().toISO() ?? "",
      local: reminder.at.toISO() ?? "",
    })),
  };
}

/** A confirmation, a thank-you and a follow-up in each language (the thank-you goes out the next morning). */
const IN_EACH_LANGUAGE = (["de", "fr", "es", "pt", "nl", "it"] as const).flatMap((language) => {
  const summary = local(language);
  const morning = DateTime.fromISO("2026-12-03T08:00:00", { zone: summary.zone });
  const followUpDay = DateTime.fromISO("2026-12-09T09:00:00", { zone: summary.zone });
  return [
    { name: `confirmation-${language}`, message: confirmationMessage(summary, { updated: false }, language) },
    { name: `thank-you-${language}`, message: promptMessage("thank-you", summary, morning, language) },
    { name: `follow-up-${language}`, message: promptMessage("follow-up-1", summary, followUpDay, language) },
  ];
});

/** A German user interviewing in French: the prompt in German, the draft in French. */
const germanUserFrenchInvite = promptMessage(
  "thank-you",
  { ...local("fr"), zone: "Europe/Berlin" },
  DateTime.fromISO("2026-12-03T08:00:00", { zone: "Europe/Berlin" }),
  "de",
);

export const SAMPLES: ReadonlyArray<{ readonly name: string; readonly message: RenderedMessage }> = [
  { name: "confirmation", message: confirmationMessage(acme, { updated: false }) },
  { name: "thank-you", message: promptMessage("thank-you", acme, now) },
  { name: "follow-up", message: promptMessage("follow-up-1", acme, now) },
  { name: "rejected", message: rejectedMessage(acme) },
  {
    name: "digest",
    message: digestMessage({
      open: [acme],
      interviewedThisWeek: 1,
      answered: 1,
      applications: 3,
      medianDaysToAnswer: 6,
    }),
  },
  { name: "confirmation-guesses", message: confirmationMessage(guessed, { updated: false }) },
  {
    name: "snoozed",
    message: snoozedMessage(snoozed, {
      kind: "follow-up-1",
      at: "2026-12-11T15:00:00Z",
      asked: "2026-12-11T09:00:00-06:00",
      note: null,
    }),
  },
  {
    name: "snoozed-moved",
    message: snoozedMessage(movedOffWeekend, {
      kind: "follow-up-1",
      at: "2026-12-15T15:00:00Z",
      asked: "2026-12-12T09:00:00-06:00",
      note: "Follow-ups go out on business days and never on a Monday, so that is the first such day.",
    }),
  },
  { name: "next-round", message: nextRoundMessage({ ...acme, planned: [] }, nextRound) },
  {
    name: "did-you-mean",
    message: helpMessage("I think they rejected me, not sure", ["rejected", "they said Friday"]),
  },
  { name: "hostile-input", message: promptMessage("prep", hostile, now) },
  ...IN_EACH_LANGUAGE,
  { name: "thank-you-de-user-fr-invite", message: germanUserFrenchInvite },
];
