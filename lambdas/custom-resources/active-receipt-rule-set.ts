/**
 * CloudFormation → CDK's provider framework → Lambda: keeps the stack's receipt rule set active
 * (see rule-set-activation.ts). A refusal throws, and the framework reports its message as the
 * reason the stack operation failed.
 */
import { SESClient } from "@aws-sdk/client-ses";
import { type ActiveRuleSet, applyActivation } from "./rule-set-activation";
import { SesActiveRuleSet } from "./ses-active-rule-set";

/** The custom resource's properties; CloudFormation passes every value as a string. */
export interface RuleSetActivationProperties {
  readonly RuleSetName: string;
  readonly TakeOver: "true" | "false";
}

/** The fields of CloudFormation's custom resource event that this handler reads. */
export interface RuleSetActivationEvent {
  readonly RequestType: "Create" | "Update" | "Delete";
  readonly ResourceProperties: RuleSetActivationProperties;
  readonly OldResourceProperties?: RuleSetActivationProperties;
}

export function createHandler(deps: { readonly activeRuleSet: ActiveRuleSet }) {
  return async (event: RuleSetActivationEvent): Promise<{ PhysicalResourceId: string }> => {
    const ruleSetName = event.ResourceProperties.RuleSetName;
    const previousRuleSetName = event.OldResourceProperties?.RuleSetName;
    const activation = await applyActivation(
      {
        requestType: event.RequestType,
        ruleSetName,
        ...(previousRuleSetName ? { previousRuleSetName } : {}),
        takeOver: event.ResourceProperties.TakeOver === "true",
      },
      deps,
    );
    // The replaced rule set's name stays in the log, so whoever took over can switch back.
    console.log(
      JSON.stringify({
        handler: "active-receipt-rule-set",
        requestType: event.RequestType,
        ruleSetName,
        ...activation,
      }),
    );
    // One physical resource per rule set: a new name makes CloudFormation delete the old activation.
    return { PhysicalResourceId: ruleSetName };
  };
}

export const handler = createHandler({ activeRuleSet: new SesActiveRuleSet(new SESClient({})) });
