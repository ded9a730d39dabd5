/**
 * How long an interview lasts when the text says it in words, about, or as a range of lengths, in
 * every language: "about 40 minutes", "so ne Stunde", "une petite heure", "una horita", "een
 * uurtje", "un'oretta"; a range keeps its longer end ("45 bis 60 Minuten" is an hour).
 */
import { describe, expect, it } from "vitest";
import { findDuration } from "../../../lambdas/domain/ingest/duration";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import type { Lang } from "../../../lambdas/domain/language/lang";

function readsAs(title: string, rows: ReadonlyArray<readonly [Lang, string, number]>): void {
  describe(title, () => {
    it.each(rows)("%s: %s", (lang, text, minutes) => {
      // Act
      const read = findDuration(text, INVITE_LEXICONS[lang]);
      // Assess
      expect(read).toBe(minutes);
    });
  });
}

readsAs("a length in words or about", [
  ["en", "The call should be about 40 minutes.", 40],
  ["en", "It's roughly an hour, maybe a bit less.", 60],
  ["en", "We'll need you for a good hour.", 60],
  ["en", "Give yourself an hour and a half for the whole thing.", 90],
  ["en", "It runs about half an hour.", 30],
  ["en", "It's a 2-hour onsite.", 120],
  ["de", "Das Gespräch wird ungefähr 45 Minuten dauern.", 45],
  ["de", "Wir brauchen etwa eine halbe Stunde.", 30],
  ["de", "Nimm dir so ne Stunde Zeit.", 60],
  ["de", "Dauer: ca. 1,5 Std.", 90],
  ["de", "Wir sprechen ungefähr eine Dreiviertelstunde.", 45],
  ["fr", "Cela prendra une demi-heure environ.", 30],
  ["fr", "L'échange durera une petite heure.", 60],
  ["fr", "Prévois une bonne heure.", 60],
  ["fr", "On en a pour trois quarts d'heure.", 45],
  ["fr", "L'entretien dure 1h30.", 90],
  ["es", "La entrevista será de unos 40 minutos.", 40],
  ["es", "Serán como tres cuartos de hora.", 45],
  ["es", "Calcula una horita.", 60],
  ["es", "Nos llevará media hora más o menos.", 30],
  ["pt", "A conversa deve durar cerca de meia hora.", 30],
  ["pt", "Vai levar uma horinha.", 60],
  ["pt", "A entrevista dura aproximadamente 45 minutos.", 45],
  ["pt", "Reserve uma hora e meia.", 90],
  ["nl", "Het gesprek duurt een half uurtje.", 30],
  ["nl", "Reken op een uurtje.", 60],
  ["nl", "We hebben ongeveer anderhalf uur nodig.", 90],
  ["nl", "Het duurt zo'n drie kwartier.", 45],
  ["it", "Il colloquio durerà un'oretta.", 60],
  ["it", "Ci vorrà mezz'ora circa.", 30],
  ["it", "Calcola un'ora e mezza.", 90],
  ["it", "Sarà una chiacchierata di una mezz'oretta.", 30],
  ["it", "Il colloquio durerà tre quarti d'ora.", 45],
]);

readsAs("a range of lengths keeps its longer end", [
  ["en", "The interview lasts 45-60 minutes.", 60],
  ["en", "Plan for 45 to 60 minutes.", 60],
  ["de", "Das Gespräch dauert 45 bis 60 Minuten.", 60],
  ["de", "Plane 1 bis 1,5 Stunden ein.", 90],
  ["fr", "L'entretien durera entre 45 minutes et une heure.", 60],
  ["fr", "Prévoyez 1h à 1h30.", 90],
  ["es", "La entrevista durará entre 45 y 60 minutos.", 60],
  ["pt", "A entrevista dura entre 45 e 60 minutos.", 60],
  ["nl", "Het gesprek duurt 45 à 60 minuten.", 60],
  ["it", "Il colloquio durerà dai 45 ai 60 minuti.", 60],
]);

readsAs("a length said as people write it: in words, on a line of its own, with a local unit", [
  ["en", "It should last around an hour and a half and includes a short case study.", 90],
  ["en", "Time: 10.30am\nLength: approx. 1.5 hrs\nWhere: our office", 90],
  ["en", "📅 Tuesday 8 December at 11am\n⏱ 45 mins\n💻 Teams", 45],
  ["de", "Wir haben circa eineinhalb Stunden eingeplant.", 90],
  ["de", "Das Gespräch dauert anderthalb Stunden.", 90],
  ["de", "Termin: Mittwoch, 14 Uhr (45 Min.)", 45],
  ["de", "📅 Mittwoch, 9.12. um 14 Uhr\n⏱ 1 Std.\n📍 Hamburg", 60],
  ["fr", "📅 Jeudi 10 décembre à 11h\n⏱ 45 min\n💻 En visio", 45],
  ["fr", "Prévoyez environ 1h30 sur place.", 90],
  ["es", "La entrevista durará una hora y media aproximadamente.", 90],
  ["es", "Calcula unos 45 min.", 45],
  ["pt", "A conversa deve levar cerca de uma hora e meia.", 90],
  ["pt", "Duração prevista: 1h30.", 90],
  ["nl", "Het gesprek duurt ongeveer drie kwartier.", 45],
  ["nl", "Reken op ongeveer anderhalf uur.", 90],
  ["it", "Il colloquio durerà circa un'ora e mezza.", 90],
  ["it", "Durata: 45 min circa.", 45],
]);

readsAs("a length with a quarter, a verb's other forms, a diminutive or a regional number", [
  ["en", "The interview should run an hour and a quarter.", 75],
  ["nl", "Hij trekt er drie kwartier voor uit.", 45],
  ["nl", "Kort gesprekje, half uur max.", 30],
  ["fr", "Comptez septante minutes environ.", 70],
  ["fr", "L'entretien devrait durer nonante minutes.", 90],
  ["es", "Serán unos 15 minutitos, nada formal.", 15],
  ["es", "La entrevista puede durar hasta 50 minutos.", 50],
  ["pt", "A conversa deve durar uns 20 minutinhos.", 20],
  ["pt", "Vai durar 1 hora e um quarto, mais ou menos.", 75],
  ["it", "Il colloquio dovrebbe durare un'ora e un quarto.", 75],
  ["it", "Sarà una chiacchierata di 20 minutini.", 20],
  ["de", "Das Gespräch dauert voraussichtlich eine Stunde und eine Viertelstunde.", 75],
]);
