/**
 * Replies in each of the seven languages, written as people write them on a phone: what each
 * says, and the day it names. The same grammar reads them all; only the lexicon differs.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";

// Wednesday, Nov 25 2026, 10:00 in Berlin.
const zone = "Europe/Berlin";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

const CLOSING_INTENTS = ["offer", "rejected", "withdrawn"];

/** [reply, intent, date ("*": any), needsConfirmation]. */
type Row = readonly [string, string, string | null, boolean?];

const ROWS: Record<Lang, readonly Row[]> = {
  en: [
    ["sent my thank you note", "thanked", "2026-11-25"],
    ["they said the 17th", "decision-date", "2026-12-17"],
    ["they'll decide before christmas", "decision-date", "2026-12-23"],
    ["decision mid january", "decision-date", "2027-01-15"],
    ["they said no decision until the 18th", "decision-date", "2026-12-18"],
    ["emailed her monday", "followed-up", "2026-11-23"],
    ["next round thurs at 3", "next-round", "2026-11-26T15:00:00+01:00"],
    ["second interview 12/16 @ 4:45pm", "next-round", "2026-12-16T16:45:00+01:00"],
    [
      "they scheduled a technical screen for friday the 11th, 2:15pm",
      "next-round",
      "2026-12-11T14:15:00+01:00",
    ],
    ["next round next tues", "next-round", "2026-12-01"],
    ["not now, next week", "snooze", "2026-11-30T09:00:00+01:00"],
    ["remind me after the holidays", "snooze", "2027-01-04T09:00:00+01:00"],
    ["snooze until the new year", "snooze", "2027-01-04T09:00:00+01:00"],
    ["what's the status on all my interviews?", "status", null],
    ["can u send me a spreadsheet", "export", null],
    ["wait no, undo that", "undo", null],
    ["pls reopen this one, I marked it rejected by mistake", "reopen", null],
    ["they made me an offer!!", "offer", null],
    ["got a rejection email this morning", "rejected", "2026-11-25"],
    ["my buddy got an offer from them", "unknown", null],
    ["they rejected my friend after the final round", "unknown", null],
    ["great, another rejection... jk still waiting", "unknown", null],
    ["is it normal for them to take 3 weeks to decide?", "unknown", null],
    ["if they reject me I'll just apply again next year", "unknown", null],
    ["Rafael de la Cruz replied", "heard-back", null],
    ["yes", "unknown", null],
  ],
  de: [
    ["Entscheidung Anfang März", "decision-date", "2027-03-01"],
    ["Dankesmail gestern Abend geschickt", "thanked", "2026-11-24"],
    ["Die melden sich übermorgen", "decision-date", "2026-11-27"],
    ["erinnere mich in zwei Wochen", "snooze", "2026-12-09T09:00:00+01:00"],
    ["3. Runde am Freitag um 4", "next-round", "2026-11-27T16:00:00+01:00"],
    ["Meine Schwester hat eine Absage bekommen", "unknown", null],
    ["meinst du die sagen ab", "unknown", null],
    ["Absage bekommen", "rejected", null],
    ["Leider eine Absage heute", "rejected", "2026-11-25"],
    ["Sie haben mir ein Angebot gemacht!", "offer", null],
    ["Zusage bekommen 🎉", "offer", null],
    ["Mein Kollege hat ein Angebot von denen bekommen", "unknown", null],
    ["Wenn sie absagen, bewerbe ich mich woanders", "unknown", null],
    ["Hoffentlich kommt bald eine Zusage", "unknown", null],
    ["Ist es normal, dass die Entscheidung so lange dauert?", "unknown", null],
    ["Absage... nur Spaß, warte noch", "unknown", null],
    ["Ich habe meine Bewerbung zurückgezogen", "withdrawn", null],
    ["Dankesmail ist raus, gesendet", "thanked", "2026-11-25"],
    ["Habe heute nachgehakt", "followed-up", "2026-11-25"],
    ["Sie haben sich gemeldet", "heard-back", null],
    ["Zweites Gespräch am Dienstag um 14:00", "next-round", "2026-12-01T14:00:00+01:00"],
    ["Zweite Runde am 16.12. um 10 Uhr", "next-round", "2026-12-16T10:00:00+01:00"],
    ["Entscheidung bis Freitag", "decision-date", "2026-11-27"],
    ["Sie melden sich bis Mitte Januar", "decision-date", "2027-01-15"],
    ["Keine Entscheidung vor Weihnachten, haben sie gesagt", "decision-date", "*"],
    ["Erinnere mich nach Ostern", "snooze", "2027-03-30T09:00:00+02:00"],
    ["nicht jetzt, erinnere mich morgen", "snooze", "2026-11-26T09:00:00+01:00"],
    ["rückgängig bitte", "undo", null],
    ["Status?", "status", null],
    ["Kannst du mir eine Tabelle schicken?", "export", null],
    ["Die Rolle ist Senior Data Engineer", "correct", null],
    ["ja", "unknown", null],
  ],
  fr: [
    ["ils tranchent fin de semaine prochaine", "decision-date", "2026-12-04"],
    ["ils donneront une réponse après-demain", "decision-date", "2026-11-27"],
    ["rappelle-moi dans deux semaines", "snooze", "2026-12-09T09:00:00+01:00"],
    ["ma sœur a reçu une offre", "unknown", null],
    ["est-ce qu'ils m'ont refusé", "unknown", null],
    ["ils m'ont fait une offre", "offer", null],
    ["J'ai reçu une proposition d'embauche !", "offer", null],
    ["Refus reçu ce matin", "rejected", "2026-11-25"],
    ["pas retenu malheureusement", "rejected", null],
    ["mon pote a eu une offre chez eux", "unknown", null],
    ["s'ils me font une offre je l'accepte", "unknown", null],
    ["j'espère avoir une offre bientôt", "unknown", null],
    ["Est-ce normal qu'ils mettent trois semaines à décider ?", "unknown", null],
    ["encore un refus... je rigole, j'attends toujours", "unknown", null],
    ["je me retire du processus", "withdrawn", null],
    ["j'ai refusé l'offre", "withdrawn", null],
    ["mail de remerciement envoyé", "thanked", "2026-11-25"],
    ["je les ai relancés aujourd'hui", "followed-up", "2026-11-25"],
    ["ils m'ont répondu", "heard-back", null],
    ["deuxième entretien jeudi à 15h", "next-round", "2026-11-26T15:00:00+01:00"],
    ["entretien final le 16/12 à 10h", "next-round", "2026-12-16T10:00:00+01:00"],
    ["décision vendredi", "decision-date", "2026-11-27"],
    ["ils ont dit une réponse mi-janvier", "decision-date", "2027-01-15"],
    ["rappelle-moi après les fêtes", "snooze", "2027-01-04T09:00:00+01:00"],
    ["pas maintenant, plus tard", "snooze", "2026-11-26T09:00:00+01:00"],
    ["annule", "undo", null],
    ["où j'en suis ?", "status", null],
    ["tu peux m'envoyer un tableau csv ?", "export", null],
    ["l'entreprise est Lumen Fret", "correct", null],
    ["oui", "unknown", null],
  ],
  es: [
    ["me llamaron de recursos humanos", "heard-back", null],
    ["avísame dentro de una semana", "snooze", "2026-12-02T09:00:00+01:00"],
    ["un amigo recibió una oferta de ellos", "unknown", null],
    ["crees que me rechazaron", "unknown", null],
    ["me rechazaron", "rejected", null],
    ["me llegó la oferta!!", "offer", null],
    ["Me dieron el puesto 🎉", "offer", null],
    ["no quedé, eligieron a otra persona", "rejected", null],
    ["a mi amigo le hicieron una oferta", "unknown", null],
    ["si me rechazan me pongo a buscar otra cosa", "unknown", null],
    ["ojalá me hagan una oferta", "unknown", null],
    ["¿es normal que tarden tanto en decidir?", "unknown", null],
    ["otro rechazo... es broma, sigo esperando", "unknown", null],
    ["me retiro del proceso", "withdrawn", null],
    ["rechacé la oferta", "withdrawn", null],
    ["correo de agradecimiento enviado", "thanked", "2026-11-25"],
    ["les escribí de nuevo hoy", "followed-up", "2026-11-25"],
    ["me respondieron", "heard-back", null],
    ["segunda entrevista el jueves a las 3", "next-round", "2026-11-26T15:00:00+01:00"],
    ["entrevista final el 16/12 a las 10:30", "next-round", "2026-12-16T10:30:00+01:00"],
    ["decisión el viernes", "decision-date", "2026-11-27"],
    ["me avisan a mediados de enero", "decision-date", "2027-01-15"],
    ["recuérdame después de Semana Santa", "snooze", "2027-03-30T09:00:00+02:00"],
    ["ahora no, más tarde", "snooze", "2026-11-26T09:00:00+01:00"],
    ["deshacer", "undo", null],
    ["¿cuál es el estado de mis entrevistas?", "status", null],
    ["mándame una hoja de cálculo", "export", null],
    ["la empresa es Lumen", "correct", null],
    ["sí", "unknown", null],
  ],
  pt: [
    ["respondem no início de fevereiro", "decision-date", "2027-02-01"],
    ["me ligaram do RH hoje", "heard-back", "2026-11-25"],
    ["me lembra daqui a uma semana", "snooze", "2026-12-02T09:00:00+01:00"],
    ["meu colega recebeu a proposta", "unknown", null],
    ["tomara que me façam uma proposta", "unknown", null],
    ["recebi a proposta", "offer", null],
    ["fui contratada!!", "offer", null],
    ["não passei, escolheram outra pessoa", "rejected", null],
    ["me rejeitaram hoje", "rejected", "2026-11-25"],
    ["meu amigo recebeu uma proposta deles", "unknown", null],
    ["se eles me rejeitarem vou tentar de novo", "unknown", null],
    ["tomara que venha uma proposta", "unknown", null],
    ["é normal demorarem três semanas pra decidir?", "unknown", null],
    ["mais uma rejeição... brincadeira, ainda esperando", "unknown", null],
    ["desisti do processo", "withdrawn", null],
    ["recusei a proposta", "withdrawn", null],
    ["email de agradecimento enviado", "thanked", "2026-11-25"],
    ["cobrei eles hoje", "followed-up", "2026-11-25"],
    ["me responderam", "heard-back", null],
    ["segunda entrevista quinta às 15h", "next-round", "2026-11-26T15:00:00+01:00"],
    ["entrevista final dia 16/12 às 10h", "next-round", "2026-12-16T10:00:00+01:00"],
    ["decisão na sexta", "decision-date", "2026-11-27"],
    ["disseram que me dão retorno em meados de janeiro", "decision-date", "2027-01-15"],
    ["me lembra depois do Natal", "snooze", "*"],
    ["agora não, depois", "snooze", "2026-11-26T09:00:00+01:00"],
    ["desfazer", "undo", null],
    ["como está tudo? status", "status", null],
    ["me manda uma planilha", "export", null],
    ["o cargo é Engenheira de Dados", "correct", null],
    ["sim", "unknown", null],
  ],
  nl: [
    ["de recruiter belde vanochtend", "heard-back", "2026-11-25"],
    ["herinner me over twee weken", "snooze", "2026-12-09T09:00:00+01:00"],
    ["mijn vriend kreeg een aanbod", "unknown", null],
    ["hopelijk krijg ik een aanbod", "unknown", null],
    ["afgewezen", "rejected", null],
    ["helaas een afwijzing gekregen", "rejected", null],
    ["ik heb een aanbod gekregen!", "offer", null],
    ["ze hebben me aangenomen 🎉", "offer", null],
    ["mijn collega kreeg een aanbod van ze", "unknown", null],
    ["als ze me afwijzen solliciteer ik ergens anders", "unknown", null],
    ["hopelijk krijg ik een aanbod", "unknown", null],
    ["is het normaal dat de beslissing zo lang duurt?", "unknown", null],
    ["weer afgewezen... grapje, ik wacht nog", "unknown", null],
    ["ik heb me teruggetrokken", "withdrawn", null],
    ["aanbod afgeslagen", "withdrawn", null],
    ["bedankmail verstuurd", "thanked", "2026-11-25"],
    ["vandaag nagevraagd", "followed-up", "2026-11-25"],
    ["ze hebben gereageerd", "heard-back", null],
    ["tweede gesprek dinsdag om 14:00", "next-round", "2026-12-01T14:00:00+01:00"],
    ["eindgesprek op 16-12 om 10:00", "next-round", "*"],
    ["beslissing vrijdag", "decision-date", "2026-11-27"],
    ["ze laten het half januari weten", "decision-date", "2027-01-15"],
    ["herinner me na de feestdagen", "snooze", "2027-01-04T09:00:00+01:00"],
    ["nu niet, later", "snooze", "2026-11-26T09:00:00+01:00"],
    ["ongedaan maken", "undo", null],
    ["overzicht van mijn gesprekken?", "status", null],
    ["stuur me een spreadsheet", "export", null],
    ["het bedrijf is Lumen", "correct", null],
    ["ja", "unknown", null],
  ],
  it: [
    ["decidono alla fine di gennaio", "decision-date", "2027-01-31"],
    ["mi hanno chiamato dall'HR stamattina", "heard-back", "2026-11-25"],
    ["ricordamelo fra due settimane", "snooze", "2026-12-09T09:00:00+01:00"],
    ["un mio amico ha ricevuto un'offerta", "unknown", null],
    ["spero che mi facciano un'offerta", "unknown", null],
    ["mi hanno fatto un'offerta!", "offer", null],
    ["sono stato assunto 🎉", "offer", null],
    ["scartato, hanno scelto qualcun altro", "rejected", null],
    ["esito negativo purtroppo", "rejected", null],
    ["il mio amico ha ricevuto un'offerta da loro", "unknown", null],
    ["se mi scartano riprovo l'anno prossimo", "unknown", null],
    ["spero in un'offerta", "unknown", null],
    ["è normale che ci mettano tre settimane a decidere?", "unknown", null],
    ["un altro rifiuto... scherzo, aspetto ancora", "unknown", null],
    ["mi ritiro dalla selezione", "withdrawn", null],
    ["ho rinunciato all'offerta", "withdrawn", null],
    ["mail di ringraziamento inviata", "thanked", "2026-11-25"],
    ["ho sollecitato oggi", "followed-up", "2026-11-25"],
    ["mi hanno risposto", "heard-back", null],
    ["secondo colloquio giovedì alle 15", "next-round", "2026-11-26T15:00:00+01:00"],
    ["colloquio finale il 16/12 alle 10", "next-round", "2026-12-16T10:00:00+01:00"],
    ["decisione venerdì", "decision-date", "2026-11-27"],
    ["mi faranno sapere a metà gennaio", "decision-date", "2027-01-15"],
    ["ricordamelo dopo le feste", "snooze", "2027-01-04T09:00:00+01:00"],
    ["non ora, più tardi", "snooze", "2026-11-26T09:00:00+01:00"],
    ["annulla", "undo", null],
    ["riepilogo dei miei colloqui?", "status", null],
    ["mandami un foglio di calcolo", "export", null],
    ["l'azienda è Lumen", "correct", null],
    ["sì", "unknown", null],
  ],
};

describe.each(Object.entries(ROWS) as Array<[Lang, readonly Row[]]>)("replies in %s", (lang, rows) => {
  it.each(rows.map((row) => [...row] as [string, string, string | null, boolean?]))(
    "%j → %s %s",
    (text, intent, date, needsConfirmation) => {
      const read = understandReply(text, { now, zone, languages: [lang] });

      expect(read.intent).toBe(intent);
      if (date !== "*") expect(read.date).toBe(date);
      expect(read.language).toBe(lang);
      expect(read.needsConfirmation ?? false).toBe(needsConfirmation ?? false);
    },
  );
});

describe("a closing not plainly stated is asked about, with what was read", () => {
  it.each([
    ["de", "Globex hat mir ein Angebot gemacht"],
    ["fr", "refus reçu de Globex ce matin"],
    ["nl", "Globex heeft me afgewezen"],
  ] as const)("asks when another company than the interview's is named (%s)", (lang, text) => {
    const read = understandReply(text, { now, zone, languages: [lang], company: "Acme" });

    expect(CLOSING_INTENTS).toContain(read.intent);
    expect(read.needsConfirmation).toBe(true);
  });

  it("applies it when the company named is the interview's own", () => {
    const read = understandReply("Acme hat mir ein Angebot gemacht", {
      now,
      zone,
      languages: ["de"],
      company: "Acme GmbH",
    });

    expect(read).toMatchObject({ intent: "offer", language: "de" });
    expect(read.needsConfirmation).toBeUndefined();
  });

  it("asks when the reply names no one and no verb says it is the user's", () => {
    const read = understandReply("Angebot für die Stelle in der Zeitung gesehen, klingt gut", {
      now,
      zone,
      languages: ["de"],
    });

    expect(CLOSING_INTENTS.includes(read.intent) && read.needsConfirmation !== true).toBe(false);
  });

  it("asks when the reply is in a language the user has not set", () => {
    const read = understandReply("Absage bekommen", { now, zone, languages: ["en"] });

    expect(read).toMatchObject({ intent: "rejected", needsConfirmation: true, language: "de" });
    expect(read.evidence).toBe("Absage bekommen");
  });

  it("applies it at once when the user's own language says it plainly", () => {
    const read = understandReply("ils m'ont fait une offre", { now, zone, languages: ["fr", "en"] });

    expect(read).toMatchObject({ intent: "offer", language: "fr", evidence: "ils m'ont fait une offre" });
    expect(read.needsConfirmation).toBeUndefined();
  });

  it("asks about a phrase that may mean a closing but never says it plainly", () => {
    const read = understandReply("the req was put on hold", { now, zone });

    expect(read.intent).toBe("rejected");
    expect(read.needsConfirmation).toBe(true);
  });

  it("answers a bare yes or no in any language", () => {
    for (const [text, languages, answer] of [
      ["yes", ["en"], "yes"],
      ["Ja!", ["de"], "yes"],
      ["oui 👍", ["fr"], "yes"],
      ["nee", ["nl"], "no"],
      ["não", ["pt"], "no"],
    ] as const)
      expect(understandReply(text, { now, zone, languages: [...languages] }).answer).toBe(answer);
  });

  it("offers the likeliest commands in the reply's language when it reads nothing", () => {
    const read = understandReply("keine Ahnung was ich machen soll", { now, zone, languages: ["de"] });

    expect(read).toMatchObject({ intent: "unknown", language: "de" });
    expect(read.suggestions).toContain("Status");
  });
});

describe("English commands from a user who set another language", () => {
  // A short command carries no sign of its language: the user's own is guessed first, and English,
  // which everyone may write, reads it when that language cannot.
  it.each([
    ["add interviewer Tom Baker", "correct"],
    ["remove Tom Baker", "correct"],
    ["role Staff Data Engineer", "correct"],
    ["snooze 3 days", "snooze"],
  ] as const)("%s → %s", (text, intent) => {
    for (const lang of ["de", "fr", "es", "pt", "nl", "it"] as const) {
      const read = understandReply(text, { now, zone, languages: [lang, "en"] });

      expect(read.intent, lang).toBe(intent);
    }
  });
});
