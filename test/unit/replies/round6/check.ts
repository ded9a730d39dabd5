/**
 * How a round 6 row is read and checked, as the held-out scorer does: the reply's language and
 * English set, a closing applied only when expected ("none" passes as unknown, help or a question
 * asked), the day and time among those read.
 */
import { DateTime } from "luxon";
import type { UnderstoodReply } from "../../../../lambdas/domain/replies";
import { understandReply } from "../../../../lambdas/domain/replies";
import type { ReminderKind } from "../../../../lambdas/domain/types";
import type { Round6Row } from "./es-pt-cases";

const ZONES: Readonly<Record<string, string>> = { es: "Europe/Madrid", pt: "America/Sao_Paulo" };

const PROMPTS: Readonly<Record<string, ReminderKind | null>> = {
  thanked: "thank-you",
  "followed-up": "follow-up-1",
  "heard-back": "follow-up-1",
  "decision-date": "follow-up-1",
  "next-round": "thank-you",
  offer: "follow-up-1",
  rejected: "follow-up-1",
  withdrawn: "prep",
  snooze: "follow-up-1",
  none: "follow-up-1",
};

function wall(value: string | null | undefined, zone: string): DateTime | null {
  if (!value) return null;
  // a bare day is a day in the reply's zone, an instant is taken there
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(value, { zone })
    : DateTime.fromISO(value, { setZone: true });
  return at.isValid ? at.setZone(zone) : null;
}

/** What is wrong with the reading of a row, or null when every check passes. */
export function round6Failure(row: Round6Row, now = "2026-11-25T10:00:00"): string | null {
  const [lang, text, intent, date, time, prompt] = row;
  const zone = ZONES[lang] ?? "Europe/Madrid";
  const reading: UnderstoodReply = understandReply(text, {
    now: DateTime.fromISO(now, { zone }),
    zone,
    languages: lang === "en" ? ["en"] : [lang, "en"],
    company: "Acme",
    replyingTo: prompt === undefined ? (PROMPTS[intent] ?? null) : prompt,
    subject: "Re: Acme",
  });
  const asked = reading.needsConfirmation === true;
  const said = `${reading.intent}${asked ? "?" : ""} ${reading.date ?? ""}`;
  if (intent === "none") {
    const quiet = reading.intent === "unknown" || reading.intent === "help" || asked;
    return quiet ? null : `read ${said}`;
  }
  // A closing asked about is no false one, and the scorer counts it read (eval/README.md).
  if (reading.intent !== intent) return `read ${said}`;
  const correction = reading.correction as { start?: string; time?: string } | undefined;
  const instants = [reading.date, ...(reading.also ?? []).map((step) => step.date), correction?.start]
    .map((value) => wall(value, zone))
    .filter((value): value is DateTime => value !== null);
  if (date && !instants.some((at) => at.toISODate() === date)) return `day ${said}`;
  const times = [...instants.map((at) => at.toFormat("HH:mm")), correction?.time?.padStart(5, "0")];
  if (time && !times.includes(time)) return `time ${said} ${JSON.stringify(reading.correction ?? "")}`;
  return null;
}
