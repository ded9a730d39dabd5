/**
 * What a closing is of (issue #20): an offer qualified as another is another employer's, and a
 * closing verb whose object is a thing other than the application is not its outcome. Both are
 * asked about at most, in every language; the plain closings beside them still apply.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";

const zone = "Europe/Lisbon";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

function read(text: string, lang: Lang) {
  return understandReply(text, {
    now,
    zone,
    languages: [lang],
    company: "Pastelaria Nova",
    replyingTo: "follow-up-1",
  });
}

const applied = (text: string, lang: Lang) => {
  const reading = read(text, lang);
  return CLOSINGS.has(reading.intent) && reading.needsConfirmation !== true;
};

type Row = readonly [Lang, string];

describe("an offer qualified as another is never applied", () => {
  it.each<Row>([
    ["en", "got another job offer yesterday, from a startup"],
    ["en", "there's a competing offer on the table now"],
    ["de", "ich hab ein weiteres Angebot von einem Startup"],
    ["de", "habe jetzt ein anderes Jobangebot bekommen"],
    ["fr", "on m'a fait une autre proposition entre-temps"],
    ["fr", "j'ai reçu une autre offre hier soir"],
    ["es", "me llegó otra propuesta de una consultora"],
    ["es", "ya tengo otra oferta encima de la mesa"],
    ["pt", "chegou outra oferta de uma startup"],
    ["pt", "tenho outra proposta em mãos"],
    ["nl", "er ligt nu een ander aanbod op tafel"],
    ["nl", "ik kreeg gisteren nog een aanbod"],
    ["it", "mi è arrivata un'altra proposta da una startup"],
    ["it", "ho ricevuto un'altra offerta ieri"],
  ])("%s: %j", (lang, text) => {
    expect(applied(text, lang)).toBe(false);
  });
});

describe("a closing verb with an object other than the application is never applied", () => {
  it.each<Row>([
    ["en", "they rejected my parking permit haha"],
    ["en", "HR offered me a tour of the office"],
    ["de", "sie lehnten meinen Urlaubsantrag ab"],
    ["fr", "ils ont refusé ma note de frais"],
    ["fr", "ils m'ont offert un café à l'accueil"],
    ["es", "me ofrecieron un café al llegar"],
    ["es", "rechazaron mi informe de gastos"],
    ["pt", "me ofereceram um café na recepção"],
    ["pt", "recusaram meu pedido de reembolso"],
    ["nl", "ze boden me een kop koffie aan"],
    ["it", "mi hanno offerto un caffè all'arrivo"],
    ["it", "hanno rifiutato la mia nota spese"],
    // A request to move the interview, turned down (the lexicons' otherMatters).
    ["en", "they turned down my request to reschedule, so thursday it is"],
    ["de", "die haben meine Terminverschiebung abgelehnt"],
    ["fr", "ils ont refusé ma demande de report"],
    ["es", "rechazaron mi solicitud de cambio de fecha"],
    ["pt", "recusaram o pedido de remarcação"],
    ["nl", "mijn verzoek om te verzetten is afgewezen"],
    ["it", "hanno rifiutato la richiesta di spostare il colloquio"],
  ])("%s: %j", (lang, text) => {
    expect(applied(text, lang)).toBe(false);
  });
});

describe("plain closings of the application still apply", () => {
  it.each<readonly [Lang, string, string]>([
    ["en", "they offered me the senior role!", "offer"],
    // Someone else chosen, the application withdrawn, said in other words.
    ["es", "no quedé, eligieron a otra candidata", "rejected"],
    ["it", "niente, hanno preso un altro candidato", "rejected"],
    ["nl", "helaas, ze koos voor iemand anders", "rejected"],
    ["fr", "je retire ma candidature chez eux", "withdrawn"],
    ["nl", "ik heb mijn sollicitatie vandaag ingetrokken", "withdrawn"],
    ["it", "mi sono tirata indietro", "withdrawn"],
    ["en", "they rejected my application this morning", "rejected"],
    ["en", "they offered me a 95k base", "offer"],
    ["en", "got rejected a week after the onsite", "rejected"],
    ["de", "sie haben mir die Stelle angeboten", "offer"],
    ["de", "Absage bekommen, leider", "rejected"],
    ["fr", "ils m'ont proposé le poste !", "offer"],
    ["fr", "ils ont refusé ma candidature", "rejected"],
    ["es", "me ofrecieron el puesto!!", "offer"],
    ["es", "rechazaron mi candidatura", "rejected"],
    ["pt", "me ofereceram a vaga!", "offer"],
    ["pt", "recebi a proposta", "offer"],
    ["nl", "aanbod gekregen!", "offer"],
    ["nl", "ze hebben me afgewezen", "rejected"],
    ["it", "mi hanno offerto il posto!", "offer"],
    ["it", "ho ricevuto un'offerta", "offer"],
    ["it", "ho firmato con il pastificio!", "offer"],
  ])("%s: %j is %s", (lang, text, intent) => {
    const reading = read(text, lang);
    expect(reading.intent).toBe(intent);
    expect(reading.needsConfirmation).toBeUndefined();
  });
});

describe("an interview offered is no outcome: never applied as an offer", () => {
  it.each<Row>([
    ["en", "they offered me an interview slot"],
    ["fr", "ils m'ont proposé un entretien"],
    ["es", "me ofrecieron una entrevista"],
    ["pt", "me ofereceram uma entrevista"],
    ["it", "mi hanno offerto un colloquio"],
    // The verb last: what was offered stands inside the offer phrase.
    ["de", "sie haben mir ein zweites Gespräch angeboten"],
    ["de", "man hat mir einen neuen Termin angeboten"],
    ["nl", "ze hebben me een tweede gesprek aangeboden"],
    ["nl", "ze hebben me een afspraak aangeboden voor volgende week"],
  ])("%s: %j", (lang, text) => {
    const reading = read(text, lang);
    expect(reading.intent === "offer" && reading.needsConfirmation !== true).toBe(false);
  });
});

describe("the chosen candidate's news, or another matter named in the next clause, is never applied", () => {
  it.each<Row>([
    ["en", "got rejected... for the flat on 5th ave, not the job haha"],
    ["en", "the candidate they picked withdrew, so im back in"],
    ["de", "die ausgewählte Kandidatin hat abgesagt, sie melden sich wieder"],
    ["fr", "le candidat retenu s'est désisté, ils me recontactent"],
    ["es", "a mi compi lo rechazaron en Acme, yo sigo esperando"],
    ["pt", "o candidato escolhido desistiu, voltei pro processo"],
    ["nl", "de gekozen kandidaat heeft zich teruggetrokken"],
    ["it", "mi hanno richiamato, il candidato scelto ha rinunciato!"],
  ])("%s: %j", (lang, text) => {
    expect(applied(text, lang)).toBe(false);
  });
});

describe("an offer said with a verb of offering names the job, or is asked", () => {
  it.each<Row>([
    ["en", "they offered me more time"],
    ["en", "they offered me lunch after"],
    ["de", "sie haben mir mehr Zeit angeboten"],
    ["de", "sie haben mir Kaffee angeboten"],
    ["es", "me ofrecieron más tiempo"],
    ["pt", "me ofereceram mais tempo"],
    ["it", "mi hanno offerto più tempo"],
  ])("%s: %j is not applied", (lang, text) => {
    expect(applied(text, lang)).toBe(false);
  });

  it.each<Row>([
    ["en", "they offered me the job!!"],
    ["de", "sie haben mir den Job angeboten"],
    ["fr", "ils m'ont proposé le poste"],
    ["es", "me ofrecieron el puesto"],
    ["pt", "me ofereceram a vaga"],
    ["nl", "ze hebben me de baan aangeboden"],
    ["it", "mi hanno offerto il posto"],
  ])("%s: %j is applied", (lang, text) => {
    expect(applied(text, lang)).toBe(true);
  });
});
