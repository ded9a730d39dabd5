/**
 * The partial-fault matrix over the inbound and reminder use cases (see fault-matrix.ts), split
 * across test files so they run in parallel.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalApp, startLocalApp } from "../../local/app";
import { TravelClock } from "../../local/clock";
import {
  confirmedUser,
  fireReminder,
  forward,
  type MatrixResult,
  type MatrixRun,
  reply,
  runMatrix,
  type Scenario,
  send,
} from "./fault-matrix";
import { deliver } from "./local-app";

const DOMAIN = "matrix.example";
const CONFIRMATION = /^Got it/;

export const SCENARIOS: Scenario[] = [
  { name: "forward", trigger: forward },
  {
    name: "update",
    setup: forward,
    trigger: (context) => forward(context, { sequence: 1, hour: 14 }),
  },
  {
    name: "cancel",
    setup: forward,
    trigger: (context) => forward(context, { sequence: 1, method: "CANCEL" }),
  },
  { name: "reply", setup: forward, trigger: (context) => reply(context, CONFIRMATION, "they said Friday") },
  {
    name: "closing reply",
    setup: forward,
    trigger: (context) => reply(context, CONFIRMATION, "I got an offer!"),
  },
  { name: "command", setup: forward, trigger: (context) => send(context, "status") },
  { name: "settings", setup: forward, trigger: (context) => send(context, "timezone Europe/Berlin") },
  {
    name: "onboarding",
    trigger: (context) =>
      deliver(
        context.app,
        `From: ${context.owner}\r\nTo: ${context.app.inboundAddress}\r\nSubject: hello\r\nMessage-ID: <onboard-${context.index}@mail.example>\r\n\r\nhi\r\n`,
        { from: context.owner },
      ),
  },
  {
    name: "forget",
    setup: async (context) => {
      await forward(context);
      await send(context, `forget Globex${context.index}`);
    },
    trigger: (context) => reply(context, /forget|delete/i, "yes"),
  },
  { name: "reminder", setup: forward, trigger: (context) => fireReminder(context, "prep") },
];

/**
 * The scenarios of `list` whose names start with one of `names`, for a test file of their own: the
 * matrix is split across files so both cores work on it to the end. A name matching none throws.
 */
export function scenariosNamed(list: readonly Scenario[], names: readonly string[]): Scenario[] {
  for (const name of names)
    if (!list.some((scenario) => scenario.name.startsWith(name))) throw new Error(`no scenario ${name}`);
  return list.filter((scenario) => names.some((name) => scenario.name.startsWith(name)));
}

function report(results: ReadonlyArray<MatrixResult & { scenario: string }>): string {
  const lines = results.map(
    (result) =>
      `${result.scenario}: ${result.injected} faults injected (${result.missed} not reached), ${result.violations.length} violations, ${result.knownDuplicates} duplicate(s) from a crash right after SES accepted`,
  );
  const violations = results.flatMap((result) =>
    result.violations.map((v) => `  ${v.scenario} / ${v.fault}: ${v.problem}`),
  );
  return [...lines, ...violations].join("\n");
}

const newDataDir = () => mkdtempSync(join(tmpdir(), "followup-matrix-"));

/** A deployment of the matrix's domain on this data folder (a restart when it holds data). */
function deploy(dataDir: string): Promise<LocalApp> {
  const frozen = DateTime.fromISO("2026-11-23T14:00:00Z").toMillis();
  return startLocalApp({
    dataDir,
    owners: [],
    allowedDomains: [DOMAIN],
    timeZone: "America/Chicago",
    clock: new TravelClock(() => frozen),
  });
}

/** Declares the matrix tests of these scenarios, on one deployment of their own. */
export function describeMatrix(title: string, scenarios: readonly Scenario[]): void {
  describe(title, () => {
    let app: LocalApp;
    let users = 0;
    const results: Array<MatrixResult & { scenario: string }> = [];
    beforeAll(async () => {
      app = await deploy(newDataDir());
    });
    afterAll(async () => {
      process.stdout.write(`\nfault matrix\n${report(results)}\n`);
      await app.stop();
    });

    /** A new user on `target`, in the state the scenario starts from. */
    const newUser = async (target: LocalApp, scenario: Scenario): Promise<MatrixRun> => {
      const index = ++users;
      const owner = `seeker${index}@${DOMAIN}`;
      if (scenario.name !== "onboarding") await confirmedUser(target, owner);
      const context = { app: target, owner, index };
      await scenario.setup?.(context);
      return context;
    };

    /** The scenario's user set up once; each run on a deployment restarted from a copy of that data. */
    const copiesOfOneUser = async (scenario: Scenario): Promise<() => Promise<MatrixRun>> => {
      const prepared = newDataDir();
      const original = await deploy(prepared);
      const { owner, index } = await newUser(original, scenario);
      await original.stop();
      return async () => {
        const dataDir = newDataDir();
        cpSync(prepared, dataDir, { recursive: true });
        const copy = await deploy(dataDir);
        return { app: copy, owner, index, end: () => copy.stop() };
      };
    };

    it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
      "%s: every single fault heals with retries, nothing twice, nothing lost",
      async (_name, scenario) => {
        const startRun = scenario.setupOnce ? await copiesOfOneUser(scenario) : () => newUser(app, scenario);
        const result = await runMatrix(scenario, startRun);
        results.push({ ...result, scenario: scenario.name });
        expect(result.injected).toBeGreaterThan(0);
        expect(result.violations).toEqual([]);
      },
      900_000,
    );
  });
}
