/**
 * A second batch, written after the rows of this round and run with no new row: zones of a region
 * or city, promises of a decision to all candidates, a second person met after a small role.
 * Forwarded Monday 23 November 2026.
 */
import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../../lambdas/domain/ingest/civil";
import { findDecisionDate } from "../../../lambdas/domain/ingest/decision";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { localeCues } from "../../../lambdas/domain/ingest/locale-cues";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { readGmailForward } from "../../support/gmail-forward";

const ZONES = [
  [
    "pt",
    "America/Sao_Paulo",
    "Oi Jordan! Combinado: quinta, 26/11, às 8h30 no horário do Amazonas, por Meet. Valeu, Débora Lins",
    "2026-11-26T08:30:00-04:00",
  ],
  [
    "es",
    "America/Argentina/Buenos_Aires",
    "Hola Jordan, te confirmo la entrevista para el jueves 26/11 a las 9:00 hora de Ciudad de México, por Zoom. Saludos, Iván Castro",
    "2026-11-26T09:00:00-06:00",
  ],
  [
    "fr",
    "Europe/Paris",
    "Bonjour Jordan, entretien confirmé le jeudi 26 novembre à 9 h 30 (heure du Québec) sur Teams. Bonne journée, Sylvie Tremblay",
    "2026-11-26T09:30:00-05:00",
  ],
] as const;

const PROMISES: ReadonlyArray<readonly [Lang, string, string]> = [
  ["fr", "Nous reviendrons auprès de chacun d'ici le vendredi 4 décembre.", "2026-12-04"],
  ["pt", "O cliente ficou de responder a todos até dia 3 de dezembro.", "2026-12-03"],
  ["es", "El cliente se compromete a dar una respuesta a más tardar el 2 de diciembre.", "2026-12-02"],
];

const PANELS = [
  [
    "it",
    "Buongiorno Jordan,\n\nil colloquio è fissato per giovedì 26 novembre alle 15 nel nostro stabilimento di Brescia, con me e con il responsabile di produzione Davide Sala.\n\nSaluti,\nLaura Conti\nUfficio personale",
    ["Davide Sala", "Laura Conti"],
  ],
  [
    "pt",
    "Boa tarde Jordan,\n\nA entrevista será na quinta-feira, 26 de novembro, às 15h, na nossa sede em Braga, comigo e com a coordenadora pedagógica Helena Brito.\n\nAtenciosamente,\nSérgio Costa\nRH",
    ["Helena Brito", "Sérgio Costa"],
  ],
] as const;

describe("second batch: a region's time", () => {
  it.each(ZONES)("%s, user in %s: %s", async (_lang, userZone, body, start) => {
    const result = await readGmailForward("Agenda <agenda@example.com>", "Entrevista", body, userZone);
    expect(result.interview.start).toBe(start);
  });
});

describe("second batch: a decision promised to all", () => {
  it.each(PROMISES)("%s: %s", (lang, text, date) => {
    const read = findDecisionDate(text, {
      writtenDay: daysFromCivil(2026, 11, 23),
      interviewDay: daysFromCivil(2026, 11, 26),
      cues: localeCues(text, { senderDomains: [], userZone: "Europe/Berlin" }),
      lexicon: INVITE_LEXICONS[lang],
    });
    expect(read).toBe(date);
  });
});

describe("second batch: a second person met after a small role", () => {
  it.each(PANELS)("%s: %s", async (_lang, body, people) => {
    const result = await readGmailForward("Recruiting <jobs@example.com>", "Colloquio", body);
    expect(result.interview.interviewers.map((person) => person.name).sort()).toEqual([...people].sort());
  });
});
