/**
 * The first day of a deployment, as README.md shows it: the stack is up, but no DNS record is in
 * place yet (DKIM pending, no MX), the owner's address is not verified in SES yet, and the
 * alarm subscription is not confirmed. readme.test.ts keeps README's transcript equal to this.
 */
import {
  DOMAIN,
  deployedStack,
  emailSubscription,
  healthyScenario,
  OWNER,
  pendingDomainIdentity,
  REGION,
  type Scenario,
} from "./world";

export function dayOneScenario(): Scenario {
  const scenario = healthyScenario();
  scenario.stacks = {
    [REGION]: deployedStack({
      StackStatus: "CREATE_COMPLETE",
      CreationTime: new Date("2026-11-30T09:41:26.302Z"),
      LastUpdatedTime: undefined,
    }),
  };
  scenario.identities[DOMAIN] = pendingDomainIdentity("HOST_NOT_FOUND");
  // The stack verifies the domain; the owner's address is verified by hand, and was not yet.
  delete scenario.identities[OWNER];
  scenario.subscriptions = [emailSubscription(OWNER, false)];
  scenario.dns = {};
  return scenario;
}

/** What `npx followup doctor` prints for dayOneScenario(), exactly. */
export function dayOneTranscript(): string {
  return `${DAY_ONE.join("\n")}\n`;
}

const DAY_ONE = [
  "followup doctor: stack InterviewFollowup in eu-west-1",
  "",
  "✓ Region: eu-west-1 receives email",
  "✓ Stack: InterviewFollowup is deployed (CREATE_COMPLETE, 2026-11-30 09:41 UTC) and matches followup.config.json",
  "✓ Addresses: owners and alarms: jane@jane-doe.dev",
  "✗ Domain and DKIM: followup.example.com is not verified (DKIM PENDING): 3 of 3 DKIM records are not in place",
  "    ✗ h5rt4fjv6x2dkq7lmw3zcyb2n8pa4se6._domainkey.followup.example.com CNAME h5rt4fjv6x2dkq7lmw3zcyb2n8pa4se6.dkim.amazonses.com: no such record yet",
  "    ✗ q9e3lpn6vx4w8fjs2ka7tgm3rd5hy1bu._domainkey.followup.example.com CNAME q9e3lpn6vx4w8fjs2ka7tgm3rd5hy1bu.dkim.amazonses.com: no such record yet",
  "    ✗ z2m8bnc5kr7yq4twp6ehd9xa3fj7lv0g._domainkey.followup.example.com CNAME z2m8bnc5kr7yq4twp6ehd9xa3fj7lv0g.dkim.amazonses.com: no such record yet",
  "    SES's last look (2026-11-30 10:02 UTC) found no DNS record at one of the names",
  "  → At your DNS provider, add each ✗ record as a CNAME with exactly that name and value (each line says what is wrong), then run doctor again; SES verifies within 72 hours of seeing all three. See README.md#dns-records",
  "✗ MX record: followup.example.com has no MX record: mail to it cannot be delivered",
  "  → Add the record followup.example.com MX 10 inbound-smtp.eu-west-1.amazonaws.com at your DNS provider. See README.md#dns-records",
  '✓ Receipt rule: InterviewFollowup-inbound is enabled in the active rule set "InterviewFollowup-MailReceivingRuleSet8E1F5A2B-Xq3LmN7pR2sT"',
  "✗ Sending: sandbox in eu-west-1: 1 of 1 owners not verified, so they get no email",
  "    ✗ jane@jane-doe.dev: not verified in SES",
  "  → In the sandbox SES only mails verified addresses. Verify jane@jane-doe.dev: aws sesv2 create-email-identity --email-identity jane@jane-doe.dev --region eu-west-1, then click the link in the email it sends. Or request production access (SES console → Account dashboard → Request production access). See README.md#ses-sandbox",
  "✗ Alarm email: jane@jane-doe.dev has not confirmed the alarm subscription, so alarms reach nobody",
  '  → Open the email "AWS Notification - Subscription Confirmation" sent to jane@jane-doe.dev (look in spam too) and click "Confirm subscription"; SNS deletes an unconfirmed subscription after 48 hours. See README.md#alarm-email',
  "",
  "4 of 8 checks did not pass: fix them in order, then run npx followup doctor again.",
];
