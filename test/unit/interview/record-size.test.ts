/**
 * Bounded records by construction: whatever an owner mails, in whatever order, every stored round
 * stays far below DynamoDB's 400 KB item limit (the size DynamoDB computes for the item the adapter
 * writes), and a change past a cap is answered politely.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interviewItem } from "../../../lambdas/adapters/dynamo-interview-store";
import { itemSize, MAX_ITEM_BYTES } from "../../../lambdas/adapters/dynamo-item-size";
import { MAX_INTERVIEWERS, MAX_TEXT_CHARS } from "../../../lambdas/domain/interview/bounds";
import { createWorld, OWNER, type World } from "../conversation/world";

/** Far below the limit: room for whatever a later field adds. */
const BUDGET_BYTES = MAX_ITEM_BYTES / 4;

describe("the item size DynamoDB computes", () => {
  it.each([
    ["a string: name and UTF-8 bytes", { ab: { S: "héllo" } }, 2 + 6],
    ["a number: one byte per two significant digits, plus one", { n: { N: "12345" } }, 1 + 4],
    ["a number's leading and trailing zeros do not count", { n: { N: "-0.00120" } }, 1 + 2],
    ["booleans and nulls: one byte", { t: { BOOL: true }, z: { NULL: true } }, 1 + 1 + 1 + 1],
    [
      "a list: three bytes, one per element, and the elements",
      { l: { L: [{ S: "ab" }, { N: "7" }] } },
      1 + 3 + 3 + 3,
    ],
    [
      "a map: three bytes, its keys as names, one per element",
      { m: { M: { k: { S: "v" } } } },
      1 + 3 + 2 + 1,
    ],
  ])("%s", (_rule, item, bytes) => {
    expect(itemSize(item)).toBe(bytes);
  });

  it("counts the stored record whole: more than its JSON alone", async () => {
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const record = await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    expect(itemSize(interviewItem(record))).toBeGreaterThan(JSON.stringify(record).length);
  });
});

const name = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{0,12}( [A-Z][a-z]{0,12}){0,2}$/),
  fc.integer({ min: 1, max: 2_000 }).map((length) => `Dr ${"Q".repeat(length)}`),
);
const long = fc
  .integer({ min: 1, max: 60_000 })
  .map((length) => "Lumen Freight ".repeat(Math.ceil(length / 14)).slice(0, length));

/** One mail an owner might send, as the words of a reply. */
const ownerMail = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(name, { minLength: 1, maxLength: 30 })
      .map((names) => `add interviewer ${names.join(", ")}`),
  },
  { weight: 2, arbitrary: long.map((text) => `company ${text}`) },
  { weight: 2, arbitrary: long.map((text) => `role ${text}`) },
  fc.constantFrom(
    "sent the thank-you",
    "followed up today",
    "snooze 3 days",
    "undo",
    "reopen",
    "got the offer!",
    "Unfortunately they went with another candidate.",
    "next round Dec 3 at 2pm",
    "heard back, they said Friday",
    "remove Priya",
    "what?",
  ),
  fc.string({ maxLength: 2000 }),
);

/** The largest item any stored round of the owner would be. */
async function largestItem(world: World): Promise<number> {
  const rounds = await world.store.listByOwner(OWNER);
  return Math.max(...rounds.map((round) => itemSize(interviewItem(round))));
}

describe("a round's stored size", () => {
  it("stays far below 400 KB over any sequence of owner mail (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), ownerMail), { minLength: 10, maxLength: 30 }),
        async (mails) => {
          // Prepare
          const world = createWorld("2026-11-16T10:00:00-06:00");
          await world.forward({ start: "2026-11-18T13:00:00-06:00" });
          // Act: each mail a reply to one of the owner's rounds
          for (const [pick, text] of mails) {
            const rounds = await world.store.listByOwner(OWNER);
            const round = rounds[pick % rounds.length];
            if (round) await world.reply(round.interviewId, text);
          }
          // Assess
          expect(await largestItem(world)).toBeLessThan(BUDGET_BYTES);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it("18 replies adding ten long-named interviewers each: refused politely at the cap, the round small", async () => {
    // Prepare
    const world = createWorld("2026-11-16T10:00:00-06:00");
    const { interviewId } = await world.forward({ start: "2026-11-18T13:00:00-06:00" });
    const answers = [];
    // Act
    for (let reply = 0; reply < 18; reply++) {
      const names = Array.from(
        { length: 10 },
        (_, index) => `Person${reply}x${index} ${"Q".repeat(MAX_TEXT_CHARS)}`,
      );
      answers.push(await world.reply(interviewId, `add interviewer ${names.join(", ")}`));
    }
    // Assess
    expect((await world.record(interviewId)).interview.interviewers.length).toBeLessThanOrEqual(
      MAX_INTERVIEWERS,
    );
    expect(answers.at(-1)?.text).toContain(`at most ${MAX_INTERVIEWERS} interviewers, so nobody was added`);
    expect(await largestItem(world)).toBeLessThan(BUDGET_BYTES);
  }, 60_000);
});
