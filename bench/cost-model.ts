/**
 * A cost model per active user and month at AWS list prices (us-east-1, on-demand, arm64). The
 * assumptions are stated next to each number; change them and the totals follow.
 */
export const PRICES = {
  asOf: "2026-11 (AWS public list prices, us-east-1)",
  lambdaPerGbSecondArm: 0.0000133334,
  lambdaPerRequest: 0.2 / 1_000_000,
  dynamoPerWriteRequest: 0.625 / 1_000_000,
  dynamoPerReadRequest: 0.125 / 1_000_000,
  s3PerPut: 0.005 / 1_000,
  s3PerGet: 0.0004 / 1_000,
  s3PerGbMonth: 0.023,
  sesPerInboundEmail: 0.1 / 1_000,
  sesPerInboundChunk: 0.09 / 1_000,
  sesPerOutboundEmail: 0.1 / 1_000,
  schedulerPerInvocation: 1 / 1_000_000,
  logsPerGbIngested: 0.5,
  /** Per deployment, not per user: the secret, the alarm topic's KMS key, ten alarms, the dashboard. */
  secretPerMonth: 0.4,
  kmsKeyPerMonth: 1,
  alarmPerMonth: 0.1,
  dashboardPerMonth: 3,
};

/** The stack's CloudWatch alarms (lib/dead-letters.ts and lib/observability.ts). */
const ALARMS = 10;

/** One active job seeker's month. */
export const ASSUMPTIONS = {
  interviews: 4,
  forwards: 6,
  replies: 10,
  promptsPerInterview: 5,
  digests: 4,
  inboundMs: 300,
  inboundMb: 512,
  reminderMs: 200,
  reminderMb: 256,
  readsPerInbound: 6,
  writesPerInbound: 4,
  readsPerReminder: 2,
  writesPerReminder: 2,
  rawMailKb: 60,
  logBytesPerInvocation: 400,
};

/** Paid tools a job seeker might pick instead (approximate monthly list prices, for scale only). */
export const ALTERNATIVES = [
  ["Huntr Pro", 40],
  ["Teal+", 29],
  ["Simplify+", 40],
] as const;

export function monthlyCost(prices = PRICES, a = ASSUMPTIONS) {
  const inbound = a.forwards + a.replies;
  const prompts = a.interviews * a.promptsPerInterview;
  const outbound = inbound + prompts + a.digests;
  const reminderInvocations = prompts + a.digests;
  const gbSeconds =
    inbound * (a.inboundMs / 1000) * (a.inboundMb / 1024) +
    reminderInvocations * (a.reminderMs / 1000) * (a.reminderMb / 1024);
  const items: Array<[string, number]> = [
    [
      "Lambda",
      gbSeconds * prices.lambdaPerGbSecondArm + (inbound + reminderInvocations) * prices.lambdaPerRequest,
    ],
    [
      "DynamoDB",
      (inbound * a.writesPerInbound + reminderInvocations * a.writesPerReminder) *
        prices.dynamoPerWriteRequest +
        (inbound * a.readsPerInbound + reminderInvocations * a.readsPerReminder) *
          prices.dynamoPerReadRequest,
    ],
    [
      "S3",
      inbound * (prices.s3PerPut + prices.s3PerGet) +
        ((inbound * a.rawMailKb) / 1024 / 1024) * prices.s3PerGbMonth * 3,
    ],
    [
      "SES",
      inbound * (prices.sesPerInboundEmail + prices.sesPerInboundChunk) +
        outbound * prices.sesPerOutboundEmail,
    ],
    ["Scheduler", reminderInvocations * prices.schedulerPerInvocation],
    [
      "CloudWatch Logs",
      (inbound + reminderInvocations) * a.logBytesPerInvocation * 1e-9 * prices.logsPerGbIngested,
    ],
  ];
  const total = items.reduce((sum, [, value]) => sum + value, 0);
  // Lambda, Scheduler and (for a year) SES have free tiers far above one user's month.
  const freeTierCovered = new Set(["Lambda", "Scheduler", "SES"]);
  const withFreeTier = items.reduce((sum, [name, value]) => sum + (freeTierCovered.has(name) ? 0 : value), 0);
  const fixed =
    prices.secretPerMonth + prices.kmsKeyPerMonth + ALARMS * prices.alarmPerMonth + prices.dashboardPerMonth;
  const cents = (dollars: number) => `${(dollars * 100).toFixed(3)} ¢`;
  return {
    pricesAsOf: prices.asOf,
    region: "us-east-1",
    assumptions: a,
    items: Object.fromEntries(items),
    totalUsd: total,
    withFreeTierUsd: withFreeTier,
    budgetUsd: 0.01,
    fixedPerDeploymentUsd: fixed,
    lines: [
      `assumed: ${a.interviews} interviews, ${a.forwards} forwards, ${a.replies} replies, ${prompts} prompts, ${a.digests} digests, ${outbound} emails out`,
      ...items.map(([name, value]) => `${name.padEnd(16)} ${cents(value)}`),
      `total            ${cents(total)} without free tier (budget < 1 ¢ ${total < 0.01 ? "✓" : "✗"}), ${cents(withFreeTier)} with it`,
      `fixed per deployment: $${fixed.toFixed(2)}/month (secret, KMS key, ${ALARMS} alarms, dashboard; alarms and dashboard are free within the free tier), shared by its users`,
      `paid alternatives (approx.): ${ALTERNATIVES.map(([name, price]) => `${name} $${price}`).join(", ")} per month`,
    ],
  };
}
