/**
 * A time written in a region's or a city's own time ("às 9h, horário de Cuiabá", "a las 10:00
 * hora de Canarias", "à 14 h, heure de la Réunion") is that zone's wall clock, whatever zone the
 * user lives in: the zone named in the text wins. Forwarded Monday 23 November 2026.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const ROWS = [
  [
    "pt",
    "America/Sao_Paulo",
    "Oi Jordan, a entrevista fica para quinta, dia 26, às 9h (horário de Cuiabá), presencial na nossa fábrica. Abraço, Renata Lopes",
    "2026-11-26T09:00:00-04:00",
    "America/Cuiaba",
  ],
  [
    "pt",
    "Europe/Lisbon",
    "Olá Jordan, confirmamos a entrevista na sexta-feira, 27 de novembro, às 10h30 hora dos Açores, na nossa loja de Ponta Delgada. Cumprimentos, Inês Rocha",
    "2026-11-27T10:30:00-01:00",
    "Atlantic/Azores",
  ],
  [
    "es",
    "Europe/Madrid",
    "Hola Jordan: te esperamos el jueves 26 de noviembre a las 10:00 (hora canaria) en nuestra oficina de Las Palmas. Un saludo, Nerea Suárez",
    "2026-11-26T10:00:00+00:00",
    "Atlantic/Canary",
  ],
  [
    "es",
    "America/Mexico_City",
    "Hola Jordan, la entrevista será el viernes 27 de noviembre a las 12:00 hora de Tijuana, por Teams. Saludos, Mariana Ochoa",
    "2026-11-27T12:00:00-08:00",
    "America/Tijuana",
  ],
  [
    "fr",
    "Europe/Paris",
    "Bonjour Jordan, l'entretien aura lieu le jeudi 26 novembre à 14 h, heure de la Réunion, en visio. Cordialement, Maëlle Hoarau",
    "2026-11-26T14:00:00+04:00",
    "Indian/Reunion",
  ],
] as const;

describe("a time in a named region's own time", () => {
  it.each(ROWS)("%s, user in %s: %s", async (_lang, userZone, body, start, zone) => {
    // Act
    const result = await readGmailForward("Recrutamento <jobs@example.com>", "Entrevista", body, userZone);
    // Assess
    expect([result.interview.start, result.interview.timeZone]).toEqual([start, zone]);
  });
});
