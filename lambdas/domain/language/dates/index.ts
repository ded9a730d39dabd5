export { aroundPeriod, easterSunday } from "./periods";
export { readDate } from "./read";
export type { DateReading, HolidayCalendar, ReadDateOptions } from "./types";
