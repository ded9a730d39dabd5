export { type ChronoReference, chronoRuns, type ParsedResult, parseDates } from "./chrono";
export { aroundPeriod, easterSunday } from "./periods";
export { namedWeekday, namesBareDay, readDate } from "./read";
export type { DateReading, HolidayCalendar, ReadDateOptions } from "./types";
