import { existsSync, readFileSync } from "node:fs";
import Holidays from "date-holidays";
import { InvalidPolicyError, type PolicyConfig, resolvePolicy } from "../lambdas/domain/config";
import { MAX_RAW_MAIL_RETENTION_DAYS } from "../lambdas/domain/interview/retention";
import { LANGS, type Lang } from "../lambdas/domain/language/lang";
import { canonicalZoneName, suggestZoneName } from "../lambdas/domain/zones";
import { FieldReader, show } from "./config-field-reader";

/** The weekly digest's local day (ISO: 1 = Monday … 7 = Sunday) and time; null: no digest. */
export type DigestTime = NonNullable<PolicyConfig["digest"]>;

/**
 * SES has one active receipt rule set per region: create ours and activate it (refused while another
 * one is active, unless `takeOver` says to replace it), or add our rule to the active one.
 */
export type ReceiptRuleSetChoice =
  | { readonly mode: "create-rule-set"; readonly takeOver: boolean }
  | { readonly mode: "existing-rule-set"; readonly name: string };

/**
 * What a user sets once to deploy: `followup.config.json` next to cdk.json, or else the cdk.json
 * context key `followup` (or `-c followup='{…}'`). Every problem is reported at synth, all at once.
 */
export interface DeploymentConfig {
  /** The (sub)domain that receives mail, e.g. followup.example.com; its MX record points to SES. */
  readonly mailDomain: string;
  /** Local part of the inbound address; replies use `<local>+<token>@<mailDomain>`. @default "followup" */
  readonly inboundLocalPart: string;
  /** Addresses whose mail is acted on, and the only ones mailed. @default [] (then allowedDomains is required) */
  readonly owners: readonly string[];
  /** Domains whose addresses may onboard themselves (a household, a bootcamp). @default [] */
  readonly allowedDomains: readonly string[];
  /** The users' IANA time zone, stored as tzdb spells it: every prompt and the weekly digest are timed in it. */
  readonly timeZone: string;
  /** Country (ISO 3166 alpha-2) whose public holidays are not business days. @default "US" */
  readonly country: string;
  /** Holiday region of that country (a state or province, e.g. "CA" or "BY"), not an AWS region. @default null */
  readonly holidayRegion: string | null;
  /** Local time at which day-based prompts go out. @default "09:00" */
  readonly sendTime: string;
  /** No email from start until end (end itself is allowed). @default { start: "21:00", end: "08:00" } */
  readonly quietHours: { readonly start: string; readonly end: string };
  /** When the weekly digest goes out; null turns the weekly schedule off. @default { weekday: 7, time: "18:00" } */
  readonly digest: DigestTime | null;
  /** The language of every email, until a user sets their own ("language de"): en, de, fr, es, pt, nl or it. @default "en" */
  readonly language: Lang;
  /** Raw mail in S3 is deleted after this many days. @default 90 */
  readonly rawMailRetentionDays: number;
  /** @default { mode: "create-rule-set", takeOver: false } */
  readonly receiptRuleSet: ReceiptRuleSetChoice;
  /** Where alarms are emailed: failed processing, and bounces and complaints of what is sent. @default the first owner */
  readonly alarmEmail: string;
}

export class InvalidDeploymentConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`interview-followup configuration (${source}) has problems:\n  - ${problems.join("\n  - ")}`);
    this.name = "InvalidDeploymentConfigError";
  }
}

/** RFC 2606 names: fine for `cdk synth`, never deliverable (nobody can add their DNS records). */
export const EXAMPLE_DOMAIN = /(^|\.)example\.(com|org|net)$|\.(example|test|invalid|localhost)$/;

/** The file that, when present, replaces the cdk.json example. */
export const CONFIG_FILE = "followup.config.json";
const CONTEXT_SOURCE = 'cdk.json context "followup"';

const KNOWN_KEYS = [
  "mailDomain",
  "inboundLocalPart",
  "owners",
  "allowedDomains",
  "timeZone",
  "country",
  "holidayRegion",
  "sendTime",
  "quietHours",
  "digest",
  "language",
  "rawMailRetentionDays",
  "receiptRuleSet",
  "alarmEmail",
] as const;

const EMAIL = /^[^\s@<>()",;]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;
const LOCAL_PART = /^[a-z0-9](?:[a-z0-9._-]{0,30}[a-z0-9])?$/;
const RULE_SET_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$/;
const DEFAULT_DIGEST: DigestTime = { weekday: 7, time: "18:00" };

/**
 * Reads the configuration: `followup.config.json` in `directory` when it exists (it replaces the
 * cdk.json example entirely, so no example owner can leak into a real deployment), else the context.
 */
export function loadDeploymentConfig(context: unknown, directory: string = process.cwd()): DeploymentConfig {
  const { raw, source } = deploymentConfigSource(context, directory);
  return parseDeploymentConfig(raw, source);
}

/** The unparsed configuration loadDeploymentConfig reads, and where it came from. */
export function deploymentConfigSource(
  context: unknown,
  directory: string = process.cwd(),
): { readonly raw: unknown; readonly source: string } {
  const file = `${directory}/${CONFIG_FILE}`;
  if (existsSync(file))
    return { raw: parseJson(readFileSync(file, "utf8"), CONFIG_FILE), source: CONFIG_FILE };
  // `cdk synth -c followup='{…}'` passes the value as a string.
  return {
    raw: typeof context === "string" ? parseJson(context, CONTEXT_SOURCE) : context,
    source: CONTEXT_SOURCE,
  };
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidDeploymentConfigError(source, [`not valid JSON: ${(error as Error).message}`]);
  }
}

/** Validates the raw object (from JSON) and fills in the defaults. */
export function parseDeploymentConfig(raw: unknown, source: string = CONTEXT_SOURCE): DeploymentConfig {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new InvalidDeploymentConfigError(source, [
      raw === undefined || raw === null
        ? `no configuration: copy the example "followup" block of cdk.json into ${CONFIG_FILE} and edit it`
        : `expected an object, not ${show(raw)}`,
    ]);
  }
  const input = raw as Record<string, unknown>;
  const read = new FieldReader(input);
  for (const key of Object.keys(input)) {
    // Keys starting with "//" are comments: JSON has no other kind.
    read.check(
      key.startsWith("//") ||
        (KNOWN_KEYS as readonly string[]).includes(key) ||
        key === OLD_HOLIDAY_REGION_KEY,
      `unknown setting "${key}" (known: ${KNOWN_KEYS.join(", ")})`,
    );
  }

  const mailDomain = read.text("mailDomain").toLowerCase();
  read.check(
    mailDomain === "" || DOMAIN.test(mailDomain),
    `mailDomain "${mailDomain}" is not a domain name (e.g. followup.example.com)`,
  );
  const inboundLocalPart = read.text("inboundLocalPart", "followup").toLowerCase();
  read.check(
    inboundLocalPart === "" || LOCAL_PART.test(inboundLocalPart),
    `inboundLocalPart "${inboundLocalPart}" must be 1-32 letters, digits, ".", "_" or "-" (no "+": it starts a reply token)`,
  );

  const owners = read.list("owners");
  const allowedDomains = read.list("allowedDomains");
  for (const owner of owners) read.check(EMAIL.test(owner), `owner "${owner}" is not an email address`);
  for (const domain of allowedDomains) {
    read.check(DOMAIN.test(domain), `allowed domain "${domain}" is not a domain name`);
  }
  read.check(
    owners.length > 0 || allowedDomains.length > 0,
    "at least one owner address or allowed domain is required",
  );
  read.check(
    mailDomain === "" || !allowedDomains.includes(mailDomain),
    `allowed domain "${mailDomain}" is the mail domain itself: the deployment would answer its own mail`,
  );

  const timeZone = readTimeZone(read);
  const country = read.text("country", "US").toUpperCase();
  const holidayRegion = readHolidayRegion(read);
  checkHolidayCalendar(read, country, holidayRegion);
  const sendTime = read.text("sendTime", "09:00");
  const quietHours = readQuietHours(read);
  const digest = readDigest(read);
  const language = readLanguage(read);

  const retention = read.raw("rawMailRetentionDays") ?? 90;
  const rawMailRetentionDays = typeof retention === "number" ? retention : Number.NaN;
  read.check(
    Number.isInteger(rawMailRetentionDays) &&
      rawMailRetentionDays >= 1 &&
      rawMailRetentionDays <= MAX_RAW_MAIL_RETENTION_DAYS,
    `rawMailRetentionDays must be a whole number of days from 1 to ${MAX_RAW_MAIL_RETENTION_DAYS}, not ${show(retention)}`,
  );

  const receiptRuleSet = readReceiptRuleSet(read);
  const alarmEmail = read.has("alarmEmail") ? read.text("alarmEmail").toLowerCase() : (owners[0] ?? "");
  read.check(
    EMAIL.test(alarmEmail),
    read.has("alarmEmail") || owners.length > 0
      ? `alarmEmail "${alarmEmail}" is not an email address`
      : "alarmEmail is required when there are no owner addresses",
  );

  const overrides = { timeZone, country, holidayRegion, sendTime, quietHours, digest, language };
  try {
    // Fields already reported above are left to their defaults so each problem is listed once.
    resolvePolicy({
      ...policyOverrides(overrides),
      timeZone: timeZone === "" ? null : timeZone,
    });
  } catch (error) {
    if (!(error instanceof InvalidPolicyError)) throw error;
    read.problems.push(...error.problems);
  }

  if (read.problems.length > 0) throw new InvalidDeploymentConfigError(source, read.problems);
  return {
    mailDomain,
    inboundLocalPart,
    owners,
    allowedDomains,
    timeZone,
    country,
    holidayRegion,
    sendTime,
    quietHours,
    digest,
    language,
    rawMailRetentionDays,
    receiptRuleSet,
    alarmEmail,
  };
}

/**
 * The zone as tzdb spells it ("europe/berlin" → "Europe/Berlin", "US/Eastern" → "America/New_York"):
 * EventBridge Scheduler accepts only that spelling for the digest schedule. "" when it is missing
 * or unknown (reported, with the closest canonical name when there is one).
 */
function readTimeZone(read: FieldReader): string {
  const input = read.text("timeZone");
  if (input === "") return "";
  const canonical = canonicalZoneName(input);
  if (canonical !== null) return canonical;
  const suggestion = suggestZoneName(input);
  read.problems.push(
    `timeZone "${input}" is not an IANA time zone (${suggestion ? `did you mean ${suggestion}?` : "e.g. America/Chicago"})`,
  );
  return "";
}

/** holidayRegion's name until it was renamed: still read, with a note. */
const OLD_HOLIDAY_REGION_KEY = "region";

/** An AWS region name ("us-east-1", "eu-central-2", "us-gov-west-1"). */
const AWS_REGION = /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/i;

/**
 * What a valid configuration should still change: the holiday region's old key, `region` (still
 * read: next to the AWS region of the deploy steps, that name invited an AWS region).
 */
export function configurationNotes(raw: unknown): string[] {
  const input = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  return input[OLD_HOLIDAY_REGION_KEY] !== undefined && input[OLD_HOLIDAY_REGION_KEY] !== null
    ? [
        '"region" is now called "holidayRegion" (the holiday region of your country, not an AWS region): rename the key; "region" still works',
      ]
    : [];
}

/** `holidayRegion`, or its old key `region`. An AWS region here is answered as such. */
function readHolidayRegion(read: FieldReader): string | null {
  const old = OLD_HOLIDAY_REGION_KEY;
  const key = read.has("holidayRegion") || !read.has(old) ? "holidayRegion" : old;
  if (read.has("holidayRegion") && read.has(old))
    read.problems.push('both "holidayRegion" and its old name "region" are set: keep "holidayRegion" only');
  if (!read.has(key)) return null;
  const value = read.text(key);
  if (AWS_REGION.test(value)) {
    read.problems.push(
      `${key} "${value}" is an AWS region, but this key is the holiday region of your country (a state or province, e.g. "CA", or null). The AWS region comes from your AWS profile or AWS_REGION when you deploy`,
    );
    return null;
  }
  return value.toUpperCase();
}

/** A typo in the country or region would silently mean "no holidays": date-holidays lists both. */
function checkHolidayCalendar(read: FieldReader, country: string, region: string | null): void {
  if (!/^[A-Z]{2}$/.test(country)) return; // resolvePolicy reports the format
  const holidays = new Holidays();
  if (!(country in holidays.getCountries())) {
    read.problems.push(`country "${country}" has no holiday calendar (ISO 3166 alpha-2, e.g. US, DE)`);
    return;
  }
  const regions = holidays.getStates(country) ?? {};
  if (region !== null && !(region in regions)) {
    const known = Object.keys(regions);
    read.problems.push(
      `holidayRegion "${region}" is not a holiday region of ${country} (${known.length > 0 ? `known: ${known.join(", ")}` : "it has none"})`,
    );
  }
}

function readQuietHours(read: FieldReader): DeploymentConfig["quietHours"] {
  const value = read.raw("quietHours") ?? { start: "21:00", end: "08:00" };
  const { start, end } = value as { start?: unknown; end?: unknown };
  if (typeof start === "string" && typeof end === "string") return { start, end };
  read.problems.push(`quietHours must be { "start": "HH:mm", "end": "HH:mm" }, not ${show(value)}`);
  return { start: "21:00", end: "08:00" };
}

/** "de" or "DE"; anything else is reported once here and read as English. */
function readLanguage(read: FieldReader): Lang {
  const value = read.text("language", "en").toLowerCase();
  const language = LANGS.find((known) => known === value);
  if (!language && value !== "")
    read.problems.push(`language "${value}" is not one of ${LANGS.join(", ")} (e.g. "de" for German)`);
  return language ?? "en";
}

function readDigest(read: FieldReader): DigestTime | null {
  const value = read.raw("digest");
  if (value === undefined) return DEFAULT_DIGEST;
  if (value === null) return null;
  const { weekday, time } = value as { weekday?: unknown; time?: unknown };
  if (typeof weekday === "number" && typeof time === "string") return { weekday, time };
  read.problems.push(
    `digest must be { "weekday": 1-7 (7 = Sunday), "time": "HH:mm" } or null, not ${show(value)}`,
  );
  return DEFAULT_DIGEST;
}

function readReceiptRuleSet(read: FieldReader): ReceiptRuleSetChoice {
  const value = read.raw("receiptRuleSet") ?? { mode: "create-rule-set" };
  const { mode, name, takeOver = false, ...others } = value as Record<string, unknown>;
  // A misspelt "takeover" must not pass unnoticed: it would leave the active rule set in place.
  const unknownKeys = Object.keys(others).filter((key) => !key.startsWith("//"));
  if (unknownKeys.length === 0) {
    if (mode === "create-rule-set" && name === undefined && typeof takeOver === "boolean") {
      return { mode, takeOver };
    }
    if (mode === "existing-rule-set" && typeof name === "string" && RULE_SET_NAME.test(name) && !takeOver) {
      return { mode, name };
    }
  }
  read.problems.push(
    `receiptRuleSet must be { "mode": "create-rule-set" } (add "takeOver": true to replace another active rule set) or { "mode": "existing-rule-set", "name": "<the active rule set>" }, not ${show(value)}`,
  );
  return { mode: "create-rule-set", takeOver: false };
}

/** The deployment's policy defaults, as the functions receive them (FOLLOWUP_POLICY). */
export function policyOverrides(
  config: Pick<
    DeploymentConfig,
    "timeZone" | "country" | "holidayRegion" | "sendTime" | "quietHours" | "digest" | "language"
  >,
): Partial<PolicyConfig> {
  return {
    timeZone: config.timeZone,
    country: config.country,
    region: config.holidayRegion,
    sendTime: config.sendTime,
    quietStart: config.quietHours.start,
    quietEnd: config.quietHours.end,
    digest: config.digest,
    language: config.language,
  };
}
