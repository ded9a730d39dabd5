/**
 * The whole product on one machine: the synthesized stack (its bundles, environments, IAM and
 * receipt rule, see cloud/local-cloud.ts) on the local stand-ins, plus what a person trying it
 * needs: a travelling clock, a control endpoint and redrive of failed mail.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { DateTime, type DurationLike } from "luxon";
import { DynamoInterviewStore } from "../lambdas/adapters/dynamo-interview-store";
import { canonicalZoneName } from "../lambdas/domain/zones";
import { TravelClock } from "./clock";
import { startLocalCloud } from "./cloud/local-cloud";
import type { DeadLetter, LocalCloud, LocalCloudOptions } from "./cloud/local-cloud-api";
import { PRODUCTION_LIMITS } from "./cloud/ses-outbound";
import { describePending } from "./status";

export interface LocalAppOptions
  extends Pick<LocalCloudOptions, "alterTemplate" | "verdicts" | "sendingLimits"> {
  readonly dataDir?: string;
  readonly owners?: readonly string[];
  /** Domains whose addresses may onboard themselves by confirming a welcome email. */
  readonly allowedDomains?: readonly string[];
  readonly timeZone?: string | null;
  readonly country?: string;
  readonly ports?: { readonly smtp?: number; readonly ses?: number; readonly control?: number };
  readonly inboundAddress?: string;
  /**
   * Fire due schedules every second by the (travelling) clock; tests drive `advance` instead. The
   * try-out also sends within a production account's SES limits unless `sendingLimits` says otherwise.
   */
  readonly realTime?: boolean;
  readonly clock?: TravelClock;
}

/** An event of the inbound function that failed all its attempts, with where its raw mail is. */
export interface InboundDeadLetter {
  readonly messageId: string;
  readonly storageKey: string;
  readonly error: string;
  readonly letter: DeadLetter;
}

export interface LocalApp {
  readonly inboundAddress: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly sesUrl: string;
  readonly controlUrl: string;
  readonly owners: readonly string[];
  readonly clock: TravelClock;
  readonly cloud: LocalCloud;
  /** Invokes a function as a direct (RequestResponse) call would, e.g. to replay a schedule's event. */
  readonly functions: {
    readonly inbound: (event: unknown) => Promise<unknown>;
    readonly reminder: (event: unknown) => Promise<unknown>;
    readonly digest: (event?: unknown) => Promise<unknown>;
  };
  /** Inbound mail whose processing failed: kept (its raw mail is in S3) until redriven. */
  deadLetters(): readonly InboundDeadLetter[];
  /** Processes every dead-lettered event again, each by the function it was meant for. */
  redrive(): Promise<{ readonly redriven: number; readonly remaining: number }>;
  /** Moves the clock forward and fires whatever became due; returns how many one-time schedules fired. */
  advance(to: { readonly by?: DurationLike; readonly at?: DateTime }): Promise<number>;
  stop(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

/** "3d", "12h", "90m", "2w" → a luxon duration. */
export function parseDuration(text: string): DurationLike | null {
  const match = /^(\d+)\s*(m|min|h|d|w)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const unit = { m: "minutes", min: "minutes", h: "hours", d: "days", w: "weeks" }[match[2]] as string;
  return { [unit]: Number(match[1]) };
}

/** Local mode's deployment configuration, validated by the same rules as cdk.json's. */
export function localDeploymentConfig(options: LocalAppOptions): Record<string, unknown> {
  const inboundAddress = options.inboundAddress ?? "followup@followup.localhost";
  const [localPart, mailDomain] = inboundAddress.split("@");
  const owners = (options.owners ?? ["you@example.com"]).map((owner) => owner.trim().toLowerCase());
  const systemZone = canonicalZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? "UTC";
  return {
    mailDomain,
    inboundLocalPart: localPart,
    owners,
    allowedDomains: options.allowedDomains ?? [],
    timeZone: options.timeZone ?? systemZone,
    country: options.country ?? "US",
    alarmEmail: owners[0] ?? `postmaster@${mailDomain}`,
    receiptRuleSet: { mode: "create-rule-set" },
  };
}

export async function startLocalApp(options: LocalAppOptions = {}): Promise<LocalApp> {
  const clock = options.clock ?? new TravelClock();
  const dataDir = options.dataDir ?? join(process.cwd(), ".local-data");
  const config = localDeploymentConfig(options);
  const clockFile = join(dataDir, "clock.json");
  clock.restore(clockFile);
  const cloud = await startLocalCloud({
    config,
    dataDir,
    clock: () => clock.now(),
    ports: { smtp: options.ports?.smtp, ses: options.ports?.ses },
    alterTemplate: options.alterTemplate,
    verdicts: options.verdicts,
    sendingLimits: options.sendingLimits ?? (options.realTime ? PRODUCTION_LIMITS : null),
  });
  const invoker =
    (name: string) =>
    (event: unknown = {}) => {
      const fn = cloud.functions[name];
      if (!fn) throw new Error(`The stack has no ${name} function`);
      return cloud.runtime.invoke(fn.arn, event);
    };
  const inboundFunction = cloud.functions.Inbound;
  const interviews = new DynamoInterviewStore({ client: cloud.clients.dynamodb, tableName: cloud.tableName });

  const deadLetters = (): InboundDeadLetter[] =>
    cloud.deadLetters().flatMap((letter) => {
      if (letter.record.requestContext.functionArn.replace(/:\$LATEST$/, "") !== inboundFunction?.arn)
        return [];
      const messageId = String(
        (letter.record.requestPayload as { Records?: Array<{ ses?: { mail?: { messageId?: string } } }> })
          .Records?.[0]?.ses?.mail?.messageId ?? "",
      );
      return [
        {
          messageId,
          storageKey: `${inboundFunction.environment.RAW_MAIL_PREFIX ?? ""}${messageId}`,
          error: letter.record.responsePayload.errorMessage,
          letter,
        },
      ];
    });

  /** As the deployed redrive: each event goes back to the function it was meant for. */
  const redrive = async () => {
    let redriven = 0;
    for (const letter of [...cloud.deadLetters()]) {
      const outcome = await cloud.runtime.invokeAsync(
        letter.record.requestContext.functionArn,
        letter.record.requestPayload,
      );
      // A failure already went back to the queue, as a new record, through the on-failure destination.
      cloud.removeDeadLetter(letter);
      if (outcome.succeeded) redriven++;
    }
    return { redriven, remaining: cloud.deadLetters().length };
  };

  /**
   * Walks the clock through every due time on the way, so each prompt sees its own "now".
   * Counts the one-time schedules that fired (each deletes itself), not the hourly digest run.
   */
  const advance = async (to: { by?: DurationLike; at?: DateTime }) => {
    const target = to.at ?? clock.now().plus(to.by ?? {});
    const recurring = new Set(cloud.recurringSchedules);
    let fired = 0;
    const tick = async () => {
      const before = cloud.scheduler.pending().filter((schedule) => !recurring.has(schedule.name));
      await cloud.scheduler.tick();
      const after = new Set(cloud.scheduler.pending().map((schedule) => schedule.name));
      fired += before.filter((schedule) => !after.has(schedule.name)).length;
    };
    await tick();
    for (;;) {
      const next = cloud.scheduler.nextDue();
      if (!next || next > target) break;
      clock.travelTo(next);
      clock.save(clockFile);
      await tick();
    }
    clock.travelTo(target);
    clock.save(clockFile);
    await tick();
    return fired;
  };

  const control = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const reply = (status: number, body: unknown) =>
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (request.method === "GET" && url.pathname === "/status") {
      describePending(cloud.scheduler.pending(), config.owners as string[], (owner) =>
        interviews.listByOwner(owner),
      ).then(
        (pending) =>
          reply(200, {
            now: clock.now().toISO(),
            timeZone: config.timeZone,
            pending,
            deadLetters: cloud.scheduler.deadLetters(),
            failedEvents: cloud.deadLetters().length,
            deniedCalls: cloud.denials(),
          }),
        (error: Error) => reply(500, { message: error.message }),
      );
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
  const timer = options.realTime ? setInterval(() => void cloud.scheduler.tick(), 1_000) : null;

  return {
    inboundAddress: cloud.inboundAddress,
    smtp: cloud.smtp,
    sesUrl: cloud.sesUrl,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    owners: config.owners as string[],
    clock,
    cloud,
    functions: { inbound: invoker("Inbound"), reminder: invoker("Reminder"), digest: invoker("Digest") },
    deadLetters,
    redrive,
    advance,
    async stop() {
      if (timer) clearInterval(timer);
      await new Promise<void>((resolve) => {
        control.closeAllConnections();
        control.close(() => resolve());
      });
      await cloud.stop();
    },
  };
}
