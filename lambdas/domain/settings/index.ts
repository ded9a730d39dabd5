import { minutesOfDay, type PolicyConfig } from "../config";
import { LANGS, type Lang } from "../language/lang";
import { type Catalogue, catalogueOf } from "../messages/catalogue";
import { languageName } from "../messages/catalogue/intl";
import { parseLanguageCommand } from "./language";

export { languageName } from "../messages/catalogue/intl";
export { parseLanguageCommand } from "./language";

import { canonicalZoneName, suggestZoneName, zoneFromWord } from "../zones";

/** What one user may change by email; everything else comes from the deployment. */
export type UserSettings = Partial<
  Pick<PolicyConfig, "timeZone" | "country" | "region" | "sendTime" | "quietStart" | "quietEnd" | "digest">
> & {
  /** The language the user's emails are written in. @default the deployment's language */
  readonly language?: Lang;
};

export type SettingsCommand =
  | { readonly kind: "show" }
  | { readonly kind: "change"; readonly changes: UserSettings; readonly summary: string }
  | { readonly kind: "invalid"; readonly problem: string };

function clock(hours: string, minutes = "00"): string {
  return `${hours.padStart(2, "0")}:${minutes.padStart(2, "0")}`;
}

/** "8", "8:30", "20.15", "8pm" → "HH:mm", or null. */
function parseTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match?.[1]) return null;
  let hours = Number(match[1]);
  const suffix = match[3]?.toLowerCase();
  if (suffix === "pm" && hours < 12) hours += 12;
  if (suffix === "am" && hours === 12) hours = 0;
  const value = clock(String(hours), match[2] ?? "00");
  try {
    minutesOfDay(value);
    return value;
  } catch {
    return null;
  }
}

/**
 * "timezone europe/berlin" stores "Europe/Berlin": the canonical name, which the reply repeats.
 * Abbreviations read as in invites ("EST" is New York, not tzdb's Panama-like fixed EST).
 */
function timeZoneCommand(written: string, words: SettingsWords): SettingsCommand {
  const timeZone = zoneFromWord(written) ?? canonicalZoneName(written);
  if (timeZone) return { kind: "change", changes: { timeZone }, summary: words.summaries.timeZone(timeZone) };
  const suggestion = suggestZoneName(written);
  return {
    kind: "invalid",
    problem: suggestion
      ? words.problems.zoneSuggestion(written, suggestion)
      : words.problems.notZone(written),
  };
}

function languageCommand(text: string, words: SettingsWords): SettingsCommand | null {
  const command = parseLanguageCommand(text);
  if (!command) return null;
  if (command.kind === "language")
    return {
      kind: "change",
      changes: { language: command.language },
      summary: words.summaries.language(languageName(command.language)),
    };
  return {
    kind: "invalid",
    problem: words.problems.notLanguage(
      command.written,
      LANGS.map((language) => languageName(language)).join(", "),
    ),
  };
}

type SettingsWords = Catalogue["settings"];

/** "settings" in each language the product writes. */
const SHOW =
  /^(?:(?:my |show )?settings|einstellungen|paramètres|parametres|ajustes|configuración|definições|definicoes|configurações|instellingen|impostazioni)\??$/i;

/**
 * Reads a settings command: "settings", "timezone Europe/Berlin", "country DE", "country US CA",
 * "send at 8:30", "quiet 22-7", "digest off" / "digest on", "language de" (and "Sprache Deutsch",
 * "langue français", …). Null when the text is not one. What it changed, or why not, is said in
 * `language` (the user's).
 */
export function parseSettingsCommand(raw: string, language: Lang = "en"): SettingsCommand | null {
  const words = catalogueOf(language).settings;
  const text = raw.trim().split("\n")[0]?.trim() ?? "";
  if (SHOW.test(text)) return { kind: "show" };
  const languageChange = languageCommand(text, words);
  if (languageChange) return languageChange;
  const zone = /^(?:time ?zone|tz)\s+(\S+)$/i.exec(text);
  if (zone?.[1]) return timeZoneCommand(zone[1], words);
  const country = /^country\s+([a-z]{2})(?:\s+([a-z0-9-]{1,6}))?$/i.exec(text);
  if (country?.[1]) {
    const code = country[1].toUpperCase();
    const region = country[2]?.toUpperCase() ?? null;
    return {
      kind: "change",
      changes: { country: code, region },
      summary: words.summaries.holidays(`${code}${region ? `-${region}` : ""}`),
    };
  }
  const send = /^send(?: at| time)\s+(.+)$/i.exec(text);
  if (send?.[1]) {
    const time = parseTime(send[1]);
    return time
      ? { kind: "change", changes: { sendTime: time }, summary: words.summaries.promptsAt(time) }
      : { kind: "invalid", problem: words.problems.notTime(send[1]) };
  }
  const quiet = /^quiet(?: hours)?\s+(\S+)\s*(?:-|to|–)\s*(\S+)$/i.exec(text);
  if (quiet?.[1] && quiet[2]) {
    const start = parseTime(quiet[1]);
    const end = parseTime(quiet[2]);
    return start && end
      ? {
          kind: "change",
          changes: { quietStart: start, quietEnd: end },
          summary: words.summaries.quiet(start, end),
        }
      : { kind: "invalid", problem: words.problems.notRange(`${quiet[1]}-${quiet[2]}`) };
  }
  const digest = /^digest\s+(on|off)$/i.exec(text);
  if (digest?.[1]) {
    const on = digest[1].toLowerCase() === "on";
    return {
      kind: "change",
      changes: { digest: on ? { weekday: 7, time: "18:00" } : null },
      summary: words.summaries.digest(on),
    };
  }
  return null;
}

/**
 * The settings as lines of the settings email, in `words` (the user's language). `policy` is the
 * deployment's policy with the user's settings applied, their language among them when set.
 */
export function describeSettings(
  policy: PolicyConfig & { readonly language?: Lang },
  words: Lang = "en",
): string[] {
  const lines = catalogueOf(words).settings.lines;
  return [
    lines.timeZone(policy.timeZone),
    lines.holidays(`${policy.country}${policy.region ? `-${policy.region}` : ""}`),
    lines.promptsAt(policy.sendTime),
    lines.quietHours(policy.quietStart, policy.quietEnd),
    lines.digest(policy.digest !== null),
    lines.language(languageName(policy.language ?? "en")),
  ];
}
