/**
 * A second batch for the classes of lengths-said-loosely and employer-and-title-edges, in other
 * wording, written after those were built: lengths said loosely, departments after a name, a
 * written name around the domain's core, a gender marker inside or after a title.
 */
import { describe, expect, it } from "vitest";
import { findDuration } from "../../../lambdas/domain/ingest/duration";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { readGmailForward } from "../../support/gmail-forward";

describe("lengths, second wording", () => {
  it.each<readonly [Lang, string, number]>([
    ["en", "Block out a couple of hours for the case study.", 120],
    ["de", "Planen Sie bitte anderthalb Stunden ein.", 90],
    ["de", "Wir haben dafür eine Stunde eingeplant.", 60],
    ["fr", "Prévoyez une couple d'heures pour la mise en situation.", 120],
    ["es", "Cuenta con un par de horas para la dinámica de grupo.", 120],
    ["it", "La prova dura un paio di ore.", 120],
    ["it", "Ti chiedo di tenerti libero mezz'ora.", 30],
    ["nl", "Het gesprek duurt een uurtje.", 60],
    ["pt", "Reserve cerca de meia hora para a conversa.", 30],
    ["pt", "A dinâmica vai levar um par de horas.", 120],
  ])("%s: %s", (lang, text, minutes) => {
    expect(findDuration(text, INVITE_LEXICONS[lang])).toBe(minutes);
  });
});

describe("the employer, second wording", () => {
  it.each([
    [
      "Harbor Point Logistics Recruiting Team <careers@harborpointlogistics.com>",
      "Next steps",
      "Hi Jordan,\n\nCan you do a video interview on 9 December at 2pm?\n\nHarbor Point Logistics Recruiting Team",
      "Harbor Point Logistics",
    ],
    [
      "Groupe Vauclair | Recrutement <emploi@groupevauclair.fr>",
      "Entretien",
      "Bonjour,\n\nNous vous proposons un entretien le 9 décembre à 14h.\n\nGroupe Vauclair | Recrutement",
      "Groupe Vauclair",
    ],
    [
      "Tandartspraktijk Meerzicht <info@tpmeerzicht.nl>",
      "Uitnodiging",
      "Beste Jordan,\n\nWe nodigen je uit voor een kennismakingsgesprek op 9 december om 10.00 uur.\n\nGroet,\nTandartspraktijk Meerzicht",
      "Tandartspraktijk Meerzicht",
    ],
  ])("%s", async (from, subject, body, company) => {
    const result = await readGmailForward(from, subject, body);
    expect(result.interview?.company).toBe(company);
  });
});

describe("the role, second wording", () => {
  it.each([
    [
      "Lisa Frey <l.frey@alpenblick-hotel.at>",
      "Ihr Bewerbungsgespräch",
      "Grüß Gott Herr Lee,\n\ngerne bestätige ich Ihr Bewerbungsgespräch als Rezeptionist (m/w/d) am 9. Dezember um 14 Uhr.\n\nLisa Frey",
      "Rezeptionist",
    ],
    [
      "Sam Ortiz <sam@bluecrest-ins.com>",
      "Interview",
      "Hi Jordan,\n\nWe'd like to interview you for the Field Adjuster (Req 4471) role on 9 December at 2pm.\n\nSam",
      "Field Adjuster",
    ],
  ])("%s", async (from, subject, body, role) => {
    const result = await readGmailForward(from, subject, body);
    expect(result.interview?.role).toBe(role);
  });
});
