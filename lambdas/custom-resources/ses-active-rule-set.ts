import {
  DescribeActiveReceiptRuleSetCommand,
  type SESClient,
  SetActiveReceiptRuleSetCommand,
} from "@aws-sdk/client-ses";
import type { ActiveRuleSet } from "./rule-set-activation";

/** The active receipt rule set through the SES v1 API. */
export class SesActiveRuleSet implements ActiveRuleSet {
  constructor(private readonly client: SESClient) {}

  async name(): Promise<string | null> {
    const active = await this.client.send(new DescribeActiveReceiptRuleSetCommand({}));
    return active.Metadata?.Name ?? null;
  }

  async set(name: string | null): Promise<void> {
    // Without a name, SetActiveReceiptRuleSet deactivates every rule set.
    await this.client.send(new SetActiveReceiptRuleSetCommand(name === null ? {} : { RuleSetName: name }));
  }
}
