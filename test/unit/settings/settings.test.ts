import { describe, expect, it } from "vitest";
import { resolvePolicy } from "../../../lambdas/domain/config";
import { describeSettings, parseSettingsCommand } from "../../../lambdas/domain/settings";

describe("settings commands", () => {
  it.each([
    ["settings", { kind: "show" }],
    ["Settings?", { kind: "show" }],
    ["timezone Europe/Berlin", { kind: "change", changes: { timeZone: "Europe/Berlin" } }],
    ["tz America/Chicago", { kind: "change", changes: { timeZone: "America/Chicago" } }],
    ["country DE", { kind: "change", changes: { country: "DE", region: null } }],
    ["country de by", { kind: "change", changes: { country: "DE", region: "BY" } }],
    ["send at 8:30", { kind: "change", changes: { sendTime: "08:30" } }],
    ["send at 9am", { kind: "change", changes: { sendTime: "09:00" } }],
    ["quiet 22-7", { kind: "change", changes: { quietStart: "22:00", quietEnd: "07:00" } }],
    ["quiet hours 21:30 to 8", { kind: "change", changes: { quietStart: "21:30", quietEnd: "08:00" } }],
    ["digest off", { kind: "change", changes: { digest: null } }],
    ["digest on", { kind: "change", changes: { digest: { weekday: 7, time: "18:00" } } }],
    ["timezone Mars/Olympus", { kind: "invalid" }],
    ["send at 25:00", { kind: "invalid" }],
    ["quiet 22-99", { kind: "invalid" }],
  ])("%j", (text, expected) => {
    expect(parseSettingsCommand(text)).toMatchObject(expected);
  });

  it.each(["sent", "they said Friday", "offer", "send it tomorrow please"])(
    "%j is not a settings command",
    (text) => {
      expect(parseSettingsCommand(text)?.kind ?? null).not.toBe("change");
    },
  );

  it.each([
    ["timezone europe/berlin", "Europe/Berlin"],
    ["tz EUROPE/BERLIN", "Europe/Berlin"],
    ["timezone Asia/Calcutta", "Asia/Kolkata"],
    ["timezone Europe/Kiev", "Europe/Kyiv"],
    ["timezone America/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["timezone US/Eastern", "America/New_York"],
    ["timezone Etc/UTC", "UTC"],
    ["timezone Japan", "Asia/Tokyo"],
    // abbreviations read as people mean them, not as tzdb's fixed-offset EST
    ["timezone EST", "America/New_York"],
    ["timezone CET", "Europe/Berlin"],
  ])("%j stores and confirms the canonical name %s", (text, zone) => {
    const command = parseSettingsCommand(text);
    expect(command).toEqual({ kind: "change", changes: { timeZone: zone }, summary: `time zone ${zone}` });
    const changes = command?.kind === "change" ? command.changes : {};
    expect(describeSettings(resolvePolicy(changes))).toContain(`Time zone: ${zone}`);
  });

  it.each([
    ["timezone Berlin", "did you mean Europe/Berlin?"],
    ["timezone Europe/Berln", "did you mean Europe/Berlin?"],
    ["timezone Mars/Olympus", "such as Europe/Berlin or America/Chicago"],
    ["timezone PST8", "such as Europe/Berlin or America/Chicago"],
  ])("%j is refused: %s", (text, hint) => {
    const command = parseSettingsCommand(text);
    expect(command?.kind).toBe("invalid");
    expect(command?.kind === "invalid" ? command.problem : "").toContain(hint);
  });
});

describe("the language setting", () => {
  it.each([
    ["language de", "de"],
    ["Language: German", "de"],
    ["Sprache Deutsch", "de"],
    ["Sprache: Französisch", "fr"],
    ["langue français", "fr"],
    ["Langue francais", "fr"],
    ["idioma español", "es"],
    ["idioma castellano", "es"],
    ["idioma português", "pt"],
    ["língua portuguesa", null],
    ["taal Nederlands", "nl"],
    ["lingua italiano", "it"],
    ["lingua inglese", "en"],
    ["Sprache auf Englisch", "en"],
    ["language en", "en"],
  ] as const)("%j sets %s", (text, language) => {
    const command = parseSettingsCommand(text);
    if (language === null) expect(command?.kind).toBe("invalid");
    else expect(command).toMatchObject({ kind: "change", changes: { language } });
  });

  it("names the language in its own words, and refuses one it does not write", () => {
    expect(parseSettingsCommand("langue allemand")).toMatchObject({ summary: "language Deutsch" });
    const klingon = parseSettingsCommand("language Klingon");
    expect(klingon?.kind === "invalid" ? klingon.problem : "").toBe(
      '"Klingon" is not a language I write; I write English, Deutsch, français, español, português, Nederlands, italiano',
    );
  });

  it.each(["language is hard", "the language of the offer was clear", "Sprache"])("%j is not one", (text) => {
    expect(parseSettingsCommand(text)).toBeNull();
  });

  it("“settings” in each language shows them", () => {
    for (const word of [
      "Einstellungen",
      "paramètres",
      "ajustes",
      "definições",
      "instellingen",
      "impostazioni",
    ])
      expect(parseSettingsCommand(word)).toEqual({ kind: "show" });
  });

  it("shows the language with the other settings, in the user's language", () => {
    const policy = { ...resolvePolicy({ timeZone: "Europe/Berlin" }), language: "fr" as const };
    expect(describeSettings(policy)).toContain("Language: français");
    expect(describeSettings(policy, "de")).toEqual([
      "Zeitzone: Europe/Berlin",
      "Feiertage: US",
      "Erinnerungen um: 09:00",
      "Ruhezeit: 21:00–08:00",
      "Wochenübersicht: an",
      "Sprache: français",
    ]);
  });
});

describe("settings answers in the user's language", () => {
  it("says what changed, or why not, in the language asked for; English by default", () => {
    expect(parseSettingsCommand("quiet 22-7", "de")).toMatchObject({
      summary: "Ruhezeit von 22:00 bis 07:00",
    });
    expect(parseSettingsCommand("send at 8:30", "it")).toMatchObject({ summary: "promemoria alle 08:30" });
    expect(parseSettingsCommand("timezone Berlin", "nl")).toMatchObject({
      kind: "invalid",
      problem: "„Berlin” is geen tijdzonenaam; bedoelde je Europe/Berlin?",
    });
    expect(parseSettingsCommand("quiet 22-7")).toMatchObject({ summary: "quiet from 22:00 to 07:00" });
  });
});
