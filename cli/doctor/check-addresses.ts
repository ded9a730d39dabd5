import { EXAMPLE_DOMAIN } from "../../lib/config";
import { README_SECTIONS as README } from "./links";
import { type CheckResult, fail, pass } from "./report";

/**
 * Placeholders people leave in: the README's own `you@example.com` shape with a real domain
 * (you@gmail.com), and the "your domain" names of tutorials. Mail to them reaches no one of ours.
 */
const PLACEHOLDER_LOCAL_PARTS = new Set(["you", "your", "yourname", "your.name", "your-name", "youremail"]);
const PLACEHOLDER_DOMAINS = new Set(["yourdomain.com", "your-domain.com", "yourcompany.com", "domain.com"]);

/** Whether an address is an example or a placeholder rather than someone's mailbox. */
export function isExampleAddress(address: string): boolean {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase();
  return EXAMPLE_DOMAIN.test(domain) || PLACEHOLDER_DOMAINS.has(domain) || PLACEHOLDER_LOCAL_PARTS.has(local);
}

/**
 * Owners and the alarm address that are examples (you@example.com): mail to them reaches no one.
 * `--config` checks the configuration; the deployed doctor the owners the functions run with.
 * `afterwards`: the step after fixing the file (for a deployed stack, deploying it).
 */
export function checkAddresses(
  addresses: { readonly owners: readonly string[]; readonly alarmEmail: string | null },
  source: string,
  afterwards = "",
): CheckResult {
  const { owners, alarmEmail } = addresses;
  const all = [...new Set([...owners, ...(alarmEmail ? [alarmEmail] : [])])];
  const examples = all.filter(isExampleAddress);
  if (examples.length === 0) return pass("addresses", "Addresses", `owners and alarms: ${all.join(", ")}`);
  const alarms = alarmEmail !== null && examples.includes(alarmEmail);
  return fail(
    "addresses",
    "Addresses",
    `${examples.join(", ")} ${examples.length === 1 ? "is an example address" : "are example addresses"}: mail sent there reaches no one`,
    {
      advice: `Put your own addresses in "owners"${alarms ? ' and "alarmEmail"' : ""} of ${source}${afterwards}: only owners' mail is acted on, and prompts and alarms go only to them`,
      link: README.configure,
    },
  );
}
