/**
 * SES receives mail through exactly one active receipt rule set per region. The stack activates its
 * own rule set only when none is active or when the user said to take over, and on delete deactivates
 * it only if it is still the active one: someone else's active rule set is never silently replaced
 * or switched off.
 */

/** The region's active receipt rule set (the SES v1 API: receipt rules have no v2 equivalent). */
export interface ActiveRuleSet {
  /** The name of the active rule set, or null when none is active. */
  name(): Promise<string | null>;
  /** Makes the named rule set the active one; null deactivates whichever is active. */
  set(name: string | null): Promise<void>;
}

export interface ActivationRequest {
  readonly requestType: "Create" | "Update" | "Delete";
  /** The stack's rule set. */
  readonly ruleSetName: string;
  /** On update, the stack's rule set before it: it is ours too, so replacing it needs no permission. */
  readonly previousRuleSetName?: string;
  /** Replace another active rule set instead of refusing to. */
  readonly takeOver: boolean;
}

export type Activation =
  | { readonly action: "activate"; readonly replaced: string | null }
  | { readonly action: "deactivate" }
  | { readonly action: "none" }
  | { readonly action: "refuse"; readonly active: string };

/** What to do, given what is active now. */
export function decideActivation(request: ActivationRequest, active: string | null): Activation {
  if (request.requestType === "Delete") {
    return active === request.ruleSetName ? { action: "deactivate" } : { action: "none" };
  }
  if (active === request.ruleSetName) return { action: "none" };
  if (active === null || active === request.previousRuleSetName || request.takeOver) {
    return { action: "activate", replaced: active };
  }
  return { action: "refuse", active };
}

export class OtherRuleSetActiveError extends Error {
  constructor(readonly active: string) {
    super(
      `SES receipt rule set "${active}" is already active in this region, and SES allows only one. ` +
        `Either add this deployment's rule to it: set "receiptRuleSet": { "mode": "existing-rule-set", "name": "${active}" }; ` +
        `or replace it (mail its rules handle then stops being processed): set "receiptRuleSet": { "mode": "create-rule-set", "takeOver": true }.`,
    );
    this.name = "OtherRuleSetActiveError";
  }
}

/** Reads the active rule set, then activates, deactivates or refuses as decided. */
export async function applyActivation(
  request: ActivationRequest,
  deps: { readonly activeRuleSet: ActiveRuleSet },
): Promise<Activation> {
  const activation = decideActivation(request, await deps.activeRuleSet.name());
  switch (activation.action) {
    case "activate":
      await deps.activeRuleSet.set(request.ruleSetName);
      break;
    case "deactivate":
      await deps.activeRuleSet.set(null);
      break;
    case "refuse":
      throw new OtherRuleSetActiveError(activation.active);
    case "none":
      break;
  }
  return activation;
}
