/**
 * The employer in invitations of every language, one class per table: an agency's client, a
 * labelled line, an employer that wants to meet, the part after a title in a signature, a domain
 * that shortens the name, an applicant-tracking system that sends in the employer's name, and the
 * words that say what a mail is, which name no one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { companyFromDomain } from "../../../lambdas/domain/ingest/domains";
import { abbreviates, spelledInTexts } from "../../../lambdas/domain/ingest/employer-spelling";
import { readGmailForward } from "../../support/gmail-forward";

const read = readGmailForward;

describe("an agency's client is the employer", () => {
  it.each([
    [
      "en",
      "Maya Cole <maya@northstaffing.co.uk>",
      "Interview",
      "Hi Jordan,\n\nOur client, Harbour Mills Bakery, would like to interview you on 9 December at 2pm.\n\nBest regards,\nMaya Cole\nConsultant | North Staffing",
      "Harbour Mills Bakery",
    ],
    [
      "de",
      "Jens Ott <ott@ott-personal.de>",
      "Vorstellungsgespräch",
      "Hallo Herr Lee,\n\nunser Kunde, die Weserwerft Logistik, lädt Sie am 9. Dezember um 14 Uhr zum Gespräch ein.\n\nViele Grüße\nJens Ott\nPersonalberatung Ott",
      "Weserwerft Logistik",
    ],
    [
      "fr",
      "Anne Roy <a.roy@cabinet-roy.fr>",
      "Entretien",
      "Bonjour,\n\nJe vous confirme l'entretien chez notre client Vignobles Arnaud le 9 décembre à 14h.\n\nCordialement,\nAnne Roy\nConsultante – Cabinet Roy Recrutement",
      "Vignobles Arnaud",
    ],
    [
      "es",
      "Luis Gil <lgil@seleccionnorte.es>",
      "Entrevista",
      "Hola Jordan:\n\nNuestro cliente, Conservas Ría Verde, quiere entrevistarte el 9 de diciembre a las 10:00.\n\nUn saludo,\nLuis Gil\nConsultor - Selección Norte",
      "Conservas Ría Verde",
    ],
    [
      "pt",
      "Rita Sá <rita@talentosul.com.br>",
      "Entrevista",
      "Olá Jordan,\n\nA entrevista com nosso cliente Moinho Dourado ficou para 9/12 às 10h.\n\nAbraços,\nRita Sá\nConsultora | Talento Sul RH",
      "Moinho Dourado",
    ],
    [
      "nl",
      "Eva Smit <eva@smitwerving.nl>",
      "Gesprek",
      "Hoi Jordan,\n\nIk heb een gesprek gepland bij onze opdrachtgever Zuiderhaven Bouw op 9 december om 10.00 uur.\n\nGroeten,\nEva Smit\nConsultant – Smit Werving & Selectie",
      "Zuiderhaven Bouw",
    ],
    [
      "it",
      "Sara Neri <s.neri@nerilavoro.it>",
      "Colloquio",
      "Buongiorno,\n\nLe confermo il colloquio presso il nostro cliente Oleificio Valle Verde il 9 dicembre alle 10.\n\nCordiali saluti,\nSara Neri\nConsulente – Neri Lavoro",
      "Oleificio Valle Verde",
    ],
  ])("%s: the client, not the agency", async (_lang, from, subject, body, company) => {
    // Act
    const result = await read(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});

describe("the employer named in a labelled line or wanting to meet", () => {
  it.each([
    ["en", "Company: Bluefin Analytics\nRole: Data Analyst\nWhen: 9 December at 2pm", "Bluefin Analytics"],
    ["de", "Unternehmen: Kranich Solar\nWann: 9. Dezember um 14 Uhr", "Kranich Solar"],
    ["fr", "Entreprise : Atelier Lumen\nQuand : 9 décembre à 14h", "Atelier Lumen"],
    [
      "es",
      "Gracias. Bodegas Sierra Alta quiere conocerte el 9 de diciembre a las 10:00.",
      "Bodegas Sierra Alta",
    ],
    ["pt", "Boa notícia: Café Serrano Mineiro quer te conhecer no dia 9/12 às 10h.", "Café Serrano Mineiro"],
    [
      "nl",
      "Goed nieuws: Bakkerij Het Anker wil je graag ontmoeten op 9 december om 10.00 uur.",
      "Bakkerij Het Anker",
    ],
    [
      "it",
      "Ottime notizie: Cartiera dei Monti vorrebbe conoscerti il 9 dicembre alle 10.",
      "Cartiera dei Monti",
    ],
  ])("%s: %s", async (_lang, text, company) => {
    // Act
    const result = await read("Kim Berg <kim.berg@gmail.com>", "Interview", `Hi,\n\n${text}\n\nKim`);
    // Assess
    expect(result.interview?.company).toBe(company);
  });

  it("never takes a person who wants to meet for the employer", async () => {
    // Act
    const result = await read(
      "Kim Berg <kim.berg@gmail.com>",
      "Vorstellungsgespräch",
      "Hallo,\n\nAnna Weber möchte Sie kennenlernen, am 9. Dezember um 14 Uhr.\n\nKim",
    );
    // Assess
    expect(result.interview?.company ?? null).toBeNull();
  });
});

describe("the part after a title in a signature", () => {
  it.each([
    ["en", "Tom Reed | Engineering Manager | Quillstone | 12 High St, Leeds", "Quillstone"],
    ["de", "Lena Kraft | Teamleiterin | Nordlicht Medien | Hafenstraße 4, Kiel", "Nordlicht Medien"],
    ["fr", "Paul Morin\nCTO – Brasserie Kerlann", "Brasserie Kerlann"],
    ["es", "Ana Ruiz\nJefa de Producto – Editorial Mareas", "Editorial Mareas"],
    ["pt", "Bia Costa\nGerente de Produto | Estúdio Jabuti", "Estúdio Jabuti"],
    ["nl", "Bram Vos | Tech lead | Studio Dijkgraaf | Prinsengracht 8, Amsterdam", "Studio Dijkgraaf"],
    ["it", "Marta Galli\nResponsabile Qualità – Pastificio Aurora", "Pastificio Aurora"],
  ])("%s", async (_lang, signature, company) => {
    // Prepare: the sender writes from a mail provider; only the signature names the employer.
    const body = `Hi Jordan,\n\nSee you on 9 December at 2pm.\n\nBest regards,\n${signature}`;
    // Act
    const result = await read("Sam Doe <sam.doe@gmail.com>", "Interview", body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });

  it("never takes a sentence with a job word for a signature title", async () => {
    // Prepare: prose naming the role sits right above the company's line.
    const body =
      "Olá Jordan!\n\nRecebemos sua candidatura para Supervisor de Vendas.\nA entrevista é no dia 9/12 às 10h.\n\nLaticínios Vale Claro";
    // Act
    const result = await read("Laticínios Vale Claro <vagas@valeclaro.com.br>", "Entrevista", body);
    // Assess
    expect(result.interview?.company).toMatch(/Vale Claro$/);
  });
});

describe("a domain that shortens the employer's name", () => {
  it.each([
    ["assivalle", "Assicurazioni Valle", true],
    ["bpmontana", "Banca Popolare della Montana", true],
    ["gruppoadriatico", "Gruppo Alimentare Adriatico", true],
    ["laiteriesduval", "Laiteries du Val", true],
    ["acme", "A Clever Man Eats", false],
    ["nordbahn", "Nord", false],
  ])("%s spells %s: %s", (domain, name, spelled) => {
    // Act / Assess
    expect(abbreviates(domain, name.split(" "))).toBe(spelled);
  });

  it("spells every name written whole, and never one that starts with another letter", () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{3,9}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.stringMatching(/^[a-z]{4,12}$/),
        (words, other) => {
          // Act / Assess: the whole name's letters are spelled; a target on another first letter is not.
          expect(abbreviates(words.join("").toLowerCase(), words)).toBe(true);
          if (other[0] !== words[0]?.[0]?.toLowerCase()) expect(abbreviates(other, words)).toBe(false);
        },
      ),
    );
  });

  it.each([
    ["metronorteeng", "Recursos Humanos – Metro Norte Engenharia\nRua 5", "Metro Norte Engenharia"],
    ["segurosbrisa", "Un saludo,\nRRHH Seguros Brisa Atlántica", "Seguros Brisa"],
    ["kornmeyer", "Kornmeyer\nBeste Grüße", "Kornmeyer"],
  ])("finds %s written out in the text", (domain, text, name) => {
    // Act / Assess
    expect(spelledInTexts(domain, [text])).toBe(name);
  });

  it("reads the name the text writes, not the domain's letters, when the domain shortens it", async () => {
    // Prepare
    const body =
      "Gentile Jordan,\n\nLa invitiamo a un colloquio il 9 dicembre alle 10.\n\nCordiali saluti,\nElena Riva\nHR Gruppo Caseario Orobico";
    // Act
    const result = await read("Elena Riva <hr@gruppoorobico.it>", "Colloquio", body);
    // Assess
    expect(result.interview?.company).toBe("Gruppo Caseario Orobico");
  });
});

describe("senders and subjects that name no employer", () => {
  it("takes the employer from the display name an applicant-tracking system sends under", async () => {
    // Act
    const result = await read(
      "Menuiserie Dubois & Fils <recrutement@talentsoft-mail.fr>",
      "Entretien",
      "Bonjour,\n\nVotre entretien est fixé au 9 décembre à 14h.\n\nLe service Recrutement",
    );
    // Assess
    expect(result.interview?.company).toBe("Menuiserie Dubois & Fils");
  });

  it.each([
    ["Calendly <notifications@calendly.com>"],
    ["Talentsoft Notifications <noreply@talentsoft-mail.fr>"],
  ])("never takes the scheduling tool's own name from %s", async (from) => {
    // Act
    const result = await read(from, "Interview", "Hi,\n\nYour interview is on 9 December at 2pm.\n\nThanks");
    // Assess
    expect(result.interview?.company ?? null).toBeNull();
  });

  it.each([
    ["de", "Terminbestätigung: Videointerview Werkstudent Einkauf"],
    ["fr", "Rappel : entretien Chargé d'études"],
    ["es", "Confirmación: entrevista Analista"],
    ["pt", "Proposta - Analista de Dados"],
    ["nl", "Herinnering: gesprek Data Analist"],
    ["it", "Promemoria: colloquio Analista"],
  ])("%s: “%s” names what the mail is", async (_lang, subject) => {
    // Act
    const result = await read(
      "Kim Berg <kim.berg@gmail.com>",
      subject,
      "Hi,\n\n9 December at 2pm, interview.\n\nKim",
    );
    // Assess
    expect(result.interview?.company ?? null).toBeNull();
  });
});

describe("names as a sentence declines them, and registries' second levels", () => {
  it("gives a German employer's adjective its own ending after an article", async () => {
    // Prepare
    const body =
      "Hallo Jordan,\n\ndein Termin am 9. Dezember um 14 Uhr ist bestätigt.\n\nViele Grüße\nDein Recruiting-Team der Bayerischen Landmaschinen GmbH";
    // Act
    const result = await read("Talent <noreply@talentwerk.de>", "Terminbestätigung", body);
    // Assess
    expect(result.interview?.company).toBe("Bayerische Landmaschinen");
  });

  it.each([
    ["rh@agrovale.coop.br", "Agrovale"],
    ["ana@cafe-serrano.ind.br", "Cafe Serrano"],
    ["paul@atelier.gouv.fr", "Atelier"],
  ])("%s names %s", (address, company) => {
    // Act / Assess
    expect(companyFromDomain(address)).toBe(company);
  });
});

describe("the employer behind a tool's mailbox, an agency consultant or an ampersand", () => {
  it.each([
    [
      "es",
      "Hotel Brisamar Málaga <no-reply@factorialhr.com>",
      "Entrevista telefónica - Camarero",
      "Hola Jordan,\n¡Gracias por tu interés en Hotel Brisamar Málaga!\nTe confirmamos una entrevista telefónica para el puesto de Camarero:\n📅 miércoles, 9 de diciembre\n🕛 12:00 – 12:30\n📞 Te llamará Ana Ruiz, jefa de sala.\nUn saludo,\nEquipo de Personas · Hotel Brisamar Málaga\nEnviado con Factorial",
      "Hotel Brisamar Málaga",
    ],
    [
      "pt",
      "Mariana Lopes <mariana@horizonterecrutamento.com.br>",
      "Entrevista Padaria Trigo Bom 🙌",
      "Oi Jordan!\n\nBoa notícia: a Padaria Trigo Bom quer te conhecer pessoalmente para a vaga de Supervisor de Produção.\n\nFica marcado quarta, dia 9/12, às 10h, na sede deles. Quem vai te entrevistar é o Paulo Reis, gerente, e eu também vou participar pela Horizonte.\n\nBeijo,\nMari\nMariana Lopes | Consultora\nHorizonte Recrutamento",
      "Padaria Trigo Bom",
    ],
    [
      "it",
      "Carlo Bassi <c.bassi@studiobassi.it>",
      "Colloquio praticantato",
      "Gentile Dott. Lee,\n\nLe propongo un colloquio per la posizione di praticante commercialista mercoledì 9 dicembre alle 17, presso lo Studio.\n\nCordiali saluti\nDott. Carlo Bassi\nStudio Commercialisti Bassi & Associati",
      "Studio Commercialisti Bassi & Associati",
    ],
    [
      "nl",
      "Bakkerij De Zeeuw <notifications@recruitee.com>",
      "Je gesprek bij Bakkerij De Zeeuw is ingepland",
      "Hoi Jordan,\n\nJe videogesprek voor de functie Filiaalmanager is ingepland.\nWanneer: woensdag 9 december, 11:00 - 11:30\nMet: Eva Smit\n\nGroetjes,\nTeam Bakkerij De Zeeuw",
      "Bakkerij De Zeeuw",
    ],
    [
      "en",
      "Early Careers <careers@harrowhill.co.uk>",
      "Your interview",
      "Dear Jordan,\n\nThank you for applying to the Tax Associate programme at Harrow Hill Partners. Your interview is on Tuesday 8 December at 10am.\n\nKind regards,\nEarly Careers Team\nHarrow Hill Partners",
      "Harrow Hill Partners",
    ],
  ])("%s: %s", async (_lang, from, subject, body, company) => {
    // Act
    const result = await read(from, subject, body);
    // Assess
    expect(result.interview?.company).toBe(company);
  });
});
