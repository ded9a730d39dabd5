import { DateTime } from "luxon";
import type { ReminderKind } from "../../../../lambdas/domain/types";
import { heldOutProblems } from "../held-out-verdict";

/** Where the reply is typed: the zone it is read in. */
export type Region = "us" | "uk" | "ie" | "in" | "au" | "ca";

const ZONES: Readonly<Record<Region, string>> = {
  us: "America/Chicago",
  uk: "Europe/London",
  ie: "Europe/Dublin",
  in: "Asia/Kolkata",
  au: "Australia/Sydney",
  ca: "America/Toronto",
};

/**
 * [region, prompt answered ("digest" and "confirmation" answer none), reply, intent ("none":
 * nothing acted on, or only asked about), day expected, HH:MM expected].
 */
export type BreadthRow = readonly [
  region: Region,
  answering: ReminderKind | "digest" | "confirmation",
  text: string,
  intent: string,
  day?: string | null,
  time?: string | null,
];

/** What is wrong with the reading of a row, as the held-out scorer judges it (Tuesday, May 13 2031, 11:00 in the row's zone); empty when right. */
export function rowProblems([region, answering, text, intent, day, time]: BreadthRow): string[] {
  const zone = ZONES[region];
  return heldOutProblems({
    text,
    intent,
    date: day,
    time,
    replyingTo: answering === "digest" || answering === "confirmation" ? null : answering,
    languages: ["en"],
    now: DateTime.fromISO("2031-05-13T11:00:00", { zone }),
    zone,
    company: "Northwind",
    subject: `Re: your ${answering} email about Northwind`,
  });
}
