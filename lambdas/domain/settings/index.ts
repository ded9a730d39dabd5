import { minutesOfDay, type PolicyConfig } from "../config";
import { canonicalZoneName, suggestZoneName, zoneFromWord } from "../zones";

/** What one user may change by email; everything else comes from the deployment. */
export type UserSettings = Partial<
  Pick<PolicyConfig, "timeZone" | "country" | "region" | "sendTime" | "quietStart" | "quietEnd" | "digest">
>;

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
function timeZoneCommand(written: string): SettingsCommand {
  const timeZone = zoneFromWord(written) ?? canonicalZoneName(written);
  if (timeZone) return { kind: "change", changes: { timeZone }, summary: `time zone ${timeZone}` };
  const suggestion = suggestZoneName(written);
  return {
    kind: "invalid",
    problem: suggestion
      ? `"${written}" is not a time zone name; did you mean ${suggestion}?`
      : `"${written}" is not a time zone name such as Europe/Berlin or America/Chicago`,
  };
}

/**
 * Reads a settings command: "settings", "timezone Europe/Berlin", "country DE", "country US CA",
 * "send at 8:30", "quiet 22-7", "digest off" / "digest on". Null when the text is not one.
 */
export function parseSettingsCommand(raw: string): SettingsCommand | null {
  const text = raw.trim().split("\n")[0]?.trim() ?? "";
  if (/^(?:settings|my settings|show settings)\??$/i.test(text)) return { kind: "show" };
  const zone = /^(?:time ?zone|tz)\s+(\S+)$/i.exec(text);
  if (zone?.[1]) return timeZoneCommand(zone[1]);
  const country = /^country\s+([a-z]{2})(?:\s+([a-z0-9-]{1,6}))?$/i.exec(text);
  if (country?.[1]) {
    const code = country[1].toUpperCase();
    const region = country[2]?.toUpperCase() ?? null;
    return {
      kind: "change",
      changes: { country: code, region },
      summary: `holidays of ${code}${region ? `-${region}` : ""}`,
    };
  }
  const send = /^send(?: at| time)\s+(.+)$/i.exec(text);
  if (send?.[1]) {
    const time = parseTime(send[1]);
    return time
      ? { kind: "change", changes: { sendTime: time }, summary: `prompts at ${time}` }
      : { kind: "invalid", problem: `"${send[1]}" is not a time of day such as 8:30` };
  }
  const quiet = /^quiet(?: hours)?\s+(\S+)\s*(?:-|to|–)\s*(\S+)$/i.exec(text);
  if (quiet?.[1] && quiet[2]) {
    const start = parseTime(quiet[1]);
    const end = parseTime(quiet[2]);
    return start && end
      ? {
          kind: "change",
          changes: { quietStart: start, quietEnd: end },
          summary: `quiet from ${start} to ${end}`,
        }
      : { kind: "invalid", problem: `"${quiet[1]}-${quiet[2]}" is not a range of hours such as 22-7` };
  }
  const digest = /^digest\s+(on|off)$/i.exec(text);
  if (digest?.[1]) {
    const on = digest[1].toLowerCase() === "on";
    return {
      kind: "change",
      changes: { digest: on ? { weekday: 7, time: "18:00" } : null },
      summary: `weekly digest ${on ? "on" : "off"}`,
    };
  }
  return null;
}

export function describeSettings(policy: PolicyConfig): string[] {
  return [
    `Time zone: ${policy.timeZone ?? "the interview's own"}`,
    `Holidays: ${policy.country}${policy.region ? `-${policy.region}` : ""}`,
    `Prompts at: ${policy.sendTime}`,
    `Quiet hours: ${policy.quietStart}–${policy.quietEnd}`,
    `Weekly digest: ${policy.digest ? "on" : "off"}`,
  ];
}
