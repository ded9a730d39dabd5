/** Undo entries keep what a change did, field by field: restoring it gives the object as it was. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asFieldChanges, changedFields, restoreFields } from "../../../lambdas/domain/interview/changes";

const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
const plain = fc.dictionary(fc.constantFrom("a", "b", "c", "d", "e"), value);

describe("field changes", () => {
  it("restoring what changed gives the object as it was (fast-check)", () => {
    fc.assert(
      fc.property(plain, plain, (before, after) => {
        expect(restoreFields(after, changedFields(before, after))).toEqual(before);
      }),
    );
  });

  it("keep only the fields that changed", () => {
    const changes = changedFields({ a: 1, b: [1, 2], c: "same" }, { a: 2, b: [1, 2], c: "same", d: true });
    expect(changes).toEqual({ was: { a: 1 }, absent: ["d"] });
  });

  it("an object stored whole (entries written before) is read as every field changed", () => {
    expect(asFieldChanges({ a: 1 })).toEqual({ was: { a: 1 }, absent: [] });
    expect(restoreFields({ a: 2, b: 3 }, asFieldChanges({ a: 1, b: 3 }))).toEqual({ a: 1, b: 3 });
  });
});
