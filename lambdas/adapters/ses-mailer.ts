import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import type { Mailer, OutgoingEmail, SentEmail } from "../ports";
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

/** Sends with SES v2 as raw MIME, so threading headers and attachments go out as written. */
export class SesMailer implements Mailer {
  constructor(
    private readonly props: { readonly client: SESv2Client; readonly configurationSetName?: string },
  ) {}

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
