/** What the inbound flow takes in and what it reports, shared by every story it dispatches to. */
import type { SesVerdicts } from "../../domain/sender";
import type { OwnerProfile } from "../../ports";

export interface InboundMail {
  /** Where SES's S3 action put the raw message. */
  readonly storageKey: string;
  /** The envelope recipients SES accepted it for. */
  readonly recipients: readonly string[];
  /** The envelope sender (SMTP MAIL FROM) SES received it from; empty for a bounce. */
  readonly envelopeSender: string;
  readonly verdicts: SesVerdicts;
}

export type DropReason =
  | "ambiguous-sender"
  | "unauthenticated"
  | "auto-reply"
  | "not-an-owner"
  | "too-large"
  | "welcome-limit"
  | "raw-mail-gone";

export type InboundOutcome =
  | { readonly action: "dropped"; readonly reason: DropReason }
  | {
      readonly action: "answered";
      readonly detail: string;
      /** Whether an email went out for it now (false: sent before, or held); absent when not known. */
      readonly emailed?: boolean;
      /**
       * Its email was held back (see steps/applied): by the owner's hourly send cap until the next
       * hour, or by the account's daily SES quota until it allows.
       */
      readonly held?: "hourly-cap" | "daily-quota";
    };

/** The branch of the router that took a mail in. */
export type InboundFlow =
  | "forward"
  | "reply"
  | "command"
  | "settings"
  | "forget"
  | "onboarding"
  | "unreadable"
  | "too-large";

/**
 * An outcome with what the router knows of it, for the handler's logs and metrics: the flow that
 * took the mail in (none when the gate dropped it) and the milliseconds spent reading it (MIME,
 * and for a forward the interview extraction).
 */
export type RoutedOutcome = InboundOutcome & { readonly flow?: InboundFlow; readonly parseMs?: number };

/** Who sent a mail and how it is known, as every story receives it (the route carries the rest). */
export interface OwnerMail {
  readonly ownerId: string;
  readonly profile: OwnerProfile | null;
  readonly messageKey: string;
  readonly storageKey: string;
}
