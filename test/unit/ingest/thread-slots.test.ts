/**
 * A forwarded thread whose earlier messages propose several slots and whose newest message settles
 * one, in every language: the newest message's slot wins over the quoted ones; a weekday, a date
 * or "the second option" alone takes the full slot of the earlier proposal it names. Two proposals
 * and no choice stay open (needs-date).
 */
import { describe, it } from "vitest";
import type { Lang } from "../../../lambdas/domain/language/lang";
import { expectSettled, type Thread, type ThreadMessage } from "../../support/thread-mail";

const EMPLOYERS: Record<Lang, string> = {
  en: "Megan Cole <megan.cole@brightpath.io>",
  de: "Katrin Vogel <k.vogel@nordlicht-software.de>",
  fr: "Claire Martin <claire.martin@alteon.fr>",
  es: "Lucía Romero <lucia.romero@grupoalba.es>",
  pt: "Mariana Costa <mariana.costa@vertia.com.br>",
  nl: "Sanne de Vries <sanne.devries@kwadraat.nl>",
  it: "Giulia Russo <giulia.russo@lumenta.it>",
};
const USER = "Jordan Lee <jordan.lee@gmail.com>";
const ZONES: Record<Lang, string> = {
  en: "America/New_York",
  de: "Europe/Berlin",
  fr: "Europe/Paris",
  es: "Europe/Madrid",
  pt: "America/Sao_Paulo",
  nl: "Europe/Amsterdam",
  it: "Europe/Rome",
};

/** Subjects that name no interview: the thread's earlier messages say what it is about. */
const SUBJECTS: Record<Lang, string> = {
  en: "Next steps",
  de: "Terminabstimmung",
  fr: "Disponibilités",
  es: "Próximos pasos",
  pt: "Agendamento",
  nl: "Afspraak",
  it: "Disponibilità",
};

/** The employer's proposal (Thursday 8 April), the user's answer (Friday 9), the employer's newest (Monday 12). */
const PROPOSALS: Record<Lang, string> = {
  en: "Hi Jordan,\n\nThanks for your time on the phone. The hiring team would like to invite you to a 45-minute interview with Dan Ortiz. Could you do one of these?\n\n- Tuesday 13 April at 2:00 PM ET\n- Thursday 15 April at 9:30 AM ET\n- Friday 16 April at 11:00 AM ET\n\nBest,\nMegan",
  de: "Hallo Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Backend-Entwickler. Gerne möchten wir Sie zu einem Vorstellungsgespräch einladen. Folgende Termine können wir Ihnen anbieten:\n\n1) Dienstag, 13.04., 14:00 Uhr\n2) Donnerstag, 15.04., 09:00 Uhr\n3) Freitag, 16.04., 11:30 Uhr\n\nBitte geben Sie uns kurz Bescheid, welcher Termin Ihnen passt.\n\nMit freundlichen Grüßen\nKatrin Vogel",
  fr: "Bonjour Jordan,\n\nSuite à votre candidature au poste de chef de projet, nous souhaiterions vous rencontrer pour un entretien. Voici nos disponibilités :\n\n1. mardi 13 avril à 14h\n2. jeudi 15 avril à 9h30\n3. vendredi 16 avril à 11h\n\nMerci de me dire ce qui vous convient.\n\nBien cordialement,\nClaire Martin",
  es: "Hola Jordan:\n\nGracias por tu interés en el puesto de Analista de Datos. Nos gustaría hacerte una entrevista por Teams. Te propongo estas opciones:\n\nOpción 1: martes 13 de abril a las 16:00\nOpción 2: jueves 15 de abril a las 10:00\nOpción 3: viernes 16 de abril a las 12:00\n\n¿Cuál te viene mejor?\n\nUn saludo,\nLucía Romero",
  pt: "Olá Jordan, tudo bem?\n\nGostaríamos de agendar uma entrevista com você para a vaga de Desenvolvedor Backend. Temos os seguintes horários disponíveis:\n\n1 - terça-feira, 13/04, às 14h\n2 - quinta-feira, 15/04, às 10h\n3 - sexta-feira, 16/04, às 16h\n\nQual fica melhor para você?\n\nAbraços,\nMariana Costa",
  nl: "Beste Jordan,\n\nDank voor je sollicitatie. We nodigen je graag uit voor een eerste gesprek. Zou een van deze momenten je schikken?\n\n1. dinsdag 13 april om 14:00\n2. donderdag 15 april om 09:30\n3. vrijdag 16 april om 11:00\n\nMet vriendelijke groet,\nSanne de Vries",
  it: "Gentile Jordan,\n\nla ringraziamo per la candidatura. Vorremmo invitarla a un colloquio conoscitivo. Le proponiamo queste date:\n\n1. martedì 13 aprile alle 14:30\n2. giovedì 15 aprile alle 10:00\n3. venerdì 16 aprile alle 9:00\n\nCi faccia sapere quale preferisce.\n\nCordiali saluti,\nGiulia Russo",
};

/** The user's answer: two slots would do. */
const ANSWERS: Record<Lang, string> = {
  en: "Hi Megan,\n\nThanks! Thursday or Friday would both work for me.\n\nJordan",
  de: "Hallo Frau Vogel,\n\nvielen Dank! Donnerstag oder Freitag würde mir gut passen.\n\nViele Grüße\nJordan Lee",
  fr: "Bonjour Claire,\n\nMerci ! Jeudi ou vendredi me conviendraient tous les deux.\n\nBien à vous,\nJordan",
  es: "Hola Lucía,\n\n¡Gracias! El jueves o el viernes me vendrían bien.\n\nUn saludo,\nJordan",
  pt: "Oi Mariana!\n\nObrigado! Quinta ou sexta ficam bem pra mim.\n\nAbraço,\nJordan",
  nl: "Hoi Sanne,\n\nDank je! Donderdag of vrijdag komt mij allebei goed uit.\n\nGroet,\nJordan",
  it: "Buongiorno Giulia,\n\ngrazie! Giovedì o venerdì andrebbero bene entrambi.\n\nCordiali saluti,\nJordan",
};

function thread(
  lang: Lang,
  style: Thread["style"],
  newest: string,
  extra: Partial<Thread> & { readonly earlier?: readonly ThreadMessage[] } = {},
): Thread {
  const employer = EMPLOYERS[lang];
  return {
    lang,
    zone: ZONES[lang],
    subject: SUBJECTS[lang],
    style,
    messages: [
      { from: employer, at: "2027-04-12T09:20", body: newest },
      ...(extra.earlier ?? [
        { from: USER, at: "2027-04-09T08:30", body: ANSWERS[lang] },
        { from: employer, at: "2027-04-08T15:10", body: PROPOSALS[lang] },
      ]),
    ],
    ...extra,
  };
}

const THREAD_CASES: ReadonlyArray<readonly [string, Thread, string | null]> = [
  // English
  [
    "en full slot",
    thread(
      "en",
      "gmail",
      "Perfect - let's lock in Tuesday 13 April at 2:00 PM ET. Calendar invite to follow.\n\nMegan",
      { note: "FYI - see below" },
    ),
    "2027-04-13T14:00",
  ],
  [
    "en weekday",
    thread(
      "en",
      "outlook",
      "Thanks Jordan, Thursday it is. Dan will send a Teams link shortly.\n\nBest,\nMegan",
    ),
    "2027-04-15T09:30",
  ],
  [
    "en second option",
    thread("en", "original", "Great, we'll go with the second option then. See you soon!\n\nMegan", {
      qp1252: true,
    }),
    "2027-04-15T09:30",
  ],
  [
    "en date only",
    thread("en", "gmail", "April 16 works - I've sent the invite over.\n\nMegan"),
    "2027-04-16T11:00",
  ],
  [
    "en confirm only",
    thread("en", "outlook", "Confirmed for Friday. Looking forward to it!\n\nMegan", {
      note: "Adding this one",
    }),
    "2027-04-16T11:00",
  ],
  // German
  [
    "de full slot",
    thread(
      "de",
      "outlook",
      "Hallo Herr Lee,\n\nDonnerstag, 15.04. um 9 Uhr passt, wir freuen uns auf Sie! Die Adresse schicke ich Ihnen separat.\n\nViele Grüße\nKatrin Vogel",
      { qp1252: true },
    ),
    "2027-04-15T09:00",
  ],
  [
    "de second option",
    thread(
      "de",
      "gmail",
      "Hallo Herr Lee,\n\nsuper, dann halten wir den zweiten Termin fest. Bis dann!\n\nViele Grüße\nKatrin Vogel",
    ),
    "2027-04-15T09:00",
  ],
  [
    "de weekday",
    thread("de", "original", "Hallo Jordan,\n\nFreitag passt uns auch. Bis Freitag!\n\nGruß\nKatrin"),
    "2027-04-16T11:30",
  ],
  [
    "de date only",
    thread(
      "de",
      "gmail",
      "Hallo Herr Lee,\n\ndann bleibt es beim 13.04. – wir freuen uns!\n\nBeste Grüße\nKatrin Vogel",
      { note: "zur Info" },
    ),
    "2027-04-13T14:00",
  ],
  // French
  [
    "fr full slot",
    thread(
      "fr",
      "gmail",
      "Bonjour Jordan,\n\nC'est noté pour jeudi 15 avril à 9h30 ! Vous serez reçu par Paul Durand.\n\nÀ jeudi,\nClaire",
    ),
    "2027-04-15T09:30",
  ],
  [
    "fr weekday",
    thread("fr", "outlook", "Parfait, je vous confirme donc le créneau de jeudi.\n\nBonne journée,\nClaire"),
    "2027-04-15T09:30",
  ],
  [
    "fr second option",
    thread(
      "fr",
      "original",
      "Bonjour Jordan,\n\nNous retenons la deuxième proposition. À bientôt !\n\nClaire Martin",
      { qp1252: true },
    ),
    "2027-04-15T09:30",
  ],
  [
    "fr date only",
    thread("fr", "gmail", "Le 16 avril nous convient très bien, merci !\n\nClaire"),
    "2027-04-16T11:00",
  ],
  // Spanish
  [
    "es second option",
    thread(
      "es",
      "outlook",
      "Hola Jordan:\n\nPerfecto, confirmamos la segunda opción. Te envío ahora la convocatoria de Teams.\n\nUn saludo,\nLucía",
    ),
    "2027-04-15T10:00",
  ],
  [
    "es weekday",
    thread("es", "gmail", "Genial, el jueves entonces. ¡Hasta pronto!\n\nLucía"),
    "2027-04-15T10:00",
  ],
  [
    "es full slot",
    thread(
      "es",
      "original",
      "Hola Jordan,\n\nte confirmo la entrevista el martes 13 de abril a las 16:00 con Marta Gil.\n\nUn saludo,\nLucía",
    ),
    "2027-04-13T16:00",
  ],
  [
    "es date only",
    thread("es", "gmail", "Perfecto, queda confirmado el día 16. Un saludo", { qp1252: true }),
    "2027-04-16T12:00",
  ],
  // Portuguese
  [
    "pt full slot",
    thread(
      "pt",
      "gmail",
      "Perfeito, Jordan! Fica confirmado quinta-feira, 15/04, às 10h. O link do Meet segue no convite.\n\nAbraços,\nMariana",
    ),
    "2027-04-15T10:00",
  ],
  [
    "pt weekday",
    thread("pt", "outlook", "Oi Jordan, combinado então, sexta-feira! Até lá.\n\nMariana"),
    "2027-04-16T16:00",
  ],
  [
    "pt second option",
    thread("pt", "original", "Olá Jordan,\n\nconfirmamos a segunda opção. Abraços,\nMariana"),
    "2027-04-15T10:00",
  ],
  [
    "pt date only",
    thread("pt", "gmail", "Pode ser dia 13 então. Até terça!\n\nMariana", { qp1252: true }),
    "2027-04-13T14:00",
  ],
  // Dutch
  [
    "nl full slot",
    thread(
      "nl",
      "outlook",
      "Hoi Jordan,\n\nTop, dan zien we je donderdag 15 april om 09:30. Tot dan!\n\nSanne",
      { qp1252: true },
    ),
    "2027-04-15T09:30",
  ],
  [
    "nl weekday",
    thread("nl", "gmail", "Prima, dan wordt het vrijdag. Tot vrijdag!\n\nSanne"),
    "2027-04-16T11:00",
  ],
  [
    "nl second option",
    thread("nl", "original", "Hoi Jordan,\n\nWe gaan voor de tweede optie.\n\nGroet,\nSanne"),
    "2027-04-15T09:30",
  ],
  [
    "nl date only",
    thread("nl", "gmail", "13 april is akkoord, ik stuur je zo de uitnodiging.\n\nSanne"),
    "2027-04-13T14:00",
  ],
  // Italian
  [
    "it weekday",
    thread("it", "gmail", "Perfetto, va bene giovedì. Le invio l'invito su Teams.\n\nGiulia"),
    "2027-04-15T10:00",
  ],
  [
    "it full slot",
    thread(
      "it",
      "outlook",
      "Buongiorno Jordan,\n\nle confermo il colloquio di giovedì 15 aprile alle 10:00 in sede.\n\nCordiali saluti,\nGiulia Russo",
    ),
    "2027-04-15T10:00",
  ],
  [
    "it second option",
    thread("it", "original", "Va bene la seconda opzione, a presto!\n\nGiulia", { qp1252: true }),
    "2027-04-15T10:00",
  ],
  ["it date only", thread("it", "gmail", "Ok per il 16, ci vediamo venerdì!\n\nGiulia"), "2027-04-16T09:00"],
  // A second batch, other shapes of the same rules.
  [
    "en option letter",
    thread("en", "gmail", "Hi Jordan,\n\nLet's go with option B. I'll send the calendar hold.\n\nMegan", {
      earlier: [
        {
          from: EMPLOYERS.en,
          at: "2027-04-08T15:10",
          body: "Hi Jordan,\n\nThe panel interview can happen at one of these times (all Eastern):\n\nOption A: Mon 4/19, 10:00-11:00 AM\nOption B: Tue 4/20, 1:00-2:00 PM\nOption C: Wed 4/21, 3:30-4:30 PM\n\nThanks,\nMegan",
        },
      ],
    }),
    "2027-04-20T13:00",
  ],
  [
    "en note names another day",
    thread("en", "outlook", "Thanks Jordan, Thursday it is. Dan will send a Teams link shortly.\n\nMegan", {
      note: "Honestly I'd have preferred Tuesday 13 April at 2pm but fine",
    }),
    "2027-04-15T09:30",
  ],
  [
    "de weekday confirm",
    thread(
      "de",
      "outlook",
      "Sehr geehrter Herr Lee,\n\nhiermit bestätigen wir Ihnen gern den Termin am Donnerstag.\n\nMit freundlichen Grüßen\nKatrin Vogel",
    ),
    "2027-04-15T09:00",
  ],
  [
    "fr créneau n°",
    thread("fr", "gmail", "Bonjour Jordan,\n\nJe vous confirme le créneau n°3, à vendredi !\n\nClaire"),
    "2027-04-16T11:00",
  ],
  [
    "es weekday entonces",
    thread("es", "original", "¡Genial! Nos vemos el martes entonces.\n\nLucía"),
    "2027-04-13T16:00",
  ],
  [
    "pt fechado",
    thread("pt", "gmail", "Fechado, terça então! Te mando o convite.\n\nMariana"),
    "2027-04-13T14:00",
  ],
  [
    "nl bevestig",
    thread(
      "nl",
      "outlook",
      "Hoi Jordan,\n\nIk bevestig hierbij donderdag. Je ontvangt nog een agendaverzoek.\n\nSanne",
    ),
    "2027-04-15T09:30",
  ],
  [
    "it proposta n.",
    thread("it", "original", "Buongiorno Jordan,\n\nconfermo la proposta n. 3.\n\nGiulia", { qp1252: true }),
    "2027-04-16T09:00",
  ],
  // A third batch, written before it was run.
  [
    "en full slot over original message",
    thread(
      "en",
      "original",
      "Wednesday works great - confirmed for Wed 4/14 at 10:00 AM with Dan.\n\nMegan",
      {
        earlier: [
          {
            from: EMPLOYERS.en,
            at: "2027-04-08T15:10",
            body: "Hi Jordan,\n\nFor the technical interview, would Wed 4/14 at 10:00 AM or Thu 4/15 at 2:00 PM work for you?\n\nMegan",
          },
        ],
      },
    ),
    "2027-04-14T10:00",
  ],
  [
    "fr full slot short",
    thread("fr", "gmail", "Top, on part sur mardi 13 avril à 14h alors.\n\nClaire"),
    "2027-04-13T14:00",
  ],
  ["es el 15", thread("es", "outlook", "Perfecto, nos vemos el 15 entonces.\n\nLucía"), "2027-04-15T10:00"],
  [
    "nl eerste optie",
    thread("nl", "gmail", "Hoi Jordan,\n\nDan houden we het op de eerste optie.\n\nSanne"),
    "2027-04-13T14:00",
  ],
  [
    "bait en first time",
    thread(
      "en",
      "outlook",
      "Thanks Jordan! This is the first time we run the panel this way, so bear with us. Which slot suits you best?\n\nMegan",
    ),
    null,
  ],
  [
    "bait nl andere dag",
    thread(
      "nl",
      "gmail",
      "Hoi Jordan,\n\nWoensdag zou eventueel ook kunnen. Laat maar weten wat je voorkeur heeft.\n\nSanne",
    ),
    null,
  ],
  [
    "bait en either",
    thread("en", "gmail", "Tuesday or Thursday both work on our side - your call!\n\nMegan"),
    null,
  ],
  // Baits: the newest message chooses nothing, or names a day two proposals share.
  [
    "bait en follow-up",
    thread(
      "en",
      "gmail",
      "Hi Jordan, just following up on the times below - let me know which suits you best.\n\nMegan",
    ),
    null,
  ],
  [
    "bait es both",
    thread("es", "outlook", "Hola Jordan, ambas opciones nos van bien, ¿cuál prefieres?\n\nLucía"),
    null,
  ],
  [
    "bait it both",
    thread("it", "gmail", "Entrambe le date vanno bene per noi, scegli pure tu.\n\nGiulia"),
    null,
  ],
  [
    "bait de same weekday",
    thread(
      "de",
      "outlook",
      "Hallo Herr Lee,\n\nDonnerstag passt grundsätzlich – welche Uhrzeit wäre Ihnen lieber?\n\nViele Grüße\nKatrin Vogel",
      {
        earlier: [
          {
            from: EMPLOYERS.de,
            at: "2027-04-08T15:10",
            body: "Hallo Herr Lee,\n\ngerne laden wir Sie zu einem Vorstellungsgespräch ein. Mögliche Termine:\n\n- Donnerstag, 15.04., 09:00 Uhr\n- Donnerstag, 15.04., 14:00 Uhr\n- Freitag, 16.04., 11:30 Uhr\n\nMit freundlichen Grüßen\nKatrin Vogel",
          },
        ],
      },
    ),
    null,
  ],
  [
    "bait de other day",
    thread(
      "de",
      "original",
      "Hallo Jordan,\n\nMittwoch wäre bei uns notfalls auch möglich. Sag gern Bescheid.\n\nKatrin",
    ),
    null,
  ],
];

describe("a thread whose newest message settles one of the earlier proposals", () => {
  it.each(THREAD_CASES)("%s", async (_name, mail, start) => {
    await expectSettled(mail, start);
  });
});
