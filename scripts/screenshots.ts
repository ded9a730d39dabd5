/**
 * `npm run screenshots`: renders the sample emails in headless Chromium (Debian's `chromium`
 * package), light and dark, into docs/screenshots with a manifest of the HTML they show. The
 * test suite checks the manifest against today's HTML, so stale screenshots are noticed.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLES } from "./email-samples";

const OUT = join(import.meta.dirname, "../docs/screenshots");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--hide-scrollbars",
  "--window-size=720,1100",
];

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "followup-shots-"));
const manifest = [];
for (const { name, message } of SAMPLES) {
  const html = join(work, `${name}.html`);
  writeFileSync(html, message.html);
  for (const theme of ["light", "dark"] as const) {
    const png = `${name}-${theme}.png`;
    const themeFlags =
      theme === "dark" ? ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] : [];
    execFileSync(
      CHROMIUM,
      [
        ...FLAGS,
        ...themeFlags,
        `--user-data-dir=${join(work, `profile-${name}-${theme}`)}`,
        `--screenshot=${join(OUT, png)}`,
        `file://${html}`,
      ],
      {
        stdio: "ignore",
        timeout: 60_000,
      },
    );
    manifest.push({ name, theme, png, htmlSha256: createHash("sha256").update(message.html).digest("hex") });
  }
}
writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
process.stdout.write(`${manifest.length} screenshots in docs/screenshots\n`);
