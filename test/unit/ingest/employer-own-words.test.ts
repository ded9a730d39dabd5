/**
 * The employer in the employer's own words, in every language: a signature, a legal form, "bei /
 * chez / en / na / bij / presso X" or a display name that shares a word or the initials with the
 * mail's domain is written as the text writes it, never as the domain runs the words together
 * ("Tiberina Servizi Energetici", not "Tiberinaenergia"); a job title is never the employer.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

/** [lang, from, subject, body, employer]. */
type Row = readonly [string, string, string, string, string];

const ROWS: readonly Row[] = [
  // English
  [
    "en",
    "Priya Shah <p.shah@hcllp.co.uk>",
    "Interview – Trainee Solicitor",
    "Dear Jordan,\n\nThank you for your application. We would like to invite you to an interview on Tuesday 8 December at 10:00 at our Manchester office.\n\nKind regards,\nPriya Shah\nGraduate Recruitment\nHartwell & Crane LLP",
    "Hartwell & Crane",
  ],
  [
    "en",
    "Recruitment <recruitment@ngws.co.uk>",
    "Interview invitation",
    "Hi Jordan,\n\nThanks for applying for the Network Planner job at Northgate Water Services. Can you come in for an interview on Thursday 10 December at 2pm?\n\nBest wishes,\nHR Team\nNorthgate Water Services Ltd",
    "Northgate Water Services",
  ],
  [
    "en",
    "Claire Dunn <claire@bramblevets.co.uk>",
    "Interview for Veterinary Nurse",
    "Hi Jordan,\n\nLovely to hear from you. Could you pop in for an interview on Wednesday 9 December at 11am? Ask for me at reception.\n\nThanks,\nClaire Dunn\nPractice Manager\nBramble Lane Veterinary Group",
    "Bramble Lane Veterinary Group",
  ],
  [
    "en",
    "Owen Price <owen.price@cvct.org.uk>",
    "Interview – Community Development Officer",
    "Dear Jordan,\n\nI'm pleased to invite you to interview for the Community Development Officer post on Friday 11 December at 10:30.\n\nKind regards,\nOwen Price\nHead of Operations\nCalder Valley Community Trust",
    "Calder Valley Community Trust",
  ],
  // German
  [
    "de",
    "Sabine Koch <bewerbung@hofmann-baeckerei.de>",
    "Einladung zum Vorstellungsgespräch",
    "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Filialleiter. Wir laden Sie am Dienstag, 8. Dezember um 10 Uhr zu einem Vorstellungsgespräch ein.\n\nMit freundlichen Grüßen\nSabine Koch\nPersonalabteilung\nBäckerei Hofmann GmbH",
    "Bäckerei Hofmann",
  ],
  [
    "de",
    "Personal <personal@sw-lindenau.de>",
    "Vorstellungsgespräch Netzingenieur",
    "Hallo Herr Lee,\n\nwir freuen uns, Sie am Donnerstag, 10. Dezember um 14:00 Uhr zum Vorstellungsgespräch bei den Stadtwerken begrüßen zu dürfen.\n\nViele Grüße\nIhr Personalteam\nStadtwerke Lindenau GmbH",
    "Stadtwerke Lindenau",
  ],
  [
    "de",
    "Jana Wolf <j.wolf@kornfeld-agrar.de>",
    "Ihre Bewerbung",
    "Guten Tag Herr Lee,\n\ngerne möchten wir Sie zu einem Vorstellungsgespräch bei der Kornfeld Landtechnik GmbH einladen, am Mittwoch, 9. Dezember um 9:30 Uhr.\n\nBeste Grüße\nJana Wolf",
    "Kornfeld Landtechnik",
  ],
  [
    "de",
    "Thomas Meier <info@meier-dach.de>",
    "Vorstellungsgespräch",
    "Hallo Jordan,\n\npasst dir Freitag, der 11. Dezember um 8 Uhr für ein Vorstellungsgespräch bei uns im Betrieb?\n\nGruß\nThomas Meier\nGeschäftsführer\nDachdeckerei Meier & Söhne",
    "Dachdeckerei Meier & Söhne",
  ],
  // French
  [
    "fr",
    "Service RH <rh@cir-rhone.fr>",
    "Convocation à un entretien",
    "Bonjour,\n\nNous avons le plaisir de vous convier à un entretien le mardi 8 décembre à 10h dans nos locaux de Givors.\n\nCordialement,\nLe service RH\nChaudronnerie Industrielle du Rhône SAS",
    "Chaudronnerie Industrielle du Rhône",
  ],
  [
    "fr",
    "Michel Giraud <m.giraud@giraudtransports.fr>",
    "Entretien",
    "Bonjour Jordan,\n\nSuite à votre candidature, je vous propose un entretien chez Transports Giraud et Fils le jeudi 10 décembre à 14h30.\n\nBien à vous,\nMichel Giraud",
    "Transports Giraud et Fils",
  ],
  [
    "fr",
    "Recrutement <recrutement@mbs-sante.fr>",
    "Votre entretien",
    "Bonjour Jordan,\n\nVotre entretien pour le poste de conseiller est fixé au mercredi 9 décembre à 11h.\n\nCordialement,\nL'équipe recrutement\nMutuelle Bretonne de Santé",
    "Mutuelle Bretonne de Santé",
  ],
  [
    "fr",
    "Nadia Lemaire <nadia@lemaire-pain.fr>",
    "Entretien vendeuse",
    "Bonjour,\n\nJe vous attends pour un entretien le vendredi 11 décembre à 15h.\n\nBonne journée,\nNadia Lemaire\nGérante\nBoulangerie Lemaire",
    "Boulangerie Lemaire",
  ],
  // Spanish
  [
    "es",
    "Selección <seleccion@iberiaexpress-log.es>",
    "Entrevista - Jefe de Almacén",
    "Hola Jordan:\n\nTe escribimos para invitarte a una entrevista el martes 8 de diciembre a las 10:00 en nuestras oficinas de Coslada.\n\nUn saludo,\nDepartamento de Selección\nLogística Iberia Express S.L.",
    "Logística Iberia Express",
  ],
  [
    "es",
    "Pilar Ortega <pilar@ortegahnos.es>",
    "Entrevista",
    "Buenos días Jordan,\n\nTe confirmo la entrevista en Construcciones Hermanos Ortega el jueves 10 de diciembre a las 9:30.\n\nSaludos,\nPilar Ortega",
    "Construcciones Hermanos Ortega",
  ],
  [
    "es",
    "RRHH <rrhh@mls-seguros.es>",
    "Convocatoria de entrevista",
    "Estimado Jordan:\n\nNos complace convocarle a una entrevista el miércoles 9 de diciembre a las 12:00.\n\nAtentamente,\nRecursos Humanos\nMutua Levantina de Seguros",
    "Mutua Levantina de Seguros",
  ],
  [
    "es",
    "Iker Zubiri <iker@zubiri-tm.es>",
    "Entrevista mecánico",
    "Hola Jordan,\n\n¿Te viene bien pasarte por el taller el viernes 11 de diciembre a las 8:30 para una entrevista?\n\nUn saludo,\nIker Zubiri\nGerente\nTalleres Mecánicos Zubiri",
    "Talleres Mecánicos Zubiri",
  ],
  // Portuguese
  [
    "pt",
    "Marcos Pinto <marcos.pinto@alvorada-eng.com.br>",
    "Entrevista - Engenheiro Civil",
    "Olá Jordan,\n\nGostaríamos de convidá-lo para uma entrevista na terça-feira, 8/12, às 10h, no nosso escritório de Curitiba.\n\nAtenciosamente,\nMarcos Pinto\nDiretor de Operações\nConstrutora Alvorada Ltda.",
    "Construtora Alvorada",
  ],
  [
    "pt",
    "Recursos Humanos <rh@trferreira.pt>",
    "Entrevista",
    "Caro Jordan,\n\nTemos o prazer de o convidar para uma entrevista na quinta-feira, 10 de dezembro, às 14h30, na nossa sede em Leiria.\n\nCom os melhores cumprimentos,\nRecursos Humanos\nTransportes Rodoviários Ferreira, S.A.",
    "Transportes Rodoviários Ferreira",
  ],
  [
    "pt",
    "Ana Lima <ana.lima@coopserraverde.com.br>",
    "Entrevista",
    "Oi Jordan, tudo bem?\n\nSua entrevista na Cooperativa Agrícola Serra Verde ficou marcada para quarta, 9/12, às 9h.\n\nAbraço,\nAna Lima",
    "Cooperativa Agrícola Serra Verde",
  ],
  [
    "pt",
    "Rui Matos <rui.matos@fps-farma.pt>",
    "Entrevista - Farmacêutico",
    "Bom dia Jordan,\n\nConvidamo-lo para uma entrevista na sexta-feira, 11 de dezembro, às 11h.\n\nCumprimentos,\nRui Matos\nDiretor Técnico\nFarmácia Popular do Sul, Lda.",
    "Farmácia Popular do Sul",
  ],
  // Dutch
  [
    "nl",
    "Sanne van der Meulen <sanne@vandermeulenbakkerij.nl>",
    "Sollicitatiegesprek",
    "Hoi Jordan,\n\nLeuk dat je hebt gereageerd! Kom je dinsdag 8 december om 10.00 uur langs voor een sollicitatiegesprek?\n\nGroetjes,\nSanne\nBakkerij Van der Meulen",
    "Bakkerij Van der Meulen",
  ],
  [
    "nl",
    "Personeelszaken <pz@devries-installatie.nl>",
    "Uitnodiging sollicitatiegesprek",
    "Beste Jordan,\n\nGraag nodigen wij je uit voor een sollicitatiegesprek bij Installatiebedrijf De Vries B.V. op donderdag 10 december om 14.00 uur.\n\nMet vriendelijke groet,\nPersoneelszaken",
    "Installatiebedrijf De Vries",
  ],
  [
    "nl",
    "Werving <werving@ravu.nl>",
    "Uitnodiging gesprek",
    "Beste Jordan,\n\nJe bent uitgenodigd voor een sollicitatiegesprek op woensdag 9 december om 13.30 uur.\n\nMet vriendelijke groet,\nAfdeling HR\nRegionale Ambulance Voorziening Utrecht",
    "Regionale Ambulance Voorziening Utrecht",
  ],
  [
    "nl",
    "Marieke Bos <m.bos@lindehofzorg.nl>",
    "Gesprek",
    "Hallo Jordan,\n\nIk wil je graag uitnodigen voor een gesprek op vrijdag 11 december om 11.00 uur.\n\nMet vriendelijke groet,\nMarieke Bos\nTeamleider\nZorggroep Het Lindehof",
    "Zorggroep Het Lindehof",
  ],
  // Italian
  [
    "it",
    "Ufficio Personale <selezione@tiberinaenergia.it>",
    "Colloquio",
    "Gentile Jordan,\n\nla invitiamo a un colloquio conoscitivo martedì 8 dicembre alle 11:00 presso la nostra sede di Roma.\n\nCordiali saluti,\nUfficio Personale\nTiberina Servizi Energetici S.r.l.",
    "Tiberina Servizi Energetici",
  ],
  [
    "it",
    "Selezione <selezione@fcr-farmacie.it>",
    "Convocazione colloquio",
    "Gentile Jordan,\n\nle confermiamo il colloquio per la posizione di farmacista giovedì 10 dicembre alle 15:00.\n\nCordiali saluti,\nUfficio Risorse Umane\nFarmacie Comunali Riunite",
    "Farmacie Comunali Riunite",
  ],
  [
    "it",
    "Giulia Conti <giulia@ateliervilla-brera.it>",
    "Colloquio",
    "Ciao Jordan,\n\nti va di passare da noi mercoledì 9 dicembre alle 17 per un colloquio?\n\nUn saluto,\nGiulia Conti\nTitolare\nAtelier Brera Design",
    "Atelier Brera Design",
  ],
  [
    "it",
    "Marco Lenti <m.lenti@lentipasta.it>",
    "Colloquio",
    "Buongiorno Jordan,\n\nla aspettiamo per un colloquio presso Pastificio Fratelli Lenti S.p.A. venerdì 11 dicembre alle 10.\n\nCordiali saluti,\nMarco Lenti",
    "Pastificio Fratelli Lenti",
  ],
  // The name only in a sentence or in the sender's display name, the domain cutting it.
  [
    "en",
    "Harrow & Finch Architects <studio@harrowfinch-arch.co.uk>",
    "Interview",
    "Hi Jordan,\n\nThanks for sending your portfolio. Could you come to the studio for an interview on Tuesday 8 December at 3pm?\n\nCheers,\nMia",
    "Harrow & Finch Architects",
  ],
  [
    "de",
    "Lukas Berger <l.berger@alpenmilch-tirol.at>",
    "Vorstellungsgespräch",
    "Servus Jordan,\n\ndanke für deine Bewerbung bei der Tiroler Alpenmilch Genossenschaft. Hättest du am Mittwoch, 9. Dezember um 10 Uhr Zeit für ein Vorstellungsgespräch?\n\nLG\nLukas",
    "Tiroler Alpenmilch Genossenschaft",
  ],
  [
    "fr",
    "Claire Fabre <c.fabre@vergers-garonne.fr>",
    "Entretien",
    "Bonjour Jordan,\n\nMerci pour votre candidature aux Vergers de la Moyenne Garonne. Seriez-vous disponible pour un entretien le jeudi 10 décembre à 9h30 ?\n\nBien cordialement,\nClaire Fabre",
    "Vergers de la Moyenne Garonne",
  ],
  [
    "es",
    "Marta Vidal <marta.vidal@iberiaexpress-log.es>",
    "Entrevista",
    "Hola Jordan:\n\nSoy Marta, de Logística Iberia Express. ¿Te viene bien una entrevista el lunes 7 de diciembre a las 12:00 en Coslada?\n\nGracias,\nMarta",
    "Logística Iberia Express",
  ],
  [
    "pt",
    "Paula Reis <paula@vinhosdouroalto.pt>",
    "Entrevista",
    "Olá Jordan,\n\nObrigada pelo seu interesse na Quinta do Douro Alto. Podemos marcar a entrevista para segunda, 7 de dezembro, às 15h?\n\nBeijinhos,\nPaula",
    "Quinta do Douro Alto",
  ],
  [
    "nl",
    "Joris Smit <joris@smitgroenvoorziening.nl>",
    "Kennismakingsgesprek",
    "Hoi Jordan,\n\nLeuk dat je wilt komen werken bij Groenvoorziening Smit & Zn. Kun je maandag 7 december om 8.30 uur langs komen voor een gesprek?\n\nGroet,\nJoris",
    "Groenvoorziening Smit & Zn",
  ],
  [
    "it",
    "Farmacie Comunali Riunite <noreply@fcr-farmacie.it>",
    "Convocazione al colloquio",
    "Gentile candidato,\n\nla convochiamo per un colloquio lunedì 7 dicembre alle 9:30 presso la sede di Reggio Emilia.\n\nCordiali saluti",
    "Farmacie Comunali Riunite",
  ],
  // The name right after a day and hour: "alle 17 da Atelier Brera Design".
  [
    "it",
    "Giulia <giulia@ateliervilla-brera.it>",
    "Colloquio",
    "Ciao Jordan,\n\nti aspettiamo mercoledì 9 dicembre alle 17 da Atelier Brera Design per un colloquio.\n\nGiulia",
    "Atelier Brera Design",
  ],
  [
    "es",
    "Selección <seleccion@iberiaexpress-log.es>",
    "Entrevista",
    "Hola Jordan:\n\nTe esperamos el martes 8 de diciembre a las 10:00 en Logística Iberia Express para la entrevista.\n\nUn saludo",
    "Logística Iberia Express",
  ],
  [
    "nl",
    "Sanne <sanne@vandermeulenbakkerij.nl>",
    "Sollicitatiegesprek",
    "Hoi Jordan,\n\nWe zien je dinsdag 8 december om 10.00 uur bij Bakkerij Van der Meulen voor een sollicitatiegesprek.\n\nGroetjes,\nSanne",
    "Bakkerij Van der Meulen",
  ],
  [
    "de",
    "Jana Wolf <j.wolf@kornfeld-agrar.de>",
    "Vorstellungsgespräch",
    "Hallo Herr Lee,\n\nwir erwarten Sie am 9. Dezember um 9:30 Uhr bei Kornfeld Landtechnik zum Vorstellungsgespräch.\n\nBeste Grüße\nJana Wolf",
    "Kornfeld Landtechnik",
  ],
];

describe("the employer as the text writes it, over the domain's letters", () => {
  it.each(ROWS)("%s: %s", async (_lang, from, subject, body, employer) => {
    // Act
    const result = await readGmailForward(from, subject, body);
    // Assess
    expect(result.status, result.reason ?? "").toBe("ok");
    expect(result.interview?.company).toBe(employer);
  });
});
