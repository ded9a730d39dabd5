/**
 * The README section that fixes each failure. test/unit/doctor/readme-links.test.ts checks that
 * every anchor exists in README.md, so a renamed heading fails the tests instead of a user.
 */
export const README_SECTIONS = {
  /** Prerequisites: the regions where SES receives mail. */
  region: "README.md#deploy-to-your-aws-account",
  /** followup.config.json and its keys. */
  configure: "README.md#configure",
  /** cdk bootstrap and cdk deploy. */
  deploy: "README.md#deploy",
  /** The MX and DKIM records. */
  dns: "README.md#dns-records",
  /** One active receipt rule set per region: create, take over, or join. */
  ruleSet: "README.md#receipt-rule-set",
  /** Verified owner addresses, production access. */
  sandbox: "README.md#ses-sandbox",
  /** The SNS subscription confirmation. */
  alarms: "README.md#alarm-email",
} as const;
