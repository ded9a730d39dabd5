/**
 * The zone of each TZID in one calendar file: an IANA TZID is tzdb's; any other takes the file's
 * own VTIMEZONE, then a Windows id or display name, then an offset written as a name ("(GMT
 * +01:00)"); floating times take the file's only VTIMEZONE, else the user's zone. A zone that could
 * not be known is a guess, and says so.
 */

import type { DateTime } from "luxon";
import {
  canonicalZoneName,
  fixedOffsetZone,
  ianaZone,
  offsetFromZoneName,
  UTC_ZONE,
  type WallZone,
  zoneFromTzid,
  zonesAgree,
} from "../zones";
import type { WorkBudget } from "./budget";
import { all, type Component, textOf, unescapeText } from "./icalendar";
import { vtimezoneZone } from "./vtimezone";

export interface ZoneOptions {
  readonly now: DateTime;
  /** Zone for floating times: the user's, else the message's. */
  readonly floatingZone: string;
  /** Whether floatingZone is the user's configured zone (rather than a guess from the message). */
  readonly floatingIsUsers?: boolean;
  readonly budget: WorkBudget;
}

export interface ZoneChoice {
  readonly zone: WallZone;
  /** Reported as the meeting's zone. */
  readonly name: string | null;
  readonly guess: string | null;
}

export class ZoneResolver {
  private readonly cache = new Map<string, ZoneChoice>();
  private readonly definitions = new Map<string, Component>();
  private readonly floating: ZoneChoice;

  constructor(
    calendar: Component,
    private readonly options: ZoneOptions,
  ) {
    const components = calendar.children.filter((child) => child.name === "VTIMEZONE");
    for (const child of components) {
      // A broken VTIMEZONE may carry several TZIDs: each names the same definition.
      for (const property of all(child, "TZID")) {
        const tzid = unescapeText(property.value).trim();
        if (tzid && !this.definitions.has(tzid)) this.definitions.set(tzid, child);
      }
    }
    // "Floating times beside a single VTIMEZONE take that zone."
    const single = components.length === 1 ? components[0] : undefined;
    const only = single ? textOf(single, "TZID") : undefined;
    const onlyChoice = only ? this.forTzid(only) : null;
    if (onlyChoice && !onlyChoice.guess) this.floating = onlyChoice;
    else {
      const name = options.floatingZone;
      const zone = ianaZone(name) ?? offsetZone(name) ?? UTC_ZONE;
      this.floating = {
        zone,
        name: canonicalZoneName(name),
        guess: options.floatingIsUsers
          ? `The invite gives no time zone; I read its times in yours (${zone.name ?? name}).`
          : `The invite gives no time zone; I read its times in the sender's (${zone.name ?? name}).`,
      };
    }
  }

  forTzid(tzid: string | null): ZoneChoice {
    if (!tzid) return this.floating;
    const cached = this.cache.get(tzid);
    if (cached) return cached;
    const choice = this.choose(tzid);
    this.cache.set(tzid, choice);
    return choice;
  }

  private choose(tzid: string): ZoneChoice {
    const name = tzid.trim().replace(/^"|"$/g, "");
    const definition = this.definitions.get(tzid) ?? this.definitions.get(name);
    const nowSeconds = Math.floor(this.options.now.toSeconds());
    // tzdb is authoritative for its own names: people meet at the real local time, even when a
    // client wrote outdated rules. Only a garbled VTIMEZONE (several TZIDs in one) is checked, and
    // when its rules disagree with the name, they are what the sender's calendar used.
    const exact = canonicalZoneName(name.replace(/^\/+/, ""));
    const exactZone = exact ? ianaZone(exact) : null;
    const garbled = definition ? all(definition, "TZID").length > 1 : false;
    const defined =
      definition && (!exactZone || garbled) ? vtimezoneZone(definition, this.options.budget) : null;
    if (exact && exactZone && (!defined || zonesAgree(defined, exactZone, nowSeconds)))
      return { zone: exactZone, name: exact, guess: null };
    const mapped = exact ? null : zoneFromTzid(name);
    const mappedZone = mapped ? ianaZone(mapped) : null;
    // Any other name is a guess; the file's own definition says what the sender's calendar meant.
    if (defined && definition) {
      const candidates = [
        ...(mapped ? [mapped] : []),
        ...all(definition, "TZID").map((property) => zoneFromTzid(unescapeText(property.value))),
      ];
      const agreeing = candidates.find((candidate) => {
        const zone = candidate ? ianaZone(candidate) : null;
        return zone ? zonesAgree(defined, zone, nowSeconds) : false;
      });
      return { zone: defined, name: agreeing ?? null, guess: null };
    }
    if (mapped && mappedZone) return { zone: mappedZone, name: mapped, guess: null };
    const offset = offsetFromZoneName(name);
    if (offset !== null) return { zone: fixedOffsetZone(offset), name: null, guess: null };
    const fallback = this.floating;
    return {
      zone: fallback.zone,
      name: null,
      guess: `The invite's time zone “${name.slice(0, 60)}” is unknown to me, so I guessed: I read its times in ${fallback.zone.name ?? this.options.floatingZone}. If that is wrong, reply with the right time and its zone, e.g. “time is 10:00 Europe/Paris”.`,
    };
  }
}

function offsetZone(name: string): WallZone | null {
  const offset = offsetFromZoneName(name);
  return offset === null ? null : fixedOffsetZone(offset);
}
