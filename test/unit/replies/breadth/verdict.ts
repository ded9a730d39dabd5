import { DateTime } from "luxon";
import type { Lang } from "../../../../lambdas/domain/language/lang";
import { heldOutProblems } from "../held-out-verdict";
import type { BreadthRow } from "./types";

// Wednesday, Nov 25 2026, 10:00 in Berlin.
const zone = "Europe/Berlin";
const now = DateTime.fromISO("2026-11-25T10:00:00", { zone });

/** What the held-out scorer would count wrong in a breadth row's reading; empty when right. */
export function breadthProblems([text, intent, date, time, replyingTo]: BreadthRow, lang: Lang): string[] {
  return heldOutProblems({
    text,
    intent,
    date,
    time,
    replyingTo: replyingTo ?? null,
    languages: [lang, "en"],
    now,
    zone,
    company: "Acme",
    subject: "Re: your reminder about Acme",
  });
}
