/**
 * The fields of invitations in other languages than English, one phrasing class per row: people
 * introduced in prose (with titles, articles, particles), roles after a cue or in the subject,
 * lengths in words, clock words, ranges and afternoon words, day-first numeric dates, the company
 * under a signature title, and mails that mention an interview without arranging one.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { findForeignWhen } from "../../../lambdas/domain/ingest/chrono-time";
import { daysFromCivil } from "../../../lambdas/domain/ingest/civil";
import { findDecisionDate } from "../../../lambdas/domain/ingest/decision";
import { findDuration } from "../../../lambdas/domain/ingest/duration";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { localeCues } from "../../../lambdas/domain/ingest/locale-cues";
import { findInterviewersInLanguage } from "../../../lambdas/domain/ingest/people-language";
import { ianaZone, type WallZone } from "../../../lambdas/domain/zones";
import { withCalendar } from "../../support/calendar-mail";
import { gmailForward } from "../../support/gmail-forward";

const NOW = DateTime.fromISO("2026-11-23T12:00:00Z");

function forward(from: string, subject: string, body: string): string {
  return gmailForward({ from, subject, body });
}

async function read(from: string, subject: string, body: string) {
  return ingest(forward(from, subject, body), {
    now: NOW,
    ownerAddresses: ["jordan.lee@gmail.com"],
    defaultZone: "Europe/Berlin",
  });
}

describe("people named in prose", () => {
  it.each([
    [
      "de",
      "Im Gespräch lernen Sie Frau Dr. Anke Weiß und Herrn Ozan kennen.",
      ["Frau Dr. Anke Weiß", "Herrn Ozan"],
    ],
    [
      "de",
      "Sie sprechen mit meiner Kollegin Petra Lang und Herrn Dr. Kurt Beck.",
      ["Petra Lang", "Herrn Dr. Kurt Beck"],
    ],
    ["fr", "Vous rencontrerez M. Dubois et Mme de La Tour.", ["M. Dubois", "Mme de La Tour"]],
    ["es", "Te entrevistarán Pablo Navarro y Marta Gil, del área de datos.", ["Pablo Navarro", "Marta Gil"]],
    ["es", "Estarás con el Ing. Tomás Vidal y la Lic. Sara Pons.", ["Ing. Tomás Vidal", "Lic. Sara Pons"]],
    ["pt", "Você vai conversar com o Rui Barros e a Inês Lopes.", ["Rui Barros", "Inês Lopes"]],
    ["pt", "A conversa será conduzida pela Dra. Helena Prado (gerente).", ["Dra. Helena Prado"]],
    ["nl", "Je spreekt met Joost van der Berg en Anouk de Boer.", ["Joost van der Berg", "Anouk de Boer"]],
    [
      "it",
      "Ti riceveranno la dott.ssa Anna Bellini (HR) e l'Ing. Paolo Sarti. Porta un documento.",
      ["dott.ssa Anna Bellini", "Ing. Paolo Sarti"],
    ],
    [
      "it",
      "Il colloquio sarà condotto dal dott. Luca Ferri, responsabile amministrativo.",
      ["dott. Luca Ferri"],
    ],
  ] as const)("%s: %s", (lang, text, names) => {
    // Prepare
    const lexicon = INVITE_LEXICONS[lang];
    // Act
    const found = findInterviewersInLanguage(text, lexicon).map((person) => person.name);
    // Assess
    expect(found).toEqual(names);
  });
});

describe("lengths in words, joined units and hours with minutes", () => {
  it.each([
    ["fr", "un entretien d'une durée d'environ 1h.", 60],
    ["fr", "durée : environ 1h30", 90],
    ["pt", "duração de 1h30", 90],
    ["it", "della durata di un'ora", 60],
    ["it", "durata prevista: 1 ora", 60],
    ["de", "Rechnen Sie mit ca. 1,5 Stunden.", 90],
    ["fr", "Prévoir 14h30 pour l'accueil.", null],
    ["nl", "Het gesprek neemt ongeveer 40 minuten in beslag.", 40],
    ["es", "La entrevista llevará unos 50 minutos.", 50],
    ["fr", "L'entretien durera environ une heure et demie, test compris.", 90],
    ["it", "Durata: 1 ora e mezza (con un caso pratico)", 90],
    ["nl", "Reken op ongeveer drie kwartier.", 45],
    ["fr", "Nous prévoyons 30 minutes.", 30],
    ["es", "Calculá una hora más o menos.", 60],
    ["en", "Plan on an hour.", 60],
    ["en", "I'd love to set up a quick 30-minute phone screen next week.", 30],
    ["pt", "Será uma entrevista de 45 minutos por vídeo.", 45],
    ["en", "Please join 10 minutes early.", null],
    ["fr", "Comptez une heure et quart. Vous serez reçu par le Dr Vidal.", 75],
    ["it", "Durata: un'ora e un quarto.", 75],
    ["es", "Reserva una hora y cuarto.", 75],
    ["nl", "Reken op een uurtje.", 60],
    ["pt", "Previsão de 45 min.", 45],
    ["es", "Hora: 10:30 h (duración aprox. 45 minutos)", 45],
    ["es", "Serán 30 minutos conmigo.", 30],
    ["es", "Serán dos entrevistas con el equipo.", null],
  ] as const)("%s: %s → %s", (lang, text, minutes) => {
    expect(findDuration(text, INVITE_LEXICONS[lang])).toBe(minutes);
  });
});

describe("times chrono's locales leave out", () => {
  it.each([
    [
      "it: an hour after a clock word",
      "Giulia Ferri <giulia@lumenia.it>",
      "Colloquio",
      "Ciao Jordan,\n\nti aspettiamo giovedì 10 dicembre alle ore 11 in sede.\n\nGiulia Ferri\nLumenia",
      "2026-12-10T11:00:00+01:00",
      null,
    ],
    [
      "it: half past an hour, in words",
      "Giulia Ferri <giulia@lumenia.it>",
      "Colloquio",
      "Ciao Jordan,\n\nci vediamo giovedì 10 dicembre alle 11 e mezza in sede.\n\nGiulia Ferri\nLumenia",
      "2026-12-10T11:30:00+01:00",
      null,
    ],
    [
      "es: half past an hour, after noon",
      "Lucía Romero <lucia@andalux.es>",
      "Entrevista",
      "Hola Jordan,\n\nte esperamos el jueves 10 de diciembre a las 5 y media de la tarde en la oficina.\n\nLucía Romero\nAndalux",
      "2026-12-10T17:30:00+01:00",
      null,
    ],
    [
      "pt: a range in hours",
      "Ana Souza <ana@lumen.pt>",
      "Entrevista",
      "Olá Jordan,\n\na entrevista fica marcada para o dia 9 de dezembro, das 15h às 15h45 (hora de Lisboa).\n\nAna Souza\nLumen",
      "2026-12-09T15:00:00+00:00",
      "2026-12-09T15:45:00+00:00",
    ],
    [
      "pt: a weekday before a numeric date",
      "Ana Souza <ana@lumen.com.br>",
      "Entrevista",
      "Oi Jordan,\n\nconfirmo a entrevista na quarta, dia 9/12, às 10h30, por vídeo.\n\nAna Souza\nLumen",
      "2026-12-09T10:30:00+01:00",
      null,
    ],
    [
      "nl: a range elsewhere in the text",
      "Bram Visser <bram@tulp.nl>",
      "Gesprek",
      "Hoi Jordan,\n\nWe zien je op woensdag 9 december om 15.00 uur. Reken op een gesprek van 15.00 tot 16.00 uur.\n\nBram Visser\nTulp BV",
      "2026-12-09T15:00:00+01:00",
      "2026-12-09T16:00:00+01:00",
    ],
    [
      "nl: Belgian hours",
      "Bram Visser <bram@tulp.be>",
      "Gesprek",
      "Hoi Jordan,\n\nJe gesprek staat gepland op 9 december van 10u30 tot 11u15.\n\nBram Visser\nTulp BV",
      "2026-12-09T10:30:00+01:00",
      "2026-12-09T11:15:00+01:00",
    ],
    [
      "es: the afternoon in words",
      "Jorge Ruiz <jorge@sol.es>",
      "Entrevista",
      "Hola Jordan,\n\nTu entrevista es el miércoles 9 de diciembre a las 5 de la tarde.\n\nJorge Ruiz\nSol",
      "2026-12-09T17:00:00+01:00",
      null,
    ],
    [
      "de: a German numeric date and an hour range",
      "Uwe Maier <uwe@kraft.de>",
      "Gespräch",
      "Hallo Jordan,\n\nunser Gespräch findet am 9.12. von 10 bis 11 Uhr statt.\n\nUwe Maier\nKraft GmbH",
      "2026-12-09T10:00:00+01:00",
      "2026-12-09T11:00:00+01:00",
    ],
    [
      "pt: a moved interview's new time",
      "Ana Souza <ana@lumen.com.br>",
      "Entrevista remarcada",
      "Oi Jordan,\n\nsua entrevista de quinta-feira, 10 de dezembro, às 14h foi remarcada para sexta-feira, 11 de dezembro, às 16h.\n\nAna Souza\nLumen",
      "2026-12-11T16:00:00+01:00",
      null,
    ],
    [
      "nl: half before an hour",
      "Bram Visser <bram@tulp.nl>",
      "Uitnodiging gesprek",
      "Beste Jordan,\n\nHet gesprek vindt plaats op woensdag 9 december om half elf, via beeldbellen.\n\nBram Visser\nTulp BV",
      "2026-12-09T10:30:00+01:00",
      null,
    ],
    [
      "de: half before an hour",
      "Uwe Maier <uwe@kraft.de>",
      "Einladung zum Gespräch",
      "Hallo Jordan,\n\nwir laden Sie am Mittwoch, 9. Dezember, um halb drei zu einem Gespräch ein.\n\nUwe Maier\nKraft GmbH",
      "2026-12-09T14:30:00+01:00",
      null,
    ],
    [
      "es: the minutes chrono leaves after the hour",
      "Marta Gil <marta@sol.es>",
      "Entrevista",
      "Hola Jordan:\n\nTe proponemos el miércoles 9 de diciembre a las 10:30h en nuestras oficinas.\n\nMarta Gil\nSol",
      "2026-12-09T10:30:00+01:00",
      null,
    ],
    [
      "fr: noon in words",
      "Marc Roy <marc@zeste.fr>",
      "Entretien",
      "Bonjour Jordan,\n\nnous vous invitons à un entretien le mercredi 9 décembre à midi.\n\nMarc Roy\nZeste",
      "2026-12-09T12:00:00+01:00",
      null,
    ],
    [
      "de: a place on the line below the time is no zone (Zürich is not Zulu time)",
      "Uwe Maier <uwe@kraft.ch>",
      "Einladung zum Vorstellungsgespräch",
      "Guten Tag\n\nGerne laden wir Sie zu einem Vorstellungsgespräch ein:\nZeit: Mittwoch, 9. Dezember, 13.30 Uhr\nOrt: Bleicherweg 21, 8002 Zürich\n\nUwe Maier\nKraft AG",
      "2026-12-09T13:30:00+01:00",
      null,
    ],
    [
      'de: dates with their dots, the old one after "statt"',
      "Uwe Maier <uwe@kraft.de>",
      "Terminverschiebung",
      "Hallo Jordan,\n\nleider müssen wir verschieben. Statt Dienstag, 08.12. um 10 Uhr würden wir das Gespräch gerne auf Donnerstag, 10.12., 14.30 Uhr legen.\n\nUwe Maier\nKraft GmbH",
      "2026-12-10T14:30:00+01:00",
      null,
    ],
    [
      'fr: the old time after "au lieu du", written last',
      "Marc Roy <marc@zeste.fr>",
      "Report de votre entretien",
      "Bonjour Jordan,\n\nnous devons décaler votre entretien. Seriez-vous disponible le jeudi 10 décembre à 15h au lieu du mardi 8 décembre à 14h30 ?\n\nMarc Roy\nZeste",
      "2026-12-10T15:00:00+01:00",
      null,
    ],
    [
      "pt: a new time above the quoted original",
      "Ana Souza <ana@lumen.com.br>",
      "Re: Entrevista",
      "Oi Jordan!\n\nprecisamos remarcar sua entrevista: pode ser na quinta-feira (10/12) às 16h?\n\nAna\n\nEm sex., 20 de nov. de 2026 às 16:48, Ana Souza <ana@lumen.com.br> escreveu:\n> Seguem os dados da sua entrevista:\n> Data: 08/12/2026 (terça-feira)\n> Horário: 10h às 11h\n",
      "2026-12-10T16:00:00+01:00",
      // The moved interview keeps the hour it had (see when-forms.test.ts).
      "2026-12-10T17:00:00+01:00",
    ],
  ] as const)("%s", async (_name, from, subject, body, start, end) => {
    // Act
    const result = await read(from, subject, body);
    // Assess
    expect(result.status).toBe("ok");
    expect(result.interview?.start).toBe(start);
    expect(result.interview?.end ?? null).toBe(end);
  });
});

describe("the meeting's time among other dates", () => {
  const lisbon = ianaZone("Europe/Lisbon") as WallZone;
  it.each([
    [
      "pt: a forwarded header's own date",
      "-------- Mensagem encaminhada --------\nData: \t23/11/2026 09:41\nDe: Ana Souza <ana@lumen.pt>\n\nA entrevista fica marcada para quarta-feira, 9 de dezembro, às 10h.",
      "2026-12-09T10:00:00.000Z",
    ],
    [
      "pt: a date alone before the meeting's date on one line",
      "Como terça-feira é feriado (8 de dezembro), a entrevista fica marcada para quarta-feira, 9 de dezembro, às 9h30.",
      "2026-12-09T09:30:00.000Z",
    ],
    [
      "es: a moved meeting, its new time written last",
      "El martes 8 de diciembre es festivo. Trasladamos tu entrevista del martes 8 a las 10:00 al miércoles 9 de diciembre a las 12:00.",
      "2026-12-09T11:00:00.000Z",
    ],
  ] as const)("%s", (name, text, start) => {
    // Prepare: written on Monday 2026-11-23 at 10:00 UTC.
    const written = Date.UTC(2026, 10, 23, 10, 0) / 1000;
    const zone = name.startsWith("es") ? (ianaZone("Europe/Madrid") as WallZone) : lisbon;
    const lexicon = INVITE_LEXICONS[name.slice(0, 2) as "pt"];
    // Act
    const found = findForeignWhen(text, {
      writtenUtc: written,
      writtenByOriginal: true,
      writtenZone: zone,
      userZone: zone,
      assumedZone: "",
      lexicon,
    });
    // Assess
    expect(found.kind === "found" ? new Date(found.time.start * 1000).toISOString() : found.kind).toBe(start);
  });
});

describe("roles and companies", () => {
  it.each([
    [
      "fr: a role in lower case after the cue",
      "Claire Petit <claire.petit@mirabel.fr>",
      "Entretien",
      "Bonjour Jordan,\n\nSuite à votre candidature pour le poste de chef de projet digital, nous vous invitons à un entretien le 10 décembre à 14h30.\n\nClaire Petit\nMirabel",
      "chef de projet digital",
    ],
    [
      "es: a role as a part of the subject",
      "Lucía Romero <lucia@andalux.es>",
      "Entrevista – Analista de Riesgos",
      "Hola Jordan:\n\nTe esperamos el martes 15 de diciembre a las 10:30.\n\nLucía Romero\nAndalux",
      "Analista de Riesgos",
    ],
    [
      "nl: a role after the interview's word inside a subject's part",
      "Sanne de Vries <sanne@kompas.nl>",
      "Uitnodiging gesprek Teamleider Thuiszorg",
      "Beste Jordan,\n\nWe nodigen je uit op maandag 14 december om 15.00 uur.\n\nSanne de Vries\nKompas",
      "Teamleider Thuiszorg",
    ],
    [
      "pt: a role beside the application's process in the subject",
      "Joana Pires <joana@atlantico.pt>",
      "Processo de recrutamento - Técnico de Controlo de Gestão",
      "Caro Jordan,\n\nLamentamos informar que a sua candidatura não foi selecionada para a fase seguinte.\n\nJoana Pires\nAtlântico",
      "Técnico de Controlo de Gestão",
    ],
    [
      "nl: a role after the interview's word in the subject",
      "Sanne de Vries <sanne@kompas.nl>",
      "Uitnodiging: gesprek Senior Controller",
      "Beste Jordan,\n\nWe nodigen je uit op maandag 14 december om 15.00 uur.\n\nSanne de Vries\nKompas",
      "Senior Controller",
    ],
    [
      "pt: a role after a cue in a mail about an interview past",
      "Rita Melo <rita@lumen.pt>",
      "Obrigado pela entrevista",
      "Olá Jordan,\n\nobrigado pela conversa de ontem para a função de Analista de Compras. Daremos um retorno em breve.\n\nRita Melo\nLumen",
      "Analista de Compras",
    ],
    [
      "es: a role beside an offer in the subject",
      "Lucía Romero <lucia@andalux.es>",
      "Oferta de empleo – Técnico de Mantenimiento",
      "Hola Jordan:\n\nTe adjuntamos las condiciones de la oferta.\n\nLucía Romero\nAndalux",
      "Técnico de Mantenimiento",
    ],
  ] as const)("%s", async (_name, from, subject, body, role) => {
    const result = await read(from, subject, body);
    expect(result.interview?.role).toBe(role);
  });

  it("names the company under a signature title when the address is a mail provider's", async () => {
    // Prepare
    const body =
      "Bonjour Jordan,\n\nJe vous confirme l'entretien le 10 décembre à 14h30.\n\nCordialement,\nClaire Petit\nChargée de recrutement\nMirabel Conseil - Lyon\n12 rue de la Paix";
    // Act
    const result = await read("Claire Petit <claire.petit@gmail.com>", "Entretien", body);
    // Assess
    expect(result.interview?.company).toBe("Mirabel Conseil");
  });

  it("keeps an interviewer whose title the greeting also gives the candidate", async () => {
    // Prepare: "mevrouw" greets the candidate; it is no first name shared with the interviewer.
    const body =
      "Beste mevrouw Lee,\n\nWe nodigen u uit op woensdag 9 december om 10.00 uur.\n\nU maakt kennis met mevrouw Els Maes (teamleider).\n\nMet vriendelijke groet,\nTom Peeters\nBrouwerij Maes";
    // Act
    const result = await read("Tom Peeters <tom@maes.be>", "Uitnodiging sollicitatiegesprek", body);
    // Assess
    expect(result.interview?.interviewers.map((person) => person.name)).toContain("mevrouw Els Maes");
  });

  it("reads a company written with the legal form of a limited partnership (GmbH & Co. KG)", async () => {
    const body =
      "Hallo Jordan,\n\nwir laden Sie am 9. Dezember um 10 Uhr zum Gespräch ein.\n\nViele Grüße\nUwe Maier\nPersonalreferent\nKraftwerk Logistik GmbH & Co. KG";
    const result = await read("Uwe Maier <uwe.maier@gmail.com>", "Einladung", body);
    expect(result.interview?.company).toBe("Kraftwerk Logistik");
  });

  it("never takes the candidate's name in a title for the role", async () => {
    const body =
      "Hola Jordan,\n\nTe esperamos el martes 15 de diciembre a las 10:30.\n\nLucía Romero\nAndalux";
    const result = await read("Lucía Romero <lucia@andalux.es>", "Entrevista técnica – Jordan Lee", body);
    expect(result.interview?.role ?? null).toBeNull();
  });
});

describe("decision dates promised in a sentence", () => {
  it.each([
    ["nl", "Voor 4 januari laten we je weten of je doorgaat naar de volgende ronde."],
    ["it", "Entro il 4 gennaio ti faremo sapere come proseguire."],
    ["pt", "Até 4 de janeiro daremos um retorno sobre o processo."],
    ["es", "Esperamos daros una respuesta a todos los candidatos antes del 4 de enero."],
    ["es", "Te estaremos dando respuesta a más tardar el lunes 4 de enero."],
    ["fr", "Nous communiquerons notre décision au plus tard le 4 janvier."],
    ["it", "Vi comunicheremo l'esito entro lunedì 4 gennaio."],
    ["nl", "De klant laat ten laatste op maandag 4 januari weten hoe het verder gaat."],
    ["pt", "Comunicaremos a decisão até 4 de janeiro."],
  ] as const)("%s: %s", (lang, sentence) => {
    // Prepare: the interview is on December 9th.
    const context = {
      writtenDay: daysFromCivil(2026, 11, 23),
      interviewDay: daysFromCivil(2026, 12, 9),
      cues: localeCues(sentence, { senderDomains: [], userZone: "Europe/Berlin" }),
      lexicon: INVITE_LEXICONS[lang],
    };
    // Act
    const decision = findDecisionDate(sentence, context);
    // Assess
    expect(decision).toBe("2027-01-04");
  });
});

const EVENT_IN_UTC = [
  "UID:gesprek-1@tulp.nl",
  "DTSTAMP:20261123T090000Z",
  "DTSTART:20261209T140000Z",
  "DTEND:20261209T144500Z",
  "SUMMARY:Gesprek",
];

describe("invitations with a calendar part, the text in another language", () => {
  it("shows a UTC calendar's time in the zone the text writes after the same clock time", async () => {
    // Prepare
    const text = "Hoi Jordan,\n\nWe zien je op woensdag 9 december, 15:00 – 15:45 uur (Nederlandse tijd).";
    const mail = withCalendar("Uitnodiging: gesprek", text, [
      ...EVENT_IN_UTC,
      "ORGANIZER;CN=Bram Visser:mailto:bram@tulp.nl",
    ]);
    // Act
    const result = await ingest(mail, {
      now: NOW,
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: null,
    });
    // Assess
    expect(result.interview?.timeZone).toBe("Europe/Amsterdam");
    expect(result.interview?.start).toBe("2026-12-09T15:00:00+01:00");
  });

  it("leaves out the organiser when the text introduces the interviewers in prose", async () => {
    // Prepare
    const text = "Hola Jordan,\n\nTe entrevistarán Nuria Campos y Diego Salas el 9 de diciembre a las 15:00.";
    const mail = withCalendar("Invitación: Entrevista", text, [
      ...EVENT_IN_UTC,
      "ORGANIZER;CN=Bram Visser:mailto:bram@tulp.nl",
      "ATTENDEE;CN=Nuria Campos:mailto:nuria@tulp.nl",
      "ATTENDEE;CN=Diego Salas:mailto:diego@tulp.nl",
    ]);
    // Act
    const result = await ingest(mail, {
      now: NOW,
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: null,
    });
    // Assess
    expect(result.interview?.interviewers.map((person) => person.name)).toEqual([
      "Nuria Campos",
      "Diego Salas",
    ]);
  });
});

describe("mails that mention an interview and arrange none", () => {
  it.each([
    [
      "de: an application receipt",
      "Bewerbung bei Kraft",
      "Hallo Jordan,\n\nden Eingang Ihrer Bewerbung bestätigen wir gerne. Ob es zu einem Vorstellungsgespräch kommt, erfahren Sie in den nächsten Wochen.\n\nUwe Maier\nKraft GmbH",
    ],
    [
      "fr: a survey after an interview",
      "Votre avis compte",
      "Bonjour Jordan,\n\nSuite à votre entretien, pourriez-vous répondre à notre questionnaire de cinq minutes ?\n\nMarc Roy\nZeste",
    ],
    [
      "it: an application on hold",
      "Aggiornamento sulla tua candidatura",
      "Ciao Jordan,\n\nla selezione è momentaneamente sospesa; ti ricontatteremo per un eventuale colloquio.\n\nGiulia Ferri\nLumenia",
    ],
    [
      "de: a receipt that promises an invitation later",
      "Eingangsbestätigung: Ihre Bewerbung",
      "Hallo Jordan,\n\nIhre Unterlagen sind bei uns eingegangen. Kommen Sie in die engere Wahl, erhalten Sie eine Einladung zum Gespräch.\n\nUwe Maier\nKraft GmbH",
    ],
    [
      "fr: an invitation to an online test",
      "Prochaine étape",
      "Bonjour Jordan,\n\nAvant un éventuel entretien, nous vous invitons à passer un test en ligne avant le 4 janvier.\n\nMarc Roy\nZeste",
    ],
    [
      "pt: a job alert with a live event's date and time",
      "Jordan, 5 vagas que combinam com você",
      "Vagas recomendadas\n\nAnalista de Dados - Lumen - Lisboa\n\nLive gratuita: como se sair bem na entrevista técnica - quarta, 9/12, às 19h.\n\nPara cancelar o recebimento, clique aqui.",
    ],
    [
      "de: a newsletter with a webinar's date and time",
      "Die 5 häufigsten Fragen im Vorstellungsgespräch",
      "Hallo Jordan,\n\nLIVE-WEBINAR: Gehaltsverhandlung, Mittwoch, 9. Dezember, 18:00 Uhr.\n\nNewsletter abbestellen: https://example.org/abmelden",
    ],
  ] as const)("%s is not an interview", async (_name, subject, body) => {
    const result = await read("Someone <someone@example.org>", subject, body);
    expect(result.status).toBe("not-an-interview");
  });

  it("keeps an invitation that names the interview in its subject, its time unread, as an interview", async () => {
    const body =
      "Bonjour Jordan,\n\nNous vous invitons à un entretien la semaine prochaine ; un test en ligne suivra.\n\nMarc Roy\nZeste";
    const result = await read("Marc Roy <marc@zeste.fr>", "Invitation à un entretien", body);
    expect(result.status).toBe("needs-date");
  });

  it("reads a moved interview with its new time as an interview", async () => {
    const body =
      "Hallo Jordan,\n\nunser Termin muss leider verschoben werden. Neuer Termin: Donnerstag, 10. Dezember, 16.00 Uhr.\n\nUwe Maier\nKraft GmbH";
    const result = await read(
      "Uwe Maier <uwe@kraft.de>",
      "Terminverschiebung Ihres Vorstellungsgesprächs",
      body,
    );
    expect(result.status).toBe("ok");
    expect(result.interview?.start).toBe("2026-12-10T16:00:00+01:00");
  });
});
