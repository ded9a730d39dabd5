import type { Resolver } from "node:dns/promises";
import { isDeepStrictEqual } from "node:util";
import {
  type CloudFormationClient,
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type Stack,
  type StackResourceSummary,
} from "@aws-sdk/client-cloudformation";
import { GetFunctionConfigurationCommand, type LambdaClient } from "@aws-sdk/client-lambda";
import {
  DescribeActiveReceiptRuleSetCommand,
  DescribeReceiptRuleSetCommand,
  ListReceiptRuleSetsCommand,
  type ReceiptRule,
  type SESClient,
} from "@aws-sdk/client-ses";
import {
  GetAccountCommand,
  GetEmailIdentityCommand,
  type GetEmailIdentityCommandOutput,
  type SESv2Client,
  SendEmailCommand,
} from "@aws-sdk/client-sesv2";
import { ListSubscriptionsByTopicCommand, type SNSClient, type Subscription } from "@aws-sdk/client-sns";
import { ENV } from "../../lambdas/config/env";
import { type DeploymentConfig, policyOverrides } from "../../lib/config";
import { SES_RECEIVING_REGIONS, sesInboundEndpoint } from "../../lib/mail-receiving";
import {
  type CnameCheck,
  checkCname,
  checkMx,
  describeCname,
  type MxFinding,
  normalize,
} from "./dns-records";
import { README_SECTIONS as README } from "./links";
import type { LocalConfig } from "./local-config";
import { regionCheck } from "./region";
import { type CheckResult, type DoctorReport, fail, pass, report, skip } from "./report";

/** The SDK clients doctor uses in one region. */
export interface AwsClients {
  readonly cloudFormation: CloudFormationClient;
  readonly lambda: LambdaClient;
  readonly ses: SESClient;
  readonly sesv2: SESv2Client;
  readonly sns: SNSClient;
}

export interface DoctorDeps {
  /** The clients of a region: the stack's, and the other receiving regions' to find a stack deployed elsewhere. */
  readonly clientsIn: (region: string) => AwsClients;
  /** Public DNS, as the world sees the user's records. */
  readonly resolver: Resolver;
}

export interface DoctorOptions {
  readonly region: string;
  readonly stackName: string;
  /** Send a test email to the first owner (opt-in: it really sends). */
  readonly sendTest: boolean;
  readonly local: LocalConfig;
}

/** The stack outputs doctor reads (lib/followup-stack.ts and lib/mail-receiving.ts create them). */
export const OUTPUTS = {
  inboundAddress: "InboundAddress",
  inboundFunction: "InboundFunctionName",
  mxRecord: "MxRecord",
  dkimRecords: ["DkimRecord1", "DkimRecord2", "DkimRecord3"],
  /** Not created by the stack today; used when present, else the stack's one SNS topic. */
  alarmTopic: "AlarmTopicArn",
} as const;

const REQUIRED_OUTPUTS = [
  OUTPUTS.inboundAddress,
  OUTPUTS.inboundFunction,
  OUTPUTS.mxRecord,
  ...OUTPUTS.dkimRecords,
];

interface DeployedSettings {
  readonly owners: readonly string[];
  readonly allowedDomains: readonly string[];
  readonly inboundAddress: string;
  readonly policy: unknown;
}

/** What the stack check learns, for the checks after it. */
interface Deployment {
  readonly outputs: ReadonlyMap<string, string>;
  readonly resources: readonly StackResourceSummary[];
  readonly mailDomain: string | null;
  readonly inboundAddress: string | null;
  readonly dkimRecords: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly settings: DeployedSettings | null;
}

const STACK_OK = new Set(["CREATE_COMPLETE", "UPDATE_COMPLETE"]);
/** Created and rolled back: such a stack cannot be updated, only deleted. */
const STACK_DEAD = new Set(["ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "CREATE_FAILED"]);

/** SES's VerificationInfo.ErrorType, in words. */
const VERIFICATION_ERRORS: Readonly<Record<string, string>> = {
  HOST_NOT_FOUND: "no DNS record at one of the names",
  TYPE_NOT_FOUND: "a record at the name, but not a CNAME",
  INVALID_VALUE: "a record with the wrong value",
  DNS_SERVER_ERROR: "the domain's DNS servers did not answer",
  SERVICE_ERROR: "an error inside SES",
};

const CREDENTIAL_ERRORS = new Set([
  "CredentialsProviderError",
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
]);
const PERMISSION_ERRORS = new Set(["AccessDenied", "AccessDeniedException", "AuthorizationError"]);

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "Error";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "2026-11-30 10:02 UTC" */
function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}

/**
 * `followup doctor` against the deployed stack: each check in the order a first deployment meets
 * its problems, each failure with the exact next step and the README section that explains it.
 */
export async function runDoctor(options: DoctorOptions, deps: DoctorDeps): Promise<DoctorReport> {
  return new Doctor(options, deps).run();
}

class Doctor {
  private readonly aws: AwsClients;
  private deployment: Deployment | null = null;
  /** Set when AWS refused our credentials: the checks after that are skipped, not repeated. */
  private credentialsProblem: string | null = null;

  constructor(
    private readonly options: DoctorOptions,
    private readonly deps: DoctorDeps,
  ) {
    this.aws = deps.clientsIn(options.region);
  }

  async run(): Promise<DoctorReport> {
    const checks: CheckResult[] = [regionCheck(this.options.region)];
    checks.push(await this.guarded("stack", "Stack", () => this.checkStack()));
    checks.push(await this.guarded("dkim", "Domain and DKIM", () => this.checkDkim()));
    // DNS only: it runs even when AWS refused the credentials.
    checks.push(await this.guarded("mx", "MX record", () => this.checkMxRecord(), { needsAws: false }));
    checks.push(await this.guarded("rule-set", "Receipt rule", () => this.checkRuleSet()));
    checks.push(await this.guarded("sending", "Sending", () => this.checkSending()));
    checks.push(await this.guarded("alarms", "Alarm email", () => this.checkAlarmSubscription()));
    if (this.options.sendTest) {
      checks.push(await this.guarded("test-send", "Test email", () => this.sendTestEmail()));
    }
    const notes = this.closingNotes(checks);
    return report(checks, { region: this.options.region, stack: this.options.stackName }, notes);
  }

  private closingNotes(checks: readonly CheckResult[]): string[] {
    const failing = checks.filter((check) => check.status !== "pass").length;
    const address = this.deployment?.inboundAddress;
    if (failing > 0) {
      return [
        `${failing} of ${checks.length} checks did not pass: fix them in order, then run npx followup doctor again.`,
      ];
    }
    const notes = [
      `All ${checks.length} checks pass.${address ? ` Forward an interview invite to ${address}: the confirmation arrives within a minute.` : ""}`,
    ];
    if (!this.options.sendTest) notes.push("npx followup doctor --send-test also sends you a test email.");
    return notes;
  }

  /** Runs a check; an AWS error it does not handle becomes its failure, with what to do about it. */
  private async guarded(
    id: string,
    title: string,
    check: () => Promise<CheckResult>,
    { needsAws = true } = {},
  ): Promise<CheckResult> {
    if (this.credentialsProblem && needsAws)
      return skip(id, title, "needs working AWS credentials (see above)");
    try {
      return await check();
    } catch (error) {
      const name = errorName(error);
      if (CREDENTIAL_ERRORS.has(name)) {
        this.credentialsProblem = errorMessage(error);
        return fail(id, title, `AWS did not accept your credentials (${name}: ${errorMessage(error)})`, {
          advice:
            "Sign in as for cdk deploy (aws configure, or aws sso login --profile <name> and AWS_PROFILE=<name>), check with aws sts get-caller-identity, then run doctor again",
          link: README.deploy,
        });
      }
      if (PERMISSION_ERRORS.has(name)) {
        return fail(id, title, `AWS refused a call (${name}: ${errorMessage(error)})`, {
          advice:
            "Run doctor with the credentials you deploy with (doctor only reads, except --send-test, which sends one email)",
          link: README.deploy,
        });
      }
      return fail(id, title, `AWS answered ${name}: ${errorMessage(error)}`, {
        advice: "Run doctor again; if this persists, the message above is AWS's own explanation",
        link: README.deploy,
      });
    }
  }

  private get config(): DeploymentConfig | null {
    return this.options.local.ok ? this.options.local.config : null;
  }

  private mailDomain(): string | null {
    return this.deployment?.mailDomain ?? this.config?.mailDomain ?? null;
  }

  /** Who the deployed functions mail; the configuration's owners when the stack is not there. */
  private owners(): readonly string[] {
    return this.deployment?.settings?.owners ?? this.config?.owners ?? [];
  }

  private allowedDomains(): readonly string[] {
    return this.deployment?.settings?.allowedDomains ?? this.config?.allowedDomains ?? [];
  }

  private async checkStack(): Promise<CheckResult> {
    const { stackName, region } = this.options;
    const id = "stack";
    const title = "Stack";
    const stack = await this.describeStack(this.aws.cloudFormation);
    if (!stack) {
      const elsewhere = await this.findStackElsewhere();
      if (elsewhere.length > 0) {
        return fail(id, title, `${stackName} is not in ${region}, but in ${elsewhere.join(", ")}`, {
          advice: `Run doctor in that region: npx followup doctor --region ${elsewhere[0]} (and keep AWS_REGION=${elsewhere[0]} for cdk deploy)`,
          link: README.deploy,
        });
      }
      return fail(id, title, `${stackName} is not deployed in ${region}`, {
        advice: "Deploy it: npx cdk bootstrap (once per account and region), then npx cdk deploy",
        link: README.deploy,
      });
    }
    const status = stack.StackStatus ?? "UNKNOWN";
    const reason = stack.StackStatusReason ? [`CloudFormation says: ${stack.StackStatusReason}`] : [];
    if (status.endsWith("_IN_PROGRESS")) {
      return fail(id, title, `${stackName} is being changed (${status})`, {
        advice: "Wait until cdk deploy (or destroy) finishes, then run doctor again",
        link: README.deploy,
        details: reason,
      });
    }
    this.deployment = await this.readDeployment(stack);
    if (STACK_DEAD.has(status)) {
      return fail(id, title, `${stackName} failed to create and was rolled back (${status})`, {
        advice:
          "Such a stack cannot be updated: read the first failure in the cdk deploy output (or CloudFormation console → Events), fix it, then npx cdk destroy and npx cdk deploy",
        link: README.deploy,
        details: reason,
      });
    }
    if (status === "UPDATE_ROLLBACK_COMPLETE") {
      return fail(id, title, `the last deploy of ${stackName} failed and was rolled back (${status})`, {
        advice:
          "The previous version still runs: read the first failure in the cdk deploy output (or CloudFormation console → Events), fix it, then npx cdk deploy again",
        link: README.deploy,
        details: reason,
      });
    }
    if (!STACK_OK.has(status)) {
      return fail(id, title, `${stackName} is in ${status}`, {
        advice: "Open CloudFormation console → Events for the first failure, fix it, then npx cdk deploy",
        link: README.deploy,
        details: reason,
      });
    }
    const missing = REQUIRED_OUTPUTS.filter((key) => !this.deployment?.outputs.has(key));
    if (missing.length > 0) {
      return fail(
        id,
        title,
        `${stackName} lacks the outputs ${missing.join(", ")}: an older version is deployed`,
        {
          advice: "Deploy this version: npx cdk deploy",
          link: README.deploy,
        },
      );
    }
    const when = stack.LastUpdatedTime ?? stack.CreationTime;
    const deployed = `${stackName} is deployed (${status}${when ? `, ${utc(when)}` : ""})`;
    const local = this.options.local;
    if (!local.ok) {
      return fail(
        id,
        title,
        `${deployed}, but ${local.source} has problems, so doctor cannot tell whether it is current`,
        {
          advice:
            "Fix each problem listed (cdk synth prints the same ones); npx followup doctor --config checks them offline",
          link: README.configure,
          details: local.problems,
        },
      );
    }
    const differences = this.differencesFrom(local.config, local.source);
    if (differences.length > 0) {
      return fail(id, title, `${deployed}, but ${local.source} has changed since`, {
        advice: "Deploy the configuration: npx cdk deploy",
        link: README.deploy,
        details: differences,
      });
    }
    return pass(id, title, `${deployed} and matches ${local.source}`);
  }

  private async describeStack(client: CloudFormationClient): Promise<Stack | null> {
    try {
      const { Stacks = [] } = await client.send(
        new DescribeStacksCommand({ StackName: this.options.stackName }),
      );
      return Stacks[0] ?? null;
    } catch (error) {
      // CloudFormation's answer for a stack that does not exist (or was deleted).
      if (errorName(error) === "ValidationError" && /does not exist/.test(errorMessage(error))) return null;
      throw error;
    }
  }

  /** A stack deployed with another default region is the most common reason for "not deployed". */
  private async findStackElsewhere(): Promise<string[]> {
    const others = SES_RECEIVING_REGIONS.filter((region) => region !== this.options.region);
    const found = await Promise.all(
      others.map(async (region) => {
        try {
          return (await this.describeStack(this.deps.clientsIn(region).cloudFormation)) ? region : null;
        } catch {
          return null; // a region the account has not enabled, say: not where the stack is
        }
      }),
    );
    return found.filter((region): region is string => region !== null);
  }

  private async readDeployment(stack: Stack): Promise<Deployment> {
    const outputs = new Map(
      (stack.Outputs ?? []).flatMap((output) =>
        output.OutputKey && output.OutputValue ? [[output.OutputKey, output.OutputValue] as const] : [],
      ),
    );
    const resources: StackResourceSummary[] = [];
    let NextToken: string | undefined;
    do {
      const page = await this.aws.cloudFormation.send(
        new ListStackResourcesCommand({ StackName: this.options.stackName, NextToken }),
      );
      resources.push(...(page.StackResourceSummaries ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    // "<domain> MX 10 inbound-smtp.<region>.amazonaws.com" and "<name> CNAME <value>"
    const mailDomain = outputs.get(OUTPUTS.mxRecord)?.split(" ")[0] ?? null;
    const dkimRecords = OUTPUTS.dkimRecords.flatMap((key) => {
      const [name, type, value] = outputs.get(key)?.split(" ") ?? [];
      return name && type === "CNAME" && value ? [{ name, value }] : [];
    });
    const functionName = outputs.get(OUTPUTS.inboundFunction);
    return {
      outputs,
      resources,
      mailDomain: mailDomain ? normalize(mailDomain) : null,
      inboundAddress: outputs.get(OUTPUTS.inboundAddress) ?? null,
      dkimRecords,
      settings: functionName ? await this.readSettings(functionName) : null,
    };
  }

  /** The settings the deployed functions run with: their environment, as bindSettings set it. */
  private async readSettings(functionName: string): Promise<DeployedSettings | null> {
    const { Environment } = await this.aws.lambda.send(
      new GetFunctionConfigurationCommand({ FunctionName: functionName }),
    );
    const variables = Environment?.Variables;
    if (!variables) return null;
    const csv = (name: string) => (variables[name] ?? "").split(",").filter((item) => item !== "");
    const policy = variables[ENV.policy];
    return {
      owners: csv(ENV.owners),
      allowedDomains: csv(ENV.allowedDomains),
      inboundAddress: variables[ENV.inboundAddress] ?? "",
      policy: policy === undefined ? null : (JSON.parse(policy) as unknown),
    };
  }

  /** What the configuration here would change if deployed; empty when the stack is current. */
  private differencesFrom(config: DeploymentConfig, source: string): string[] {
    const deployment = this.deployment;
    if (!deployment) return [];
    const differences: string[] = [];
    const compare = (what: string, deployed: string, local: string) => {
      if (deployed !== local) differences.push(`${what}: deployed ${deployed}; ${source}: ${local}`);
    };
    compare("mail domain", deployment.mailDomain ?? "none", config.mailDomain);
    compare(
      "inbound address",
      deployment.inboundAddress ?? "none",
      `${config.inboundLocalPart}@${config.mailDomain}`,
    );
    const settings = deployment.settings;
    if (settings) {
      compare("owners", list([...settings.owners].sort()), list([...config.owners].sort()));
      compare(
        "allowed domains",
        list([...settings.allowedDomains].sort()),
        list([...config.allowedDomains].sort()),
      );
      if (!isDeepStrictEqual(settings.policy, policyOverrides(config))) {
        differences.push(
          `time zone, holidays, send time, quiet hours or digest: deployed ${JSON.stringify(settings.policy)}; ${source}: ${JSON.stringify(policyOverrides(config))}`,
        );
      }
    }
    return differences;
  }

  private async checkDkim(): Promise<CheckResult> {
    const id = "dkim";
    const title = "Domain and DKIM";
    const domain = this.mailDomain();
    if (!domain)
      return skip(id, title, "needs the mail domain: from the deployed stack or a valid configuration");
    let identity: GetEmailIdentityCommandOutput;
    try {
      identity = await this.aws.sesv2.send(new GetEmailIdentityCommand({ EmailIdentity: domain }));
    } catch (error) {
      if (errorName(error) !== "NotFoundException") throw error;
      return fail(id, title, `SES in ${this.options.region} has no identity for ${domain}`, {
        advice: `The stack creates it: npx cdk deploy in ${this.options.region}`,
        link: README.deploy,
      });
    }
    const status = identity.DkimAttributes?.Status ?? "NOT_STARTED";
    const records = this.deployment?.dkimRecords ?? [];
    const checks: CnameCheck[] = await Promise.all(
      records.map((record) => checkCname(this.deps.resolver, record.name, record.value, domain)),
    );
    const details = checks.map(describeCname);
    const info = identity.VerificationInfo;
    if (status !== "SUCCESS" && info?.ErrorType) {
      const when = info.LastCheckedTimestamp ? ` (${utc(info.LastCheckedTimestamp)})` : "";
      details.push(
        `SES's last look${when} found ${VERIFICATION_ERRORS[info.ErrorType] ?? info.ErrorType.toLowerCase()}`,
      );
    }
    if (records.length === 0) {
      return skip(
        id,
        title,
        `${domain}: DKIM ${status}; the records are known once the stack's DkimRecord outputs exist`,
      );
    }
    const broken = checks.filter((check) => check.finding.status !== "ok");
    const verified = status === "SUCCESS" && identity.VerifiedForSendingStatus === true;
    if (broken.length > 0) {
      const state = verified
        ? `${domain} is verified, but ${broken.length} of ${records.length} DKIM records no longer resolve as SES expects`
        : `${domain} is not verified (DKIM ${status}): ${broken.length} of ${records.length} DKIM records are not in place`;
      return fail(id, title, state, {
        advice:
          "At your DNS provider, add each ✗ record as a CNAME with exactly that name and value (each line says what is wrong), then run doctor again; SES verifies within 72 hours of seeing all three",
        link: README.dns,
        details,
      });
    }
    if (verified) return pass(id, title, `${domain} is verified and DKIM-signs what it sends`, details);
    const advice: Readonly<Record<string, string>> = {
      PENDING:
        "Nothing to change: SES looks again on its own, usually within the hour (for up to 72 hours). Run doctor again later",
      FAILED: `SES stopped looking after 72 hours; the records are right now, so start its search again: SES console → Identities → ${domain} → Authentication`,
      TEMPORARY_FAILURE: `SES could not read your DNS at its last look and retries on its own; make sure ${domain}'s name servers answer publicly (dig NS ${domain})`,
      NOT_STARTED: "DKIM is not set up on the identity: npx cdk deploy sets it up",
    };
    return fail(
      id,
      title,
      `${domain} is not verified yet (DKIM ${status}), although all ${records.length} records resolve`,
      {
        advice: advice[status] ?? `SES reports DKIM ${status}: see the SES console → Identities → ${domain}`,
        link: README.dns,
        details,
      },
    );
  }

  private async checkMxRecord(): Promise<CheckResult> {
    const id = "mx";
    const title = "MX record";
    const domain = this.mailDomain();
    if (!domain)
      return skip(id, title, "needs the mail domain: from the deployed stack or a valid configuration");
    const expected = sesInboundEndpoint(this.options.region);
    const record = `${domain} MX 10 ${expected}`;
    const finding: MxFinding = await checkMx(this.deps.resolver, domain, expected);
    const shown =
      "records" in finding ? finding.records.map((mx) => `${domain} MX ${mx.priority} ${mx.exchange}`) : [];
    switch (finding.status) {
      case "ok":
        return pass(id, title, `${domain} receives its mail through SES in ${this.options.region}`, shown);
      case "missing":
        return fail(id, title, `${domain} has no MX record: mail to it cannot be delivered`, {
          advice: finding.appended
            ? `Your DNS provider appended ${finding.appended.zone}: the record is at ${finding.appended.foundAt}; enter its name as "${finding.appended.enter}" so that it reads ${record}`
            : `Add the record ${record} at your DNS provider`,
          link: README.dns,
        });
      case "not-first": {
        const ses = Math.min(
          ...finding.records.filter((mx) => mx.exchange === expected).map((mx) => mx.priority),
        );
        const before = finding.records.filter((mx) => mx.exchange !== expected && mx.priority <= ses);
        return fail(
          id,
          title,
          `${domain} has SES's MX record, but ${list(before.map((mx) => mx.exchange))} comes first and gets the mail`,
          {
            advice: `Remove the other MX records of ${domain}, or give SES the lowest number (${record})`,
            link: README.dns,
            details: shown,
          },
        );
      }
      case "elsewhere": {
        const otherSes = finding.records.find((mx) =>
          /^inbound-smtp\.[a-z0-9-]+\.amazonaws\.com$/.test(mx.exchange),
        );
        return fail(
          id,
          title,
          `${domain}'s mail goes to ${list(finding.records.map((mx) => mx.exchange))}, not to SES in ${this.options.region}`,
          {
            advice: otherSes
              ? `The record points to SES in another region than the stack's: change it to ${record}`
              : `Change the MX record to ${record}; if ${domain} also receives other mail, give the assistant a subdomain of its own as mailDomain instead`,
            link: README.dns,
            details: shown,
          },
        );
      }
      case "failed":
        return fail(id, title, `could not look up the MX record of ${domain} (${finding.code})`, {
          advice:
            "Check this machine's network, or ask a public resolver: npx followup doctor --dns-server 1.1.1.1",
          link: README.dns,
        });
    }
  }

  private async checkRuleSet(): Promise<CheckResult> {
    const id = "rule-set";
    const title = "Receipt rule";
    const ruleName = this.singleResource("AWS::SES::ReceiptRule");
    if (!ruleName) return skip(id, title, "needs the deployed stack, which creates the receipt rule");
    const { region } = this.options;
    const active = await this.aws.ses.send(new DescribeActiveReceiptRuleSetCommand({}));
    const activeName = active.Metadata?.Name;
    if (!activeName) {
      const home = await this.findRuleSetOf(ruleName);
      return fail(
        id,
        title,
        `no receipt rule set is active in ${region}: SES accepts no mail for your domain`,
        {
          advice: home
            ? `Activate the rule set that holds our rule: aws ses set-active-receipt-rule-set --rule-set-name ${home} --region ${region}`
            : "Deploy again (npx cdk deploy): it recreates our rule and activates its rule set",
          link: README.ruleSet,
        },
      );
    }
    const rules = active.Rules ?? [];
    const index = rules.findIndex((rule) => rule.Name === ruleName);
    if (index < 0) {
      const home = await this.findRuleSetOf(ruleName);
      return fail(
        id,
        title,
        `the active rule set is "${activeName}", and our rule ${ruleName} is ${home ? `in "${home}"` : "in no rule set"}`,
        {
          advice: `SES uses only the active rule set. Add our rule to it — "receiptRuleSet": { "mode": "existing-rule-set", "name": "${activeName}" } — or replace it — { "mode": "create-rule-set", "takeOver": true } (mail its rules handle is then no longer processed) — in followup.config.json, then npx cdk deploy`,
          link: README.ruleSet,
        },
      );
    }
    const rule = rules[index] as ReceiptRule;
    if (rule.Enabled === false) {
      return fail(id, title, `our rule ${ruleName} in the active rule set "${activeName}" is disabled`, {
        advice: `Enable it: SES console → Email receiving → ${activeName} → ${ruleName} → Edit → Enabled`,
        link: README.ruleSet,
      });
    }
    const domain = this.mailDomain() ?? "";
    const blocker = rules.slice(0, index).find((earlier) => this.stopsBefore(earlier, domain));
    if (blocker) {
      return fail(
        id,
        title,
        `rule "${blocker.Name}" comes before ours in "${activeName}" and stops the rule set for ${domain}`,
        {
          advice: `Move ${ruleName} above it (SES console → Email receiving → ${activeName} → reorder), or narrow that rule's recipients`,
          link: README.ruleSet,
        },
      );
    }
    return pass(id, title, `${ruleName} is enabled in the active rule set "${activeName}"`);
  }

  /** An enabled earlier rule that ends processing for mail to our domain (SES's recipient matching). */
  private stopsBefore(rule: ReceiptRule, domain: string): boolean {
    if (rule.Enabled === false || !(rule.Actions ?? []).some((action) => action.StopAction)) return false;
    const recipients = (rule.Recipients ?? []).map((recipient) => recipient.toLowerCase());
    const inbound = this.deployment?.inboundAddress?.toLowerCase();
    return (
      recipients.length === 0 ||
      recipients.some(
        (recipient) =>
          recipient === domain ||
          recipient === inbound ||
          (recipient.startsWith(".") && domain.endsWith(recipient)),
      )
    );
  }

  private singleResource(type: string): string | null {
    const matching = (this.deployment?.resources ?? []).filter((resource) => resource.ResourceType === type);
    return matching.length === 1 ? (matching[0]?.PhysicalResourceId ?? null) : null;
  }

  private async findRuleSetOf(ruleName: string): Promise<string | null> {
    let NextToken: string | undefined;
    do {
      const page = await this.aws.ses.send(new ListReceiptRuleSetsCommand({ NextToken }));
      for (const { Name } of page.RuleSets ?? []) {
        if (!Name) continue;
        const { Rules = [] } = await this.aws.ses.send(
          new DescribeReceiptRuleSetCommand({ RuleSetName: Name }),
        );
        if (Rules.some((rule) => rule.Name === ruleName)) return Name;
      }
      NextToken = page.NextToken;
    } while (NextToken);
    return null;
  }

  private async checkSending(): Promise<CheckResult> {
    const id = "sending";
    const title = "Sending";
    const { region } = this.options;
    const account = await this.aws.sesv2.send(new GetAccountCommand({}));
    if (account.SendingEnabled === false) {
      return fail(
        id,
        title,
        `sending is paused for this account in ${region} (${account.EnforcementStatus ?? "no status given"})`,
        {
          advice: "SES console → Account dashboard says why, and how to ask AWS to resume it",
          link: README.sandbox,
        },
      );
    }
    if (account.ProductionAccessEnabled) {
      const quota = account.SendQuota?.Max24HourSend;
      return pass(
        id,
        title,
        `production access in ${region}: mail reaches any address${quota ? ` (${quota} a day)` : ""}`,
      );
    }
    const owners = this.owners();
    const allowed = this.allowedDomains();
    if (owners.length === 0 && allowed.length === 0) {
      return skip(
        id,
        title,
        `sandbox in ${region}; the owners are known from the deployed stack or a valid configuration`,
      );
    }
    const statuses = await Promise.all(
      owners.map(async (owner) => [owner, await this.recipientStatus(owner)] as const),
    );
    const details = statuses.map(
      ([owner, status]) => `${status === "verified" ? "✓" : "✗"} ${owner}: ${RECIPIENT_STATUS[status]}`,
    );
    for (const domain of allowed)
      details.push(`✗ ${domain}: its people get no mail until each address is verified`);
    const review = account.Details?.ReviewDetails;
    if (review?.Status)
      details.push(
        `production access request: ${review.Status}${review.CaseId ? ` (case ${review.CaseId})` : ""}`,
      );
    const unverified = statuses
      .filter(([, status]) => status !== "verified")
      .map(([owner, status]) => ({ owner, status }));
    if (unverified.length === 0 && allowed.length === 0) {
      return pass(
        id,
        title,
        `sandbox in ${region}: every owner is verified (SES sends up to 200 emails a day)`,
        details,
      );
    }
    const steps = unverified.map(({ owner, status }) =>
      status === "pending"
        ? `${owner}: click the link in the email "Amazon Web Services – Email Address Verification Request" (resend it: aws ses verify-email-identity --email-address ${owner} --region ${region})`
        : `${owner}: aws sesv2 create-email-identity --email-identity ${owner} --region ${region}, then click the link in the email it sends`,
    );
    const production =
      "request production access (SES console → Account dashboard → Request production access)";
    return fail(
      id,
      title,
      `sandbox in ${region}: ${unverified.length > 0 ? `${unverified.length} of ${owners.length} owners not verified` : "allowed domains cannot be reached"}, so they get no email`,
      {
        advice:
          unverified.length > 0
            ? `In the sandbox SES only mails verified addresses. Verify ${steps.join("; ")}. Or ${production}`
            : `Addresses of ${list(allowed)} cannot all be verified in advance: ${production}`,
        link: README.sandbox,
        details,
      },
    );
  }

  /** In the sandbox a recipient must be a verified identity: its address, or its whole domain. */
  private async recipientStatus(address: string): Promise<RecipientStatus> {
    const identity = await this.identity(address);
    if (identity?.VerifiedForSendingStatus) return "verified";
    const domain = await this.identity(address.slice(address.lastIndexOf("@") + 1));
    if (domain?.VerifiedForSendingStatus) return "verified";
    return identity ? "pending" : "absent";
  }

  private async identity(name: string): Promise<GetEmailIdentityCommandOutput | null> {
    try {
      return await this.aws.sesv2.send(new GetEmailIdentityCommand({ EmailIdentity: name }));
    } catch (error) {
      if (errorName(error) === "NotFoundException") return null;
      throw error;
    }
  }

  private async checkAlarmSubscription(): Promise<CheckResult> {
    const id = "alarms";
    const title = "Alarm email";
    const topicArn =
      this.deployment?.outputs.get(OUTPUTS.alarmTopic) ?? this.singleResource("AWS::SNS::Topic");
    if (!topicArn) return skip(id, title, "needs the deployed stack, which creates the alarm topic");
    const subscriptions: Subscription[] = [];
    let NextToken: string | undefined;
    do {
      const page = await this.aws.sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken }),
      );
      subscriptions.push(...(page.Subscriptions ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    const email = subscriptions.filter((subscription) => subscription.Protocol === "email");
    const confirmed = email.filter((subscription) => subscription.SubscriptionArn?.startsWith("arn:"));
    const pending = email.filter((subscription) => subscription.SubscriptionArn === "PendingConfirmation");
    if (confirmed.length > 0) {
      return pass(
        id,
        title,
        `alarms reach ${list(confirmed.map((subscription) => subscription.Endpoint ?? "?"))}`,
      );
    }
    if (pending.length > 0) {
      const endpoints = list(pending.map((subscription) => subscription.Endpoint ?? "?"));
      return fail(
        id,
        title,
        `${endpoints} has not confirmed the alarm subscription, so alarms reach nobody`,
        {
          advice: `Open the email "AWS Notification - Subscription Confirmation" sent to ${endpoints} (look in spam too) and click "Confirm subscription"; SNS deletes an unconfirmed subscription after 48 hours`,
          link: README.alarms,
        },
      );
    }
    const address = this.config?.alarmEmail ?? this.owners()[0] ?? "<your address>";
    return fail(
      id,
      title,
      "nobody is subscribed to the alarms (SNS deletes an unconfirmed subscription after 48 hours)",
      {
        advice: `Subscribe again and confirm the email that follows: aws sns subscribe --topic-arn ${topicArn} --protocol email --notification-endpoint ${address} --region ${this.options.region}`,
        link: README.alarms,
      },
    );
  }

  private async sendTestEmail(): Promise<CheckResult> {
    const id = "test-send";
    const title = "Test email";
    const from = this.deployment?.inboundAddress;
    const to = this.owners()[0];
    if (!from || !to) return skip(id, title, "needs the deployed stack and an owner address");
    try {
      const { MessageId } = await this.aws.sesv2.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [to] },
          Content: {
            Simple: {
              Subject: { Data: "interview-followup: test email from followup doctor", Charset: "UTF-8" },
              Body: {
                Text: {
                  Data: `SES in ${this.options.region} delivered this test from ${from}, sent by npx followup doctor --send-test.\n\nForward an interview invite to ${from} to begin.\n`,
                  Charset: "UTF-8",
                },
              },
            },
          },
        }),
      );
      return pass(
        id,
        title,
        `SES accepted a test email to ${to} (message id ${MessageId ?? "?"}); it should arrive within a minute, look in spam if not`,
      );
    } catch (error) {
      const name = errorName(error);
      const refusal = `SES refused the test email to ${to} (${name}: ${errorMessage(error)})`;
      if (name === "MessageRejected") {
        return fail(id, title, refusal, {
          advice: /not verified/i.test(errorMessage(error))
            ? `In the sandbox every recipient must be verified: aws sesv2 create-email-identity --email-identity ${to} --region ${this.options.region}, then click the link in the email it sends`
            : "SES names the reason above; fix it and run doctor --send-test again",
          link: README.sandbox,
        });
      }
      if (name === "MailFromDomainNotVerifiedException") {
        return fail(id, title, refusal, {
          advice: "Verify the domain first: see the Domain and DKIM check",
          link: README.dns,
        });
      }
      if (name === "SendingPausedException" || name === "AccountSuspendedException") {
        return fail(id, title, refusal, {
          advice: "SES console → Account dashboard says why, and how to ask AWS to resume sending",
          link: README.sandbox,
        });
      }
      throw error;
    }
  }
}

type RecipientStatus = "verified" | "pending" | "absent";

const RECIPIENT_STATUS: Record<RecipientStatus, string> = {
  verified: "verified",
  pending: "verification email sent, link not clicked yet",
  absent: "not verified in SES",
};
