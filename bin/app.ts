#!/usr/bin/env node
import { App } from "aws-cdk-lib";
import { loadDeploymentConfig } from "../lib/config";
import { FollowupStack } from "../lib/followup-stack";

const app = new App();
new FollowupStack(app, "InterviewFollowup", {
  config: loadDeploymentConfig(app.node.tryGetContext("followup")),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  description: "interview-followup: forward interview invites, get well-timed follow-up prompts",
});
