import type { SendMailOptions } from "nodemailer";
import nodemailer from "nodemailer";
import { CliError } from "./common";

/**
 * Hands one message to the running local product's inbound SMTP server (the SMTP session ends once
 * the product has handled it), with a clear line when nothing is listening.
 */
export async function sendToLocalInbound(smtpPort: number, message: SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
  });
  try {
    await transport.sendMail(message);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ECONNREFUSED" || code === "ESOCKET"
        ? `nothing is listening on 127.0.0.1:${smtpPort}; start the local product with "npm start"`
        : `could not send: ${(error as Error).message}`,
    );
  } finally {
    transport.close();
  }
}
