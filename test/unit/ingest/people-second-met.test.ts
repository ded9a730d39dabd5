/**
 * The second person met, joined to the first by an "and" ("con me e con il direttore Carlo …",
 * "Rodrigo Salas, jefe de planta, y su servidor", "comigo e com a gerente …"): both are met, the
 * writer when the self word stands for them. Forwarded Monday 23 November 2026.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const ROWS = [
  [
    "es",
    "Estimado Jordan:\n\nTe esperamos el jueves 26 de noviembre a las 10:00 en la planta de Querétaro. Te entrevistarán Rodrigo Salas, jefe de planta, y su servidor.\n\nAtentamente,\nTomás Rivas\nReclutamiento",
    ["Rodrigo Salas", "Tomás Rivas"],
  ],
  [
    "it",
    "Gentile Jordan,\n\nti confermo il colloquio giovedì 26 novembre alle 10 presso la nostra sede di Padova, con me e con la responsabile amministrativa Giulia Ferri.\n\nCordiali saluti,\nMarco Bassi\nHR",
    ["Marco Bassi", "Giulia Ferri"],
  ],
  [
    "pt",
    "Olá Jordan,\n\nA entrevista fica marcada para quinta-feira, 26 de novembro, às 10h, no nosso escritório do Porto, comigo e com o diretor comercial Rui Matos.\n\nCumprimentos,\nAna Sousa\nRecursos Humanos",
    ["Ana Sousa", "Rui Matos"],
  ],
  [
    "fr",
    "Bonjour Jordan,\n\nJe vous confirme l'entretien le jeudi 26 novembre à 10 h dans nos locaux de Lyon, avec moi et avec notre directrice technique Claire Morel.\n\nCordialement,\nPaul Girard\nRessources humaines",
    ["Paul Girard", "Claire Morel"],
  ],
  [
    "de",
    "Hallo Jordan,\n\ndas Gespräch findet am Donnerstag, 26. November, um 10 Uhr bei uns in Graz statt, mit mir und unserem Werksleiter Josef Pichler.\n\nViele Grüße\nMonika Huber\nPersonal",
    ["Monika Huber", "Josef Pichler"],
  ],
  [
    "es",
    "Hola Jordan:\n\nLa entrevista será el jueves 26 de noviembre a las 10:00 en nuestras oficinas de Rosario. Estaremos la gerente de marketing, Valeria Paz, junto con Hernán Giménez, del equipo comercial.\n\nSaludos,\nLucía Ferro\nRRHH",
    ["Valeria Paz", "Hernán Giménez"],
  ],
] as const;

describe("a second person met, joined by an 'and'", () => {
  it.each(ROWS)("%s: %s", async (_lang, body, people) => {
    // Act
    const result = await readGmailForward("Recruiting <jobs@example.com>", "Entrevista", body);
    // Assess
    expect(result.interview.interviewers.map((person) => person.name).sort()).toEqual([...people].sort());
  });
});
