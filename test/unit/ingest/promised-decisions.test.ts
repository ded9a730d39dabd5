/**
 * The decision date an employer promises in a sentence, in every language: a named day, a bare day
 * of the month, the end of next week counted from the mail's week. A vague promise, a question to
 * the reader and a request to answer by a date ("Bitte gib uns bis Mittwoch Bescheid", "Laat je
 * uiterlijk woensdag weten …?") give none. Written Monday 23 November 2026, interview on Thursday 26.
 */
import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../../lambdas/domain/ingest/civil";
import { findDecisionDate } from "../../../lambdas/domain/ingest/decision";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { localeCues } from "../../../lambdas/domain/ingest/locale-cues";
import type { Lang } from "../../../lambdas/domain/language/lang";

const ROWS: ReadonlyArray<readonly [Lang, string, string | null]> = [
  ["en", "We'll get back to you by Friday the 27th.", "2026-11-27"],
  ["en", "You'll hear from us by the end of next week.", "2026-12-04"],
  ["en", "We expect to make a decision by December 9.", "2026-12-09"],
  ["en", "We'll be in touch within a few days.", null],
  ["en", "We'll let you know soon.", null],
  ["en", "If we make an offer, we'd need your answer by December 4.", null],
  ["en", "Please confirm your availability by Wednesday.", null],
  ["de", "Eine Rückmeldung erhältst du bis Ende nächster Woche.", "2026-12-04"],
  ["de", "Wir melden uns bis spätestens Mittwoch, 2. Dezember.", "2026-12-02"],
  ["de", "Wir melden uns zeitnah.", null],
  ["de", "Bitte gib uns bis Mittwoch Bescheid, ob der Termin passt.", null],
  ["de", "Bitte gib uns bis zum 4. Dezember Bescheid, ob du das Angebot annimmst.", null],
  ["fr", "Réponse d'ici le 4 décembre.", "2026-12-04"],
  ["fr", "Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", "2026-12-04"],
  ["fr", "Merci de nous confirmer votre présence d'ici le 25 novembre.", null],
  ["fr", "Nous vous tiendrons informé rapidement.", null],
  ["es", "Te diremos algo antes del viernes 4 de diciembre.", "2026-12-04"],
  ["es", "Por favor, confírmanos tu asistencia antes del miércoles.", null],
  ["es", "Te contactaremos en los próximos días.", null],
  ["es", "Tendrás noticias nuestras a finales de la semana que viene.", "2026-12-04"],
  ["pt", "Damos-te uma resposta até dia 4.", "2026-12-04"],
  ["pt", "Retornaremos até o final da próxima semana.", "2026-12-04"],
  ["pt", "Por favor confirme sua presença até amanhã.", null],
  ["nl", "We laten uiterlijk 4 december iets weten.", "2026-12-04"],
  ["nl", "Laat je uiterlijk woensdag weten of het tijdstip past?", null],
  ["nl", "Je hoort binnen twee weken van ons.", null],
  ["nl", "Je hoort eind volgende week van ons.", "2026-12-04"],
  ["it", "Vi faremo sapere entro il 4.", "2026-12-04"],
  ["it", "Ti chiediamo di confermare entro il 25 novembre.", null],
  ["it", "Ti faremo sapere a breve.", null],
  ["it", "Ti daremo un riscontro entro la fine della prossima settimana.", "2026-12-04"],
];

describe("a decision date promised in a sentence", () => {
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
