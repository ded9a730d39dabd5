/**
 * Sending through aws-ses-v2-local (its web inbox shows what owners would receive), made to behave
 * as SES does where it matters to us: SES replaces any Message-ID a raw message carries with its
 * own, <MessageId@email.amazonses.com> (or @<region>.amazonses.com), and the API returns that id.
 * The inbox is journaled to a file (a line per email) so a restart of local mode loses no email. aws-ses-v2-local keeps
 * one store per process, so one local app runs per process at a time.
 */
import { randomBytes, randomUUID } from "node:crypto";
// aws-ses-v2-local keeps its emails in this module; the server started in this process uses it.
import sesStore from "aws-ses-v2-local/dist/store.js";
import { sesMessageIdHeader } from "../../lambdas/adapters/ses-mailer";
import { openJournalFile } from "../standins/journal-file";
import type { ServiceHook, Upstream } from "./gateway";
import { headerFields, withMessageId } from "./raw-headers";

interface StoredEmail {
  messageId: string;
  at: number;
  headers?: Array<{ name: string; value: string }>;
  [field: string]: unknown;
}

const store = (sesStore as unknown as { getStoreReadonly(): { emails: StoredEmail[] } }).getStoreReadonly();

/** An id shaped like SES's: 16 hex digits, a UUID, a counter. */
function sesMessageId(): string {
  return `010001${randomBytes(5).toString("hex")}-${randomUUID()}-000000`;
}

export interface SesOutbound {
  readonly hook: ServiceHook;
  /** Emails sent so far, as the web inbox lists them. */
  emails(): readonly StoredEmail[];
}

export function sesOutbound(options: {
  readonly region: string;
  readonly inboxFile: string;
  readonly now: () => number;
  readonly onDamage?: (message: string) => void;
}): SesOutbound {
  // One store per process: an app started after another in the same process begins from its own file.
  store.emails.length = 0;
  const journal = openJournalFile<StoredEmail>(options.inboxFile, { onDamage: options.onDamage });
  store.emails.push(...journal.entries.values());
  const save = (email: StoredEmail) => {
    // The web inbox's "clear" empties the store: the file follows before the next email is added.
    if (store.emails.length !== journal.entries.size + 1) {
      journal.replaceAll(store.emails.filter((kept) => kept !== email).map((kept) => [kept.messageId, kept]));
    }
    journal.put(email.messageId, email);
  };
  return {
    emails: () => store.emails,
    hook: {
      async handle(call, request, forward): Promise<Upstream> {
        if (call.operation !== "SendEmail") return forward(request.body);
        const input = JSON.parse(Buffer.from(request.body).toString("utf8")) as {
          Content?: { Raw?: { Data?: string } };
        };
        const messageId = sesMessageId();
        const header = sesMessageIdHeader(messageId, options.region);
        const raw = input.Content?.Raw?.Data;
        if (raw && input.Content?.Raw) {
          input.Content.Raw.Data = Buffer.from(
            withMessageId(Buffer.from(raw, "base64").toString("latin1"), header),
            "latin1",
          ).toString("base64");
        }
        const answer = await forward(Buffer.from(JSON.stringify(input)));
        if (answer.status !== 200) return answer;
        const { MessageId: standInId } = JSON.parse(answer.body.toString("utf8")) as { MessageId: string };
        const stored = store.emails.find((email) => email.messageId === standInId);
        if (stored) {
          stored.messageId = messageId;
          // The headers as delivered (aws-ses-v2-local keeps none of a raw message's own).
          stored.headers = raw
            ? headerFields(withMessageId(Buffer.from(raw, "base64").toString("latin1"), header))
            : [];
          stored.at = Math.floor(options.now() / 1000);
          save(stored);
        }
        return { ...answer, body: Buffer.from(JSON.stringify({ MessageId: messageId })) };
      },
    },
  };
}
