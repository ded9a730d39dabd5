import {
  GetAccountCommand,
  GetEmailIdentityCommand,
  type GetEmailIdentityCommandOutput,
  SendEmailCommand,
} from "@aws-sdk/client-sesv2";
import { type DoctorContext, errorMessage, errorName, list } from "./doctor-context";
import { README_SECTIONS as README } from "./links";
import { type CheckResult, fail, pass, skip } from "./report";

// Sending: SES production access or verified recipients, and the opt-in test email.

export async function checkSending(doctor: DoctorContext): Promise<CheckResult> {
  const id = "sending";
  const title = "Sending";
  const { region } = doctor.options;
  const account = await doctor.aws.sesv2.send(new GetAccountCommand({}));
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
  const owners = doctor.owners();
  const allowed = doctor.allowedDomains();
  if (owners.length === 0 && allowed.length === 0) {
    return skip(
      id,
      title,
      `sandbox in ${region}; the owners are known from the deployed stack or a valid configuration`,
    );
  }
  const statuses = await Promise.all(
    owners.map(async (owner) => [owner, await recipientStatus(doctor, owner)] as const),
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
async function recipientStatus(doctor: DoctorContext, address: string): Promise<RecipientStatus> {
  const identity = await identityOf(doctor, address);
  if (identity?.VerifiedForSendingStatus) return "verified";
  const domain = await identityOf(doctor, address.slice(address.lastIndexOf("@") + 1));
  if (domain?.VerifiedForSendingStatus) return "verified";
  return identity ? "pending" : "absent";
}

async function identityOf(
  doctor: DoctorContext,
  name: string,
): Promise<GetEmailIdentityCommandOutput | null> {
  try {
    return await doctor.aws.sesv2.send(new GetEmailIdentityCommand({ EmailIdentity: name }));
  } catch (error) {
    if (errorName(error) === "NotFoundException") return null;
    throw error;
  }
}

export async function sendTestEmail(doctor: DoctorContext): Promise<CheckResult> {
  const id = "test-send";
  const title = "Test email";
  const from = doctor.deployment?.inboundAddress;
  const to = doctor.owners()[0];
  if (!from || !to) return skip(id, title, "needs the deployed stack and an owner address");
  try {
    const { MessageId } = await doctor.aws.sesv2.send(
      new SendEmailCommand({
        FromEmailAddress: from,
        Destination: { ToAddresses: [to] },
        Content: {
          Simple: {
            Subject: { Data: "interview-followup: test email from followup doctor", Charset: "UTF-8" },
            Body: {
              Text: {
                Data: `SES in ${doctor.options.region} delivered this test from ${from}, sent by npx followup doctor --send-test.\n\nForward an interview invite to ${from} to begin.\n`,
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
          ? `In the sandbox every recipient must be verified: aws sesv2 create-email-identity --email-identity ${to} --region ${doctor.options.region}, then click the link in the email it sends`
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

type RecipientStatus = "verified" | "pending" | "absent";

const RECIPIENT_STATUS: Record<RecipientStatus, string> = {
  verified: "verified",
  pending: "verification email sent, link not clicked yet",
  absent: "not verified in SES",
};
