import { App, type Stack, Validations } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { type DeploymentConfig, parseDeploymentConfig } from "../../lib/config";
import { FollowupStack } from "../../lib/followup-stack";

export const EXAMPLE_CONFIG = {
  mailDomain: "followup.example.com",
  owners: ["you@example.com"],
  timeZone: "America/Chicago",
  country: "US",
};

type Overrides = Partial<Record<keyof DeploymentConfig, unknown>>;

export function buildApp(
  overrides: Overrides = {},
  options: { bundle?: boolean; nag?: boolean; outdir?: string; agnostic?: boolean } = {},
) {
  const app = new App({
    context: options.bundle ? {} : { "aws:cdk:bundling-stacks": [] },
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  const stack = new FollowupStack(app, "Test", {
    config: parseDeploymentConfig({ ...EXAMPLE_CONFIG, ...overrides }),
    ...(options.agnostic ? {} : { env: { account: "123456789012", region: "us-east-1" } }),
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}

const templates = new Map<string, { stack: Stack; template: Template }>();

/** Synthesizes once per configuration, without bundling (one test bundles for real). */
export function synth(overrides: Overrides = {}) {
  const key = JSON.stringify(overrides);
  let result = templates.get(key);
  if (!result) {
    const { stack } = buildApp(overrides);
    result = { stack, template: Template.fromStack(stack) };
    templates.set(key, result);
  }
  return result;
}
