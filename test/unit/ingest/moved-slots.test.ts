/**
 * One message that moves the interview, naming the old slot and the new one, in every language:
 * the slot marked as the old one (from, was set for, unavailable at, instead of) loses, the one
 * marked as the destination (to, auf, au, naar, para, a) wins, whichever is written first. Two new
 * proposals and no choice stay open (needs-date).
 */
import { describe, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { expectSettled, type Thread } from "../../support/thread-mail";

const SENDERS: Record<Lang, string> = {
  en: "Megan Cole <megan.cole@brightpath.io>",
  de: "Katrin Vogel <k.vogel@nordlicht-software.de>",
  fr: "Claire Martin <claire.martin@alteon.fr>",
  es: "Lucía Romero <lucia.romero@grupoalba.es>",
  pt: "Mariana Costa <mariana.costa@vertia.com.br>",
  nl: "Sanne de Vries <sanne.devries@kwadraat.nl>",
  it: "Giulia Russo <giulia.russo@lumenta.it>",
};
const ZONES: Record<Lang, string> = {
  en: "America/New_York",
  de: "Europe/Berlin",
  fr: "Europe/Paris",
  es: "Europe/Madrid",
  pt: "America/Sao_Paulo",
  nl: "Europe/Amsterdam",
  it: "Europe/Rome",
};

/** One message written Monday 12 April 2027, forwarded alone. */
function moved(lang: Lang, body: string, extra: Partial<Thread> = {}): Thread {
  return {
    lang,
    zone: ZONES[lang],
    style: "gmail",
    messages: [{ from: SENDERS[lang], at: "2027-04-12T09:20", body }],
    ...extra,
  };
}

const NEW = "2027-04-16T13:30";

const MOVED_CASES: ReadonlyArray<readonly [string, Thread, string | null]> = [
  // English
  [
    "en from … to",
    moved(
      "en",
      "Hi Jordan,\n\nApologies for the shuffle - Dan has been pulled into a client workshop. Could we move your interview from Wednesday 4/14 at 10 AM to Friday 4/16 at 1:30 PM ET? Same Zoom link.\n\nThanks,\nMegan",
    ),
    NEW,
  ],
  [
    "en was set for",
    moved(
      "en",
      "Hi Jordan,\n\nOur interview was set for Thursday 4/15 at 10:00 AM - could we move it to Monday 4/19 at 3:00 PM CT instead? Let me know.\n\nThanks,\nMegan",
      { zone: "America/Chicago" },
    ),
    "2027-04-19T15:00",
  ],
  [
    "en no longer available",
    moved(
      "en",
      "Hi Jordan,\n\nUnfortunately Dan is no longer available on Wednesday, April 14 at 10:00 AM. We have rescheduled your interview to Friday, April 16 at 1:30 PM EDT.\n\nBest,\nMegan",
      { style: "outlook" },
    ),
    NEW,
  ],
  [
    "en new first",
    moved(
      "en",
      "Hi Jordan - quick update: your interview is now Friday, April 16 at 1:30 PM instead of Wednesday, April 14 at 10:00 AM. Everything else stays the same.\n\nMegan",
      { qp1252: true },
    ),
    NEW,
  ],
  [
    "en can't make",
    moved(
      "en",
      "Hi Jordan,\n\nDan can't make Wednesday 14 April at 10am any more. Would Friday 16 April at 1:30pm work instead for the interview?\n\nMegan",
    ),
    NEW,
  ],
  // German
  [
    "de von … auf",
    moved(
      "de",
      "Hallo Jordan,\n\nleider ist bei uns etwas dazwischengekommen. Könnten wir das Gespräch von Mittwoch, 14.04. um 10 Uhr auf Freitag, 16.04. um 13:30 Uhr verschieben?\n\nViele Grüße\nKatrin",
    ),
    NEW,
  ],
  [
    "de entfällt, Ersatztermin",
    moved(
      "de",
      "Hallo Herr Lee,\n\nunser Termin am Mittwoch, 14. April um 10:00 Uhr muss leider entfallen, da Herr Braun kurzfristig verhindert ist. Als Ersatztermin für Ihr Vorstellungsgespräch schlagen wir Freitag, 16. April um 13:30 Uhr vor.\n\nMit freundlichen Grüßen\nKatrin Vogel",
      { style: "outlook", qp1252: true },
    ),
    NEW,
  ],
  [
    "de statt",
    moved(
      "de",
      "Hallo Jordan,\n\nstatt am Mittwoch, 14.04. um 10 Uhr findet Ihr Gespräch nun am Freitag, 16.04. um 13:30 Uhr statt. Der Raum bleibt gleich.\n\nGruß\nKatrin",
    ),
    NEW,
  ],
  [
    "de vom … auf den",
    moved(
      "de",
      "Hallo Jordan,\n\nkurze Änderung: Ihr Vorstellungsgespräch wird vom 14.04. (10:00 Uhr) auf den 16.04. um 13:30 Uhr verlegt.\n\nBeste Grüße\nKatrin Vogel",
    ),
    NEW,
  ],
  // French
  [
    "fr pas disponible",
    moved(
      "fr",
      "Bonjour Jordan,\n\nPaul ne sera pas disponible mercredi 14 avril à 10 h. Nous déplaçons donc ton entrevue au vendredi 16 avril à 13 h 30.\n\nMerci de ta compréhension,\nClaire",
    ),
    NEW,
  ],
  [
    "fr du … au",
    moved(
      "fr",
      "Bonjour Jordan,\n\nSerait-il possible de décaler notre entretien du mercredi 14 avril à 10h au vendredi 16 avril à 13h30 ?\n\nCordialement,\nClaire Martin",
      { style: "outlook" },
    ),
    NEW,
  ],
  [
    "fr au lieu du",
    moved(
      "fr",
      "Bonjour,\n\nVotre entretien aura finalement lieu le vendredi 16 avril à 13h30 au lieu du mercredi 14 avril à 10h.\n\nCordialement,\nClaire Martin",
      { qp1252: true },
    ),
    NEW,
  ],
  [
    "fr prévu … reporté au",
    moved(
      "fr",
      "Bonjour Jordan,\n\nSuite à un empêchement, l'entretien prévu mercredi 14 avril à 10h est reporté au vendredi 16 avril à 13h30.\n\nCordialement,\nClaire",
    ),
    NEW,
  ],
  // Spanish
  [
    "es no podrá",
    moved(
      "es",
      "Hola Jordan:\n\nTe escribo porque Marta no podrá asistir el miércoles 14 de abril a las 10:00. ¿Podríamos pasar la entrevista al viernes 16 de abril a las 13:30?\n\nUn saludo,\nLucía",
    ),
    NEW,
  ],
  [
    "es en lugar de",
    moved(
      "es",
      "Hola Jordan,\n\nte confirmo que la entrevista será el viernes 16 de abril a las 13:30 en lugar del miércoles 14 de abril a las 10:00.\n\nUn saludo,\nLucía",
      { qp1252: true },
    ),
    NEW,
  ],
  [
    "es del … al",
    moved(
      "es",
      "Hola Jordan,\n\nnecesitamos cambiar la entrevista del miércoles 14 de abril a las 10:00 al viernes 16 de abril a las 13:30. ¿Te va bien?\n\nGracias,\nLucía",
      { style: "outlook" },
    ),
    NEW,
  ],
  [
    "es del martes 14 … al (a weekday and day without a month, the day named before)",
    moved(
      "es",
      "Hola Jordan:\n\nPerdona, nos hemos dado cuenta de que el miércoles 14 de abril es festivo local. Trasladamos tu entrevista del miércoles 14 a las 10:00 al viernes 16 de abril a las 13:30, mismo lugar.\n\nUn saludo,\nLucía",
    ),
    NEW,
  ],
  [
    "de von Mittwoch 14. … auf (the weekday of the old day is no part of the new)",
    moved(
      "de",
      "Hallo Jordan,\n\nam Mittwoch, 14. April ist bei uns Betriebsversammlung. Wir verschieben Ihr Gespräch daher von Mittwoch 14. um 10 Uhr auf Freitag, 16. April um 13:30 Uhr.\n\nViele Grüße\nKatrin Vogel",
    ),
    NEW,
  ],
  [
    "es estaba prevista",
    moved(
      "es",
      "Buenas tardes Jordan,\n\npor un imprevisto hemos tenido que reprogramar tu entrevista, que estaba prevista para el miércoles 14 de abril a las 10:00. La nueva fecha es el viernes 16 de abril a las 13:30.\n\nUn saludo,\nLucía Romero",
    ),
    NEW,
  ],
  // Portuguese
  [
    "pt de … para",
    moved(
      "pt",
      "Oi Jordan, tudo bem?\n\nO gestor teve um imprevisto. Podemos mudar a entrevista de quarta-feira, 14/04, às 10h para sexta-feira, 16/04, às 13h30?\n\nAbraços,\nMariana",
    ),
    NEW,
  ],
  [
    "pt em vez de",
    moved(
      "pt",
      "Olá Jordan,\n\na entrevista será na sexta-feira, 16/04, às 13h30, em vez de quarta-feira, 14/04, às 10h. Mesmo link.\n\nAbraços,\nMariana",
      { qp1252: true },
    ),
    NEW,
  ],
  [
    "pt não estará disponível",
    moved(
      "pt",
      "Olá Jordan,\n\ninfelizmente o Ricardo não estará disponível na quarta-feira, 14/04, às 10h. Por isso, remarcamos sua entrevista para sexta-feira, 16/04, às 13h30.\n\nAtenciosamente,\nMariana Costa",
      { style: "outlook" },
    ),
    NEW,
  ],
  [
    "pt estava marcada",
    moved(
      "pt",
      "Oi Jordan!\n\nSua entrevista, que estava marcada para quarta 14/04 às 10h, foi transferida para sexta 16/04 às 13h30.\n\nAbs,\nMariana",
    ),
    NEW,
  ],
  // Dutch
  [
    "nl kan niet … verplaatsen naar",
    moved(
      "nl",
      "Hoi Jordan,\n\nHelaas kan Mark woensdag 14 april om 10:00 niet. Kunnen we het gesprek verplaatsen naar vrijdag 16 april om 13:30?\n\nGroet,\nSanne",
    ),
    NEW,
  ],
  [
    "nl in plaats van",
    moved(
      "nl",
      "Beste Jordan,\n\nJe gesprek vindt plaats op vrijdag 16 april om 13:30 in plaats van woensdag 14 april om 10:00.\n\nMet vriendelijke groet,\nSanne de Vries",
      { qp1252: true },
    ),
    NEW,
  ],
  [
    "nl van … naar",
    moved(
      "nl",
      "Hoi Jordan,\n\nZou je het gesprek van woensdag 14 april 10:00 uur willen verzetten naar vrijdag 16 april 13:30 uur?\n\nGroet,\nSanne",
      { style: "outlook" },
    ),
    NEW,
  ],
  [
    "nl gepland stond",
    moved(
      "nl",
      "Beste Jordan,\n\nHet sollicitatiegesprek dat gepland stond op woensdag 14 april om 10:00 is verschoven naar vrijdag 16 april om 13:30.\n\nMet vriendelijke groet,\nSanne de Vries",
    ),
    NEW,
  ],
  // Italian
  [
    "it non sarà disponibile",
    moved(
      "it",
      "Ciao Jordan,\n\npurtroppo Marco non sarà disponibile mercoledì 14 aprile alle 10:00. Possiamo spostare il colloquio a venerdì 16 aprile alle 13:30?\n\nUn saluto,\nGiulia",
    ),
    NEW,
  ],
  [
    "it anziché",
    moved(
      "it",
      "Gentile Jordan,\n\nil colloquio si terrà venerdì 16 aprile alle 13:30 anziché mercoledì 14 aprile alle 10:00.\n\nCordiali saluti,\nGiulia Russo",
      { qp1252: true },
    ),
    NEW,
  ],
  [
    "it da … a",
    moved(
      "it",
      "Ciao Jordan,\n\ndovremmo spostare il colloquio da mercoledì 14 aprile ore 10 a venerdì 16 aprile ore 13:30. Ti va bene?\n\nGiulia",
      { style: "outlook" },
    ),
    NEW,
  ],
  [
    "it previsto per … rinviato a",
    moved(
      "it",
      "Gentile Jordan,\n\nle comunico che il colloquio previsto per mercoledì 14 aprile alle 10:00 è stato rinviato a venerdì 16 aprile alle 13:30.\n\nCordiali saluti,\nGiulia Russo",
    ),
    NEW,
  ],
  // A second batch, other shapes of the same rules.
  [
    "de absagen, stattdessen",
    moved(
      "de",
      "Sehr geehrter Herr Lee,\n\nwir müssen den Termin am Dienstag, 13.04., um 14 Uhr leider absagen und würden Ihnen stattdessen Freitag, 16.04., um 13:30 Uhr anbieten.\n\nMit freundlichen Grüßen\nKatrin Vogel",
    ),
    NEW,
  ],
  [
    "es pasa del … al",
    moved(
      "es",
      "Hola Jordan,\n\ntu entrevista pasa del miércoles 14 a las 10:00 al viernes 16 a las 13:30. Disculpa las molestias.\n\nLucía",
    ),
    NEW,
  ],
  [
    "nl van … schikt",
    moved(
      "nl",
      "Beste Jordan,\n\nHelaas moeten we je gesprek van woensdag 14 april 10:00 uur verplaatsen. Schikt vrijdag 16 april om 13:30 uur?\n\nGroet,\nSanne",
    ),
    NEW,
  ],
  [
    "en push",
    moved(
      "en",
      "Hi Jordan,\n\nWould you mind if we pushed your interview from Wed 4/14 10am to Fri 4/16 1:30pm? Dan is out sick.\n\nMegan",
    ),
    NEW,
  ],
  [
    "fr plutôt",
    moved(
      "fr",
      "Bonjour Jordan,\n\nLe créneau du mercredi 14 avril à 10h n'est plus possible de notre côté. Pourrions-nous plutôt faire l'entretien le vendredi 16 avril à 13h30 ?\n\nClaire",
    ),
    NEW,
  ],
  [
    "pt ao invés",
    moved(
      "pt",
      "Oi Jordan, a entrevista vai ser sexta 16/04 às 13h30 ao invés de quarta 14/04 às 10h, ok?\n\nMariana",
    ),
    NEW,
  ],
  [
    "it spostare … a",
    moved(
      "it",
      "Ciao Jordan,\n\nti scrivo per spostare il colloquio di mercoledì 14 aprile alle 10:00 a venerdì 16 aprile alle 13:30. Fammi sapere!\n\nGiulia",
    ),
    NEW,
  ],
  // A third batch, written before it was run.
  [
    "de von Wochentag auf",
    moved(
      "de",
      "Hallo Jordan,\n\nkönnen wir unseren Termin von Dienstag 14 Uhr auf Mittwoch, 14.04., 10 Uhr verlegen?\n\nViele Grüße\nKatrin",
    ),
    "2027-04-14T10:00",
  ],
  [
    "pt em vez de terça",
    moved(
      "pt",
      "Oi Jordan, vamos ter que trocar o horário da entrevista: em vez de terça (13/04) às 14h, pode ser quinta (15/04) às 10h?\n\nMariana",
    ),
    "2027-04-15T10:00",
  ],
  [
    "it non riusciamo più",
    moved(
      "it",
      "Ciao Jordan,\n\npurtroppo martedì 13 aprile alle 14:30 non riusciamo più. Possiamo fare il colloquio giovedì 15 aprile alle 10?\n\nGiulia",
    ),
    "2027-04-15T10:00",
  ],
  // Baits: two open proposals, no choice.
  [
    "bait en two options",
    moved(
      "en",
      "Hi Jordan,\n\nWe'd love to set up your interview. Would Tuesday 13 April at 2pm or Thursday 15 April at 9:30am work better?\n\nMegan",
    ),
    null,
  ],
  [
    "bait en moved to two",
    moved(
      "en",
      "Hi Jordan,\n\nWe need to move your interview from Wednesday 4/14 at 10am. Could you do Thursday 4/15 at 2pm or Friday 4/16 at 11am instead?\n\nMegan",
    ),
    null,
  ],
  [
    "bait fr déplacer vers deux",
    moved(
      "fr",
      "Bonjour Jordan,\n\nNous devons déplacer votre entretien du mardi 13 avril à 14h. Seriez-vous disponible jeudi 15 avril à 9h ou vendredi 16 avril à 11h ?\n\nCordialement,\nClaire",
    ),
    null,
  ],
  [
    "bait pt dois horários",
    moved(
      "pt",
      "Olá Jordan,\n\nPara a entrevista temos dois horários: terça-feira, 13/04, às 14h ou quinta-feira, 15/04, às 10h. Qual prefere?\n\nAbraços,\nMariana",
    ),
    null,
  ],
  [
    "bait nl twee momenten",
    moved(
      "nl",
      "Hoi Jordan,\n\nVoor het gesprek: past dinsdag 13 april om 14:00 of donderdag 15 april om 9:30 beter?\n\nGroet,\nSanne",
    ),
    null,
  ],
];

describe("a moved interview's old slot and new slot in one message", () => {
  it.each(MOVED_CASES)("%s", async (_name, mail, start) => {
    await expectSettled(mail, start);
  });
});
