#!/usr/bin/env node
import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { loadDeploymentConfig } from "../lib/config";
import { FollowupStack } from "../lib/followup-stack";

const app = new App();
new FollowupStack(app, "InterviewFollowup", {
  config: loadDeploymentConfig(app.node.tryGetContext("followup")),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: "interview-followup: forward interview invites, get well-timed follow-up prompts",
});
// What the tests check runs on every synth: an unacknowledged cdk-nag error fails it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
