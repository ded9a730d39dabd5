/**
 * A tolerant iCalendar (RFC 5545) reader: content lines into a tree of components. It never
 * throws on content: a malformed line is skipped (one bad line elsewhere must not lose the invite),
 * an unclosed component ends at the end of the text, a stray END closes up to its match. Work and
 * memory are bounded by the caps below, whatever the input.
 */
import type { WorkBudget } from "./budget";

export interface Property {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

export interface Component {
  readonly name: string;
  readonly properties: Property[];
  readonly children: Component[];
}

export const CALENDAR_LIMITS = {
  /** Characters of one calendar part that are read; the rest is ignored. */
  maxChars: 8_000_000,
  /** A longer content line (an embedded ATTACH, a huge X-ALT-DESC) is skipped, not kept. */
  maxLineChars: 64_000,
  /** Components of any kind (VEVENT, VTIMEZONE, VALARM…). */
  maxComponents: 5_000,
  /** Properties kept per component (a 20,000-attendee invite keeps the first ones). */
  maxPropertiesPerComponent: 2_000,
  maxDepth: 8,
} as const;

const NAME = /^[A-Za-z0-9-]+$/;

/** Splits "NAME;P1=a;P2=\"b:c\":value" at the first colon outside quotes. */
const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

function parseLine(line: string): Property | null {
  let index = 0;
  const length = line.length;
  let lower = false;
  // The name: letters, digits and dashes, up to ":" or ";".
  while (index < length) {
    const char = line.charCodeAt(index);
    if (char === 58 /* : */ || char === 59 /* ; */) break;
    if (char >= 97 && char <= 122) lower = true;
    else if (!((char >= 65 && char <= 90) || (char >= 48 && char <= 57) || char === 45)) return null;
    index++;
  }
  if (index === 0 || index >= length) return null;
  const name = lower ? line.slice(0, index).toUpperCase() : line.slice(0, index);
  if (line.charCodeAt(index) === 58) return { name, params: NO_PARAMS, value: line.slice(index + 1) };
  const params: Record<string, string> = {};
  // Parameters: ;KEY=value or ;KEY="quoted value", values may be lists.
  while (index < length && line.charCodeAt(index) === 59) {
    const keyStart = ++index;
    while (index < length && line[index] !== "=" && line[index] !== ":" && line[index] !== ";") index++;
    const key = line.slice(keyStart, index).trim().toUpperCase();
    let value = "";
    if (line[index] === "=") {
      index++;
      const valueStart = index;
      let inQuotes = false;
      // Outlook leaves "TZID=(UTC-05:00) Eastern Time (US & Canada)" unquoted: a colon in brackets is the value's.
      let brackets = 0;
      while (index < length) {
        const char = line[index];
        if (char === '"') inQuotes = !inQuotes;
        else if (char === "(") brackets++;
        else if (char === ")") brackets = Math.max(0, brackets - 1);
        else if (!inQuotes && brackets === 0 && (char === ":" || char === ";")) break;
        index++;
      }
      const raw = line.slice(valueStart, index);
      // Most values are unquoted: no regex pass for them.
      value = (raw.includes('"') ? raw.replace(/"/g, "") : raw).trim();
    }
    if (key && !(key in params)) params[key] = value;
  }
  if (line[index] !== ":") return null;
  return { name, params, value: line.slice(index + 1) };
}

/**
 * Reads the first VCALENDAR (or, for a bare VEVENT someone pasted, a calendar around it) from
 * text. Returns null when the text holds no component at all.
 */
export function parseICalendar(source: string, budget: WorkBudget): Component | null {
  const text = source.length > CALENDAR_LIMITS.maxChars ? source.slice(0, CALENDAR_LIMITS.maxChars) : source;
  // Unfold: a line break followed by one space or tab continues the line (bare LF too).
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r?\n[ \t]/g, "")
    .split(/\r?\n|\r/);
  budget.spend(lines.length, "the calendar");
  const root: Component = { name: "ROOT", properties: [], children: [] };
  const stack: Component[] = [root];
  let components = 0;
  for (const raw of lines) {
    if (!raw || raw.length > CALENDAR_LIMITS.maxLineChars) continue;
    const line = raw.trimEnd();
    const property = parseLine(line);
    if (!property) continue;
    const current = stack[stack.length - 1] ?? root;
    if (property.name === "BEGIN") {
      const name = property.value.trim().toUpperCase();
      if (!NAME.test(name) || components >= CALENDAR_LIMITS.maxComponents) continue;
      if (stack.length > CALENDAR_LIMITS.maxDepth) continue;
      const child: Component = { name, properties: [], children: [] };
      components++;
      current.children.push(child);
      stack.push(child);
    } else if (property.name === "END") {
      const name = property.value.trim().toUpperCase();
      const at = stack.map((component) => component.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
    } else if (current !== root && current.properties.length < CALENDAR_LIMITS.maxPropertiesPerComponent) {
      current.properties.push(property);
    }
  }
  const calendar = root.children.find((child) => child.name === "VCALENDAR");
  if (calendar) return calendar;
  // A VEVENT without its VCALENDAR (pasted, or cut short by a client): read it anyway.
  const loose = root.children.filter((child) => child.name === "VEVENT" || child.name === "VTIMEZONE");
  return loose.length > 0 ? { name: "VCALENDAR", properties: [], children: loose } : null;
}

export function first(component: Component, name: string): Property | undefined {
  return component.properties.find((property) => property.name === name);
}

export function all(component: Component, name: string): Property[] {
  return component.properties.filter((property) => property.name === name);
}

/** A TEXT value with RFC 5545 escapes undone ("\n", "\,", "\;", "\\"). */
export function unescapeText(value: string): string {
  if (!value.includes("\\")) return value;
  return value.replace(/\\([nN,;\\:])/g, (_match, char: string) =>
    char === "n" || char === "N" ? "\n" : char,
  );
}

/** A TEXT property's value, unescaped and trimmed; null when absent or blank. */
export function textOf(component: Component, name: string): string | null {
  const property = first(component, name);
  if (!property) return null;
  const value = unescapeText(property.value).trim();
  return value || null;
}
