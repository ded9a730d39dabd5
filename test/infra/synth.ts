import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Stack } from "aws-cdk-lib";
import { App, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { vi } from "vitest";
import { type DeploymentConfig, parseDeploymentConfig } from "../../lib/config";
import { FollowupStack } from "../../lib/followup-stack";

/** The smallest valid configuration; every test states the fields it depends on. */
export const MINIMAL_CONFIG = {
  mailDomain: "followup.example.com",
  owners: ["you@example.com"],
  timeZone: "America/Chicago",
};

type Overrides = Partial<Record<keyof DeploymentConfig, unknown>>;

export interface BuildOptions {
  /** Bundle the handlers with esbuild (slow); otherwise bundling is skipped. @default false */
  readonly bundle?: boolean;
  /** Run cdk-nag's AwsSolutions pack at synth. @default false */
  readonly nag?: boolean;
  /** No account or region, as `cdk synth` without credentials. @default false */
  readonly agnostic?: boolean;
  /** The region when not agnostic. @default "us-east-1" */
  readonly region?: string;
}

/** cdk.json's context without the example configuration: the feature flags `cdk synth` applies. */
export const CDK_JSON_CONTEXT: Record<string, unknown> = (() => {
  const { followup: _example, ...context } = JSON.parse(
    readFileSync(join(import.meta.dirname, "../../cdk.json"), "utf8"),
  ).context;
  return context;
})();

/** The stack of a validated configuration, in an app with cdk.json's feature flags. */
export function buildStack(config: DeploymentConfig, options: BuildOptions = {}) {
  const app = new App({
    context: { ...CDK_JSON_CONTEXT, ...(options.bundle ? {} : { "aws:cdk:bundling-stacks": [] }) },
  });
  const stack = new FollowupStack(app, "Test", {
    config,
    ...(options.agnostic ? {} : { env: { account: "123456789012", region: options.region ?? "us-east-1" } }),
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

export function buildApp(overrides: Overrides = {}, options: BuildOptions = {}) {
  return buildStack(parseDeploymentConfig({ ...MINIMAL_CONFIG, ...overrides }), options);
}

/**
 * Synthesizes with CDK's printed validation report held back: the tests read the same report from
 * validation-report.json (findingsOf) and assert on it, so its copy on stderr is only noise.
 */
function withoutPrintedReport<T>(synthesize: () => T): T {
  const print = console.error;
  const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("A copy of this report can be found in")) print(...args);
  });
  try {
    return synthesize();
  } finally {
    spy.mockRestore();
  }
}

/** The stack's template (synthesizing its app once). */
export function templateOf(stack: Stack): Template {
  return withoutPrintedReport(() => Template.fromStack(stack));
}

const templates = new Map<string, { stack: FollowupStack; template: Template }>();

/** Synthesizes once per configuration, without bundling. */
export function synth(overrides: Overrides = {}) {
  const key = JSON.stringify(overrides);
  let result = templates.get(key);
  if (!result) {
    const { stack } = buildApp(overrides);
    result = { stack, template: templateOf(stack) };
    templates.set(key, result);
  }
  return result;
}

interface Violation {
  readonly ruleName: string;
  readonly violatingConstructs: ReadonlyArray<{ readonly constructPath: string }>;
}

/**
 * cdk-nag's findings and CDK's warnings (@aws-cdk/core:annotationsInValidationReport) left
 * unacknowledged, as "rule on resource" lines. Synthesis itself throws only on errors, so the
 * report is read rather than trusted.
 */
export function nagFindings(
  overrides: Overrides = {},
  options: Pick<BuildOptions, "agnostic"> = {},
): string[] {
  return findingsOf(buildApp(overrides, { ...options, nag: true }).app);
}

/** The validation report's findings of an app built with `nag: true`. */
export function findingsOf(app: App): string[] {
  try {
    withoutPrintedReport(() => app.synth());
  } catch {
    // Unacknowledged errors fail synthesis after the report is written; the report lists them.
  }
  const report = JSON.parse(readFileSync(join(app.outdir, "validation-report.json"), "utf8")) as {
    pluginReports: Array<{ violations: Violation[] }>;
  };
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.flatMap((violation) =>
      violation.violatingConstructs.map((construct) => `${violation.ruleName} on ${construct.constructPath}`),
    ),
  );
}
