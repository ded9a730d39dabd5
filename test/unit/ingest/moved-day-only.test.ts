/**
 * A reply that moves the interview to another day, forwarded with the invitation it answers below
 * it, in every language: the new day alone with a time ("Friday at 2pm"), with "same time", or a
 * week on. A weekday is counted from when the reply was written, not the quoted invitation; "same
 * time" keeps the invitation's clock time and length; two new days, or none yet, stay open; the
 * employer named only in the quoted invitation is still the employer.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { readThread, type Thread } from "../../support/thread-mail";

interface Language {
  readonly zone: string;
  readonly from: string;
  readonly company: string;
  /** The invitation, sent Tuesday 6 April 2027: Thursday 15 April at 10:00 for 45 minutes. */
  readonly invitation: string;
  /** Replies sent Monday 12 April 2027. */
  readonly toFridayAtTwo: string;
  readonly toFridaySameTime: string;
  readonly aWeekLater: string;
  readonly fridayOrMonday: string;
  /** "from Thursday 15 to Wednesday 14 at 9:30": day numbers beside weekdays, brought forward. */
  readonly broughtForward: string;
  /** A move that names no new day or time yet. */
  readonly noNewDay: string;
}

const LANGUAGES: Record<Lang, Language> = {
  en: {
    zone: "America/New_York",
    from: "Megan Cole <megan.cole@harborlane.com>",
    company: "Harbor Lane",
    invitation:
      "Hi Jordan,\n\nConfirming your 45-minute interview for the Data Analyst role at Harbor Lane Logistics on Thursday, April 15 at 10:00 AM with Priya Nair.\n\nBest,\nMegan Cole\nRecruiter",
    toFridayAtTwo:
      "Hi Jordan,\n\nPriya has a conflict on Thursday - could we move your interview to Friday at 2pm instead? Same Zoom link.\n\nThanks,\nMegan",
    toFridaySameTime:
      "Hi Jordan,\n\nPriya is out on Thursday. Could we push it to Friday, same time? Sorry for the shuffle!\n\nMegan",
    aWeekLater:
      "Hi Jordan,\n\nPriya is travelling this week, so we need to reschedule: could we do one week later, same time? Apologies!\n\nMegan",
    fridayOrMonday:
      "Hi Jordan,\n\nPriya is out on Thursday - could we move it to Friday or Monday, same time? Let me know which works.\n\nMegan",
    broughtForward:
      "Hi Jordan,\n\nCould we move the interview up from Thursday the 15th to Wednesday the 14th at 9:30 AM? Everything else stays the same.\n\nMegan",
    noNewDay:
      "Hi Jordan,\n\nUnfortunately we need to reschedule your interview - Priya has been called away. I'll come back to you with new times shortly.\n\nMegan",
  },
  de: {
    zone: "Europe/Berlin",
    from: "Katrin Vogel <k.vogel@nordlicht-software.de>",
    company: "Nordlicht",
    invitation:
      "Hallo Herr Lee,\n\nhiermit bestätige ich Ihnen das Vorstellungsgespräch als Data Analyst bei der Nordlicht Software GmbH am Donnerstag, 15.04.2027, um 10:00 Uhr mit Frau Nair (45 Minuten).\n\nViele Grüße\nKatrin Vogel",
    toFridayAtTwo:
      "Hallo Herr Lee,\n\nleider ist Frau Nair am Donnerstag verhindert. Können wir das Gespräch auf Freitag um 14 Uhr verschieben?\n\nViele Grüße\nKatrin Vogel",
    toFridaySameTime:
      "Hallo Herr Lee,\n\nkönnen wir das Gespräch auf Freitag verschieben, gleiche Uhrzeit? Der Teams-Link bleibt gleich.\n\nViele Grüße\nKatrin Vogel",
    aWeekLater:
      "Hallo Herr Lee,\n\nFrau Nair ist diese Woche auf Dienstreise. Können wir das Gespräch um eine Woche verschieben, zur gleichen Uhrzeit?\n\nViele Grüße\nKatrin Vogel",
    fridayOrMonday:
      "Hallo Herr Lee,\n\nkönnen wir das Gespräch auf Freitag oder Montag verschieben, gleiche Uhrzeit? Geben Sie mir kurz Bescheid, was besser passt.\n\nViele Grüße\nKatrin Vogel",
    broughtForward:
      "Hallo Herr Lee,\n\nkönnten wir das Gespräch von Donnerstag, den 15. auf Mittwoch, den 14. um 9:30 Uhr vorziehen? Sonst bleibt alles gleich.\n\nViele Grüße\nKatrin Vogel",
    noNewDay:
      "Hallo Herr Lee,\n\nleider müssen wir das Gespräch verschieben, Frau Nair ist kurzfristig verhindert. Ich melde mich zeitnah mit neuen Terminvorschlägen.\n\nViele Grüße\nKatrin Vogel",
  },
  fr: {
    zone: "Europe/Paris",
    from: "Claire Martin <claire.martin@alteon.fr>",
    company: "Alteon",
    invitation:
      "Bonjour Jordan,\n\nJe vous confirme votre entretien pour le poste de Data Analyst chez Alteon Conseil le jeudi 15 avril à 10h avec Priya Nair. Prévoyez 45 minutes.\n\nCordialement,\nClaire Martin",
    toFridayAtTwo:
      "Bonjour Jordan,\n\nPetit changement : Priya n'est pas disponible jeudi, pouvons-nous décaler l'entretien à vendredi 14h ? Même lien Teams.\n\nClaire",
    toFridaySameTime:
      "Bonjour Jordan,\n\nPourrions-nous décaler l'entretien à vendredi, même heure ? Désolée pour le contretemps.\n\nClaire",
    aWeekLater:
      "Bonjour Jordan,\n\nPriya est en déplacement cette semaine : pourrions-nous décaler l'entretien d'une semaine, même heure ?\n\nClaire",
    fridayOrMonday:
      "Bonjour Jordan,\n\nPourrions-nous décaler l'entretien à vendredi ou lundi, même heure ? Dites-moi ce qui vous arrange.\n\nClaire",
    broughtForward:
      "Bonjour Jordan,\n\nSerait-il possible d'avancer l'entretien du jeudi 15 au mercredi 14 à 9h30 ? Le reste ne change pas.\n\nClaire",
    noNewDay:
      "Bonjour Jordan,\n\nNous devons malheureusement reporter votre entretien, Priya a un empêchement. Je reviens vers vous rapidement avec d'autres créneaux.\n\nClaire",
  },
  es: {
    zone: "Europe/Madrid",
    from: "Lucía Romero <lucia.romero@grupoalba.es>",
    company: "Grupo Alba",
    invitation:
      "Hola Jordan,\n\nTe confirmo la entrevista para el puesto de Analista de Datos en Grupo Alba el jueves 15 de abril a las 10:00 con Priya Nair. Calcula 45 minutos.\n\nSaludos,\nLucía Romero",
    toFridayAtTwo:
      "Hola Jordan,\n\nPriya tiene un imprevisto el jueves, ¿podemos pasar la entrevista al viernes a las 14:00? Mismo enlace.\n\nSaludos,\nLucía",
    toFridaySameTime:
      "Hola Jordan,\n\n¿Podríamos pasar la entrevista al viernes, misma hora? Perdona el cambio.\n\nLucía",
    aWeekLater:
      "Hola Jordan,\n\nPriya está de viaje esta semana. ¿Podríamos pasarla a la semana siguiente, a la misma hora?\n\nLucía",
    fridayOrMonday:
      "Hola Jordan,\n\n¿Podemos pasar la entrevista al viernes o al lunes, misma hora? Dime qué te viene mejor.\n\nLucía",
    broughtForward:
      "Hola Jordan,\n\n¿Podríamos adelantar la entrevista del jueves 15 al miércoles 14 a las 9:30? Lo demás sigue igual.\n\nLucía",
    noNewDay:
      "Hola Jordan,\n\nTenemos que reprogramar la entrevista porque a Priya le surgió un imprevisto. Te escribo en cuanto tenga nuevos horarios.\n\nLucía",
  },
  pt: {
    zone: "America/Sao_Paulo",
    from: "Mariana Costa <mariana.costa@vertia.com.br>",
    company: "Vertia",
    invitation:
      "Olá Jordan,\n\nSua entrevista para Analista de Dados na Vertia Tecnologia está confirmada para quinta-feira, 15/04, às 10h, com a Priya Nair. Duração: 45 minutos.\n\nAbraço,\nMariana Costa",
    toFridayAtTwo:
      "Oi Jordan, tudo bem?\n\nA Priya teve um imprevisto na quinta. Podemos remarcar para sexta às 14h? Mesmo link.\n\nObrigada!\nMariana",
    toFridaySameTime:
      "Oi Jordan,\n\nPrecisamos remarcar: pode ser na sexta, mesmo horário? Desculpe o transtorno!\n\nMariana",
    aWeekLater:
      "Oi Jordan,\n\nA Priya vai estar viajando esta semana. Podemos remarcar para uma semana depois, no mesmo horário?\n\nMariana",
    fridayOrMonday:
      "Oi Jordan,\n\nPrecisamos remarcar: pode ser sexta ou segunda, mesmo horário? Me diga o que fica melhor.\n\nMariana",
    broughtForward:
      "Oi Jordan,\n\nPodemos antecipar a entrevista de quinta, dia 15, para quarta, dia 14, às 9h30? O resto continua igual.\n\nMariana",
    noNewDay:
      "Oi Jordan,\n\nPrecisamos remarcar a entrevista, a Priya teve um imprevisto. Te mando novas opções de horário em breve.\n\nMariana",
  },
  nl: {
    zone: "Europe/Amsterdam",
    from: "Sanne de Vries <sanne.devries@kwadraat.nl>",
    company: "Kwadraat",
    invitation:
      "Hoi Jordan,\n\nHierbij bevestig ik je gesprek voor de functie Data Analyst bij Kwadraat Advies op donderdag 15 april om 10.00 uur met Priya Nair. Duur: 45 minuten.\n\nGroet,\nSanne de Vries",
    toFridayAtTwo:
      "Hoi Jordan,\n\nPriya kan donderdag helaas niet. Kunnen we het gesprek verzetten naar vrijdag 14.00 uur? Zelfde Teams-link.\n\nGroet,\nSanne",
    toFridaySameTime:
      "Hoi Jordan,\n\nZou je het gesprek kunnen verzetten naar vrijdag, zelfde tijd? Sorry voor het schuiven.\n\nGroet,\nSanne",
    aWeekLater:
      "Hoi Jordan,\n\nPriya is deze week op reis. Kunnen we het gesprek een week opschuiven, zelfde tijd?\n\nGroet,\nSanne",
    fridayOrMonday:
      "Hoi Jordan,\n\nKunnen we het gesprek verzetten naar vrijdag of maandag, zelfde tijd? Laat maar weten wat je het beste uitkomt.\n\nGroet,\nSanne",
    broughtForward:
      "Hoi Jordan,\n\nZouden we het gesprek kunnen vervroegen van donderdag 15 naar woensdag 14 om 9.30 uur? Verder blijft alles hetzelfde.\n\nGroet,\nSanne",
    noNewDay:
      "Hoi Jordan,\n\nWe moeten het gesprek helaas verzetten, Priya is onverwacht verhinderd. Ik kom snel bij je terug met nieuwe tijden.\n\nGroet,\nSanne",
  },
  it: {
    zone: "Europe/Rome",
    from: "Giulia Russo <giulia.russo@lumenta.it>",
    company: "Lumenta",
    invitation:
      "Buongiorno Jordan,\n\nLe confermo il colloquio per la posizione di Data Analyst presso Lumenta S.r.l. giovedì 15 aprile alle 10:00 con Priya Nair. Durata prevista 45 minuti.\n\nCordiali saluti,\nGiulia Russo",
    toFridayAtTwo:
      "Buongiorno Jordan,\n\nPriya giovedì non c'è: possiamo spostare il colloquio a venerdì alle 14? Stesso link.\n\nGrazie,\nGiulia",
    toFridaySameTime:
      "Buongiorno Jordan,\n\npossiamo spostare il colloquio a venerdì, stessa ora? Mi scusi per il cambio.\n\nGiulia",
    aWeekLater:
      "Buongiorno Jordan,\n\nPriya è in trasferta questa settimana: possiamo spostare il colloquio di una settimana, stessa ora?\n\nGiulia",
    fridayOrMonday:
      "Buongiorno Jordan,\n\npossiamo spostare il colloquio a venerdì o lunedì, stessa ora? Mi faccia sapere cosa preferisce.\n\nGiulia",
    broughtForward:
      "Buongiorno Jordan,\n\nle chiedo se è possibile anticipare il colloquio da giovedì 15 a mercoledì 14 alle 9:30. Resta tutto invariato per il resto.\n\nGiulia",
    noNewDay:
      "Buongiorno Jordan,\n\npurtroppo dobbiamo spostare il colloquio, Priya ha avuto un imprevisto. Le scrivo a breve con nuove disponibilità.\n\nGiulia",
  },
};

type Reply = Exclude<keyof Language, "zone" | "from" | "company" | "invitation">;

/** The reply (Monday 12 April) above the invitation (Tuesday 6 April), Outlook or Gmail style. */
function thread(lang: Lang, reply: Reply, style: Thread["style"]): Thread {
  const language = LANGUAGES[lang];
  return {
    lang,
    zone: language.zone,
    style,
    subject: "Interview Data Analyst",
    messages: [
      { from: language.from, at: "2027-04-12T09:20", body: language[reply] },
      { from: language.from, at: "2027-04-06T11:00", body: language.invitation },
    ],
  };
}

const EXPECTED: ReadonlyArray<readonly [Reply, string | null]> = [
  ["toFridayAtTwo", "2027-04-16T14:00"],
  ["toFridaySameTime", "2027-04-16T10:00"],
  ["aWeekLater", "2027-04-22T10:00"],
  ["fridayOrMonday", null],
  ["broughtForward", "2027-04-14T09:30"],
  ["noNewDay", null],
];

const CASES = (Object.keys(LANGUAGES) as Lang[]).flatMap((lang) =>
  (["original", "gmail"] as const).flatMap((style) =>
    EXPECTED.map(([reply, start]) => [`${lang} ${style} ${reply}`, lang, reply, style, start] as const),
  ),
);

describe("a reply that moves the interview to another day, above the invitation", () => {
  it.each(CASES)("%s", async (_name, lang, reply, style, start) => {
    const result = await readThread(thread(lang, reply, style));
    expect(result.interview.company ?? "").toContain(LANGUAGES[lang].company);
    if (start === null) {
      expect(result.status).toBe("needs-date");
      return;
    }
    expect([result.status, result.interview.start?.slice(0, 16)]).toEqual(["ok", start]);
    const begin = DateTime.fromISO(result.interview.start ?? "");
    const end = DateTime.fromISO(result.interview.end ?? "");
    // The length the invitation gave, never the gap between the old time and the new one.
    expect(end.diff(begin, "minutes").minutes).toBe(45);
  });
});

/** The new day written as a day of the month, a date without a time, or the day after. */
const MORE: ReadonlyArray<readonly [Lang, string, string]> = [
  ["en", "Hi Jordan, could we move it to the 16th, same time? Thanks, Megan", "2027-04-16T10:00"],
  [
    "en",
    "Hi Jordan, could we move your interview to Friday 4/16, same time? Thanks, Megan",
    "2027-04-16T10:00",
  ],
  [
    "de",
    "Hallo Herr Lee, können wir das Gespräch auf den 16. verschieben, gleiche Uhrzeit? Viele Grüße",
    "2027-04-16T10:00",
  ],
  [
    "de",
    "Hallo Herr Lee, können wir das Gespräch auf Freitag, den 16.04. verschieben? Uhrzeit bleibt.",
    "2027-04-16T10:00",
  ],
  [
    "fr",
    "Bonjour Jordan, pourrions-nous décaler l'entretien au vendredi 16 avril, même heure ? Claire",
    "2027-04-16T10:00",
  ],
  [
    "es",
    "Hola Jordan, ¿podemos pasar la entrevista al viernes 16, a la misma hora? Lucía",
    "2027-04-16T10:00",
  ],
  ["pt", "Oi Jordan, podemos remarcar para sexta, dia 16, no mesmo horário? Mariana", "2027-04-16T10:00"],
  [
    "nl",
    "Hoi Jordan, kunnen we het gesprek verzetten naar vrijdag 16 april, zelfde tijd? Sanne",
    "2027-04-16T10:00",
  ],
  [
    "it",
    "Buongiorno Jordan, possiamo spostare il colloquio al giorno dopo, stessa ora? Giulia",
    "2027-04-16T10:00",
  ],
];

describe("a reply that moves the interview to a day of the month, a date or the day after", () => {
  it.each(
    MORE.flatMap(([lang, body, start]) =>
      (["original", "gmail"] as const).map((style) => [lang, style, body, start]),
    ),
  )("%s %s: %s", async (lang, style, body, start) => {
    const language = LANGUAGES[lang as Lang];
    const result = await readThread({
      ...thread(lang as Lang, "toFridaySameTime", style as Thread["style"]),
      messages: [
        { from: language.from, at: "2027-04-12T09:20", body },
        { from: language.from, at: "2027-04-06T11:00", body: language.invitation },
      ],
    });
    expect([result.status, result.interview.start?.slice(0, 16)]).toEqual(["ok", start]);
  });
});
