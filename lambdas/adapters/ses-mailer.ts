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

/**
 * SES's throttling errors: SES v2's TooManyRequestsException (HTTP 429), ThrottlingException as
 * SES's guide names it, Throttling in SES v1.
 */
const THROTTLING_ERRORS = new Set(["TooManyRequestsException", "ThrottlingException", "Throttling"]);

/**
 * A send refused for the account's 24-hour quota rather than its per-second rate: SES says
 * "Daily message quota exceeded" (docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html).
 * A rate refusal stays the SDK's to retry within the second.
 */
function isDailyQuotaRefusal(error: unknown): boolean {
  return (
    error instanceof Error &&
    THROTTLING_ERRORS.has(error.name) &&
    /daily message quota exceeded/i.test(error.message)
  );
}

/**
 * Sends with SES v2 as raw MIME, so threading headers and attachments go out as written. A send the
 * daily quota refuses fails at once with {@link SendingQuotaExceededError}: the SDK's retries
 * within seconds cannot outlast a rolling 24-hour window (the rate limit it still retries).
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly props: { readonly client: SESv2Client; readonly configurationSetName?: string },
  ) {
    // Inside the SDK's retry middleware (finalizeRequest, high), so the error it sees is not a
    // throttling error and is not retried. Named, so a second mailer on the client replaces it.
    props.client.middlewareStack.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          throw isDailyQuotaRefusal(error) ? new SendingQuotaExceededError({ cause: error }) : error;
        }
      },
      { step: "finalizeRequest", priority: "low", name: "dailyQuotaIsFinal", override: true },
    );
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const { MessageId } = await this.props.client.send(
      new SendEmailCommand({
        FromEmailAddress: email.from,
        Destination: { ToAddresses: [email.to] },
        Content: { Raw: { Data: new TextEncoder().encode(renderMime(email)) } },
        ...(this.props.configurationSetName ? { ConfigurationSetName: this.props.configurationSetName } : {}),
      }),
    );
    if (!MessageId) throw new Error("SES accepted the email but returned no MessageId");
    return { messageId: sesMessageIdHeader(MessageId, await this.props.client.config.region()) };
  }
}
