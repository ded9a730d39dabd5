import type { PhoneRow } from "../phone/types";

/**
 * A reply as a native speaker types it: [reply, intent ("offer?": a closing asked about, not
 * applied), day or instant ("*": any), the prompt it answers when it needs one].
 */
export type NativeRow = PhoneRow;

/** Replies by what they say; "traps" must stay unknown: nothing closed, nothing logged. */
export type NativeCases = Readonly<Record<string, readonly NativeRow[]>>;
