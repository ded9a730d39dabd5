/**
 * Phrasings nobody listed one by one, in the six languages besides English, by class: what a
 * native speaker types on a phone (reported answers, "again" verbs, stages by name, shorthands,
 * a slip of the thumb), and the traps beside them that must stay traps.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";

// Wednesday, Nov 25 2026, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

function read(text: string, lang: Lang) {
  return understandReply(text, { now, zone, languages: [lang, "en"], company: "Acme" });
}

/** A closing the reader applies at once, not one it asks about. */
const applied = (text: string, lang: Lang) => {
  const reading = read(text, lang);
  return CLOSINGS.has(reading.intent) && reading.needsConfirmation !== true;
};

type Row = readonly [Lang, string, string];

const CLASSES: Record<string, readonly Row[]> = {
  "a reported no is a rejection": [
    ["de", "heute angerufen, es ist ein Nein", "rejected"],
    ["de", "die haben leider nein gesagt", "rejected"],
    ["fr", "bon ben ils m'ont dit non hier soir", "rejected"],
    ["fr", "c'est un non pour moi", "rejected"],
    ["es", "pues al final es un no", "rejected"],
    ["es", "me dicen que no, que buscan más senior", "rejected"],
    ["pt", "me disseram que não, paciência", "rejected"],
    ["pt", "foi um não dessa vez", "rejected"],
    ["nl", "ze zeiden nee helaas", "rejected"],
    ["nl", "het werd een nee", "rejected"],
    ["it", "mi hanno detto di no stamattina", "rejected"],
    ["it", "purtroppo è un no", "rejected"],
  ],
  "a reported yes or a signed contract is an offer": [
    ["de", "sie wollen mich einstellen!!", "offer"],
    ["fr", "ils ont dit oui !!", "offer"],
    ["es", "me dijeron que sí, empiezo en enero", "offer"],
    ["pt", "assinei o contrato hoje", "offer"],
    ["nl", "contract getekend vandaag", "offer"],
    ["it", "contratto firmato, inizio lunedì", "offer"],
  ],
  "another job taken or the process left is a withdrawal": [
    ["de", "hab was anderes gefunden, danke", "withdrawn"],
    ["fr", "j'ai trouvé un autre poste entre temps", "withdrawn"],
    ["es", "encontré otro trabajo, ya no sigo", "withdrawn"],
    ["pt", "arrumei outro emprego, pode encerrar", "withdrawn"],
    ["nl", "ik heb een andere baan gevonden", "withdrawn"],
    ["it", "ho trovato un altro lavoro nel frattempo", "withdrawn"],
  ],
  "a follow-up said with 'again', a call or a voicemail": [
    ["de", "hab nochmal angerufen und auf die Mailbox gesprochen", "followed-up"],
    ["fr", "j'ai laissé un message vocal à la RH", "followed-up"],
    ["es", "les volví a llamar esta mañana", "followed-up"],
    ["es", "dejé recado con la recepcionista", "followed-up"],
    ["pt", "voltei a ligar pra recrutadora", "followed-up"],
    ["nl", "nog een keer gebeld, voicemail ingesproken", "followed-up"],
    ["it", "ho richiamato stamattina, segreteria", "followed-up"],
  ],
  "the employer as the object of the user's own verb": [
    ["de", "ich hab sie heute Morgen angerufen", "followed-up"],
    ["nl", "ik heb ze vanochtend gemaild", "followed-up"],
    ["fr", "je l'ai appelée ce matin", "followed-up"],
    ["de", "sie haben mich heute angerufen", "heard-back"],
    ["nl", "ze hebben me vanochtend gebeld", "heard-back"],
  ],
  "news from them without a verdict": [
    ["de", "hab von denen gehört, sie sind noch dran", "heard-back"],
    ["fr", "j'ai eu des nouvelles, ils hésitent encore", "heard-back"],
    ["es", "tuve noticias, siguen entrevistando", "heard-back"],
    ["pt", "tive notícias, ainda estão entrevistando", "heard-back"],
    ["nl", "belletje gehad, ze zijn nog in gesprek met anderen", "heard-back"],
    ["it", "si sono fatti vivi, stanno ancora sentendo altri candidati", "heard-back"],
  ],
  "a next round named by its stage or by 'again'": [
    ["de", "Fallstudie nächste Woche", "next-round"],
    ["fr", "ils veulent me revoir avec le N+1", "next-round"],
    ["fr", "étude de cas à préparer", "next-round"],
    ["es", "me quieren volver a ver con la directora", "next-round"],
    ["es", "caso práctico para el lunes", "next-round"],
    ["pt", "desafio técnico pra entregar", "next-round"],
    ["nl", "ik mag nog een keer langskomen", "next-round"],
    ["nl", "casus voorbereiden voor de volgende stap", "next-round"],
    ["it", "mi vogliono rivedere col responsabile", "next-round"],
  ],
  "a decision reported in the present tense": [
    ["de", "sie sagen Freitag", "decision-date"],
    ["fr", "ils me répondent vendredi", "decision-date"],
    ["es", "dicen que el viernes", "decision-date"],
    ["pt", "dizem que sexta", "decision-date"],
    ["nl", "ze zeggen vrijdag", "decision-date"],
    ["it", "dicono venerdì", "decision-date"],
  ],
  "no decision before a day is a decision date": [
    ["de", "keine Entscheidung vor dem 4.12.", "decision-date"],
    ["fr", "pas de décision avant le 4 décembre", "decision-date"],
    ["es", "no hay decisión hasta el 4 de diciembre", "decision-date"],
    ["pt", "sem decisão antes de 4 de dezembro", "decision-date"],
    ["nl", "geen besluit voor 4 december", "decision-date"],
    ["it", "nessuna decisione prima del 4 dicembre", "decision-date"],
  ],
  "later, in other words": [
    ["de", "später nochmal fragen bitte", "snooze"],
    ["fr", "pas pour l'instant, relance moi", "snooze"],
    ["es", "más adelante, ahora ando liado", "snooze"],
    ["pt", "deixa pra depois", "snooze"],
    ["nl", "nog even niet, volgende week weer", "snooze"],
    ["it", "riparliamone più avanti", "snooze"],
  ],
  "shorthands typed on a phone": [
    ["de", "bwg zurückgezogen", "withdrawn"],
    ["fr", "jai relancé la rh ce matin", "followed-up"],
    ["es", "me dijeron q no", "rejected"],
    ["pt", "vc acredita? me disseram q não", "rejected"],
    ["nl", "k heb nagebeld", "followed-up"],
    ["it", "nn mi hanno ancora detto nulla", "unknown"],
  ],
  "a pronoun after its verb, a perfect tense, a diminutive, a compound": [
    ["pt", "rejeitaram-me ontem à tarde", "rejected"],
    ["pt", "contactaram-me da empresa", "heard-back"],
    ["es", "me han contestado esta mañana", "heard-back"],
    ["es", "les he escrito otra vez", "followed-up"],
    ["nl", "nog een gesprekje met de teamlead", "next-round"],
    ["de", "weiteres Bewerbungsgespräch nächste Woche", "next-round"],
    ["de", "dritte Auswahlrunde steht", "next-round"],
  ],
  "a list asked for, an answer that is a verdict": [
    ["de", "schick mir bitte eine Liste", "export"],
    ["fr", "j'ai eu une réponse négative ce matin", "rejected"],
    ["fr", "ils ont retenu quelqu'un d'autre finalement", "rejected"],
    ["fr", "j'ai décidé de ne pas poursuivre avec eux", "withdrawn"],
    ["nl", "ik mag op gesprek bij de CFO", "next-round"],
    ["it", "li ho risentiti ieri", "followed-up"],
    ["de", "hab mich gestern nochmal bei ihr gemeldet", "followed-up"],
    ["de", "sie haben sich anders entschieden", "rejected"],
    ["fr", "ils me rappelleront lundi", "decision-date"],
  ],
  "a round numbered in digits": [
    ["de", "3. Gespräch kommenden Dienstag", "next-round"],
    ["nl", "3e gesprek is ingepland", "next-round"],
    ["es", "2da entrevista confirmada", "next-round"],
    ["pt", "3ª entrevista marcada", "next-round"],
    ["it", "3° colloquio fissato", "next-round"],
    ["fr", "3ème entretien la semaine prochaine", "next-round"],
  ],
  "commands asked as questions": [
    ["de", "was ist momentan noch offen?", "status"],
    ["nl", "wat staat er allemaal open?", "status"],
    ["fr", "tu peux m'envoyer un fichier excel ?", "export"],
    ["es", "¿cómo funciona esto?", "help"],
    ["pt", "o que tenho pendente?", "status"],
    ["it", "mi mandi un excel?", "export"],
  ],
  "an error word that opens a correction corrects": [
    ["fr", "erreur : l'entretien c'est jeudi", "correct"],
    ["it", "errore, il colloquio è giovedì", "correct"],
  ],
  "traps stay traps": [
    ["de", "meine Mitbewohnerin hat nein gesagt bekommen", "unknown"],
    ["fr", "mon pote a eu un non", "unknown"],
    ["es", "si me dicen que no, sigo buscando", "unknown"],
    ["es", "¿crees que me digan que no?", "unknown"],
    ["pt", "meu amigo arrumou outro emprego", "unknown"],
    ["nl", "ik hoop niet dat het een nee wordt", "unknown"],
    ["it", "il mio collega ha firmato il contratto", "unknown"],
    ["it", "se mi dicono di no pazienza", "unknown"],
    ["nl", "de vacature staat weer open op hun site", "unknown"],
  ],
};

describe.each(Object.entries(CLASSES))("%s", (_, rows) => {
  it.each(rows)("(%s) %s → %s", (lang, text, intent) => {
    // Prepare: the clock above; Act
    const reading = read(text, lang);
    // Assess
    expect(reading.intent).toBe(intent);
  });
});

describe("a slip of the thumb", () => {
  const slips: readonly Row[] = [
    ["de", "Dankesmail gesnedet", "thanked"],
    ["fr", "jai relncé hier", "followed-up"],
    ["es", "segunda entrevsita el lunes", "next-round"],
    ["pt", "me contratarm!", "offer"],
    ["nl", "afgweezen helaas", "rejected"],
    ["it", "mi hanno sacrtato", "rejected"],
  ];
  it.each(slips)("(%s) %s → %s", (lang, text, intent) => {
    // Prepare: the clock above; Act
    const reading = read(text, lang);
    // Assess: read, and a closing read only through a slip is asked about
    expect(reading.intent).toBe(intent);
    expect(applied(text, lang)).toBe(false);
  });

  it("is no command: a word a slip away from one is another word", () => {
    expect(read("foute datum: het is donderdag", "nl").intent).toBe("correct");
  });
});

describe("a yes typed without its accent", () => {
  it.each([
    ["es", "si, me dijeron que no"],
    ["it", "si, mi hanno detto di no"],
  ] as const)("(%s) %s is no condition", (lang, text) => {
    expect(read(text, lang).intent).toBe("rejected");
  });
});
