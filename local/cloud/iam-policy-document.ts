/** The shapes of IAM policies and requests the local IAM evaluates. */

export interface PolicyStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Principal?: unknown;
  Condition?: Record<string, Record<string, string | string[] | boolean | number>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

export type ContextValue = string | readonly string[] | boolean | number;

export interface AuthorizationRequest {
  readonly action: string;
  readonly resource: string;
  readonly context: Readonly<Record<string, ContextValue>>;
}

export type Decision =
  | { readonly allowed: true; readonly statement: string }
  | { readonly allowed: false; readonly reason: "explicit-deny" | "implicit-deny"; readonly detail: string };

/** A policy AWS would refuse to store: no Effect, neither Action nor NotAction, an unknown operator… */
export class InvalidPolicyError extends Error {
  override readonly name = "InvalidPolicyError";
}

/** The request context, indexed by lower-cased key name. */
export type Lookup = ReadonlyMap<string, ContextValue>;
