/**
 * CloudFormation → CDK's provider framework → Lambda: keeps the stack's receipt rule set active
 * (see rule-set-activation.ts). A refusal throws, and the framework reports its message as the
 * reason the stack operation failed. Logs are Powertools JSON lines, as the other functions write.
 */
import { Logger } from "@aws-lambda-powertools/logger";
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

/** The parts of the Lambda context that go on every log line (Powertools' addContext). */
type LambdaContext = Parameters<Logger["addContext"]>[0];

export function createHandler(deps: { readonly activeRuleSet: ActiveRuleSet; readonly logger: Logger }) {
  const { logger } = deps;
  return async (
    event: RuleSetActivationEvent,
    context?: LambdaContext,
  ): Promise<{ PhysicalResourceId: string }> => {
    if (context) logger.addContext(context);
    const ruleSetName = event.ResourceProperties.RuleSetName;
    const previousRuleSetName = event.OldResourceProperties?.RuleSetName;
    const keys = { requestType: event.RequestType, ruleSetName };
    try {
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
      logger.info("receipt rule set activation", { ...keys, ...activation });
    } catch (error) {
      logger.error("receipt rule set activation failed", { ...keys, error: error as Error });
      throw error;
    }
    // One physical resource per rule set: a new name makes CloudFormation delete the old activation.
    return { PhysicalResourceId: ruleSetName };
  };
}

export const handler = createHandler({
  activeRuleSet: new SesActiveRuleSet(new SESClient({})),
  logger: new Logger({ persistentKeys: { handler: "active-receipt-rule-set" } }),
});
