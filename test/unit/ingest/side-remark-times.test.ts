/**
 * A mail that names more than one time: the interview's start beside side remarks with their own
 * time (the office closing, lunch, a deadline to confirm, an earlier call, arriving early), the
 * end written in words ("von 9 bis 10:30 Uhr", "se terminera vers 12h", "and should finish by
 * 12:30pm"), and the question asked back when two times are equally good, in every language.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

type Row = readonly [lang: string, zone: string, body: string, start: string | null, end?: string];

// The forward arrives on Monday, 23 November 2026.
const ROWS: readonly Row[] = [
  // English
  [
    "en",
    "America/Chicago",
    "Hi Jordan, your interview with Priya is set for Thursday, December 3 at 10:30am. Our office closes at 5pm on Fridays, so drop off any documents before then.",
    "2026-12-03T10:30:00-06:00",
  ],
  [
    "en",
    "America/Chicago",
    "Please confirm by Friday 5pm. The interview itself is on Tuesday, December 1 at 2pm.",
    "2026-12-01T14:00:00-06:00",
  ],
  [
    "en",
    "America/Chicago",
    "Thanks again for your time on our call last Thursday at 4pm. Next step is a panel interview on Wednesday, December 2 at 11am.",
    "2026-12-02T11:00:00-06:00",
  ],
  [
    "en",
    "America/Chicago",
    "Your onsite is Monday, November 30 at 9:00am. Lunch with the team is at 12:30pm, and we'll wrap up around 3pm.",
    "2026-11-30T09:00:00-06:00",
  ],
  [
    "en",
    "America/Chicago",
    "Interview: Friday Dec 4, 1pm. Please arrive 15 minutes early; reception opens at 8am on Friday.",
    "2026-12-04T13:00:00-06:00",
  ],
  [
    "en",
    "America/Chicago",
    "hey! can we meet thursday dec 3 at 4pm about the analyst role? the building locks at 6pm on thursday so come in through the side door if we run late",
    "2026-12-03T16:00:00-06:00",
  ],
  [
    "en",
    "America/Chicago",
    "Interview Tuesday December 1 at 2:00 PM ET (1:00 PM Central).",
    "2026-12-01T14:00:00-05:00",
  ],
  [
    "en",
    "America/Chicago",
    "Your interview starts at 9am on Tuesday, December 1 and should finish by 12:30pm.",
    "2026-12-01T09:00:00-06:00",
    "2026-12-01T12:30:00-06:00",
  ],
  [
    "en",
    "Europe/London",
    "Assessment centre: Thursday 3rd December. Time: 9.30am arrival; the day will end at around 3.30pm.",
    "2026-12-03T09:30:00+00:00",
    "2026-12-03T15:30:00+00:00",
  ],
  [
    "en",
    "America/Chicago",
    "Could you do Tuesday, December 1 at 10am or Wednesday, December 2 at 3pm?",
    null,
  ],
  [
    "en",
    "America/Chicago",
    "We have two interview slots left: Monday Nov 30 at 9am and Tuesday Dec 1 at 4pm - let me know.",
    null,
  ],
  [
    "en",
    "America/New_York",
    "Great news, the team wants to move you forward! Your final interview is Thursday, December 3 at 1pm. Heads up: our office closes early, at 3pm on Friday, December 4.",
    "2026-12-03T13:00:00-05:00",
  ],
  [
    "it",
    "Europe/Zurich",
    "Egregio signor Lee,\nLa invitiamo a un colloquio presso la nostra filiale di Bellinzona giovedì 3 dicembre alle 15.00.\nCordiali saluti",
    "2026-12-03T15:00:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Beste Jordan,\nJe bent van harte welkom voor een gesprek op woensdag 2 december om 13.30.\nMet vriendelijke groet",
    "2026-12-02T13:30:00+01:00",
  ],
  [
    "es",
    "America/Mexico_City",
    "Hola Jordan, ¿cómo estás? Te comparto los datos de tu entrevista:\n- Jueves 3 de diciembre, 4 p. m.\n- Por Teams\nSaludos",
    "2026-12-03T16:00:00-06:00",
  ],
  [
    "pt",
    "America/Sao_Paulo",
    "Oi Jordan, tudo bem? Segue o combinado da entrevista:\n- Quinta-feira, 3 de dezembro, 16h\n- Pelo Meet\nAbraços",
    "2026-12-03T16:00:00-03:00",
  ],
  // German
  [
    "de",
    "Europe/Berlin",
    "Hallo Jordan, wir laden Sie zum Vorstellungsgespräch am Donnerstag, 3. Dezember, um 10:30 Uhr ein. Unser Empfang ist am Freitag, 27.11., nur bis 14 Uhr besetzt.",
    "2026-12-03T10:30:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Bitte bestätigen Sie den Termin bis Freitag, 27.11., 12 Uhr. Das Gespräch findet am Dienstag, 1.12., um 14 Uhr statt.",
    "2026-12-01T14:00:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Das Gespräch ist am Mittwoch, 2. Dezember, von 9 bis 10:30 Uhr.",
    "2026-12-02T09:00:00+01:00",
    "2026-12-02T10:30:00+01:00",
  ],
  [
    "de",
    "Europe/Vienna",
    "Servus! Das Kennenlernen wär am Montag 30.11. um 11 Uhr bei uns im Büro. Mittagessen gibt's danach am 30.11. so um 12:30 in der Kantine.",
    "2026-11-30T11:00:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Ihr Vorstellungsgespräch: Freitag, 4. Dezember, 13:00 Uhr. Bitte seien Sie 15 Minuten früher da, die Pforte öffnet am Freitag ab 7 Uhr.",
    "2026-12-04T13:00:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Das Gespräch beginnt am Donnerstag, 3.12. um 9 Uhr und endet gegen 11:30 Uhr.",
    "2026-12-03T09:00:00+01:00",
    "2026-12-03T11:30:00+01:00",
  ],
  ["de", "Europe/Berlin", "Passt Ihnen Dienstag, 1.12. um 10 Uhr oder Mittwoch, 2.12. um 15 Uhr?", null],
  [
    "de",
    "Europe/Berlin",
    "Der Termin für Ihr Bewerbungsgespräch steht: Mittwoch, den 2.12., 10 Uhr. Achtung: am Montag, 30.11. ist das Büro ab 16 Uhr geschlossen.",
    "2026-12-02T10:00:00+01:00",
  ],
  [
    "de",
    "Europe/Zurich",
    "Gerne laden wir Sie zum Gespräch am Freitag, 4. Dezember um 8.30 Uhr ein. Das Gespräch dauert eine Stunde und eine Viertelstunde.",
    "2026-12-04T08:30:00+01:00",
    "2026-12-04T09:45:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Danke nochmal für das Telefonat am Freitag, 20.11. um 16 Uhr. Wir würden Sie gern am Dienstag, 1. Dezember um 15 Uhr zum Gespräch einladen.",
    "2026-12-01T15:00:00+01:00",
  ],
  // French
  [
    "fr",
    "Europe/Paris",
    "Nous avons le plaisir de vous convier à un entretien le jeudi 3 décembre à 10h30. Nos bureaux ferment à 18h le vendredi 27 novembre.",
    "2026-12-03T10:30:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Merci de confirmer avant le vendredi 27 novembre à 12h. L'entretien aura lieu le mardi 1er décembre à 14h.",
    "2026-12-01T14:00:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "L'entretien se déroulera le mercredi 2 décembre de 14h à 15h30.",
    "2026-12-02T14:00:00+01:00",
    "2026-12-02T15:30:00+01:00",
  ],
  [
    "fr",
    "America/Toronto",
    "Salut Jordan! Ton entrevue est lundi le 30 novembre à 9h. On dîne ensemble le 30 novembre vers 12h avec l'équipe.",
    "2026-11-30T09:00:00-05:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Entretien : vendredi 4 décembre à 11h. Merci d'arriver 10 minutes en avance ; l'accueil ouvre le vendredi à 8h30.",
    "2026-12-04T11:00:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "L'entretien commencera le jeudi 3 décembre à 9h et se terminera vers 12h.",
    "2026-12-03T09:00:00+01:00",
    "2026-12-03T12:00:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Seriez-vous disponible mardi 1er décembre à 10h ou mercredi 2 décembre à 15h ?",
    null,
  ],
  [
    "fr",
    "Europe/Brussels",
    "Votre entretien est fixé au mercredi 2 décembre à 10h. Attention, nos bureaux seront fermés le vendredi 4 décembre à partir de 13h.",
    "2026-12-02T10:00:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "L'entretien durera une heure et quart. Il aura lieu le vendredi 4 décembre à 9h.",
    "2026-12-04T09:00:00+01:00",
    "2026-12-04T10:15:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Suite à notre échange téléphonique du vendredi 20 novembre à 16h, je vous propose un entretien le mardi 1er décembre à 11h.",
    "2026-12-01T11:00:00+01:00",
  ],
  // Spanish
  [
    "es",
    "Europe/Madrid",
    "Te confirmamos la entrevista el jueves 3 de diciembre a las 10:30. La oficina cierra a las 15:00 el viernes 27 de noviembre.",
    "2026-12-03T10:30:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Por favor confirma antes del viernes 27 de noviembre a las 12:00. La entrevista será el martes 1 de diciembre a las 16:00.",
    "2026-12-01T16:00:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Hola Jordan, gracias por tu interés. La entrevista será el miércoles 2 de diciembre de 10 a 11:30. Un saludo.",
    "2026-12-02T10:00:00+01:00",
    "2026-12-02T11:30:00+01:00",
  ],
  [
    "es",
    "America/Mexico_City",
    "La entrevista quedó para el lunes 30 de noviembre a las 17 h. Llega 15 minutos antes, la recepción cierra el lunes a las 18 h.",
    "2026-11-30T17:00:00-06:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Entrevista: viernes 4 de diciembre, 11:00 h. Duración: una hora y cuarto.",
    "2026-12-04T11:00:00+01:00",
    "2026-12-04T12:15:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "La entrevista empieza el jueves 3 de diciembre a las 9:00 y termina hacia las 12:00.",
    "2026-12-03T09:00:00+01:00",
    "2026-12-03T12:00:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "¿Te viene bien el martes 1 de diciembre a las 10:00 o el miércoles 2 de diciembre a las 16:00?",
    null,
  ],
  [
    "es",
    "America/Argentina/Buenos_Aires",
    "Te escribo por la búsqueda de Analista. La entrevista es el miércoles 2 de diciembre a las 10 hs. Ojo que el viernes 4 de diciembre la oficina cierra a las 13 hs por el feriado.",
    "2026-12-02T10:00:00-03:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Tras nuestra llamada del viernes 20 de noviembre a las 16:00, te propongo una entrevista el martes 1 de diciembre a las 11:00.",
    "2026-12-01T11:00:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "La entrevista durará 45 minutos aprox. y será el viernes 4 de diciembre a las 9:30.",
    "2026-12-04T09:30:00+01:00",
    "2026-12-04T10:15:00+01:00",
  ],
  // Portuguese
  [
    "pt",
    "America/Sao_Paulo",
    "Sua entrevista está marcada para quinta-feira, 3 de dezembro, às 10h30. O escritório fecha às 18h na sexta-feira, 27 de novembro.",
    "2026-12-03T10:30:00-03:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "Confirme até sexta-feira, 27 de novembro, às 12h. A entrevista será na terça-feira, 1 de dezembro, às 14h.",
    "2026-12-01T14:00:00+00:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "A entrevista será na quarta-feira, 2 de dezembro, das 14h às 15h30.",
    "2026-12-02T14:00:00+00:00",
    "2026-12-02T15:30:00+00:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "A entrevista fica marcada para segunda-feira, 30 de novembro, às 9h30. O almoço com a equipa é no mesmo dia, 30 de novembro, às 12h30.",
    "2026-11-30T09:30:00+00:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "Entrevista: sexta-feira, 4 de dezembro, às 11h. Chegue 15 minutos antes; a receção abre na sexta às 8h.",
    "2026-12-04T11:00:00+00:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "A entrevista começa na quinta-feira, 3 de dezembro, às 9h e termina por volta das 12h.",
    "2026-12-03T09:00:00+00:00",
    "2026-12-03T12:00:00+00:00",
  ],
  [
    "pt",
    "America/Sao_Paulo",
    "Pode ser na terça, 1 de dezembro, às 10h ou na quarta, 2 de dezembro, às 15h?",
    null,
  ],
  [
    "pt",
    "Europe/Lisbon",
    "A entrevista vai durar 1 hora e um quarto, na sexta-feira, 4 de dezembro, às 9h.",
    "2026-12-04T09:00:00+00:00",
    "2026-12-04T10:15:00+00:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "Depois da nossa conversa de sexta-feira, 20 de novembro, às 16h, gostaria de marcar uma entrevista na terça-feira, 1 de dezembro, às 11h.",
    "2026-12-01T11:00:00+00:00",
  ],
  [
    "pt",
    "America/Sao_Paulo",
    "Oi Jordan! A entrevista pra vaga de analista ficou pra quarta, 2 de dezembro, às 10h. Lembrando que na sexta (4/12) o escritório fecha às 14h.",
    "2026-12-02T10:00:00-03:00",
  ],
  // Dutch
  [
    "nl",
    "Europe/Amsterdam",
    "We nodigen je uit voor een gesprek op donderdag 3 december om 10.30 uur. Ons kantoor sluit op vrijdag 27 november om 17.00 uur.",
    "2026-12-03T10:30:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Graag bevestigen vóór vrijdag 27 november 12.00 uur. Het gesprek is op dinsdag 1 december om 14.00 uur.",
    "2026-12-01T14:00:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Het gesprek is op woensdag 2 december van 10.00 tot 11.30 uur.",
    "2026-12-02T10:00:00+01:00",
    "2026-12-02T11:30:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Het sollicitatiegesprek staat op maandag 30 november om 9 uur. De lunch met het team is op 30 november om 12.30 uur.",
    "2026-11-30T09:00:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Gesprek: vrijdag 4 december, 11.00 uur. Kom je 10 minuten eerder? De receptie gaat vrijdag om 8 uur open.",
    "2026-12-04T11:00:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Het gesprek begint donderdag 3 december om 9.00 uur en eindigt rond 12.00 uur.",
    "2026-12-03T09:00:00+01:00",
    "2026-12-03T12:00:00+01:00",
  ],
  ["nl", "Europe/Amsterdam", "Kan je dinsdag 1 december om 10 uur of woensdag 2 december om 15 uur?", null],
  [
    "nl",
    "Europe/Brussels",
    "Uw gesprek is vastgelegd op woensdag 2 december om 10 uur. Opgelet: op vrijdag 4 december is ons kantoor vanaf 13 uur gesloten.",
    "2026-12-02T10:00:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Het gesprek duurt een uur en een kwartier en is op vrijdag 4 december om 9 uur.",
    "2026-12-04T09:00:00+01:00",
    "2026-12-04T10:15:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Na ons telefoongesprek van vrijdag 20 november om 16 uur wil ik je uitnodigen voor een gesprek op dinsdag 1 december om 11 uur.",
    "2026-12-01T11:00:00+01:00",
  ],
  // Italian
  [
    "it",
    "Europe/Rome",
    "Siamo lieti di invitarla a un colloquio giovedì 3 dicembre alle 10:30. I nostri uffici chiudono alle 18 venerdì 27 novembre.",
    "2026-12-03T10:30:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "La preghiamo di confermare entro venerdì 27 novembre alle 12. Il colloquio si terrà martedì 1 dicembre alle 14.",
    "2026-12-01T14:00:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Il colloquio sarà mercoledì 2 dicembre dalle 10 alle 11:30.",
    "2026-12-02T10:00:00+01:00",
    "2026-12-02T11:30:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Il colloquio è fissato per lunedì 30 novembre alle 9:30. Il pranzo con il team è lunedì 30 novembre alle 12:30.",
    "2026-11-30T09:30:00+01:00",
  ],
  [
    "it",
    "Europe/Zurich",
    "Colloquio: venerdì 4 dicembre, ore 11.00. La preghiamo di presentarsi 10 minuti prima; la reception apre venerdì alle 8.",
    "2026-12-04T11:00:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Il colloquio inizierà giovedì 3 dicembre alle 9 e terminerà verso le 12.",
    "2026-12-03T09:00:00+01:00",
    "2026-12-03T12:00:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Le andrebbe bene martedì 1 dicembre alle 10 oppure mercoledì 2 dicembre alle 15?",
    null,
  ],
  [
    "it",
    "Europe/Rome",
    "Il colloquio è fissato per mercoledì 2 dicembre alle 10. Le ricordo che venerdì 4 dicembre gli uffici chiudono alle 13.",
    "2026-12-02T10:00:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Il colloquio durerà un'ora e un quarto, venerdì 4 dicembre alle 9.",
    "2026-12-04T09:00:00+01:00",
    "2026-12-04T10:15:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Dopo la nostra telefonata di venerdì 20 novembre alle 16, le propongo un colloquio martedì 1 dicembre alle 11.",
    "2026-12-01T11:00:00+01:00",
  ],
];

const SUBJECTS: Readonly<Record<string, string>> = {
  en: "Interview invitation",
  de: "Einladung zum Vorstellungsgespräch",
  fr: "Invitation à un entretien",
  es: "Invitación a entrevista",
  pt: "Convite para entrevista",
  nl: "Uitnodiging gesprek",
  it: "Invito a colloquio",
};

const instant = (iso: string | null | undefined) => (iso ? new Date(iso).toISOString() : null);

const CASES = ROWS.map(([lang, zone, body, start, end]) => ({ lang, zone, body, start, end }));

describe("the interview's time beside other times", () => {
  it.each(CASES)("$lang ($zone): $body", async ({ lang, zone, body, start, end }) => {
    // Act
    const result = await readGmailForward(
      "Recruiting <jobs@firma.example>",
      SUBJECTS[lang] ?? "",
      body,
      zone,
    );
    // Assess
    expect(instant(result.interview.start)).toBe(instant(start));
    if (start === null) expect(result.status).toBe("needs-date");
    if (end !== undefined) expect(instant(result.interview.end)).toBe(instant(end));
  });
});
