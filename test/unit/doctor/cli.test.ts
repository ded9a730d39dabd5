import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../../../cli/common";
import { type DoctorEnvironment, run } from "../../../cli/doctor";
import { CONFIG_FILE, InvalidDeploymentConfigError, loadDeploymentConfig } from "../../../lib/config";
import { type DnsServer, startDnsServer } from "./dns-server";
import { dayOneScenario, dayOneTranscript } from "./transcript";
import {
  clientsIn,
  DOMAIN,
  healthyScenario,
  type MockedAws,
  mockAws,
  OWNER,
  REGION,
  resolverFor,
  type Scenario,
} from "./world";

const ROOT = join(import.meta.dirname, "../../..");

let server: DnsServer;
let aws: MockedAws;
let scenario: Scenario;

beforeAll(async () => {
  server = await startDnsServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  scenario = healthyScenario();
  aws = mockAws(() => scenario);
});
afterEach(() => {
  aws.restore();
});

/** A clone's directory holding this followup.config.json (or only cdk.json when null). */
function clone(config: unknown | null): string {
  const directory = mkdtempSync(join(tmpdir(), "doctor-"));
  copyFileSync(join(ROOT, "cdk.json"), join(directory, "cdk.json"));
  if (config !== null) writeFileSync(join(directory, CONFIG_FILE), JSON.stringify(config, null, 2));
  return directory;
}

const USER_CONFIG = { mailDomain: DOMAIN, owners: [OWNER], timeZone: "America/Chicago" };

async function doctor(
  args: string[],
  options: { directory?: string; region?: string | null } = {},
): Promise<{ code: number; output: string; dnsServers: string[][] }> {
  server.setTable(scenario.dns);
  let output = "";
  const dnsServers: string[][] = [];
  const env: DoctorEnvironment = {
    write: (text) => {
      output += text;
    },
    directory: options.directory ?? clone(USER_CONFIG),
    defaultRegion: async () => (options.region === undefined ? REGION : options.region),
    clientsIn,
    resolver: (servers) => {
      dnsServers.push([...servers]);
      return resolverFor(server);
    },
  };
  const code = await run(args, env);
  return { code, output, dnsServers };
}

describe("followup doctor (deployed)", () => {
  it("exits 0 when every check passes, and --json gives scripts the whole report", async () => {
    // Act
    const { code, output } = await doctor(["--json"]);

    // Assess
    expect(code).toBe(0);
    const report = JSON.parse(output);
    expect(report).toMatchObject({ ok: true, subject: { region: REGION, stack: "InterviewFollowup" } });
    expect(
      report.checks.map((check: { id: string; status: string }) => `${check.id}:${check.status}`),
    ).toEqual([
      "region:pass",
      "stack:pass",
      "addresses:pass",
      "dkim:pass",
      "mx:pass",
      "rule-set:pass",
      "sending:pass",
      "alarms:pass",
    ]);
  });

  it("exits 1 with one ✓/✗ line per check, the next step and its README section: the day-one transcript", async () => {
    // Prepare
    scenario = dayOneScenario();

    // Act
    const { code, output } = await doctor([]);

    // Assess
    expect(code).toBe(1);
    expect(output).toBe(dayOneTranscript());
  });

  it("--json on failures carries each check's advice and link", async () => {
    // Prepare
    scenario = dayOneScenario();

    // Act
    const { code, output } = await doctor(["--json"]);

    // Assess
    expect(code).toBe(1);
    const mx = JSON.parse(output).checks.find((check: { id: string }) => check.id === "mx");
    expect(mx).toEqual({
      id: "mx",
      title: "MX record",
      status: "fail",
      summary: "followup.example.com has no MX record: mail to it cannot be delivered",
      details: [],
      advice:
        "Add the record followup.example.com MX 10 inbound-smtp.eu-west-1.amazonaws.com at your DNS provider",
      link: "README.md#dns-records",
    });
  });

  it("--send-test is opt-in: without it nothing is sent", async () => {
    // Act
    const without = await doctor([]);
    const withIt = await doctor(["--send-test", "--json"]);

    // Assess
    expect(without.output).toContain("npx followup doctor --send-test also sends you a test email.");
    expect(JSON.parse(withIt.output).checks.at(-1)).toMatchObject({ id: "test-send", status: "pass" });
    expect(aws.sent).toHaveLength(1);
  });

  it("--region, --stack and --dns-server reach the checks", async () => {
    // Prepare
    scenario.stacks = {};

    // Act
    const { output, dnsServers } = await doctor(
      ["--region", "us-west-2", "--stack", "Jobs", "--dns-server", "1.1.1.1", "--json"],
      { region: null },
    );

    // Assess
    const report = JSON.parse(output);
    expect(report.subject).toEqual({ region: "us-west-2", stack: "Jobs" });
    expect(report.checks[1].summary).toBe("Jobs is not deployed in us-west-2");
    expect(dnsServers).toEqual([["1.1.1.1"]]);
  });

  it("without any region it says how to set one, and asks AWS nothing", async () => {
    // Act
    const { code, output } = await doctor(["--json"], { region: null });

    // Assess
    expect(code).toBe(1);
    expect(JSON.parse(output).checks).toEqual([
      expect.objectContaining({
        id: "region",
        status: "fail",
        summary: "no AWS region is set, so cdk deploy would not know where to deploy",
        advice: expect.stringMatching(
          /^Set one where SES receives mail, e.g. export AWS_REGION=us-east-1 \(or aws configure set region us-east-1\); the choices: us-east-1, /,
        ),
      }),
    ]);
    expect(aws.cloudFormation.calls()).toHaveLength(0);
  });

  it("rejects an unknown option as a usage error", async () => {
    // Act
    const attempt = doctor(["--fix-everything"]);

    // Assess
    await expect(attempt).rejects.toThrow(CliError);
  });

  it("--help explains every check and option", async () => {
    // Act
    const { code, output } = await doctor(["--help"]);

    // Assess
    expect(code).toBe(0);
    expect(output).toMatch(/^followup doctor \[--config\] \[--json\] \[--send-test\]/);
    expect(output).toContain("Exit status: 0 when every check passes, 1 otherwise.");
  });
});

describe("followup doctor --config (before deploying, offline)", () => {
  it("passes a valid configuration and names the DNS records the deployment will need", async () => {
    // Prepare
    const directory = clone({
      mailDomain: "followup.jane-doe.dev",
      owners: ["jane@jane-doe.dev"],
      timeZone: "Europe/Berlin",
    });

    const questionsBefore = server.questions.length;

    // Act
    const { code, output } = await doctor(["--config"], { directory });

    // Assess
    expect(code).toBe(0);
    expect(output).toBe(
      [
        "followup doctor --config: followup.config.json, before deploying",
        "",
        "✓ Configuration: followup.config.json is valid: mail to followup@followup.jane-doe.dev, 1 owner(s), alarms to jane@jane-doe.dev",
        "✓ Region: eu-west-1 receives email",
        "✓ Mail domain: followup.jane-doe.dev: its DNS records go to the DNS provider of its zone",
        "✓ Addresses: owners and alarms: jane@jane-doe.dev",
        "",
        "DNS records to add once deployed (npx followup doctor then shows the DKIM tokens and checks all four):",
        "  followup.jane-doe.dev  MX  10 inbound-smtp.eu-west-1.amazonaws.com",
        "  <token1>._domainkey.followup.jane-doe.dev  CNAME  <token1>.dkim.amazonses.com",
        "  <token2>._domainkey.followup.jane-doe.dev  CNAME  <token2>.dkim.amazonses.com",
        "  <token3>._domainkey.followup.jane-doe.dev  CNAME  <token3>.dkim.amazonses.com",
        "",
        "In the SES sandbox, verify each owner (SES emails a link): jane@jane-doe.dev.",
        "Confirm the SNS subscription email sent to jane@jane-doe.dev.",
        "Then: npx cdk bootstrap (once per account and region), npx cdk deploy, npx followup doctor.",
        "",
      ].join("\n"),
    );
    expect(aws.cloudFormation.calls()).toHaveLength(0);
    expect(server.questions).toHaveLength(questionsBefore);
  });

  it("reports every problem with synth's own messages, all at once", async () => {
    // Prepare
    const broken = { mailDomain: "not a domain", owners: ["me"], timeZone: "Mars/Olympus", takeover: true };
    const directory = clone(broken);
    const synthSays = (() => {
      try {
        loadDeploymentConfig(undefined, directory);
      } catch (error) {
        if (error instanceof InvalidDeploymentConfigError) return error.problems;
      }
      throw new Error("the configuration was expected to be invalid");
    })();

    // Act
    const { code, output } = await doctor(["--config", "--json"], { directory });

    // Assess
    expect(code).toBe(1);
    const report = JSON.parse(output);
    expect(report.checks[0]).toEqual({
      id: "config",
      title: "Configuration",
      status: "fail",
      summary: `followup.config.json has ${synthSays.length} problem(s)`,
      details: synthSays,
      advice:
        "Fix each problem listed (cdk synth stops on the same ones), then run npx followup doctor --config again",
      link: "README.md#configure",
    });
    expect(synthSays).toEqual(
      expect.arrayContaining([
        expect.stringContaining('unknown setting "takeover"'),
        'mailDomain "not a domain" is not a domain name (e.g. followup.example.com)',
        'owner "me" is not an email address',
        'timeZone "Mars/Olympus" is not an IANA time zone (e.g. America/Chicago)',
      ]),
    );
    expect(report.records).toEqual([]);
  });

  it("the untouched example in cdk.json is valid but cannot be deployed: its domain is an example", async () => {
    // Act
    const { code, output } = await doctor(["--config", "--json"], { directory: clone(null) });

    // Assess
    expect(code).toBe(1);
    const report = JSON.parse(output);
    expect(report.subject).toEqual({ source: "cdk.json", region: REGION });
    expect(report.checks.find((check: { id: string }) => check.id === "mail-domain")).toMatchObject({
      status: "fail",
      summary: "followup.example.com is an example name: nobody can add its DNS records",
      advice:
        'Set "mailDomain" in cdk.json to a (sub)domain whose DNS you control, e.g. followup.<your domain>',
    });
  });

  it("flags example addresses among the owners and the alarm address", async () => {
    // Act: a real domain, but the example owner left in place.
    const { code, output } = await doctor(["--config", "--json"], {
      directory: clone({ ...USER_CONFIG, mailDomain: "followup.jane-doe.dev", owners: ["you@example.com"] }),
    });

    // Assess
    expect(code).toBe(1);
    const report = JSON.parse(output);
    expect(report.checks.find((check: { id: string }) => check.id === "addresses")).toMatchObject({
      status: "fail",
      summary: "you@example.com is an example address: mail sent there reaches no one",
      advice:
        'Put your own addresses in "owners" and "alarmEmail" of followup.config.json: only owners\' mail is acted on, and prompts and alarms go only to them',
      link: "README.md#configure",
    });
  });

  it("says what a valid configuration should still change: the holiday region's old key", async () => {
    const { output } = await doctor(["--config", "--json"], {
      directory: clone({ ...USER_CONFIG, mailDomain: "followup.jane-doe.dev", region: "CA" }),
    });
    const report = JSON.parse(output);
    expect(report.checks[0]).toMatchObject({
      status: "pass",
      details: [
        '"region" is now called "holidayRegion" (the holiday region of your country, not an AWS region): rename the key; "region" still works',
      ],
    });
  });

  it("a region without SES receiving fails with synth's message; records show it as they will be", async () => {
    // Act
    const { code, output } = await doctor(["--config", "--json", "--region", "ca-west-1"], {
      directory: clone({ ...USER_CONFIG, mailDomain: "followup.jane-doe.dev" }),
    });

    // Assess
    expect(code).toBe(1);
    const report = JSON.parse(output);
    expect(report.checks[1]).toMatchObject({
      status: "fail",
      summary: "SES does not receive email in ca-west-1",
      advice: expect.stringContaining("SES does not receive email in ca-west-1: deploy to one of us-east-1"),
    });
    expect(report.records[0]).toEqual({
      name: "followup.jane-doe.dev",
      type: "MX",
      value: "10 inbound-smtp.ca-west-1.amazonaws.com",
    });
  });

  it("says so when run outside a clone", async () => {
    // Prepare
    const empty = mkdtempSync(join(tmpdir(), "doctor-empty-"));

    // Act
    const { code, output } = await doctor(["--config", "--json"], { directory: empty });

    // Assess
    expect(code).toBe(1);
    expect(JSON.parse(output).checks[0].details).toEqual([
      "neither followup.config.json nor cdk.json is here: run doctor in the directory of your clone",
    ]);
  });
});
