/**
 * README.md and doctor agree: every link doctor prints lands on a README section, the deploy
 * section leads with doctor, and its first-day transcript is what doctor prints for that day.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { README_SECTIONS } from "../../../cli/doctor/links";
import { dayOneTranscript } from "./transcript";

const README = readFileSync(join(import.meta.dirname, "../../../README.md"), "utf8");

/** GitHub's anchors: heading slugs, and explicit `<a id>` / `<a name>` targets. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  for (const [, heading] of markdown.matchAll(/^#{1,6} (.+)$/gm)) {
    found.add(
      (heading ?? "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-"),
    );
  }
  for (const [, id] of markdown.matchAll(/<a (?:id|name)="([^"]+)"/g)) found.add(id ?? "");
  return found;
}

function deploySection(): string {
  const start = README.indexOf("## Deploy to your AWS account");
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

describe("README and followup doctor", () => {
  it("has a section for every link doctor prints", () => {
    // Prepare
    const targets = Object.values(README_SECTIONS).map((link) => link.replace(/^README\.md#/, ""));

    // Act
    const present = anchors(README);

    // Assess
    expect(targets.filter((target) => !present.has(target))).toEqual([]);
  });

  it("leads the deploy section with doctor, before the first step", () => {
    // Act
    const section = deploySection();

    // Assess
    const doctor = section.indexOf("npx followup doctor");
    expect(doctor).toBeGreaterThan(-1);
    expect(doctor).toBeLessThan(section.indexOf("\n1. "));
    expect(section).toContain("npx followup doctor --config");
  });

  it("shows the first-day transcript exactly as doctor prints it", () => {
    // Prepare
    const blocks = [...deploySection().matchAll(/```text\n([\s\S]*?)\n```/g)].map((match) => `${match[1]}\n`);

    // Assess
    expect(blocks).toContain(dayOneTranscript());
  });
});
