/** Local mode's settings: defaults from the README, each overridable by an environment variable. */
export interface LocalSettings {
  readonly smtpPort: number;
  readonly sesPort: number;
  readonly controlPort: number;
  readonly owners: readonly string[];
  readonly allowedDomains: readonly string[];
  readonly timeZone: string | null;
  readonly country: string;
  readonly inboundAddress: string;
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535)
    throw new Error(`${name}=${value} is not a port number`);
  return parsed;
}

export function localSettings(env: NodeJS.ProcessEnv = process.env): LocalSettings {
  return {
    smtpPort: port(env.FOLLOWUP_SMTP_PORT, 2525, "FOLLOWUP_SMTP_PORT"),
    sesPort: port(env.FOLLOWUP_SES_PORT, 8005, "FOLLOWUP_SES_PORT"),
    controlPort: port(env.FOLLOWUP_CONTROL_PORT, 8006, "FOLLOWUP_CONTROL_PORT"),
    owners: (env.FOLLOWUP_OWNERS ?? "you@example.com")
      .split(",")
      .map((owner) => owner.trim().toLowerCase())
      .filter(Boolean),
    allowedDomains: (env.FOLLOWUP_ALLOWED_DOMAINS ?? "")
      .split(",")
      .map((domain) => domain.trim().toLowerCase())
      .filter(Boolean),
    timeZone: env.FOLLOWUP_TZ || null,
    country: env.FOLLOWUP_COUNTRY || "US",
    inboundAddress: "followup@followup.localhost",
  };
}
