/**
 * What doctor reports: one result per check, printed as one ✓/✗ line with the exact next step,
 * or as JSON for scripts.
 */

export type CheckStatus = "pass" | "fail" | "skip";

export interface CheckResult {
  /** Stable, for scripts reading --json. */
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
  /** One line: what was found. */
  readonly summary: string;
  /** Lines under it: each record, each owner, each difference. */
  readonly details: readonly string[];
  /** The exact next step, when the check did not pass. */
  readonly advice?: string;
  /** The README section that fixes it, as a path with its anchor. */
  readonly link?: string;
}

export interface DoctorReport {
  readonly ok: boolean;
  readonly checks: readonly CheckResult[];
  /** Lines printed after the checks (the DNS records to add, the next step). */
  readonly notes: readonly string[];
  /** What was examined: region, stack, configuration source. */
  readonly subject: Readonly<Record<string, string | null>>;
}

export function pass(
  id: string,
  title: string,
  summary: string,
  details: readonly string[] = [],
): CheckResult {
  return { id, title, status: "pass", summary, details };
}

export function fail(
  id: string,
  title: string,
  summary: string,
  fix: { readonly advice: string; readonly link: string; readonly details?: readonly string[] },
): CheckResult {
  return {
    id,
    title,
    status: "fail",
    summary,
    details: fix.details ?? [],
    advice: fix.advice,
    link: fix.link,
  };
}

/** A check that could not run because an earlier one failed: it does not pass either. */
export function skip(id: string, title: string, reason: string): CheckResult {
  return { id, title, status: "skip", summary: reason, details: [] };
}

export function report(
  checks: readonly CheckResult[],
  subject: DoctorReport["subject"],
  notes: readonly string[] = [],
): DoctorReport {
  return { ok: checks.every((check) => check.status === "pass"), checks, notes, subject };
}

const MARK: Record<CheckStatus, string> = { pass: "✓", fail: "✗", skip: "–" };

/** The human form: a heading, one line per check with its details and advice, then the notes. */
export function renderText(result: DoctorReport, heading: string): string {
  const lines = [heading, ""];
  for (const check of result.checks) {
    lines.push(`${MARK[check.status]} ${check.title}: ${check.summary}`);
    for (const detail of check.details) lines.push(`    ${detail}`);
    if (check.advice) lines.push(`  → ${check.advice}.${check.link ? ` See ${check.link}` : ""}`);
  }
  if (result.notes.length > 0) lines.push("", ...result.notes);
  return `${lines.join("\n")}\n`;
}

export function renderJson(result: DoctorReport): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
