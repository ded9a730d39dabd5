/**
 * The deployed app, proven locally: the bundles CDK builds run with the environment and IAM the
 * synthesized template gives each function, on the events AWS sends (SES receipt, the schedule's
 * Input, the digest cron). Taking one environment binding or one grant out of the template makes
 * the product fail, exactly as it would in AWS.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalApp } from "../../local/app";
import type { LocalFunction } from "../../local/cloud/local-functions";
import type { Template } from "../../local/cloud/template";
import { deliver, inbox, messageIdHeader, type StoredEmail, startTestApp } from "../support/local-app";

const invite = readFileSync(
  join(import.meta.dirname, "../fixtures/mail/google-calendar-forwarded-gmail.eml"),
);
/** The invite's interview is Thu Dec 3 2026: its prep prompt is due Dec 2, 11:00 Chicago. */
const AFTER_PREP = { at: DateTime.fromISO("2026-12-02T12:00:00", { zone: "America/Chicago" }) };
/**
 * Dec 2, 9:00 Chicago: a stack missing a binding gets the forward two hours before the prep prompt,
 * so reaching it runs the hourly digest a few times rather than for the nine days from Nov 23.
 */
const BEFORE_PREP = "2026-12-02T15:00:00Z";
const isDigest = (email: StoredEmail) => email.subject.startsWith("Your week");

function functionProperties(template: Template, name: string): Record<string, unknown> {
  const properties = template.Resources[functionId(template, name)]?.Properties;
  if (!properties) throw new Error(`${name} has no properties`);
  return properties;
}

function functionId(template: Template, name: string): string {
  const id = Object.keys(template.Resources).find(
    (logicalId) =>
      template.Resources[logicalId]?.Type === "AWS::Lambda::Function" && logicalId.startsWith(name),
  );
  if (!id) throw new Error(`no ${name} function in the template`);
  return id;
}

/** The template without one environment variable of one function. */
function withoutVariable(name: string, variable: string) {
  return (template: Template): Template => {
    const variables = (
      functionProperties(template, name).Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;
    expect(variables).toHaveProperty(variable);
    delete variables[variable];
    return template;
  };
}

/** The template without the statements granting one action to one function's role. */
function withoutGrant(name: string, action: string) {
  return (template: Template): Template => {
    const role = (functionProperties(template, name).Role as { "Fn::GetAtt": string[] })["Fn::GetAtt"][0];
    let removed = 0;
    for (const resource of Object.values(template.Resources)) {
      if (resource.Type !== "AWS::IAM::Policy") continue;
      const props = resource.Properties as {
        Roles: Array<{ Ref: string }>;
        PolicyDocument: { Statement: Array<{ Action: string | string[] }> };
      };
      if (!props.Roles.some((entry) => entry.Ref === role)) continue;
      const before = props.PolicyDocument.Statement.length;
      props.PolicyDocument.Statement = props.PolicyDocument.Statement.filter(
        (statement) => ![statement.Action].flat().includes(action),
      );
      removed += before - props.PolicyDocument.Statement.length;
    }
    expect(removed).toBeGreaterThan(0);
    return template;
  };
}

/** The `message` of each JSON line a function logged. */
function loggedMessages(app: LocalApp, name: string): string[] {
  return readFileSync(app.cloud.logFileOf(app.cloud.functions[name] as LocalFunction), "utf8")
    .split("\n")
    .filter((line) => line.startsWith('{"level"'))
    .map((line) => (JSON.parse(line) as { message: string }).message);
}

describe("the synthesized stack, run as deployed", () => {
  let app: LocalApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("gives each function exactly the variables its handler reads", () => {
    const variables = (name: string) => Object.keys(app.cloud.functions[name]?.environment ?? {}).sort();
    expect(variables("Reminder")).not.toContain("RAW_MAIL_BUCKET");
    // The reminder schedules itself again after quiet hours, building its own ARN.
    expect(variables("Reminder")).toEqual(expect.arrayContaining(["SCHEDULE_GROUP", "SCHEDULER_ROLE_ARN"]));
    expect(variables("Reminder")).not.toContain("REMINDER_FUNCTION_ARN");
    // The digest schedules a digest the daily sending quota refused, for the reminder function.
    expect(variables("Digest")).toEqual(expect.arrayContaining(["SCHEDULE_GROUP", "REMINDER_FUNCTION_ARN"]));
    expect(variables("Digest")).not.toContain("RAW_MAIL_BUCKET");
    expect(variables("Inbound")).toEqual(
      expect.arrayContaining(["RAW_MAIL_BUCKET", "RAW_MAIL_PREFIX", "SCHEDULE_GROUP"]),
    );
  });

  it("a forward is stored from the SES receipt event, the reminder sends its prompt, threaded under the confirmation", async () => {
    await deliver(app, invite);
    const [confirmation] = await inbox(app);
    expect(confirmation?.subject).toContain("Acme Robotics");
    // SES replaced the Message-ID the function wrote; the confirmation carries SES's.
    expect(messageIdHeader(confirmation as StoredEmail)).toMatch(
      /^<010001[0-9a-f]{10}-[0-9a-f-]{36}-000000@email\.amazonses\.com>$/,
    );

    await app.advance(AFTER_PREP);
    const emails = await inbox(app);
    const prep = emails.find((email) => !isDigest(email) && email !== emails[0]);
    expect(prep, emails.map((email) => email.subject).join(" | ")).toBeDefined();
    const inReplyTo = prep?.headers?.find((header) => header.name.toLowerCase() === "in-reply-to")?.value;
    expect(inReplyTo).toBe(messageIdHeader(confirmation as StoredEmail));
    expect(app.cloud.denials()).toEqual([]);
    expect(app.deadLetters()).toEqual([]);
    // What each function logged is in its own log, as in its CloudWatch log group.
    expect(loggedMessages(app, "Inbound")).toContain("mail processed");
    expect(loggedMessages(app, "Reminder")).toContain("reminder fired");
  });

  it("the weekly digest runs from its cron schedule's payload and sends", async () => {
    const before = (await inbox(app)).length;
    await app.advance({ by: { days: 7 } });
    const digests = (await inbox(app)).slice(before).filter((email) => /week/i.test(email.subject));
    expect(digests.length).toBeGreaterThan(0);
    expect(app.cloud.scheduler.deadLetters()).toEqual([]);
    expect(app.cloud.deadLetters()).toEqual([]);
  });
});

describe("a stack missing one binding fails as AWS would", () => {
  it.each([
    [
      "the reminder without SIGNING_SECRET_ARN",
      withoutVariable("Reminder", "SIGNING_SECRET_ARN"),
      "MissingEnvironmentError",
    ],
    ["the reminder without ses:SendEmail", withoutGrant("Reminder", "ses:SendEmail"), "AccessDenied"],
    [
      "the reminder without secretsmanager:GetSecretValue",
      withoutGrant("Reminder", "secretsmanager:GetSecretValue"),
      "AccessDenied",
    ],
  ])("%s: no prompt, the event in the reminder's dead-letter queue", async (_case, alterTemplate, error) => {
    const app = await startTestApp(BEFORE_PREP, undefined, undefined, { alterTemplate });
    try {
      await deliver(app, invite);
      await app.advance(AFTER_PREP);
      expect((await inbox(app)).filter((email) => !isDigest(email))).toHaveLength(1);
      const failures = app.cloud
        .deadLetters()
        .filter((letter) => letter.record.requestContext.functionArn.includes("Reminder"));
      expect(failures.length).toBeGreaterThan(0);
      expect(JSON.stringify(failures[0]?.record.responsePayload)).toContain(error);
      expect(
        readFileSync(app.cloud.logFileOf(app.cloud.functions.Reminder as LocalFunction), "utf8"),
      ).toMatch(new RegExp(`attempt 3 failed: .*${error}`));
    } finally {
      await app.stop();
    }
  });

  it("the inbound function without scheduler:CreateSchedule: the forward is dead-lettered, the call recorded as denied", async () => {
    const app = await startTestApp(undefined, undefined, undefined, {
      alterTemplate: withoutGrant("Inbound", "scheduler:CreateSchedule"),
    });
    try {
      await deliver(app, invite);
      expect(app.deadLetters()).toHaveLength(1);
      expect(app.cloud.denials().map((denial) => denial.authorization.action)).toContain(
        "scheduler:CreateSchedule",
      );
    } finally {
      await app.stop();
    }
  });
});
