/**
 * Lengths said loosely, in every language: "a couple of hours", "un paio d'ore", "un par de
 * horas" (two hours); "we've set aside an hour", "wir planen eine Stunde ein" (the writer's own
 * plan); "it will still be one hour"; a length a few words after the interview's word
 * ("colloquio conoscitivo di una ventina di minuti").
 */
import { describe, expect, it } from "vitest";
import { findDuration } from "../../../lambdas/domain/ingest/duration";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import type { Lang } from "../../../lambdas/domain/language/lang";

const rows: ReadonlyArray<readonly [Lang, string, number]> = [
  ["en", "Heads up, the practical part takes a couple of hours.", 120],
  ["en", "The new slot will still be 45 minutes, same Teams link.", 45],
  ["en", "It'll be an hour and a half this time.", 90],
  ["de", "Wir haben dafür anderthalb Stunden eingeplant.", 90],
  ["de", "Wir planen rund eine Stunde ein.", 60],
  ["de", "Für das Gespräch rechnen wir mit einer Dreiviertelstunde.", 45],
  ["de", "Das Kennenlernen wird wieder eine Stunde dauern.", 60],
  ["fr", "L'entretien téléphonique d'une vingtaine de minutes aura lieu mardi.", 20],
  ["fr", "Compte une couple d'heures pour l'essai en cuisine.", 120],
  ["fr", "On prévoit une heure, pas plus.", 60],
  ["es", "Calcula un par de horas para la prueba técnica.", 120],
  ["es", "La entrevista telefónica de unos veinte minutos será el lunes.", 20],
  ["es", "Te pedimos reservar media hora.", 30],
  ["it", "Per la prova pratica calcola un paio d'ore.", 120],
  ["it", "Ti chiamo per un colloquio conoscitivo di una ventina di minuti.", 20],
  ["it", "Il colloquio dura mezz'ora circa.", 30],
  ["it", "Conta 20 minuti al massimo.", 20],
  ["nl", "Het gesprek duurt ongeveer een uur.", 60],
  ["nl", "Reken op een paar uurtjes voor de proefdag: een uur of twee.", 120],
  ["nl", "We trekken er anderhalf uur voor uit.", 90],
  ["pt", "A entrevista dura cerca de 45 minutos.", 45],
  ["pt", "Conte com um par de horas para o teste prático.", 120],
  ["pt", "A conversa por telefone de uns vinte minutos fica para segunda.", 20],
];

describe("a length said loosely", () => {
  it.each(rows)("%s: %s", (lang, text, minutes) => {
    // Act
    const read = findDuration(text, INVITE_LEXICONS[lang]);
    // Assess
    expect(read).toBe(minutes);
  });
});

describe("not a length", () => {
  it.each([
    ["en", "Please join 10 minutes early."],
    ["it", "Ci vediamo fra un paio di giorni."],
    ["de", "Wir planen den Termin nächste Woche ein."],
  ] as const)("%s: %s", (lang, text) => {
    expect(findDuration(text, INVITE_LEXICONS[lang])).toBeNull();
  });
});
