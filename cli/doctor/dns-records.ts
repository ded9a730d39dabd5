import type { Resolver } from "node:dns/promises";

/**
 * What the public DNS says about the records a deployment needs, read through a `dns.promises`
 * Resolver, with the two mistakes people make most at a DNS provider recognised: the record typed
 * as TXT instead of CNAME, and the zone appended twice (`…example.com.example.com`) because the
 * provider adds it to whatever name is entered.
 */

/** An answer, "no such record" (NXDOMAIN or no data of that type), or a resolver failure. */
export type Lookup<T> =
  | { readonly kind: "found"; readonly value: T }
  | { readonly kind: "missing" }
  | { readonly kind: "failed"; readonly code: string };

/** c-ares codes for "the name or the record does not exist"; anything else means we could not ask. */
const NOT_FOUND_CODES = new Set(["ENOTFOUND", "ENODATA"]);

export async function lookup<T>(query: () => Promise<T>): Promise<Lookup<T>> {
  try {
    return { kind: "found", value: await query() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "ERROR";
    return NOT_FOUND_CODES.has(code) ? { kind: "missing" } : { kind: "failed", code };
  }
}

/** DNS names compare without case and without the root's trailing dot. */
export function sameName(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

export function normalize(name: string): string {
  return name.trim().replace(/\.$/, "").toLowerCase();
}

/**
 * The zones the user may be editing for a name under `domain`: every suffix with at least two
 * labels (followup.example.com, example.com). A provider that appends its zone turns the name N
 * into N.<zone>.
 */
export function candidateZones(domain: string): string[] {
  const labels = normalize(domain).split(".");
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join("."));
}

/** The name as the user should type it in a provider's form for `zone`: without the zone. */
export function relativeName(name: string, zone: string): string {
  const full = normalize(name);
  return full === zone ? "@" : full.slice(0, -(zone.length + 1));
}

export interface AppendedZone {
  /** Where the record actually is. */
  readonly foundAt: string;
  /** The zone the provider appended. */
  readonly zone: string;
  /** What to type instead. */
  readonly enter: string;
}

/** Looks for the record at `name.<zone>` for each candidate zone of `domain`. */
async function findAppendedZone(
  name: string,
  domain: string,
  exists: (at: string) => Promise<boolean>,
): Promise<AppendedZone | null> {
  for (const zone of candidateZones(domain)) {
    const at = `${normalize(name)}.${zone}`;
    if (await exists(at)) return { foundAt: at, zone, enter: relativeName(name, zone) };
  }
  return null;
}

export type CnameFinding =
  | { readonly status: "ok" }
  | { readonly status: "missing" }
  | { readonly status: "wrong-value"; readonly found: string }
  | { readonly status: "txt-instead" }
  | { readonly status: "appended-zone"; readonly appended: AppendedZone }
  | { readonly status: "failed"; readonly code: string };

export interface CnameCheck {
  readonly name: string;
  readonly expected: string;
  readonly finding: CnameFinding;
}

/** Whether `name` is a CNAME to `expected`, and if not, what is there instead. */
export async function checkCname(
  resolver: Resolver,
  name: string,
  expected: string,
  domain: string,
): Promise<CnameCheck> {
  const answer = await lookup(() => resolver.resolveCname(name));
  const result = (finding: CnameFinding): CnameCheck => ({ name, expected, finding });
  if (answer.kind === "failed") return result({ status: "failed", code: answer.code });
  if (answer.kind === "found") {
    const target = answer.value[0] ?? "";
    return result(sameName(target, expected) ? { status: "ok" } : { status: "wrong-value", found: target });
  }
  const txt = await lookup(() => resolver.resolveTxt(name));
  if (txt.kind === "found") return result({ status: "txt-instead" });
  const appended = await findAppendedZone(
    name,
    domain,
    async (at) => (await lookup(() => resolver.resolveCname(at))).kind === "found",
  );
  return result(appended ? { status: "appended-zone", appended } : { status: "missing" });
}

/** One line per DKIM record, as doctor prints it under the check. */
export function describeCname(check: CnameCheck): string {
  const record = `${check.name} CNAME ${check.expected}`;
  const { finding } = check;
  switch (finding.status) {
    case "ok":
      return `✓ ${record}`;
    case "missing":
      return `✗ ${record}: no such record yet`;
    case "wrong-value":
      return `✗ ${record}: it points to ${normalize(finding.found)} instead`;
    case "txt-instead":
      return `✗ ${record}: there is a TXT record at this name; it must be a CNAME`;
    case "appended-zone":
      return `✗ ${record}: found at ${finding.appended.foundAt} instead (your DNS provider appended ${finding.appended.zone}: enter the name as ${finding.appended.enter})`;
    case "failed":
      return `✗ ${record}: the DNS lookup failed (${finding.code})`;
  }
}

export interface MxRecordFound {
  readonly exchange: string;
  readonly priority: number;
}

export type MxFinding =
  | { readonly status: "ok"; readonly records: readonly MxRecordFound[] }
  | { readonly status: "missing"; readonly appended: AppendedZone | null }
  | { readonly status: "elsewhere"; readonly records: readonly MxRecordFound[] }
  | { readonly status: "not-first"; readonly records: readonly MxRecordFound[] }
  | { readonly status: "failed"; readonly code: string };

/**
 * Mail goes to the MX hosts with the lowest preference number first: SES receives it only when
 * every one of those is `expected` (another host at the same preference gets its share).
 */
export async function checkMx(resolver: Resolver, domain: string, expected: string): Promise<MxFinding> {
  const answer = await lookup(() => resolver.resolveMx(domain));
  if (answer.kind === "failed") return { status: "failed", code: answer.code };
  if (answer.kind === "missing" || answer.value.length === 0) {
    const appended = await findAppendedZone(
      domain,
      domain,
      async (at) => (await lookup(() => resolver.resolveMx(at))).kind === "found",
    );
    return { status: "missing", appended };
  }
  const records = [...answer.value]
    .map((record) => ({ exchange: normalize(record.exchange), priority: record.priority }))
    .sort((a, b) => a.priority - b.priority);
  const lowest = records[0]?.priority;
  const first = records.filter((record) => record.priority === lowest);
  if (first.every((record) => sameName(record.exchange, expected))) return { status: "ok", records };
  if (records.some((record) => sameName(record.exchange, expected))) return { status: "not-first", records };
  return { status: "elsewhere", records };
}
