import { NoMailReceivingInRegionError, SES_RECEIVING_REGIONS } from "../../lib/mail-receiving";
import { README_SECTIONS as README } from "./links";
import { type CheckResult, fail, pass } from "./report";

/** The first check, before and after deploy: SES receives mail only in some regions (lib's list, synth's message). */
export function regionCheck(region: string | null): CheckResult {
  if (region === null) {
    return fail("region", "Region", "no AWS region is set, so cdk deploy would not know where to deploy", {
      advice: `Set one where SES receives mail, e.g. export AWS_REGION=us-east-1 (or aws configure set region us-east-1); the choices: ${SES_RECEIVING_REGIONS.join(", ")}`,
      link: README.region,
    });
  }
  if (SES_RECEIVING_REGIONS.includes(region)) return pass("region", "Region", `${region} receives email`);
  return fail("region", "Region", `SES does not receive email in ${region}`, {
    advice: new NoMailReceivingInRegionError(region).message,
    link: README.region,
  });
}
