/**
 * A rejection that names dates: the past interview it thanks for ("thank you for meeting us on
 * 3 November") and an event for many it invites to (a careers day, an open evening, a job fair at
 * a time). Neither is a slot: the decision is what the mail says. Traps: an invitation that recalls
 * an earlier rejection, and an invitation to a next round that regrets a slot already taken, stay
 * invitations; a booking portal with a window and a closing date sets no slot.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Recruiting Team <jobs@harbourline.example>";

type Row = readonly [lang: string, subject: string, body: string];

const REJECTIONS: readonly Row[] = [
  [
    "en",
    "Your application - Data Analyst",
    "Dear Jordan,\n\nMany thanks for meeting with our panel on 12 November. After much deliberation we have decided to move forward with other candidates for this position.\n\nWe host an open evening on 9 December at 6:30pm and you would be very welcome.\n\nKind regards,\nMegan Firth\nPeople Team",
  ],
  [
    "en",
    "Update on your application",
    "Hi Jordan,\n\nThanks for your time at the interview on Thursday 19 November at 2pm. Regrettably, we will not be taking your application any further.\n\nOur careers fair runs on 14 January from 10am to 3pm.\n\nBest wishes,\nTom",
  ],
  [
    "de",
    "Ihre Bewerbung als Disponent",
    "Sehr geehrter Herr Lee,\n\nherzlichen Dank für das Vorstellungsgespräch am 17. November um 10 Uhr. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.\n\nAm 4. Dezember um 17 Uhr laden wir zu unserem Tag der offenen Tür ein.\n\nMit freundlichen Grüßen\nSabine Roth",
  ],
  [
    "de",
    "Rückmeldung zu Ihrer Bewerbung",
    "Grüezi Herr Lee\n\nBesten Dank für das Gespräch vom 18. November. Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns für eine andere Bewerbung entschieden haben.\n\nGerne laden wir Sie zu unserem Infoabend am 10. Dezember um 18.30 Uhr ein.\n\nFreundliche Grüsse\nReto Meier",
  ],
  [
    "fr",
    "Votre candidature - Comptable",
    "Bonjour Monsieur Lee,\n\nNous vous remercions pour l'entretien du 16 novembre. Après réflexion, nous ne donnerons pas une suite favorable à votre candidature.\n\nNous vous convions à notre forum de l'emploi le 8 décembre à 14h.\n\nCordialement,\nClaire Dubois",
  ],
  [
    "fr",
    "Suite de votre candidature",
    "Bonjour Jordan,\n\nMerci pour notre rencontre du mardi 17 novembre à 10h. Nous sommes au regret de vous annoncer que nous avons retenu un autre profil.\n\nNotre soirée portes ouvertes aura lieu le 3 décembre à 18h30.\n\nBien à vous,\nLuc Martin",
  ],
  [
    "es",
    "Tu postulación - Analista",
    "Hola Jordan:\n\nGracias por la entrevista del 16 de noviembre. Lamentablemente no continuaremos con su candidatura en esta ocasión.\n\nTe esperamos en nuestra feria de empleo el 5 de diciembre a las 11:00.\n\nSaludos,\nValeria Gómez",
  ],
  [
    "es",
    "Resultado del proceso",
    "Estimado Jordan:\n\nAgradecemos su participación en la entrevista del martes 17 de noviembre a las 9:30. Le informamos que hemos decidido seguir adelante con otros candidatos.\n\nLo invitamos a nuestro evento de puertas abiertas el 10 de diciembre a las 18:00.\n\nAtentamente,\nDiego Herrera",
  ],
  [
    "it",
    "La sua candidatura - Contabile",
    "Gentile Jordan,\n\nla ringraziamo per il colloquio del 16 novembre. Purtroppo non proseguiremo con la sua candidatura.\n\nLa invitiamo al nostro career day il 9 dicembre alle 10:00.\n\nCordiali saluti,\nGiulia Bianchi",
  ],
  [
    "pt",
    "A sua candidatura - Analista",
    "Caro Jordan,\n\nObrigado pela entrevista de 17 de novembro. Lamentamos informar que não seguiremos com a sua candidatura.\n\nConvidamo-lo para o nosso dia aberto a 9 de dezembro às 17h.\n\nCumprimentos,\nInês Costa",
  ],
  [
    "pt",
    "Retorno do processo seletivo",
    "Olá Jordan,\n\nAgradecemos pela entrevista do dia 17/11 às 14h. Infelizmente optamos por seguir com outros candidatos neste momento.\n\nParticipe da nossa feira de carreiras no dia 5 de dezembro às 10h.\n\nAbraços,\nCamila Souza",
  ],
  [
    "nl",
    "Je sollicitatie - Analist",
    "Beste Jordan,\n\nBedankt voor het gesprek van 17 november. Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.\n\nOp 9 december om 19.00 uur organiseren we een open avond.\n\nMet vriendelijke groet,\nSanne de Vries",
  ],
];

/** Invitations that must stay invitations, with their time. */
const INVITATIONS: readonly Row[] = [
  [
    "en",
    "Second round interview",
    "Hi Jordan,\n\nGreat news, we'd like to invite you to the second round. Unfortunately the first slot we mentioned is gone, so your interview is on Thursday 26 November at 3pm with Priya Shah.\n\nBest,\nMegan",
  ],
  [
    "en",
    "Interview invitation",
    "Dear Jordan,\n\nAlthough we decided to move forward with other candidates for the analyst role last spring, we would like to invite you to an interview for our new engineering opening on Friday 27 November at 11:00.\n\nKind regards,\nMegan",
  ],
  [
    "de",
    "Einladung zum zweiten Gespräch",
    "Hallo Herr Lee,\n\nwir möchten Sie gerne zu einem zweiten Gespräch einladen. Leider ist der erste Termin schon vergeben, daher schlagen wir Donnerstag, den 26. November um 14 Uhr vor.\n\nViele Grüße\nSabine Roth",
  ],
  [
    "fr",
    "Invitation à un entretien",
    "Bonjour Jordan,\n\nMalgré notre réponse négative l'an dernier, nous souhaitons vous inviter à un entretien pour le poste de chef de projet le jeudi 26 novembre à 10h.\n\nCordialement,\nClaire Dubois",
  ],
  [
    "es",
    "Segunda entrevista",
    "Hola Jordan:\n\nNos gustaría invitarte a una segunda entrevista. Lamentablemente el primer horario ya no está disponible, así que te proponemos el jueves 26 de noviembre a las 16:00.\n\nSaludos,\nValeria",
  ],
];

/** Booking portals with a window and a closing date: no slot yet. */
const NO_SLOT: readonly Row[] = [
  [
    "it",
    "Prenotazione colloquio - Infermiere",
    "Gentile Jordan,\n\nla sua candidatura è stata ammessa al colloquio. La preghiamo di prenotare il colloquio sul nostro portale, scegliendo una fascia oraria libera tra il 30 novembre e il 4 dicembre (ore 9-12).\n\nLe prenotazioni chiudono venerdì 27 novembre alle ore 12.\n\nCordiali saluti,\nUfficio Personale",
  ],
  [
    "es",
    "Agenda tu entrevista",
    "Hola Jordan:\n\nPasaste a la etapa de entrevista. Te pedimos reservar tu entrevista en el portal eligiendo una franja horaria disponible entre el 30 de noviembre y el 4 de diciembre.\n\nEl portal estará abierto hasta el viernes 27 de noviembre a las 12:00.\n\nSaludos,\nSelección",
  ],
];

/** More of the same in other words: a decision to stop at this stage, beside an event for many. */
const MORE_REJECTIONS: readonly Row[] = [
  [
    "en",
    "Your application at Harbourline",
    "Dear Jordan,\n\nThank you for interviewing with us on 12 November. We regret that on this occasion your application has not been successful.\n\nWe would love to see you at our recruitment open day on 9 December at 10am.\n\nBest regards,\nMegan",
  ],
  [
    "de",
    "Absage - Ihre Bewerbung",
    "Sehr geehrte Frau Lee,\n\nvielen Dank für das Gespräch am 17.11. Wir haben uns nach reiflicher Überlegung entschieden, die Position anderweitig zu besetzen.\n\nAuf unserer Karrieremesse am 4. Dezember von 10 bis 16 Uhr sind Sie herzlich willkommen.\n\nMit freundlichen Grüßen\nSabine Roth",
  ],
  [
    "fr",
    "Votre candidature",
    "Madame,\n\nSuite à notre échange du 16 novembre, nous sommes au regret de ne pouvoir retenir votre candidature.\n\nNous vous invitons à notre journée portes ouvertes le samedi 5 décembre de 10h à 16h.\n\nCordialement,\nClaire Dubois",
  ],
  [
    "es",
    "Proceso de selección",
    "Estimada Jordan:\n\nLe agradecemos su tiempo en la entrevista del día 16. En esta oportunidad su perfil no fue seleccionado para continuar.\n\nLa invitamos a nuestra jornada de empleo el jueves 10 de diciembre a las 9:00 a. m.\n\nCordialmente,\nRecursos Humanos",
  ],
  [
    "it",
    "Esito colloquio",
    "Gentile Jordan,\n\nla ringraziamo per il colloquio del 16 novembre. Dopo attenta valutazione, abbiamo deciso di proseguire con altri profili più in linea con la posizione.\n\nLa aspettiamo al nostro open day del 9 dicembre alle 17:30.\n\nCordiali saluti,\nHR",
  ],
  [
    "pt",
    "Candidatura - Analista",
    "Prezada Jordan,\n\nAgradecemos sua participação na entrevista do dia 17/11. Após análise, informamos que sua candidatura não seguirá para as próximas etapas.\n\nConvidamos você para nossa feira de carreiras em 5 de dezembro às 10h.\n\nAtenciosamente,\nRH",
  ],
  [
    "nl",
    "Uw sollicitatie",
    "Geachte mevrouw Lee,\n\nHartelijk dank voor het gesprek op 17 november. Na zorgvuldige overweging hebben wij besloten u niet uit te nodigen voor een vervolggesprek.\n\nWij nodigen u graag uit voor onze open dag op 9 december om 14.00 uur.\n\nMet vriendelijke groet,\nHR",
  ],
];

/** Invitations that regret a slot or recall a decision about others: still invitations. */
const MORE_INVITATIONS: readonly Row[] = [
  [
    "de",
    "Einladung zum Zweitgespräch",
    "Hallo Frau Lee,\n\nleider ist der ursprünglich geplante Termin schon weg, aber wir würden Sie sehr gerne am Dienstag, 1. Dezember um 11 Uhr zum Zweitgespräch begrüßen. Andere Kandidaten haben wir bereits abgesagt.\n\nViele Grüße\nSabine",
  ],
  [
    "es",
    "Segunda entrevista",
    "Hola Jordan:\n\nAunque el año pasado no continuamos con tu candidatura, nos encantaría invitarte a una entrevista para el nuevo puesto el martes 1 de diciembre a las 11:00.\n\nSaludos,\nValeria",
  ],
  [
    "it",
    "Prossimo step",
    "Ciao Jordan,\n\npurtroppo lo slot di lunedì non è più disponibile: ti proponiamo il colloquio finale martedì 1 dicembre alle 11:00 con il direttore.\n\nA presto,\nGiulia",
  ],
];

describe("a rejection that names dates", () => {
  it.each([...REJECTIONS, ...MORE_REJECTIONS])("%s: a rejection (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome).toBe("rejected");
  });
  it.each([...INVITATIONS, ...MORE_INVITATIONS])(
    "%s: stays an invitation (%s)",
    async (_lang, subject, body) => {
      const result = await readGmailForward(FROM, subject, body);
      expect(result.outcome ?? null).toBeNull();
      expect(result.status).toBe("ok");
    },
  );
  it.each(NO_SLOT)("%s: a booking portal sets no slot (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome ?? null).toBeNull();
    expect(result.status).toBe("not-an-interview");
  });
});
