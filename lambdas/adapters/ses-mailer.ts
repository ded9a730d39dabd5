import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { type Mailer, type OutgoingEmail, SendingQuotaExceededError, type SentEmail } from "../ports";
import { renderMime } from "./mime-writer";

/**
 * The Message-ID header SES gives a message it sends, from the MessageId its API returns: SES
 * replaces any Message-ID we write. US East (N. Virginia) uses email.amazonses.com, every other
 * region <region>.amazonses.com.
 */
export function sesMessageIdHeader(messageId: string, region: string): string {
  const domain = region === "us-east-1" ? "email.amazonses.com" : `${region}.amazonses.com`;
  return `<${messageId}@${domain}>`;
}

/** SES's throttling errors: v2's TooManyRequestsException (HTTP 429), v1's Throttling. */
const THROTTLING_ERRORS = new Set(["TooManyRequestsException", "ThrottlingException", "Throttling"]);

/**
 * A send refused for the account's 24-hour quota rather than its per-second rate: SES says
 * "Daily message quota exceeded" (docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html).
 * A rate refusal stays the SDK's to retry within the second.
 */
export function isDailyQuotaRefusal(error: unknown): boolean {
  return (
    error instanceof Error &&
    THROTTLING_ERRORS.has(error.name) &&
    /daily message quota exceeded/i.test(error.message)
  );
}

/** Sends with SES v2 as raw MIME, so threading headers and attachments go out as written. */
export class SesMailer implements Mailer {
  constructor(
    private readonly props: { readonly client: SESv2Client; readonly configurationSetName?: string },
  ) {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    let MessageId: string | undefined;
    try {
      ({ MessageId } = await this.props.client.send(
        new SendEmailCommand({
          FromEmailAddress: email.from,
          Destination: { ToAddresses: [email.to] },
          Content: { Raw: { Data: new TextEncoder().encode(renderMime(email)) } },
          ...(this.props.configurationSetName
            ? { ConfigurationSetName: this.props.configurationSetName }
            : {}),
        }),
      ));
    } catch (error) {
      if (isDailyQuotaRefusal(error)) throw new SendingQuotaExceededError({ cause: error });
      throw error;
    }
    if (!MessageId) throw new Error("SES accepted the email but returned no MessageId");
    return { messageId: sesMessageIdHeader(MessageId, await this.props.client.config.region()) };
  }
}
