/**
 * The use cases with in-memory ports: a store with the conditional writes and claims DynamoDB
 * gives, a scheduler that fires due schedules through the real reminder use case, a mailer that
 * keeps what it sent. Fast enough to walk whole conversations in unit tests.
 */
import { DateTime } from "luxon";
import { loadBusinessCalendars } from "../../../lambdas/domain/business-days";
import { resolvePolicy } from "../../../lambdas/domain/config";
import type { IngestResult, MailMessage } from "../../../lambdas/domain/ingest";
import { newInterviewRecord } from "../../../lambdas/domain/interview/record";
import type { ParsedInterview } from "../../../lambdas/domain/types";
import {
  type AppliedMail,
  type ClaimResult,
  ConflictError,
  type HeldAnswer,
  type InterviewRecord,
  type InterviewStore,
  type Mailer,
  type OneTimeSchedule,
  type OutgoingEmail,
  type OwnerProfile,
  type RawMailStore,
  type ReminderScheduler,
  SendingQuotaExceededError,
  type SentEmail,
} from "../../../lambdas/ports";
import { withOwnerPolicy } from "../../../lambdas/use-cases/account/owners";
import type { Deps } from "../../../lambdas/use-cases/deps";
import { routeOwnerMail } from "../../../lambdas/use-cases/inbound/process-inbound-mail";
import { fireReminder } from "../../../lambdas/use-cases/reminder/fire-reminder";
import { MAX_EMAILS_PER_OWNER_PER_HOUR } from "../../../lambdas/use-cases/steps/outgoing";
import { applicationIdFor, stableId } from "../../../lambdas/use-cases/steps/records";
import { planningFor, withFreshPlan } from "../../../lambdas/use-cases/steps/replan";
import { syncSchedules } from "../../../lambdas/use-cases/steps/sync-schedules";

export const OWNER = "jordan.lee@gmail.com";
export const ZONE = "America/Chicago";

class MemoryStore implements InterviewStore {
  readonly records = new Map<string, InterviewRecord>();
  readonly claims = new Map<string, { state: "taken" | "done"; until: number }>();
  private readonly budgets = new Map<string, number>();
  private readonly profiles = new Map<string, OwnerProfile>();
  constructor(private readonly clock: () => DateTime) {}

  private key(ownerId: string, id: string) {
    return `${ownerId}|${id}`;
  }
  async get(ownerId: string, interviewId: string) {
    const found = this.records.get(this.key(ownerId, interviewId));
    return found ? structuredClone(found) : null;
  }
  async listByOwner(ownerId: string) {
    return [...this.records.values()]
      .filter((record) => record.ownerId === ownerId)
      .map((record) => structuredClone(record));
  }
  async save(record: InterviewRecord) {
    const stored = this.records.get(this.key(record.ownerId, record.interviewId));
    const expected = record.revision - 1;
    if ((stored?.revision ?? 0) !== expected && !(record.revision === 1 && !stored))
      throw new ConflictError(`revision ${record.revision} does not follow ${stored?.revision}`);
    this.records.set(this.key(record.ownerId, record.interviewId), structuredClone(record));
  }
  /** What each mail did, by owner, round and key (markApplied). */
  readonly appliedMail = new Map<string, AppliedMail>();
  async delete(ownerId: string, interviewId: string) {
    this.records.delete(this.key(ownerId, interviewId));
    const prefix = this.key(ownerId, `${interviewId}#`);
    for (const key of this.appliedMail.keys()) if (key.startsWith(prefix)) this.appliedMail.delete(key);
  }
  async markApplied(ownerId: string, interviewId: string, keys: readonly string[], applied: AppliedMail) {
    for (const key of keys)
      this.appliedMail.set(this.key(ownerId, `${interviewId}#${key}`), structuredClone(applied));
  }
  /** Answers the send cap held back, in the order they were held. */
  readonly held = new Map<string, HeldAnswer>();
  async holdAnswer(ownerId: string, held: HeldAnswer) {
    this.held.set(this.key(ownerId, held.key), structuredClone(held));
  }
  async listHeldAnswers(ownerId: string) {
    const prefix = this.key(ownerId, "");
    return [...this.held].filter(([key]) => key.startsWith(prefix)).map(([, held]) => structuredClone(held));
  }
  async dropHeldAnswer(ownerId: string, key: string) {
    this.held.delete(this.key(ownerId, key));
  }
  async applied(ownerId: string, interviewId: string, keys: readonly string[]) {
    for (const key of keys) {
      const found = this.appliedMail.get(this.key(ownerId, `${interviewId}#${key}`));
      if (found) return structuredClone(found);
    }
    return null;
  }
  async getProfile(ownerId: string) {
    return this.profiles.get(ownerId) ?? null;
  }
  async saveProfile(profile: OwnerProfile) {
    this.profiles.set(profile.ownerId, profile);
  }
  async listConfirmedOwners() {
    return [...this.profiles.values()]
      .filter((profile) => profile.status === "confirmed")
      .map((profile) => profile.ownerId);
  }
  async claim(ownerId: string, key: string, leaseUntil: string): Promise<ClaimResult> {
    const existing = this.claims.get(this.key(ownerId, key));
    const now = this.clock().toMillis();
    if (existing?.state === "done" && existing.until > now) return "done";
    if (existing?.state === "taken" && existing.until > now) return "in-progress";
    this.claims.set(this.key(ownerId, key), { state: "taken", until: Date.parse(leaseUntil) });
    return "taken";
  }
  async complete(ownerId: string, key: string, keepUntil: string) {
    this.claims.set(this.key(ownerId, key), { state: "done", until: Date.parse(keepUntil) });
  }
  async release(ownerId: string, key: string) {
    this.claims.delete(this.key(ownerId, key));
  }
  async spend(ownerId: string, key: string, limit: number) {
    const used = (this.budgets.get(this.key(ownerId, key)) ?? 0) + 1;
    this.budgets.set(this.key(ownerId, key), used);
    return used <= limit;
  }
  private readonly mail = new Set<string>();
  async recordMail(ownerId: string, storageKey: string) {
    this.mail.add(this.key(ownerId, storageKey));
  }
  async listMail(ownerId: string) {
    const prefix = this.key(ownerId, "");
    return [...this.mail].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  }
  async forgetMail(ownerId: string, storageKey: string) {
    this.mail.delete(this.key(ownerId, storageKey));
  }
}

class MemoryScheduler implements ReminderScheduler {
  readonly schedules = new Map<string, OneTimeSchedule>();
  async put(schedule: OneTimeSchedule) {
    this.schedules.set(schedule.name, schedule);
  }
  async delete(name: string) {
    this.schedules.delete(name);
  }
  async list(prefix: string) {
    return [...this.schedules.keys()].filter((name) => name.startsWith(prefix));
  }
  /** Schedules due at or before `now`, earliest first. */
  due(now: DateTime): OneTimeSchedule[] {
    return [...this.schedules.values()]
      .map((schedule) => ({
        schedule,
        at: DateTime.fromISO(schedule.localTime, { zone: schedule.timeZone }),
      }))
      .filter(({ at }) => at <= now)
      .sort((a, b) => a.at.toMillis() - b.at.toMillis())
      .map(({ schedule }) => schedule);
  }
  next(): DateTime | null {
    const times = [...this.schedules.values()].map((schedule) =>
      DateTime.fromISO(schedule.localTime, { zone: schedule.timeZone }),
    );
    return times.length > 0 ? (DateTime.min(...times) ?? null) : null;
  }
}

class MemoryMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  /** The account's 24-hour sending quota, a rolling window as SES counts it; null: no limit. */
  dailyQuota: number | null = null;
  /** Sends the quota refused. */
  refusals = 0;
  private readonly sentAt: DateTime[] = [];
  constructor(private readonly clock: () => DateTime) {}

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const now = this.clock();
    const lastDay = this.sentAt.filter((at) => at > now.minus({ days: 1 })).length;
    if (this.dailyQuota !== null && lastDay >= this.dailyQuota) {
      this.refusals++;
      throw new SendingQuotaExceededError();
    }
    this.sentAt.push(now);
    this.sent.push(email);
    return { messageId: `<m${this.sent.length}@email.amazonses.com>` };
  }
}

class MemoryRawMail implements RawMailStore {
  readonly objects = new Map<string, Uint8Array>();
  async get(key: string) {
    return this.objects.get(key) ?? new Uint8Array();
  }
  async put(key: string, raw: Uint8Array) {
    this.objects.set(key, raw);
  }
  async delete(key: string) {
    this.objects.delete(key);
  }
}

export interface World {
  readonly deps: Deps;
  readonly store: MemoryStore;
  readonly scheduler: MemoryScheduler;
  readonly mailer: MemoryMailer;
  now(): DateTime;
  /** Stores an interview as a forward would, planned and scheduled. */
  forward(interview: Partial<ParsedInterview> & Pick<ParsedInterview, "start">): Promise<InterviewRecord>;
  record(interviewId: string): Promise<InterviewRecord>;
  /** A reply from the owner to an email about `interviewId`, with that email's subject. */
  reply(interviewId: string, text: string, subject?: string): Promise<OutgoingEmail | undefined>;
  /**
   * A mail from the owner that answers one of ours about no one round: sent to the digest's
   * address (or one that no longer verifies) unless `toOurAddress` is false (then only its
   * In-Reply-To says so).
   */
  answer(message: MailMessage, toOurAddress?: boolean): Promise<OutgoingEmail | undefined>;
  /** Delivers one reply mail (again, for a redelivery) about `interviewId`, stored at `storageKey`. */
  deliver(
    interviewId: string | null,
    message: MailMessage,
    storageKey: string,
  ): Promise<OutgoingEmail | undefined>;
  /** Moves the clock, firing every schedule that falls due on the way (as its own "now"). */
  advanceTo(iso: string): Promise<OutgoingEmail[]>;
  lastEmail(): OutgoingEmail | undefined;
}

let counter = 0;

export function mail(text: string, subject = "Re: Got it"): MailMessage {
  counter++;
  return {
    messageId: `<reply-${counter}-${Math.random().toString(36).slice(2)}@mail.gmail.com>`,
    inReplyTo: null,
    from: { address: OWNER, name: "Jordan Lee" },
    to: [],
    cc: [],
    replyTo: [],
    subject,
    date: null,
    text,
    calendars: [],
    attachments: [],
    hasTnef: false,
    attachedMessages: [],
    headers: {},
  } as unknown as MailMessage;
}

export function createWorld(
  startIso: string,
  policyOverrides: Parameters<typeof resolvePolicy>[0] = {},
): World {
  let now: DateTime = DateTime.fromISO(startIso, { setZone: true });
  const clock = { now: () => now };
  const store = new MemoryStore(() => now);
  const scheduler = new MemoryScheduler();
  const mailer = new MemoryMailer(() => now);
  const deps: Deps = {
    clock,
    rawMail: new MemoryRawMail(),
    interviews: store,
    scheduler,
    mailer,
    config: {
      owners: [OWNER],
      allowedDomains: [],
      inboundAddress: "followup@followup.example.com",
      policy: resolvePolicy({ timeZone: ZONE, ...policyOverrides }),
      signingSecret: "test-secret",
    },
    calendars: loadBusinessCalendars,
  };
  const world: World = {
    deps,
    store,
    scheduler,
    mailer,
    now: () => now,
    async forward(interview) {
      const full: ParsedInterview = {
        uid: null,
        sequence: 0,
        method: null,
        title: "Interview",
        company: "Acme Robotics",
        role: "Senior Backend Engineer",
        end: null,
        timeZone: ZONE,
        interviewers: [{ name: "Priya Patel", email: "priya@acme.example" }],
        location: null,
        meetingUrl: null,
        source: "ics",
        ...interview,
      };
      const interviewId = stableId(OWNER, `test:${full.company}:${full.start}`);
      const record = withFreshPlan(
        newInterviewRecord(
          {
            ownerId: OWNER,
            interviewId,
            applicationId: applicationIdFor(full.company, interviewId),
            round: 1,
            interview: full,
            log: {},
            status: "active",
            sourceKeys: [],
            rawMailKeys: [],
          },
          now,
        ),
        await planningFor(deps),
      );
      await store.save(record);
      await syncSchedules([], record, ZONE, deps);
      return record;
    },
    async record(interviewId) {
      const found = await store.get(OWNER, interviewId);
      if (!found) throw new Error(`no record ${interviewId}`);
      return found;
    },
    reply(interviewId, text, subject) {
      return world.deliver(interviewId, mail(text, subject), `raw/${counter}`);
    },
    async answer(message, toOurAddress = true) {
      const before = mailer.sent.length;
      counter++;
      await routeOwnerMail(
        {
          mail: message,
          ownerId: OWNER,
          profile: await store.getProfile(OWNER),
          storageKey: `raw/${counter}`,
          repliedTo: null,
          toOurAddress,
        },
        { base: deps, owner: deps },
      );
      return mailer.sent.length > before ? mailer.sent.at(-1) : undefined;
    },
    async deliver(interviewId, message, storageKey) {
      const before = mailer.sent.length;
      // As the inbound flow takes a reply in, past the gate (with the owner's settings): classified,
      // then dispatched. A null `interviewId` is mail to the plain address.
      const profile = await store.getProfile(OWNER);
      await routeOwnerMail(
        { mail: message, ownerId: OWNER, profile, storageKey, repliedTo: interviewId },
        { base: deps, owner: withOwnerPolicy(deps, profile) },
      );
      return mailer.sent.length > before ? mailer.sent.at(-1) : undefined;
    },
    async advanceTo(iso) {
      const target = DateTime.fromISO(iso, { setZone: true });
      const before = mailer.sent.length;
      for (;;) {
        const next = scheduler.next();
        if (!next || next > target) break;
        if (next > now) now = next;
        for (const schedule of scheduler.due(now)) {
          scheduler.schedules.delete(schedule.name);
          await fireReminder(schedule.payload, deps);
        }
      }
      now = target;
      return mailer.sent.slice(before);
    },
    lastEmail: () => mailer.sent.at(-1),
  };
  return world;
}

/** Uses up the owner's hourly send budget (MAX_EMAILS_PER_OWNER_PER_HOUR) for the hour of `at`. */
export async function useUpHourlyCap(world: World, at: DateTime): Promise<void> {
  const key = `emails#${at.toUTC().toFormat("yyyyMMddHH")}`;
  for (let used = 0; used < MAX_EMAILS_PER_OWNER_PER_HOUR; used++)
    await world.store.spend(OWNER, key, MAX_EMAILS_PER_OWNER_PER_HOUR);
}

/** A forward of Lumen Freight without a date, as ingest reads it. */
export const UNDATED_FORWARD = {
  status: "needs-date",
  interview: {
    uid: null,
    sequence: 0,
    method: null,
    title: "Interview with Lumen Freight",
    company: "Lumen Freight",
    role: "Staff Frontend Engineer",
    start: null,
    end: null,
    timeZone: null,
    interviewers: [{ name: "Lena Fischer", email: null }],
    location: null,
    meetingUrl: null,
    source: "text",
  },
  reason: "no date and time of the interview was found",
  decisionHint: null,
  originalSender: "talent@lumen.example",
  dedupeKey: "text:abc",
  hasTnef: false,
} as unknown as IngestResult;

/** The plan of a record as "kind → local time in Chicago". */
export function planOf(record: InterviewRecord): Record<string, string> {
  return Object.fromEntries(
    record.planned.map((reminder) => [
      reminder.kind,
      DateTime.fromISO(reminder.at).setZone(ZONE).toFormat("yyyy-MM-dd HH:mm"),
    ]),
  );
}
