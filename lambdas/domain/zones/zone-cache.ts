import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from "luxon";
import { canonicalZoneName } from "./canonical";

/** Offsets change only at quarter-hour instants, so one lookup per quarter hour is exact. */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const MAX_CACHED_OFFSETS = 50_000;

/**
 * An IANA zone that remembers its UTC offsets. luxon asks Intl for the offset of every instant it
 * places in a zone, which dominated planning; the answers never change for a given instant.
 */
class CachedIanaZone extends Zone {
  private readonly offsets = new Map<number, number>();

  constructor(private readonly zone: IANAZone) {
    super();
  }

  override get type(): string {
    return this.zone.type;
  }

  override get name(): string {
    return this.zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.zone.offsetName(ts, options) ?? "";
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const key = Math.floor(ts / QUARTER_HOUR_MS);
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      offset = this.zone.offset(ts);
      if (this.offsets.size >= MAX_CACHED_OFFSETS) this.offsets.clear();
      this.offsets.set(key, offset);
    }
    return offset;
  }

  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name;
  }

  override get isValid(): boolean {
    return this.zone.isValid;
  }
}

const zones = new Map<string, Zone>();
const MAX_SPELLINGS = 1_000;

/**
 * The zone to use for wall-clock work: cached for IANA names, as luxon parses it otherwise. Any
 * spelling of an IANA zone gives the zone under its canonical name, so `DateTime.zoneName` is
 * canonical wherever a time was placed with it; UTC and other names go to luxon as they are.
 */
export function cachedZone(name: string): Zone | string {
  let zone = zones.get(name);
  if (!zone) {
    const canonical = canonicalZoneName(name);
    if (canonical === null || canonical === "UTC") return canonical ?? name;
    zone = zones.get(canonical) ?? new CachedIanaZone(IANAZone.create(canonical));
    zones.set(canonical, zone);
    // Other spellings are remembered too, up to a bound: mail can carry any casing.
    if (zones.size < MAX_SPELLINGS) zones.set(name, zone);
  }
  return zone;
}
