/**
 * SES email receiving, as the template's receipt rules describe it: an SMTP server on loopback
 * accepts mail for the rules' recipients, stores each message in S3 under the S3 action's prefix
 * (if the bucket policy lets SES write there on behalf of this rule), then invokes the Lambda
 * action's function with the event SES sends: the receipt (verdicts, recipients), never the body.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { headerFields } from "./raw-headers";
import { resourcesOfType, type Template } from "./template";

export type Verdict = "PASS" | "FAIL" | "GRAY" | "PROCESSING_FAILED" | "DISABLED";
/** The verdicts SES gives a received message, stood in for on loopback mail. */
export type Verdicts = Readonly<Record<"spf" | "dkim" | "dmarc" | "spam" | "virus", Verdict>>;

export interface ReceiptRule {
  readonly name: string;
  readonly arn: string;
  readonly recipients: readonly string[];
  readonly scanEnabled: boolean;
  readonly actions: ReadonlyArray<
    | { readonly type: "S3"; readonly bucket: string; readonly prefix: string }
    | {
        readonly type: "Lambda";
        readonly functionArn: string;
        readonly invocationType: "Event" | "RequestResponse";
      }
  >;
}

export function receiptRules(
  template: Template,
  resolve: (value: unknown) => unknown,
  account: { readonly region: string; readonly accountId: string },
): ReceiptRule[] {
  return resourcesOfType(template, "AWS::SES::ReceiptRule").flatMap(([, resource]) => {
    const props = resolve(resource.Properties) as {
      RuleSetName: string;
      Rule: {
        Name: string;
        Enabled?: boolean;
        Recipients?: string[];
        ScanEnabled?: boolean;
        Actions?: Array<{
          S3Action?: { BucketName: string; ObjectKeyPrefix?: string };
          LambdaAction?: { FunctionArn: string; InvocationType?: "Event" | "RequestResponse" };
        }>;
      };
    };
    if (props.Rule.Enabled === false) return [];
    return [
      {
        name: props.Rule.Name,
        arn: `arn:aws:ses:${account.region}:${account.accountId}:receipt-rule-set/${props.RuleSetName}:receipt-rule/${props.Rule.Name}`,
        recipients: (props.Rule.Recipients ?? []).map((recipient) => recipient.toLowerCase()),
        scanEnabled: props.Rule.ScanEnabled === true,
        actions: (props.Rule.Actions ?? []).flatMap((action): ReceiptRule["actions"][number][] => {
          if (action.S3Action)
            return [
              {
                type: "S3",
                bucket: action.S3Action.BucketName,
                prefix: action.S3Action.ObjectKeyPrefix ?? "",
              },
            ];
          if (action.LambdaAction)
            return [
              {
                type: "Lambda",
                functionArn: action.LambdaAction.FunctionArn,
                invocationType: action.LambdaAction.InvocationType ?? "Event",
              },
            ];
          return [];
        }),
      },
    ];
  });
}

/**
 * SES's recipient conditions: an address matches itself, a domain every address of that domain,
 * ".domain" every subdomain's; no recipients matches everything (of the verified domains).
 */
export function ruleMatches(rule: Pick<ReceiptRule, "recipients">, address: string): boolean {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf("@") + 1);
  if (rule.recipients.length === 0) return true;
  return rule.recipients.some((recipient) =>
    recipient.includes("@")
      ? recipient === lower
      : recipient.startsWith(".")
        ? domain.endsWith(recipient)
        : domain === recipient,
  );
}

/** A 32-character id, as SES gives received messages (and names their S3 objects). */
function receivedMessageId(): string {
  return randomBytes(16).toString("hex").slice(0, 32);
}

export interface MailReceivingOptions {
  readonly rules: readonly ReceiptRule[];
  readonly port?: number;
  readonly now: () => number;
  /** The S3 action: stores as SES does, on behalf of the rule (the bucket policy decides). */
  readonly store: (rule: ReceiptRule, bucket: string, key: string, raw: Buffer) => Promise<void>;
  /** The Lambda action: invokes as SES does, on behalf of the rule (the function's policy decides). */
  readonly invoke: (rule: ReceiptRule, functionArn: string, event: unknown) => Promise<void>;
  /** Loopback mail cannot be checked for SPF, DKIM or DMARC; these verdicts stand in for SES's. */
  readonly verdicts: () => Verdicts;
}

export interface MailReceiving {
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startMailReceiving(options: MailReceivingOptions): Promise<MailReceiving> {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    // SES accepts messages up to 40 MB.
    size: 40 * 1024 * 1024,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.rules.some((rule) => ruleMatches(rule, address.address))) callback();
      else
        callback(
          Object.assign(new Error("5.1.1 Recipient address rejected: no receipt rule matches"), {
            responseCode: 550,
          }),
        );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        receive(Buffer.concat(chunks), session.envelope).then(
          () => callback(),
          (error: Error) => {
            console.error(`local SES receiving: ${error.message}`);
            callback(error);
          },
        );
      });
    },
  });

  async function receive(
    raw: Buffer,
    envelope: { mailFrom: false | { address: string }; rcptTo: Array<{ address: string }> },
  ): Promise<void> {
    const recipients = envelope.rcptTo.map((recipient) => recipient.address);
    const source = envelope.mailFrom ? envelope.mailFrom.address : "";
    for (const rule of options.rules) {
      const matched = recipients.filter((recipient) => ruleMatches(rule, recipient));
      if (matched.length === 0) continue;
      const messageId = receivedMessageId();
      const timestamp = new Date(options.now()).toISOString();
      const headers = headerFields(raw.toString("latin1"));
      const header = (name: string) => headers.find((entry) => entry.name.toLowerCase() === name)?.value;
      const verdicts = options.verdicts();
      const scanned = (verdict: Verdict) => ({
        status: rule.scanEnabled ? verdict : ("DISABLED" as Verdict),
      });
      for (const action of rule.actions) {
        if (action.type === "S3") {
          await options.store(rule, action.bucket, `${action.prefix}${messageId}`, raw);
          continue;
        }
        const event = {
          Records: [
            {
              eventSource: "aws:ses",
              eventVersion: "1.0",
              ses: {
                mail: {
                  timestamp,
                  source,
                  messageId,
                  destination: recipients,
                  headersTruncated: false,
                  headers,
                  commonHeaders: {
                    returnPath: source,
                    from: header("from") ? [header("from")] : [],
                    date: header("date"),
                    to: header("to") ? [header("to")] : [],
                    messageId: header("message-id"),
                    subject: header("subject"),
                  },
                },
                receipt: {
                  timestamp,
                  processingTimeMillis: 1,
                  recipients: matched,
                  spamVerdict: scanned(verdicts.spam),
                  virusVerdict: scanned(verdicts.virus),
                  spfVerdict: { status: verdicts.spf },
                  dkimVerdict: { status: verdicts.dkim },
                  dmarcVerdict: { status: verdicts.dmarc },
                  action: {
                    type: "Lambda",
                    functionArn: action.functionArn,
                    invocationType: action.invocationType,
                  },
                },
              },
            },
          ],
        };
        await options.invoke(rule, action.functionArn, event);
      }
      // SES stops at the first rule whose actions ran only if one says so; ours never do.
    }
  }

  await new Promise<void>((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = (smtp as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    host: "127.0.0.1",
    port: address.port,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
