/**
 * How a round 6 row is read and checked, as the held-out scorer does: the reply's language and
 * English set, a closing applied only when expected ("none" passes as unknown, help or a question
 * asked), the day and time among those read.
 */
import { DateTime } from "luxon";
import type { ReminderKind } from "../../../../lambdas/domain/types";
import { heldOutProblems } from "../held-out-verdict";
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

/** What is wrong with the reading of a row, as the held-out scorer judges it, or null when right. */
export function round6Failure(row: Round6Row, now = "2026-11-25T10:00:00"): string | null {
  const [lang, text, intent, date, time, prompt] = row;
  const zone = ZONES[lang] ?? "Europe/Madrid";
  const problems = heldOutProblems({
    text,
    intent,
    date,
    time,
    replyingTo: prompt === undefined ? (PROMPTS[intent] ?? null) : prompt,
    languages: lang === "en" ? ["en"] : [lang, "en"],
    now: DateTime.fromISO(now, { zone }),
    zone,
    company: "Acme",
    subject: "Re: Acme",
  });
  return problems.length > 0 ? problems.join("; ") : null;
}
