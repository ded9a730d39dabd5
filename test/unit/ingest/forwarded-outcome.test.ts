/**
 * A forwarded rejection or offer in every language, formal and informal, read by one rule over
 * each lexicon's rows; and mails that only mention a decision (a decision still to come, an
 * acknowledgement, a job alert, an invitation with a time), from which none is read.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Talent Team <talent@harbourline.example>";

describe("a stated decision is read in every language", () => {
  it.each([
    [
      "de",
      "Ihre Bewerbung als Lagerleiter",
      "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihr Interesse. Nach reiflicher Überlegung haben wir uns für einen anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\nPersonalabteilung",
    ],
    [
      "de",
      "Deine Bewerbung",
      "Hallo Jordan,\n\ndanke dir für das nette Gespräch! Leider hat es diesmal nicht geklappt, wir sind mit jemand anderem weitergegangen.\n\nViele Grüße\nSandra",
    ],
    [
      "fr",
      "Votre candidature",
      "Madame, Monsieur,\n\nNous sommes au regret de vous annoncer que votre candidature n'a pas été retenue pour ce poste.\n\nBien cordialement,\nService RH",
    ],
    [
      "fr",
      "Suite de ta candidature",
      "Salut Jordan,\n\nMerci encore pour l'échange. On a finalement choisi de poursuivre avec un autre profil, plus senior.\n\nBonne continuation,\nLéa",
    ],
    [
      "es",
      "Proceso de selección",
      "Estimado Jordan:\n\nLamentablemente, en esta ocasión no has resultado seleccionado para el puesto de Técnico de Almacén.\n\nUn saludo,\nRecursos Humanos",
    ],
    [
      "es",
      "Tu candidatura",
      "Hola Jordan,\n\nGracias por tu tiempo. Hemos decidido seguir con otros perfiles que encajan mejor con lo que buscamos.\n\nSaludos,\nMarta",
    ],
    [
      "it",
      "Aggiornamento candidatura",
      "Gentile Jordan,\n\npurtroppo la Sua candidatura non è stata selezionata per le fasi successive.\n\nCordiali saluti,\nUfficio Personale",
    ],
    [
      "it",
      "Esito del colloquio",
      "Ciao Jordan,\n\ngrazie per la disponibilità. Abbiamo scelto di proseguire con altri candidati, più vicini alle esigenze del team.\n\nUn saluto,\nGiulia",
    ],
    [
      "pt",
      "Sua candidatura",
      "Prezado Jordan,\n\nInfelizmente não foi possível avançar com sua candidatura nesta etapa.\n\nAtenciosamente,\nRecursos Humanos",
    ],
    [
      "pt",
      "Retorno do processo",
      "Oi Jordan,\n\nValeu pela conversa! Depois de muito pensar, optamos por seguir com outra candidata para a vaga.\n\nAbraço,\nFernanda",
    ],
    [
      "nl",
      "Je sollicitatie",
      "Hoi Jordan,\n\nBedankt voor je tijd. Helaas hebben we gekozen voor iemand met meer ervaring in de logistiek.\n\nGroet,\nSanne",
    ],
    [
      "nl",
      "Uw sollicitatie",
      "Geachte heer Lee,\n\nNa zorgvuldige overweging moeten wij u meedelen dat u niet bent geselecteerd voor de volgende ronde.\n\nMet vriendelijke groet,\nHR",
    ],
    [
      "en",
      "Your application",
      "Hi Jordan,\n\nThanks so much for your time. Unfortunately we have gone with another candidate for this role.\n\nBest,\nSam",
    ],
  ])("%s: a rejection (%s)", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.outcome).toBe("rejected");
  });

  it.each([
    [
      "de",
      "Zusage",
      "Hallo Jordan,\n\nwir freuen uns sehr: wir möchten dir die Stelle als Lagerleiter anbieten. Den Arbeitsvertrag schicken wir dir diese Woche.\n\nViele Grüße\nSandra",
    ],
    [
      "fr",
      "Bonne nouvelle",
      "Bonjour Jordan,\n\nJ'ai le plaisir de vous proposer le poste de chef d'équipe, avec une entrée en fonction le 4 janvier.\n\nCordialement,\nLéa",
    ],
    [
      "es",
      "¡Enhorabuena!",
      "Hola Jordan,\n\nQueremos contar contigo: adjuntamos las condiciones de la oferta para el puesto de jefe de almacén.\n\nUn abrazo,\nMarta",
    ],
    [
      "it",
      "Proposta",
      "Ciao Jordan,\n\nsiamo felici di offrirti il ruolo di responsabile di magazzino. In allegato la proposta economica.\n\nA presto,\nGiulia",
    ],
    [
      "pt",
      "Proposta",
      "Oi Jordan,\n\nQueremos muito você na equipe! Segue esta proposta para a vaga de coordenador de logística.\n\nAbraço,\nFernanda",
    ],
    [
      "nl",
      "Goed nieuws",
      "Hoi Jordan,\n\nWe willen je graag de functie aan te bieden. De arbeidsovereenkomst volgt morgen per mail.\n\nGroet,\nSanne",
    ],
    [
      "en",
      "Good news",
      "Hi Jordan,\n\nWe'd love to offer you the role of Warehouse Lead. Welcome aboard!\n\nBest,\nSam",
    ],
  ])("%s: an offer (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome).toBe("offer");
  });
});

describe("a mail that only mentions a decision states none", () => {
  it.each([
    [
      "de",
      "Eingangsbestätigung",
      "Hallo Jordan,\n\nwir haben deine Bewerbung erhalten. Wir werden dich informieren, ob wir uns für einen anderen Bewerber entschieden haben oder dich einladen.\n\nViele Grüße\nSandra",
    ],
    [
      "fr",
      "Accusé de réception",
      "Bonjour,\n\nNous avons bien reçu votre candidature. Nous vous informerons dans tous les cas, même si votre candidature n'est pas retenue.\n\nCordialement,\nService RH",
    ],
    [
      "es",
      "Candidatura recibida",
      "Hola Jordan,\n\nHemos recibido tu candidatura. Te informaremos tanto si continúas como si hemos decidido seguir con otros perfiles.\n\nSaludos,\nMarta",
    ],
    [
      "it",
      "Candidatura ricevuta",
      "Gentile Jordan,\n\nabbiamo ricevuto la Sua candidatura. In ogni caso la ricontatteremo, anche in caso di esito negativo.\n\nCordiali saluti,\nUfficio Personale",
    ],
    [
      "pt",
      "Candidatura recebida",
      "Olá Jordan,\n\nRecebemos sua candidatura. Caso não seja selecionado, informaremos por e-mail de qualquer forma.\n\nAtenciosamente,\nRH",
    ],
    [
      "nl",
      "Ontvangstbevestiging",
      "Beste Jordan,\n\nWe hebben je sollicitatie ontvangen. We laten je binnen twee weken weten of je bent geselecteerd of afgewezen.\n\nGroet,\nHR",
    ],
    [
      "nl",
      "Vacatures voor jou",
      "Nieuwe vacatures voor jou! Geen interesse? Afmelden voor deze nieuwsbrief. Bekijk ons aanbod: Inkoper, Planner, Magazijnmedewerker.",
    ],
    [
      "en",
      "Application received",
      "Hi Jordan,\n\nThanks for applying. You'll hear from us either way, whether or not you have been successful, unfortunately it takes two weeks.\n\nBest,\nSam",
    ],
  ])("%s: %s", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome ?? null).toBeNull();
  });

  it.each([
    [
      "de",
      "Einladung zum Vorstellungsgespräch",
      "Hallo Jordan,\n\nleider müssen wir absagen, was den Montag betrifft: wir laden dich stattdessen am 2. Dezember um 10 Uhr zum Gespräch ein.\n\nViele Grüße\nSandra",
    ],
    [
      "it",
      "Invito a colloquio",
      "Ciao Jordan,\n\nsiamo spiacenti per il cambio: ti invitiamo al colloquio il 2 dicembre alle 10:00 presso la nostra sede.\n\nUn saluto,\nGiulia",
    ],
  ])("%s: an invitation with a time is an interview, whatever it regrets", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome ?? null).toBeNull();
    expect(result.status).toBe("ok");
  });
});

describe("a rejection written with inclusive word endings is read", () => {
  it.each([
    [
      "pt",
      "Retorno do processo seletivo",
      "Olá Jordan,\n\nAgradecemos sua participação no processo seletivo para Analista Financeiro.\n\nApós análise, optamos por seguir com outro(a) candidato(a), com perfil mais aderente à vaga. Seu currículo ficará em nosso banco de talentos.\n\nSucesso!\nTime de Gente",
    ],
    [
      "es",
      "Resultado del proceso",
      "Hola Jordan:\n\nGracias por participar en el proceso. Finalmente hemos decidido seguir con otro/a candidato/a cuyo perfil se ajusta más a lo que buscamos.\n\nUn saludo,\nEquipo de Personas",
    ],
    [
      "fr",
      "Votre candidature",
      "Bonjour Jordan,\n\nNous vous remercions pour le temps que vous nous avez consacré lors de nos échanges. Après réflexion, nous avons choisi de poursuivre avec un·e autre candidat·e dont le profil correspond davantage à nos besoins.\n\nNous vous souhaitons une bonne continuation dans vos recherches.\n\nBien à vous,\nL'équipe RH",
    ],
    [
      "de",
      "Ihre Bewerbung",
      "Hallo Jordan,\n\nvielen Dank für das Gespräch. Wir haben uns nach reiflicher Überlegung für eine:n andere:n Bewerber:in entschieden.\n\nViele Grüße\nHR",
    ],
  ])("%s: %s", async (_lang, subject, body) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.outcome).toBe("rejected");
  });
});
