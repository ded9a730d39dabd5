/**
 * The SES stand-in's web inbox on disk (local/cloud/ses-inbox.ts): its routes answer from the file,
 * as aws-ses-v2-local answers from its array, and the stand-in's own store stays empty.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sesLocalModule from "aws-ses-v2-local";
import sesStore from "aws-ses-v2-local/dist/store.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSesInbox, type StoredEmail, serveInbox } from "../../../local/cloud/ses-inbox";

const sesLocal = (sesLocalModule as unknown as { default?: typeof sesLocalModule }).default ?? sesLocalModule;
const standInStore = (sesStore as unknown as typeof import("aws-ses-v2-local/dist/store")).getStoreReadonly();

let folder: string;
let server: Server;
let url: string;
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), "ses-inbox-"));
  server = await sesLocal({ host: "127.0.0.1", port: 0 });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

const email = (messageId: string, at: number): StoredEmail => ({
  messageId,
  from: "followup@followup.localhost",
  replyTo: [],
  destination: { to: ["you@example.com"], cc: [], bcc: [] },
  subject: `Prompt ${messageId}`,
  body: { text: "Time to follow up.", html: "<p>Time to follow up.</p>" },
  attachments: [],
  headers: [{ name: "Message-ID", value: `<${messageId}@email.amazonses.com>` }],
  at,
});

const store = async (query = "") =>
  (await (await fetch(`${url}/store${query}`)).json()) as { emails: StoredEmail[] };

describe("the SES stand-in's inbox on disk", () => {
  it("lists every email, and those since a time, from the file: a new inbox on it lists the same", async () => {
    // Prepare
    const file = join(folder, "ses-inbox.jsonl");
    const first = openSesInbox(file);
    first.add(email("m1", 100));
    first.add(email("m2", 200));
    first.add(email("m3", 300));

    // Act
    serveInbox(server, openSesInbox(file));
    const all = await store();
    const recent = await store("?since=200");
    const malformed = await fetch(`${url}/store?since=soon`);

    // Assess
    expect(all.emails).toEqual([email("m1", 100), email("m2", 200), email("m3", 300)]);
    expect(recent.emails.map((sent) => sent.messageId)).toEqual(["m2", "m3"]);
    expect(malformed.status).toBe(400);
    expect(standInStore.emails).toEqual([]);
  });

  it("downloads an email as .eml and empties on clear-store, the file too", async () => {
    // Prepare
    const file = join(folder, "ses-inbox.jsonl");
    const inbox = openSesInbox(file);
    inbox.add(email("m1", 100));
    serveInbox(server, inbox);

    // Act
    const eml = (await (await fetch(`${url}/get-emlContent?messageId=m1`)).json()) as {
      body: { data: number[] };
    };
    const cleared = await fetch(`${url}/clear-store`, { method: "POST" });

    // Assess
    expect(Buffer.from(eml.body.data).toString("utf8")).toContain("Subject: Prompt m1");
    expect(cleared.ok).toBe(true);
    expect((await store()).emails).toEqual([]);
    expect(openSesInbox(file).emails()).toEqual([]);
  });
});
