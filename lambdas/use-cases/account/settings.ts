/**
 * "settings", "timezone Europe/Berlin", "send at 8:30", "quiet 22-7", "digest off"…: per-user
 * settings by email. Primary course: validate against the deployment's policy → save on the
 * owner's profile → re-plan every open round with the new policy → confirm what changed.
 */
import { InvalidPolicyError, resolvePolicy } from "../../domain/config";
import { settingsMessage } from "../../domain/messages";
import { describeSettings, type SettingsCommand } from "../../domain/settings";
import type { OwnerProfile } from "../../ports";
import type { Deps } from "../deps";
import type { InboundOutcome } from "../inbound/outcome";
import { sendAnswer } from "../steps/answer";
import { changeAndReplan, planningFor } from "../steps/replan";
import { withOwnerPolicy } from "./owners";

export async function answerSettings(
  command: SettingsCommand,
  input: { readonly ownerId: string; readonly messageKey: string; readonly profile: OwnerProfile | null },
  /** The deployment's deps, without the owner's settings applied. */
  baseDeps: Deps,
): Promise<InboundOutcome> {
  const target = { ownerId: input.ownerId };
  const current = withOwnerPolicy(baseDeps, input.profile);
  const shown = (deps: Deps, change: string | null, problem: string | null) => {
    const { policy } = deps.config;
    return settingsMessage(describeSettings(policy, policy.language), change, problem, policy.language);
  };
  if (command.kind === "show") {
    const sent = await sendAnswer(target, input.messageKey, shown(current, null, null), current);
    return { action: "answered", detail: "settings", ...sent };
  }
  if (command.kind === "invalid") {
    const sent = await sendAnswer(target, input.messageKey, shown(current, null, command.problem), current);
    return { action: "answered", detail: "settings-invalid", ...sent };
  }
  const settings = { ...input.profile?.settings, ...command.changes };
  try {
    resolvePolicy({ ...baseDeps.config.policy, ...settings });
  } catch (error) {
    if (!(error instanceof InvalidPolicyError)) throw error;
    const sent = await sendAnswer(
      target,
      input.messageKey,
      shown(current, null, error.problems.join("; ")),
      current,
    );
    return { action: "answered", detail: "settings-invalid", ...sent };
  }
  const profile: OwnerProfile = {
    ownerId: input.ownerId,
    status: "confirmed",
    settings,
    expiresAt: null,
    revision: (input.profile?.revision ?? 0) + 1,
  };
  await baseDeps.interviews.saveProfile(profile);
  const updated = withOwnerPolicy(baseDeps, profile);
  const planning = await planningFor(updated);
  for (const record of await updated.interviews.listByOwner(input.ownerId)) {
    if (record.status === "active") await changeAndReplan(record, (same) => same, planning, updated);
  }
  const sent = await sendAnswer(target, input.messageKey, shown(updated, command.summary, null), updated);
  return { action: "answered", detail: "settings-changed", ...sent };
}
