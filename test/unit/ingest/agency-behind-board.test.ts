/**
 * Job boards and agencies that write in the employer's stead, in every language: the employer the
 * text names as wanting to meet ("A empresa … agendou", "De Gemeente … wil graag een gesprek"),
 * the client after a board's team sign-off ("Il team Trovalavoro per …"), never the agency's own
 * name ("… Uitzend", "Cabinet … Conseil"), a team sign-off's words ("Ihr Team der …") or an
 * ordinal of the round ("Second interview - …").
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

describe("the employer behind a job board or an agency", () => {
  it.each([
    [
      "it: a board's team signs for its client",
      "Trovalavoro <noreply@trovalavoro.it>",
      "Il tuo colloquio con Ceramiche Adriatiche",
      "Ciao Marta,\n\nil tuo colloquio per la posizione di Impiegata Commerciale presso Ceramiche Adriatiche S.r.l. è stato fissato.\n\nQuando: mercoledì 9 dicembre, ore 10:00\n\nIn bocca al lupo!\nIl team Trovalavoro per Ceramiche Adriatiche",
      "Ceramiche Adriatiche",
    ],
    [
      "it: the client would like to hear from you",
      "Paolo Riva <paolo.riva@impiegofacile.it>",
      "Colloquio telefonico",
      "Ciao Marta,\n\ncome anticipato, il Salumificio Brianza S.p.A. vorrebbe sentirti per la posizione di Responsabile Qualità. Ti chiamerà mercoledì 9 dicembre alle 10:30.\n\nUn saluto,\nPaolo Riva\nConsulente – Impiego Facile Agenzia per il Lavoro",
      "Salumificio Brianza",
    ],
    [
      "pt: a board says which company booked",
      "Vagaria <nao-responda@vagaria.com.br>",
      "Sua entrevista foi agendada!",
      "Oi, Marta!\n\nA empresa Cerâmica Litoral agendou uma entrevista com você para a vaga de Analista de Compras.\n\nData: quarta-feira, 09/12/2026\nHorário: 10h\n\nBoa sorte!\nEquipe Vagaria",
      "Cerâmica Litoral",
    ],
    [
      "es: a board says which company booked",
      "Empleate <no-reply@empleate.es>",
      "Tienes una entrevista",
      "Hola Marta:\n\nLa empresa Conservas del Cantábrico ha programado una entrevista contigo para el puesto de Técnico de Calidad el miércoles 9 de diciembre a las 10:00.\n\nMucha suerte,\nEl equipo de Empleate",
      "Conservas del Cantábrico",
    ],
    [
      "nl: an uitzendbureau's intercedent writes",
      "Joris Bakker <joris.bakker@bouwkrachtuitzend.nl>",
      "Telefonisch gesprek",
      "Hoi Marta,\n\nGoed nieuws! De Gemeente Waterhoven wil graag een kennismakingsgesprek met je voor de vacature Medewerker Vergunningen. Ze bellen je woensdag 9 december om 10.00 uur.\n\nSucces!\nJoris Bakker\nIntercedent | Bouwkracht Uitzend",
      "Gemeente Waterhoven",
    ],
    [
      "fr: a cabinet writes of its client",
      "Paul Delorme <p.delorme@delorme-conseil.fr>",
      "Verrerie Montclair – entretien téléphonique",
      "Bonjour Marta,\n\nLa Verrerie Montclair a retenu votre profil pour le poste de Responsable achats. M. Girard vous appellera le mercredi 9 décembre à 10 h.\n\nBonne journée,\nPaul Delorme\nCabinet Delorme Conseil – recrutement industrie",
      "Verrerie Montclair",
    ],
    [
      "de: a team's sign-off names the employer",
      "Bäckerei Kornblum <karriere@kornblum-baeckerei.de>",
      "Ihr Vorstellungsgespräch",
      "Guten Tag Frau Lee,\n\nvielen Dank für Ihre Bewerbung als Filialleitung. Wir laden Sie am 9. Dezember um 10 Uhr zum Vorstellungsgespräch ein.\n\nIhr Team der Bäckerei Kornblum GmbH",
      "Bäckerei Kornblum",
    ],
    [
      "en: the round's ordinal opens the subject",
      "Nina Ford <nina.ford@redfernsearch.co.uk>",
      "Second interview - Ashcombe Textiles",
      "Hi Marta,\n\nGood news: Ashcombe Textiles were really impressed and want to see you again. They suggest Wednesday the 9th at 3, at their Leeds office.\n\nCheers,\nNina\n\nNina Ford | Principal Consultant\nRedfern Search Ltd | 0113 555 0192",
      "Ashcombe Textiles",
    ],
  ])("%s", async (_case, from, subject, body, company) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});
