import {
  DescribeActiveReceiptRuleSetCommand,
  DescribeReceiptRuleSetCommand,
  ListReceiptRuleSetsCommand,
  type ReceiptRule,
} from "@aws-sdk/client-ses";
import type { DoctorContext } from "./doctor-context";
import { README_SECTIONS as README } from "./links";
import { type CheckResult, fail, pass, skip } from "./report";

// The receipt rule: in the active rule set, enabled, and not preceded by a rule that stops processing.

export async function checkRuleSet(doctor: DoctorContext): Promise<CheckResult> {
  const id = "rule-set";
  const title = "Receipt rule";
  const ruleName = singleResource(doctor, "AWS::SES::ReceiptRule");
  if (!ruleName) return skip(id, title, "needs the deployed stack, which creates the receipt rule");
  const { region } = doctor.options;
  const active = await doctor.aws.ses.send(new DescribeActiveReceiptRuleSetCommand({}));
  const activeName = active.Metadata?.Name;
  if (!activeName) {
    const home = await findRuleSetOf(doctor, ruleName);
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
    const home = await findRuleSetOf(doctor, ruleName);
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
  const domain = doctor.mailDomain() ?? "";
  const blocker = rules.slice(0, index).find((earlier) => stopsBefore(doctor, earlier, domain));
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
function stopsBefore(doctor: DoctorContext, rule: ReceiptRule, domain: string): boolean {
  if (rule.Enabled === false || !(rule.Actions ?? []).some((action) => action.StopAction)) return false;
  const recipients = (rule.Recipients ?? []).map((recipient) => recipient.toLowerCase());
  const inbound = doctor.deployment?.inboundAddress?.toLowerCase();
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

export function singleResource(doctor: DoctorContext, type: string): string | null {
  const matching = (doctor.deployment?.resources ?? []).filter((resource) => resource.ResourceType === type);
  return matching.length === 1 ? (matching[0]?.PhysicalResourceId ?? null) : null;
}

async function findRuleSetOf(doctor: DoctorContext, ruleName: string): Promise<string | null> {
  let NextToken: string | undefined;
  do {
    const page = await doctor.aws.ses.send(new ListReceiptRuleSetsCommand({ NextToken }));
    for (const { Name } of page.RuleSets ?? []) {
      if (!Name) continue;
      const { Rules = [] } = await doctor.aws.ses.send(
        new DescribeReceiptRuleSetCommand({ RuleSetName: Name }),
      );
      if (Rules.some((rule) => rule.Name === ruleName)) return Name;
    }
    NextToken = page.NextToken;
  } while (NextToken);
  return null;
}
