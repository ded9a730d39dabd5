import { GetEmailIdentityCommand, type GetEmailIdentityCommandOutput } from "@aws-sdk/client-sesv2";
import { sesInboundEndpoint } from "../../lib/mail-receiving";
import { type CnameCheck, checkCname, checkMx, describeCname, type MxFinding } from "./dns-records";
import { type DoctorContext, errorName, list, utc } from "./doctor-context";
import { README_SECTIONS as README } from "./links";
import { type CheckResult, fail, pass, skip } from "./report";

// The mail domain in SES (verification and DKIM) and its MX record in public DNS.

/** SES's VerificationInfo.ErrorType, in words. */
const VERIFICATION_ERRORS: Readonly<Record<string, string>> = {
  HOST_NOT_FOUND: "no DNS record at one of the names",
  TYPE_NOT_FOUND: "a record at the name, but not a CNAME",
  INVALID_VALUE: "a record with the wrong value",
  DNS_SERVER_ERROR: "the domain's DNS servers did not answer",
  SERVICE_ERROR: "an error inside SES",
};

export async function checkDkim(doctor: DoctorContext): Promise<CheckResult> {
  const id = "dkim";
  const title = "Domain and DKIM";
  const domain = doctor.mailDomain();
  if (!domain)
    return skip(id, title, "needs the mail domain: from the deployed stack or a valid configuration");
  let identity: GetEmailIdentityCommandOutput;
  try {
    identity = await doctor.aws.sesv2.send(new GetEmailIdentityCommand({ EmailIdentity: domain }));
  } catch (error) {
    if (errorName(error) !== "NotFoundException") throw error;
    return fail(id, title, `SES in ${doctor.options.region} has no identity for ${domain}`, {
      advice: `The stack creates it: npx cdk deploy in ${doctor.options.region}`,
      link: README.deploy,
    });
  }
  const status = identity.DkimAttributes?.Status ?? "NOT_STARTED";
  const records = doctor.deployment?.dkimRecords ?? [];
  const checks: CnameCheck[] = await Promise.all(
    records.map((record) => checkCname(doctor.deps.resolver, record.name, record.value, domain)),
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

export async function checkMxRecord(doctor: DoctorContext): Promise<CheckResult> {
  const id = "mx";
  const title = "MX record";
  const domain = doctor.mailDomain();
  if (!domain)
    return skip(id, title, "needs the mail domain: from the deployed stack or a valid configuration");
  const expected = sesInboundEndpoint(doctor.options.region);
  const record = `${domain} MX 10 ${expected}`;
  const finding: MxFinding = await checkMx(doctor.deps.resolver, domain, expected);
  const shown =
    "records" in finding ? finding.records.map((mx) => `${domain} MX ${mx.priority} ${mx.exchange}`) : [];
  switch (finding.status) {
    case "ok":
      return pass(id, title, `${domain} receives its mail through SES in ${doctor.options.region}`, shown);
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
        `${domain}'s mail goes to ${list(finding.records.map((mx) => mx.exchange))}, not to SES in ${doctor.options.region}`,
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
