/** One rule for example addresses, shared by `doctor --config` and the deployed doctor. */
import { describe, expect, it } from "vitest";
import { isExampleAddress } from "../../../cli/doctor/check-addresses";

describe("isExampleAddress", () => {
  it.each([
    ["you@example.com", true],
    ["jane@example.org", true],
    ["jane@mail.example.net", true],
    ["jane@followup.test", true],
    ["you@gmail.com", true],
    ["your.name@fastmail.com", true],
    ["jane@yourdomain.com", true],
    ["jane@jane-doe.dev", false],
    ["young@gmail.com", false],
    ["jane@examples.com", false],
  ])("%s → %s", (address, expected) => {
    // Act
    const example = isExampleAddress(address);

    // Assess
    expect(example).toBe(expected);
  });
});
