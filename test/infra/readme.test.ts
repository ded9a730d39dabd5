import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_FILE, loadDeploymentConfig } from "../../lib/config";
import { buildStack, findingsOf, templateOf } from "./synth";

const ROOT = join(import.meta.dirname, "../..");

/** The JSON block of the README's "Deploy to your AWS account" section, as a user would copy it. */
function readmeConfiguration(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const deploy = readme.slice(readme.indexOf("## Deploy to your AWS account"));
  const block = /```json\n([\s\S]*?)\n\s*```/.exec(deploy.slice(0, deploy.indexOf("\n## ")))?.[1];
  if (block === undefined) throw new Error("README.md: no json block in the Deploy section");
  return block;
}

const CDK_JSON_EXAMPLE: unknown = JSON.parse(readFileSync(join(ROOT, "cdk.json"), "utf8")).context.followup;

describe("README: the configuration block", () => {
  // Synthesis with cdk-nag: the timeout is a watchdog, generous for a loaded 2-core machine.
  it("synthesizes as the value of cdk.json's context.followup, exactly as it stands, cdk-nag clean", () => {
    // Prepare: no followup.config.json where the configuration is looked up.
    const pasted: unknown = JSON.parse(readmeConfiguration());

    // Act
    const config = loadDeploymentConfig(pasted, mkdtempSync(join(tmpdir(), "readme-")));
    const { app, stack } = buildStack(config, { nag: true });

    // Assess
    expect(config).toMatchObject({
      mailDomain: "followup.example.com",
      receiptRuleSet: { mode: "create-rule-set" },
    });
    const template = templateOf(stack);
    template.hasResourceProperties("AWS::SES::ReceiptRule", {
      Rule: { Recipients: ["followup.example.com"] },
    });
    template.resourceCountIs("Custom::ActiveReceiptRuleSet", 1);
    expect(findingsOf(app)).toEqual(["Annotation::interview-followup:example-config on Test"]);
  }, 120_000);

  it("works as followup.config.json, which replaces the cdk.json block without merging", () => {
    // Prepare
    const directory = mkdtempSync(join(tmpdir(), "readme-"));
    writeFileSync(join(directory, CONFIG_FILE), readmeConfiguration());
    const cdkJsonBlock = {
      ...(CDK_JSON_EXAMPLE as object),
      allowedDomains: ["bootcamp.org"],
      sendTime: "08:00",
    };

    // Act
    const config = loadDeploymentConfig(cdkJsonBlock, directory);

    // Assess
    expect(config).toEqual(
      loadDeploymentConfig(JSON.parse(readmeConfiguration()), mkdtempSync(join(tmpdir(), "readme-"))),
    );
    expect(config).toMatchObject({ allowedDomains: [], sendTime: "09:00" });
  });
});
