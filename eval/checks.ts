/**
 * The checks of the held-out evaluation, as pure functions: an expectation and what a reader
 * returned in, pass/fail out. The readers' results are read through loose views (./score reads
 * them as `unknown`), so a reader whose insides or result types change keeps being scored as long
 * as its entry point and the documented fields stay.
 */
import { DateTime } from "luxon";

// ---------------------------------------------------------------------------------------------
// Expectations (the held-out set's format).

export const FORWARD_KINDS = ["invite", "reschedule", "rejection", "offer", "not-interview"] as const;
export type ForwardKind = (typeof FORWARD_KINDS)[number];

export interface ForwardExpectation {
  readonly lang: string;
  readonly kind: ForwardKind;
  /** ISO with offset: when the forward arrives. */
  readonly now: string;
  readonly userZone: string;
  readonly company: string | null;
  readonly companyAlternatives: readonly string[];
  readonly role: string | null;
  /** "YYYY-MM-DDTHH:mm", wall time in `zone`. */
  readonly start: string | null;
  readonly zone: string | null;
  readonly durationMinutes: number | null;
  readonly interviewers: readonly string[];
  readonly notInterviewers: readonly string[];
  readonly decisionDate: string | null;
  readonly notes: string;
}

export const ANSWERING = [
  "confirmation",
  "prep",
  "thank-you",
  "follow-up-1",
  "follow-up-2",
  "move-on",
  "digest",
] as const;
export type Answering = (typeof ANSWERING)[number];

export const EXPECTED_INTENTS = [
  "thanked",
  "followed-up",
  "decision-date",
  "heard-back",
  "next-round",
  "offer",
  "rejected",
  "withdrawn",
  "snooze",
  "undo",
  "reopen",
  "correct",
  "status",
  "export",
  "help",
  "forget",
  "none",
] as const;
export type ExpectedIntent = (typeof EXPECTED_INTENTS)[number];

export const CLOSINGS = ["offer", "rejected", "withdrawn"] as const;
export type Closing = (typeof CLOSINGS)[number];

export interface ReplyExpectation {
  readonly id: string;
  readonly lang: string;
  /** Local ISO without offset, in `zone`. */
  readonly now: string;
  readonly zone: string;
  readonly company: string | null;
  readonly answering: Answering;
  readonly text: string;
  /** Not in the format; used when an item carries one (an "Automatic reply: …" subject). */
  readonly subject?: string;
  readonly expect: {
    readonly intent: ExpectedIntent;
    readonly date: string | null;
    readonly time: string | null;
    readonly closing: Closing | null;
  };
}

/** One check's verdict: what was expected, what was read, and how it was judged. */
export interface Check {
  readonly name: string;
  readonly pass: boolean;
  /** Left out of a results file unless --details (the held-out set's answers stay out of the repo). */
  readonly expected?: unknown;
  readonly read: unknown;
  readonly how?: string;
}

// ---------------------------------------------------------------------------------------------
// Validation: a malformed expectation is the set's problem, not the reader's; it is reported, not scored.

const isString = (value: unknown): value is string => typeof value === "string";
const isStringOrNull = (value: unknown): value is string | null => value === null || isString(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => isString(entry));

export function isValidZone(zone: unknown): zone is string {
  return isString(zone) && zone !== "" && DateTime.now().setZone(zone).isValid;
}

/** The problems of a forward's expectation; empty when it can be scored. */
export function forwardProblems(value: unknown): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["not a JSON object"];
  const item = value as Record<string, unknown>;
  const problems: string[] = [];
  if (!FORWARD_KINDS.includes(item.kind as ForwardKind)) problems.push(`kind ${JSON.stringify(item.kind)}`);
  if (!isString(item.now) || !DateTime.fromISO(item.now, { setZone: true }).isValid)
    problems.push(`now ${JSON.stringify(item.now)}`);
  if (!isValidZone(item.userZone)) problems.push(`userZone ${JSON.stringify(item.userZone)}`);
  for (const key of ["company", "role", "decisionDate"] as const)
    if (item[key] !== undefined && !isStringOrNull(item[key]))
      problems.push(`${key} is not a string or null`);
  for (const key of ["companyAlternatives", "interviewers", "notInterviewers"] as const)
    if (item[key] !== undefined && !isStringArray(item[key]))
      problems.push(`${key} is not a list of strings`);
  if (item.zone !== undefined && item.zone !== null && !isValidZone(item.zone))
    problems.push(`zone ${JSON.stringify(item.zone)}`);
  if (item.start !== undefined && item.start !== null) {
    const zone = isValidZone(item.zone) ? item.zone : null;
    if (!isString(item.start) || !zone || !DateTime.fromISO(item.start, { zone }).isValid)
      problems.push(`start ${JSON.stringify(item.start)} (needs a valid zone too)`);
  }
  if (
    item.durationMinutes !== undefined &&
    item.durationMinutes !== null &&
    (typeof item.durationMinutes !== "number" || !Number.isFinite(item.durationMinutes))
  )
    problems.push("durationMinutes is not a number");
  if (isString(item.decisionDate) && !/^\d{4}-\d{2}-\d{2}$/.test(item.decisionDate))
    problems.push(`decisionDate ${JSON.stringify(item.decisionDate)}`);
  return problems;
}

/** The expectation with absent optional fields filled in as "not checked". */
export function forwardExpectation(value: Record<string, unknown>, lang: string): ForwardExpectation {
  const list = (key: string) => (isStringArray(value[key]) ? (value[key] as string[]) : []);
  const text = (key: string) => (isString(value[key]) && value[key] !== "" ? (value[key] as string) : null);
  return {
    lang: text("lang") ?? lang,
    kind: value.kind as ForwardKind,
    now: value.now as string,
    userZone: value.userZone as string,
    company: text("company"),
    companyAlternatives: list("companyAlternatives"),
    role: text("role"),
    start: text("start"),
    zone: text("zone"),
    durationMinutes: typeof value.durationMinutes === "number" ? value.durationMinutes : null,
    interviewers: list("interviewers"),
    notInterviewers: list("notInterviewers"),
    decisionDate: text("decisionDate"),
    notes: text("notes") ?? "",
  };
}

/** The problems of a reply line; empty when it can be scored. */
export function replyProblems(value: unknown): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["not a JSON object"];
  const item = value as Record<string, unknown>;
  const problems: string[] = [];
  if (!isString(item.id) || item.id === "") problems.push("no id");
  if (!isString(item.text)) problems.push("no text");
  if (!isValidZone(item.zone)) problems.push(`zone ${JSON.stringify(item.zone)}`);
  else if (!isString(item.now) || !DateTime.fromISO(item.now, { zone: item.zone }).isValid)
    problems.push(`now ${JSON.stringify(item.now)}`);
  if (!ANSWERING.includes(item.answering as Answering))
    problems.push(`answering ${JSON.stringify(item.answering)}`);
  if (item.company !== undefined && !isStringOrNull(item.company)) problems.push("company");
  const expect = item.expect as Record<string, unknown> | undefined;
  if (typeof expect !== "object" || expect === null) return [...problems, "no expect"];
  if (!EXPECTED_INTENTS.includes(expect.intent as ExpectedIntent))
    problems.push(`expect.intent ${JSON.stringify(expect.intent)}`);
  if (expect.date != null && !(isString(expect.date) && /^\d{4}-\d{2}-\d{2}$/.test(expect.date)))
    problems.push(`expect.date ${JSON.stringify(expect.date)}`);
  if (expect.time != null && !(isString(expect.time) && /^\d{1,2}:\d{2}$/.test(expect.time)))
    problems.push(`expect.time ${JSON.stringify(expect.time)}`);
  if (expect.closing != null && !CLOSINGS.includes(expect.closing as Closing))
    problems.push(`expect.closing ${JSON.stringify(expect.closing)}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Names, companies, roles.

/** Case, punctuation, spacing and Unicode compatibility forms do not count. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether `outer` holds `inner` as whole words (both normalised). */
function holdsWords(outer: string, inner: string): boolean {
  return inner !== "" && ` ${outer} `.includes(` ${inner} `);
}

interface PersonRead {
  readonly name: string | null;
  readonly email: string | null;
}

export function peopleOf(value: unknown): PersonRead[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry) => {
    const person = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    return {
      name: isString(person.name) ? person.name : null,
      email: isString(person.email) ? person.email : null,
    };
  });
}

/** An expected interviewer is found when a read name equals it or holds it whole ("Dr. Lena Fischer"). */
function interviewerFound(expected: string, people: readonly PersonRead[]): boolean {
  if (expected.includes("@"))
    return people.some((person) => person.email?.toLowerCase() === expected.trim().toLowerCase());
  const want = normalise(expected);
  return people.some((person) => person.name !== null && holdsWords(normalise(person.name), want));
}

/**
 * A person who is not an interviewer "appears" when any read name or address local part matches
 * it either way: "Talent" read for "Talent Team" counts, so does "sam" from sam@acme.example.
 */
function personAppears(notInterviewer: string, people: readonly PersonRead[]): boolean {
  if (notInterviewer.includes("@"))
    return people.some((person) => person.email?.toLowerCase() === notInterviewer.trim().toLowerCase());
  const name = normalise(notInterviewer);
  return people.some((person) => {
    const names = [person.name, person.email?.split("@")[0] ?? null]
      .filter((value): value is string => value !== null)
      .map(normalise)
      .filter((value) => value !== "");
    return names.some((read) => holdsWords(read, name) || holdsWords(name, read));
  });
}

// ---------------------------------------------------------------------------------------------
// Forward checks.

/** What a forward's reader returned, read loosely from an IngestResult. */
export interface ForwardRead {
  readonly status: string | null;
  readonly outcome: string | null;
  readonly reason: string | null;
  readonly company: string | null;
  readonly role: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly timeZone: string | null;
  readonly interviewers: PersonRead[];
  readonly decisionHint: string | null;
}

export function forwardRead(result: unknown): ForwardRead {
  const value = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
  const interview = (
    typeof value.interview === "object" && value.interview !== null ? value.interview : {}
  ) as Record<string, unknown>;
  const text = (source: Record<string, unknown>, key: string) =>
    isString(source[key]) && source[key] !== "" ? (source[key] as string) : null;
  return {
    status: text(value, "status"),
    outcome: text(value, "outcome"),
    reason: text(value, "reason"),
    company: text(interview, "company"),
    role: text(interview, "role"),
    start: text(interview, "start"),
    end: text(interview, "end"),
    timeZone: text(interview, "timeZone"),
    interviewers: peopleOf(interview.interviewers),
    decisionHint: text(value, "decisionHint"),
  };
}

/** The same instant, to the minute. */
function minuteOf(value: DateTime): number {
  return Math.floor(value.toMillis() / 60_000);
}

/** The IANA name as the runtime's ICU spells it: aliases (US/Central, Asia/Calcutta) meet. */
function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

/** Whether a forward was read as what it is (the headline check). */
export function readAsCheck(kind: ForwardKind, read: ForwardRead): Check {
  const expected =
    kind === "invite" || kind === "reschedule"
      ? "status ok or needs-date"
      : kind === "rejection"
        ? "outcome rejected"
        : kind === "offer"
          ? "outcome offer"
          : "status not-an-interview, no outcome";
  const pass =
    kind === "invite" || kind === "reschedule"
      ? read.status === "ok" || read.status === "needs-date"
      : kind === "rejection"
        ? read.outcome === "rejected"
        : kind === "offer"
          ? read.outcome === "offer"
          : read.status === "not-an-interview" && read.outcome === null;
  return { name: "read-as", pass, expected, read: { status: read.status, outcome: read.outcome } };
}

/** Every check a forward's expectation asks for (fields null or empty there are not checked). */
export function forwardChecks(expect: ForwardExpectation, read: ForwardRead): Check[] {
  const checks: Check[] = [readAsCheck(expect.kind, read)];
  if (expect.company !== null) {
    const accepted = [expect.company, ...expect.companyAlternatives].map(normalise);
    checks.push({
      name: "company",
      pass: read.company !== null && accepted.includes(normalise(read.company)),
      expected: [expect.company, ...expect.companyAlternatives],
      read: read.company,
    });
  }
  if (expect.role !== null) {
    const want = normalise(expect.role);
    const got = read.role === null ? "" : normalise(read.role);
    checks.push({
      name: "role",
      pass: got !== "" && (got.includes(want) || want.includes(got)),
      expected: expect.role,
      read: read.role,
    });
  }
  const parsedStart = read.start ? DateTime.fromISO(read.start, { setZone: true }) : null;
  const startRead = parsedStart?.isValid ? parsedStart : null;
  const expectedStart =
    expect.start !== null && expect.zone !== null
      ? DateTime.fromISO(expect.start, { zone: expect.zone })
      : null;
  if (expect.start !== null && expectedStart) {
    checks.push({
      name: "start",
      pass: startRead !== null && minuteOf(startRead) === minuteOf(expectedStart),
      expected: `${expect.start} ${expect.zone}`,
      read:
        startRead && expect.zone
          ? `${read.start} (${startRead.setZone(expect.zone).toFormat("yyyy-MM-dd'T'HH:mm")} ${expect.zone})`
          : read.start,
    });
  }
  if (expect.zone !== null) checks.push(zoneCheck(expect.zone, read, startRead, expectedStart));
  if (expect.durationMinutes !== null) {
    const end = read.end ? DateTime.fromISO(read.end, { setZone: true }) : null;
    const minutes =
      startRead && end?.isValid ? Math.round(end.diff(startRead, "minutes").minutes * 1000) / 1000 : null;
    checks.push({
      name: "duration",
      pass: minutes !== null && minutes === expect.durationMinutes,
      expected: expect.durationMinutes,
      read: minutes,
      ...(read.end === null ? { how: "no end read" } : {}),
    });
  }
  const names = read.interviewers.map((person) => person.name ?? person.email);
  if (expect.interviewers.length > 0) {
    const missing = expect.interviewers.filter((name) => !interviewerFound(name, read.interviewers));
    checks.push({
      name: "interviewers",
      pass: missing.length === 0,
      expected: expect.interviewers,
      read: names,
      ...(missing.length > 0 ? { how: `missing ${missing.join(", ")}` } : {}),
    });
  }
  if (expect.notInterviewers.length > 0) {
    const appearing = expect.notInterviewers.filter((name) => personAppears(name, read.interviewers));
    checks.push({
      name: "not-interviewers",
      pass: appearing.length === 0,
      expected: { none: expect.notInterviewers },
      read: names,
      ...(appearing.length > 0 ? { how: `read as interviewers: ${appearing.join(", ")}` } : {}),
    });
  }
  if (expect.decisionDate !== null) {
    checks.push({
      name: "decision-date",
      pass: read.decisionHint === expect.decisionDate,
      expected: expect.decisionDate,
      read: read.decisionHint,
    });
  }
  return checks;
}

/**
 * The zone: the same IANA zone (aliases meet through ICU's canonical names), else the same UTC
 * offset at the start instant. A reader that names no zone (timeZone null: "the user's zone")
 * passes when the offset of the start it read is the expected zone's offset at that instant.
 */
function zoneCheck(
  zone: string,
  read: ForwardRead,
  startRead: DateTime | null,
  expectedStart: DateTime | null,
): Check {
  const base = { name: "zone", expected: zone, read: read.timeZone };
  const at = startRead ?? expectedStart;
  if (read.timeZone !== null) {
    if (canonicalZone(read.timeZone) === canonicalZone(zone))
      return { ...base, pass: true, how: "same zone" };
    const readZone = at?.setZone(read.timeZone);
    const same = at !== null && readZone?.isValid === true && readZone.offset === at.setZone(zone).offset;
    return { ...base, pass: same, how: same ? "same offset at the start" : "another zone" };
  }
  if (!startRead) return { ...base, pass: false, how: "no zone and no start read" };
  const same = startRead.offset === startRead.setZone(zone).offset;
  return {
    ...base,
    read: `none (start offset ${startRead.toFormat("ZZ")})`,
    pass: same,
    how: same ? "no zone named; the start's offset is the zone's" : "no zone named; another offset",
  };
}

// ---------------------------------------------------------------------------------------------
// Reply checks.

/** What the reply reader returned, read loosely from an UnderstoodReply. */
export interface ReplyRead {
  readonly intent: string | null;
  readonly date: string | null;
  readonly also: ReadonlyArray<{ readonly intent: string | null; readonly date: string | null }>;
  readonly correction: Record<string, unknown> | null;
  readonly needsConfirmation: boolean;
  readonly automatic: boolean;
  readonly declinedOffer: boolean;
  readonly suggestions: readonly string[];
}

export function replyRead(result: unknown): ReplyRead {
  const value = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
  const text = (source: Record<string, unknown>, key: string) =>
    isString(source[key]) && source[key] !== "" ? (source[key] as string) : null;
  const also = Array.isArray(value.also)
    ? value.also.map((entry) => {
        const step = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
        return { intent: text(step, "intent"), date: text(step, "date") };
      })
    : [];
  return {
    intent: text(value, "intent"),
    date: text(value, "date"),
    also,
    correction:
      typeof value.correction === "object" && value.correction !== null
        ? (value.correction as Record<string, unknown>)
        : null,
    needsConfirmation: value.needsConfirmation === true,
    automatic: value.automatic === true,
    declinedOffer: value.declinedOffer === true,
    suggestions: isStringArray(value.suggestions) ? value.suggestions : [],
  };
}

/**
 * Intents that change nothing: "unknown" (answered with "did you mean …?" and the command list, or
 * an out-of-office notice, not answered at all) and "help" (the command list). Both answer with
 * the same help message and leave every plan as it was, so an expected "none" accepts either.
 */
export const NON_ACTING_INTENTS: readonly string[] = ["unknown", "help"];

/** Whether the intent read is the one expected (see eval/README.md for the mapping). */
export function intentMatches(expected: ExpectedIntent, read: ReplyRead): { pass: boolean; how?: string } {
  if (expected === "none") {
    if (read.intent !== null && NON_ACTING_INTENTS.includes(read.intent)) return { pass: true };
    // A reading the reader asks about instead of applying changes nothing either.
    if (read.needsConfirmation) return { pass: true, how: "asked, not applied" };
    return { pass: false };
  }
  return { pass: read.intent === expected };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date the reader returned ("YYYY-MM-DD", or an ISO instant) as a calendar day in `zone`. */
function dayIn(value: string | null, zone: string): string | null {
  if (value === null) return null;
  if (DAY.test(value)) return value;
  const instant = DateTime.fromISO(value, { setZone: true });
  return instant.isValid ? instant.setZone(zone).toISODate() : null;
}

/** An ISO instant's HH:MM in `zone`; null for a bare day or anything unreadable. */
function timeIn(value: string | null, zone: string): string | null {
  if (value === null || DAY.test(value) || !/T\d/.test(value)) return null;
  const instant = DateTime.fromISO(value, { setZone: true });
  return instant.isValid ? instant.setZone(zone).toFormat("HH:mm") : null;
}

function correctionDate(read: ReplyRead): { start: string | null; time: string | null } {
  const correction = read.correction;
  if (correction?.field !== "date") return { start: null, time: null };
  return {
    start: isString(correction.start) ? correction.start : null,
    time: isString(correction.time) ? correction.time : null,
  };
}

/** The days a reply was read to name: its date, its `also` steps' dates, a corrected start's day. */
export function daysRead(read: ReplyRead, zone: string): string[] {
  const days = [read.date, ...read.also.map((step) => step.date), correctionDate(read).start].map((value) =>
    dayIn(value, zone),
  );
  return [...new Set(days.filter((day): day is string => day !== null))];
}

/** The times of day a reply was read to name, HH:MM in `zone`. */
export function timesRead(read: ReplyRead, zone: string): string[] {
  const correction = correctionDate(read);
  const times = [timeIn(read.date, zone), timeIn(correction.start, zone), correction.time];
  return [...new Set(times.filter((time): time is string => time !== null))];
}

const pad = (time: string) => time.padStart(5, "0");

export interface ReplyVerdict {
  readonly checks: Check[];
  /** The closing the reader applied (not merely asked about), if any. */
  readonly appliedClosing: string | null;
  /** A closing applied where none was meant: the costly error. */
  readonly falseClosing: boolean;
  /** A closing meant, and the reader returned something else (another closing, or none). */
  readonly missedClosing: boolean;
  /** A closing the reader asked about (needsConfirmation) instead of applying. */
  readonly askedClosing: boolean;
}

export function replyChecks(item: ReplyExpectation, read: ReplyRead | null): ReplyVerdict {
  const { expect, zone } = item;
  const checks: Check[] = [];
  const intent = read ? intentMatches(expect.intent, read) : { pass: false, how: "reader threw" };
  checks.push({
    name: "intent",
    pass: intent.pass,
    expected: expect.intent,
    read: read?.intent ?? null,
    ...(intent.how ? { how: intent.how } : {}),
  });
  if (expect.date !== null) {
    const days = read ? daysRead(read, zone) : [];
    checks.push({ name: "date", pass: days.includes(expect.date), expected: expect.date, read: days });
  }
  if (expect.time !== null) {
    const times = read ? timesRead(read, zone) : [];
    checks.push({
      name: "time",
      pass: times.includes(pad(expect.time)),
      expected: pad(expect.time),
      read: times,
    });
  }
  const closingRead =
    read?.intent && (CLOSINGS as readonly string[]).includes(read.intent) ? read.intent : null;
  const asked = closingRead !== null && read?.needsConfirmation === true;
  const appliedClosing = asked ? null : closingRead;
  return {
    checks,
    appliedClosing,
    falseClosing: expect.closing === null && appliedClosing !== null,
    missedClosing: expect.closing !== null && closingRead !== expect.closing,
    askedClosing: asked,
  };
}

/** The reader's `replyingTo` for the email a reply answers: a prompt kind, or null. */
export function replyingToOf(answering: Answering): Exclude<Answering, "confirmation" | "digest"> | null {
  return answering === "confirmation" || answering === "digest" ? null : answering;
}
