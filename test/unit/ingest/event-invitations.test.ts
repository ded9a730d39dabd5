/**
 * An invitation to an event for many (an open day, an information evening, a job fair, a webinar, a
 * group session to book a slot for) is no interview, in every language, whatever date and time it
 * gives and however warmly it invites; the employer is still its own name, never the event's title.
 * A real invitation that mentions such an event in passing stays the interview.
 */
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { withCalendar } from "../../support/calendar-mail";
import { FORWARDED_AT, readGmailForward } from "../../support/gmail-forward";

/** [lang, from, subject, body, employer or null when none is asked]. */
type Row = readonly [string, string, string, string, string | null];

const EVENTS: readonly Row[] = [
  // English
  [
    "en",
    "Early Careers <earlycareers@fennimore-aero.com>",
    "Fennimore Aerospace Engineering Open House",
    "Hi Jordan,\n\nThanks for your interest in Fennimore Aerospace Engineering. We'd like to invite you to our Open House on Saturday 12 December from 10:00 to 14:00 at our Bristol site. Meet our engineers, tour the hangar and hear about the graduate scheme. Places are limited, so please register using the link below.\n\nBest regards,\nEarly Careers Team\nFennimore Aerospace Engineering",
    "Fennimore Aerospace Engineering",
  ],
  [
    "en",
    "Talent Team <talent@larkspur-health.co.uk>",
    "Join our information evening",
    "Hi Jordan,\n\nWe'd love to meet you at our information evening for prospective nurses on Thursday 10 December at 6pm at Larkspur House. Our ward managers will talk about rotations, training and pay, and there will be time for questions.\n\nSee you there!\nLarkspur Health Recruitment",
    null,
  ],
  [
    "en",
    "Events <events@kestrelbank.com>",
    "Meet Kestrel Bank at the Manchester Graduate Job Fair",
    "Hi Jordan,\n\nKestrel Bank will be at the Manchester Graduate Job Fair on Wednesday 9 December, 10am–4pm, stand 42. Come and chat to our graduate recruiters about our programmes.\n\nKestrel Bank Graduate Recruitment",
    null,
  ],
  [
    "en",
    "Campus Team <campus@quillstone.io>",
    "Webinar: life as a Quillstone engineer",
    "Hi Jordan,\n\nYou're invited to a live webinar on Tuesday 8 December at 5pm GMT, where three of our engineers talk about how we build products. Register with the link below to get the joining details.\n\nQuillstone Campus Team",
    null,
  ],
  [
    "en",
    "Graduate Recruitment <graduates@ashdownretail.co.uk>",
    "Book your slot: group assessment session",
    "Hi Jordan,\n\nThanks for completing the online tests. The next step is a group session with other applicants. Please book a slot for one of our group sessions: Tuesday 8 December at 9:30 or Thursday 10 December at 13:30. Each session is for up to 12 candidates.\n\nAshdown Retail Graduate Recruitment",
    "Ashdown Retail",
  ],
  // German
  [
    "de",
    "Ausbildung <ausbildung@brenner-werke.de>",
    "Einladung zum Tag der offenen Tür",
    "Hallo Jordan,\n\nwir laden Sie herzlich zu unserem Tag der offenen Tür am Samstag, 12. Dezember von 10 bis 15 Uhr ein. Lernen Sie unsere Ausbilder kennen und werfen Sie einen Blick in die Werkstatt. Um Anmeldung wird gebeten.\n\nViele Grüße\nIhr Ausbildungsteam\nBrenner Werke GmbH",
    "Brenner Werke",
  ],
  [
    "de",
    "Karriere <karriere@helios-pflege.de>",
    "Infoabend für Pflegekräfte",
    "Guten Tag Herr Lee,\n\nwir laden Sie zu unserem Infoabend am Donnerstag, 10. Dezember um 18:30 Uhr ein. Unsere Pflegedienstleitung stellt das Haus vor, danach gibt es ein Treffen mit dem Team bei einem Imbiss.\n\nFreundliche Grüße\nIhr Recruiting-Team",
    null,
  ],
  [
    "de",
    "Hochschulmarketing <campus@vantera.de>",
    "Treffen Sie uns auf der Karrieremesse",
    "Hallo Jordan,\n\nbesuchen Sie uns auf der Karrieremesse in Stuttgart am Mittwoch, 9. Dezember von 10 bis 16 Uhr an Stand B12. Wir freuen uns auf Gespräche mit Ihnen!\n\nIhr Vantera Campus-Team",
    null,
  ],
  [
    "de",
    "Recruiting <recruiting@solvera.de>",
    "Live-Webinar: Einstieg bei Solvera",
    "Hallo Jordan,\n\nin unserem Webinar am Dienstag, 8. Dezember um 17 Uhr erfahren Sie alles über den Einstieg bei uns. Melden Sie sich jetzt an, die Teilnehmerzahl ist begrenzt.\n\nViele Grüße\nSolvera Recruiting",
    null,
  ],
  [
    "de",
    "Bewerbermanagement <bewerbung@kaltenbach-logistik.de>",
    "Gruppenauswahltag – bitte Termin buchen",
    "Sehr geehrter Herr Lee,\n\nals nächsten Schritt laden wir Sie zu unserem Gruppenauswahltag ein. Bitte buchen Sie einen der folgenden Termine: Dienstag, 8. Dezember um 9 Uhr oder Donnerstag, 10. Dezember um 13 Uhr. Pro Termin nehmen bis zu 15 Bewerberinnen und Bewerber teil.\n\nMit freundlichen Grüßen\nKaltenbach Logistik",
    null,
  ],
  // French
  [
    "fr",
    "Recrutement <recrutement@lactalys-ouest.fr>",
    "Journée portes ouvertes",
    "Bonjour Jordan,\n\nNous avons le plaisir de vous inviter à notre journée portes ouvertes le samedi 12 décembre de 9h à 13h sur notre site de Laval. Au programme : visite de l'usine et rencontre avec nos équipes.\n\nÀ bientôt,\nL'équipe recrutement",
    null,
  ],
  [
    "fr",
    "RH <rh@cliniquesaintroch.fr>",
    "Réunion d'information – infirmiers",
    "Bonjour,\n\nNous vous invitons à une réunion d'information le jeudi 10 décembre à 18h30 pour découvrir nos services et nos conditions d'accueil. Inscription obligatoire, places limitées.\n\nCordialement,\nService RH\nClinique Saint-Roch",
    null,
  ],
  [
    "fr",
    "Campus <campus@altemis.fr>",
    "Rencontrez-nous au forum emploi de Nantes",
    "Bonjour Jordan,\n\nNous serons présents au forum emploi de Nantes le mercredi 9 décembre de 10h à 17h, stand 24. Venez échanger avec nos recruteurs !\n\nL'équipe Campus Altemis",
    null,
  ],
  [
    "fr",
    "Recrutement <jobs@numerix.fr>",
    "Invitation webinaire",
    "Bonjour Jordan,\n\nNous vous invitons à notre webinaire « Travailler chez Numerix » le mardi 8 décembre à 12h30. Inscrivez-vous via le lien ci-dessous.\n\nÀ très vite,\nL'équipe Numerix",
    null,
  ],
  [
    "fr",
    "Recrutement <recrutement@transvalor.fr>",
    "Session collective de recrutement – réservez votre créneau",
    "Bonjour,\n\nSuite à votre candidature, nous vous invitons à une session collective de recrutement. Merci de réserver votre créneau : mardi 8 décembre à 9h ou jeudi 10 décembre à 14h. Chaque session accueille une quinzaine de candidats.\n\nCordialement,\nService Recrutement",
    null,
  ],
  // Spanish
  [
    "es",
    "Talento <talento@grupomarvel.es>",
    "Jornada de puertas abiertas",
    "Hola Jordan:\n\nTe invitamos a nuestra jornada de puertas abiertas el sábado 12 de diciembre de 10:00 a 14:00 en nuestra sede de Zaragoza. Conocerás a nuestros equipos y podrás hacer todas tus preguntas.\n\n¡Te esperamos!\nEquipo de Talento",
    null,
  ],
  [
    "es",
    "RRHH <rrhh@hospitalsanrafael.es>",
    "Sesión informativa para enfermería",
    "Estimado Jordan:\n\nLe invitamos a una sesión informativa el jueves 10 de diciembre a las 18:00 en el salón de actos del hospital. Plazas limitadas, inscríbase respondiendo a este correo.\n\nAtentamente,\nRecursos Humanos",
    null,
  ],
  [
    "es",
    "Campus <campus@nexotec.es>",
    "Nos vemos en la feria de empleo",
    "Hola Jordan:\n\nEl miércoles 9 de diciembre estaremos en la feria de empleo de la Universidad de Valencia, de 10:00 a 16:00, en el stand 15. ¡Pásate a conocernos!\n\nEquipo Campus Nexotec",
    null,
  ],
  [
    "es",
    "Selección <seleccion@iberiaexpress-log.es>",
    "Webinar: trabaja con nosotros",
    "Hola Jordan:\n\nTe invitamos a nuestro webinar el martes 8 de diciembre a las 17:00, donde te contaremos cómo es trabajar en Logística Iberia Express. Inscríbete en el enlace.\n\nUn saludo,\nLogística Iberia Express S.L.",
    "Logística Iberia Express",
  ],
  [
    "es",
    "Selección <seleccion@alimentosduero.es>",
    "Reserva tu plaza: dinámica de grupo",
    "Hola Jordan:\n\nEl siguiente paso del proceso es una dinámica de grupo con otros candidatos. Reserva tu plaza en una de estas sesiones: martes 8 de diciembre a las 9:30 o jueves 10 de diciembre a las 16:00.\n\nUn saludo,\nSelección Alimentos Duero",
    null,
  ],
  // Portuguese
  [
    "pt",
    "Recrutamento <rh@alvorada-eng.com.br>",
    "Open Day Alvorada 2029",
    "Olá Jordan,\n\nConvidamos você para o Open Day Alvorada 2029, no sábado, 12/12, das 9h às 13h, no nosso canteiro em Curitiba. Você vai conhecer nossas obras e conversar com nossos engenheiros. Vagas limitadas, inscreva-se pelo link.\n\nAbraços,\nEquipe de Recrutamento\nConstrutora Alvorada Ltda.",
    "Construtora Alvorada",
  ],
  [
    "pt",
    "RH <rh@hospitalsantaclara.pt>",
    "Sessão de esclarecimento",
    "Caro Jordan,\n\nConvidamo-lo para uma sessão de esclarecimento na quinta-feira, 10 de dezembro, às 18h, no auditório do hospital. Inscrição obrigatória.\n\nCom os melhores cumprimentos,\nRecursos Humanos",
    null,
  ],
  [
    "pt",
    "Talentos <talentos@nortebank.com.br>",
    "Encontre a gente na feira de carreiras",
    "Oi Jordan!\n\nVamos estar na feira de carreiras da USP na quarta, 9/12, das 10h às 17h. Passa no nosso estande para bater um papo com o time!\n\nTime de Talentos",
    null,
  ],
  [
    "pt",
    "Recrutamento <vagas@datasul.com.br>",
    "Convite: webinar Carreiras Datasul",
    "Olá Jordan,\n\nConvidamos você para o nosso webinar na terça, 8/12, às 19h, sobre as vagas de trainee. Inscreva-se pelo link abaixo.\n\nEquipe Datasul",
    null,
  ],
  [
    "pt",
    "Seleção <selecao@mercadoverde.com.br>",
    "Agende seu horário: dinâmica de grupo",
    "Olá Jordan,\n\nA próxima etapa é uma dinâmica de grupo com outros candidatos. Escolha um horário: terça, 8/12, às 9h ou quinta, 10/12, às 14h. Cada turma tem até 12 participantes.\n\nEquipe de Seleção",
    null,
  ],
  // Dutch
  [
    "nl",
    "Werken bij <werkenbij@hollandrail.nl>",
    "Open dag Holland Rail",
    "Hoi Jordan,\n\nWe nodigen je uit voor onze open dag op zaterdag 12 december van 10.00 tot 14.00 uur in Amersfoort. Maak kennis met onze monteurs en bekijk de werkplaats. Meld je aan via de link.\n\nGroet,\nTeam Werken bij Holland Rail",
    null,
  ],
  [
    "nl",
    "Recruitment <recruitment@zorgpleinnoord.nl>",
    "Uitnodiging informatieavond",
    "Beste Jordan,\n\nGraag nodigen we je uit voor onze informatieavond op donderdag 10 december om 19.00 uur. Je maakt kennis met het team en hoort alles over werken in de wijkverpleging.\n\nMet vriendelijke groet,\nTeam Recruitment",
    null,
  ],
  [
    "nl",
    "Campus <campus@delta-ict.nl>",
    "Ontmoet ons op de banenmarkt",
    "Hoi Jordan,\n\nOp woensdag 9 december staan we op de banenmarkt in de Jaarbeurs, van 10.00 tot 16.00 uur. Kom langs voor een praatje met onze recruiters!\n\nTeam Campus",
    null,
  ],
  [
    "nl",
    "Werving <werving@gemeentehoutvaart.nl>",
    "Webinar werken bij de gemeente",
    "Beste Jordan,\n\nJe bent van harte welkom bij ons webinar op dinsdag 8 december om 16.00 uur over werken bij de gemeente. Aanmelden kan via de link.\n\nMet vriendelijke groet,\nTeam Werving",
    null,
  ],
  [
    "nl",
    "Selectie <selectie@transnova.nl>",
    "Plan je groepssessie",
    "Beste Jordan,\n\nDe volgende stap is een groepssessie met andere kandidaten. Kies een moment: dinsdag 8 december om 9.30 uur of donderdag 10 december om 13.30 uur. Per sessie zijn er maximaal 10 plaatsen.\n\nMet vriendelijke groet,\nTeam Selectie",
    null,
  ],
  // Italian
  [
    "it",
    "Risorse Umane <hr@tiberinaenergia.it>",
    "Giornata porte aperte",
    "Gentile Jordan,\n\nsiamo lieti di invitarti alla nostra giornata porte aperte sabato 12 dicembre dalle 10 alle 13 nella sede di Roma. Potrai incontrare i nostri tecnici e visitare gli impianti. Iscrizione obbligatoria.\n\nCordiali saluti,\nTiberina Servizi Energetici S.r.l.",
    "Tiberina Servizi Energetici",
  ],
  [
    "it",
    "Selezione <selezione@ospedalemaggiore.it>",
    "Serata informativa per infermieri",
    "Gentile Jordan,\n\nla invitiamo alla serata informativa di giovedì 10 dicembre alle 18:30. Un incontro per conoscere i reparti e le opportunità di carriera. Posti limitati.\n\nCordiali saluti,\nUfficio Selezione",
    null,
  ],
  [
    "it",
    "Campus <campus@italmetalli.it>",
    "Ci vediamo alla fiera del lavoro",
    "Ciao Jordan,\n\nmercoledì 9 dicembre saremo alla fiera del lavoro del Politecnico dalle 10 alle 17, stand 8. Passa a trovarci per un incontro con i nostri recruiter!\n\nTeam Campus",
    null,
  ],
  [
    "it",
    "Recruiting <recruiting@bancasabina.it>",
    "Invito al webinar",
    "Gentile Jordan,\n\nti invitiamo al nostro webinar martedì 8 dicembre alle 18 per scoprire il programma graduate. Iscriviti dal link qui sotto.\n\nUn saluto,\nTeam Recruiting",
    null,
  ],
  [
    "it",
    "Selezione <selezione@ferrovienord.it>",
    "Prenota il tuo posto: assessment di gruppo",
    "Gentile Jordan,\n\nil prossimo passo è un assessment di gruppo con altri candidati. Prenota il tuo posto in una delle sessioni: martedì 8 dicembre alle 9:30 oppure giovedì 10 dicembre alle 14. Ogni sessione accoglie fino a 12 persone.\n\nCordiali saluti,\nUfficio Selezione",
    null,
  ],
  // Baits: the event's words are those of a meeting ("meet the team", "Gespräche", "incontro").
  [
    "en",
    "Recruitment <recruitment@harbourline.co.uk>",
    "Open evening – meet the team",
    "Hi Jordan,\n\nWe'd like to invite you to our open evening on Thursday 10 December at 6:30pm at our Bristol office. It's a relaxed chance to meet the team, hear about our apprenticeships and ask questions over pizza. No need to prepare anything!\n\nBest,\nHarbourline Recruitment",
    null,
  ],
  [
    "en",
    "Careers <careers@pellmanfoods.com>",
    "Recruitment day: speak to our hiring managers",
    "Hi Jordan,\n\nWe're holding a recruitment day at our Leeds site on Wednesday 9 December from 10am to 3pm. Drop in at any time to speak with our hiring managers and find out about the roles we're hiring for. Everyone is welcome, just bring your CV.\n\nPellman Foods Careers",
    null,
  ],
  [
    "de",
    "Karriere <karriere@rheintal-bank.de>",
    "Karrieretag: persönliche Gespräche mit unseren Fachbereichen",
    "Hallo Herr Lee,\n\nwir laden Sie zu unserem Karrieretag am Samstag, 12. Dezember von 10 bis 14 Uhr ein. Freuen Sie sich auf persönliche Gespräche mit unseren Fachbereichen und eine Führung durch das Haus. Die Teilnehmerzahl ist begrenzt.\n\nViele Grüße\nRheintal Bank",
    null,
  ],
  [
    "de",
    "Personal <personal@elbtal-kliniken.de>",
    "Einladung: Online-Infoveranstaltung Traineeprogramm",
    "Liebe Bewerberinnen und Bewerber,\n\nwir laden Sie herzlich zu unserer Online-Infoveranstaltung zum Traineeprogramm am Dienstag, 8. Dezember um 17 Uhr ein. Den Link zur Teilnahme erhalten Sie nach der Anmeldung.\n\nIhr Personalteam",
    null,
  ],
  [
    "fr",
    "Recrutement <recrutement@maisonbrevet.fr>",
    "Soirée découverte de nos métiers",
    "Bonjour Jordan,\n\nNous avons le plaisir de vous inviter à notre soirée découverte le jeudi 10 décembre à 18h30 dans notre atelier de Lyon. Vous pourrez rencontrer nos équipes et échanger avec nos artisans. Places limitées, inscription obligatoire.\n\nÀ bientôt,\nMaison Brevet",
    null,
  ],
  [
    "fr",
    "Campus <campus@oceanis-assurances.fr>",
    "Petit-déjeuner recrutement",
    "Bonjour,\n\nNous organisons un petit-déjeuner recrutement le mercredi 9 décembre à 8h30 pour tous les candidats intéressés par nos postes de conseillers. Rencontre avec nos managers autour d'un café. Merci de confirmer votre présence.\n\nL'équipe Campus",
    null,
  ],
  [
    "es",
    "Talento <talento@bodegasrioalto.es>",
    "Open Day: conoce a nuestro equipo",
    "Hola Jordan:\n\nNos gustaría invitarte a nuestro Open Day el sábado 12 de diciembre a las 11:00 en la bodega. Podrás conocer al equipo, charlar con nuestros enólogos y visitar las instalaciones. Plazas limitadas.\n\nUn saludo,\nEquipo de Talento",
    null,
  ],
  [
    "es",
    "Empleo <empleo@ayto-vallesur.es>",
    "Encuentro de empleo: reunión informativa",
    "Estimado/a candidato/a:\n\nLe convocamos a la reunión informativa del programa de empleo el jueves 10 de diciembre a las 10:00 en el salón de plenos. Asistirán todos los candidatos preseleccionados.\n\nAtentamente,\nÁrea de Empleo",
    null,
  ],
  [
    "pt",
    "Recrutamento <recrutamento@oceanico.pt>",
    "Dia Aberto Oceânico",
    "Olá Jordan,\n\nTemos o prazer de o convidar para o nosso Dia Aberto no sábado, 12 de dezembro, às 10h, nas instalações de Matosinhos. Vai poder conhecer a equipa e conversar com os nossos gestores. Inscrições limitadas.\n\nCumprimentos,\nEquipa de Recrutamento",
    null,
  ],
  [
    "pt",
    "Talentos <talentos@grupoaurora.com.br>",
    "Convite: encontro com candidatos",
    "Oi Jordan!\n\nVamos fazer um encontro com todos os candidatos do programa de estágio na quinta, 10/12, às 18h, no nosso escritório. Bate-papo com os gestores e apresentação das áreas. Confirme presença pelo link.\n\nTime de Talentos",
    null,
  ],
  [
    "nl",
    "Werken bij <werkenbij@noordzeewind.nl>",
    "Open avond: maak kennis met het team",
    "Hoi Jordan,\n\nWe nodigen je uit voor onze open avond op donderdag 10 december om 19.00 uur. Je maakt kennis met het team, krijgt een rondleiding en kunt in gesprek met onze monteurs. Aanmelden via de website.\n\nGroet,\nNoordzee Wind",
    null,
  ],
  [
    "nl",
    "Recruitment <recruitment@hogeschoolamstelland.nl>",
    "Uitnodiging meet & greet",
    "Beste Jordan,\n\nGraag nodigen we je uit voor onze meet & greet voor nieuwe docenten op woensdag 9 december om 16.00 uur. Alle geïnteresseerden zijn welkom; er is ruimte voor een kennismakingsgesprek met de opleidingsmanagers.\n\nMet vriendelijke groet,\nTeam Recruitment",
    null,
  ],
  [
    "it",
    "Risorse Umane <hr@cartieravalle.it>",
    "Open day: incontro con i nostri manager",
    "Gentile Jordan,\n\nla invitiamo al nostro open day sabato 12 dicembre alle 10 presso lo stabilimento di Fabriano. Un incontro aperto a tutti i candidati per conoscere i manager e visitare la produzione.\n\nCordiali saluti,\nRisorse Umane",
    null,
  ],
  [
    "it",
    "Recruiting <recruiting@assicuraweb.it>",
    "Recruiting day a Milano",
    "Ciao Jordan,\n\nti invitiamo al nostro recruiting day mercoledì 9 dicembre dalle 9:30 alle 13 nella sede di Milano: presentazione dell'azienda e colloqui di gruppo con tutti i partecipanti.\n\nUn saluto,\nTeam Recruiting",
    null,
  ],
];

const INVITATIONS: readonly Row[] = [
  [
    "en",
    "Hannah Ross <hannah.ross@fennimore-aero.com>",
    "Interview – Graduate Engineer",
    "Hi Jordan,\n\nWe'd like to invite you to an interview with me and our Head of Avionics on Thursday 10 December at 11:00. If you'd like to see more of us, you're also welcome at our Open House on Saturday 12 December.\n\nBest regards,\nHannah Ross\nTalent Partner\nFennimore Aerospace Engineering",
    "Fennimore Aerospace Engineering",
  ],
  [
    "de",
    "Sabine Koch <bewerbung@hofmann-baeckerei.de>",
    "Einladung zum Vorstellungsgespräch",
    "Sehr geehrter Herr Lee,\n\nwir laden Sie zu einem Vorstellungsgespräch am Dienstag, 8. Dezember um 10 Uhr ein. Gerne können Sie auch unseren Tag der offenen Tür am 12. Dezember besuchen.\n\nMit freundlichen Grüßen\nSabine Koch\nPersonalabteilung\nBäckerei Hofmann GmbH",
    "Bäckerei Hofmann",
  ],
  [
    "fr",
    "Service RH <rh@cir-rhone.fr>",
    "Convocation à un entretien",
    "Bonjour,\n\nNous avons le plaisir de vous convier à un entretien individuel le mardi 8 décembre à 10h. Vous pouvez aussi venir à notre journée portes ouvertes le samedi 12 décembre.\n\nCordialement,\nLe service RH\nChaudronnerie Industrielle du Rhône SAS",
    "Chaudronnerie Industrielle du Rhône",
  ],
  [
    "es",
    "Selección <seleccion@iberiaexpress-log.es>",
    "Entrevista - Jefe de Almacén",
    "Hola Jordan:\n\nTe invitamos a una entrevista el martes 8 de diciembre a las 10:00 con la responsable de operaciones. Si quieres, el sábado también celebramos una jornada de puertas abiertas.\n\nUn saludo,\nDepartamento de Selección\nLogística Iberia Express S.L.",
    "Logística Iberia Express",
  ],
  [
    "pt",
    "Marcos Pinto <marcos.pinto@alvorada-eng.com.br>",
    "Entrevista - Engenheiro Civil",
    "Olá Jordan,\n\nGostaríamos de convidá-lo para uma entrevista na terça-feira, 8/12, às 10h. Aproveite e participe também do nosso Open Day no sábado, 12/12.\n\nAtenciosamente,\nMarcos Pinto\nDiretor de Operações\nConstrutora Alvorada Ltda.",
    "Construtora Alvorada",
  ],
  [
    "nl",
    "Sanne van der Meulen <sanne@vandermeulenbakkerij.nl>",
    "Sollicitatiegesprek",
    "Hoi Jordan,\n\nKom je dinsdag 8 december om 10.00 uur langs voor een sollicitatiegesprek? Op zaterdag hebben we trouwens ook een open dag, als je de bakkerij eens wilt zien.\n\nGroetjes,\nSanne\nBakkerij Van der Meulen",
    "Bakkerij Van der Meulen",
  ],
  [
    "it",
    "Ufficio Personale <selezione@tiberinaenergia.it>",
    "Colloquio",
    "Gentile Jordan,\n\nla invitiamo a un colloquio individuale martedì 8 dicembre alle 11:00 presso la nostra sede di Roma. Se lo desidera, sabato 12 dicembre può partecipare anche alla nostra giornata porte aperte.\n\nCordiali saluti,\nUfficio Personale\nTiberina Servizi Energetici S.r.l.",
    "Tiberina Servizi Energetici",
  ],
];

describe("an invitation to an event for many is no interview", () => {
  it.each(EVENTS)("%s: %s", async (_lang, from, subject, body, employer) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe("not-an-interview");
    if (employer) expect(result.interview?.company).toBe(employer);
  });
});

describe("an interview that mentions an event in passing", () => {
  it.each(INVITATIONS)("%s: %s", async (_lang, from, subject, body, employer) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe("ok");
    expect(result.interview?.company).toBe(employer);
  });
});

/** [lang, subject, text, summary, "event" | "interview"]. */
const CALENDARS = [
  [
    "en",
    "Invitation: Open Evening @ Thu 10 Dec 2026 18:00",
    "Hi Jordan,\n\nWe'd like to invite you to our open evening. Meet the team and hear about our graduate roles.",
    "Open Evening – Harbourline Engineering",
    "event",
  ],
  [
    "de",
    "Einladung: Infoabend Ausbildung",
    "Hallo Jordan,\n\nwir laden Sie zu unserem Infoabend am 10. Dezember um 18 Uhr ein. Die Teilnehmerzahl ist begrenzt.",
    "Infoabend Ausbildung 2027",
    "event",
  ],
  [
    "fr",
    "Invitation : Réunion d'information",
    "Bonjour Jordan,\n\nNous vous invitons à notre réunion d'information le 10 décembre à 18h.",
    "Réunion d'information – recrutement infirmiers",
    "event",
  ],
  [
    "es",
    "Invitación: Entrevista",
    "Hola Jordan:\n\nTe esperamos para la entrevista el 10 de diciembre a las 18:00. El sábado celebramos además una jornada de puertas abiertas.",
    "Entrevista Jordan Lee",
    "interview",
  ],
] as const;

describe("a calendar invitation to an event for many", () => {
  it.each(CALENDARS)("%s: %s", async (_lang, subject, text, summary, kind) => {
    // Prepare
    const mail = withCalendar(subject, text, [
      "UID:event-1@tulp.nl",
      "DTSTAMP:20261123T090000Z",
      "DTSTART:20261210T170000Z",
      "DTEND:20261210T190000Z",
      `SUMMARY:${summary}`,
      "ORGANIZER;CN=Bram Visser:mailto:bram@tulp.nl",
    ]);
    // Act
    const result = await ingest(mail, {
      now: FORWARDED_AT,
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: null,
    });
    // Assess
    expect(result.status, result.reason ?? "").toBe(kind === "event" ? "not-an-interview" : "ok");
  });
});

/** [lang, from, subject, body, "event" | "interview"]: an interview and an event in one sentence. */
const ONE_SENTENCE = [
  [
    "en",
    "Hannah Ross <hannah.ross@fennimore-aero.com>",
    "Next steps",
    "Hi Jordan,\n\nAfter your interview with me on Thursday 10 December at 11:00, you're welcome to stay for the afternoon of our Open House.\n\nBest,\nHannah",
    "interview",
  ],
  [
    "de",
    "Sabine Koch <bewerbung@hofmann-baeckerei.de>",
    "Ihre Bewerbung",
    "Hallo Herr Lee,\n\nIhr Vorstellungsgespräch findet am Dienstag, 8. Dezember um 10 Uhr statt, direkt vor unserem Tag der offenen Tür.\n\nViele Grüße\nSabine Koch",
    "interview",
  ],
  [
    "it",
    "Ufficio Personale <selezione@tiberinaenergia.it>",
    "La sua candidatura",
    "Gentile Jordan,\n\nil suo colloquio è fissato per martedì 8 dicembre alle 11:00, prima della nostra giornata porte aperte.\n\nCordiali saluti,\nUfficio Personale",
    "interview",
  ],
  [
    "en",
    "Careers <careers@pellmanfoods.com>",
    "Come along on Saturday",
    "Hi Jordan,\n\nOur open day is on Saturday 12 December from 10am, with interviews on the spot for anyone who brings a CV.\n\nPellman Foods Careers",
    "event",
  ],
  [
    "es",
    "Talento <talento@grupomarvel.es>",
    "Te esperamos el sábado",
    "Hola Jordan:\n\nNuestra jornada de puertas abiertas es el sábado 12 de diciembre a las 10:00, con entrevistas en el momento para quien traiga su CV.\n\nEquipo de Talento",
    "event",
  ],
] as const;

describe("an interview and an event in one sentence: what it names first is what it arranges", () => {
  it.each(ONE_SENTENCE)("%s: %s", async (_lang, from, subject, body, kind) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe(kind === "event" ? "not-an-interview" : "ok");
  });
});

describe("more events for many, each a row", () => {
  it.each([
    [
      "en",
      "Careers <careers@harbourline.co.uk>",
      "You're invited: Meet the Team evening",
      "Hi Jordan,\n\nJoin us for our Meet the Team evening on Thursday 10 December at 6pm. Drinks and nibbles provided!\n\nHarbourline Careers",
    ],
    [
      "fr",
      "Recrutement <recrutement@transvalor.fr>",
      "Job dating chauffeurs",
      "Bonjour,\n\nVenez nous rencontrer lors de notre job dating le mercredi 9 décembre de 9h à 12h dans notre agence de Rennes. Munissez-vous de votre CV !\n\nL'équipe Recrutement",
    ],
    [
      "nl",
      "Werving <werving@zorgpleinnoord.nl>",
      "Open sollicitatiedag",
      "Beste Jordan,\n\nOp zaterdag 12 december van 10.00 tot 14.00 uur houden we een open sollicitatiedag. Loop gerust binnen voor een kennismaking met onze teams.\n\nMet vriendelijke groet,\nZorgplein Noord",
    ],
    [
      "de",
      "Personal <personal@elbtal-kliniken.de>",
      "Bewerbertag Pflege",
      "Hallo Jordan,\n\nam Samstag, 12. Dezember von 10 bis 14 Uhr findet unser Bewerbertag statt: Gespräche mit den Stationsleitungen, Führungen und Infos zu Einstiegsgehältern.\n\nIhr Personalteam",
    ],
  ] as const)("%s: %s", async (_lang, from, subject, body) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe("not-an-interview");
  });
});

describe("a newsletter that talks of interviews beside its event arranges none", () => {
  it.each([
    [
      "de",
      "Karriere-Post <newsletter@karriere-post.de>",
      "7 Fehler, die im Vorstellungsgespräch jeder macht",
      "Hallo Jordan,\n\ndiese Ausgabe: 7 Fehler, die im Vorstellungsgespräch jeder macht – und 3 Sätze, die immer wirken.\n\nLIVE-WEBINAR: Gehalt verhandeln\nDonnerstag, 10. Dezember, 19:00 Uhr\nJetzt kostenlos anmelden.\n\nNewsletter abbestellen",
    ],
    [
      "en",
      "Career Digest <digest@careerdigest.io>",
      "10 interview questions you should prepare for",
      "Hi Jordan,\n\nThis week: 10 interview questions you should prepare for, and 2 answers recruiters love.\n\nFREE WEBINAR: negotiating your first salary\nTuesday 8 December, 6pm\nSave your seat with the link below.\n\nUnsubscribe",
    ],
  ] as const)("%s: %s", async (_lang, from, subject, body) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe("not-an-interview");
  });
});
