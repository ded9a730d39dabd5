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
