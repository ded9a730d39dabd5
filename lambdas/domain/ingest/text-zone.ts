/**
 * The zone a calendar written in UTC was meant in: Zoom and many schedulers put the instant in UTC
 * and the zone only in words ("Dec 7, 2026 10:00 AM Japan Standard Time"). A time written with a
 * zone that shows the same instant names the zone to show it in.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import type { ZoneRead } from "../zones";
import type { WorkBudget } from "./budget";
import { zoneAfter } from "./chrono-time";
import { SECONDS_PER_DAY } from "./civil";
import { clocksIn } from "./foreign-clock";
import { findTimes } from "./times";

export function zoneWrittenFor(
  text: string,
  startUtc: number,
  budget: WorkBudget,
  lexicon: InviteLexicon,
): ZoneRead | null {
  if (lexicon.lang !== "en") return zoneWrittenInLanguage(text, startUtc, lexicon);
  for (const time of findTimes(text.slice(0, 20_000), budget)) {
    const zone = time.zone;
    if (!zone?.name || zone.name === "UTC") continue;
    const wall = startUtc + zone.zone.offsetAt(startUtc);
    if (((wall % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY === time.start) return zone;
  }
  // "às 14h (horário de Brasília)" in a short text told as English: the clock forms of every language.
  return zoneWrittenInLanguage(text, startUtc, lexicon);
}

/** "14:00 – 14:45 uur (Nederlandse tijd)": a clock time of the text, with a zone after it, showing the instant. */
function zoneWrittenInLanguage(text: string, startUtc: number, lexicon: InviteLexicon): ZoneRead | null {
  for (const clock of clocksIn(text, lexicon)) {
    const zone = zoneAfter(text, clock.end);
    if (!zone?.name || zone.name === "UTC") continue;
    const wall = startUtc + zone.zone.offsetAt(startUtc);
    if (((wall % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY === clock.minutes * 60) return zone;
  }
  return null;
}
