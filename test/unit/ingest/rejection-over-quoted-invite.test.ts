/**
 * The newest message decides: a rejection written above the quoted invitation it follows (the
 * interview's day and hour still in the thread) is the rejection; an invitation above a quoted
 * rejection of another application, or a next round above a quoted "unfortunately", stays an
 * invitation. And decisions in other words beside an event for many.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Nora Weiss <nora.weiss@tidewater.example>";

type Row = readonly [lang: string, subject: string, body: string];

const REJECTIONS: readonly Row[] = [
  [
    "en",
    "Re: Interview - Support Engineer",
    "Hi Jordan,\n\nThank you again for coming in. I'm sorry to say we've decided to move forward with another candidate for this role.\n\nBest,\nNora\n\nOn Mon, 9 Nov 2026 at 09:12, Nora Weiss <nora.weiss@tidewater.example> wrote:\n> Hi Jordan, we'd like to invite you to an interview on Thursday 12 November at 2pm at our office.\n> Best, Nora",
  ],
  [
    "de",
    "AW: Einladung zum Vorstellungsgespräch",
    "Hallo Herr Lee,\n\nvielen Dank nochmals für Ihren Besuch. Leider haben wir uns für einen anderen Bewerber entschieden.\n\nBeste Grüße\nNora Weiss\n\nAm Mo., 9. Nov. 2026 um 09:12 schrieb Nora Weiss <nora.weiss@tidewater.example>:\n> Hallo Herr Lee, gerne laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 12. November um 14 Uhr ein.\n> Beste Grüße, Nora Weiss",
  ],
  [
    "fr",
    "RE: Entretien - Technicien support",
    "Bonjour Jordan,\n\nMerci encore pour votre venue. Nous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nBien cordialement,\nNora Weiss\n\nLe lun. 9 nov. 2026 à 09:12, Nora Weiss <nora.weiss@tidewater.example> a écrit :\n> Bonjour Jordan, nous souhaitons vous inviter à un entretien le jeudi 12 novembre à 14h dans nos locaux.\n> Cordialement, Nora Weiss",
  ],
  [
    "es",
    "RE: Entrevista - Técnico de soporte",
    "Hola Jordan:\n\nGracias de nuevo por venir. Lamentamos comunicarte que hemos decidido avanzar con otro perfil.\n\nSaludos,\nNora Weiss\n\nEl lun, 9 nov 2026 a las 09:12, Nora Weiss (<nora.weiss@tidewater.example>) escribió:\n> Hola Jordan, te invitamos a una entrevista el jueves 12 de noviembre a las 14:00 en nuestra oficina.\n> Saludos, Nora",
  ],
  [
    "it",
    "R: Colloquio - Tecnico di supporto",
    "Ciao Jordan,\n\ngrazie ancora per essere venuto. Purtroppo abbiamo deciso di proseguire con altri candidati.\n\nUn saluto,\nNora Weiss\n\nIl giorno lun 9 nov 2026 alle ore 09:12 Nora Weiss <nora.weiss@tidewater.example> ha scritto:\n> Ciao Jordan, ti invitiamo a un colloquio giovedì 12 novembre alle 14:00 presso la nostra sede.\n> Un saluto, Nora",
  ],
  [
    "pt",
    "RE: Entrevista - Técnico de suporte",
    "Olá Jordan,\n\nObrigada mais uma vez pela visita. Infelizmente não vamos avançar com a sua candidatura.\n\nCumprimentos,\nNora Weiss\n\nNo dia seg., 9/11/2026 às 09:12, Nora Weiss <nora.weiss@tidewater.example> escreveu:\n> Olá Jordan, gostaríamos de o convidar para uma entrevista na quinta-feira, 12 de novembro, às 14h.\n> Cumprimentos, Nora",
  ],
  [
    "nl",
    "RE: Sollicitatiegesprek - Supportmedewerker",
    "Beste Jordan,\n\nNogmaals bedankt voor je komst. Helaas hebben we gekozen voor een andere kandidaat.\n\nGroet,\nNora Weiss\n\nOp ma 9 nov 2026 om 09:12 schreef Nora Weiss <nora.weiss@tidewater.example>:\n> Beste Jordan, we nodigen je uit voor een gesprek op donderdag 12 november om 14.00 uur.\n> Groet, Nora",
  ],
  [
    "de",
    "Ihre Bewerbung bei Tidewater",
    "Guten Tag Herr Lee,\n\nwir danken Ihnen für das Interview vom 10. November. Nach reiflicher Überlegung haben wir uns für eine andere Bewerberin entschieden.\n\nSie sind herzlich zu unserer Jobmesse am 3. Dezember um 15 Uhr eingeladen.\n\nFreundliche Grüße\nNora Weiss",
  ],
  [
    "it",
    "Esito selezione",
    "Gentile Jordan,\n\ngrazie per il colloquio di martedì 10 novembre alle 11. Ci dispiace comunicarle che la sua candidatura non è stata selezionata.\n\nSiamo lieti di invitarla alla nostra serata informativa del 2 dicembre alle 18:00.\n\nCordiali saluti,\nNora Weiss",
  ],
  [
    "pt",
    "Processo seletivo - Analista",
    "Oi Jordan, tudo bem?\n\nObrigada pela conversa do dia 10/11 às 15h. Infelizmente decidimos seguir com outra pessoa para a vaga.\n\nVem para o nosso evento de carreiras no dia 3/12 às 19h!\n\nAbraços,\nNora",
  ],
];

const INVITATIONS: readonly Row[] = [
  [
    "en",
    "Interview - Support Engineer",
    "Hi Jordan,\n\nGood news: we'd like to invite you to an interview on Thursday 26 November at 2pm.\n\nBest,\nNora\n\nOn Mon, 9 Nov 2026 at 09:12, Nora Weiss <nora.weiss@tidewater.example> wrote:\n> Hi Jordan, unfortunately we decided to move forward with other candidates for the analyst role.\n> Best, Nora",
  ],
  [
    "fr",
    "Deuxième entretien",
    "Bonjour Jordan,\n\nNous sommes ravis de vous convier à un second entretien. Malheureusement le premier créneau n'est plus disponible : nous vous proposons le jeudi 26 novembre à 15h.\n\nCordialement,\nNora Weiss",
  ],
  [
    "it",
    "Secondo colloquio",
    "Ciao Jordan,\n\nti invitiamo al secondo colloquio. Purtroppo il primo orario è già occupato, quindi ci vediamo giovedì 26 novembre alle 15:00.\n\nUn saluto,\nNora",
  ],
  [
    "pt",
    "Segunda fase",
    "Olá Jordan,\n\nGostaríamos de convidar você para a segunda etapa. Infelizmente o primeiro horário já foi preenchido, então sua entrevista será na quinta, 26 de novembro, às 15h.\n\nAbraços,\nNora",
  ],
  [
    "nl",
    "Tweede gesprek",
    "Beste Jordan,\n\nWe nodigen je graag uit voor een tweede gesprek. Helaas is het eerste tijdstip al vergeven, dus we zien je op donderdag 26 november om 15.00 uur.\n\nGroet,\nNora",
  ],
];

describe("the newest message decides", () => {
  it.each(REJECTIONS)("%s: a rejection (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome).toBe("rejected");
  });
  it.each(INVITATIONS)("%s: stays an invitation (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome ?? null).toBeNull();
    expect(result.status).toBe("ok");
  });
});

/** A newest message that calls off or moves the quoted interview, without a decision: never a rejection. */
const CALLED_OFF: readonly Row[] = [
  [
    "de",
    "AW: Einladung zum Vorstellungsgespräch",
    "Hallo Herr Lee,\n\nleider müssen wir das Gespräch am Donnerstag absagen, da der Fachbereichsleiter erkrankt ist. Wir melden uns mit einem neuen Termin.\n\nBeste Grüße\nNora Weiss\n\nAm Mo., 9. Nov. 2026 um 09:12 schrieb Nora Weiss <nora.weiss@tidewater.example>:\n> Hallo Herr Lee, gerne laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 12. November um 14 Uhr ein.",
  ],
  [
    "fr",
    "RE: Entretien - Technicien support",
    "Bonjour Jordan,\n\nMalheureusement nous devons annuler l'entretien de jeudi, notre responsable n'est pas disponible. Nous revenons vers vous avec une nouvelle date.\n\nCordialement,\nNora\n\nLe lun. 9 nov. 2026 à 09:12, Nora Weiss <nora.weiss@tidewater.example> a écrit :\n> Bonjour Jordan, nous souhaitons vous inviter à un entretien le jeudi 12 novembre à 14h.",
  ],
  [
    "es",
    "RE: Entrevista - Técnico de soporte",
    "Hola Jordan:\n\nLamentablemente no podremos mantener la entrevista del jueves. Te escribimos pronto con otra fecha.\n\nSaludos,\nNora\n\nEl lun, 9 nov 2026 a las 09:12, Nora Weiss (<nora.weiss@tidewater.example>) escribió:\n> Hola Jordan, te invitamos a una entrevista el jueves 12 de noviembre a las 14:00.",
  ],
];

describe("a newest message that calls the quoted interview off", () => {
  it.each(CALLED_OFF)("%s: no decision (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome ?? null).toBeNull();
  });
});
