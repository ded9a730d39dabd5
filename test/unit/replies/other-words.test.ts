/**
 * Reply intents said in other words than the usual cue (issue #20), by class, in every language
 * the class exists in: the employer coming back after the one they chose left, snoozes without
 * the usual verb, who did what, and thanks or a nod to the digest that command nothing.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { understandReply } from "../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../lambdas/domain/types";

// Wednesday, Nov 25 2026, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });
const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

function read(text: string, lang: Lang, replyingTo: ReminderKind | null) {
  return understandReply(text, { now, zone, languages: [lang, "en"], company: "Acme", replyingTo });
}

/** [language, prompt answered (null: the digest), reply, intent, day read or null]. */
type Row = readonly [Lang, ReminderKind | null, string, string, string | null];

const CLASSES: Record<string, readonly Row[]> = {
  "the employer back after the one they chose left is a reopen, no closing": [
    [
      "en",
      "move-on",
      "update: the person they hired backed out, they want to talk to me again",
      "reopen",
      null,
    ],
    [
      "de",
      "move-on",
      "der ausgewählte Kandidat ist abgesprungen, sie wollen mich nochmal sehen",
      "reopen",
      null,
    ],
    ["fr", "move-on", "surprise : la personne choisie a décliné, ils veulent me revoir", "reopen", null],
    ["es", "move-on", "la persona que eligieron no aceptó y quieren volver a hablar conmigo", "reopen", null],
    ["it", "move-on", "la persona che avevano preso ha mollato, vogliono risentirmi", "reopen", null],
    ["nl", "move-on", "hun eerste keus zei nee, dus ik mag alsnog op gesprek", "reopen", null],
    ["pt", "move-on", "abriram outra vaga parecida e querem seguir comigo", "reopen", null],
    ["es", "move-on", "abrieron otra vacante en el mismo equipo", "reopen", null],
  ],
  "asked again later in other words, or after a holiday period, is a snooze": [
    ["en", "follow-up-2", "can you ask me again in 10 days", "snooze", "2026-12-05"],
    ["de", "follow-up-2", "kannst du mich in drei Tagen wieder fragen", "snooze", "2026-11-28"],
    ["es", "follow-up-2", "déjalo para la semana que viene", "snooze", "2026-12-02"],
    ["it", "follow-up-2", "chiedimelo tra una settimana", "snooze", "2026-12-02"],
    ["nl", "follow-up-2", "stel het 4 dagen uit", "snooze", "2026-11-29"],
    ["fr", "follow-up-2", "après les vacances de février", "snooze", null],
    ["pt", "follow-up-2", "depois das férias de julho", "snooze", null],
    ["es", "follow-up-2", "ahorita no, gracias", "snooze", null],
  ],
  "a decision told in everyday words is the decision date": [
    ["de", "follow-up-1", "Jana sagt, Entscheid nächste Woche Dienstag", "decision-date", "2026-12-01"],
    ["es", "follow-up-1", "el jueves sabremos", "decision-date", "2026-11-26"],
    ["fr", "follow-up-1", "on aura des nouvelles vendredi", "decision-date", "2026-11-27"],
    ["it", "follow-up-1", "sapremo qualcosa verso metà dicembre", "decision-date", "2026-12-15"],
    ["nl", "follow-up-1", "ze laat vrijdag wat weten", "decision-date", "2026-11-27"],
    ["pt", "follow-up-1", "saberemos algo lá para o dia 10", "decision-date", "2026-12-10"],
    ["en", "follow-up-1", "we'll know by friday", "decision-date", "2026-11-27"],
  ],
  "status and help asked in other words or in dialect": [
    ["pt", null, "o que é que eu tenho pendente agora?", "status", null],
    ["fr", null, "qu'est-ce qui est en attente chez moi ?", "status", null],
    ["de", null, "was hab ich noch offen?", "status", null],
    ["nl", null, "wat heb ik nog open staan?", "status", null],
    ["de", null, "was kann i schreiben?", "help", null],
    ["es", null, "¿qué le contesto a esto?", "help", null],
  ],
  "the user's own follow-up, and the employer heard from": [
    ["es", "follow-up-1", "hice el seguimiento con la reclutadora el lunes", "followed-up", "2026-11-23"],
    ["it", "follow-up-1", "ho sentito la recruiter ieri", "followed-up", "2026-11-24"],
    ["it", "follow-up-2", "l'azienda si è fatta sentire finalmente", "heard-back", null],
    ["nl", "follow-up-2", "de recruiter heeft iets laten horen", "heard-back", null],
    ["fr", "follow-up-2", "la RH s'est manifestée ce matin", "heard-back", null],
    ["de", "follow-up-2", "der Recruiter hat was hören lassen", "heard-back", null],
  ],
  "thanks for the digest or a nod to it commands nothing": [
    ["de", null, "vielen Dank für die Zusammenfassung", "unknown", null],
    ["fr", null, "merci pour le résumé, très pratique", "unknown", null],
    ["es", null, "gracias por el resumen!", "unknown", null],
    ["it", null, "grazie per il riepilogo 🙏", "unknown", null],
    ["nl", null, "bedankt voor het overzicht", "unknown", null],
    ["pt", null, "obrigado pelo resumo", "unknown", null],
    ["en", null, "thanks for the summary :)", "unknown", null],
    ["en", null, "👍", "unknown", null],
    ["fr", null, "👍", "unknown", null],
  ],
  "beside them, what must stay as it was": [
    ["en", "thank-you", "👍", "thanked", "2026-11-25"],
    ["en", "follow-up-1", "✅", "followed-up", "2026-11-25"],
    ["en", null, "✅", "thanked", "2026-11-25"],
    ["en", "move-on", "they rejected my friend after the final round", "unknown", null],
    ["de", null, "Übersicht bitte", "status", null],
    ["fr", null, "le récap stp", "status", null],
    ["fr", "follow-up-1", "ils veulent me revoir mardi à 10h", "next-round", "2026-12-01"],
    ["fr", "follow-up-1", "j'ai eu des nouvelles hier", "heard-back", "2026-11-24"],
    ["de", "follow-up-1", "Entscheid: leider abgesagt", "rejected", null],
  ],
};

describe.each(Object.entries(CLASSES))("%s", (_, rows) => {
  it.each(rows)("(%s, answering %s) %s", (lang, replyingTo, text, intent, day) => {
    // Prepare / Act
    const reading = read(text, lang, replyingTo);
    // Assess
    expect(reading.intent).toBe(intent);
    if (day) expect(reading.date?.slice(0, 10)).toBe(day);
  });
});

describe.each(LANGS)("someone else's closing, then the employer wanting a meeting (%s)", (lang) => {
  const lexicon = LEXICONS[lang];
  const typed = (phrase: string) => phrase.replace(/\*$/, "").replace(/\s*…\s*/g, " ");
  // A row holding a clause break ("es aber abgelehnt") is a clause of its own, not the other's.
  const breaks = new Set(lexicon.clauseBreaks);
  const oneClause = (phrase: string) => !phrase.split(/\s+/).some((word) => breaks.has(word));
  const closings = [...lexicon.cues.withdrawn, ...lexicon.cues.rejected].filter(oneClause);

  it("never applies a closing", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...lexicon.subjects.others),
        fc.constantFrom(...closings),
        fc.constantFrom(...lexicon.cues["next-round"], ...lexicon.cues.reopen),
        (other, closing, comeback) => {
          // Prepare
          const text = `${other} ${typed(closing)}, ${typed(comeback)}`;
          // Act
          const reading = read(text, lang, "move-on");
          // Assess
          expect(CLOSINGS.has(reading.intent) && reading.needsConfirmation !== true).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
