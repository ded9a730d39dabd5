import { DescribeStacksCommand } from "@aws-sdk/client-cloudformation";
import {
  GetAccountCommand,
  MailFromDomainNotVerifiedException,
  MessageRejected,
  SendingPausedException,
} from "@aws-sdk/client-sesv2";
import { ListSubscriptionsByTopicCommand } from "@aws-sdk/client-sns";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runDoctor } from "../../../cli/doctor/deployed";
import type { DoctorOptions } from "../../../cli/doctor/doctor-context";
import type { CheckResult, DoctorReport } from "../../../cli/doctor/report";
import { parseDeploymentConfig } from "../../../lib/config";
import { NoMailReceivingInRegionError } from "../../../lib/mail-receiving";
import { type DnsServer, startDnsServer } from "./dns-server";
import {
  activeRuleSet,
  addressIdentity,
  CONFIG,
  DOMAIN,
  deployedStack,
  depsFor,
  dkimName,
  dkimValue,
  domainIdentity,
  emailSubscription,
  healthyScenario,
  INBOUND,
  inboundEnvironment,
  LOCAL,
  type MockedAws,
  mockAws,
  OWNER,
  ourRule,
  pendingDomainIdentity,
  REGION,
  RULE,
  RULE_SET,
  type Scenario,
  SES_MX,
  STACK,
  sandboxAccount,
  TOKENS,
  TOPIC,
} from "./world";

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

async function diagnose(options: Partial<DoctorOptions> = {}): Promise<DoctorReport> {
  server.setTable(scenario.dns);
  return runDoctor(
    { region: REGION, stackName: STACK, sendTest: false, local: LOCAL, ...options },
    depsFor(server),
  );
}

function check(result: DoctorReport, id: string): CheckResult {
  const found = result.checks.find((candidate) => candidate.id === id);
  if (!found)
    throw new Error(`no check ${id} in ${result.checks.map((candidate) => candidate.id).join(", ")}`);
  return found;
}

const [TOKEN1, TOKEN2, TOKEN3] = TOKENS;

describe("followup doctor on a healthy deployment", () => {
  it("passes every check in order and exits clean", async () => {
    // Act
    const result = await diagnose();

    // Assess
    expect(result.ok).toBe(true);
    expect(result.checks.map((item) => [item.id, item.status])).toEqual([
      ["region", "pass"],
      ["stack", "pass"],
      ["addresses", "pass"],
      ["dkim", "pass"],
      ["mx", "pass"],
      ["rule-set", "pass"],
      ["sending", "pass"],
      ["alarms", "pass"],
    ]);
    expect(result.checks.map((item) => item.summary)).toEqual([
      "eu-west-1 receives email",
      "InterviewFollowup is deployed (UPDATE_COMPLETE, 2026-11-30 10:02 UTC) and matches followup.config.json",
      "owners and alarms: jane@jane-doe.dev",
      "followup.example.com is verified and DKIM-signs what it sends",
      "followup.example.com receives its mail through SES in eu-west-1",
      `${RULE} is enabled in the active rule set "${RULE_SET}"`,
      "sandbox in eu-west-1: every owner is verified (SES sends up to 200 emails a day)",
      "alarms reach jane@jane-doe.dev",
    ]);
    expect(check(result, "dkim").details).toEqual(
      TOKENS.map((token) => `✓ ${dkimName(token)} CNAME ${dkimValue(token)}`),
    );
    expect(result.notes).toEqual([
      `All 8 checks pass. Forward an interview invite to ${INBOUND}: the confirmation arrives within a minute.`,
      "npx followup doctor --send-test also sends you a test email.",
    ]);
    expect(aws.sent).toEqual([]);
  });
});

describe("region", () => {
  it("fails where SES does not receive email, with synth's own message as the fix", async () => {
    // Act
    const result = await diagnose({ region: "eu-central-2" });

    // Assess
    const region = check(result, "region");
    expect(region).toMatchObject({
      status: "fail",
      summary: "SES does not receive email in eu-central-2",
      advice: new NoMailReceivingInRegionError("eu-central-2").message,
      link: "README.md#deploy-to-your-aws-account",
    });
    expect(region.advice).toContain("deploy to one of us-east-1, us-east-2");
    expect(result.ok).toBe(false);
  });
});

describe("addresses", () => {
  it("fails when the deployed stack mails example addresses, naming the file to fix and the deploy after it", async () => {
    // Prepare: deployed with the README's example owner, while the configuration here was fixed.
    scenario.functionEnvironment = inboundEnvironment(
      parseDeploymentConfig({ ...CONFIG, owners: ["you@example.com", OWNER], alarmEmail: OWNER }),
    );

    // Act
    const result = await diagnose();

    // Assess
    expect(check(result, "addresses")).toMatchObject({
      status: "fail",
      summary: "you@example.com is an example address: mail sent there reaches no one",
      advice:
        'Put your own addresses in "owners" of followup.config.json, then npx cdk deploy: only owners\' mail is acted on, and prompts and alarms go only to them',
      link: "README.md#configure",
    });
    expect(result.ok).toBe(false);
  });

  it("passes for the owners' own addresses", async () => {
    // Act
    const result = await diagnose();

    // Assess
    expect(check(result, "addresses")).toMatchObject({
      status: "pass",
      summary: `owners and alarms: ${OWNER}`,
    });
  });
});

describe("stack", () => {
  it("fails when the stack is nowhere, telling to bootstrap and deploy", async () => {
    // Prepare
    scenario.stacks = {};

    // Act
    const stack = check(await diagnose(), "stack");

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary: "InterviewFollowup is not deployed in eu-west-1",
      advice: "Deploy it: npx cdk bootstrap (once per account and region), then npx cdk deploy",
      link: "README.md#deploy",
    });
  });

  it("finds a stack deployed in another region and says to run doctor there", async () => {
    // Prepare
    scenario.stacks = { "us-east-1": deployedStack() };

    // Act
    const stack = check(await diagnose(), "stack");

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary: "InterviewFollowup is not in eu-west-1, but in us-east-1",
      advice:
        "Run doctor in that region: npx followup doctor --region us-east-1 (and keep AWS_REGION=us-east-1 for cdk deploy)",
    });
    expect(aws.cloudFormation.commandCalls(DescribeStacksCommand).length).toBe(22);
  });

  it("fails while a deployment is in progress", async () => {
    // Prepare
    scenario.stacks = { [REGION]: deployedStack({ StackStatus: "UPDATE_IN_PROGRESS" }) };

    // Act
    const stack = check(await diagnose(), "stack");

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary: "InterviewFollowup is being changed (UPDATE_IN_PROGRESS)",
      advice: "Wait until cdk deploy (or destroy) finishes, then run doctor again",
    });
  });

  it("explains a first deploy that rolled back: destroy, fix, deploy", async () => {
    // Prepare
    scenario.stacks = {
      [REGION]: deployedStack({
        StackStatus: "ROLLBACK_COMPLETE",
        StackStatusReason: "The following resource(s) failed to create: [MailReceivingActivation1A2B3C4D]. ",
        Outputs: [],
      }),
    };

    // Act
    const stack = check(await diagnose(), "stack");

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary: "InterviewFollowup failed to create and was rolled back (ROLLBACK_COMPLETE)",
      advice:
        "Such a stack cannot be updated: read the first failure in the cdk deploy output (or CloudFormation console → Events), fix it, then npx cdk destroy and npx cdk deploy",
      details: [
        "CloudFormation says: The following resource(s) failed to create: [MailReceivingActivation1A2B3C4D]. ",
      ],
    });
  });

  it("explains an update that rolled back: the previous version still runs", async () => {
    // Prepare
    scenario.stacks = { [REGION]: deployedStack({ StackStatus: "UPDATE_ROLLBACK_COMPLETE" }) };

    // Act
    const stack = check(await diagnose(), "stack");

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary: "the last deploy of InterviewFollowup failed and was rolled back (UPDATE_ROLLBACK_COMPLETE)",
      advice:
        "The previous version still runs: read the first failure in the cdk deploy output (or CloudFormation console → Events), fix it, then npx cdk deploy again",
    });
  });

  it("points to the events for any other failed state", async () => {
    // Prepare
    scenario.stacks = { [REGION]: deployedStack({ StackStatus: "UPDATE_ROLLBACK_FAILED" }) };

    // Act
    const stack = check(await diagnose(), "stack");

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary: "InterviewFollowup is in UPDATE_ROLLBACK_FAILED",
      advice: "Open CloudFormation console → Events for the first failure, fix it, then npx cdk deploy",
    });
  });

  it("fails when an older version without the outputs doctor reads is deployed", async () => {
    // Prepare
    const stack = deployedStack();
    scenario.stacks = {
      [REGION]: { ...stack, Outputs: stack.Outputs?.filter((output) => output.OutputKey !== "DkimRecord3") },
    };

    // Act
    const result = check(await diagnose(), "stack");

    // Assess
    expect(result).toMatchObject({
      status: "fail",
      summary: "InterviewFollowup lacks the outputs DkimRecord3: an older version is deployed",
      advice: "Deploy this version: npx cdk deploy",
    });
  });

  it("lists what the configuration here would change: an owner added but not deployed", async () => {
    // Prepare
    const config = parseDeploymentConfig({ ...CONFIG, owners: [OWNER, "partner@example.com"] });

    // Act
    const stack = check(
      await diagnose({ local: { ok: true, config, source: "followup.config.json" } }),
      "stack",
    );

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary:
        "InterviewFollowup is deployed (UPDATE_COMPLETE, 2026-11-30 10:02 UTC), but followup.config.json has changed since",
      advice: "Deploy the configuration: npx cdk deploy",
      link: "README.md#deploy",
      details: [
        "owners: deployed jane@jane-doe.dev; followup.config.json: jane@jane-doe.dev, partner@example.com",
      ],
    });
  });

  it("notices a changed mail domain and time zone", async () => {
    // Prepare
    const config = parseDeploymentConfig({
      ...CONFIG,
      mailDomain: "jobs.example.org",
      timeZone: "Europe/Berlin",
    });

    // Act
    const stack = check(
      await diagnose({ local: { ok: true, config, source: "followup.config.json" } }),
      "stack",
    );

    // Assess
    expect(stack.details).toEqual([
      "mail domain: deployed followup.example.com; followup.config.json: jobs.example.org",
      "inbound address: deployed followup@followup.example.com; followup.config.json: followup@jobs.example.org",
      expect.stringMatching(
        /^time zone, holidays, send time, quiet hours or digest: deployed \{"timeZone":"America\/Chicago".*followup\.config\.json: \{"timeZone":"Europe\/Berlin"/,
      ),
    ]);
  });

  it("cannot call a stack current when the configuration here is broken, and says how to see why", async () => {
    // Act
    const stack = check(
      await diagnose({
        local: {
          ok: false,
          source: "followup.config.json",
          problems: ['timeZone "Mars/Olympus" is not an IANA time zone (e.g. America/Chicago)'],
        },
      }),
      "stack",
    );

    // Assess
    expect(stack).toMatchObject({
      status: "fail",
      summary:
        "InterviewFollowup is deployed (UPDATE_COMPLETE, 2026-11-30 10:02 UTC), but followup.config.json has problems, so doctor cannot tell whether it is current",
      advice:
        "Fix each problem listed (cdk synth prints the same ones); npx followup doctor --config checks them offline",
      link: "README.md#configure",
      details: ['timeZone "Mars/Olympus" is not an IANA time zone (e.g. America/Chicago)'],
    });
  });
});

describe("domain and DKIM", () => {
  it("day one: DKIM pending with a record missing names the record to add", async () => {
    // Prepare
    scenario.identities[DOMAIN] = pendingDomainIdentity("HOST_NOT_FOUND");
    delete scenario.dns[dkimName(TOKEN3)];

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim).toMatchObject({
      status: "fail",
      summary: "followup.example.com is not verified (DKIM PENDING): 1 of 3 DKIM records are not in place",
      advice:
        "At your DNS provider, add each ✗ record as a CNAME with exactly that name and value (each line says what is wrong), then run doctor again; SES verifies within 72 hours of seeing all three",
      link: "README.md#dns-records",
      details: [
        `✓ ${dkimName(TOKEN1)} CNAME ${dkimValue(TOKEN1)}`,
        `✓ ${dkimName(TOKEN2)} CNAME ${dkimValue(TOKEN2)}`,
        `✗ ${dkimName(TOKEN3)} CNAME ${dkimValue(TOKEN3)}: no such record yet`,
        "SES's last look (2026-11-30 10:02 UTC) found no DNS record at one of the names",
      ],
    });
  });

  it("records in place but SES has not looked yet: nothing to change, come back later", async () => {
    // Prepare
    scenario.identities[DOMAIN] = pendingDomainIdentity();

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim).toMatchObject({
      status: "fail",
      summary: "followup.example.com is not verified yet (DKIM PENDING), although all 3 records resolve",
      advice:
        "Nothing to change: SES looks again on its own, usually within the hour (for up to 72 hours). Run doctor again later",
    });
  });

  it("recognises a TXT record where the CNAME should be", async () => {
    // Prepare
    scenario.identities[DOMAIN] = pendingDomainIdentity();
    scenario.dns[dkimName(TOKEN2)] = [{ type: "TXT", text: dkimValue(TOKEN2) }];

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim.status).toBe("fail");
    expect(dkim.details[1]).toBe(
      `✗ ${dkimName(TOKEN2)} CNAME ${dkimValue(TOKEN2)}: there is a TXT record at this name; it must be a CNAME`,
    );
  });

  it("recognises the zone appended twice by the DNS provider and says what to type", async () => {
    // Prepare
    scenario.identities[DOMAIN] = pendingDomainIdentity("HOST_NOT_FOUND");
    delete scenario.dns[dkimName(TOKEN1)];
    scenario.dns[`${dkimName(TOKEN1)}.example.com`] = [{ type: "CNAME", target: dkimValue(TOKEN1) }];

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim.details[0]).toBe(
      `✗ ${dkimName(TOKEN1)} CNAME ${dkimValue(TOKEN1)}: found at ${dkimName(TOKEN1)}.example.com instead (your DNS provider appended example.com: enter the name as ${TOKEN1}._domainkey.followup)`,
    );
  });

  it("recognises a CNAME with the wrong value", async () => {
    // Prepare
    scenario.identities[DOMAIN] = pendingDomainIdentity("INVALID_VALUE");
    scenario.dns[dkimName(TOKEN1)] = [{ type: "CNAME", target: `${TOKEN2}.dkim.amazonses.com` }];

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim.details).toContain(
      `✗ ${dkimName(TOKEN1)} CNAME ${dkimValue(TOKEN1)}: it points to ${TOKEN2}.dkim.amazonses.com instead`,
    );
    expect(dkim.details).toContain(
      "SES's last look (2026-11-30 10:02 UTC) found a record with the wrong value",
    );
  });

  it("a verified domain whose record was removed fails before SES notices", async () => {
    // Prepare
    delete scenario.dns[dkimName(TOKEN2)];

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim).toMatchObject({
      status: "fail",
      summary: "followup.example.com is verified, but 1 of 3 DKIM records no longer resolve as SES expects",
    });
  });

  it("after 72 hours SES gives up: start its search again once the records are right", async () => {
    // Prepare
    const failed = pendingDomainIdentity();
    scenario.identities[DOMAIN] = {
      ...failed,
      DkimAttributes: { ...failed.DkimAttributes, Status: "FAILED" },
      VerificationStatus: "FAILED",
    };

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim).toMatchObject({
      status: "fail",
      summary: "followup.example.com is not verified yet (DKIM FAILED), although all 3 records resolve",
      advice:
        "SES stopped looking after 72 hours; the records are right now, so start its search again: SES console → Identities → followup.example.com → Authentication",
    });
  });

  it("a temporary failure retries on its own; the name servers must answer publicly", async () => {
    // Prepare
    const pending = pendingDomainIdentity();
    scenario.identities[DOMAIN] = {
      ...pending,
      DkimAttributes: { ...pending.DkimAttributes, Status: "TEMPORARY_FAILURE" },
    };

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim.advice).toBe(
      "SES could not read your DNS at its last look and retries on its own; make sure followup.example.com's name servers answer publicly (dig NS followup.example.com)",
    );
  });

  it("DKIM never started: deploying sets it up", async () => {
    // Prepare
    const pending = pendingDomainIdentity();
    scenario.identities[DOMAIN] = {
      ...pending,
      DkimAttributes: { SigningEnabled: false, Status: "NOT_STARTED", SigningAttributesOrigin: "AWS_SES" },
    };

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim).toMatchObject({
      status: "fail",
      summary: "followup.example.com is not verified yet (DKIM NOT_STARTED), although all 3 records resolve",
      advice: "DKIM is not set up on the identity: npx cdk deploy sets it up",
    });
  });

  it("a DKIM lookup the DNS server fails is shown as a failed lookup", async () => {
    // Prepare
    scenario.identities[DOMAIN] = pendingDomainIdentity();
    scenario.dns[dkimName(TOKEN1)] = [{ type: "SERVFAIL" }];

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim.details[0]).toBe(
      `✗ ${dkimName(TOKEN1)} CNAME ${dkimValue(TOKEN1)}: the DNS lookup failed (ESERVFAIL)`,
    );
  });

  it("no identity in this region: the stack creates it", async () => {
    // Prepare
    delete scenario.identities[DOMAIN];

    // Act
    const dkim = check(await diagnose(), "dkim");

    // Assess
    expect(dkim).toMatchObject({
      status: "fail",
      summary: "SES in eu-west-1 has no identity for followup.example.com",
      advice: "The stack creates it: npx cdk deploy in eu-west-1",
      link: "README.md#deploy",
    });
  });
});

describe("MX record", () => {
  it("day one: no MX record, with the exact record to add", async () => {
    // Prepare
    delete scenario.dns[DOMAIN];

    // Act
    const mx = check(await diagnose(), "mx");

    // Assess
    expect(mx).toMatchObject({
      status: "fail",
      summary: "followup.example.com has no MX record: mail to it cannot be delivered",
      advice: `Add the record ${DOMAIN} MX 10 ${SES_MX} at your DNS provider`,
      link: "README.md#dns-records",
    });
  });

  it("finds the MX record under a doubled zone", async () => {
    // Prepare
    delete scenario.dns[DOMAIN];
    scenario.dns[`${DOMAIN}.example.com`] = [{ type: "MX", priority: 10, exchange: SES_MX }];

    // Act
    const mx = check(await diagnose(), "mx");

    // Assess
    expect(mx.advice).toBe(
      `Your DNS provider appended example.com: the record is at ${DOMAIN}.example.com; enter its name as "followup" so that it reads ${DOMAIN} MX 10 ${SES_MX}`,
    );
  });

  it("mail going to the user's regular mail provider: change it, or use a subdomain", async () => {
    // Prepare
    scenario.dns[DOMAIN] = [
      { type: "MX", priority: 1, exchange: "aspmx.l.google.com" },
      { type: "MX", priority: 5, exchange: "alt1.aspmx.l.google.com" },
    ];

    // Act
    const mx = check(await diagnose(), "mx");

    // Assess
    expect(mx).toMatchObject({
      status: "fail",
      summary:
        "followup.example.com's mail goes to aspmx.l.google.com, alt1.aspmx.l.google.com, not to SES in eu-west-1",
      advice: `Change the MX record to ${DOMAIN} MX 10 ${SES_MX}; if followup.example.com also receives other mail, give the assistant a subdomain of its own as mailDomain instead`,
      details: [`${DOMAIN} MX 1 aspmx.l.google.com`, `${DOMAIN} MX 5 alt1.aspmx.l.google.com`],
    });
  });

  it("an MX record to SES in another region than the stack's", async () => {
    // Prepare
    scenario.dns[DOMAIN] = [{ type: "MX", priority: 10, exchange: "inbound-smtp.us-east-1.amazonaws.com" }];

    // Act
    const mx = check(await diagnose(), "mx");

    // Assess
    expect(mx.advice).toBe(
      `The record points to SES in another region than the stack's: change it to ${DOMAIN} MX 10 ${SES_MX}`,
    );
  });

  it("SES's record behind a more preferred host gets no mail", async () => {
    // Prepare
    scenario.dns[DOMAIN] = [
      { type: "MX", priority: 10, exchange: SES_MX },
      { type: "MX", priority: 5, exchange: "mx.old-host.example.net" },
    ];

    // Act
    const mx = check(await diagnose(), "mx");

    // Assess
    expect(mx).toMatchObject({
      status: "fail",
      summary:
        "followup.example.com has SES's MX record, but mx.old-host.example.net comes first and gets the mail",
      advice: `Remove the other MX records of followup.example.com, or give SES the lowest number (${DOMAIN} MX 10 ${SES_MX})`,
    });
  });

  it("a DNS server that fails is reported as such, not as a missing record", async () => {
    // Prepare
    scenario.dns[DOMAIN] = [{ type: "SERVFAIL" }];

    // Act
    const mx = check(await diagnose(), "mx");

    // Assess
    expect(mx).toMatchObject({
      status: "fail",
      summary: "could not look up the MX record of followup.example.com (ESERVFAIL)",
      advice:
        "Check this machine's network, or ask a public resolver: npx followup doctor --dns-server 1.1.1.1",
    });
  });
});

describe("receipt rule", () => {
  it("no active rule set: names the command that activates ours", async () => {
    // Prepare
    scenario.active = activeRuleSet(null, []);

    // Act
    const rule = check(await diagnose(), "rule-set");

    // Assess
    expect(rule).toMatchObject({
      status: "fail",
      summary: "no receipt rule set is active in eu-west-1: SES accepts no mail for your domain",
      advice: `Activate the rule set that holds our rule: aws ses set-active-receipt-rule-set --rule-set-name ${RULE_SET} --region eu-west-1`,
      link: "README.md#receipt-rule-set",
    });
  });

  it("no active rule set and our rule nowhere: deploy again", async () => {
    // Prepare
    scenario.active = activeRuleSet(null, []);
    scenario.ruleSets = {};

    // Act
    const rule = check(await diagnose(), "rule-set");

    // Assess
    expect(rule.advice).toBe(
      "Deploy again (npx cdk deploy): it recreates our rule and activates its rule set",
    );
  });

  it("another application's rule set is active: join it or take over", async () => {
    // Prepare
    const other = [{ Name: "forward-to-gmail", Enabled: true, Recipients: ["example.net"], Actions: [] }];
    scenario.active = activeRuleSet("default-rule-set", other);
    scenario.ruleSets = { "default-rule-set": other, [RULE_SET]: [ourRule()] };

    // Act
    const rule = check(await diagnose(), "rule-set");

    // Assess
    expect(rule).toMatchObject({
      status: "fail",
      summary: `the active rule set is "default-rule-set", and our rule ${RULE} is in "${RULE_SET}"`,
      advice:
        'SES uses only the active rule set. Add our rule to it — "receiptRuleSet": { "mode": "existing-rule-set", "name": "default-rule-set" } — or replace it — { "mode": "create-rule-set", "takeOver": true } (mail its rules handle is then no longer processed) — in followup.config.json, then npx cdk deploy',
    });
  });

  it("our rule disabled in the console", async () => {
    // Prepare
    scenario.active = activeRuleSet(RULE_SET, [ourRule({ Enabled: false })]);

    // Act
    const rule = check(await diagnose(), "rule-set");

    // Assess
    expect(rule).toMatchObject({
      status: "fail",
      summary: `our rule ${RULE} in the active rule set "${RULE_SET}" is disabled`,
      advice: `Enable it: SES console → Email receiving → ${RULE_SET} → ${RULE} → Edit → Enabled`,
    });
  });

  it("an earlier rule that stops the rule set for every recipient swallows our mail", async () => {
    // Prepare
    const catchAll = {
      Name: "drop-everything",
      Enabled: true,
      Actions: [{ StopAction: { Scope: "RuleSet" as const } }],
    };
    scenario.active = activeRuleSet("shared", [catchAll, ourRule()]);

    // Act
    const rule = check(await diagnose(), "rule-set");

    // Assess
    expect(rule).toMatchObject({
      status: "fail",
      summary:
        'rule "drop-everything" comes before ours in "shared" and stops the rule set for followup.example.com',
      advice: `Move ${RULE} above it (SES console → Email receiving → shared → reorder), or narrow that rule's recipients`,
    });
  });

  it("an earlier stop rule that is disabled is harmless", async () => {
    // Prepare
    const disabled = {
      Name: "drop-everything",
      Enabled: false,
      Actions: [{ StopAction: { Scope: "RuleSet" as const } }],
    };
    scenario.active = activeRuleSet("shared", [disabled, ourRule()]);

    // Act
    const rule = check(await diagnose(), "rule-set");

    // Assess
    expect(rule.status).toBe("pass");
  });

  it("an earlier stop rule for another domain is harmless", async () => {
    // Prepare
    const other = {
      Name: "stop-other",
      Enabled: true,
      Recipients: ["example.net"],
      Actions: [{ StopAction: { Scope: "RuleSet" as const } }],
    };
    scenario.active = activeRuleSet("shared", [other, ourRule()]);

    // Act
    const rule = check(await diagnose(), "rule-set");

    // Assess
    expect(rule).toMatchObject({
      status: "pass",
      summary: `${RULE} is enabled in the active rule set "shared"`,
    });
  });
});

describe("sending", () => {
  it("day one: in the sandbox with an owner who has not clicked SES's link", async () => {
    // Prepare
    scenario.identities[OWNER] = addressIdentity(false);

    // Act
    const sending = check(await diagnose(), "sending");

    // Assess
    expect(sending).toMatchObject({
      status: "fail",
      summary: "sandbox in eu-west-1: 1 of 1 owners not verified, so they get no email",
      advice:
        'In the sandbox SES only mails verified addresses. Verify jane@jane-doe.dev: click the link in the email "Amazon Web Services – Email Address Verification Request" (resend it: aws ses verify-email-identity --email-address jane@jane-doe.dev --region eu-west-1). Or request production access (SES console → Account dashboard → Request production access)',
      link: "README.md#ses-sandbox",
      details: ["✗ jane@jane-doe.dev: verification email sent, link not clicked yet"],
    });
  });

  it("an owner SES has never heard of gets the command that creates the identity", async () => {
    // Prepare
    delete scenario.identities[OWNER];

    // Act
    const sending = check(await diagnose(), "sending");

    // Assess
    expect(sending.advice).toBe(
      "In the sandbox SES only mails verified addresses. Verify jane@jane-doe.dev: aws sesv2 create-email-identity --email-identity jane@jane-doe.dev --region eu-west-1, then click the link in the email it sends. Or request production access (SES console → Account dashboard → Request production access)",
    );
    expect(sending.details).toEqual(["✗ jane@jane-doe.dev: not verified in SES"]);
  });

  it("an owner whose whole domain is verified needs nothing more", async () => {
    // Prepare
    delete scenario.identities[OWNER];
    scenario.identities["jane-doe.dev"] = domainIdentity();

    // Act
    const sending = check(await diagnose(), "sending");

    // Assess
    expect(sending.status).toBe("pass");
  });

  it("allowed domains cannot be reached from the sandbox: production access is the only way", async () => {
    // Prepare
    const config = parseDeploymentConfig({
      ...CONFIG,
      owners: [],
      allowedDomains: ["bootcamp.example.org"],
      alarmEmail: OWNER,
    });
    scenario.functionEnvironment = {
      ...scenario.functionEnvironment,
      OWNERS: "",
      ALLOWED_DOMAINS: "bootcamp.example.org",
    };

    // Act
    const sending = check(
      await diagnose({ local: { ok: true, config, source: "followup.config.json" } }),
      "sending",
    );

    // Assess
    expect(sending).toMatchObject({
      status: "fail",
      summary: "sandbox in eu-west-1: allowed domains cannot be reached, so they get no email",
      advice:
        "Addresses of bootcamp.example.org cannot all be verified in advance: request production access (SES console → Account dashboard → Request production access)",
      details: ["✗ bootcamp.example.org: its people get no mail until each address is verified"],
    });
  });

  it("shows a pending production access request", async () => {
    // Prepare
    scenario.identities[OWNER] = addressIdentity(false);
    scenario.account = sandboxAccount({
      Details: {
        MailType: "TRANSACTIONAL",
        WebsiteURL: "https://example.com",
        ContactLanguage: "EN",
        UseCaseDescription: "Reminders to myself",
        ReviewDetails: { Status: "PENDING", CaseId: "176543210900001" },
      },
    });

    // Act
    const sending = check(await diagnose(), "sending");

    // Assess
    expect(sending.details).toContain("production access request: PENDING (case 176543210900001)");
  });

  it("production access passes without looking at owners", async () => {
    // Prepare
    delete scenario.identities[OWNER];
    scenario.account = sandboxAccount({
      ProductionAccessEnabled: true,
      SendQuota: { Max24HourSend: 50000, MaxSendRate: 14, SentLast24Hours: 3 },
    });

    // Act
    const sending = check(await diagnose(), "sending");

    // Assess
    expect(sending).toMatchObject({
      status: "pass",
      summary: "production access in eu-west-1: mail reaches any address (50000 a day)",
    });
  });

  it("paused sending says where AWS explains why", async () => {
    // Prepare
    scenario.account = sandboxAccount({ SendingEnabled: false, EnforcementStatus: "SHUTDOWN" });

    // Act
    const sending = check(await diagnose(), "sending");

    // Assess
    expect(sending).toMatchObject({
      status: "fail",
      summary: "sending is paused for this account in eu-west-1 (SHUTDOWN)",
      advice: "SES console → Account dashboard says why, and how to ask AWS to resume it",
    });
  });
});

describe("alarm email", () => {
  it("an unconfirmed subscription: click the link in SNS's email", async () => {
    // Prepare
    scenario.subscriptions = [emailSubscription(OWNER, false)];

    // Act
    const alarms = check(await diagnose(), "alarms");

    // Assess
    expect(alarms).toMatchObject({
      status: "fail",
      summary: "jane@jane-doe.dev has not confirmed the alarm subscription, so alarms reach nobody",
      advice:
        'Open the email "AWS Notification - Subscription Confirmation" sent to jane@jane-doe.dev (look in spam too) and click "Confirm subscription"; SNS deletes an unconfirmed subscription after 48 hours',
      link: "README.md#alarm-email",
    });
  });

  it("an expired subscription: the command that subscribes again", async () => {
    // Prepare
    scenario.subscriptions = [];

    // Act
    const alarms = check(await diagnose(), "alarms");

    // Assess
    expect(alarms).toMatchObject({
      status: "fail",
      summary: "nobody is subscribed to the alarms (SNS deletes an unconfirmed subscription after 48 hours)",
      advice: `Subscribe again and confirm the email that follows: aws sns subscribe --topic-arn ${TOPIC} --protocol email --notification-endpoint jane@jane-doe.dev --region eu-west-1`,
    });
  });
});

describe("test email (--send-test)", () => {
  it("sends one email from the inbound address to the first owner", async () => {
    // Act
    const result = await diagnose({ sendTest: true });

    // Assess
    expect(check(result, "test-send")).toMatchObject({
      status: "pass",
      summary:
        "SES accepted a test email to jane@jane-doe.dev (message id 0102019a1b2c3d4e-5f6a7b8c-9d0e-1f2a-3b4c-5d6e7f8a9b0c-000000); it should arrive within a minute, look in spam if not",
    });
    expect(aws.sent).toEqual([
      expect.objectContaining({ FromEmailAddress: INBOUND, Destination: { ToAddresses: [OWNER] } }),
    ]);
    expect(result.notes).toEqual([
      `All 9 checks pass. Forward an interview invite to ${INBOUND}: the confirmation arrives within a minute.`,
    ]);
  });

  it("SES refusing an unverified recipient points to the sandbox fix", async () => {
    // Prepare
    scenario.send = {
      error: new MessageRejected({
        $metadata: { httpStatusCode: 400 },
        message:
          "Email address is not verified. The following identities failed the check in region EU-WEST-1: jane@jane-doe.dev",
      }),
    };

    // Act
    const test = check(await diagnose({ sendTest: true }), "test-send");

    // Assess
    expect(test).toMatchObject({
      status: "fail",
      summary:
        "SES refused the test email to jane@jane-doe.dev (MessageRejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: jane@jane-doe.dev)",
      advice:
        "In the sandbox every recipient must be verified: aws sesv2 create-email-identity --email-identity jane@jane-doe.dev --region eu-west-1, then click the link in the email it sends",
      link: "README.md#ses-sandbox",
    });
  });
});

describe("nothing deployed and no usable configuration", () => {
  it("skips what needs the stack or the mail domain instead of guessing", async () => {
    // Prepare
    scenario.stacks = {};

    // Act
    const result = await diagnose({
      sendTest: true,
      local: { ok: false, source: "followup.config.json", problems: ["mailDomain is required"] },
    });

    // Assess
    expect(
      result.checks.filter((item) => item.status === "skip").map((item) => [item.id, item.summary]),
    ).toEqual([
      ["addresses", "needs the owners: from the deployed stack or a valid configuration"],
      ["dkim", "needs the mail domain: from the deployed stack or a valid configuration"],
      ["mx", "needs the mail domain: from the deployed stack or a valid configuration"],
      ["rule-set", "needs the deployed stack, which creates the receipt rule"],
      [
        "sending",
        "sandbox in eu-west-1; the owners are known from the deployed stack or a valid configuration",
      ],
      ["alarms", "needs the deployed stack, which creates the alarm topic"],
      ["test-send", "needs the deployed stack and an owner address"],
    ]);
    expect(result.notes).toEqual([
      "8 of 9 checks did not pass: fix them in order, then run npx followup doctor again.",
    ]);
    expect(aws.sent).toEqual([]);
  });
});

describe("AWS errors", () => {
  it("a refused permission fails that check with what to do, and the others still run", async () => {
    // Prepare
    aws.sesv2
      .on(GetAccountCommand)
      .rejects(
        Object.assign(
          new Error(
            "User: arn:aws:iam::123456789012:user/jane is not authorized to perform: ses:GetAccount on resource: *",
          ),
          { name: "AccessDeniedException" },
        ),
      );

    // Act
    const result = await diagnose();

    // Assess
    expect(check(result, "sending")).toMatchObject({
      status: "fail",
      summary:
        "AWS refused a call (AccessDeniedException: User: arn:aws:iam::123456789012:user/jane is not authorized to perform: ses:GetAccount on resource: *)",
      advice:
        "Run doctor with the credentials you deploy with (doctor only reads, except --send-test, which sends one email)",
    });
    expect(check(result, "alarms").status).toBe("pass");
  });

  it("any other error is shown as AWS said it", async () => {
    // Prepare
    aws.sns
      .on(ListSubscriptionsByTopicCommand)
      .rejects(Object.assign(new Error("Rate exceeded"), { name: "ThrottledException" }));

    // Act
    const alarms = check(await diagnose(), "alarms");

    // Assess
    expect(alarms).toMatchObject({
      status: "fail",
      summary: "AWS answered ThrottledException: Rate exceeded",
      advice: "Run doctor again; if this persists, the message above is AWS's own explanation",
    });
  });
});

describe("test email refusals", () => {
  it("an unverified sending domain points to the DKIM check", async () => {
    // Prepare
    scenario.send = {
      error: new MailFromDomainNotVerifiedException({
        $metadata: { httpStatusCode: 400 },
        message: "Domain not verified",
      }),
    };

    // Act
    const test = check(await diagnose({ sendTest: true }), "test-send");

    // Assess
    expect(test).toMatchObject({
      status: "fail",
      advice: "Verify the domain first: see the Domain and DKIM check",
      link: "README.md#dns-records",
    });
  });

  it("paused sending says where AWS explains why", async () => {
    // Prepare
    scenario.send = {
      error: new SendingPausedException({ $metadata: { httpStatusCode: 400 }, message: "Sending is paused" }),
    };

    // Act
    const test = check(await diagnose({ sendTest: true }), "test-send");

    // Assess
    expect(test.advice).toBe(
      "SES console → Account dashboard says why, and how to ask AWS to resume sending",
    );
  });
});

describe("credentials", () => {
  it("stops asking AWS at the first refusal instead of repeating it, but still reads DNS", async () => {
    // Prepare
    scenario.failEverything = Object.assign(new Error("Could not load credentials from any providers"), {
      name: "CredentialsProviderError",
    });

    // Act
    const result = await diagnose();

    // Assess
    expect(check(result, "stack")).toMatchObject({
      status: "fail",
      summary:
        "AWS did not accept your credentials (CredentialsProviderError: Could not load credentials from any providers)",
      advice:
        "Sign in as for cdk deploy (aws configure, or aws sso login --profile <name> and AWS_PROFILE=<name>), check with aws sts get-caller-identity, then run doctor again",
    });
    expect(result.checks.slice(2).map((item) => [item.id, item.status])).toEqual([
      ["addresses", "pass"],
      ["dkim", "skip"],
      ["mx", "pass"],
      ["rule-set", "skip"],
      ["sending", "skip"],
      ["alarms", "skip"],
    ]);
    expect(check(result, "dkim").summary).toBe("needs working AWS credentials (see above)");
    expect(result.ok).toBe(false);
  });
});
