/**
 * The emails the SES stand-in has sent, as its web inbox lists them, kept on disk: one journal line
 * per email (see ../standins/journal-file.ts), so a restart loses none and a long run does not hold
 * them all in memory (aws-ses-v2-local keeps every email it parses in an array, 16 KB a prompt). In
 * memory stay each email's key and time; the inbox's routes (`/store`, `/store?since=`,
 * `/get-emlContent`, `/clear-store`) are answered from the file, ahead of aws-ses-v2-local's own,
 * with the answers it gives.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import emlFile from "aws-ses-v2-local/dist/emlFile.js";
import type { Email } from "aws-ses-v2-local/dist/store";
import sesStore from "aws-ses-v2-local/dist/store.js";
import { openJournalFile } from "../standins/journal-file";

export type StoredEmail = Email;

export interface SesInbox {
  add(email: StoredEmail): void;
  /** Every email, oldest first, read from the file. */
  emails(): StoredEmail[];
  /** The emails sent at or after `at` (epoch seconds), as `/store?since=` lists them. */
  since(at: number): StoredEmail[];
  get(messageId: string): StoredEmail | undefined;
  clear(): void;
}

export function openSesInbox(file: string, onDamage?: (message: string) => void): SesInbox {
  const journal = openJournalFile<StoredEmail>(file, { onDamage });
  const sentAt = new Map<string, number>();
  for (const [messageId, email] of journal.entries) sentAt.set(messageId, email.at);
  const read = (messageIds: Iterable<string>) =>
    [...messageIds].flatMap((messageId) => journal.entries.get(messageId) ?? []);
  return {
    add(email) {
      journal.put(email.messageId, email);
      sentAt.set(email.messageId, email.at);
    },
    emails: () => read(sentAt.keys()),
    since: (at) => read([...sentAt].filter(([, time]) => time >= at).map(([messageId]) => messageId)),
    get: (messageId) => journal.entries.get(messageId),
    clear() {
      journal.replaceAll([]);
      sentAt.clear();
    },
  };
}

const { createEmlContent } = emlFile as unknown as typeof import("aws-ses-v2-local/dist/emlFile");
const { getStoreReadonly } = sesStore as unknown as typeof import("aws-ses-v2-local/dist/store");

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

/** Answers the inbox's routes from `inbox`; true when the request was one of them. */
function answer(inbox: SesInbox, request: IncomingMessage, response: ServerResponse): boolean {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method === "GET" && url.pathname === "/store") {
    const templates = Object.fromEntries(getStoreReadonly().templates);
    const since = url.searchParams.get("since");
    if (since === null) send(response, 200, { templates, emails: inbox.emails() });
    else if (since !== String(Number.parseInt(since, 10)))
      send(response, 400, {
        message: "Bad since query param, expected integer representing epoch timestamp in seconds",
      });
    else send(response, 200, { templates, emails: inbox.since(Number(since)) });
    return true;
  }
  if (request.method === "GET" && url.pathname === "/get-emlContent") {
    const email = inbox.get(url.searchParams.get("messageId") ?? "");
    if (!email) send(response, 400, { message: "Email not found within the store" });
    else
      createEmlContent(email).then(
        (content) => send(response, 200, content),
        (error: unknown) => send(response, 400, { message: String(error) }),
      );
    return true;
  }
  // The stand-in's own handler still empties its templates and answers.
  if (request.method === "POST" && url.pathname === "/clear-store") inbox.clear();
  return false;
}

/** Puts the inbox's routes ahead of the stand-in's on its server. */
export function serveInbox(server: Server, inbox: SesInbox): void {
  const standIn = server.listeners("request") as Array<
    (request: IncomingMessage, response: ServerResponse) => void
  >;
  server.removeAllListeners("request");
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    if (!answer(inbox, request, response))
      for (const listener of standIn) listener.call(server, request, response);
  });
}
