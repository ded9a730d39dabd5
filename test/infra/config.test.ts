import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CONFIG_FILE,
  configurationNotes,
  InvalidDeploymentConfigError,
  loadDeploymentConfig,
  parseDeploymentConfig,
  policyOverrides,
} from "../../lib/config";
import { MINIMAL_CONFIG } from "./synth";

/** The problems a configuration is rejected with (none when it is accepted). */
function problemsOf(raw: unknown): readonly string[] {
  try {
    parseDeploymentConfig(raw);
    return [];
  } catch (error) {
    if (error instanceof InvalidDeploymentConfigError) return error.problems;
    throw error;
  }
}

const CDK_JSON_EXAMPLE = JSON.parse(readFileSync(join(import.meta.dirname, "../../cdk.json"), "utf8")).context
  .followup;

describe("deployment configuration", () => {
  it("accepts the documented cdk.json example, comments included", () => {
    expect(parseDeploymentConfig(CDK_JSON_EXAMPLE)).toMatchObject({
      mailDomain: "followup.example.com",
      receiptRuleSet: { mode: "create-rule-set" },
    });
  });

  it("fills every default from a minimal configuration", () => {
    expect(parseDeploymentConfig({ ...MINIMAL_CONFIG, owners: ["You@Example.com"] })).toEqual({
      mailDomain: "followup.example.com",
      inboundLocalPart: "followup",
      owners: ["you@example.com"],
      allowedDomains: [],
      timeZone: "America/Chicago",
      country: "US",
      holidayRegion: null,
      sendTime: "09:00",
      quietHours: { start: "21:00", end: "08:00" },
      digest: { weekday: 7, time: "18:00" },
      language: "en",
      rawMailRetentionDays: 90,
      receiptRuleSet: { mode: "create-rule-set", takeOver: false },
      alarmEmail: "you@example.com",
    });
  });

  it("still reads the holiday region's old key, region, with a note to rename it", () => {
    const old = { ...MINIMAL_CONFIG, region: "ca" };
    expect(parseDeploymentConfig(old).holidayRegion).toBe("CA");
    expect(configurationNotes(old)).toEqual([
      '"region" is now called "holidayRegion" (the holiday region of your country, not an AWS region): rename the key; "region" still works',
    ]);
    const current = { ...MINIMAL_CONFIG, holidayRegion: "ca" };
    expect(parseDeploymentConfig(current).holidayRegion).toBe("CA");
    expect(configurationNotes(current)).toEqual([]);
  });

  it("takes over another active rule set only when told to, and reads comments in the choice", () => {
    const choose = (receiptRuleSet: unknown) =>
      parseDeploymentConfig({ ...MINIMAL_CONFIG, receiptRuleSet }).receiptRuleSet;
    expect(choose({ mode: "create-rule-set", takeOver: true })).toEqual({
      mode: "create-rule-set",
      takeOver: true,
    });
    expect(choose({ mode: "create-rule-set", "//": "a comment" })).toEqual({
      mode: "create-rule-set",
      takeOver: false,
    });
    expect(choose({ mode: "existing-rule-set", name: "main" })).toEqual({
      mode: "existing-rule-set",
      name: "main",
    });
  });

  it.each([
    ["any case", "europe/berlin", "Europe/Berlin"],
    ["a tzdb link", "US/Central", "America/Chicago"],
    ["ICU's legacy spelling", "Asia/Calcutta", "Asia/Kolkata"],
    ["a zero-offset alias", "Etc/UTC", "UTC"],
  ])(
    "stores the time zone as tzdb spells it (EventBridge Scheduler accepts no other): %s",
    (_case, input, stored) => {
      expect(parseDeploymentConfig({ ...MINIMAL_CONFIG, timeZone: input }).timeZone).toBe(stored);
    },
  );

  it("rejects an unknown time zone, suggesting the canonical name closest to it", () => {
    expect(problemsOf({ ...MINIMAL_CONFIG, timeZone: "Europe/Berln" })).toEqual([
      'timeZone "Europe/Berln" is not an IANA time zone (did you mean Europe/Berlin?)',
    ]);
    expect(problemsOf({ ...MINIMAL_CONFIG, timeZone: "Berlin" })).toEqual([
      'timeZone "Berlin" is not an IANA time zone (did you mean Europe/Berlin?)',
    ]);
  });

  it("takes the deployment's language as a code of the seven, passes it to the functions, and names the seven otherwise", () => {
    const german = parseDeploymentConfig({ ...MINIMAL_CONFIG, language: "DE" });
    expect(german.language).toBe("de");
    expect(policyOverrides(german)).toMatchObject({ language: "de" });
    expect(problemsOf({ ...MINIMAL_CONFIG, language: "German" })).toEqual([
      'language "german" is not one of en, de, fr, es, pt, nl, it (e.g. "de" for German)',
    ]);
  });

  it("accepts allowed domains without owner addresses when an alarm address is given", () => {
    const config = {
      ...MINIMAL_CONFIG,
      owners: [],
      allowedDomains: ["Bootcamp.org"],
      alarmEmail: "ops@bootcamp.org",
    };
    expect(parseDeploymentConfig(config)).toMatchObject({ owners: [], allowedDomains: ["bootcamp.org"] });
  });

  it("lists every problem at once, each naming the field and the bad value", () => {
    expect(
      problemsOf({
        mailDomain: "not a domain",
        owners: ["nobody"],
        timeZone: "Mars/Base",
        timezone: "Europe/Berlin",
        country: "XX",
        rawMailRetentionDays: 0,
        receiptRuleSet: { mode: "existing-rule-set" },
        sendTime: "25:00",
      }),
    ).toEqual([
      'unknown setting "timezone" (known: mailDomain, inboundLocalPart, owners, allowedDomains, timeZone, country, holidayRegion, sendTime, quietHours, digest, language, rawMailRetentionDays, receiptRuleSet, alarmEmail)',
      'mailDomain "not a domain" is not a domain name (e.g. followup.example.com)',
      'owner "nobody" is not an email address',
      'timeZone "Mars/Base" is not an IANA time zone (e.g. America/Chicago)',
      'country "XX" has no holiday calendar (ISO 3166 alpha-2, e.g. US, DE)',
      "rawMailRetentionDays must be a whole number of days from 1 to 3650, not 0",
      'receiptRuleSet must be { "mode": "create-rule-set" } (add "takeOver": true to replace another active rule set) or { "mode": "existing-rule-set", "name": "<the active rule set>" }, not {"mode":"existing-rule-set"}',
      'alarmEmail "nobody" is not an email address',
      'sendTime "25:00" is not a time of day (HH:mm)',
    ]);
  });

  it.each([
    [
      "no owner and no allowed domain",
      { owners: [] },
      "at least one owner address or allowed domain is required",
    ],
    [
      "owners not a list",
      { owners: "you@example.com" },
      'owners must be a list of strings, not "you@example.com"',
    ],
    ["a plus in the local part", { inboundLocalPart: "follow+up" }, 'inboundLocalPart "follow+up" must be'],
    ["the mail domain allowed", { allowedDomains: ["followup.example.com"] }, "would answer its own mail"],
    [
      "an unknown holiday region",
      { holidayRegion: "ZZ" },
      'holidayRegion "ZZ" is not a holiday region of US (known: AL',
    ],
    [
      "an AWS region as the holiday region",
      { holidayRegion: "eu-west-1" },
      'holidayRegion "eu-west-1" is an AWS region, but this key is the holiday region of your country (a state or province, e.g. "CA", or null). The AWS region comes from your AWS profile or AWS_REGION when you deploy',
    ],
    [
      "an AWS region under the old key",
      { region: "us-east-1" },
      'region "us-east-1" is an AWS region, but this key is the holiday region',
    ],
    [
      "both the holiday region and its old key",
      { holidayRegion: "CA", region: "CA" },
      'both "holidayRegion" and its old name "region" are set',
    ],
    [
      "quiet hours as text",
      { quietHours: "21-8" },
      'quietHours must be { "start": "HH:mm", "end": "HH:mm" }',
    ],
    ["send time in quiet hours", { sendTime: "22:00" }, "sendTime 22:00 is inside quiet hours"],
    ["a digest weekday of 9", { digest: { weekday: 9, time: "18:00" } }, "digest.weekday must be 1 (Monday)"],
    [
      "retention as text",
      { rawMailRetentionDays: "90" },
      'rawMailRetentionDays must be a whole number of days from 1 to 3650, not "90"',
    ],
    ["a missing time zone", { timeZone: undefined }, "timeZone is required"],
    [
      "a take-over that is not a boolean",
      { receiptRuleSet: { mode: "create-rule-set", takeOver: "yes" } },
      'receiptRuleSet must be { "mode": "create-rule-set" } (add "takeOver": true',
    ],
    [
      "a misspelt take-over (it would leave the active rule set in place)",
      { receiptRuleSet: { mode: "create-rule-set", takeover: true } },
      'not {"mode":"create-rule-set","takeover":true}',
    ],
    [
      "a take-over of the rule set the rule joins",
      { receiptRuleSet: { mode: "existing-rule-set", name: "main", takeOver: true } },
      'not {"mode":"existing-rule-set","name":"main","takeOver":true}',
    ],
    [
      "an existing rule set named with a space",
      { receiptRuleSet: { mode: "existing-rule-set", name: "my set" } },
      'not {"mode":"existing-rule-set","name":"my set"}',
    ],
  ])("rejects %s", (_case, overrides, problem) => {
    expect(problemsOf({ ...MINIMAL_CONFIG, ...overrides }).join("\n")).toContain(problem);
  });

  it("explains a missing or malformed configuration", () => {
    expect(problemsOf(undefined)).toEqual([
      `no configuration: copy the example "followup" block of cdk.json into ${CONFIG_FILE} and edit it`,
    ]);
    expect(() => loadDeploymentConfig("{ not json", mkdtempSync(join(tmpdir(), "cfg-")))).toThrow(
      /cdk\.json context "followup".*\n.*not valid JSON/,
    );
  });

  it("reads followup.config.json instead of the cdk.json example when it exists", () => {
    const directory = mkdtempSync(join(tmpdir(), "cfg-"));
    writeFileSync(
      join(directory, CONFIG_FILE),
      JSON.stringify({ ...MINIMAL_CONFIG, owners: ["me@mine.dev"] }),
    );
    expect(loadDeploymentConfig(CDK_JSON_EXAMPLE, directory).owners).toEqual(["me@mine.dev"]);
    writeFileSync(join(directory, CONFIG_FILE), JSON.stringify({ ...MINIMAL_CONFIG, owners: [] }));
    expect(() => loadDeploymentConfig(CDK_JSON_EXAMPLE, directory)).toThrow(
      `interview-followup configuration (${CONFIG_FILE}) has problems`,
    );
  });

  it("reads a context given on the command line as a JSON string", () => {
    const directory = mkdtempSync(join(tmpdir(), "cfg-"));
    expect(loadDeploymentConfig(JSON.stringify(MINIMAL_CONFIG), directory).timeZone).toBe("America/Chicago");
  });
});
