import { InvalidPolicyError, isValidZone, type PolicyConfig, resolvePolicy } from "../lambdas/domain/config";

/**
 * What a user sets once to deploy: cdk.json context `followup` (or `-c followup='{…}'`).
 * Every problem is reported at synth, all at once.
 */
export interface DeploymentConfig {
  /** The (sub)domain that receives mail, e.g. followup.example.com; its MX record points to SES. */
  readonly mailDomain: string;
  /** Local part of the inbound address. @default "followup" */
  readonly inboundLocalPart: string;
  /** Addresses whose mail is acted on, and the only ones ever mailed. */
  readonly owners: readonly string[];
  /** Domains whose addresses may use the deployment too (a household, a bootcamp). @default [] */
  readonly allowedDomains: readonly string[];
  /** The user's IANA time zone: every prompt is timed in it. */
  readonly timeZone: string;
  /** Country (ISO 3166) whose public holidays are not business days. @default "US" */
  readonly country: string;
  /** Optional holiday region, e.g. "CA" or "BY". @default null */
  readonly region: string | null;
  /** Local time of day-based prompts. @default "09:00" */
  readonly sendTime: string;
  /** No email in between. @default { start: "21:00", end: "08:00" } */
  readonly quietHours: { readonly start: string; readonly end: string };
  /** Raw mail is deleted after this many days. @default 90 */
  readonly rawMailRetentionDays: number;
  /**
   * SES allows one active receipt rule set per region: create and activate a new one, or add our
   * rule to the one already active. @default { mode: "create" }
   */
  readonly receiptRuleSet: { readonly mode: "create" } | { readonly mode: "existing"; readonly name: string };
  /** Where dead-letter alarms go. @default the first owner */
  readonly alarmEmail: string;
}

export class InvalidDeploymentConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `interview-followup configuration (cdk.json context "followup") has problems:\n  - ${problems.join("\n  - ")}`,
    );
    this.name = "InvalidDeploymentConfigError";
  }
}

const EMAIL = /^[^\s@<>()]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
const DOMAIN = /^(?=.{4,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

function strings(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "string")
    ? value.map((item) => item.trim())
    : null;
}

/** Reads and validates the raw context object. */
export function parseDeploymentConfig(raw: unknown): DeploymentConfig {
  const problems: string[] = [];
  const input = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  if (raw === undefined || raw === null)
    problems.push('no "followup" context: copy the example from the README into cdk.json');

  const mailDomain = String(input.mailDomain ?? "").toLowerCase();
  if (!DOMAIN.test(mailDomain))
    problems.push(`mailDomain "${mailDomain}" is not a domain name (e.g. followup.example.com)`);
  const inboundLocalPart = String(input.inboundLocalPart ?? "followup");
  if (!/^[a-z0-9][a-z0-9._-]{0,30}$/i.test(inboundLocalPart) || inboundLocalPart.includes("+")) {
    problems.push(`inboundLocalPart "${inboundLocalPart}" must be letters, digits, . _ - and no "+"`);
  }
  const owners = strings(input.owners ?? []);
  const allowedDomains = strings(input.allowedDomains ?? []);
  if (!owners) problems.push("owners must be a list of email addresses");
  if (!allowedDomains) problems.push("allowedDomains must be a list of domains");
  for (const owner of owners ?? [])
    if (!EMAIL.test(owner)) problems.push(`owner "${owner}" is not an email address`);
  for (const domain of allowedDomains ?? [])
    if (!DOMAIN.test(domain)) problems.push(`allowed domain "${domain}" is not a domain name`);
  if ((owners ?? []).length === 0 && (allowedDomains ?? []).length === 0) {
    problems.push("at least one owner address (or allowed domain) is required");
  }
  const timeZone = String(input.timeZone ?? "");
  if (!isValidZone(timeZone))
    problems.push(`timeZone "${timeZone}" is not an IANA time zone (e.g. America/Chicago)`);
  const quietHours = (input.quietHours ?? { start: "21:00", end: "08:00" }) as { start: string; end: string };
  const rawMailRetentionDays = Number(input.rawMailRetentionDays ?? 90);
  if (!Number.isInteger(rawMailRetentionDays) || rawMailRetentionDays < 1 || rawMailRetentionDays > 3650) {
    problems.push(
      `rawMailRetentionDays must be a whole number of days from 1 to 3650, not ${String(input.rawMailRetentionDays)}`,
    );
  }
  const ruleSet = (input.receiptRuleSet ?? { mode: "create" }) as { mode?: string; name?: string };
  if (
    ruleSet.mode !== "create" &&
    !(ruleSet.mode === "existing" && typeof ruleSet.name === "string" && ruleSet.name)
  ) {
    problems.push(
      'receiptRuleSet must be { "mode": "create" } or { "mode": "existing", "name": "<active rule set>" }',
    );
  }
  const alarmEmail = String(input.alarmEmail ?? owners?.[0] ?? "");
  if (!EMAIL.test(alarmEmail)) problems.push(`alarmEmail "${alarmEmail}" is not an email address`);

  const country = String(input.country ?? "US").toUpperCase();
  const region = input.region === undefined || input.region === null ? null : String(input.region);
  const sendTime = String(input.sendTime ?? "09:00");
  try {
    resolvePolicy({
      timeZone: isValidZone(timeZone) ? timeZone : null,
      country,
      region,
      sendTime,
      quietStart: quietHours.start,
      quietEnd: quietHours.end,
    });
  } catch (error) {
    if (!(error instanceof InvalidPolicyError)) throw error;
    problems.push(...error.problems);
  }
  if (problems.length > 0) throw new InvalidDeploymentConfigError(problems);
  return {
    mailDomain,
    inboundLocalPart,
    owners: (owners ?? []).map((owner) => owner.toLowerCase()),
    allowedDomains: (allowedDomains ?? []).map((domain) => domain.toLowerCase()),
    timeZone,
    country,
    region,
    sendTime,
    quietHours,
    rawMailRetentionDays,
    receiptRuleSet:
      ruleSet.mode === "existing" ? { mode: "existing", name: String(ruleSet.name) } : { mode: "create" },
    alarmEmail,
  };
}

/** The policy overrides the Lambdas receive (FOLLOWUP_POLICY). */
export function policyOverrides(config: DeploymentConfig): Partial<PolicyConfig> {
  return {
    timeZone: config.timeZone,
    country: config.country,
    region: config.region,
    sendTime: config.sendTime,
    quietStart: config.quietHours.start,
    quietEnd: config.quietHours.end,
  };
}
