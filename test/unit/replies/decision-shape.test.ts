/**
 * When the employer will decide or answer, as people report it in every language: a bound on the
 * day ("by", "not before", "nothing until"), a decision denied until a day, or someone named
 * saying when they decide, answer, get back, close the process or sort it. A reported
 * non-decision is a decision date, never a closing. Beside them the traps: a reminder asked for
 * before a day, a meeting at a day and hour, a question, someone else's deadline, a hope.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { understandReply } from "../../../lambdas/domain/replies";

// Tuesday, March 9 2027, 10:00 in Paris (Easter is March 28).
const zone = "Europe/Paris";
const now = DateTime.fromISO("2027-03-09T10:00:00", { zone });

function read(text: string, lang: Lang, replyingTo: "follow-up-1" | null = null) {
  return understandReply(text, { now, zone, languages: [lang, "en"], company: "Acme", replyingTo });
}

/** [language, reply, the day promised]. */
type Dated = readonly [Lang, string, string];

const DECISIONS: readonly Dated[] = [
  ["en", "kayla said they'll get back to everyone by friday", "2027-03-12"],
  ["en", "nothing before the 25th apparently", "2027-03-25"],
  ["en", "no decision until the 18th, so just sitting tight", "2027-03-18"],
  ["en", "they want it all sorted before the end of the month", "2027-03-31"],
  ["en", "won't be before the end of the month tbh", "2027-03-31"],
  ["en", "niamh mentioned the panel meets on the 22nd to decide", "2027-03-22"],
  ["en", "hr says they're wrapping things up mid april", "2027-04-15"],
  ["en", "recruiter reckons we'll find out after easter", "2027-03-30"],
  ["en", "supposed to find out by may 3", "2027-05-03"],
  ["en", "they're making the call next week", "2027-03-16"],
  ["en", "should have an outcome in two weeks", "2027-03-23"],
  ["en", "apparently the hiring manager decides monday", "2027-03-15"],
  ["en", "not expecting anything til the 20th", "2027-03-20"],
  ["en", "final decision is being made thursday", "2027-03-11"],
  ["en", "they close the process on the 31st", "2027-03-31"],
  ["en", "followed up monday, nothing before the 25th they said", "2027-03-25"],

  ["de", "vor dem 31. wird das nix", "2027-03-31"],
  ["de", "Entscheid fällt erst Ende Monat", "2027-03-31"],
  ["de", "laut frau meier melden die sich bis freitag bei allen", "2027-03-12"],
  ["de", "die wollen das bis Monatsende durchhaben", "2027-03-31"],
  ["de", "nix vor dem 25.", "2027-03-25"],
  ["de", "keine Entscheidung bis zum 18., hiess es", "2027-03-18"],
  ["de", "jonas meinte, sie geben nach ostern bescheid", "2027-03-30"],
  ["de", "Rückmeldung soll nächste Woche kommen", "2027-03-16"],
  ["de", "die entscheiden in zwei wochen", "2027-03-23"],
  ["de", "das Gremium tagt am Donnerstag und entscheidet dann", "2027-03-11"],
  ["de", "frühestens am 20. gibts ne Antwort", "2027-03-20"],
  ["de", "vor Mitte April wird nicht entschieden", "2027-04-15"],
  ["de", "Zusage oder Absage kommt bis spätestens 2. April", "2027-04-02"],
  ["de", "die von der HR sagt, bis Ende vom Monat wissen ma mehr", "2027-03-31"],

  ["fr", "rien avant le 25", "2027-03-25"],
  ["fr", "pas avant Pâques d'après la RH", "2027-03-30"],
  ["fr", "le jury doit se réunir le 18 pour trancher", "2027-03-18"],
  ["fr", "sophie m'a dit qu'ils reviennent vers tout le monde d'ici vendredi", "2027-03-12"],
  ["fr", "ils bouclent le recrutement fin du mois", "2027-03-31"],
  ["fr", "aucune réponse avant la mi-avril", "2027-04-15"],
  ["fr", "réponse sous deux semaines", "2027-03-23"],
  ["fr", "ils me tiennent au courant la semaine prochaine", "2027-03-16"],
  ["fr", "la décision tombe lundi", "2027-03-15"],
  ["fr", "c'est pas avant le 20 qu'ils statuent", "2027-03-20"],
  ["fr", "y m'ont dit qu'y me reviennent d'ici la fin du mois", "2027-03-31"],
  ["fr", "ils donnent leur réponse pour le 25", "2027-03-25"],
  ["fr", "le comité se prononce jeudi", "2027-03-11"],

  ["es", "no antes del lunes", "2027-03-15"],
  ["es", "la decisión la toman a fin de mes", "2027-03-31"],
  ["es", "me dijo la de rrhh que antes del 20 avisan a todos", "2027-03-20"],
  ["es", "nada hasta el 25, dicen", "2027-03-25"],
  ["es", "hasta después de semana santa no hay respuesta", "2027-03-30"],
  ["es", "me van a avisar la semana que viene", "2027-03-16"],
  ["es", "me dijeron que el viernes me confirman", "2027-03-12"],
  ["es", "en dos semanas resuelven", "2027-03-23"],
  ["es", "cierran el proceso a mediados de abril", "2027-04-15"],
  ["es", "el comité decide el jueves", "2027-03-11"],
  ["es", "no van a decidir nada hasta el 18", "2027-03-18"],
  ["es", "respuesta como muy tarde el 25", "2027-03-25"],

  ["pt", "não antes de sexta", "2027-03-12"],
  ["pt", "o rafael falou que até o fim do mês eles batem o martelo", "2027-03-31"],
  ["pt", "só depois da Páscoa que eles decidem", "2027-03-30"],
  ["pt", "nada antes do dia 25", "2027-03-25"],
  ["pt", "me retornam semana que vem", "2027-03-16"],
  ["pt", "eles dão um retorno até dia 20", "2027-03-20"],
  ["pt", "disseram-me que a decisão sai na segunda", "2027-03-15"],
  ["pt", "daqui a duas semanas eles fecham o processo", "2027-03-23"],
  ["pt", "o comitê se reúne quinta pra decidir", "2027-03-11"],
  ["pt", "até meados de abril sai o resultado", "2027-04-15"],
  ["pt", "não vai ter resposta antes do dia 18", "2027-03-18"],
  ["pt", "a mina do rh disse q só dão retorno dps do dia 20", "2027-03-20"],

  ["nl", "niet voor de 20e", "2027-03-20"],
  ["nl", "ze hakken de knoop door op vrijdag", "2027-03-12"],
  ["nl", "pas na Pasen horen we iets", "2027-03-30"],
  ["nl", "volgens sanne laten ze iedereen voor het eind van de maand weten hoe en wat", "2027-03-31"],
  ["nl", "uitslag volgt volgende week", "2027-03-16"],
  ["nl", "ze beslissen over twee weken", "2027-03-23"],
  ["nl", "voor de 25e hoor ik niks", "2027-03-25"],
  ["nl", "ze laten tegen vrijdag iets weten", "2027-03-12"],
  ["nl", "de commissie komt donderdag bij elkaar en dan beslissen ze", "2027-03-11"],
  ["nl", "ze willen het medio april rond hebben", "2027-04-15"],
  ["nl", "geen nieuws tot de 18e", "2027-03-18"],
  ["nl", "reactie uiterlijk 2 april", "2027-04-02"],

  ["it", "non prima del 15", "2027-03-15"],
  ["it", "il comitato decide a fine mese", "2027-03-31"],
  ["it", "giulia ha detto che entro venerdì fanno sapere a tutti", "2027-03-12"],
  ["it", "niente prima del 25", "2027-03-25"],
  ["it", "mi danno una risposta dopo Pasqua", "2027-03-30"],
  ["it", "la decisione arriva la settimana prossima", "2027-03-16"],
  ["it", "tra due settimane chiudono le selezioni", "2027-03-23"],
  ["it", "si sentono entro metà aprile", "2027-04-15"],
  ["it", "mi faranno sapere lunedì", "2027-03-15"],
  ["it", "fino al 18 non decidono niente", "2027-03-18"],
  ["it", "l'esito esce giovedì", "2027-03-11"],
  ["it", "la commissione si riunisce il 22 per decidere", "2027-03-22"],
];

/** [language, reply, the intent it must not be read as, what it is (null: no matter what, only not that)]. */
type Trap = readonly [Lang, string, string | null];

const TRAPS: readonly Trap[] = [
  ["en", "remind me before the 25th", "snooze"],
  ["en", "can you ping me by friday", "snooze"],
  ["en", "they want me back thursday at 2pm for a final round", "next-round"],
  ["en", "will they decide by friday?", null],
  ["en", "my sister has to decide by the 20th on her flat", null],
  ["en", "i hope they decide before the 20th", null],
  ["en", "oops, the interview is on the 25th not the 24th", "correct"],

  ["de", "erinner mich bitte vor dem 25.", "snooze"],
  ["de", "zweite Runde am Donnerstag um 14 Uhr", "next-round"],
  ["de", "entscheiden die bis Freitag?", null],
  ["de", "meine Schwester muss bis Freitag entscheiden", null],
  ["de", "hoffentlich entscheiden sie vor Ostern", null],

  ["fr", "rappelle-moi avant le 25", "snooze"],
  ["fr", "2e entretien jeudi à 14h", "next-round"],
  ["fr", "tu crois qu'ils décident avant vendredi ?", null],
  ["fr", "mon pote attend une réponse pour le 20", null],
  ["fr", "j'espère une réponse avant Pâques", null],

  ["es", "recuérdame antes del 25", "snooze"],
  ["es", "segunda entrevista el jueves a las 10", "next-round"],
  ["es", "¿crees que deciden antes del viernes?", null],
  ["es", "mi hermana tiene que decidir antes del lunes", null],
  ["es", "ojalá respondan antes del 20", null],

  ["pt", "me lembra antes do dia 25", "snooze"],
  ["pt", "segunda entrevista quinta às 14h", "next-round"],
  ["pt", "será que eles decidem até sexta?", null],
  ["pt", "minha amiga tem que responder até segunda", null],
  ["pt", "tomara que decidam antes da Páscoa", null],

  ["nl", "herinner me voor de 25e", "snooze"],
  ["nl", "tweede gesprek donderdag om 14.00", "next-round"],
  ["nl", "beslissen ze voor vrijdag?", null],
  ["nl", "mijn zus moet voor maandag beslissen", null],
  ["nl", "hopelijk horen we voor Pasen iets", null],

  ["it", "ricordamelo prima del 25", "snooze"],
  ["it", "secondo colloquio giovedì alle 15", "next-round"],
  ["it", "secondo te decidono entro venerdì?", null],
  ["it", "mia sorella deve decidere entro lunedì", null],
  ["it", "speriamo che rispondano prima di Pasqua", null],
];

/**
 * Written after the shape was built, before any row was added for them (26 of 37 read right then;
 * 20 on the readers before): a phrasing nobody listed should read by the shape.
 */
const LATER: readonly Dated[] = [
  ["en", "recruiter said theyll have a decision for me by thursday", "2027-03-11"],
  ["en", "they're hoping to wrap up interviews and decide by the 19th", "2027-03-19"],
  ["en", "decision pushed to the 22nd", "2027-03-22"],
  ["en", "they're not deciding anything till april", "2027-04-01"],
  ["en", "outcome should land by end of next week", "2027-03-19"],
  ["en", "mike from hr says he'll know more by wednesday", "2027-03-10"],
  ["de", "Frau Keller meinte, die Entscheidung fällt nächste Woche", "2027-03-16"],
  ["de", "die wollen bis zum 19. jemanden auswählen", "2027-03-19"],
  ["de", "vor Ostern passiert da nix mehr", "2027-03-30"],
  ["de", "die Personalerin sagt, Bescheid gibts Ende März", "2027-03-31"],
  ["de", "bis 20. März wollen sie durch sein", "2027-03-20"],
  ["de", "am Mittwoch wissen wir mehr", "2027-03-10"],
  ["fr", "normalement ils tranchent d'ici jeudi", "2027-03-11"],
  ["fr", "le DRH m'a dit qu'on serait fixés avant le 20", "2027-03-20"],
  ["fr", "rien ne bougera avant la mi-avril", "2027-04-15"],
  ["fr", "ils comptent faire leur choix la semaine prochaine", "2027-03-16"],
  ["fr", "retour prévu pour le 18", "2027-03-18"],
  ["fr", "y vont me revenir là-dessus d'ici vendredi", "2027-03-12"],
  ["es", "me comentaron que la decisión sale a finales de mes", "2027-03-31"],
  ["es", "hasta el lunes no sé nada", "2027-03-15"],
  ["es", "quedaron de avisarme el jueves", "2027-03-11"],
  ["es", "me dijeron que la semana que viene me confirman si quedo", "2027-03-16"],
  ["es", "la resolución la tienen para el 20", "2027-03-20"],
  ["pt", "a recrutadora falou que até quinta eles dão uma posição", "2027-03-11"],
  ["pt", "o resultado sai dia 22", "2027-03-22"],
  ["pt", "antes da Páscoa não rola nada", "2027-03-30"],
  ["pt", "disseram-me que só dão notícias para a semana", "2027-03-16"],
  ["pt", "eles ficaram de me retornar até o dia 20", "2027-03-20"],
  ["nl", "ze komen er volgende week op terug", "2027-03-16"],
  ["nl", "de knoop wordt eind maart doorgehakt", "2027-03-31"],
  ["nl", "voor Pasen gebeurt er niks", "2027-03-30"],
  ["nl", "uiterlijk vrijdag hoor ik het", "2027-03-12"],
  ["nl", "ze gaan mij tegen het einde van de maand iets laten weten", "2027-03-31"],
  ["it", "la responsabile mi ha detto che entro fine mese tirano le somme", "2027-03-31"],
  ["it", "prima di Pasqua non si muove niente", "2027-03-30"],
  ["it", "mi richiamano giovedì per l'esito", "2027-03-11"],
  ["it", "la selezione si chiude a metà aprile", "2027-04-15"],
  // A third batch, after the second's rows: 21 of 24 read before the rows below it.
  ["en", "talent team will make a final call on the 24th", "2027-03-24"],
  ["en", "they're finalizing the shortlist next thursday", "2027-03-18"],
  ["en", "ok so they'll reach out either way by end of month", "2027-03-31"],
  ["en", "no news expected before the 20th per jen", "2027-03-20"],
  ["de", "die HR hat gesagt wir hören bis Mitte April was", "2027-04-15"],
  ["de", "Auswahlentscheidung fällt am 22.", "2027-03-22"],
  ["de", "die melden sich spätestens Ende nächster Woche", "2027-03-19"],
  ["de", "vor Ende März tut sich da nix", "2027-03-31"],
  ["fr", "la RH m'a confirmé qu'ils reviennent vers moi sous 15 jours", "2027-03-24"],
  ["fr", "ils feront leur choix définitif fin mars", "2027-03-31"],
  ["fr", "pas de retour avant le 22 d'après le manager", "2027-03-22"],
  ["es", "quedaron en darme una respuesta antes del 19", "2027-03-19"],
  ["es", "la de selección dice que deciden a mediados de abril", "2027-04-15"],
  ["es", "nada de nada hasta el jueves", "2027-03-11"],
  ["pt", "o gestor vai dar o retorno na quinta", "2027-03-11"],
  ["pt", "a decisão final sai até o dia 25", "2027-03-25"],
  ["pt", "nada acontece antes do fim do mês", "2027-03-31"],
  ["nl", "ze maken vrijdag hun keuze", "2027-03-12"],
  ["nl", "de terugkoppeling komt uiterlijk eind maart", "2027-03-31"],
  ["nl", "niks voor de 22e volgens de recruiter", "2027-03-22"],
  ["it", "l'esito lo comunicano entro il 20", "2027-03-20"],
  ["it", "decidono tra una settimana più o meno", "2027-03-16"],
  ["it", "niente di niente prima della fine del mese", "2027-03-31"],
  ["en", "sent my thank you note friday, they decide next week", "2027-03-16"],
];

const LATER_TRAPS: readonly Trap[] = [
  ["en", "i need to let them know by friday if i accept the other offer", null],
  ["en", "did they say when they'd decide?", null],
  ["en", "my buddy's company decides on the 20th", null],
  ["en", "remind me to ask them on friday about the decision", null],
  ["de", "ich muss mich bis Freitag entscheiden", null],
  ["de", "erinnere mich nach Ostern", null],
  ["de", "kommen sie vor dem 20. zu einer Entscheidung?", null],
  ["fr", "je dois leur répondre avant vendredi", null],
  ["fr", "rappelle-moi après Pâques", null],
  ["fr", "tu penses qu'ils décident avant le 20 ?", null],
  ["es", "tengo que contestarles antes del viernes", null],
  ["es", "mi novio espera respuesta de su curro el lunes", null],
  ["es", "si no me contestan antes del 20 les escribo", null],
  ["pt", "preciso responder eles até sexta", null],
  ["pt", "me lembra depois da Páscoa", null],
  ["pt", "minha irmã fica sabendo do resultado dela na segunda", null],
  ["nl", "ik moet voor vrijdag beslissen over dat andere aanbod", null],
  ["nl", "stuur me na Pasen een herinnering", null],
  ["nl", "weten jullie wanneer ze beslissen?", null],
  ["it", "devo rispondere entro venerdì all'altra azienda", null],
  ["it", "ricordamelo dopo Pasqua", null],
  ["it", "mio fratello aspetta l'esito lunedì", null],
  ["en", "can you remind me on the 20th to chase them for a decision", null],
  ["en", "my old manager gets back to me on the 18th about a reference", null],
  ["en", "final round is on thursday at 10am", null],
  ["en", "if there's no answer by the 20th i'll move on", null],
  ["de", "erinner mich am 20. an die Entscheidung", null],
  ["de", "zweites Gespräch am Donnerstag um 10 Uhr, danach entscheiden sie", null],
  ["de", "mein Kumpel kriegt bis Freitag Bescheid", null],
  ["fr", "relance-moi le 20 s'ils n'ont pas répondu", null],
  ["fr", "mon coloc attend leur réponse pour vendredi", null],
  ["es", "recuérdame el 20 si no me han contestado", null],
  ["es", "mi prima sabrá algo el lunes", null],
  ["pt", "me lembra dia 20 de cobrar a resposta", null],
  ["pt", "meu colega recebe o resultado sexta", null],
  ["nl", "herinner me op de 20e als ze nog niks hebben laten weten", null],
  ["nl", "mijn vriendin hoort vrijdag de uitslag", null],
  ["it", "ricordami il 20 di sollecitare la risposta", null],
  ["it", "il mio amico sa l'esito venerdì", null],
];

describe("when they will decide, as a day bound or reported", () => {
  it.each([...DECISIONS, ...LATER])("(%s) %s → %s", (lang, text, day) => {
    // Prepare: the clock above; Act
    const reading = read(text, lang);
    // Assess
    expect([reading.intent, reading.date]).toEqual(["decision-date", day]);
  });
});

describe("the same, answering a follow-up prompt", () => {
  const answering = DECISIONS.filter((_, index) => index % 4 === 0);
  it.each(answering)("(%s) %s → %s", (lang, text, day) => {
    // Prepare: the clock above; Act
    const reading = read(text, lang, "follow-up-1");
    // Assess
    expect([reading.intent, reading.date]).toEqual(["decision-date", day]);
  });
});

describe("traps: no decision date", () => {
  it.each([...TRAPS, ...LATER_TRAPS])("(%s) %s → %s", (lang, text, intent) => {
    // Prepare: the clock above; Act
    const reading = read(text, lang, "follow-up-1");
    // Assess
    expect(reading.intent).not.toBe("decision-date");
    if (intent) expect(reading.intent).toBe(intent);
    expect(["offer", "rejected", "withdrawn"].includes(reading.intent) && !reading.needsConfirmation).toBe(
      false,
    );
  });
});
