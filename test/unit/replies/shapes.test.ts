/**
 * Replies read by the shape of the clause, in every language (issue #20): a time alone to a
 * follow-up or move-on prompt is a snooze; someone at the employer answering at a time, or a
 * decision denied until a day, is a decision date; a meeting to come named after the interview is
 * the next round; who called whom; status, help and forget in everyday words; an offer signed.
 * Every row is written here, none taken from a held-out set.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../lambdas/domain/types";

// Wednesday, March 10 2027, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2027-03-10T10:00:00", { zone });

function read(text: string, lang: Lang, replyingTo: ReminderKind) {
  return understandReply(text, { now, zone, languages: [lang], company: "Acme", replyingTo });
}

type Row = readonly [Lang, string, string | null];

describe("a time and filler only, to a follow-up or move-on prompt, is a snooze to that time", () => {
  // A period named by holidays is dated by the calendar: "*" checks only that it is to come.
  const ROWS: readonly Row[] = [
    ["en", "in 10 days thx", "2027-03-20T09:00:00+01:00"],
    ["en", "next tuesday please", "2027-03-16T09:00:00+01:00"],
    ["en", "after easter pls", "*"],
    ["de", "in zwei wochen bitte", "2027-03-24T09:00:00+01:00"],
    ["de", "erst am montag", "2027-03-15T09:00:00+01:00"],
    ["de", "nach ostern gern", "*"],
    ["fr", "dans 10 jours svp", "2027-03-20T09:00:00+01:00"],
    ["fr", "lundi prochain merci", "2027-03-15T09:00:00+01:00"],
    ["fr", "après pâques plutôt", "*"],
    ["es", "en dos semanas porfa", "2027-03-24T09:00:00+01:00"],
    ["es", "el lunes mejor", "2027-03-15T09:00:00+01:00"],
    ["es", "después de semana santa jaja", "*"],
    ["pt", "segunda que vem, pfv", "2027-03-15T09:00:00+01:00"],
    ["pt", "depois da páscoa", "*"],
    ["nl", "over een week graag", "2027-03-17T09:00:00+01:00"],
    ["nl", "maandag liever", "2027-03-15T09:00:00+01:00"],
    ["nl", "na pasen maar", "*"],
    ["it", "tra due settimane grazie", "2027-03-24T09:00:00+01:00"],
    ["it", "lunedì meglio", "2027-03-15T09:00:00+01:00"],
    ["it", "dopo pasqua magari", "*"],
    // A word of the time that is also filler ("next", "prossima") keeps its meaning.
    ["en", "maybe next month", "2027-04-10T09:00:00+02:00"],
    ["en", "not yet, monday", "2027-03-15T09:00:00+01:00"],
    ["de", "lieber erst nächste woche", "2027-03-17T09:00:00+01:00"],
    ["fr", "plutôt la semaine prochaine", "2027-03-17T09:00:00+01:00"],
    ["es", "mejor la semana que viene", "2027-03-17T09:00:00+01:00"],
    ["pt", "semana que vem talvez", "2027-03-17T09:00:00+01:00"],
    ["nl", "volgende week pas", "2027-03-17T09:00:00+01:00"],
    ["it", "la settimana prossima semmai", "2027-03-17T09:00:00+01:00"],
    ["it", "a fine aprile", "2027-04-30T09:00:00+02:00"],
    // A time with a verb of waiting or asking again.
    ["en", "let's revisit in two weeks", "2027-03-24T09:00:00+01:00"],
    ["en", "give it till friday", "2027-03-12T09:00:00+01:00"],
    ["de", "noch bis freitag warten", "2027-03-12T09:00:00+01:00"],
    ["de", "frag in 3 tagen nochmal", "2027-03-13T09:00:00+01:00"],
    ["fr", "on attend vendredi", "2027-03-12T09:00:00+01:00"],
    ["pt", "espera até sexta", "2027-03-12T09:00:00+01:00"],
    ["nl", "wacht tot vrijdag", "2027-03-12T09:00:00+01:00"],
  ];

  it.each(ROWS)("(%s) %j → snooze %s", (lang, text, date) => {
    // Prepare / Act
    const toFollowUp = read(text, lang, "follow-up-1");
    const toMoveOn = read(text, lang, "move-on");
    // Assess
    for (const reading of [toFollowUp, toMoveOn]) {
      expect(reading.intent).toBe("snooze");
      if (date !== "*") expect(reading.date).toBe(date);
      expect(Date.parse(reading.date ?? "")).toBeGreaterThan(now.toMillis());
    }
  });

  it.each([
    ["en", "next tuesday please", "thank-you"],
    ["it", "tra due settimane grazie", "prep"],
    ["en", "tuesday the recruiter", "follow-up-1"],
    ["de", "gestern", "follow-up-1"],
    ["nl", "ok", "follow-up-1"],
  ] as const)(
    "(%s) %j to %s is no snooze: another prompt, another word, no time to come",
    (lang, text, kind) => {
      expect(read(text, lang, kind).intent).not.toBe("snooze");
    },
  );
});

describe("someone at the employer answers at a time, whatever the verb: a decision date", () => {
  const ROWS: readonly Row[] = [
    ["en", "maria will answer by friday", "2027-03-12"],
    ["en", "the recruiter will get back to me in a week", "2027-03-17"],
    ["de", "herr vogt will sich in zwei wochen melden", "2027-03-24"],
    ["de", "sie gibt mir bis freitag bescheid", "2027-03-12"],
    ["fr", "le manager me répond lundi", "2027-03-15"],
    ["fr", "elle me dira dans trois jours", "2027-03-13"],
    ["es", "la jefa me contesta el viernes", "2027-03-12"],
    ["es", "me responde en una semana", "2027-03-17"],
    ["pt", "o gestor me responde sexta", "2027-03-12"],
    ["pt", "ela vai me avisar em 3 dias", "2027-03-13"],
    ["nl", "de manager laat het vrijdag weten", "2027-03-12"],
    ["nl", "ze hakken volgende week de knoop door", "2027-03-17"],
    ["it", "il responsabile mi risponde venerdì", "2027-03-12"],
    ["it", "mi fa sapere tra tre giorni", "2027-03-13"],
    ["de", "frau lenz antwortet bis mittwoch", "2027-03-17"],
    ["fr", "la DRH revient vers moi vendredi", "2027-03-12"],
    ["pt", "o rh me retorna na terça", "2027-03-16"],
    ["nl", "de recruiter belt me vrijdag terug", "2027-03-12"],
    ["it", "la hr mi richiama martedì", "2027-03-16"],
  ];

  it.each(ROWS)("(%s) %j → decision %s", (lang, text, date) => {
    expect(read(text, lang, "thank-you")).toMatchObject({ intent: "decision-date", date });
  });
});

describe("a decision denied until a day is a decision on that day, never a closing", () => {
  const ROWS: readonly Row[] = [
    ["en", "budget review, so no decision before march 22", "2027-03-22"],
    ["en", "they won't decide any sooner than march 22", "2027-03-22"],
    ["nl", "ze beslissen niet eerder dan 22 maart", "2027-03-22"],
    ["de", "vor dem 22. märz wird nichts entschieden", "2027-03-22"],
    ["fr", "ils ne décideront rien avant le 22 mars", "2027-03-22"],
    ["es", "no deciden nada antes del 22 de marzo", "2027-03-22"],
    ["pt", "não vão decidir nada antes de 22 de março", "2027-03-22"],
    ["nl", "het wordt pas vrijdag", "2027-03-12"],
    ["it", "non decidono nulla prima del 22 marzo", "2027-03-22"],
  ];

  it.each(ROWS)("(%s) %j → decision %s", (lang, text, date) => {
    expect(read(text, lang, "follow-up-1")).toMatchObject({ intent: "decision-date", date });
  });

  // A guessed closing ("on hold", "auf Eis") beside a day promised is not one.
  it.each([
    ["en", "the req is on hold, no decision before march 22", "2027-03-22"],
    ["de", "stelle auf eis gelegt, vor dem 22. märz wird nichts entschieden", "2027-03-22"],
    ["fr", "poste gelé pour l'instant, ils ne décideront rien avant le 22 mars", "2027-03-22"],
    ["es", "vacante congelada, no deciden nada antes del 22 de marzo", "2027-03-22"],
    ["pt", "vaga congelada, não vão decidir nada antes de 22 de março", "2027-03-22"],
    ["nl", "vacature on hold, het wordt pas vrijdag", "2027-03-12"],
    ["it", "posizione congelata, non decidono nulla prima del 22 marzo", "2027-03-22"],
  ] as const)("(%s) %j → decision %s, no closing asked", (lang, text, date) => {
    expect(read(text, lang, "follow-up-1")).toMatchObject({ intent: "decision-date", date });
  });

  it("the guess alone is still asked about", () => {
    expect(read("the req is on hold", "en", "follow-up-1")).toMatchObject({
      intent: "rejected",
      needsConfirmation: true,
    });
  });
});

describe("a meeting to come, named after the interview, is the next round", () => {
  const ROWS: readonly Row[] = [
    ["en", "they booked a case study presentation for thursday at 11am", "2027-03-11T11:00:00+01:00"],
    ["de", "probetag am donnerstag um 9 uhr", "2027-03-11T09:00:00+01:00"],
    ["fr", "rdv avec le directeur jeudi à 11h", "2027-03-11T11:00:00+01:00"],
    ["es", "prueba técnica el jueves a las 11", "2027-03-11T11:00:00+01:00"],
    ["pt", "dinâmica presencial quinta às 11h", "2027-03-11T11:00:00+01:00"],
    ["nl", "kennismaking met het team donderdag om 11 uur", "2027-03-11T11:00:00+01:00"],
    ["it", "appuntamento in sede giovedì alle 11", "2027-03-11T11:00:00+01:00"],
  ];

  it.each(ROWS)("(%s) %j → next round %s", (lang, text, date) => {
    const reading = read(text, lang, "thank-you");
    expect(reading).toMatchObject({ intent: "next-round", date });
    expect(reading.needsConfirmation).toBeUndefined();
  });

  it("a day and hour to come with no meeting named is asked about", () => {
    expect(read("thursday at 11am they want me there", "en", "follow-up-1")).toMatchObject({
      intent: "next-round",
      date: "2027-03-11T11:00:00+01:00",
      needsConfirmation: true,
    });
  });

  it.each([
    ["it", "colloquio giovedì alle 11", "prep"],
    ["de", "wenn der probetag am donnerstag um 9 uhr ist", "follow-up-1"],
  ] as const)("(%s) %j to %s is no next round: before the interview, or a condition", (lang, text, kind) => {
    expect(read(text, lang, kind).intent).not.toBe("next-round");
  });
});

describe("who called whom: the employer is heard back from, the user followed up; the day is read", () => {
  const ROWS: ReadonlyArray<readonly [Lang, string, string, string]> = [
    ["en", "the recruiter rang me yesterday", "heard-back", "2027-03-09"],
    ["de", "die personalerin hat gestern angerufen", "heard-back", "2027-03-09"],
    ["de", "ich habe gestern angerufen", "followed-up", "2027-03-09"],
    ["nl", "het bureau heeft vanmorgen gebeld", "heard-back", "2027-03-10"],
    ["nl", "ik heb ze gisteren gebeld", "followed-up", "2027-03-09"],
    ["fr", "la RH m'a appelée hier", "heard-back", "2027-03-09"],
    ["pt", "o RH me ligou ontem", "heard-back", "2027-03-09"],
    ["es", "la reclutadora me llamó ayer", "heard-back", "2027-03-09"],
    ["it", "mi ha chiamato ieri la hr", "heard-back", "2027-03-09"],
    ["en", "the company called this morning", "heard-back", "2027-03-10"],
    ["en", "i called them yesterday", "followed-up", "2027-03-09"],
    ["es", "la empresa llamó esta mañana", "heard-back", "2027-03-10"],
    ["es", "les escribí ayer", "followed-up", "2027-03-09"],
    ["fr", "la recruteuse a répondu hier", "heard-back", "2027-03-09"],
    ["fr", "je leur ai écrit hier", "followed-up", "2027-03-09"],
    ["it", "la recruiter ha risposto ieri", "heard-back", "2027-03-09"],
    ["it", "ho scritto ieri alla hr", "followed-up", "2027-03-09"],
    ["en", "got the rejection yesterday", "rejected", "2027-03-09"],
    ["en", "i pulled out yesterday", "withdrawn", "2027-03-09"],
    ["pt", "a Acme me reprovou ontem", "rejected", "2027-03-09"],
  ];

  it.each(ROWS)("(%s) %j → %s %s", (lang, text, intent, date) => {
    expect(read(text, lang, "follow-up-1")).toMatchObject({ intent, date });
  });

  it.each([
    ["es", "no me llamó nadie"],
    ["it", "non ha chiamato nessuno"],
  ] as const)("(%s) %j: a call denied is no news", (lang, text) => {
    expect(read(text, lang, "follow-up-1").intent).toBe("unknown");
  });
});

describe("status, help and forget in everyday words", () => {
  const ROWS: ReadonlyArray<readonly [Lang, string, string]> = [
    ["en", "hey whats open right now?", "status"],
    ["de", "was läuft noch bei mir?", "status"],
    ["fr", "j'en suis où avec tout ça ?", "status"],
    ["es", "qué sigue abierto?", "status"],
    ["pt", "o que ainda está aberto?", "status"],
    ["nl", "waar sta ik nu?", "status"],
    ["it", "a che punto sono?", "status"],
    ["en", "what should i reply here", "help"],
    ["de", "was antworte ich da", "help"],
    ["fr", "je peux répondre quoi ici", "help"],
    ["es", "qué puedo responder aquí", "help"],
    ["it", "cosa posso rispondere", "help"],
    ["nl", "wat moet ik antwoorden", "help"],
  ];

  it.each(ROWS)("(%s) %j → %s", (lang, text, intent) => {
    expect(read(text, lang, "follow-up-1").intent).toBe(intent);
  });

  it.each([
    ["en", "remove everything about Lumen please"],
    ["fr", "supprime tout sur Lumen stp"],
    ["es", "borra todo sobre Lumen porfa"],
    ["nl", "verwijder alles over Lumen aub"],
    ["it", "cancella tutto su Lumen grazie"],
  ] as const)("(%s) %j → forget Lumen, the politeness left out (not a field removed)", (lang, text) => {
    expect(read(text, lang, "move-on")).toMatchObject({ intent: "forget", argument: "Lumen" });
  });
});

describe("an offer signed is an offer; signed elsewhere is a withdrawal; hearsay and questions close nothing", () => {
  const ROWS: ReadonlyArray<readonly [Lang, string, string]> = [
    ["fr", "j'ai signé chez Acme hier soir", "offer"],
    ["it", "ho firmato con Acme 🎉", "offer"],
    ["en", "i signed with Acme today!", "offer"],
    ["fr", "j'ai signé chez une autre boîte", "withdrawn"],
    ["it", "ho firmato con un'altra azienda", "withdrawn"],
  ];

  it.each(ROWS)("(%s) %j → %s, applied, no offer declined", (lang, text, intent) => {
    const reading = read(text, lang, "follow-up-1");
    expect(reading.intent).toBe(intent);
    expect(reading.needsConfirmation).toBeUndefined();
    expect(reading.declinedOffer).toBeUndefined();
  });

  it.each([
    ["es", "ya firmé con otra empresa"],
    ["pt", "assinei com outra empresa"],
    ["nl", "getekend bij een andere werkgever"],
  ] as const)("(%s) %j is never read as an offer", (lang, text) => {
    expect(read(text, lang, "follow-up-1").intent).not.toBe("offer");
  });

  it.each([
    ["en", "if i sign with Acme"],
    ["en", "my friend signed with Acme"],
    ["fr", "tu crois que je signe chez Acme ?"],
    ["pt", "será que a Acme me reprovou?"],
    ["it", "se ho firmato con Acme lo sai già"],
  ] as const)("(%s) %j closes nothing at once", (lang, text) => {
    const reading = read(text, lang, "follow-up-1");
    const closing = ["offer", "rejected", "withdrawn"].includes(reading.intent);
    expect(closing && reading.needsConfirmation !== true).toBe(false);
  });
});
