/**
 * A call's length said as what will do ("20 minutes should be enough", "Een halfuurtje is
 * genoeg", "ça ne durera qu'une demi-heure"): the length is the meeting's, in every language.
 */
import { describe, expect, it } from "vitest";
import { readGmailForward } from "../../support/gmail-forward";

const FROM = "Noor Visser <noor@lindqvist-logistics.example>";

const ROWS = [
  [
    "en",
    "Quick call",
    "Hi Jordan,\n\nI'll give you a ring Thursday 26 November at 10am. 20 minutes should be enough.\n\nNoor",
    20,
  ],
  [
    "en",
    "Phone screen",
    "hey jordan, calling u thu 26 nov at 10am for a quick chat about the role - half an hour is plenty\n\nNoor",
    30,
  ],
  [
    "de",
    "Kurzes Telefonat",
    "Hallo Jordan,\n\nich rufe Sie am Donnerstag, 26.11., um 10 Uhr an. 20 Minuten sollten reichen.\n\nGrüße\nNoor",
    20,
  ],
  [
    "de",
    "Telefonat",
    "Servus Jordan, ich ruf dich am Donnerstag, 26.11. um 10 Uhr kurz an, eine Viertelstunde reicht.\n\nNoor",
    15,
  ],
  [
    "fr",
    "Appel jeudi",
    "Bonjour Jordan,\n\nJe vous appellerai le jeudi 26 novembre à 10h. Ça ne durera qu'une demi-heure.\n\nNoor",
    30,
  ],
  [
    "fr",
    "Appel",
    "Salut Jordan, je t'appelle jeudi 26 novembre à 10 h pour jaser du poste. Une vingtaine de minutes devrait suffire.\n\nNoor",
    20,
  ],
  [
    "es",
    "Llamada",
    "Hola Jordan,\n\nTe llamo el jueves 26 de noviembre a las 10. Con media hora alcanza.\n\nSaludos,\nNoor",
    30,
  ],
  [
    "pt",
    "Ligação",
    "Oi Jordan, te ligo quinta, 26/11, às 10h pra gente conversar. Uns 20 minutos bastam.\n\nNoor",
    20,
  ],
  [
    "it",
    "Telefonata",
    "Ciao Jordan,\n\nti chiamo giovedì 26 novembre alle 10. Una mezz'ora dovrebbe bastare.\n\nNoor",
    30,
  ],
  [
    "nl",
    "Belafspraak",
    "Hoi Jordan,\n\nIk bel je donderdag 26 november om 10 uur. Een halfuurtje is genoeg.\n\nGroet,\nNoor",
    30,
  ],
  [
    "nl",
    "Telefoontje",
    "Dag Jordan, ik bel u donderdag 26 november om 10u. Twintig minuten volstaan.\n\nNoor",
    20,
  ],
] as const;

describe("a length said as what will do", () => {
  it.each(ROWS)("%s: %s", async (_lang, subject, body, minutes) => {
    // Act
    const result = await readGmailForward(FROM, subject, body);
    // Assess
    expect(result.interview.start?.slice(0, 16)).toBe("2026-11-26T10:00");
    const start = Date.parse(result.interview.start ?? "");
    const end = Date.parse(result.interview.end ?? "");
    expect((end - start) / 60_000).toBe(minutes);
  });
});
