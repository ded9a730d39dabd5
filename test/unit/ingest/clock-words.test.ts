/**
 * Meeting times said in words, in every language, as one grammar reads them: a clock relation of
 * the language ("kwart over", "viertel zehn", "et quart", "y cuarto", "e meia", "e mezza", "half
 * past", British "half 2") with an hour in words or digits, and the meeting rule that a bare hour
 * from 1 to 6 is after noon unless a morning word follows. Also an hour alone after a weekday and
 * "at" that ends a clause ("Wednesday at 2 it is!").
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

// The forward arrives on Monday, 23 November 2026.
const ROWS = [
  // Dutch
  [
    "nl",
    "Europe/Amsterdam",
    "Hoi Jordan,\n\nVolgende week dinsdag (1/12) om kwart over drie bij ons op kantoor? Dan praten we verder over de functie.",
    "2026-12-01T15:15:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Zullen we donderdag 26 november om half 3 bellen voor het gesprek?",
    "2026-11-26T14:30:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Je gesprek staat gepland op vrijdag 27 november om kwart voor elf.",
    "2026-11-27T10:45:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Het sollicitatiegesprek is op maandag 30 november om kwart over 2, bij ons in Utrecht.",
    "2026-11-30T14:15:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Gesprek op woensdag 2 december om half tien 's ochtends, je wordt ontvangen bij de balie.",
    "2026-12-02T09:30:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Het gesprek is op 3 december om half een, in de kantine.",
    "2026-12-03T12:30:00+01:00",
  ],
  // German
  [
    "de",
    "Europe/Vienna",
    "Liebe Jordan,\n\npasst Ihnen das Vorstellungsgespräch am Donnerstag um viertel zehn? Wir freuen uns.",
    "2026-11-26T09:15:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Das Vorstellungsgespräch ist am Donnerstag, 26.11., um halb drei.",
    "2026-11-26T14:30:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Wir sehen uns am 1. Dezember um viertel nach 10 zum Gespräch.",
    "2026-12-01T10:15:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Das Gespräch ist am Freitag, 27.11., um dreiviertel elf in Raum 4.",
    "2026-11-27T10:45:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Vorstellungsgespräch am 2. Dezember um viertel vor vier, bitte am Empfang melden.",
    "2026-12-02T15:45:00+01:00",
  ],
  ["de", "Europe/Berlin", "Vorstellungsgespräch am Mittwoch, 2.12., um halb 4.", "2026-12-02T15:30:00+01:00"],
  // French
  [
    "fr",
    "Europe/Paris",
    "Je vous propose un entretien le jeudi 26 novembre à trois heures et quart.",
    "2026-11-26T15:15:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Rendez-vous le 1er décembre à dix heures moins le quart pour l'entretien.",
    "2026-12-01T09:45:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Votre entretien aura lieu le vendredi 27 novembre à 2 heures et demie.",
    "2026-11-27T14:30:00+01:00",
  ],
  ["fr", "Europe/Paris", "Entretien le 2 décembre à midi et demi, au 3e étage.", "2026-12-02T12:30:00+01:00"],
  [
    "fr",
    "Europe/Paris",
    "Pour l'entretien, pouvez-vous venir le lundi 30 novembre à onze heures et quart ?",
    "2026-11-30T11:15:00+01:00",
  ],
  ["fr", "Europe/Paris", "Entretien confirmé le 3 décembre à 9h et quart.", "2026-12-03T09:15:00+01:00"],
  // Spanish
  [
    "es",
    "Europe/Madrid",
    "La entrevista será el jueves 26 de noviembre a las cuatro y cuarto.",
    "2026-11-26T16:15:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "¿Te va bien la entrevista el viernes 27 de noviembre a las diez menos cuarto?",
    "2026-11-27T09:45:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Te esperamos el 1 de diciembre a las 5 y media para la entrevista.",
    "2026-12-01T17:30:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Entrevista: lunes 30 de noviembre, a las once y cuarto de la mañana.",
    "2026-11-30T11:15:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Quedamos para la entrevista el 2 de diciembre a las doce y media.",
    "2026-12-02T12:30:00+01:00",
  ],
  // Portuguese
  [
    "pt",
    "Europe/Lisbon",
    "A entrevista fica marcada para quinta-feira, 26 de novembro, às duas e meia da tarde.",
    "2026-11-26T14:30:00+00:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "Podemos fazer a entrevista na sexta, 27 de novembro, às onze e um quarto?",
    "2026-11-27T11:15:00+00:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "Entrevista dia 1 de dezembro às dez menos um quarto, na nossa sede.",
    "2026-12-01T09:45:00+00:00",
  ],
  [
    "pt",
    "America/Sao_Paulo",
    "A entrevista será dia 2 de dezembro, a um quarto para as quatro.",
    "2026-12-02T15:45:00-03:00",
  ],
  [
    "pt",
    "America/Sao_Paulo",
    "Entrevista na segunda, 30 de novembro, às 3 e meia.",
    "2026-11-30T15:30:00-03:00",
  ],
  // Italian
  [
    "it",
    "Europe/Rome",
    "Il colloquio è fissato per giovedì 26 novembre alle tre e mezza.",
    "2026-11-26T15:30:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Ci vediamo venerdì 27 novembre alle undici e un quarto per il colloquio.",
    "2026-11-27T11:15:00+01:00",
  ],
  ["it", "Europe/Rome", "Colloquio il 1° dicembre alle dieci meno un quarto.", "2026-12-01T09:45:00+01:00"],
  [
    "it",
    "Europe/Rome",
    "Colloquio martedì 1 dicembre alle 4 e mezza, in via Roma 12.",
    "2026-12-01T16:30:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Il colloquio sarà il 2 dicembre alle nove e un quarto del mattino.",
    "2026-12-02T09:15:00+01:00",
  ],
  // English
  [
    "en",
    "Europe/London",
    "Perfect, Wednesday at 2 it is! It'll be Sam and me for the interview, about 40 minutes.",
    "2026-11-25T14:00:00+00:00",
  ],
  [
    "en",
    "Europe/London",
    "Could you do the interview on Thursday 26 November at half past ten?",
    "2026-11-26T10:30:00+00:00",
  ],
  [
    "en",
    "Europe/London",
    "Shall we say Monday 30 November at half 2 for the interview? Our Leeds office.",
    "2026-11-30T14:30:00+00:00",
  ],
  ["en", "Europe/London", "Your interview is on 1 December at quarter past 11.", "2026-12-01T11:15:00+00:00"],
  [
    "en",
    "Europe/London",
    "Interview: Friday 27 November, quarter to 3, room B.",
    "2026-11-27T14:45:00+00:00",
  ],
] as const;

const SUBJECTS = {
  nl: "Uitnodiging gesprek",
  de: "Einladung zum Vorstellungsgespräch",
  fr: "Invitation à un entretien",
  es: "Invitación a entrevista",
  pt: "Convite para entrevista",
  it: "Invito a colloquio",
  en: "Interview invitation",
} as const;

describe("a meeting time said in words", () => {
  it.each(ROWS)("%s (%s): %s", async (lang, zone, body, start) => {
    // Act
    const result = await readGmailForward("Recruiting <jobs@firma.example>", SUBJECTS[lang], body, zone);
    // Assess
    expect(result.interview.start).toBe(start);
  });
});
