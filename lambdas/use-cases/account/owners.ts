/**
 * Who may use the deployment, with which settings. Listed owners always; an address of an allowed
 * domain once it has confirmed it receives mail. Every use case then runs with the owner's own
 * policy: the deployment's defaults with the owner's settings on top.
 */
import { InvalidPolicyError, resolvePolicy } from "../../domain/config";
import type { InterviewStore, OwnerProfile } from "../../ports";
import type { Deps, Settings } from "../deps";
import { normaliseAddress } from "../steps/outgoing";

export type Access =
  | {
      readonly kind: "owner";
      readonly ownerId: string;
      readonly profile: OwnerProfile | null;
      readonly deps: Deps;
    }
  | { readonly kind: "onboarding"; readonly ownerId: string; readonly profile: OwnerProfile | null }
  | { readonly kind: "stranger" };

export function isListedOwner(address: string, config: Pick<Settings, "owners">): boolean {
  return config.owners.includes(normaliseAddress(address));
}

export function inAllowedDomain(address: string, config: Pick<Settings, "allowedDomains">): boolean {
  const domain = normaliseAddress(address).split("@")[1] ?? "";
  return config.allowedDomains.includes(domain);
}

/** The deps a use case runs with for one owner: the policy carries the owner's settings. */
export function withOwnerPolicy<D extends { readonly config: Settings }>(
  deps: D,
  profile: OwnerProfile | null,
): D {
  if (!profile || Object.keys(profile.settings).length === 0) return deps;
  try {
    return {
      ...deps,
      config: { ...deps.config, policy: resolvePolicy({ ...deps.config.policy, ...profile.settings }) },
    };
  } catch (error) {
    // Settings are validated when saved; a deployment change can still make them clash. Defaults win.
    if (error instanceof InvalidPolicyError) return deps;
    throw error;
  }
}

export async function accessFor(sender: string, deps: Deps): Promise<Access> {
  const ownerId = normaliseAddress(sender);
  const listed = isListedOwner(ownerId, deps.config);
  if (!listed && !inAllowedDomain(ownerId, deps.config)) return { kind: "stranger" };
  const profile = await deps.interviews.getProfile(ownerId);
  if (listed || profile?.status === "confirmed")
    return { kind: "owner", ownerId, profile, deps: withOwnerPolicy(deps, profile) };
  return { kind: "onboarding", ownerId, profile };
}

/** For schedules and the digest, which start from an owner id rather than a message. */
export async function depsForOwner<
  D extends { readonly config: Settings; readonly interviews: InterviewStore },
>(ownerId: string, deps: D): Promise<D> {
  return withOwnerPolicy(deps, await deps.interviews.getProfile(ownerId));
}
