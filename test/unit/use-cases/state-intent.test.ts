/**
 * Every reply intent and command on every state a round can be in: nothing throws, and exactly one
 * answer goes out whose gist fits the state (an open round is changed, a closed one says so, a
 * forward awaiting its date asks for it, commands work everywhere).
 */
import { describe, expect, it } from "vitest";
import { holdForDate } from "../../../lambdas/use-cases/forward/hold-for-date";
import { createWorld, mail, OWNER, UNDATED_FORWARD, type World } from "../conversation/world";

const INTERVIEW = { start: "2026-11-18T13:00:00-06:00", end: "2026-11-18T14:00:00-06:00" };

type State = "awaiting its date" | "active" | "closed" | "moved on" | "cancelled";

/** Brings a fresh world's round to the state; returns its id. */
const STATES: Record<State, (world: World) => Promise<string>> = {
  async "awaiting its date"(world) {
    const forward = { mail: mail("fwd", "Fwd: Interview"), ownerId: OWNER, storageKey: "raw/held" };
    await holdForDate(UNDATED_FORWARD, forward, "key-held", world.deps);
    const [held] = await world.store.listByOwner(OWNER);
    return held?.interviewId ?? "";
  },
  active: async (world) => (await world.forward(INTERVIEW)).interviewId,
  async closed(world) {
    const { interviewId } = await world.forward(INTERVIEW);
    await world.reply(interviewId, "got the offer!");
    return interviewId;
  },
  async "moved on"(world) {
    const { interviewId } = await world.forward(INTERVIEW);
    // Past the move-on prompt: every prompt sent, nothing planned.
    await world.advanceTo("2026-12-10T10:00:00-06:00");
    return interviewId;
  },
  async cancelled(world) {
    const record = await world.forward(INTERVIEW);
    await world.store.save({ ...record, status: "cancelled", planned: [], revision: record.revision + 1 });
    world.scheduler.schedules.clear();
    return record.interviewId;
  },
};

/** What the owner writes for each intent and command. */
const WORDS = {
  thanked: "sent the thank-you",
  "decision-date": "they said they'd decide by Friday",
  "followed-up": "followed up today",
  "heard-back": "heard back from them",
  "next-round": "next round Dec 3 at 2pm",
  offer: "got the offer!",
  rejected: "Unfortunately they went with another candidate.",
  withdrawn: "I'm withdrawing, took another job",
  snooze: "snooze 3 days",
  undo: "undo",
  reopen: "reopen",
  correct: "company Lumen Freight",
  status: "status",
  export: "export",
  help: "help",
  check: "check: Dear Priya, thank you for your time today.",
  unknown: "the weather is nice",
  date: "Dec 3 at 2pm",
} as const;
type Words = keyof typeof WORDS;

/** Answers that do not depend on the round's state. */
const COMMANDS: Partial<Record<Words, RegExp>> = {
  export: /^Your interview data/,
  help: /^How to use interview follow-up/,
  check: /^Tone check:/,
};
const CORRECTED = /^Corrected: the company is Lumen Freight/;
const CLOSED = /^This application is closed/;
const NEEDS_DATE = /^I still need the interview date/;
const OPEN: Partial<Record<Words, RegExp>> = {
  thanked: /^Noted: thank-you sent/,
  "decision-date": /^Noted: they will decide by Fri/,
  "followed-up": /^Noted: follow-up sent/,
  "heard-back": /^Noted: they answered; follow-ups stopped/,
  "next-round": /^Next round with Acme Robotics: .* — here is its plan/,
  offer: /^Congratulations on the offer/,
  rejected: /^Sorry about Acme Robotics/,
  withdrawn: /^Noted: withdrawn/,
  snooze: /^Snoozed: /,
  undo: /^Nothing to undo/,
  reopen: /^Nothing to undo/,
  correct: CORRECTED,
  status: /^Status: what is pending/,
  unknown: /^Sorry, I did not understand/,
  date: /^Sorry, I did not understand/,
};
const SHUT: Partial<Record<Words, RegExp>> = {
  ...Object.fromEntries(
    (
      [
        "thanked",
        "decision-date",
        "followed-up",
        "heard-back",
        "next-round",
        "offer",
        "rejected",
        "withdrawn",
        "snooze",
      ] as const
    ).map((intent) => [intent, CLOSED]),
  ),
  correct: CORRECTED,
  status: /^Status: nothing pending/,
  unknown: /^Sorry, I did not understand/,
  date: /^Sorry, I did not understand/,
};

/** The gist of the one answer each intent gets in each state. */
const EXPECTED: Record<State, Partial<Record<Words, RegExp>>> = {
  "awaiting its date": {
    ...Object.fromEntries(Object.keys(WORDS).map((intent) => [intent, NEEDS_DATE])),
    "next-round": /^Got it: interview with Lumen Freight .* — here is your plan/,
    date: /^Got it: interview with Lumen Freight .* — here is your plan/,
    undo: /^Could not find the interview date/,
    reopen: /^Could not find the interview date/,
    correct: /^Could not find the interview date/,
    status: /^Status: nothing pending/,
  },
  active: OPEN,
  closed: { ...SHUT, undo: /^Reopened: offer/, reopen: /^Reopened: offer/ },
  // Moved on is closed (docs/REMINDER_POLICY.md): news reopens it and applies, as on an open round.
  "moved on": {
    ...OPEN,
    snooze: CLOSED,
    undo: /^Reopened: moved on/,
    reopen: /^Reopened: moved on/,
    status: /^Status: nothing pending/,
  },
  cancelled: { ...SHUT, undo: /^Reopened: /, reopen: /^Reopened: / },
};

const CASES = (Object.keys(STATES) as State[]).flatMap((state) =>
  (Object.keys(WORDS) as Words[]).map(
    (intent) => [state, intent, COMMANDS[intent] ?? EXPECTED[state][intent] ?? /^never$/] as const,
  ),
);

describe("every intent on every state", () => {
  it.each(CASES)("%s, “%s”: one answer, %s", async (state, intent, expected) => {
    // Prepare
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const id = await STATES[state](world);
    const before = world.mailer.sent.length;
    // Act
    await world.reply(id, WORDS[intent]);
    // Assess
    const answers = world.mailer.sent.slice(before).map((email) => email.subject);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatch(expected);
  });
});
