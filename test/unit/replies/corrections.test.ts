/**
 * Corrections as grammar, in every language: a date or time said again, with or without a
 * mistake marker, the wrong value after "not" or before it; a mistake marker with a new value
 * corrects, alone it undoes; a value that cannot be read is asked for; a question never corrects.
 * The sentences are this file's own.
 */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../../lambdas/domain/language/lang";
import { LEXICONS } from "../../../lambdas/domain/language/lexicons";
import { fold, table } from "../../../lambdas/domain/language/phrases";
import { understandReply } from "../../../lambdas/domain/replies";

// Wednesday, Mar 3 2027, 10:00 in Madrid.
const zone = "Europe/Madrid";
const now = DateTime.fromISO("2027-03-03T10:00:00", { zone });

const read = (text: string, lang: Lang) =>
  understandReply(text, { now, zone, languages: [lang], company: "Acme" });

/** The day or time a reply corrects the interview to, or what it was read as instead. */
function corrected(text: string, lang: Lang) {
  const reply = read(text, lang);
  const correction = reply.correction?.field === "date" ? reply.correction : null;
  return {
    intent: reply.needsConfirmation ? "asked" : reply.intent,
    start: correction?.start?.slice(0, 10) ?? null,
    time: correction?.time ?? null,
  };
}

describe("a date or time said again corrects it", () => {
  // [language, reply, day corrected to, time corrected to]
  const cases: ReadonlyArray<readonly [Lang, string, string | null, string | null]> = [
    ["en", "sorry, it's 4:30 not 4", null, "16:30"],
    ["en", "correction: the interview is on March 12, not March 11", "2027-03-12", null],
    ["en", "whoops, the call's at 11 not 10", null, "11:00"],
    ["en", "the onsite is the 15th, not the 16th", "2027-03-15", null],
    ["en", "it's 3:15 not 3", null, "15:15"],
    ["en", "oops, not the 9th but the 10th", "2027-03-10", null],
    ["en", "wrong day - it's thursday", "2027-03-04", null],
    ["en", "actually it's at 3pm, not 2pm", null, "15:00"],
    ["de", "sorry, es ist um 15:30, nicht um 15 Uhr", null, "15:30"],
    ["de", "Korrektur: das Interview ist am 12. März, nicht am 11.", "2027-03-12", null],
    ["de", "hab mich vertan, der Termin ist am 18.3.", "2027-03-18", null],
    ["de", "der Anruf ist um 11 Uhr, nicht um 10", null, "11:00"],
    ["de", "stimmt so nicht: nicht am 9. sondern am 10. März", "2027-03-10", null],
    ["fr", "oups, c'est à 16h30 pas 16h", null, "16:30"],
    ["fr", "petite correction : l'entretien est le 12 mars et non le 11", "2027-03-12", null],
    ["fr", "je me suis trompé, le rendez-vous est jeudi 18 mars", "2027-03-18", null],
    ["fr", "l'appel est à 11h, pas à 10h", null, "11:00"],
    ["fr", "non, c'est jeudi 4 pas mercredi", "2027-03-04", null],
    ["es", "perdón, es a las 5 y media, no a las 5", null, "17:30"],
    ["es", "me confundí, la entrevista es el 12 de marzo, no el 11", "2027-03-12", null],
    ["es", "ojo, la llamada es a las 11 no a las 10", null, "11:00"],
    ["es", "la reunión es el martes 16, no el lunes 15", "2027-03-16", null],
    ["it", "scusa, è alle 16:30 non alle 16", null, "16:30"],
    ["it", "mi sono sbagliata, il colloquio è il 12 marzo non l'11", "2027-03-12", null],
    ["it", "correggo: la chiamata è alle 11, non alle 10", null, "11:00"],
    ["it", "l'incontro è lunedì 15, non martedì 16", "2027-03-15", null],
    ["nl", "sorry, het is om half 5, niet om 4 uur", null, "16:30"],
    ["nl", "ik heb me vergist, het gesprek is op 12 maart, niet 11 maart", "2027-03-12", null],
    ["nl", "oeps, de afspraak is om 11.00 en niet om 10.00", null, "11:00"],
    ["nl", "het interview is donderdag 18 maart, niet woensdag", "2027-03-18", null],
    ["pt", "desculpa, é às 16h30, não às 16h", null, "16:30"],
    ["pt", "me enganei, a entrevista é dia 12 de março e não dia 11", "2027-03-12", null],
    ["pt", "na real a chamada é às 11h, não 10h", null, "11:00"],
    ["pt", "a reunião é terça, dia 16, não segunda", "2027-03-16", null],
    // Opened by telling rather than by owning a mistake.
    ["en", "fyi the call is on the 15th, not the 16th", "2027-03-15", null],
    ["it", "guarda che è alle 16.30, non alle 6.30", null, "16:30"],
    ["fr", "pour info c'est à 15h et pas 14h", null, "15:00"],
    ["es", "para que sepas, es a las 5, no a las 4", null, "17:00"],
    ["pt", "olha, é às 15h, não às 14h", null, "15:00"],
    ["nl", "ter info, het is om 15.00, niet om 14.00", null, "15:00"],
    // An hour and its minutes with a dot and nothing around them: no date has a 30th month.
    ["nl", "het is 15.30 niet 14.30", null, "15:30"],
    ["de", "es ist 16.45, nicht 15.45", null, "16:45"],
    ["en", "it's 2.30 not 1.30", null, "14:30"],
    ["pt", "é 15.30 e não 14.30", null, "15:30"],
  ];
  it.each(cases)("(%s) %s → %s %s", (lang, text, start, time) => {
    // Prepare: the clock above; Act
    const reading = corrected(text, lang);
    // Assess
    expect(reading).toEqual({ intent: "correct", start, time });
  });
});

describe("a time said again, then the day past a break: the time on that day", () => {
  // [language, reply, the instant corrected to] (now: Wednesday, Mar 3 2027)
  const cases: ReadonlyArray<readonly [Lang, string, string]> = [
    ["en", "its 4:30 not 4, and its on the 11th", "2027-03-11T16:30"],
    ["de", "ist um 10:30 nicht 10, und zwar am 11.", "2027-03-11T10:30"],
    ["fr", "c'est 9h30 pas 9h, et c'est le 11", "2027-03-11T09:30"],
    ["es", "es a las 16:30 no a las 16, y es el 11", "2027-03-11T16:30"],
    ["pt", "é 10h30 não 10h, e é dia 11", "2027-03-11T10:30"],
    ["nl", "het is 16:30 niet 16 uur, en op de 11e", "2027-03-11T16:30"],
    ["it", "sono le 9:30 non le 9, ed è l'11", "2027-03-11T09:30"],
  ];

  it.each(cases)("(%s) %s → %s", (lang, text, start) => {
    const reply = read(text, lang);
    expect(reply.intent).toBe("correct");
    expect(reply.correction).toMatchObject({ field: "date", time: null });
    expect(reply.correction?.field === "date" && reply.correction.start?.slice(0, 16)).toBe(start);
  });
});

describe("a correction below a greeting line", () => {
  // [language, reply, day corrected to, time corrected to]
  const cases: ReadonlyArray<readonly [Lang, string, string | null, string | null]> = [
    ["en", "Hi,\noops, it's 3:30 not 3\nthanks", null, "15:30"],
    ["de", "Hallo,\nkleine Korrektur: das Gespräch ist um 15 Uhr, nicht um 14 Uhr\nGruß", null, "15:00"],
    ["fr", "Bonjour,\nje me suis trompé, c'est le 12 mars pas le 11", "2027-03-12", null],
    ["es", "Hola,\nme equivoqué, es el 15 no el 16", "2027-03-15", null],
    ["it", "Ciao,\nscusa, il colloquio è alle 11 non alle 10", null, "11:00"],
    ["nl", "Hoi,\nfoutje, het gesprek is op 12 maart", "2027-03-12", null],
    ["pt", "Olá,\ndesculpa, é às 16h, não às 15h", null, "16:00"],
  ];
  it.each(cases)("(%s) %s → %s %s", (lang, text, start, time) => {
    // Prepare: the clock above; Act
    const reading = corrected(text, lang);
    // Assess
    expect(reading).toEqual({ intent: "correct", start, time });
  });
});

describe("a zone written beside the right time", () => {
  it("places it in that zone", () => {
    // Prepare: the clock above; Act
    const reply = read("small fix: it's 2:30 ET not 2", "en");
    // Assess
    expect(reply.correction).toMatchObject({ field: "date", time: "14:30", zone: "America/New_York" });
  });
});

describe("an undo is a bare undo; a mistake marker with a new value corrects", () => {
  const undos: ReadonlyArray<readonly [Lang, string]> = [
    ["en", "undo that"],
    ["en", "that was wrong"],
    ["en", "undo that, wrong company"],
    ["de", "rückgängig bitte"],
    ["de", "das war falsch"],
    ["fr", "annule ça"],
    ["fr", "je me suis trompé"],
    ["es", "deshaz eso"],
    ["es", "me equivoqué"],
    ["it", "annulla"],
    ["it", "ho sbagliato"],
    ["nl", "maak dat ongedaan"],
    ["nl", "foutje"],
    ["pt", "desfaz isso"],
    ["pt", "me enganei"],
  ];
  it.each(undos)("(%s) %s → undo", (lang, text) => {
    // Prepare: the clock above; Act
    const reply = read(text, lang);
    // Assess
    expect(reply.intent).toBe("undo");
  });

  // [language, reply, field, value]
  const named: ReadonlyArray<readonly [Lang, string, "role" | "company", string]> = [
    ["en", "my mistake, the role is Staff Engineer not Senior", "role", "Staff Engineer"],
    // Another field after a comma is no part of the value.
    ["en", "the company is Lumen Freight, and the interview is on the 24th", "company", "Lumen Freight"],
    ["en", "role Staff Engineer, date stays the same", "role", "Staff Engineer"],
    ["en", "company Time, Inc.", "company", "Time, Inc"],
    [
      "de",
      "hab mich vertan, die Firma heißt Brenner Logistik, nicht Brenner Logistics",
      "company",
      "Brenner Logistik",
    ],
    ["fr", "je me suis trompé, le poste c'est Chef de projet, pas Assistant", "role", "Chef de projet"],
    ["es", "me equivoqué, el puesto es Analista de Datos, no Becario", "role", "Analista de Datos"],
    ["it", "ho sbagliato, l'azienda si chiama Ferri Meccanica", "company", "Ferri Meccanica"],
    ["nl", "foutje, het bedrijf heet Tulpbank", "company", "Tulpbank"],
    [
      "pt",
      "me enganei, o cargo é Engenheira de Dados Sênior, não Pleno",
      "role",
      "Engenheira de Dados Sênior",
    ],
  ];
  it.each(named)("(%s) %s → %s %s", (lang, text, field, value) => {
    // Prepare: the clock above; Act
    const reply = read(text, lang);
    // Assess
    expect([reply.intent, reply.correction]).toEqual(["correct", { field, value }]);
  });
});

describe("who was met, in every language", () => {
  // [language, reply, names added; none when it names nobody]
  const cases: ReadonlyArray<readonly [Lang, string, readonly string[]]> = [
    ["en", "the interviewer was Kevin Marsh", ["Kevin Marsh"]],
    ["en", "my interviewer was super nice", []],
    ["de", "die Interviewerin war Petra Lang, nicht die Personalerin", ["Petra Lang"]],
    ["fr", "mon interlocutrice c'est Claire Dubois, pas le cabinet", ["Claire Dubois"]],
    ["es", "la entrevistadora fue Lucía Ferrer y Pablo Ruiz", ["Lucía Ferrer", "Pablo Ruiz"]],
    ["it", "l'intervistatore era Marco Bianchi", ["Marco Bianchi"]],
    ["nl", "de interviewer was Sanne de Vries en Joost Bakker", ["Sanne de Vries", "Joost Bakker"]],
    ["pt", "o entrevistador é o Marcos Vinícius, não o pessoal do RH", ["Marcos Vinícius"]],
    ["pt", "o entrevistador foi muito simpático", []],
  ];
  it.each(cases)("(%s) %s → %j", (lang, text, names) => {
    // Prepare: the clock above; Act
    const reply = read(text, lang);
    const people = reply.correction?.field === "add-interviewer" ? reply.correction.people : [];
    // Assess
    expect(people.map((entry) => entry.name)).toEqual(names);
  });
});

describe("news of the role or the company is not its name", () => {
  const cases: ReadonlyArray<readonly [Lang, string]> = [
    ["en", "the role is remote btw"],
    ["en", "the company is based in Berlin"],
    ["de", "die Stelle ist wieder online ausgeschrieben, seltsam"],
    ["fr", "le poste est toujours ouvert sur leur site"],
    ["es", "el puesto es remoto"],
    ["it", "la posizione è ancora aperta"],
    ["nl", "de functie is weer online gezet"],
    ["pt", "a vaga é remota"],
  ];
  it.each(cases)("(%s) %s → no correction", (lang, text) => {
    // Prepare: the clock above; Act
    const reply = read(text, lang);
    // Assess
    expect(reply.intent).not.toBe("correct");
  });
});

describe("a correction whose value cannot be read is asked for, never guessed", () => {
  const cases: ReadonlyArray<readonly [Lang, string]> = [
    ["en", "oops, the interview is at a different time"],
    ["de", "sorry, das Gespräch ist an einem anderen Tag"],
    ["fr", "oups, l'entretien est un autre jour"],
    ["es", "me equivoqué, la entrevista es otro día"],
    ["it", "scusa, il colloquio è in un altro giorno"],
    ["nl", "foutje, het gesprek is op een andere dag"],
    ["pt", "desculpa, a entrevista é em outro dia"],
    ["es", "la fecha está mal"],
    ["nl", "foute datum"],
    // A bare number may be an hour or a day.
    ["en", "small fix: it's 2 not 3"],
    ["de", "Korrektur: es ist 2, nicht 3"],
    ["fr", "oups, c'est 2 pas 3"],
    ["es", "perdón, es 2, no 3"],
    ["it", "scusa, è 2 non 3"],
    ["nl", "foutje, het is 2, niet 3"],
    ["pt", "ops, é 2, não 3"],
  ];
  it.each(cases)("(%s) %s → asked", (lang, text) => {
    // Prepare: the clock above; Act
    const reading = corrected(text, lang);
    // Assess
    expect(reading).toEqual({ intent: "asked", start: null, time: null });
  });
});

describe("the English command reader: the user's own data is no person to remove", () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["delete everything about Lumen please", "forget"],
    ["delete my account and all my data", "forget"],
    ["remove Tom Baker", "correct"],
  ];
  it.each(cases)("%s → %s", (text, intent) => {
    // Prepare: the clock above; Act
    const reply = read(text, "en");
    // Assess
    expect(reply.intent).toBe(intent);
  });
});

describe("news with a day in it is not a correction", () => {
  const cases: ReadonlyArray<readonly [Lang, string, string]> = [
    ["en", "they said friday not monday", "decision-date"],
    ["en", "the interview was yesterday, sent my thank-you", "thanked"],
    ["en", "the interview was on monday, sent my thank-you note", "thanked"],
    ["de", "das Gespräch war gestern, Dankesmail ist raus", "thanked"],
    ["fr", "l'entretien était hier, j'ai envoyé le mail de remerciement", "thanked"],
    ["es", "la entrevista fue ayer, ya mandé el agradecimiento", "thanked"],
    ["it", "il colloquio era ieri, ho già mandato la mail di ringraziamento", "thanked"],
    ["it", "il colloquio è andato bene, ho mandato il grazie", "thanked"],
    ["nl", "het gesprek was gisteren, bedankmail verstuurd", "thanked"],
    ["pt", "a entrevista foi ontem, já mandei o agradecimento", "thanked"],
    ["es", "me dijeron que el viernes, no el lunes", "decision-date"],
    ["de", "die haben gesagt Freitag, nicht Montag", "decision-date"],
  ];
  it.each(cases)("(%s) %s → %s", (lang, text, intent) => {
    // Prepare: the clock above; Act
    const reply = read(text, lang);
    // Assess
    expect(reply.intent).toBe(intent);
  });
});

/** A correction of the time in each language's words: the right hour and minutes, then the wrong. */
const SHAPES: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    "it's {R} not {W}",
    "oops, the interview is at {R} not {W}",
    "small fix: the call is at {R}, not {W}",
    "the time is {R} not {W}",
  ],
  de: ["es ist um {R} nicht um {W}", "sorry, das Gespräch ist um {R} Uhr, nicht {W}"],
  fr: ["c'est à {R} pas {W}", "oups, l'entretien est à {R} et non {W}"],
  es: ["es a las {R} no a las {W}", "perdón, la entrevista es a las {R}, no a las {W}"],
  it: ["è alle {R} non alle {W}", "scusa, il colloquio è alle {R} non {W}"],
  nl: ["het is om {R} niet om {W}", "sorry, het gesprek is om {R} uur, niet {W}"],
  pt: ["é às {R}, não às {W}", "desculpa, a entrevista é às {R} e não às {W}"],
};

describe("property: a correction's shape asked as a question never applies", () => {
  const hhmm = (hour: number, minute: number) => `${hour}:${String(minute).padStart(2, "0")}`;
  it.each(LANGS)("(%s) said, it corrects the time; asked, nothing", (lang) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHAPES[lang]),
        fc.integer({ min: 8, max: 18 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(...LEXICONS[lang].question),
        fc.boolean(),
        (shape, hour, minute, earlier, opener, marked) => {
          // Prepare: the statement, and the same words as a question
          const said = shape.replace("{R}", hhmm(hour, minute)).replace("{W}", hhmm(hour - earlier, minute));
          const asked = marked ? `${lang === "es" ? "¿" : ""}${said}?` : `${opener} ${said}`;
          // Act
          const statement = read(said, lang);
          const question = read(asked, lang);
          // Assess
          expect(statement.correction).toMatchObject({
            field: "date",
            time: hhmm(hour, minute).padStart(5, "0"),
          });
          expect(question.intent === "correct" && !question.needsConfirmation).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** The lexicon's markers that are undo cues too ("me equivoqué", "foutje", "ho sbagliato"). */
function undoMarkers(lang: Lang): string[] {
  const { corrections, cues } = LEXICONS[lang];
  return corrections.markers.filter((marker) =>
    table(cues.undo)
      .matches(fold(marker))
      .some((found) => found.index === 0 && found.text.length === fold(marker).length),
  );
}

describe("property: a marker that says undo alone corrects before a new value", () => {
  const hhmm = (hour: number, minute: number) => `${hour}:${String(minute).padStart(2, "0")}`;
  const langs = LANGS.filter((lang) => undoMarkers(lang).length > 0);
  it.each(langs)("(%s) marker alone → undo; marker, then a time said again → that time", (lang) => {
    fc.assert(
      fc.property(
        fc.constantFrom(...undoMarkers(lang)),
        fc.constantFrom(...SHAPES[lang]),
        fc.integer({ min: 8, max: 18 }),
        fc.constantFrom(0, 30),
        (marker, shape, hour, minute) => {
          // Prepare
          const said = shape.replace("{R}", hhmm(hour, minute)).replace("{W}", hhmm(hour - 1, minute));
          // Act
          const alone = read(marker, lang);
          const before = read(`${marker}, ${said}`, lang);
          // Assess
          expect(alone.intent).toBe("undo");
          expect(before.correction).toMatchObject({
            field: "date",
            time: hhmm(hour, minute).padStart(5, "0"),
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});
