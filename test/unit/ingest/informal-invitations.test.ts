/**
 * Informal invitations: a personal mail that sets a meeting at a stated time about a job ("Hast du
 * Lust auf ein Kennenlernen?", "Zin om een keer koffie te komen drinken?", "Wednesday at 2 it
 * is!") is the user's interview without the word "interview". Mails for many at a time about jobs
 * (webinars, job fairs, open days, application receipts with an event's date) are not.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

// The forward arrives on Monday, 23 November 2026.
const INVITATIONS = [
  // English
  [
    "en",
    "Europe/London",
    "Dana Whitfield <dana@northwind-labs.example>",
    "Re: Senior Product Designer role",
    "Hi Jordan,\n\nPerfect, Wednesday at 2 it is! It'll be Priya and me, about 40 minutes. We'll go through a couple of projects from your portfolio.\n\nSee you then,\nDana",
    "2026-11-25T14:00:00+00:00",
  ],
  [
    "en",
    "Europe/London",
    "Tom Okafor <tom@brightlane.example>",
    "Data Analyst",
    "Hi Jordan,\n\nThanks for sending over your CV. Could you pop into our office on Thursday 26 November at 10:30 for a coffee? I'd like to tell you more about the Data Analyst role.\n\nCheers,\nTom",
    "2026-11-26T10:30:00+00:00",
  ],
  [
    "en",
    "Europe/London",
    "Lena Fischer <lena@quarry.example>",
    "Backend Engineer opening",
    "Hey Jordan — Sam passed me your résumé. Are you free Friday 27 November at 4pm to hop on a quick Zoom about the Backend Engineer opening?\n\nLena",
    "2026-11-27T16:00:00+00:00",
  ],
  [
    "en",
    "Europe/London",
    "Mei Tanaka <mei@harbourpay.example>",
    "Your application",
    "Hi Jordan,\n\nFollowing your application, I'd love to grab half an hour with you on Monday 30 November at 11am to walk through your experience.\n\nSpeak soon,\nMei",
    "2026-11-30T11:00:00+00:00",
  ],
  // Dutch
  [
    "nl",
    "Europe/Amsterdam",
    "Femke de Wit <femke@datastroom.example>",
    "Re: Product Analyst",
    "Hoi Jordan,\n\nLeuk dat je gereageerd hebt! Zin om een keer koffie te komen drinken? Donderdag 26 november om 10:00 bij ons op kantoor aan de Herengracht, dan vertel ik je meer over de Product Analyst rol.\n\nGroetjes,\nFemke",
    "2026-11-26T10:00:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Bas Jansen <bas@fietsfabriek.example>",
    "Je cv",
    "Hoi Jordan,\n\nBedankt voor je cv! Ik wil je graag even bellen over de vacature. Past dinsdag 1 december om half drie?\n\nGroet,\nBas",
    "2026-12-01T14:30:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Noor Visser <noor@studiolicht.example>",
    "Portfolio",
    "Hallo Jordan,\n\nJe portfolio ziet er echt goed uit. Kom je vrijdag 27 november om 11 uur even langs? Dan laten we je de studio zien.\n\nNoor",
    "2026-11-27T11:00:00+01:00",
  ],
  [
    "nl",
    "Europe/Amsterdam",
    "Sanne Bakker <sanne@zorgdata.example>",
    "Re: je sollicitatie",
    "Beste Jordan,\n\nNaar aanleiding van je sollicitatie wil ik je graag spreken. Zullen we woensdag 2 december om 16.00 uur een videocall doen met Pieter, teamlead Data?\n\nMet vriendelijke groet,\nSanne",
    "2026-12-02T16:00:00+01:00",
  ],
  // German
  [
    "de",
    "Europe/Berlin",
    "Lena Brandt <lena@studio-nord.example>",
    "Re: Portfolio",
    "Hallo Jordan,\n\ndanke für dein Portfolio, das hat uns richtig gut gefallen! Hast du Lust auf ein Kennenlernen? Nächsten Dienstag (1.12.) um 16 Uhr bei uns im Büro in der Schanzenstraße.\n\nLiebe Grüße\nLena",
    "2026-12-01T16:00:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Max Huber <max@alpenlog.example>",
    "Data Engineer",
    "Hi Jordan,\n\nich habe deinen Lebenslauf von Jonas bekommen. Wollen wir am Donnerstag, 26.11., um 10:30 kurz telefonieren? Es geht um die Stelle als Data Engineer.\n\nViele Grüße\nMax",
    "2026-11-26T10:30:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Dr. Anna Vogt <anna.vogt@kanzlei-vogt.example>",
    "Ihre Unterlagen",
    "Hallo Herr Lee,\n\nvielen Dank für Ihre Unterlagen. Hätten Sie Zeit für einen Kaffee am Freitag, 27.11., um 14 Uhr? Dann erzähle ich Ihnen mehr über die Position.\n\nBeste Grüße\nAnna Vogt",
    "2026-11-27T14:00:00+01:00",
  ],
  [
    "de",
    "Europe/Berlin",
    "Kai Lorenz <kai@wolke7.example>",
    "Backend-Entwickler",
    "Hallo Jordan,\n\nwie besprochen: Videocall am Montag, 30.11., um 9:30 Uhr mit unserem CTO zur Rolle als Backend-Entwickler. Link folgt.\n\nGruß\nKai",
    "2026-11-30T09:30:00+01:00",
  ],
  // French
  [
    "fr",
    "Europe/Paris",
    "Claire Morel <claire@atelier-lumen.example>",
    "Votre CV",
    "Bonjour Jordan,\n\nMerci pour votre CV ! Seriez-vous disponible pour un café le jeudi 26 novembre à 10h, histoire de faire connaissance et de parler du poste ?\n\nBien à vous,\nClaire",
    "2026-11-26T10:00:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Hugo Petit <hugo@pixelmer.example>",
    "Ton portfolio",
    "Salut Jordan,\n\nJ'ai bien reçu ton portfolio, il est top. On s'appelle le mardi 1er décembre à 14h30 pour en discuter ?\n\nHugo",
    "2026-12-01T14:30:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Inès Laurent <ines@verdure.example>",
    "Suite à votre candidature",
    "Bonjour Jordan,\n\nSuite à votre candidature, je vous propose un échange en visio le vendredi 27 novembre à 11h avec notre directrice produit.\n\nCordialement,\nInès Laurent",
    "2026-11-27T11:00:00+01:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Paul Girard <paul@batiplus.example>",
    "Chef de projet",
    "Bonjour Jordan,\n\nPouvez-vous passer nous voir le lundi 30 novembre à trois heures et quart ? Nous parlerons du poste de Chef de projet.\n\nPaul Girard",
    "2026-11-30T15:15:00+01:00",
  ],
  // Spanish
  [
    "es",
    "Europe/Madrid",
    "Lucía Navarro <lucia@olivar.example>",
    "Tu CV",
    "Hola Jordan,\n\n¡Gracias por tu CV! ¿Te apetece tomar un café el jueves 26 de noviembre a las 10:00 y te cuento más sobre la vacante?\n\nUn saludo,\nLucía",
    "2026-11-26T10:00:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Diego Ruiz <diego@mareas.example>",
    "Tu portafolio",
    "Hola Jordan,\n\nHe visto tu portafolio y me ha encantado. ¿Hablamos por videollamada el martes 1 de diciembre a las cuatro y cuarto sobre la posición de Diseñador UX?\n\nDiego",
    "2026-12-01T16:15:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Marta Gil <marta@cobalto.example>",
    "Tu candidatura",
    "Buenos días Jordan,\n\nEn relación con tu candidatura, ¿podrías pasarte por la oficina el viernes 27 de noviembre a las 11:30? Te presento al equipo.\n\nSaludos,\nMarta",
    "2026-11-27T11:30:00+01:00",
  ],
  [
    "es",
    "Europe/Madrid",
    "Javier Soto <javier@trigal.example>",
    "Analista de Datos",
    "Hola Jordan,\n\nTe escribo por la vacante de Analista de Datos. ¿Nos vemos el lunes 30 de noviembre a las 9:30 en nuestras oficinas de Madrid?\n\nJavier",
    "2026-11-30T09:30:00+01:00",
  ],
  // Portuguese
  [
    "pt",
    "America/Sao_Paulo",
    "Mariana Lopes <mariana@cafeina.example>",
    "Seu currículo",
    "Oi Jordan,\n\nObrigada por mandar seu currículo! Topa tomar um café na quinta, 26 de novembro, às 10h, pra gente conversar sobre a vaga?\n\nAbs,\nMariana",
    "2026-11-26T10:00:00-03:00",
  ],
  [
    "pt",
    "America/Sao_Paulo",
    "Rafael Costa <rafael@ipe.example>",
    "Seu portfólio",
    "Olá Jordan,\n\nAdorei o seu portfólio. Podemos fazer uma videochamada na terça, 1 de dezembro, às duas e meia da tarde, para falar da posição de Designer?\n\nRafael",
    "2026-12-01T14:30:00-03:00",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "Rui Almeida <rui@tejo.example>",
    "A sua candidatura",
    "Olá Jordan,\n\nNa sequência da sua candidatura, gostaria de o convidar a passar no nosso escritório na sexta-feira, 27 de novembro, às 11h.\n\nAbraço,\nRui",
    "2026-11-27T11:00:00+00:00",
  ],
  [
    "pt",
    "America/Sao_Paulo",
    "Bia Souza <bia@jabuti.example>",
    "Analista de Dados",
    "Oi Jordan, tudo bem? Sobre a vaga de Analista de Dados: bora fazer uma call na segunda, 30/11, às 9h30?\n\nBia",
    "2026-11-30T09:30:00-03:00",
  ],
  // Italian
  [
    "it",
    "Europe/Rome",
    "Giulia Ferri <giulia@lanterna.example>",
    "Il tuo CV",
    "Ciao Jordan,\n\ngrazie per il tuo CV! Ti va di prendere un caffè giovedì 26 novembre alle 10 per parlare della posizione?\n\nA presto,\nGiulia",
    "2026-11-26T10:00:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Marco Conti <marco@vela.example>",
    "Portfolio",
    "Ciao Jordan,\n\nho visto il tuo portfolio: molto bello. Ci sentiamo in videochiamata martedì 1 dicembre alle tre e mezza per parlare del ruolo?\n\nMarco",
    "2026-12-01T15:30:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Elena Greco <elena@torre.example>",
    "La sua candidatura",
    "Buongiorno Jordan,\n\nin merito alla sua candidatura, potrebbe passare in ufficio venerdì 27 novembre alle 11:30? Le presento il team.\n\nCordiali saluti,\nElena Greco",
    "2026-11-27T11:30:00+01:00",
  ],
  [
    "it",
    "Europe/Rome",
    "Luca Rossi <luca@mosaico.example>",
    "Data Analyst",
    "Ciao Jordan,\n\nper la posizione di Data Analyst ci vediamo lunedì 30 novembre alle 9:30 nella nostra sede di Milano?\n\nLuca",
    "2026-11-30T09:30:00+01:00",
  ],
] as const;

const BAITS = [
  // English
  [
    "en",
    "Northwind Careers <careers@northwind.example>",
    "Join our live Q&A: life at Northwind",
    "Hi Jordan,\n\nThinking about your next role? Join our hiring team for a live webinar on Thursday 26 November at 5pm GMT. We'll chat about open positions and the application process.\n\nRegister here: https://northwind.example/live\n\nUnsubscribe",
  ],
  [
    "en",
    "Brightlane Recruiting <talent@brightlane.example>",
    "Meet us at the London Tech Job Fair",
    "Hi Jordan,\n\nMeet our recruiters at the London Tech Job Fair on Saturday 28 November at 10am, stand B12. Bring your CV and chat to us about our open roles!\n\nThe Brightlane team",
  ],
  [
    "en",
    "Harbourpay Talent <talent@harbourpay.example>",
    "Thanks for applying",
    "Hi Jordan,\n\nThanks for applying for the Data Analyst role. We've received your application and will be in touch if your profile fits. In the meantime, come and chat to the team at our open evening on Tuesday 1 December at 6pm.\n\nHarbourpay Talent",
  ],
  [
    "en",
    "Quarry Jobs <jobs@quarry.example>",
    "New jobs for you",
    "Hi Jordan,\n\nNew jobs matching your profile: Data Analyst at Quarry (London). Applications close Friday 27 November at 5pm. Chat with a recruiter about the role.\n\nManage your preferences",
  ],
  // Dutch
  [
    "nl",
    "Datastroom Careers <careers@datastroom.example>",
    "Webinar: werken bij Datastroom",
    "Hoi Jordan,\n\nDonderdag 26 november om 16:00 vertellen onze recruiters in een webinar over onze vacatures en de sollicitatieprocedure. Meld je aan via de link.\n\nAfmelden voor deze mails? Klik hier.",
  ],
  [
    "nl",
    "Fietsfabriek Recruitment <werken@fietsfabriek.example>",
    "Ontmoet ons op de Carrièrebeurs",
    "Hoi Jordan,\n\nOntmoet onze recruiters op de Nationale Carrièrebeurs, zaterdag 28 november om 10:00 in de Jaarbeurs. Neem je cv mee en drink een kopje koffie met ons over onze vacatures!",
  ],
  [
    "nl",
    "Zorgdata Werving <werving@zorgdata.example>",
    "Bedankt voor je sollicitatie",
    "Beste Jordan,\n\nBedankt voor je sollicitatie op de vacature Product Analyst. We hebben je cv in goede orde ontvangen. Kom ook naar onze inloopavond op dinsdag 1 december om 19:00 uur, dan maak je alvast kennis met het team.",
  ],
  // German
  [
    "de",
    "Studio Nord Karriere <karriere@studio-nord.example>",
    "Webinar: Karriere bei Studio Nord",
    "Hallo Jordan,\n\nam Donnerstag, 26.11., um 17 Uhr stellen unsere Recruiter im Webinar offene Stellen vor und beantworten Fragen zur Bewerbung. Jetzt anmelden!\n\nNewsletter abbestellen",
  ],
  [
    "de",
    "Alpenlog Recruiting <jobs@alpenlog.example>",
    "Triff uns auf der Jobmesse",
    "Hallo Jordan,\n\ntriff uns auf der Jobmesse Hamburg am Samstag, 28.11., ab 10 Uhr an Stand C4. Bring deinen Lebenslauf mit und lern unser Team bei einem Kaffee kennen!",
  ],
  [
    "de",
    "Kanzlei Vogt Personal <personal@kanzlei-vogt.example>",
    "Eingangsbestätigung",
    "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. Ihre Unterlagen sind bei uns eingegangen. Besuchen Sie uns gern am Tag der offenen Tür am Samstag, 5.12., um 11 Uhr und lernen Sie uns kennen.",
  ],
  // French
  [
    "fr",
    "Lumen Carrières <carrieres@atelier-lumen.example>",
    "Webinaire : découvrez nos métiers",
    "Bonjour Jordan,\n\nLe jeudi 26 novembre à 18h, nos recruteurs présentent nos postes ouverts lors d'un webinaire et répondent à vos questions sur la candidature. Inscrivez-vous ici.\n\nSe désabonner",
  ],
  [
    "fr",
    "Batiplus Recrutement <recrutement@batiplus.example>",
    "Salon de l'emploi de Lyon",
    "Bonjour Jordan,\n\nRetrouvez-nous au salon de l'emploi de Lyon le samedi 28 novembre à 10h, stand 12. Apportez votre CV et venez échanger avec nos recruteurs autour d'un café !",
  ],
  [
    "fr",
    "Verdure RH <rh@verdure.example>",
    "Accusé de réception",
    "Bonjour Jordan,\n\nNous accusons réception de votre candidature au poste de Chef de projet. Nous vous invitons à notre journée portes ouvertes le samedi 5 décembre à 10h pour rencontrer nos équipes.",
  ],
  // Spanish
  [
    "es",
    "Olivar Talento <talento@olivar.example>",
    "Webinar: trabaja con nosotros",
    "Hola Jordan,\n\nEl jueves 26 de noviembre a las 18:00 nuestro equipo de selección te contará las vacantes abiertas en un webinar. Inscríbete aquí.\n\nDarse de baja",
  ],
  [
    "es",
    "Mareas Empleo <empleo@mareas.example>",
    "Feria de empleo",
    "Hola Jordan,\n\nVen a conocernos en la feria de empleo de Madrid el sábado 28 de noviembre a las 10:00. ¡Trae tu CV y tómate un café con nuestro equipo de reclutamiento!",
  ],
  [
    "es",
    "Cobalto Selección <seleccion@cobalto.example>",
    "Hemos recibido tu candidatura",
    "Hola Jordan,\n\nHemos recibido tu candidatura para la vacante de Analista. Te invitamos a nuestra jornada de puertas abiertas el sábado 5 de diciembre a las 11:00 para conocer al equipo.",
  ],
  // Portuguese
  [
    "pt",
    "Nuvem Azul Carreiras <carreiras@nuvemazul.example>",
    "Webinar: Carreiras na Nuvem Azul",
    "Oi Jordan,\n\nNa quinta, 26 de novembro, às 18h, nosso time de recrutamento apresenta as vagas abertas num webinar. Inscreva-se aqui.\n\nDescadastrar",
  ],
  [
    "pt",
    "Ipê Recrutamento <rh@ipe.example>",
    "Feira de Carreiras",
    "Oi Jordan,\n\nVenha nos conhecer na Feira de Carreiras de São Paulo no sábado, 28 de novembro, às 10h. Traga seu currículo e tome um café com nosso time de recrutamento!",
  ],
  [
    "pt",
    "Tejo RH <rh@tejo.example>",
    "Recebemos a sua candidatura",
    "Olá Jordan,\n\nRecebemos a sua candidatura para a vaga de Analista. Participe do nosso dia de portas abertas no sábado, 5 de dezembro, às 10h, para conhecer a equipa.",
  ],
  // Italian
  [
    "it",
    "Lanterna Careers <careers@lanterna.example>",
    "Webinar: lavora con noi",
    "Ciao Jordan,\n\ngiovedì 26 novembre alle 18:00 il nostro team HR presenta le posizioni aperte in un webinar. Iscriviti qui.\n\nAnnulla l'iscrizione",
  ],
  [
    "it",
    "Vela Recruiting <jobs@vela.example>",
    "Career Day",
    "Ciao Jordan,\n\nvieni a trovarci al Career Day del Politecnico sabato 28 novembre alle 10:00. Porta il tuo CV e prendi un caffè con il nostro team di selezione!",
  ],
  [
    "it",
    "Torre HR <hr@torre.example>",
    "Abbiamo ricevuto la tua candidatura",
    "Ciao Jordan,\n\nabbiamo ricevuto la tua candidatura per la posizione di Analista. Ti aspettiamo al nostro open day sabato 5 dicembre alle 10:00 per conoscere il team.",
  ],
] as const;

describe("an informal invitation about a job", () => {
  it.each(INVITATIONS)("%s (%s): %s, %s", async (_lang, zone, from, subject, body, start) => {
    // Act
    const result = await readGmailForward(from, subject, body, zone);
    // Assess
    expect([result.status, result.interview.start]).toEqual(["ok", start]);
  });
});

describe("a mail for many about jobs, with a time", () => {
  it.each(BAITS)("%s: %s, %s", async (_lang, from, subject, body) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status).toBe("not-an-interview");
  });
});

const PERSONAL_BAITS = [
  // A friend's coffee, no job in it; a reply about a job that promises news by a time, no meeting.
  [
    "en",
    "Sam Reid <sam.reid@gmail.com>",
    "Coffee?",
    "Hey!\n\nFancy a coffee on Saturday 28 November at 10? I'm in town for the weekend.\n\nSam x",
  ],
  [
    "en",
    "Dana Whitfield <dana@northwind-labs.example>",
    "Re: your portfolio",
    "Hi Jordan,\n\nThanks for your portfolio! I'll share it with the hiring manager and get back to you by Friday 27 November at 5pm.\n\nDana",
  ],
  [
    "nl",
    "Femke Bos <femke.bos@gmail.com>",
    "Koffie?",
    "Hoi!\n\nZin om zaterdag 28 november om 10 uur koffie te drinken bij de Bagels? Ik ben toch in de stad.\n\nLiefs, Femke",
  ],
  [
    "nl",
    "Bas Jansen <bas@fietsfabriek.example>",
    "Re: je cv",
    "Hoi Jordan,\n\nBedankt voor je cv! Ik leg het voor aan het team en laat je uiterlijk vrijdag 27 november om 17:00 uur iets weten.\n\nBas",
  ],
  [
    "de",
    "Tom Keller <tom.keller@gmx.example>",
    "Kaffee?",
    "Hey,\n\nLust auf einen Kaffee am Samstag, 28.11., um 10 Uhr? Ich bin übers Wochenende in der Stadt.\n\nTom",
  ],
  [
    "de",
    "Lena Brandt <lena@studio-nord.example>",
    "Re: Portfolio",
    "Hallo Jordan,\n\ndanke für dein Portfolio! Ich zeige es dem Team und melde mich bis Freitag, 27.11., 17 Uhr bei dir.\n\nLena",
  ],
  [
    "fr",
    "Léa Roux <lea.roux@orange.example>",
    "Un café ?",
    "Coucou,\n\nOn se prend un café samedi 28 novembre à 10h ? Je suis de passage en ville ce week-end.\n\nBises, Léa",
  ],
  [
    "fr",
    "Claire Morel <claire@atelier-lumen.example>",
    "Re: Votre CV",
    "Bonjour Jordan,\n\nMerci pour votre CV ! Je le transmets à l'équipe et je reviens vers vous au plus tard le vendredi 27 novembre à 17h.\n\nClaire",
  ],
  [
    "es",
    "Pablo Vidal <pablo.vidal@gmail.com>",
    "¿Café?",
    "¡Hola!\n\n¿Te apetece un café el sábado 28 de noviembre a las 10? Estoy en la ciudad el fin de semana.\n\nPablo",
  ],
  [
    "es",
    "Lucía Navarro <lucia@olivar.example>",
    "Re: Tu CV",
    "Hola Jordan,\n\n¡Gracias por tu CV! Lo comparto con el equipo y te digo algo antes del viernes 27 de noviembre a las 17:00.\n\nLucía",
  ],
  [
    "pt",
    "Ana Reis <ana.reis@gmail.com>",
    "Café?",
    "Oi!\n\nBora tomar um café no sábado, 28 de novembro, às 10h? Vou estar na cidade no fim de semana.\n\nBeijos, Ana",
  ],
  [
    "pt",
    "Mariana Lopes <mariana@cafeina.example>",
    "Re: Seu currículo",
    "Oi Jordan,\n\nObrigada pelo currículo! Vou mostrar para o time e te dou um retorno até sexta, 27 de novembro, às 17h.\n\nMariana",
  ],
  [
    "it",
    "Sara Bianchi <sara.bianchi@gmail.com>",
    "Caffè?",
    "Ciao!\n\nTi va un caffè sabato 28 novembre alle 10? Sono in città per il weekend.\n\nSara",
  ],
  [
    "it",
    "Giulia Ferri <giulia@lanterna.example>",
    "Re: Il tuo CV",
    "Ciao Jordan,\n\ngrazie per il CV! Lo giro al team e ti faccio sapere entro venerdì 27 novembre alle 17.\n\nGiulia",
  ],
] as const;

describe("a personal mail with a time that arranges no meeting about a job", () => {
  it.each(PERSONAL_BAITS)("%s: %s, %s", async (_lang, from, subject, body) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status).toBe("not-an-interview");
  });
});
