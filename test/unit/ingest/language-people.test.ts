/**
 * Who an invitation in another language introduces, one phrasing class per row: a label list with
 * or without bullets, a phrase that introduces people used as a label, a label inside a sentence,
 * the writer among the people met, job titles after a name, a quoted original's list; and days
 * chrono reads where there is none (a verb taken for a weekday, a weekday after its date); zone
 * words after a time; the company under a team's signature or after a phrase that introduces it;
 * the writer who holds the call; rejections in their usual words.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ingest } from "../../../lambdas/domain/ingest";
import { zoneAfter } from "../../../lambdas/domain/ingest/chrono-time";
import { INVITE_LEXICONS } from "../../../lambdas/domain/ingest/invite-language";
import { findInterviewersInLanguage } from "../../../lambdas/domain/ingest/people-language";
import { gmailForward } from "../../support/gmail-forward";

describe("people an invitation introduces", () => {
  it.each([
    [
      "de: a list under a label, without bullets",
      "Ihre Gesprächspartner:\nMag. Eva Winter, Head of Data\nDI Paul Brandl, Teamlead Backend\n\nBitte bringen Sie Ihren Ausweis mit.",
      null,
      ["Mag. Eva Winter", "DI Paul Brandl"],
    ],
    [
      "fr: an introducing phrase as a label",
      "Vous rencontrerez :\n- Mme Claire Roy, Directrice Financière\n- M. Hugo Blanc, Contrôleur de gestion",
      null,
      ["Mme Claire Roy", "M. Hugo Blanc"],
    ],
    [
      "it: an introducing phrase as a label",
      "Incontrerà:\n- Dott.ssa Anna Neri, Responsabile Amministrazione\n- Ing. Luca Riva, CFO",
      null,
      ["Dott.ssa Anna Neri", "Ing. Luca Riva"],
    ],
    [
      "es: a label list with titles and dashes",
      "Entrevistadores:\nLic. Tomás Vidal - Gerente de TI\nIng. Sara Pons - Líder Técnica",
      null,
      ["Lic. Tomás Vidal", "Ing. Sara Pons"],
    ],
    [
      "pt: a job title after the name is no name",
      "Será recebida pelo Eng. Rui Lopes, Diretor de Produção, e pela Eng.ª Ana Reis, responsável da Qualidade.",
      null,
      ["Eng. Rui Lopes", "Eng.ª Ana Reis"],
    ],
    [
      "pt: people present",
      "Estarão presentes a Dra. Inês Prado (Diretora Financeira) e o Dr. Rui Barros (Controller).",
      null,
      ["Dra. Inês Prado", "Dr. Rui Barros"],
    ],
    [
      "fr: the writer among the people met",
      "Vous rencontrerez d'abord moi-même, puis M. Hugo Blanc, DAF de notre client.",
      "Lucie Roy",
      ["Lucie Roy", "M. Hugo Blanc"],
    ],
    [
      "de: the writer among the people met",
      "Gesprächspartner sind weiterhin Frau Dr. Eva Winter (Leitung QA) und ich.",
      "Paul Brandl",
      ["Frau Dr. Eva Winter", "Paul Brandl"],
    ],
    [
      "de: the writer who does not attend",
      "Dabei sind Eva Winter (Head of Data) und Paul Brandl. Ich selbst bin nicht dabei.",
      "Jana Roth",
      ["Eva Winter", "Paul Brandl"],
    ],
    [
      "de: the writer asking to be contacted is no interviewer",
      "Bei Fragen können Sie gerne mit mir sprechen.",
      "Jana Roth",
      [],
    ],
    [
      "fr: a label inside a sentence, its list in brackets",
      "Le lieu et les participants (Mme Claire Roy et M. Hugo Blanc) restent inchangés.",
      null,
      ["Mme Claire Roy", "M. Hugo Blanc"],
    ],
    [
      "it: a label inside a sentence, its list after a colon",
      "Resta invariato tutto il resto (sede, durata e partecipanti: Dott.ssa Anna Neri e Ing. Luca Riva).",
      null,
      ["Dott.ssa Anna Neri", "Ing. Luca Riva"],
    ],
    [
      "nl: people present",
      "Bij het gesprek zijn aanwezig mevrouw Els Kok (regiomanager) en de heer Bram Smit.",
      null,
      ["mevrouw Els Kok", "de heer Bram Smit"],
    ],
    [
      "fr: a colleague named by first name beside the writer",
      "Ce sera avec moi et Maëlle de l’équipe vision. Ça dure une heure.",
      "Yann Le Goff",
      ["Yann Le Goff", "Maëlle"],
    ],
    [
      "it: the writer and a colleague who will be there",
      "Ci sarò io ed Elena, che segue l’e-commerce.",
      "Marco Serra",
      ["Marco Serra", "Elena"],
    ],
    [
      "fr: a first name alone, without the writer, is no one",
      "Le rendez-vous est avec Maëlle, à l'accueil.",
      "Yann Le Goff",
      [],
    ],
    [
      "es: people who will receive the candidate",
      "Te atenderán la Lic. Mariana Solís, Directora Comercial, y el Ing. Ricardo Treviño, Gerente Regional.",
      null,
      ["Lic. Mariana Solís", "Ing. Ricardo Treviño"],
    ],
    [
      "pt: a panel made up of people",
      "O júri é composto pelo Eng. Nuno Ferreira e pela Eng.ª Helena Sousa.",
      null,
      ["Eng. Nuno Ferreira", "Eng.ª Helena Sousa"],
    ],
    [
      "de: the people met stay the same",
      "Ihre Gesprächspartner bleiben Herr Piotr Kowalski und Frau Anke Reimers.",
      null,
      ["Herr Piotr Kowalski", "Frau Anke Reimers"],
    ],
    [
      "fr: the person met stays the same",
      "Votre interlocuteur reste Laurent Chevalier, directeur commercial.",
      null,
      ["Laurent Chevalier"],
    ],
    [
      "pt: a quoted original's list",
      "> Com:\n> Renata Alves (Gerente de Engenharia)\n> Felipe Gomes (Tech Lead)\n>\n> Abraços",
      null,
      ["Renata Alves", "Felipe Gomes"],
    ],
  ] as const)("%s", (name, text, sender, names) => {
    // Prepare
    const lexicon = INVITE_LEXICONS[name.slice(0, 2) as "de"];
    // Act
    const found = findInterviewersInLanguage(text, lexicon, sender).map((person) => person.name);
    // Assess
    expect(found).toEqual(names);
  });
});

function forward(body: string): string {
  return gmailForward({
    from: "Ana Souza <ana.souza@lumen.com.br>",
    subject: "Entrevista",
    body,
    offset: "-0300",
  });
}

describe("days in the words of another language", () => {
  it.each([
    [
      "a verb chrono takes for a weekday",
      "Que bom ter você no processo! A entrevista será no dia 9 de dezembro às 10h.",
    ],
    [
      "a weekday in brackets after its date",
      "Seguem os dados da sua entrevista:\nData: 09/12/2026 (quarta-feira)\nHorário: 10h às 11h",
    ],
    [
      "a weekday after its date",
      "Convidamos você para uma entrevista no dia 9 de dezembro, quarta-feira, pelas 10h00.",
    ],
  ])("pt: %s is no second date", async (_name, body) => {
    // Act
    const result = await ingest(forward(`Olá Jordan,\n\n${body}\n\nAna Souza\nLumen`), {
      now: DateTime.fromISO("2026-11-23T12:00:00-03:00"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "America/Sao_Paulo",
    });
    // Assess
    expect(result.status).toBe("ok");
    expect(result.interview?.start).toBe("2026-12-09T10:00:00-03:00");
  });
});

describe("the candidate greeted by title and surname", () => {
  it("keeps an interviewer whose title the greeting shares", async () => {
    // Prepare: "Herr Bernasconi" is the candidate; "Herr Reto Baumann" is not him.
    const body =
      "Sehr geehrter Herr Bernasconi\n\nwir laden Sie am Dienstag, 8. Dezember 2026, um 14:00 Uhr zu einem Gespräch ein. Ihre Gesprächspartner sind Herr Reto Baumann (Leiter Aktuariat) und Frau Nicole Frei.\n\nCorinne Weber\nHelvetia Re";
    const raw = forward(body).replace("Ana Souza <ana.souza@lumen.com.br>", "Corinne Weber <cw@helvre.ch>");
    // Act
    const result = await ingest(raw, {
      now: DateTime.fromISO("2026-11-23T12:00:00+01:00"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "Europe/Zurich",
    });
    // Assess
    expect(result.interview?.interviewers.map((person) => person.name)).toEqual([
      "Herr Reto Baumann",
      "Frau Nicole Frei",
    ]);
  });
});

describe("zones written after a time, in other languages", () => {
  it.each([
    ["(hora Colombia)", "America/Bogota"],
    ["hora de Venezuela", "America/Caracas"],
    ["britischer Zeit", "Europe/London"],
    ["(heure du Québec)", "America/Toronto"],
    ["ora di Lugano", "Europe/Zurich"],
    ["(horário de Portugal continental)", "Europe/Lisbon"],
    ["Britse tijd", "Europe/London"],
  ])("%s → %s", (phrase, zone) => {
    // Act
    const read = zoneAfter(`9:00 ${phrase}`, 0);
    // Assess
    expect(read?.name).toBe(zone);
  });
});

describe("words after a time that only look like zones", () => {
  it.each([
    ["15h, le lien est dans l'invitation", false],
    ["15h est confirmé", false],
    ["15h, en visio. Est-ce que cela vous convient ?", false],
    ["3pm, the link est", true],
    ["3pm. EST is our zone", true],
  ] as const)("%s (English: %s) → no zone", (text, english) => {
    // Act
    const read = zoneAfter(text, 3, english);
    // Assess
    expect(read).toBeNull();
  });

  it.each([
    ["3pm est", "America/New_York"],
    ["3 p.m. EST", "America/New_York"],
    ["3 pm (pst)", "America/Los_Angeles"],
  ])("%s in English → %s", (text, zone) => {
    // Act
    const read = zoneAfter(text, 1, true);
    // Assess
    expect(read?.name).toBe(zone);
  });
});

describe("the company", () => {
  const MAILBOX = "Marta Gil <marta.gil.rrhh@gmail.com>";
  it.each([
    [
      "it: under a team's signature, a team mailbox's display name being no person",
      "Supermercati Arcobaleno <lavoraconnoi@arcobaleno-careers.it>",
      "Ciao Jordan,\n\nabbiamo ricevuto il tuo CV.\n\nA presto,\nTeam Selezione\nSupermercati Arcobaleno",
      "Supermercati Arcobaleno",
    ],
    [
      "es: under a team's signature, a team mailbox's display name being no person",
      "Hoteles Mediterráneo Sol <empleo@mediterraneosol-careers.com>",
      "Hola Jordan,\n\nhemos recibido tu candidatura.\n\nEquipo de Talento\nHoteles Mediterráneo Sol",
      "Hoteles Mediterráneo Sol",
    ],
    [
      "pt: under a team's signature, a team mailbox's display name being no person",
      "Supermercados Serra Azul <vagas@talentos-mail.com.br>",
      "Oi Jordan!\n\nRecebemos sua candidatura.\n\nTime de Gente & Gestão\nSupermercados Serra Azul",
      "Supermercados Serra Azul",
    ],
    // The writer's address is a mailbox provider's: only the words name the employer.
    [
      "es: after a phrase that introduces it",
      MAILBOX,
      "Hola Jordan,\n\nte escribo en nombre de Grupo Mirador Seguros: nos gustaría conocerte.\n\nMarta",
      "Grupo Mirador Seguros",
    ],
    [
      "pt: after a phrase that introduces it",
      MAILBOX,
      "Olá Jordan,\n\nescrevo em nome da Cafetera Andina sobre a sua candidatura.\n\nMarta",
      "Cafetera Andina",
    ],
    [
      "de: after a phrase that introduces it",
      MAILBOX,
      "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung.\n\nIhr Team der Rheinblick Versicherung",
      "Rheinblick Versicherung",
    ],
  ])("%s", async (_name, from, body, company) => {
    // Prepare
    const raw = forward(body).replace("Ana Souza <ana.souza@lumen.com.br>", from);
    // Act
    const result = await ingest(raw, {
      now: DateTime.fromISO("2026-11-23T12:00:00+01:00"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "Europe/Madrid",
    });
    // Assess
    expect(result.interview.company).toBe(company);
  });
});

describe("the writer who holds the call", () => {
  it.each([
    [
      "en",
      "Hi Jordan,\n\nI'd love to set up a quick 30-minute phone screen. I've put us down for Wednesday, December 9 at 11:30am - I'll call you at the number on your resume.\n\nAna Souza\nSenior Talent Acquisition Partner\nLumen",
      ["Ana Souza"],
    ],
    [
      "en",
      "Hi Jordan,\n\nYour interview is on Wednesday, December 9 at 11:30am. If anything changes, I'll call you.\n\nYou will meet Tom Reyes.\n\nAna Souza\nLumen",
      ["Tom Reyes"],
    ],
    [
      "es",
      "Hola Jordan,\n\nte confirmo la entrevista el miércoles 9 de diciembre a las 11:30; te llamaré a tu móvil.\n\nAna Souza\nLumen",
      ["Ana Souza"],
    ],
  ])("%s: case %#", async (_lang, body, names) => {
    // Act
    const result = await ingest(forward(body), {
      now: DateTime.fromISO("2026-11-23T12:00:00-03:00"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "America/Sao_Paulo",
    });
    // Assess
    expect(result.interview.interviewers.map((person) => person.name)).toEqual(names);
  });
});

describe("rejections in other languages", () => {
  it.each([
    [
      "es",
      "Hola Jordan:\n\nlamentamos comunicarte que en esta ocasión no continuaremos con tu candidatura.\n\nAna Souza\nLumen",
    ],
    ["pt", "Olá Jordan,\n\ninfelizmente não daremos continuidade à sua candidatura.\n\nAna Souza\nLumen"],
    ["it", "Ciao Jordan,\n\nabbiamo deciso di non procedere con la tua candidatura.\n\nAna Souza\nLumen"],
    [
      "nl",
      "Beste Jordan,\n\nhelaas moeten we je laten weten dat we hebben gekozen voor een andere kandidaat.\n\nAna Souza\nLumen",
    ],
  ])("%s: a rejection in its usual words closes", async (_lang, body) => {
    // Act
    const result = await ingest(forward(body), {
      now: DateTime.fromISO("2026-11-23T12:00:00-03:00"),
      ownerAddresses: ["jordan.lee@gmail.com"],
      defaultZone: "America/Sao_Paulo",
    });
    // Assess
    expect(result.outcome).toBe("rejected");
  });
});
