/**
 * Round 6b: the reply classes the held-out set 2026-12-07h missed, in the helper's own wording
 * and other languages, with traps. Rows: [lang, text, intent, day, "HH:MM", prompt (null: a confirmation or digest), now].
 * "Now" defaults to Wednesday, Nov 25 2026, 10:00 (round6/check.ts).
 */
import type { Round6Row } from "../round6/es-pt-cases";

type Row = readonly [...Round6Row, now?: string];

/** Days and hours said again with "X not Y" and no marker, or after a hail or the field called wrong. */
export const CORRECTIONS: readonly Row[] = [
  ["es", "mira la llamada es el jueves y no el miércoles", "correct", "2026-11-26", null, null],
  ["es", "oye la videollamada es a las 4 no a las 3", "correct", null, "16:00", null],
  ["pt", "o horário tá errado, é às 10h e não às 9h", "correct", null, "10:00", null],
  ["pt", "a data está errada, é dia 30 e não 29", "correct", "2026-11-30", null, null],
  ["it", "senti il colloquio è alle 4 non alle 3", "correct", null, "16:00", null],
  ["de", "hör mal, das gespräch ist um 4 statt um 3", "correct", null, "16:00", null],
  ["fr", "dis, l'entretien est jeudi et non mercredi", "correct", "2026-11-26", null, null],
  ["nl", "zeg het gesprek is om 4 uur en niet om 3 uur", "correct", null, "16:00", null],
  ["en", "hey the interview is at 5 not 4", "correct", null, "17:00", null],
  // Traps: a hail with a question or thanks corrects nothing.
  ["es", "oye, ¿la entrevista es a las 5 o a las 4?", "none", null, null, null],
  ["en", "hey thanks", "none", null, null, null],
];

/** The answer awaited, then when it comes, told or hedged after a comma. */
export const DECISION_BOUNDS: readonly Row[] = [
  ["fr", "toujours rien, d'après la RH ce sera début décembre", "decision-date", "2026-12-01"],
  ["de", "noch nix, laut tom erst ende dezember", "decision-date", "2026-12-31"],
  ["de", "noch keine antwort, vermutlich mitte dezember", "decision-date", "2026-12-15"],
  ["es", "nada todavía, dijeron que a mediados de diciembre", "decision-date", "2026-12-15"],
  ["it", "ancora niente, secondo marco verso metà dicembre", "decision-date", "2026-12-15"],
  ["nl", "nog niks, volgens de recruiter pas half december", "decision-date", "2026-12-15"],
  ["pt", "ainda nada, a recrutadora falou que só no fim do mês", "decision-date", "2026-11-30"],
  ["en", "nothing yet, they said mid december", "decision-date", "2026-12-15"],
  // Traps: the user's own plans after the comma.
  ["fr", "pas encore de réponse, je pars en vacances le 3", "none"],
  ["pt", "nada ainda, eu viajo dia 10", "none"],
  ["de", "noch nix, ich bin bis zum 10. im urlaub", "none"],
];

/** Withdrawals told to someone, the user's own. */
export const WITHDRAWALS: readonly Row[] = [
  ["pt", "já avisei a recrutadora que retiro minha candidatura", "withdrawn"],
  ["pt", "avisei o joão que abri mão da vaga", "withdrawn"],
  ["nl", "heb de recruiter gemaild dat ik afzie van de baan", "withdrawn"],
  ["nl", "ik zie af van de vacature", "withdrawn"],
  ["de", "hab der personalerin gesagt, dass ich meine bewerbung zurückziehe", "withdrawn"],
  ["de", "hab tom geschrieben, dass ich mich zurückziehe", "withdrawn"],
  // Traps: someone else, a question.
  ["pt", "ela retirou a candidatura", "none"],
  ["nl", "hij ziet af van de functie", "none"],
  ["nl", "moet ik afzien van de functie?", "none"],
  ["de", "sie meinte, dass sie ihre bewerbung zurückziehe", "none"],
];

/** Closings: a no with an aside after it; a post named by what it runs (asked). */
export const CLOSINGS: readonly Row[] = [
  ["en", "they said no fyi", "rejected"],
  ["de", "die haben nein gesagt übrigens", "rejected"],
  ["nl", "ze zeiden nee trouwens", "rejected"],
  ["es", "me dijeron que no jaja", "rejected"],
  ["pt", "me deram a coordenação!!!", "offer"],
  ["es", "¡me quedé con la jefatura!", "offer"],
  ["de", "ich hab die teamleitung bekommen!!", "offer"],
  ["nl", "ze hebben me de leiding gegeven", "offer"],
  ["it", "mi hanno affidato la direzione!!", "offer"],
  ["en", "they gave me the team lead spot!!", "offer"],
  // Traps: asked, someone else's.
  ["en", "did they say no btw?", "none"],
  ["en", "did they give you the lead role?", "none"],
  ["es", "a mi jefe le dieron la gerencia", "none"],
  ["de", "hat sie die teamleitung bekommen?", "none"],
];

/** Sarcasm: a claim, an ellipsis, one denial. */
export const SARCASM: readonly Row[] = [
  ["en", "oh sure they called me right back... not. crickets", "none"],
  ["en", "they sent an offer… NOT", "none"],
  ["de", "klar, die haben sich sofort gemeldet... nicht", "none"],
  ["fr", "ouais ils m'ont rappelé tout de suite… pas. silence radio", "none"],
  ["es", "sí claro, ya me llamaron... no. ni un correo", "none"],
  ["pt", "claro, já me mandaram a proposta… não. nada", "none"],
  ["nl", "ja hoor, ze hebben me meteen gebeld... niet. niks gehoord", "none"],
  ["it", "certo, mi hanno subito fatto un'offerta… non. silenzio totale", "none"],
  // Not sarcasm: the denial goes on.
  ["en", "they called... no wait, they emailed me a rejection", "rejected"],
];

/** A bridge's Monday, and the moved-on step. Ascension 2031 is Thursday May 22. */
export const BRIDGES_AND_STEPS: readonly Row[] = [
  ["fr", "rappelle-moi après le pont, lundi", "snooze", "2031-05-26", null, "prep", "2031-05-20T09:00:00"],
  ["fr", "relance-moi mardi après le pont", "snooze", "2031-05-27", null, "prep", "2031-05-20T09:00:00"],
  ["it", "ricordamelo lunedì dopo il ponte", "snooze", "2031-04-28", null, "prep", "2031-04-23T09:00:00"],
  [
    "es",
    "avísame después del puente, el martes",
    "snooze",
    "2031-04-29",
    null,
    "prep",
    "2031-04-23T09:00:00",
  ],
  [
    "en",
    "moved to the final round, thursday 27th 10am",
    "next-round",
    "2031-03-27",
    "10:00",
    null,
    "2031-03-14T09:00:00",
  ],
  [
    "it",
    "spostato al colloquio finale, giovedì 27 alle 10",
    "next-round",
    "2031-03-27",
    "10:00",
    null,
    "2031-03-14T09:00:00",
  ],
  // Traps: the interview itself moved is a correction.
  [
    "en",
    "interview moved to thursday the 27th at 10am",
    "correct",
    "2031-03-27",
    "10:00",
    null,
    "2031-03-14T09:00:00",
  ],
  ["en", "wrong time, the interview is at 2:30 not 1:30", "correct", null, "14:30", null],
];

/** An hour with written minutes in a 24-hour language is as written; a bare hour is the afternoon. */
export const CLOCK: readonly Row[] = [
  ["nl", "tweede gesprek dinsdag om 7:30", "next-round", "2026-12-01", "07:30", "thank-you"],
  ["de", "zweites gespräch dienstag um 6.45 uhr", "next-round", "2026-12-01", "06:45", "thank-you"],
  ["fr", "deuxième entretien mardi à 7h30", "next-round", "2026-12-01", "07:30", "thank-you"],
  ["pt", "segunda entrevista terça às 7h30", "next-round", "2026-12-01", "07:30", "thank-you"],
  // The other side: bare hours, an hour before 6, and English.
  ["nl", "tweede gesprek dinsdag om 7 uur", "next-round", "2026-12-01", "19:00", "thank-you"],
  ["de", "zweites gespräch am dienstag um 3:30", "next-round", "2026-12-01", "15:30", "thank-you"],
  ["es", "segunda entrevista el martes a las 5", "next-round", "2026-12-01", "17:00", "thank-you"],
  ["en", "second interview tuesday at 7:30", "next-round", "2026-12-01", "19:30", "thank-you"],
];
