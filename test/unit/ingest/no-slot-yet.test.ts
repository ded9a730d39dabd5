/**
 * Mails that name interview days and hours but arrange no interview of the reader's own, in every
 * language: a link to book one of many slots with none chosen yet, a fair or recruiting day that
 * baits with "a short interview on the spot", an acknowledgement that says when interviews are
 * held or when a test is due. None is an interview; a mail that gives the one chosen slot is.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

/** [lang, from, subject, body]. */
type Row = readonly [string, string, string, string];

const BOOK_A_SLOT: readonly Row[] = [
  [
    "en",
    "Graduate Recruitment <grads@pembridge-legal.co.uk>",
    "Book your video interview",
    "Dear Jordan,\n\nThank you for applying to the Pembridge Legal trainee scheme. We're delighted to invite you to a video interview.\n\nPlease choose a time that suits you using the link below. Interviews take place between Monday 7 and Friday 11 December, 10am to 4pm, and last 40 minutes.\n\nChoose your slot: https://pembridge.example/book\n\nPlease book by Thursday 3 December.\n\nKind regards,\nGraduate Recruitment",
  ],
  [
    "de",
    "Recruiting <recruiting@falkenried-bank.de>",
    "Termin für Ihr Videointerview auswählen",
    "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung. Gern laden wir Sie zu einem Videointerview ein.\n\nBitte wählen Sie über den folgenden Link einen passenden Termin aus. Termine sind vom 7. bis 11. Dezember jeweils zwischen 9:00 und 16:00 Uhr möglich (Dauer ca. 45 Minuten).\n\nZur Terminbuchung: https://falkenried.example/termine\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
  ],
  [
    "fr",
    "Recrutement <recrutement@maison-verlaine.fr>",
    "Réservez votre créneau d'entretien",
    "Bonjour Jordan,\n\nVotre candidature a retenu notre attention ! Nous vous proposons un entretien en visio de 30 minutes.\n\nMerci de réserver le créneau de votre choix via le lien ci-dessous. Des créneaux sont disponibles du lundi 7 au vendredi 11 décembre, entre 9h et 17h.\n\nRéserver : https://verlaine.example/rdv\n\nÀ bientôt,\nL'équipe Recrutement",
  ],
  [
    "es",
    "Selección <seleccion@grupo-almendral.es>",
    "Reserva tu entrevista",
    "Hola Jordan:\n\n¡Has pasado a la siguiente fase! Te invitamos a una entrevista por videollamada de 30 minutos.\n\nElige el horario que mejor te venga en este enlace. Hay huecos disponibles del lunes 7 al viernes 11 de diciembre, de 9:00 a 14:00.\n\nReserva aquí: https://almendral.example/citas\n\nUn saludo,\nEquipo de Selección",
  ],
  [
    "pt",
    "Recrutamento <recrutamento@serrana-seguros.com.br>",
    "Agende sua entrevista",
    "Olá Jordan,\n\nParabéns, você avançou para a próxima etapa! Queremos conversar com você em uma entrevista online de 30 minutos.\n\nEscolha o melhor horário pelo link abaixo. Há horários disponíveis de segunda, 7/12, a sexta, 11/12, das 9h às 17h.\n\nAgendar: https://serrana.example/agenda\n\nAbraços,\nTime de Recrutamento",
  ],
  [
    "nl",
    "Recruitment <werken@dijkstra-bouw.nl>",
    "Plan je sollicitatiegesprek in",
    "Hoi Jordan,\n\nLeuk nieuws: we willen graag met je kennismaken in een online gesprek van 45 minuten.\n\nKies via de link hieronder zelf een moment dat jou past. Er zijn tijdsloten vrij van maandag 7 tot en met vrijdag 11 december, tussen 9.00 en 16.00 uur.\n\nInplannen: https://dijkstra.example/plannen\n\nGroet,\nTeam Recruitment",
  ],
  [
    "it",
    "Selezione <selezione@vetreria-murano-blu.it>",
    "Prenota il tuo colloquio",
    "Ciao Jordan,\n\nla tua candidatura ci è piaciuta! Ti invitiamo a un colloquio online di 30 minuti.\n\nScegli tu l'orario che preferisci tramite il link qui sotto: ci sono slot disponibili da lunedì 7 a venerdì 11 dicembre, dalle 9 alle 17.\n\nPrenota qui: https://vetreria.example/slot\n\nA presto,\nTeam Selezione",
  ],
];

const FAIRS: readonly Row[] = [
  [
    "en",
    "Campus Hiring <campus@tamarisk-retail.com>",
    "Come to our Recruitment Day",
    "Hi Jordan,\n\nAs you applied for our Store Trainee scheme, we'd love to see you at our Recruitment Day on Saturday 12 December from 10am to 3pm at the Leeds store. You can meet the managers and even have a quick 10-minute interview on the day.\n\nRegister here: https://tamarisk.example/day\n\nSee you there!\nCampus Hiring",
  ],
  [
    "de",
    "Ausbildung <ausbildung@kranich-logistik.de>",
    "Einladung zum Azubi-Speed-Dating",
    "Hallo Jordan,\n\nda du dich für eine Ausbildung bei uns beworben hast, laden wir dich zu unserem Azubi-Speed-Dating am Samstag, 12. Dezember von 10 bis 14 Uhr ein. Dort kannst du in einem kurzen Gespräch von 10 Minuten unsere Ausbilder kennenlernen.\n\nAnmeldung: https://kranich.example/speed\n\nBis bald!\nDein Ausbildungsteam",
  ],
  [
    "fr",
    "Carrières <carrieres@groupe-lanvaux.fr>",
    "Invitation à notre forum de recrutement",
    "Bonjour Jordan,\n\nSuite à votre candidature, nous vous invitons à notre forum de recrutement le samedi 12 décembre de 9h à 17h au Parc des Expositions. Vous pourrez échanger avec nos managers et passer un mini-entretien de 15 minutes.\n\nInscription : https://lanvaux.example/forum\n\nÀ très vite,\nL'équipe Carrières",
  ],
  [
    "es",
    "Talento <talento@financiera-del-plata.com.ar>",
    "Te esperamos en la Feria de Empleo",
    "¡Hola Jordan!\n\nComo te postulaste a nuestro programa de pasantías, te invitamos a la Feria de Empleo Universitaria el jueves 10 de diciembre de 10 a 18 hs en el Centro de Convenciones (stand 12).\n\nVas a poder charlar con el equipo y tener una entrevista breve de 10 minutos.\n\nAnotate acá: https://delplata.example/feria\n\n¡Te esperamos!\nEquipo de Talento",
  ],
  [
    "pt",
    "Talentos <talentos@mercadao-sul.com.br>",
    "Convite: Dia de Recrutamento",
    "Oi Jordan!\n\nComo você se candidatou para a vaga de Operador de Caixa, te convidamos para o nosso Dia de Recrutamento no sábado, 12/12, das 9h às 15h, na loja do Centro. Você vai conhecer a equipe e fazer uma entrevista rápida no local.\n\nInscreva-se: https://mercadao.example/dia\n\nTe esperamos!\nTime de Talentos",
  ],
  [
    "nl",
    "Werving <werving@hofstede-zorg.nl>",
    "Uitnodiging banenmarkt",
    "Hoi Jordan,\n\nOmdat je hebt gesolliciteerd als verzorgende, nodigen we je uit voor onze banenmarkt op zaterdag 12 december van 10.00 tot 15.00 uur in Zwolle. Je kunt er kennismaken met de teams en meteen een kort gesprekje van 10 minuten voeren.\n\nAanmelden: https://hofstede.example/markt\n\nTot dan!\nTeam Werving",
  ],
  [
    "it",
    "Risorse Umane <hr@supermercati-lario.it>",
    "Ti aspettiamo al nostro Recruiting Day",
    "Ciao Jordan,\n\nvisto che ti sei candidato come addetto vendite, ti invitiamo alla nostra giornata di reclutamento sabato 12 dicembre dalle 9 alle 13 presso il punto vendita di Como. Potrai conoscere i responsabili e fare un breve colloquio conoscitivo.\n\nIscriviti qui: https://lario.example/day\n\nA presto!\nRisorse Umane",
  ],
];

const ACKNOWLEDGEMENTS: readonly Row[] = [
  [
    "en",
    "Careers <careers@wrenfield-cafe.co.uk>",
    "We've received your application",
    "Hi Jordan,\n\nThanks for applying to be a Barista at our new Wrenfield café on King Street, which opens on Saturday 9 January. We're holding interviews from 9am to 1pm over the coming weeks.\n\nIf your profile is a match, we'll be in touch to arrange one.\n\nThe Wrenfield team",
  ],
  [
    "de",
    "Bewerbermanagement <jobs@lindenhof-hotels.de>",
    "Eingangsbestätigung Ihrer Bewerbung",
    "Guten Tag Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Rezeptionist. Die Vorstellungsgespräche finden in der Woche vom 14. Dezember jeweils zwischen 9 und 12 Uhr statt.\n\nSollte Ihr Profil passen, melden wir uns bei Ihnen, um einen Termin zu vereinbaren.\n\nFreundliche Grüße\nIhr Lindenhof-Team",
  ],
  [
    "fr",
    "Recrutement <noreply@pharmacies-azur.fr>",
    "Nous avons bien reçu votre candidature",
    "Bonjour Jordan,\n\nNous avons bien reçu votre candidature pour le poste de Préparateur en pharmacie. Prochaine étape : un test en ligne à compléter avant le 10/12 à 23h59.\n\nSuivez votre candidature depuis votre espace candidat.\n\nL'équipe Recrutement",
  ],
  [
    "es",
    "Empleo <empleo@ferreterias-roble.es>",
    "Hemos recibido tu candidatura",
    "Hola, Jordan:\n\nHemos recibido tu candidatura para la oferta Dependiente de Tienda - Zaragoza.\n\nLa revisaremos y, si encajas, te llamaremos para una entrevista durante la semana del 14 de diciembre.\n\nGracias por tu interés.\n\nEste es un mensaje automático, por favor no respondas.",
  ],
  [
    "pt",
    "Equipe Vale Verde <naoresponda@vagas.example>",
    "Recebemos sua candidatura!",
    "Olá, Jordan!\n\nRecebemos sua candidatura para a vaga Estágio em Logística na Vale Verde Distribuidora.\n\nPróxima etapa: teste online de raciocínio lógico. Você tem até 10/12 às 23h59 para concluir.\n\nAcompanhe seu processo pela plataforma.\n\nEquipe Vale Verde",
  ],
  [
    "nl",
    "Werken bij <noreply@bakkerij-vanrijn.nl>",
    "Bedankt voor je sollicitatie",
    "Hoi Jordan,\n\nBedankt voor je sollicitatie als verkoopmedewerker in onze nieuwe winkel in Delft, die op zaterdag 9 januari opengaat. De sollicitatiegesprekken vinden de komende weken plaats tussen 9.00 en 13.00 uur.\n\nAls je profiel past, nemen we contact met je op om een afspraak te maken.\n\nTeam Bakkerij Van Rijn",
  ],
  [
    "it",
    "Lavora con noi <lavoraconnoi@gelateria-dolomiti.it>",
    "Abbiamo ricevuto la tua candidatura",
    "Ciao Jordan!\n\nGrazie per esserti candidato come Commesso nella nostra nuova gelateria di Trento. Il negozio apre sabato 9 gennaio e stiamo facendo i colloqui dalle 10 alle 13 nelle prossime settimane.\n\nSe il tuo profilo è in linea ti contatteremo per fissare un colloquio.\n\nA presto,\nIl team Gelateria Dolomiti",
  ],
];

describe.each([
  ["a link to book one of many slots, none chosen", BOOK_A_SLOT],
  ["a fair or recruiting day with a short interview on the spot", FAIRS],
  ["an acknowledgement that says when interviews are held or a test is due", ACKNOWLEDGEMENTS],
] as const)("%s arranges no interview", (_title, rows) => {
  it.each(rows)("%s: %s", async (_lang, from, subject, body) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe("not-an-interview");
    expect(result.outcome ?? null).toBeNull();
  });
});

describe("a booked slot confirmed through the same tool is the interview", () => {
  it.each([
    [
      "en",
      "Graduate Recruitment <grads@pembridge-legal.co.uk>",
      "Your video interview is booked",
      "Dear Jordan,\n\nThank you for booking. Your video interview is confirmed for Tuesday 8 December at 11:00 and will last 40 minutes.\n\nKind regards,\nGraduate Recruitment",
    ],
    [
      "de",
      "Recruiting <recruiting@falkenried-bank.de>",
      "Bestätigung Ihres Termins",
      "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Buchung. Ihr Videointerview findet am Dienstag, 8. Dezember um 11:00 Uhr statt.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
    ],
    [
      "nl",
      "Recruitment <werken@dijkstra-bouw.nl>",
      "Je gesprek staat gepland",
      "Hoi Jordan,\n\nBedankt voor het inplannen! Je online gesprek staat gepland op dinsdag 8 december om 11.00 uur.\n\nGroet,\nTeam Recruitment",
    ],
  ] as const)("%s: %s", async (_lang, from, subject, body) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe("ok");
  });
});
