/**
 * Decisions in the words people use beside the formal ones: a rejection that goes on "with another
 * person" ("continuar con otra persona", "seguir com outra pessoa"), and an offer called a proposal
 * for the position ("nuestra propuesta para la posición", "uma proposta para a função").
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Ana Ruiz <ana.ruiz@marlin.example>";

type Row = readonly [lang: string, subject: string, body: string];

const REJECTIONS: readonly Row[] = [
  [
    "en",
    "Your application with Marlin",
    "Hi Jordan,\n\nThanks so much for your time last week. In the end we decided to go with another person whose background fits the role more closely.\n\nAll the best,\nAna",
  ],
  [
    "en",
    "Update",
    "Hey Jordan, quick update - the team chose to move forward with someone else for this one. Really appreciated meeting you.\n\nAna",
  ],
  [
    "en",
    "Analyst role",
    "Dear Jordan,\n\nThank you for interviewing with us. After careful consideration we have offered the position to another candidate.\n\nKind regards,\nAna Ruiz",
  ],
  [
    "en",
    "Following up",
    "Jordan, thanks for coming in on Tuesday. We've decided to proceed with a different candidate, but we'd love to keep in touch.\n\nAna",
  ],
  [
    "de",
    "Ihre Bewerbung bei Marlin",
    "Hallo Herr Lee,\n\nvielen Dank für das Gespräch. Wir haben uns letztlich für eine andere Person entschieden, deren Profil besser zum Team passt.\n\nViele Grüße\nAna Ruiz",
  ],
  [
    "de",
    "Update",
    "Hi Jordan, kurzes Update: wir haben uns für jemand anderen entschieden. Danke dir trotzdem für die Zeit!\n\nAna",
  ],
  [
    "de",
    "Rückmeldung Analyst",
    "Sehr geehrter Herr Lee,\n\nnach sorgfältiger Prüfung haben wir die Stelle mit einer anderen Kandidatin besetzt.\n\nMit freundlichen Grüßen\nAna Ruiz",
  ],
  [
    "de",
    "Deine Bewerbung",
    "Hey Jordan, danke fürs Vorbeikommen am Dienstag. Wir gehen mit einer anderen Person weiter, melden uns aber gern bei der nächsten Stelle.\n\nAna",
  ],
  [
    "fr",
    "Votre candidature chez Marlin",
    "Bonjour Jordan,\n\nMerci pour votre temps. Nous avons finalement décidé de poursuivre avec une autre personne dont le profil correspond davantage au poste.\n\nBien cordialement,\nAna",
  ],
  [
    "fr",
    "Retour",
    "Salut Jordan, petit retour : on a choisi quelqu'un d'autre pour le poste. Merci encore pour l'échange !\n\nAna",
  ],
  [
    "fr",
    "Poste d'analyste",
    "Madame, Monsieur,\n\nAprès examen, nous avons retenu une autre candidature pour ce poste.\n\nCordialement,\nAna Ruiz",
  ],
  [
    "fr",
    "Suite à notre entretien",
    "Jordan, merci d'être venu mardi. Nous avons décidé de continuer avec une autre personne, mais nous gardons votre CV.\n\nAna",
  ],
  [
    "it",
    "La tua candidatura in Marlin",
    "Ciao Jordan,\n\ngrazie per il tempo dedicato al colloquio. Alla fine abbiamo deciso di proseguire con un'altra persona il cui profilo è più in linea con il ruolo.\n\nUn saluto,\nAna",
  ],
  [
    "it",
    "Aggiornamento",
    "Ciao Jordan, ti aggiorno: abbiamo scelto un'altra persona per questa posizione. Grazie davvero!\n\nAna",
  ],
  [
    "it",
    "Posizione di analista",
    "Gentile Jordan,\n\nLa ringraziamo per la partecipazione. Dopo un'attenta valutazione abbiamo deciso di procedere con un altro candidato.\n\nCordiali saluti,\nAna Ruiz",
  ],
  [
    "it",
    "Dopo il colloquio",
    "Jordan, grazie per essere venuto martedì. Abbiamo deciso di andare avanti con un'altra persona, ma teniamo il tuo CV.\n\nAna",
  ],
  [
    "nl",
    "Je sollicitatie bij Marlin",
    "Hoi Jordan,\n\nbedankt voor je tijd. Uiteindelijk hebben we besloten verder te gaan met iemand anders wiens profiel beter aansluit.\n\nGroet,\nAna",
  ],
  [
    "nl",
    "Update",
    "Hi Jordan, even een update: we hebben voor iemand anders gekozen. Toch bedankt voor het leuke gesprek!\n\nAna",
  ],
  [
    "nl",
    "Vacature analist",
    "Beste Jordan,\n\nNa zorgvuldige afweging hebben wij gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nAna Ruiz",
  ],
  [
    "nl",
    "Na ons gesprek",
    "Jordan, dank voor je komst dinsdag. We gaan verder met een andere persoon, maar houden je cv graag bij de hand.\n\nAna",
  ],
  [
    "es",
    "Tu proceso con Marlin",
    "Hola Jordan,\n\ngracias por tu tiempo en la entrevista. Al final hemos decidido continuar con otra persona cuyo perfil encaja mejor con el equipo.\n\nMucha suerte,\nAna",
  ],
  [
    "es",
    "Actualización de tu candidatura",
    "Hola Jordan, te escribo para contarte que decidimos avanzar con otra persona para el puesto. Gracias de verdad por tu interés.\n\nAna",
  ],
  [
    "es",
    "Proceso de selección - Analista",
    "Estimado Jordan:\n\nLe agradecemos su participación. Tras valorar todas las candidaturas, hemos optado por seguir con otra persona para esta posición.\n\nAtentamente,\nAna Ruiz",
  ],
  [
    "es",
    "Sobre la vacante",
    "Jordan, muchas gracias por venir el martes. Esta vez nos quedamos con otra persona, pero guardamos tu CV para próximas búsquedas.\n\nSaludos,\nAna",
  ],
  [
    "pt",
    "O seu processo na Marlin",
    "Olá Jordan,\n\nobrigada pelo seu tempo na entrevista. Decidimos seguir com outra pessoa cujo perfil se ajusta melhor à equipa.\n\nBoa sorte,\nAna",
  ],
  [
    "pt",
    "Atualização da candidatura",
    "Oi Jordan, tudo bem? Passando pra avisar que a gente optou por avançar com outra pessoa para a vaga. Obrigada de verdade!\n\nAna",
  ],
  [
    "pt",
    "Processo seletivo - Analista",
    "Prezado Jordan,\n\nAgradecemos a sua participação. Após analisar todas as candidaturas, optámos por prosseguir com outra pessoa para esta função.\n\nCumprimentos,\nAna Ruiz",
  ],
  [
    "pt",
    "Sobre a vaga",
    "Jordan, obrigada por ter vindo na terça. Desta vez ficamos com outra pessoa, mas guardamos o seu CV.\n\nAbraço,\nAna",
  ],
];

const OFFERS: readonly Row[] = [
  [
    "es",
    "Propuesta laboral - Jefe de Compras",
    "Hola Jordan:\n\nCon mucho gusto te compartimos nuestra propuesta para la posición de Jefe de Compras:\n\nSueldo mensual bruto: 52.000 MXN\nFecha de ingreso: lunes 4 de enero\n\nTe pedimos confirmarnos antes del viernes 4 de diciembre.\n\nSaludos,\nAna",
  ],
  [
    "es",
    "Propuesta - Analista Senior",
    "Estimado Jordan:\n\nEs un placer hacerle llegar nuestra propuesta para el puesto de Analista Senior. En el adjunto encontrará las condiciones.\n\nAtentamente,\nAna Ruiz",
  ],
  [
    "es",
    "¡Buenas noticias!",
    "Jordan! Te mando la propuesta laboral para que la revises con calma: salario, beneficios y fecha de inicio. Cualquier duda me dices.\n\nAna",
  ],
  [
    "es",
    "Propuesta de incorporación",
    "Hola Jordan, adjunto la propuesta para el puesto de Coordinador de Logística. Esperamos tu respuesta hasta el 30 de noviembre.\n\nAna",
  ],
  [
    "pt",
    "Proposta - Gestor de Contas",
    "Caro Jordan,\n\nTenho o prazer de lhe apresentar, em nome da Marlin, uma proposta para a função de Gestor de Contas. Em anexo encontra as condições.\n\nAgradecemos a sua resposta até 4 de dezembro.\n\nCumprimentos,\nAna Ruiz",
  ],
  [
    "pt",
    "Proposta Marlin",
    "Oi Jordan! Segue a nossa proposta para o cargo de Analista Sênior, com salário e benefícios. Me avisa o que achou 😊\n\nAna",
  ],
  [
    "pt",
    "Proposta para a vaga de Designer",
    "Olá Jordan, conforme conversado, envio em anexo a proposta para a vaga de Designer de Produto. A data de início prevista é 4 de janeiro.\n\nAbraço,\nAna",
  ],
  [
    "pt",
    "Proposta - Coordenador",
    "Prezado Jordan,\n\nÉ com satisfação que enviamos a proposta para a posição de Coordenador de Operações. Aguardamos o seu retorno.\n\nAtenciosamente,\nAna Ruiz",
  ],
];

describe("a decision said in other words", () => {
  it.each(REJECTIONS)("%s: a rejection (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome).toBe("rejected");
  });
  it.each(OFFERS)("%s: an offer (%s)", async (_lang, subject, body) => {
    const result = await readGmailForward(FROM, subject, body);
    expect(result.outcome).toBe("offer");
  });
});
