import { EXAMPLE_DOMAIN } from "../../lib/config";
import { sesInboundEndpoint } from "../../lib/mail-receiving";
import { checkAddresses } from "./check-addresses";
import { README_SECTIONS as README } from "./links";
import type { LocalConfig } from "./local-config";
import { regionCheck } from "./region";
import { type CheckResult, type DoctorReport, fail, pass, report } from "./report";

/** A DNS record the user adds at their provider; DKIM values exist only once SES created them. */
export interface NeededRecord {
  readonly name: string;
  readonly type: "MX" | "CNAME";
  readonly value: string;
}

/** The records a deployment of `mailDomain` in `region` needs: the MX, and SES's three DKIM CNAMEs. */
export function neededRecords(mailDomain: string, region: string | null): NeededRecord[] {
  return [
    { name: mailDomain, type: "MX", value: `10 ${sesInboundEndpoint(region ?? "<region>")}` },
    ...[1, 2, 3].map((n) => ({
      name: `<token${n}>._domainkey.${mailDomain}`,
      type: "CNAME" as const,
      value: `<token${n}>.dkim.amazonses.com`,
    })),
  ];
}

/**
 * `followup doctor --config`, before anything is deployed: the configuration through lib/config's
 * parser (synth's rules and messages), the region cdk deploy would use, and the DNS records and
 * verifications the deployment will need. Offline: no AWS call, no DNS query.
 */
export function checkConfiguration(
  local: LocalConfig,
  region: string | null,
): DoctorReport & {
  readonly records: readonly NeededRecord[];
} {
  const checks: CheckResult[] = [];
  if (local.ok) {
    const { config } = local;
    const who = [
      config.owners.length > 0 ? `${config.owners.length} owner(s)` : null,
      config.allowedDomains.length > 0 ? `allowed domains ${config.allowedDomains.join(", ")}` : null,
    ].filter(Boolean);
    checks.push(
      pass(
        "config",
        "Configuration",
        `${local.source} is valid: mail to ${config.inboundLocalPart}@${config.mailDomain}, ${who.join(" and ")}, alarms to ${config.alarmEmail}`,
        local.notes,
      ),
    );
  } else {
    checks.push(
      fail("config", "Configuration", `${local.source} has ${local.problems.length} problem(s)`, {
        advice:
          "Fix each problem listed (cdk synth stops on the same ones), then run npx followup doctor --config again",
        link: README.configure,
        details: local.problems,
      }),
    );
  }
  checks.push(regionCheck(region));
  if (local.ok) {
    const domain = local.config.mailDomain;
    checks.push(
      EXAMPLE_DOMAIN.test(domain)
        ? fail("mail-domain", "Mail domain", `${domain} is an example name: nobody can add its DNS records`, {
            advice: `Set "mailDomain" in ${local.source} to a (sub)domain whose DNS you control, e.g. followup.<your domain>`,
            link: README.configure,
          })
        : pass("mail-domain", "Mail domain", `${domain}: its DNS records go to the DNS provider of its zone`),
    );
    checks.push(checkAddresses(local.config, local.source));
  }
  const records = local.ok ? neededRecords(local.config.mailDomain, region) : [];
  const notes: string[] = [];
  if (local.ok) {
    notes.push(
      "DNS records to add once deployed (npx followup doctor then shows the DKIM tokens and checks all four):",
      ...records.map((record) => `  ${record.name}  ${record.type}  ${record.value}`),
      "",
      `In the SES sandbox, verify each owner (SES emails a link): ${local.config.owners.join(", ") || "no owners listed"}.`,
      `Confirm the SNS subscription email sent to ${local.config.alarmEmail}.`,
      "Then: npx cdk bootstrap (once per account and region), npx cdk deploy, npx followup doctor.",
    );
  }
  return {
    ...report(checks, { source: local.source, region }, notes),
    records,
  };
}
