/**
 * Fault-matrix scenarios over a long history (see fault-matrix.ts): a reply redelivered after
 * more replies than a round keeps keys of, a redrive of old replies (as `followup redrive` sends a
 * dead-letter queue's events back), and a reply once the hourly send budget is spent.
 */

import { KEPT_KEYS } from "../../lambdas/domain/interview/record";
import { scheduleName } from "../../lambdas/domain/schedule-name";
import { HELD_ANSWERS } from "../../lambdas/use-cases/steps/answer";
import { MAX_EMAILS_PER_OWNER_PER_HOUR } from "../../lambdas/use-cases/steps/outgoing";
import type { LocalApp } from "../../local/app";
import { forward, latestTo, type MatrixContext, reply, type Scenario, store } from "./fault-matrix";
import { replyTo } from "./local-app";

const CONFIRMATION = /^Got it/;

/** The first reply of a conversation, with a Message-ID of its own so it can come again. */
const firstReply = async (context: MatrixContext) =>
  replyTo(
    context.app,
    await latestTo(context.app, context.owner, CONFIRMATION),
    "they said Friday",
    context.owner,
    `<first-${context.index}@mail.example>`,
  );

interface Invocation {
  readonly arn: string;
  readonly event: {
    Records?: Array<{ ses?: { mail?: { source?: string; commonHeaders?: { subject?: string } } } }>;
  };
}

/** Every Lambda invocation of one deployment, as redrive would find it in a dead-letter queue. */
const invocations = new WeakMap<LocalApp, Invocation[]>();

function recordInvocations(app: LocalApp): Invocation[] {
  const known = invocations.get(app);
  if (known) return known;
  const recorded: Invocation[] = [];
  const runtime = app.cloud.runtime;
  const invoke = runtime.invokeAsync.bind(runtime);
  runtime.invokeAsync = (arn, event) => {
    recorded.push({ arn, event: event as Invocation["event"] });
    return invoke(arn, event);
  };
  invocations.set(app, recorded);
  return recorded;
}

/** The user's replies as SES delivered them to the inbound function. */
function repliesOf(context: MatrixContext): Invocation[] {
  return recordInvocations(context.app).filter(({ event }) => {
    const mail = event.Records?.[0]?.ses?.mail;
    return mail?.source === context.owner && Boolean(mail.commonHeaders?.subject?.startsWith("Re:"));
  });
}

/** The redelivered first reply changed nothing: the round's newest change is still the last reply's. */
async function appliedOnce(context: MatrixContext): Promise<string[]> {
  const [round] = await store(context.app).listByOwner(context.owner);
  const newest = round?.undo?.at(-1)?.change ?? "";
  return newest.includes(`Engineer ${KEPT_KEYS}`)
    ? []
    : [`the newest change is “${newest}”, not the last reply's`];
}

/** Spends what is left of the user's hourly email budget, as 30 other emails this hour would. */
async function spendHourlyBudget(context: MatrixContext): Promise<void> {
  const hour = context.app.clock.now().toUTC().startOf("hour");
  const key = `emails#${hour.toFormat("yyyyMMddHH")}`;
  const expires = hour.plus({ days: 2 }).toISO() ?? "";
  while (await store(context.app).spend(context.owner, key, MAX_EMAILS_PER_OWNER_PER_HOUR, expires));
}

/** The reply over the budget: applied once, its answer held once, one schedule for the next hour. */
async function heldOnce(context: MatrixContext): Promise<string[]> {
  const problems: string[] = [];
  const held = await store(context.app).listHeldAnswers(context.owner);
  if (held.length !== 1) problems.push(`${held.length} held answers instead of 1`);
  const [round] = await store(context.app).listByOwner(context.owner);
  if (!round?.log.decisionDate) problems.push("the reply was not applied");
  if ((round?.undo ?? []).length !== 1) problems.push(`${round?.undo?.length} changes instead of 1`);
  const next = context.app.clock.now().toUTC().startOf("hour").plus({ hours: 1 });
  const name = scheduleName(context.owner, HELD_ANSWERS, next.toFormat("yyyyMMddHH"));
  const schedules = context.app.cloud.scheduler.pending().filter((schedule) => schedule.name === name);
  if (schedules.length !== 1)
    problems.push(`${schedules.length} schedules for the held answers instead of 1`);
  return problems;
}

export const HISTORY_SCENARIOS: Scenario[] = [
  {
    name: `redelivery after ${KEPT_KEYS + 1} other replies`,
    setupOnce: true,
    setup: async (context) => {
      await forward(context);
      await firstReply(context);
      for (let index = 0; index <= KEPT_KEYS; index++)
        await reply(context, CONFIRMATION, `role Engineer ${index}`);
    },
    trigger: firstReply,
    check: appliedOnce,
  },
  {
    name: "redrive of a dead-letter queue holding old replies",
    setup: async (context) => {
      recordInvocations(context.app);
      await forward(context);
      for (const text of ["they said Friday", "role Staff Engineer", "snooze 3 days"])
        await reply(context, CONFIRMATION, text);
    },
    trigger: async (context) => {
      for (const { arn, event } of repliesOf(context))
        await context.app.cloud.runtime.invokeAsync(arn, event);
    },
  },
  {
    name: "the hourly send budget spent",
    setup: async (context) => {
      await forward(context);
      await spendHourlyBudget(context);
    },
    trigger: (context) => reply(context, CONFIRMATION, "they said Friday"),
    check: heldOnce,
  },
];
