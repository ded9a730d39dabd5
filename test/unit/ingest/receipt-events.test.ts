/**
 * An application receipt that promises an interview for later and invites to an event (an open
 * day, an afterwork, a live talk) at a set time: the event's time never becomes an interview. A
 * receipt that does invite to an interview at a time is still the interview.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Talent Team <talent@werkhaus.example>";

describe("a receipt with an event's time", () => {
  const ROWS = [
    [
      "en",
      "Thanks for applying",
      "Thank you for applying for the Buyer role. Should your profile fit, we will reach out to set up an interview. Meanwhile, come to our open house on Thursday 3 December at 6pm at our Leeds office.",
    ],
    [
      "de",
      "Eingangsbestätigung Ihrer Bewerbung",
      "vielen Dank für Ihre Bewerbung als Einkäufer. Wenn Ihr Profil passt, melden wir uns für ein Vorstellungsgespräch. Bis dahin laden wir Sie zu unserem Infoabend am Donnerstag, 3. Dezember um 18 Uhr ein.",
    ],
    [
      "es",
      "Hemos recibido tu candidatura",
      "Hemos recibido tu candidatura para Comprador. Si encajas, te llamaremos para una entrevista. Mientras tanto, te invitamos a nuestro afterwork el jueves 3 de diciembre a las 18:30 en Valencia.",
    ],
    [
      "fr",
      "Accusé de réception",
      "Nous accusons réception de votre candidature au poste d'Acheteur. Si votre profil correspond, nous reviendrons vers vous pour un entretien. D'ici là, venez à nos portes ouvertes le jeudi 3 décembre à 18h30 à Lille.",
    ],
    [
      "it",
      "Abbiamo ricevuto la tua candidatura",
      "Abbiamo ricevuto la tua candidatura per Buyer. Se il profilo è in linea ti contatteremo per un colloquio. Nel frattempo ti aspettiamo al nostro open day giovedì 3 dicembre alle 18:00 a Torino.",
    ],
    [
      "nl",
      "Bedankt voor je sollicitatie",
      "Bedankt voor je sollicitatie als inkoper. Als je profiel past, nemen we contact op voor een gesprek. Kom intussen naar onze open dag op donderdag 3 december om 18:00 in Utrecht.",
    ],
    [
      "pt",
      "Recebemos sua candidatura",
      "Recebemos sua candidatura para Comprador. Se o seu perfil combinar, entraremos em contato para uma entrevista. Enquanto isso, assista à nossa live no Instagram na quinta 3/12 às 18h.",
    ],
  ] as const;

  it.each(ROWS)("%s: no interview is read", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);

    expect(result.status).toBe("not-an-interview");
  });
});

describe("a receipt that invites to an interview at a time", () => {
  const ROWS = [
    [
      "en",
      "Interview: Buyer",
      "Thank you for applying. We'd like to invite you to an interview on Thursday 3 December at 10:00.",
    ],
    [
      "de",
      "Einladung zum Vorstellungsgespräch",
      "vielen Dank für Ihre Bewerbung. Wir laden Sie zu einem Vorstellungsgespräch am Donnerstag, 3. Dezember um 10 Uhr ein.",
    ],
    [
      "es",
      "Entrevista: Comprador",
      "Hemos recibido tu candidatura y queremos invitarte a una entrevista el jueves 3 de diciembre a las 10:00.",
    ],
    [
      "pt",
      "Entrevista: Comprador",
      "Recebemos sua candidatura e gostaríamos de convidá-lo para uma entrevista na quinta 3/12 às 10h.",
    ],
  ] as const;

  it.each(ROWS)("%s: the interview is read with its day", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);

    expect(result.status).toBe("ok");
    expect(result.status === "ok" ? result.interview.start?.slice(0, 16) : null).toBe("2026-12-03T10:00");
  });
});

// The event's words are bulk-mail rows of each lexicon ("informatieavond", "serata informativa"):
// its hours and the receipt's job words make no informal invitation.
const RECEIPTS = [
  [
    "nl",
    "Fietsenmakerij Spaak <werken@spaak.example>",
    "Bedankt voor je sollicitatie",
    "Hoi Jordan,\n\nBedankt voor je sollicitatie als Werkplaatschef bij Fietsenmakerij Spaak. We hebben alles ontvangen en laten binnen tien dagen iets weten.\n\nBenieuwd naar de werkplaats? Kom naar onze informatieavond op donderdag 3 december van 19:00 tot 20:30 uur in Utrecht.\n\nGroet,\nTeam Spaak",
  ],
  [
    "de",
    "Bäckerei Korn <jobs@korn.example>",
    "Danke für deine Bewerbung",
    "Hallo Jordan,\n\ndanke für deine Bewerbung als Filialleitung. Wir melden uns innerhalb von zwei Wochen.\n\nLust vorab? Unser Informationsabend ist am Donnerstag, 3. Dezember, von 18 bis 20 Uhr in der Filiale Mitte.\n\nViele Grüße\nTeam Korn",
  ],
  [
    "fr",
    "Librairie Vauban <recrutement@vauban.example>",
    "Merci pour votre candidature",
    "Bonjour Jordan,\n\nMerci pour votre candidature au poste de libraire. Nous revenons vers vous sous quinze jours.\n\nVenez à notre soirée d'information le jeudi 3 décembre de 18h à 20h à la librairie.\n\nL'équipe Vauban",
  ],
  [
    "es",
    "Ferretería Olmo <empleo@olmo.example>",
    "Gracias por tu candidatura",
    "Hola Jordan:\n\nGracias por tu candidatura al puesto de encargado. Te contestamos en dos semanas.\n\nTe esperamos en nuestra jornada informativa el jueves 3 de diciembre de 18:00 a 20:00 en la tienda.\n\nEquipo Olmo",
  ],
  [
    "pt",
    "Padaria Trigo <vagas@trigo.example>",
    "Recebemos sua candidatura",
    "Olá Jordan,\n\nRecebemos sua candidatura para a vaga de gerente de loja. Retornaremos em até duas semanas.\n\nVenha ao nosso dia aberto na quinta-feira, 3 de dezembro, das 18h às 20h, na loja.\n\nEquipe Trigo",
  ],
  [
    "it",
    "Pasticceria Gelso <lavora@gelso.example>",
    "Grazie per la tua candidatura",
    "Ciao Jordan,\n\ngrazie per la tua candidatura come responsabile di negozio. Ti risponderemo entro due settimane.\n\nVieni alla nostra serata informativa giovedì 3 dicembre dalle 18 alle 20 in pasticceria.\n\nIl team Gelso",
  ],
] as const;

describe("a receipt inviting to an evening or a day for many, with its hours", () => {
  it.each(RECEIPTS)("%s: %s, %s", async (_lang, from, subject, body) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status).toBe("not-an-interview");
  });
});
