import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { renderMime } from "../domain/mime-writer";
import type { Mailer, OutgoingEmail } from "../ports";

/** Sends with SES v2 as raw MIME, so threading headers and attachments go out as written. */
export class SesMailer implements Mailer {
  constructor(
    private readonly props: { readonly client: SESv2Client; readonly configurationSetName?: string },
  ) {}

  async send(email: OutgoingEmail): Promise<void> {
    await this.props.client.send(
      new SendEmailCommand({
        FromEmailAddress: email.from,
        Destination: { ToAddresses: [email.to] },
        Content: { Raw: { Data: new TextEncoder().encode(renderMime(email)) } },
        ...(this.props.configurationSetName ? { ConfigurationSetName: this.props.configurationSetName } : {}),
      }),
    );
  }
}
