#!/usr/bin/env node
import { Annotations, App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import {
  configurationNotes,
  type DeploymentConfig,
  deploymentConfigSource,
  InvalidDeploymentConfigError,
  parseDeploymentConfig,
} from "../lib/config";
import { FollowupStack } from "../lib/followup-stack";

const app = new App();
const { config, notes } = readConfiguration(app.node.tryGetContext("followup"));
const stack = new FollowupStack(app, "InterviewFollowup", {
  config,
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: "interview-followup: forward interview invites, get well-timed follow-up prompts",
});
for (const note of notes) Annotations.of(stack).addWarningV2("interview-followup:config-note", note);
// What the tests check runs on every synth: an unacknowledged cdk-nag error fails it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

/** The configuration and its notes; its problems are printed, all of them, and synth stops. */
function readConfiguration(context: unknown): { config: DeploymentConfig; notes: string[] } {
  try {
    const { raw, source } = deploymentConfigSource(context);
    return { config: parseDeploymentConfig(raw, source), notes: configurationNotes(raw) };
  } catch (error) {
    if (!(error instanceof InvalidDeploymentConfigError)) throw error;
    // The problems are the whole answer: a stack trace would bury them.
    process.stderr.write(
      `\n${error.message}\n\nFix them in ${error.source} (README.md#configure); npx followup doctor --config checks it without synthesizing.\n\n`,
    );
    process.exit(1);
  }
}
