/**
 * The whole product on one machine: the real handlers and adapters, wired to the local stand-ins
 * exactly as SES and EventBridge Scheduler wire them in AWS. An SMTP server is the inbound
 * address; what it receives is stored in S3 (as SES's S3 action does) and handed to the inbound
 * handler as an SES receipt event.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { DateTime, type DurationLike } from "luxon";
import { SMTPServer } from "smtp-server";
import { ENV } from "../lambdas/config/env";
import { createDigestHandler } from "../lambdas/handlers/digest";
import { createInboundHandler, type SesReceiptEvent } from "../lambdas/handlers/inbound";
import { createReminderHandler } from "../lambdas/handlers/reminder";
import { depsFrom } from "../lambdas/handlers/runtime";
import type { ReminderEvent } from "../lambdas/ports";
import { TravelClock } from "./clock";
import { type StandIns, startStandIns } from "./standins";

export const REMINDER_ARN = "arn:aws:lambda:us-east-1:000000000000:function:followup-reminder";
export const DIGEST_ARN = "arn:aws:lambda:us-east-1:000000000000:function:followup-digest";

export interface LocalAppOptions {
  readonly dataDir?: string;
  readonly owners?: readonly string[];
  /** Domains whose addresses may onboard themselves by confirming a welcome email. */
  readonly allowedDomains?: readonly string[];
  readonly timeZone?: string | null;
  readonly country?: string;
  readonly ports?: { readonly smtp?: number; readonly ses?: number; readonly control?: number };
  readonly inboundAddress?: string;
  /** Fire due schedules every second by the (travelling) clock; tests drive `advance` instead. */
  readonly realTime?: boolean;
  readonly clock?: TravelClock;
}

export interface InboundDeadLetter {
  readonly messageId: string;
  readonly storageKey: string;
  readonly error: string;
  readonly event: SesReceiptEvent;
}

export interface LocalApp {
  readonly inboundAddress: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly sesUrl: string;
  readonly controlUrl: string;
  readonly owners: readonly string[];
  readonly clock: TravelClock;
  readonly standIns: StandIns;
  /** The Lambda handlers as the stand-ins invoke them (tests call them directly to replay events). */
  readonly functions: {
    readonly inbound: (event: SesReceiptEvent) => Promise<void>;
    readonly reminder: (event: ReminderEvent) => Promise<void>;
    readonly digest: () => Promise<void>;
  };
  /** Inbound mail whose processing failed: kept (its raw mail is in S3) until redriven. */
  deadLetters(): readonly InboundDeadLetter[];
  /** Processes every dead-lettered inbound message again; returns how many succeeded. */
  redrive(): Promise<{ readonly redriven: number; readonly remaining: number }>;
  /** Moves the clock forward and fires whatever became due; returns how many schedules fired. */
  advance(to: { readonly by?: DurationLike; readonly at?: DateTime }): Promise<number>;
  stop(): Promise<void>;
}

/** One signing secret per data folder, so reply addresses stay valid across restarts. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, "signing-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function listen(server: Server | SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = server as Server;
    target.once("error", reject);
    (server as Server).listen(port, "127.0.0.1", () => {
      const address = (server as SMTPServer & { server?: Server }).server?.address() ?? target.address();
      resolve((address as AddressInfo).port);
    });
  });
}

/** "3d", "12h", "90m", "2w" → a luxon duration. */
export function parseDuration(text: string): DurationLike | null {
  const match = /^(\d+)\s*(m|min|h|d|w)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const unit = { m: "minutes", min: "minutes", h: "hours", d: "days", w: "weeks" }[match[2]] as string;
  return { [unit]: Number(match[1]) };
}

export async function startLocalApp(options: LocalAppOptions = {}): Promise<LocalApp> {
  const clock = options.clock ?? new TravelClock();
  const dataDir = options.dataDir ?? join(process.cwd(), ".local-data");
  const owners = (options.owners ?? ["you@example.com"]).map((owner) => owner.trim().toLowerCase());
  const inboundAddress = options.inboundAddress ?? "followup@followup.localhost";
  let handlers: { reminder: (event: ReminderEvent) => Promise<void>; digest: () => Promise<void> } | null =
    null;

  const standIns = await startStandIns({
    dataDir,
    clock: () => clock.now(),
    ports: { ses: options.ports?.ses ?? 0 },
    invoke: async (arn, input) => {
      if (!handlers) throw new Error("handlers are not ready");
      if (arn === REMINDER_ARN) await handlers.reminder(JSON.parse(input) as ReminderEvent);
      else if (arn === DIGEST_ARN) await handlers.digest();
      else throw new Error(`No local function for ${arn}`);
    },
  });

  const env: NodeJS.ProcessEnv = {
    [ENV.tableName]: standIns.tableName,
    [ENV.rawMailBucket]: standIns.bucket,
    [ENV.scheduleGroup]: "default",
    [ENV.schedulerRoleArn]: "arn:aws:iam::000000000000:role/followup-scheduler",
    [ENV.reminderFunctionArn]: REMINDER_ARN,
    [ENV.inboundAddress]: inboundAddress,
    [ENV.owners]: owners.join(","),
    [ENV.allowedDomains]: (options.allowedDomains ?? []).join(","),
    [ENV.policy]: JSON.stringify({
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.country ? { country: options.country } : {}),
    }),
    SIGNING_SECRET: localSecret(dataDir),
  };
  const deps = depsFrom(env, clock, standIns.clients);
  const inbound = createInboundHandler(() => deps);
  handlers = { reminder: createReminderHandler(() => deps), digest: createDigestHandler(() => deps) };
  await deps;

  // The weekly digest, as the stack's recurring schedule does in AWS.
  await standIns.clients.scheduler
    .send(
      new (await import("@aws-sdk/client-scheduler")).CreateScheduleCommand({
        Name: "followup-weekly-digest",
        ScheduleExpression: "cron(0 18 ? * SUN *)",
        ScheduleExpressionTimezone: options.timeZone ?? "UTC",
        FlexibleTimeWindow: { Mode: "OFF" },
        Target: { Arn: DIGEST_ARN, RoleArn: env[ENV.schedulerRoleArn] ?? "", Input: "{}" },
      }),
    )
    .catch((error: { name?: string }) => {
      if (error.name !== "ConflictException") throw error;
    });

  const deadLetterFile = join(dataDir, "dead-letters.json");
  const deadLetters: InboundDeadLetter[] = existsSync(deadLetterFile)
    ? (JSON.parse(readFileSync(deadLetterFile, "utf8")) as InboundDeadLetter[])
    : [];
  const saveDeadLetters = () => writeFileSync(deadLetterFile, JSON.stringify(deadLetters, null, 2));
  const redrive = async () => {
    let redriven = 0;
    for (const letter of [...deadLetters]) {
      try {
        await inbound(letter.event);
        deadLetters.splice(deadLetters.indexOf(letter), 1);
        redriven++;
      } catch (error) {
        console.error(`redrive of ${letter.messageId} failed again: ${(error as Error).message}`);
      }
    }
    saveDeadLetters();
    return { redriven, remaining: deadLetters.length };
  };

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: 40 * 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const messageId = randomUUID();
        const event: SesReceiptEvent = {
          Records: [
            {
              ses: {
                mail: {
                  messageId,
                  source: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
                },
                receipt: {
                  recipients: session.envelope.rcptTo.map((recipient) => recipient.address),
                  // Loopback only: local mail is as trusted as SES's own checks would make it.
                  spfVerdict: { status: "PASS" },
                  dkimVerdict: { status: "PASS" },
                  dmarcVerdict: { status: "PASS" },
                  spamVerdict: { status: "PASS" },
                  virusVerdict: { status: "PASS" },
                },
              },
            },
          ],
        };
        standIns.clients.s3
          .send(
            new PutObjectCommand({
              Bucket: standIns.bucket,
              Key: `inbound/${messageId}`,
              Body: Buffer.concat(chunks),
            }),
          )
          .then(() =>
            inbound(event).catch((error: Error) => {
              // As Lambda's on-failure destination does: keep the event; the raw mail is already stored.
              deadLetters.push({
                messageId,
                storageKey: `inbound/${messageId}`,
                error: error.message,
                event,
              });
              saveDeadLetters();
              throw error;
            }),
          )
          .then(
            () => callback(),
            (error: Error) => {
              console.error(`inbound handler failed for ${messageId}: ${error.message}`);
              callback(error);
            },
          );
      });
    },
  });
  const smtpPort = await listen(smtp, options.ports?.smtp ?? 0);

  /** Walks the clock through every due time on the way, so each prompt sees its own "now". */
  const advance = async (to: { by?: DurationLike; at?: DateTime }) => {
    const target = to.at ?? clock.now().plus(to.by ?? {});
    let fired = await standIns.scheduler.tick();
    for (;;) {
      const next = standIns.scheduler.nextDue();
      if (!next || next > target) break;
      clock.travelTo(next);
      fired += await standIns.scheduler.tick();
    }
    clock.travelTo(target);
    return fired + (await standIns.scheduler.tick());
  };

  const control = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const reply = (status: number, body: unknown) =>
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (request.method === "GET" && url.pathname === "/status") {
      reply(200, {
        now: clock.now().toISO(),
        pending: standIns.scheduler.pending(),
        deadLetters: standIns.scheduler.deadLetters(),
      });
      return;
    }
    if (request.method === "POST" && url.pathname === "/redrive") {
      redrive().then(
        (result) => reply(200, result),
        (error: Error) => reply(500, { message: error.message }),
      );
      return;
    }
    if (request.method === "POST" && url.pathname === "/advance") {
      const by = url.searchParams.get("by");
      const at = url.searchParams.get("to");
      const duration = by ? parseDuration(by) : null;
      const instant = at ? DateTime.fromISO(at, { setZone: true }) : null;
      if (!duration && !instant?.isValid) {
        reply(400, { message: "give ?by=3d (m, h, d, w) or ?to=ISO" });
        return;
      }
      advance(duration ? { by: duration } : { at: instant ?? undefined }).then(
        (fired) => reply(200, { now: clock.now().toISO(), fired }),
        (error: Error) => reply(500, { message: error.message }),
      );
      return;
    }
    reply(404, { message: "GET /status or POST /advance?by=3d" });
  });
  const controlPort = await listen(control, options.ports?.control ?? 0);
  const timer = options.realTime ? setInterval(() => void standIns.scheduler.tick(), 1_000) : null;

  return {
    inboundAddress,
    smtp: { host: "127.0.0.1", port: smtpPort },
    sesUrl: standIns.endpoints.ses,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    owners,
    clock,
    standIns,
    functions: { inbound, ...handlers },
    deadLetters: () => deadLetters,
    redrive,
    advance,
    async stop() {
      if (timer) clearInterval(timer);
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => {
        control.closeAllConnections();
        control.close(() => resolve());
      });
      await standIns.stop();
    },
  };
}
