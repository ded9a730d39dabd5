import { isDeepStrictEqual } from "node:util";
import {
  type CloudFormationClient,
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type Stack,
  type StackResourceSummary,
} from "@aws-sdk/client-cloudformation";
import { GetFunctionConfigurationCommand } from "@aws-sdk/client-lambda";
import { ENV } from "../../lambdas/config/env";
import { type DeploymentConfig, policyOverrides } from "../../lib/config";
import { SES_RECEIVING_REGIONS } from "../../lib/mail-receiving";
import { checkAddresses } from "./check-addresses";
import { checkAlarmSubscription } from "./check-alarms";
import { checkDkim, checkMxRecord } from "./check-mail-domain";
import { checkRuleSet } from "./check-receiving";
import { checkSending, sendTestEmail } from "./check-sending";
import { normalize } from "./dns-records";
import {
  type AwsClients,
  type DeployedSettings,
  type Deployment,
  type DoctorContext,
  type DoctorDeps,
  type DoctorOptions,
  errorMessage,
  errorName,
  list,
  OUTPUTS,
  REQUIRED_OUTPUTS,
  utc,
} from "./doctor-context";
import { README_SECTIONS as README } from "./links";
import { regionCheck } from "./region";
import { type CheckResult, type DoctorReport, fail, pass, report, skip } from "./report";

const STACK_OK = new Set(["CREATE_COMPLETE", "UPDATE_COMPLETE"]);
/** Created and rolled back: such a stack cannot be updated, only deleted. */
const STACK_DEAD = new Set(["ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "CREATE_FAILED"]);

const CREDENTIAL_ERRORS = new Set([
  "CredentialsProviderError",
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
]);
const PERMISSION_ERRORS = new Set(["AccessDenied", "AccessDeniedException", "AuthorizationError"]);

/**
 * `followup doctor` against the deployed stack: each check in the order a first deployment meets
 * its problems, each failure with the exact next step and the README section that explains it.
 */
export async function runDoctor(options: DoctorOptions, deps: DoctorDeps): Promise<DoctorReport> {
  return new Doctor(options, deps).run();
}

class Doctor implements DoctorContext {
  readonly aws: AwsClients;
  deployment: Deployment | null = null;
  /** Set when AWS refused our credentials: the checks after that are skipped, not repeated. */
  private credentialsProblem: string | null = null;

  constructor(
    readonly options: DoctorOptions,
    readonly deps: DoctorDeps,
  ) {
    this.aws = deps.clientsIn(options.region);
  }

  async run(): Promise<DoctorReport> {
    const checks: CheckResult[] = [regionCheck(this.options.region)];
    checks.push(await this.guarded("stack", "Stack", () => this.checkStack()));
    // The owners the functions run with (the configuration's when the stack could not be read).
    const addresses = { owners: this.owners(), alarmEmail: this.config?.alarmEmail ?? null };
    checks.push(
      addresses.owners.length > 0 || addresses.alarmEmail
        ? checkAddresses(addresses, this.options.local.source, ", then npx cdk deploy")
        : skip(
            "addresses",
            "Addresses",
            "needs the owners: from the deployed stack or a valid configuration",
          ),
    );
    checks.push(await this.guarded("dkim", "Domain and DKIM", () => checkDkim(this)));
    // DNS only: it runs even when AWS refused the credentials.
    checks.push(await this.guarded("mx", "MX record", () => checkMxRecord(this), { needsAws: false }));
    checks.push(await this.guarded("rule-set", "Receipt rule", () => checkRuleSet(this)));
    checks.push(await this.guarded("sending", "Sending", () => checkSending(this)));
    checks.push(await this.guarded("alarms", "Alarm email", () => checkAlarmSubscription(this)));
    if (this.options.sendTest) {
      checks.push(await this.guarded("test-send", "Test email", () => sendTestEmail(this)));
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

  get config(): DeploymentConfig | null {
    return this.options.local.ok ? this.options.local.config : null;
  }

  mailDomain(): string | null {
    return this.deployment?.mailDomain ?? this.config?.mailDomain ?? null;
  }

  /** Who the deployed functions mail; the configuration's owners when the stack is not there. */
  owners(): readonly string[] {
    return this.deployment?.settings?.owners ?? this.config?.owners ?? [];
  }

  allowedDomains(): readonly string[] {
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
}
