/**
 * Classes of reply, each in every language: what a reader that knows one phrasing of a class
 * must read in the others. A row per language and class; the sentences are this file's own.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../lambdas/domain/types";

// Wednesday, Mar 3 2027, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2027-03-03T10:00:00", { zone });

/** [language, reply, intent read; "asked" when a closing is asked about rather than applied]. */
type Case = readonly [Lang, string, string];

function readAs(text: string, lang: Lang, replyingTo: ReminderKind | null = null): string {
  const read = understandReply(text, { now, zone, languages: [lang], company: "Acme", replyingTo });
  return read.needsConfirmation ? "asked" : read.intent;
}

const CLASSES: Record<string, readonly Case[]> = {
  "an offer made in words": [
    ["en", "they offered me the role!!", "offer"],
    ["de", "sie haben mir die Stelle angeboten", "offer"],
    ["fr", "ils m'ont proposé le poste 🎊", "offer"],
    ["es", "al final me ofrecieron el trabajo", "offer"],
    ["pt", "me ofereceram a vaga!!", "offer"],
    ["it", "mi hanno offerto il posto", "offer"],
    ["nl", "ze hebben me de functie aangeboden", "offer"],
    ["nl", "ik krijg een vast contract aangeboden!", "offer"],
  ],
  "they chose me, or did not": [
    ["de", "die haben sich für mich entschieden!!", "offer"],
    ["fr", "ils m'ont choisi !!", "offer"],
    ["es", "me eligieron a mí!!", "offer"],
    ["pt", "me escolheram!!", "offer"],
    ["it", "hanno scelto me!!", "offer"],
    ["nl", "ze hebben voor mij gekozen!!", "offer"],
    ["nl", "ze hebben niet voor mij gekozen", "rejected"],
    ["de", "die haben sich nicht für mich entschieden", "rejected"],
  ],
  "a rejection in slang": [
    ["en", "didn't make the cut unfortunately", "rejected"],
    ["de", "bin im Assessment durchgefallen", "rejected"],
    ["fr", "j'ai été recalé après le test technique", "rejected"],
    ["fr", "recalé après le test technique", "asked"],
    ["es", "me batearon en la entrevista final", "rejected"],
    ["pt", "não rolou, escolheram outro perfil", "rejected"],
    ["it", "mi hanno bocciato al colloquio tecnico", "rejected"],
    ["nl", "ben afgevallen na de eerste ronde", "rejected"],
  ],
  "another job accepted": [
    ["en", "I accepted another job, so I'm done with this one", "withdrawn"],
    ["de", "hab eine andere Stelle angenommen", "withdrawn"],
    ["fr", "j'ai accepté un autre poste", "withdrawn"],
    ["es", "acepté otro trabajo", "withdrawn"],
    ["pt", "aceitei outro emprego", "withdrawn"],
    ["it", "ho accettato un altro lavoro", "withdrawn"],
    ["nl", "heb een andere baan aangenomen", "withdrawn"],
  ],
  "a closing about a flat, a loan or a counter-offer": [
    ["en", "my landlord rejected the lease renewal", "unknown"],
    ["en", "my current boss made me a counter offer", "unknown"],
    ["de", "mein Chef hat mir ein Gegenangebot gemacht", "unknown"],
    ["de", "Absage vom Vermieter für die Wohnung", "unknown"],
    ["fr", "la banque a refusé mon prêt", "unknown"],
    ["fr", "mon patron m'a fait une contre-offre", "unknown"],
    ["es", "me rechazaron el préstamo", "unknown"],
    ["es", "mi jefe me hizo una contraoferta", "unknown"],
    ["pt", "recusaram o meu empréstimo", "unknown"],
    ["pt", "meu chefe fez uma contraproposta", "unknown"],
    ["it", "mi hanno rifiutato il mutuo", "unknown"],
    ["it", "il mio capo mi ha fatto una controproposta", "unknown"],
    ["nl", "afwijzing voor de hypotheek", "unknown"],
    ["nl", "mijn baas deed een tegenbod", "unknown"],
  ],
  "an offer of a time, not of the job": [
    ["en", "she offered a different time slot", "unknown"],
    ["es", "me ofrecieron cambiar la entrevista al viernes", "unknown"],
    ["pt", "me ofereceram outro horário", "unknown"],
    ["it", "mi hanno offerto un altro orario", "unknown"],
    ["fr", "ils m'ont proposé un autre créneau", "unknown"],
  ],
  "a closing guessed, awaited or said of everyone": [
    ["es", "seguro me rechazan", "unknown"],
    ["de", "die sagen bestimmt ab", "unknown"],
    ["it", "sto ancora aspettando l'offerta", "unknown"],
    ["nl", "wacht nog op het aanbod", "unknown"],
    ["en", "heard they rejected everyone in my cohort", "unknown"],
    ["fr", "ils ont refusé tout le monde", "unknown"],
  ],
  "someone else's closing": [
    ["fr", "ma pote a reçu une offre chez eux", "unknown"],
    ["es", "a mi esposa le ofrecieron el puesto", "unknown"],
    ["pt", "minha namorada foi contratada lá", "unknown"],
    ["it", "mia moglie è stata assunta", "unknown"],
    ["nl", "mijn vrouw is aangenomen", "unknown"],
    ["de", "meine Mitbewohnerin hat eine Zusage bekommen", "unknown"],
  ],
  "a follow-up written to someone": [
    ["de", "hab den Recruiter gestern angeschrieben", "followed-up"],
    ["fr", "j'ai écrit à la RH hier", "followed-up"],
    ["es", "le escribí a Laura ayer", "followed-up"],
    ["pt", "contatei o RH ontem", "followed-up"],
    ["it", "ho scritto a Marco ieri", "followed-up"],
    ["nl", "heb haar gisteren geappt", "followed-up"],
  ],
  "they still need or ask something": [
    ["en", "they asked for my references", "heard-back"],
    ["de", "sie brauchen noch Referenzen", "heard-back"],
    ["es", "me pidieron referencias", "heard-back"],
    ["pt", "o recrutador perguntou minha disponibilidade", "heard-back"],
    ["it", "mi hanno chiesto le referenze", "heard-back"],
    ["nl", "ze vroegen om referenties", "heard-back"],
  ],
  "a step only a question holds is no news": [
    ["en", "do you think they'll turn me down? been 10 days now", "unknown"],
    ["en", "they said friday, is that normal?", "decision-date"],
  ],
  "they called, not I: the subject before the phrase": [
    ["de", "die haben heute angerufen", "heard-back"],
    ["nl", "ze hebben vandaag gebeld", "heard-back"],
    ["de", "ich hab heute angerufen", "followed-up"],
    ["nl", "ik heb vandaag gebeld", "followed-up"],
  ],
  "not now, without the usual snooze word": [["de", "jetzt nicht, in einer Woche nochmal", "snooze"]],
  "news followed by a question tag": [
    ["en", "they sent me a take-home, good sign right?", "heard-back"],
    ["de", "sie haben mir einen Test geschickt, gutes Zeichen oder?", "heard-back"],
    ["pt", "o recrutador perguntou minha disponibilidade, bom sinal né?", "heard-back"],
    ["es", "me rechazaron, ¿verdad?", "asked"],
    ["fr", "ils m'ont fait une offre, non ?", "asked"],
  ],
  "a correction, with or without a lead-in": [
    ["de", "Die Firma heißt Brenner Logistik, nicht Brenner Logistics", "correct"],
    ["de", "kurze Korrektur: der Termin ist am 9. März", "correct"],
    ["es", "ojo, el puesto es Analista Senior, no Junior", "correct"],
    ["fr", "l'entreprise c'est Garonne Aéro, pas le cabinet", "correct"],
    ["it", "l'azienda si chiama Ferri Meccanica", "correct"],
    ["nl", "het bedrijf heet Tulpbank", "correct"],
    ["pt", "a empresa chama-se Lusoforma", "correct"],
  ],
  "no correction: a question, or news of the role": [
    ["de", "die Stelle ist wieder ausgeschrieben, heißt das ich bin raus?", "unknown"],
    ["de", "die Stelle ist leider besetzt", "rejected"],
  ],
  "the user forgot, not a command to forget": [
    ["fr", "c'est quoi le nom du recruteur ? j'ai oublié", "unknown"],
    ["de", "ich hab vergessen zu antworten", "unknown"],
    ["it", "ho dimenticato di rispondere", "unknown"],
    ["fr", "oublie Acme", "forget"],
  ],
  "reopen in words": [
    ["nl", "per ongeluk afgewezen, kun je hem weer openzetten?", "reopen"],
    ["es", "reabre la de Acme por favor", "reopen"],
    ["it", "riaprila per favore", "reopen"],
    ["de", "bitte wieder öffnen, war ein Versehen", "reopen"],
  ],
  "a decision promised for a time no day names": [
    ["nl", "ze beslissen pas na de herfstvakantie", "decision-date"],
    ["de", "sie entscheiden erst nach den Osterferien", "decision-date"],
    ["fr", "ils décident dans quelques semaines", "decision-date"],
    ["it", "decidono dopo le ferie", "decision-date"],
  ],
  "a next round named by its ordinal (segunda is also Monday)": [
    ["pt", "passei pra segunda fase, quarta às 10h", "next-round"],
  ],
  "neither one nor the other": [
    ["fr", "pas encore de refus, ni d'offre", "unknown"],
    ["es", "ni rechazo ni oferta todavía", "unknown"],
    ["pt", "nem proposta nem recusa ainda", "unknown"],
  ],
  "someone said a day": [
    ["de", "die Recruiterin meinte Mitte März", "decision-date"],
    ["de", "Frau Brandt meint, es dauert noch", "heard-back"],
  ],
  "the status asked as a question": [
    ["es", "¿cómo van mis postulaciones?", "status"],
    ["pt", "como estão minhas candidaturas?", "status"],
    ["it", "come vanno le mie candidature?", "status"],
    ["nl", "hoe gaat het met mijn sollicitaties?", "status"],
    ["fr", "tu peux faire le point sur mes candidatures ?", "status"],
  ],
  "a next round without the usual word": [
    ["de", "Zweitgespräch am Freitag", "next-round"],
    ["fr", "ils m'ont reconvoquée pour jeudi", "next-round"],
    ["es", "pasé a la siguiente etapa", "next-round"],
    ["pt", "me chamaram para outra entrevista", "next-round"],
    ["it", "mi hanno richiamato per un altro colloquio", "next-round"],
    ["nl", "nieuw gesprek op vrijdag", "next-round"],
  ],
};

describe.each(Object.entries(CLASSES))("%s", (_, cases) => {
  it.each(cases)("(%s) %s → %s", (lang, text, expected) => {
    // Prepare: the clock above; Act
    const read = readAs(text, lang);
    // Assess
    expect(read).toBe(expected);
  });
});

describe("a decision's day is the one written for it", () => {
  const cases: ReadonlyArray<readonly [Lang, string, string, string | null]> = [
    ["es", "les escribí hoy, me dijeron que siguen evaluando", "followed-up", "2027-03-03"],
    ["es", "me dijeron que el viernes deciden", "decision-date", "2027-03-05"],
    ["fr", "vendredi, ils ont dit", "decision-date", "2027-03-05"],
  ];
  it.each(cases)("(%s) %s → %s %s", (lang, text, intent, date) => {
    const read = understandReply(text, { now, zone, languages: [lang] });
    expect([read.intent, read.date]).toEqual([intent, date]);
  });
});

describe("what was sent, answering a follow-up prompt", () => {
  const cases: ReadonlyArray<readonly [Lang, string, string]> = [
    ["pt", "mandei ontem", "followed-up"],
    ["de", "gestern geschickt", "followed-up"],
    ["it", "inviato ieri", "followed-up"],
    ["pt", "mandei o email de agradecimento ontem", "thanked"],
    ["de", "Dankesmail gestern geschickt", "thanked"],
  ];
  it.each(cases)("(%s) %s → %s", (lang, text, expected) => {
    expect(readAs(text, lang, "follow-up-1")).toBe(expected);
  });
});

describe("a snooze's span counts from now, with or without its 'in' word", () => {
  // Wednesday Mar 3: a week on is Mar 10, two weeks Mar 17, three days Mar 6.
  const cases: ReadonlyArray<readonly [Lang, string, string]> = [
    ["en", "snooze 1 week", "2027-03-10"],
    ["de", "snooze 1 woche", "2027-03-10"],
    ["de", "erinnere mich in einer Woche", "2027-03-10"],
    ["fr", "snooze une semaine stp", "2027-03-10"],
    ["fr", "snooze 2 semaines", "2027-03-17"],
    ["es", "snooze una semana", "2027-03-10"],
    ["pt", "adia uma semana", "2027-03-10"],
    ["pt", "snooze 3 dias", "2027-03-06"],
    ["it", "snooze una settimana", "2027-03-10"],
    ["nl", "snooze een week", "2027-03-10"],
    ["nl", "snooze 2 weken", "2027-03-17"],
  ];
  it.each(cases)("(%s) %s → %s", (lang, text, day) => {
    // Prepare: the clock above; Act
    const read = understandReply(text, { now, zone, languages: [lang] });
    // Assess
    expect([read.intent, read.date?.slice(0, 10)]).toEqual(["snooze", day]);
  });
});

describe("a bound, then the day meant within it", () => {
  // Wednesday Mar 3: after Friday the 5th comes Monday the 8th.
  const cases: ReadonlyArray<readonly [Lang, string, string]> = [
    ["de", "Entscheidung nach dem 5. März, am Montag", "2027-03-08"],
    ["fr", "réponse après le 5 mars, lundi", "2027-03-08"],
    ["es", "deciden después del 5 de marzo, el lunes", "2027-03-08"],
    ["pt", "a resposta vem depois do 5 de março, dia 8", "2027-03-08"],
    ["it", "mi fanno sapere dopo il 5 marzo, lunedì", "2027-03-08"],
    ["nl", "beslissing na 5 maart, ze zeiden maandag", "2027-03-08"],
    // No bound: the first day stands.
    ["it", "mi fanno sapere il 5 marzo, lunedì il contratto", "2027-03-05"],
  ];
  it.each(cases)("(%s) %s → %s", (lang, text, day) => {
    // Prepare: the clock above; Act
    const read = understandReply(text, { now, zone, languages: [lang] });
    // Assess
    expect(read.date?.slice(0, 10)).toBe(day);
  });
});

describe("a wrong date or time named, then the right one", () => {
  const cases: ReadonlyArray<readonly [Lang, string, string | null, string | null]> = [
    ["es", "la fecha está mal, es el miércoles 10", "2027-03-10", null],
    ["nl", "foute datum: het is woensdag 10 maart", "2027-03-10", null],
    ["pt", "afinal é quarta-feira, dia 10, não quinta", "2027-03-10", null],
  ];
  it.each(cases)("(%s) %s → %s %s", (lang, text, start, time) => {
    // Prepare: the clock above; Act
    const read = understandReply(text, { now, zone, languages: [lang] });
    const correction = read.correction?.field === "date" ? read.correction : null;
    // Assess
    expect([read.intent, correction?.start ?? null, correction?.time ?? null]).toEqual([
      "correct",
      start,
      time,
    ]);
  });
});
