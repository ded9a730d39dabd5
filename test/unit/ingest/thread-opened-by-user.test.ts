/**
 * A thread the user opened ("would Thursday suit?") and the employer's answer above it, forwarded
 * whole: the employer is whoever answered, never the user whose message sits deepest. And a
 * country's region under its code ("qc.ca") is no employer's name.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

/** The user's own earlier message, quoted under the employer's answer the way Outlook quotes it. */
function quotedOwnMessage(header: readonly [string, string, string, string], to: string, text: string) {
  const [original, from, sent, subject] = header;
  return [
    "",
    original,
    `${from}: Jordan Lee <jordan.lee@gmail.com>`,
    `${sent}: 22.11.2026 19:40`,
    `${to}`,
    `${subject}: RE: candidatura`,
    "",
    text,
    "",
    "Jordan",
  ].join("\n");
}

const ROWS = [
  [
    "de",
    "Katrin Huber <k.huber@donautal-logistik.at>",
    "AW: Bewerbung Disponent",
    "Grüß Gott Herr Lee,\n\npasst, dann fixieren wir Donnerstag, 26.11., um 9 Uhr bei uns in Linz.\n\nLiebe Grüße\nKatrin Huber\nPersonalabteilung, Donautal Logistik GmbH",
    quotedOwnMessage(
      ["-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "Betreff"],
      "An: Katrin Huber <k.huber@donautal-logistik.at>",
      "Hallo Frau Huber, Donnerstag wär mir lieber, geht das?",
    ),
    ["Donautal Logistik"],
  ],
  [
    "es",
    "Rocío Benítez <rbenitez@lacteosdelsur.com.ar>",
    "RE: Entrevista Analista de Costos",
    "Hola Jordan,\n\nDale, quedamos el jueves 26 a las 9 en la planta. Te atiende Martín Paz.\n\nSaludos,\nRocío Benítez\nSelección, Lácteos del Sur S.A.",
    quotedOwnMessage(
      ["-----Mensaje original-----", "De", "Enviado", "Asunto"],
      "Para: Rocío Benítez <rbenitez@lacteosdelsur.com.ar>",
      "hola rocío, el miércoles no puedo, ¿podría ser el jueves?",
    ),
    ["Lácteos del Sur", "Lacteosdelsur"],
  ],
  [
    "fr",
    "Sophie Tremblay <s.tremblay@boreal-ingenierie.ca>",
    "RE: Candidature dessinatrice",
    "Bonjour Jordan,\n\nC'est noté pour jeudi 26 novembre à 9 h à nos bureaux de Lévis.\n\nBonne journée,\nSophie Tremblay\nConseillère RH – Boréal Ingénierie",
    quotedOwnMessage(
      ["-----Message d'origine-----", "De", "Envoyé", "Objet"],
      "À : Sophie Tremblay <s.tremblay@boreal-ingenierie.ca>",
      "Bonjour, jeudi matin m'irait mieux si c'est possible.",
    ),
    ["Boréal Ingénierie", "Boreal Ingenierie"],
  ],
  [
    "nl",
    "Lotte Claes <lotte@vandamme-partners.be>",
    "RE: Sollicitatie boekhouder",
    "Dag Jordan,\n\nPrima, dan zien we elkaar donderdag om 9u op kantoor.\n\nVriendelijke groeten,\nLotte Claes\nHR – Accountantskantoor Van Damme & Partners",
    quotedOwnMessage(
      ["-----Oorspronkelijk bericht-----", "Van", "Verzonden", "Onderwerp"],
      "Aan: Lotte Claes <lotte@vandamme-partners.be>",
      "Dag Lotte, woensdag lukt me niet, donderdag wel?",
    ),
    ["Van Damme & Partners", "Accountantskantoor Van Damme & Partners", "Vandamme Partners"],
  ],
  [
    "pt",
    "Beatriz Nunes <beatriz.nunes@maresul.pt>",
    "RE: Candidatura Técnico de Qualidade",
    "Olá Jordan,\n\nCombinado, fica então quinta-feira, dia 26, às 9h nas nossas instalações.\n\nCumprimentos,\nBeatriz Nunes\nRecursos Humanos, Maresul Conservas",
    quotedOwnMessage(
      ["-----Mensagem original-----", "De", "Enviado", "Assunto"],
      "Para: Beatriz Nunes <beatriz.nunes@maresul.pt>",
      "Olá Beatriz, quarta não consigo, pode ser quinta?",
    ),
    ["Maresul Conservas", "Maresul"],
  ],
  [
    "it",
    "Chiara Ferri <c.ferri@officinebrenta.it>",
    "R: Candidatura manutentore",
    "Buongiorno Jordan,\n\nperfetto, allora ci vediamo giovedì 26 alle 9 in sede.\n\nCordiali saluti\nChiara Ferri\nUfficio Personale, Officine Brenta S.r.l.",
    quotedOwnMessage(
      ["-----Messaggio originale-----", "Da", "Inviato", "Oggetto"],
      "A: Chiara Ferri <c.ferri@officinebrenta.it>",
      "Buongiorno, mercoledì non riesco, giovedì andrebbe bene?",
    ),
    ["Officine Brenta"],
  ],
  [
    "en",
    "Dana Brooks <dana@northgate-foods.com>",
    "RE: Warehouse Supervisor",
    "Hi Jordan,\n\nGreat, Thursday the 26th at 9am at the depot it is.\n\nThanks,\nDana Brooks\nPeople Team, Northgate Foods",
    quotedOwnMessage(
      ["-----Original Message-----", "From", "Sent", "Subject"],
      "To: Dana Brooks <dana@northgate-foods.com>",
      "hi dana, wednesday's tricky for me, could we do thursday?",
    ),
    ["Northgate Foods"],
  ],
] as const;

describe("a thread the user opened, forwarded whole", () => {
  it.each(ROWS)(
    "%s: the employer is whoever answered",
    async (_lang, from, subject, answer, quoted, companies) => {
      // Act
      const result = await readGmailForward(from, subject, answer + "\n" + quoted);
      // Assess
      expect(companies).toContain(result.interview.company);
    },
  );
});

describe("a country's region under its code is no employer", () => {
  it.each([
    [
      "Ville de Saint-Aubert <emplois@saintaubert.qc.ca>",
      "Accusé de réception – Préposée aux travaux publics",
    ],
    ["Township of Millbrook <careers@millbrook.on.ca>", "Application received – Planning Technician"],
  ])("%s", async (from, subject) => {
    // Act
    const result = await readGmailForward(
      from,
      subject,
      "Bonjour,\n\nNous accusons réception de votre candidature.\n\nService des ressources humaines",
    );
    // Assess
    expect(result.interview.company).not.toMatch(/^(Qc|On)$/);
    expect(result.interview.company).toBeTruthy();
  });
});
