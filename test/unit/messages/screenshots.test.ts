/**
 * The screenshots in docs/screenshots (made by `npm run screenshots` in headless Chromium) show
 * today's emails, and the emails themselves meet the layout and escaping basics.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLES } from "../../../scripts/email-samples";

const DIR = join(import.meta.dirname, "../../../docs/screenshots");
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as Array<{
  name: string;
  theme: "light" | "dark";
  png: string;
  htmlSha256: string;
}>;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("email screenshots", () => {
  it.each(SAMPLES)("$name: light and dark screenshots of today's HTML", ({ name, message }) => {
    const sha = createHash("sha256").update(message.html).digest("hex");
    const shots = manifest.filter((entry) => entry.name === name);
    expect(shots.map((shot) => shot.theme).sort()).toEqual(["dark", "light"]);
    for (const shot of shots) {
      expect(shot.htmlSha256, "run `npm run screenshots` after changing an email").toBe(sha);
      expect(pngSize(join(DIR, shot.png))).toEqual({ width: 720, height: 1100 });
    }
    const [light, dark] = ["light", "dark"].map((theme) => readFileSync(join(DIR, `${name}-${theme}.png`)));
    expect(light?.equals(dark ?? Buffer.alloc(0))).toBe(false);
  });

  it.each(SAMPLES)(
    "$name: layout basics (viewport, colour schemes, 600 px column, no remote content)",
    ({ message }) => {
      expect(message.html).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
      expect(message.html).toContain('<meta name="color-scheme" content="light dark">');
      expect(message.html).toContain("@media (prefers-color-scheme: dark)");
      expect(message.html).toContain("max-width:600px");
      expect(message.html).not.toMatch(/<img|<link|<script|\ssrc=["']|url\(/i);
    },
  );

  it("the set shows a moved snooze, a next-round answer, guesses to check and a “did you mean”", () => {
    expect(SAMPLES.map((sample) => sample.name)).toEqual(
      expect.arrayContaining(["snoozed-moved", "next-round", "confirmation-guesses", "did-you-mean"]),
    );
    for (const sample of SAMPLES)
      expect(sample.message.text).not.toMatch(/\d{4}-\d{2}-\d{2}|America\/Chicago/);
  });

  it("the set shows a confirmation, a thank-you and a follow-up in each language", () => {
    const names = SAMPLES.map((sample) => sample.name);
    for (const language of ["de", "fr", "es", "pt", "nl", "it"])
      expect(names).toEqual(
        expect.arrayContaining([
          `confirmation-${language}`,
          `thank-you-${language}`,
          `follow-up-${language}`,
        ]),
      );
    expect(names).toContain("thank-you-de-user-fr-invite");
  });

  it("the hostile sample shows every injected string as text", () => {
    const hostile = SAMPLES.find((sample) => sample.name === "hostile-input")?.message;
    expect(hostile?.html).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;");
    expect(hostile?.html).toContain("&#60;img src=https://tracker.example/p.gif&#62;");
    expect(hostile?.html).not.toMatch(/href=["']?javascript:/i);
    expect(hostile?.subject).not.toMatch(/[\r\n]/);
  });
});
