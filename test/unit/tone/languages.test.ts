/** The tone check in every language: each table flags its own language's pressing words, calmly. */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { checkTone, TONE_TABLES } from "../../../lambdas/domain/tone";

const FLAGGED: ReadonlyArray<readonly [Lang, string, string]> = [
  ["de", "Ich warte immer noch auf eine Antwort.", "pressing"],
  ["de", "Ich erwarte eine Antwort bis Freitag.", "demanding"],
  ["de", "Ich frage zum wiederholten Mal nach.", "demanding"],
  ["de", "Sie hatten mir versprochen, sich zu melden.", "accusatory"],
  ["de", "Bitte antworten Sie umgehend.", "urgency"],
  ["de", "Das ist dringend.", "urgency"],
  ["de", "Ich brauche diesen Job wirklich.", "desperation"],
  ["fr", "J’attends toujours votre réponse.", "pressing"],
  ["fr", "Cela fait deux semaines que j'ai passé l'entretien.", "pressing"],
  ["fr", "J'exige une réponse.", "demanding"],
  ["fr", "Vous m'aviez dit que je serais fixé vendredi.", "accusatory"],
  ["fr", "Merci de me répondre au plus vite.", "urgency"],
  ["fr", "Je vous en supplie, c'est ma dernière chance.", "desperation"],
  ["es", "Sigo esperando su respuesta.", "pressing"],
  ["es", "Necesito una respuesta hoy mismo.", "demanding"],
  ["es", "Necesito una respuesta hoy mismo.", "urgency"],
  ["es", "Usted me dijo que me llamarían.", "accusatory"],
  ["es", "Respondan lo antes posible.", "urgency"],
  ["es", "Necesito este trabajo, se lo ruego.", "desperation"],
  ["pt", "Continuo à espera de uma resposta.", "pressing"],
  ["pt", "Preciso de uma resposta com urgência.", "demanding"],
  ["pt", "Disseram-me que teria notícias na sexta.", "accusatory"],
  ["pt", "Respondam o mais rápido possível.", "urgency"],
  ["pt", "Preciso mesmo deste emprego.", "desperation"],
  ["nl", "Ik wacht nog steeds op een reactie.", "pressing"],
  ["nl", "Ik verwacht een antwoord voor vrijdag.", "demanding"],
  ["nl", "U had beloofd dat u zou bellen.", "accusatory"],
  ["nl", "Graag zo snel mogelijk een reactie.", "urgency"],
  ["nl", "Ik smeek u, dit is mijn laatste kans.", "desperation"],
  ["it", "Sto ancora aspettando una risposta.", "pressing"],
  ["it", "Pretendo una risposta entro oggi.", "demanding"],
  ["it", "Mi avevate promesso una risposta.", "accusatory"],
  ["it", "Mi risponda il prima possibile.", "urgency"],
  ["it", "Ho davvero bisogno di questo lavoro.", "desperation"],
  ["es", "Le escribo otra vez para saber si hay novedades.", "demanding"],
  ["fr", "Je vous relance encore une fois.", "demanding"],
  ["pt", "Escrevo mais uma vez sobre a minha candidatura.", "demanding"],
  ["it", "Le scrivo ancora una volta per avere notizie.", "demanding"],
  ["nl", "Ik mail u opnieuw over mijn sollicitatie.", "demanding"],
  ["de", "ICH BIN SEHR INTERESSIERT", "shouting"],
  ["fr", "Merci beaucoup !!", "exclamations"],
];

const CALM: ReadonlyArray<readonly [Lang, string]> = [
  ["de", "Gilt der besprochene Zeitplan noch, und bin ich weiterhin im Auswahlverfahren?"],
  ["de", "Ich muss bis Freitag auf ein anderes Angebot antworten; gibt es Neuigkeiten zu Ihrem Zeitplan?"],
  ["fr", "Le calendrier évoqué est-il toujours d’actualité ? Je reste à votre disposition."],
  ["es", "¿Sigue vigente el calendario que comentamos? Quedo a su disposición."],
  ["pt", "O calendário de que falámos mantém-se? Agradeço novamente o tempo dedicado."],
  ["nl", "Is de planning die we bespraken nog actueel? Nogmaals dank voor uw tijd."],
  ["it", "Le tempistiche di cui abbiamo parlato sono ancora valide? Grazie ancora per il tempo dedicatomi."],
  ["de", "Ich habe mit dem Team über AWS und SQL gesprochen."],
  // Thanking once more is kind, not pressing.
  ["es", "Gracias una vez más por su tiempo."],
  ["fr", "Merci encore une fois pour votre temps."],
  ["pt", "Agradeço mais uma vez a oportunidade."],
  ["it", "Grazie ancora una volta per il tempo dedicatomi."],
  ["nl", "Wederom bedankt voor uw tijd."],
];

describe("tone check in every language", () => {
  it.each(FLAGGED)("%s: %j is flagged as %s", (language, draft, rule) => {
    expect(checkTone(draft, language).map((finding) => finding.rule)).toContain(rule);
  });

  it.each(CALM)("%s: %j reads calm", (language, draft) => {
    expect(checkTone(draft, language)).toEqual([]);
  });

  it("a phrase matches whole words only: German “sofort” is not found in “Sofortmaßnahme”", () => {
    expect(checkTone("Die Sofortmaßnahme hat geholfen.", "de")).toEqual([]);
    expect(checkTone("Bitte sofort antworten.", "de").map((finding) => finding.rule)).toEqual(["urgency"]);
  });

  it("every language suggests calmer wording for every rule, in its own words", () => {
    for (const [language, table] of Object.entries(TONE_TABLES)) {
      const rules = new Set(table.entries.map((entry) => entry.rule));
      expect([...rules].sort(), language).toEqual([
        "accusatory",
        "demanding",
        "desperation",
        "pressing",
        "urgency",
      ]);
      for (const entry of table.entries) {
        expect(entry.phrases.length, `${language} ${entry.rule}`).toBeGreaterThan(0);
        expect(entry.suggestion.length, `${language} ${entry.rule}`).toBeGreaterThan(20);
      }
      if (language !== "en")
        expect(table.entries.map((entry) => entry.suggestion)).not.toEqual(
          TONE_TABLES.en.entries.map((entry) => entry.suggestion),
        );
    }
  });
});
