export { type ChronoReference, chronoRuns, type ParsedResult, parseDates } from "./chrono";
export { namedWeekday, namesBareDay } from "./days";
export { numericOrderOf } from "./numeric-order";
export { aroundPeriod, easterSunday } from "./periods";
export { readDate } from "./read";
export { type HourPart, hourPartsOf, onTheDial } from "./times";
export type { DateReading, HolidayCalendar, ReadDateOptions } from "./types";
