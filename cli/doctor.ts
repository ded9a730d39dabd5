import { Resolver } from "node:dns/promises";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { LambdaClient } from "@aws-sdk/client-lambda";
import { SESClient } from "@aws-sdk/client-ses";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SNSClient } from "@aws-sdk/client-sns";
import { parseOptions } from "./common";
import { runDoctor } from "./doctor/deployed";
import type { AwsClients, DoctorDeps } from "./doctor/doctor-context";
import { readLocalConfig } from "./doctor/local-config";
import { checkConfiguration } from "./doctor/offline";
import { regionCheck } from "./doctor/region";
import { type DoctorReport, renderJson, renderText, report } from "./doctor/report";

export const USAGE =
  "followup doctor [--config] [--json] [--send-test] [--region R] [--stack NAME] [--dns-server IP]";

const HELP = `${USAGE}

After npx cdk deploy: checks, in order, that the region receives mail, the stack is deployed and
matches your configuration, the domain is verified with DKIM (and its three CNAME records resolve),
the MX record points to SES, our receipt rule is in the active rule set, SES may mail every owner
(sandbox), and the alarm subscription is confirmed. Each failure says what to do next.

  --config         before deploying: validate the configuration offline and list the DNS records
  --json           the report as JSON, for scripts
  --send-test      also send a test email to the first owner (it really sends)
  --region R       the stack's region (default: AWS_REGION or your profile's)
  --stack NAME     default InterviewFollowup
  --dns-server IP  ask this DNS server instead of this machine's (e.g. 1.1.1.1)

Exit status: 0 when every check passes, 1 otherwise.
`;

/** What doctor needs from the outside world; the tests pass mocked clients and a local DNS server. */
export interface DoctorEnvironment {
  readonly write: (text: string) => void;
  /** Where followup.config.json and cdk.json are. */
  readonly directory: string;
  /** The region the AWS SDK (and so cdk deploy) would use: AWS_REGION or the profile's; null when none. */
  readonly defaultRegion: () => Promise<string | null>;
  readonly clientsIn: (region: string) => AwsClients;
  readonly resolver: (servers: readonly string[]) => Resolver;
}

export const DEFAULT_STACK = "InterviewFollowup";

function processEnvironment(): DoctorEnvironment {
  const clients = new Map<string, AwsClients>();
  return {
    write: (text) => process.stdout.write(text),
    directory: process.cwd(),
    defaultRegion: async () => {
      try {
        return await new SESv2Client({}).config.region();
      } catch {
        return null;
      }
    },
    clientsIn: (region) => {
      let inRegion = clients.get(region);
      if (!inRegion) {
        inRegion = {
          cloudFormation: new CloudFormationClient({ region }),
          lambda: new LambdaClient({ region }),
          ses: new SESClient({ region }),
          sesv2: new SESv2Client({ region }),
          sns: new SNSClient({ region }),
        };
        clients.set(region, inRegion);
      }
      return inRegion;
    },
    resolver: (servers) => {
      const resolver = new Resolver({ timeout: 3000, tries: 2 });
      if (servers.length > 0) resolver.setServers([...servers]);
      return resolver;
    },
  };
}

/**
 * `followup doctor`: from a fresh clone to the first confirmation. Exit 0 only when every check passes.
 */
export async function run(args: string[], env: DoctorEnvironment = processEnvironment()): Promise<number> {
  const { values } = parseOptions(args, {
    config: { type: "boolean" },
    json: { type: "boolean" },
    "send-test": { type: "boolean" },
    region: { type: "string" },
    stack: { type: "string" },
    "dns-server": { type: "string", multiple: true },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    env.write(HELP);
    return 0;
  }
  const local = readLocalConfig(env.directory);
  const region = values.region ?? (await env.defaultRegion());
  let result: DoctorReport;
  let heading: string;
  if (values.config) {
    result = checkConfiguration(local, region);
    heading = `followup doctor --config: ${local.source}, before deploying`;
  } else {
    const stackName = values.stack ?? DEFAULT_STACK;
    heading = `followup doctor: stack ${stackName} in ${region ?? "no region"}`;
    if (region === null) {
      result = report([regionCheck(null)], { region, stack: stackName });
    } else {
      const deps: DoctorDeps = {
        clientsIn: env.clientsIn,
        resolver: env.resolver(values["dns-server"] ?? []),
      };
      result = await runDoctor({ region, stackName, sendTest: values["send-test"] === true, local }, deps);
    }
  }
  env.write(values.json ? renderJson(result) : renderText(result, heading));
  return result.ok ? 0 : 1;
}
