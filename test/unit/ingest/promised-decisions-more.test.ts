/**
 * Decision promises worded without "you": to all candidates, by the client, by the agency's
 * consultant ("Nous reviendrons vers chaque candidat …", "o cliente ficou de dar feedback até …").
 * Written Monday 23 November 2026, interview on Thursday 26.
 */
import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../../lambdas/domain/ingest/civil";
import { findDecisionDate } from "../../../lambdas/domain/ingest/decision";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { localeCues } from "../../../lambdas/domain/ingest/locale-cues";
import type { Lang } from "../../../lambdas/domain/language/lang";

const ROWS: ReadonlyArray<readonly [Lang, string, string | null]> = [
  ["fr", "Nous reviendrons vers chaque candidat au plus tard le 9 décembre.", "2026-12-09"],
  ["fr", "Notre client s'engage à vous faire un retour d'ici le 7 décembre.", "2026-12-07"],
  ["fr", "Nous donnerons des nouvelles à tous les finalistes le mardi 8 décembre.", "2026-12-08"],
  ["fr", "Merci de nous renvoyer le formulaire au plus tard le 25 novembre.", null],
  ["pt", "A empresa comprometeu-se a dar uma resposta até 4 de dezembro.", "2026-12-04"],
  ["pt", "O gestor vai dar um feedback a todos até dia 7.", "2026-12-07"],
  ["pt", "Eles darão o feedback final no dia 9 de dezembro.", "2026-12-09"],
  ["pt", "Por favor confirme até dia 24 se pode vir.", null],
  ["es", "El cliente se comprometió a dar respuesta el miércoles 2 de diciembre.", "2026-12-02"],
  ["es", "Les avisaremos a todos los candidatos el 4 de diciembre.", "2026-12-04"],
  ["it", "L'azienda darà una risposta a tutti i candidati il 3 dicembre.", "2026-12-03"],
  ["de", "Der Kunde gibt uns bis 4. Dezember Bescheid, wir geben es dann weiter.", "2026-12-04"],
];

describe("a decision date promised without 'you'", () => {
  it.each(ROWS)("%s: %s", (lang, text, date) => {
    // Act
    const read = findDecisionDate(text, {
      writtenDay: daysFromCivil(2026, 11, 23),
      interviewDay: daysFromCivil(2026, 11, 26),
      cues: localeCues(text, { senderDomains: [], userZone: "Europe/Berlin" }),
      lexicon: INVITE_LEXICONS[lang],
    });
    // Assess
    expect(read).toBe(date);
  });
});
