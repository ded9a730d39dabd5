/**
 * The zone a calendar written in UTC was meant in: Zoom and many schedulers put the instant in UTC
 * and the zone only in words ("Dec 7, 2026 10:00 AM Japan Standard Time"). A time written with a
 * zone that shows the same instant names the zone to show it in; a time written with none that
 * shows it in the user's own zone ("Wanneer: woensdag 9 februari, 13:00 - 13:45" over 12:00Z, for
 * a user in Amsterdam) names the user's.
 */
import type { InviteLexicon } from "../language/invite-lexicon";
import type { WallZone, ZoneRead } from "../zones";
import type { WorkBudget } from "./budget";
import { zoneAfter } from "./chrono-time";
import { SECONDS_PER_DAY } from "./civil";
import { clocksIn } from "./foreign-clock";
import { findTimes } from "./times";

/** The user's own zone, by its IANA name. */
export interface NamedZone {
  readonly zone: WallZone;
  readonly name: string;
}

export function zoneWrittenFor(
  text: string,
  startUtc: number,
  budget: WorkBudget,
  lexicon: InviteLexicon,
  userZone: NamedZone | null = null,
): ZoneRead | null {
  const written = lexicon.lang === "en" ? zoneWrittenInEnglish(text, startUtc, budget, userZone) : null;
  // "às 14h (horário de Brasília)" in a short text told as English: the clock forms of every language.
  return written ?? zoneWrittenInLanguage(text, startUtc, lexicon, userZone);
}

/** Seconds after midnight of the instant on the wall clock of `zone`. */
function wallClock(startUtc: number, zone: WallZone): number {
  const wall = startUtc + zone.offsetAt(startUtc);
  return ((wall % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;
}

function zoneWrittenInEnglish(
  text: string,
  startUtc: number,
  budget: WorkBudget,
  userZone: NamedZone | null,
): ZoneRead | null {
  const times = findTimes(text.slice(0, 20_000), budget);
  for (const time of times) {
    const zone = time.zone;
    if (!zone?.name || zone.name === "UTC") continue;
    if (wallClock(startUtc, zone.zone) === time.start) return zone;
  }
  const shown = userZone
    ? times.find((time) => !time.zone && wallClock(startUtc, userZone.zone) === time.start)
    : null;
  return shown && userZone ? { ...userZone, phrase: shown.text, length: 0 } : null;
}

/** "14:00 – 14:45 uur (Nederlandse tijd)": a clock time of the text, with a zone after it, showing the instant. */
function zoneWrittenInLanguage(
  text: string,
  startUtc: number,
  lexicon: InviteLexicon,
  userZone: NamedZone | null,
): ZoneRead | null {
  const clocks = clocksIn(text, lexicon);
  for (const clock of clocks) {
    const zone = zoneAfter(text, clock.end, lexicon.lang === "en");
    if (!zone?.name || zone.name === "UTC") continue;
    if (wallClock(startUtc, zone.zone) === clock.minutes * 60) return zone;
  }
  const shown = userZone
    ? clocks.find(
        (clock) =>
          !zoneAfter(text, clock.end, lexicon.lang === "en") &&
          wallClock(startUtc, userZone.zone) === clock.minutes * 60,
      )
    : null;
  return shown && userZone ? { ...userZone, phrase: text.slice(shown.index, shown.end), length: 0 } : null;
}
