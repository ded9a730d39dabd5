import { DateTime } from "luxon";
import type { Lang } from "../../../../lambdas/domain/language/lang";
import { understandReply } from "../../../../lambdas/domain/replies";
import type { UnderstoodReply } from "../../../../lambdas/domain/replies/types";
import type { BreadthRow } from "./types";

// Wednesday, Nov 25 2026, 10:00 in Berlin.
const zone = "Europe/Berlin";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });
const CLOSINGS = new Set(["offer", "rejected", "withdrawn"]);

function day(value: string | null | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const instant = DateTime.fromISO(value, { setZone: true });
  return instant.isValid ? instant.setZone(zone).toISODate() : null;
}

function time(value: string | null | undefined): string | null {
  if (!value || !/T\d/.test(value)) return null;
  const instant = DateTime.fromISO(value, { setZone: true });
  return instant.isValid ? instant.setZone(zone).toFormat("HH:mm") : null;
}

/**
 * Whether a row reads as written, as the held-out scorer checks it: "none" passes on unknown, help
 * or a closing asked about; a day among the days read (date, further steps, a corrected start); a
 * time among the times read. A closing applied where "none" is written always fails.
 */
export function breadthVerdict(
  [text, intent, date, clock, replyingTo]: BreadthRow,
  lang: Lang,
): { pass: boolean; reading: UnderstoodReply } {
  const reading = understandReply(text, {
    now,
    zone,
    languages: [lang, "en"],
    company: "Acme",
    replyingTo: replyingTo ?? null,
    subject: "Re: your reminder about Acme",
  });
  const asked = reading.needsConfirmation === true;
  const intentPasses =
    intent === "none"
      ? reading.intent === "unknown" || reading.intent === "help" || (asked && CLOSINGS.has(reading.intent))
      : reading.intent === intent;
  const correctionStart = reading.correction?.field === "date" ? reading.correction.start : null;
  const correctionTime = reading.correction?.field === "date" ? reading.correction.time : null;
  const days = [reading.date, ...(reading.also ?? []).map((step) => step.date), correctionStart].map(day);
  const times = [time(reading.date), time(correctionStart), correctionTime ?? null];
  const datePasses = !date || days.includes(date);
  const timePasses = !clock || times.includes(clock);
  return { pass: intentPasses && datePasses && timePasses, reading };
}
