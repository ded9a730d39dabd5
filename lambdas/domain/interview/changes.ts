/**
 * What one change did to a plain object, field by field, so an undo entry keeps only that (not a
 * copy of everything): the fields' values as they were, and the fields that were not there.
 */

export interface FieldChanges<T extends object> {
  /** The changed fields as they were before. */
  readonly was: Partial<T>;
  /** Fields the change added (absent before). */
  readonly absent: readonly string[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields `after` changed of `before`. */
export function changedFields<T extends object>(before: T, after: T): FieldChanges<T> {
  const was: Record<string, unknown> = {};
  const absent: string[] = [];
  const old = before as Record<string, unknown>;
  const changed = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(old), ...Object.keys(changed)])) {
    if (same(old[key], changed[key])) continue;
    if (key in old && old[key] !== undefined) was[key] = old[key];
    else absent.push(key);
  }
  return { was: was as Partial<T>, absent };
}

/** `current` with those fields as they were before the change. */
export function restoreFields<T extends object>(current: T, changes: FieldChanges<T>): T {
  const restored: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const key of changes.absent) delete restored[key];
  return { ...restored, ...changes.was } as T;
}

/** An object stored whole (undo entries written before they kept only changes) read as changes. */
export function asFieldChanges<T extends object>(stored: T | FieldChanges<T>): FieldChanges<T> {
  return "was" in stored && "absent" in stored ? stored : { was: stored, absent: [] };
}
