import { DateTime, IANAZone } from "luxon";

/** When a schedule first fires once created at `now`, and after each firing; null when never again. */
export interface ScheduleTimes {
  first(now: DateTime): DateTime | null;
  next(firedAt: DateTime): DateTime | null;
}

/** A recurring schedule's StartDate and EndDate; one-time schedules ignore them. */
export interface ActiveWindow {
  readonly start: DateTime | null;
  readonly end: DateTime | null;
}

const ALWAYS: ActiveWindow = { start: null, end: null };

export class InvalidExpressionError extends Error {
  constructor(expression: string, why: string) {
    super(`Invalid Schedule Expression ${expression}: ${why}`);
    this.name = "InvalidExpressionError";
  }
}

/**
 * The locations of the tz database's zone.tab (IANA tzdata 2025b), the names it offers for people
 * to choose from, one per country region.
 */
const ZONE_TAB = `
Africa: Abidjan Accra Addis_Ababa Algiers Asmara Bamako Bangui Banjul Bissau Blantyre Brazzaville Bujumbura
Africa: Cairo Casablanca Ceuta Conakry Dakar Dar_es_Salaam Djibouti Douala El_Aaiun Freetown Gaborone Harare
Africa: Johannesburg Juba Kampala Khartoum Kigali Kinshasa Lagos Libreville Lome Luanda Lubumbashi Lusaka
Africa: Malabo Maputo Maseru Mbabane Mogadishu Monrovia Nairobi Ndjamena Niamey Nouakchott Ouagadougou
Africa: Porto-Novo Sao_Tome Tripoli Tunis Windhoek
America: Adak Anchorage Anguilla Antigua Araguaina Aruba Asuncion Atikokan Bahia Bahia_Banderas Barbados
America: Belem Belize Blanc-Sablon Boa_Vista Bogota Boise Cambridge_Bay Campo_Grande Cancun Caracas Cayenne
America: Cayman Chicago Chihuahua Ciudad_Juarez Costa_Rica Coyhaique Creston Cuiaba Curacao Danmarkshavn
America: Dawson Dawson_Creek Denver Detroit Dominica Edmonton Eirunepe El_Salvador Fort_Nelson Fortaleza
America: Glace_Bay Goose_Bay Grand_Turk Grenada Guadeloupe Guatemala Guayaquil Guyana Halifax Havana
America: Hermosillo Inuvik Iqaluit Jamaica Juneau Kralendijk La_Paz Lima Los_Angeles Lower_Princes Maceio
America: Managua Manaus Marigot Martinique Matamoros Mazatlan Menominee Merida Metlakatla Mexico_City
America: Miquelon Moncton Monterrey Montevideo Montserrat Nassau New_York Nome Noronha Nuuk Ojinaga Panama
America: Paramaribo Phoenix Port-au-Prince Port_of_Spain Porto_Velho Puerto_Rico Punta_Arenas Rankin_Inlet
America: Recife Regina Resolute Rio_Branco Santarem Santiago Santo_Domingo Sao_Paulo Scoresbysund Sitka
America: St_Barthelemy St_Johns St_Kitts St_Lucia St_Thomas St_Vincent Swift_Current Tegucigalpa Thule
America: Tijuana Toronto Tortola Vancouver Whitehorse Winnipeg Yakutat
America/Argentina: Buenos_Aires Catamarca Cordoba Jujuy La_Rioja Mendoza Rio_Gallegos Salta San_Juan
America/Argentina: San_Luis Tucuman Ushuaia
America/Indiana: Indianapolis Knox Marengo Petersburg Tell_City Vevay Vincennes Winamac
America/Kentucky: Louisville Monticello
America/North_Dakota: Beulah Center New_Salem
Antarctica: Casey Davis DumontDUrville Macquarie Mawson McMurdo Palmer Rothera Syowa Troll Vostok
Arctic: Longyearbyen
Asia: Aden Almaty Amman Anadyr Aqtau Aqtobe Ashgabat Atyrau Baghdad Bahrain Baku Bangkok Barnaul Beirut
Asia: Bishkek Brunei Chita Colombo Damascus Dhaka Dili Dubai Dushanbe Famagusta Gaza Hebron Ho_Chi_Minh
Asia: Hong_Kong Hovd Irkutsk Jakarta Jayapura Jerusalem Kabul Kamchatka Karachi Kathmandu Khandyga Kolkata
Asia: Krasnoyarsk Kuala_Lumpur Kuching Kuwait Macau Magadan Makassar Manila Muscat Nicosia Novokuznetsk
Asia: Novosibirsk Omsk Oral Phnom_Penh Pontianak Pyongyang Qatar Qostanay Qyzylorda Riyadh Sakhalin
Asia: Samarkand Seoul Shanghai Singapore Srednekolymsk Taipei Tashkent Tbilisi Tehran Thimphu Tokyo Tomsk
Asia: Ulaanbaatar Urumqi Ust-Nera Vientiane Vladivostok Yakutsk Yangon Yekaterinburg Yerevan
Atlantic: Azores Bermuda Canary Cape_Verde Faroe Madeira Reykjavik South_Georgia St_Helena Stanley
Australia: Adelaide Brisbane Broken_Hill Darwin Eucla Hobart Lindeman Lord_Howe Melbourne Perth Sydney
Europe: Amsterdam Andorra Astrakhan Athens Belgrade Berlin Bratislava Brussels Bucharest Budapest Busingen
Europe: Chisinau Copenhagen Dublin Gibraltar Guernsey Helsinki Isle_of_Man Istanbul Jersey Kaliningrad Kirov
Europe: Kyiv Lisbon Ljubljana London Luxembourg Madrid Malta Mariehamn Minsk Monaco Moscow Oslo Paris
Europe: Podgorica Prague Riga Rome Samara San_Marino Sarajevo Saratov Simferopol Skopje Sofia Stockholm
Europe: Tallinn Tirane Ulyanovsk Vaduz Vatican Vienna Vilnius Volgograd Warsaw Zagreb Zurich
Indian: Antananarivo Chagos Christmas Cocos Comoro Kerguelen Mahe Maldives Mauritius Mayotte Reunion
Pacific: Apia Auckland Bougainville Chatham Chuuk Easter Efate Fakaofo Fiji Funafuti Galapagos Gambier
Pacific: Guadalcanal Guam Honolulu Kanton Kiritimati Kosrae Kwajalein Majuro Marquesas Midway Nauru Niue
Pacific: Norfolk Noumea Pago_Pago Palau Pitcairn Pohnpei Port_Moresby Rarotonga Saipan Tahiti Tarawa
Pacific: Tongatapu Wake Wallis
`;

/**
 * Canonical IANA zone names, spelled exactly: zone.tab's locations, the Etc/ zones, and "UTC", a
 * link to Etc/UTC that AWS and this project use as the default. Links kept for compatibility
 * (US/Central, Asia/Calcutta, EST, …) are rejected on purpose: the project's brief says zones must
 * be canonical IANA names, so a link reaching a schedule is a bug upstream. EventBridge Scheduler
 * itself reads the IANA database and may accept links; here the stand-in is knowingly stricter.
 * Intl cannot decide this: it folds case, resolves links, and calls Asia/Calcutta canonical.
 */
const CANONICAL_ZONES: ReadonlySet<string> = new Set([
  ...ZONE_TAB.trim()
    .split("\n")
    .flatMap((line) => {
      const [area, cities = ""] = line.split(": ");
      return cities.split(" ").map((city) => `${area}/${city}`);
    }),
  "UTC",
  "Etc/UTC",
  "Etc/GMT",
  ...Array.from({ length: 14 }, (_, index) => `Etc/GMT-${index + 1}`),
  ...Array.from({ length: 12 }, (_, index) => `Etc/GMT+${index + 1}`),
]);

export function isCanonicalZone(zone: string): boolean {
  return CANONICAL_ZONES.has(zone);
}

/**
 * The earliest instant a zone's clock shows this wall time, or null when it never does (the hour a
 * spring-forward skips). After a fall-back the time shows twice and Scheduler fires only at the
 * first (User Guide, "Daylight savings time on EventBridge Scheduler"); luxon would pick the second.
 */
function firstInstant(
  zone: IANAZone,
  wall: { year: number; month: number; day: number; hour: number; minute: number; second?: number },
): number | null {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const day = 24 * 60 * 60 * 1000;
  const offsets = new Set([zone.offset(naive - day), zone.offset(naive), zone.offset(naive + day)]);
  const instants = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => zone.offset(instant) === (naive - instant) / 60_000);
  return instants.length > 0 ? Math.min(...instants) : null;
}

function oneTime(expression: string, match: RegExpExecArray, zone: IANAZone): ScheduleTimes {
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = { year, month, day, hour, minute, second };
  if (!DateTime.fromObject(wall, { zone: "UTC" }).isValid)
    throw new InvalidExpressionError(expression, "not a date and time");
  // A time the spring-forward skips happens an hour later, as luxon places it.
  const at = firstInstant(zone, wall);
  const when = at === null ? DateTime.fromObject(wall, { zone }) : DateTime.fromMillis(at, { zone });
  // A one-time schedule whose time has passed fires at once; StartDate and EndDate do not apply.
  return { first: () => when, next: () => null };
}

const MINUTE_MS = 60_000;
const RATE_UNIT_MS: Record<string, number> = {
  minute: MINUTE_MS,
  hour: 60 * MINUTE_MS,
  day: 24 * 60 * MINUTE_MS,
};

/**
 * rate(value unit): without a StartDate the schedule "starts invoking the target immediately", and
 * a day is 24 hours on the clock even across a DST change (User Guide, "Schedule types"). The unit
 * is singular for 1 and plural otherwise, as the EventBridge rate-expression reference requires
 * ("rate(1 hours) and rate(5 hour) aren't valid").
 */
function recurringRate(
  expression: string,
  match: RegExpExecArray,
  zone: IANAZone,
  window: ActiveWindow,
): ScheduleTimes {
  const amount = Number(match[1]);
  const unit = match[2] ?? "";
  const singular = unit.replace(/s$/, "");
  if (amount < 1) throw new InvalidExpressionError(expression, "the value must be a positive number");
  if ((amount === 1) !== (unit === singular))
    throw new InvalidExpressionError(expression, "the unit is singular for 1 and plural otherwise");
  const interval = amount * (RATE_UNIT_MS[singular] ?? Number.NaN);
  const within = (instant: number) =>
    window.end && instant > window.end.toMillis() ? null : DateTime.fromMillis(instant, { zone });
  return {
    first(now) {
      const begin = window.start?.toMillis() ?? now.startOf("minute").toMillis();
      const missed = Math.max(0, Math.ceil((now.toMillis() - begin) / interval));
      return within(window.start ? begin + missed * interval : begin);
    },
    next: (firedAt) => within(firedAt.toMillis() + interval),
  };
}

interface CronField {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
  /** Whether the field takes the "/" increment wildcard. */
  readonly increments: boolean;
}

// Fields, ranges and wildcards of the User Guide's cron table ("Cron-based schedules").
const MINUTES: CronField = { label: "minutes", min: 0, max: 59, increments: true };
const HOURS: CronField = { label: "hours", min: 0, max: 23, increments: true };
const DAY_OF_MONTH: CronField = { label: "day-of-month", min: 1, max: 31, increments: true };
const MONTH: CronField = {
  label: "month",
  min: 1,
  max: 12,
  increments: true,
  names: {
    JAN: 1,
    FEB: 2,
    MAR: 3,
    APR: 4,
    MAY: 5,
    JUN: 6,
    JUL: 7,
    AUG: 8,
    SEP: 9,
    OCT: 10,
    NOV: 11,
    DEC: 12,
  },
};
const DAY_OF_WEEK: CronField = {
  label: "day-of-week",
  min: 1,
  max: 7,
  increments: false,
  names: { SUN: 1, MON: 2, TUE: 3, WED: 4, THU: 5, FRI: 6, SAT: 7 },
};
const YEAR: CronField = { label: "year", min: 1970, max: 2199, increments: true };

function fieldValue(text: string, field: CronField): number {
  const value = field.names?.[text] ?? (/^\d+$/.test(text) ? Number(text) : Number.NaN);
  if (!(value >= field.min && value <= field.max))
    throw new RangeError(`"${text}" is not a ${field.label} value (${field.min}-${field.max})`);
  return value;
}

/** A list of values, ranges and increments: "*", "5", "1-5", "1,3", "*\/10", "5/15", "1-30/2". */
function fieldValues(text: string, field: CronField): Set<number> {
  const values = new Set<number>();
  for (const item of text.split(",")) {
    const [range = "", increment, ...extraSlashes] = item.split("/");
    const [from = "", to, ...extraDashes] = range.split("-");
    if (extraSlashes.length > 0 || extraDashes.length > 0 || (increment !== undefined && !field.increments))
      throw new RangeError(`"${item}" is not a ${field.label} value`);
    const start = range === "*" ? field.min : fieldValue(from, field);
    const end =
      range === "*" ? field.max : to !== undefined ? fieldValue(to, field) : increment ? field.max : start;
    const step = increment === undefined ? 1 : /^\d+$/.test(increment) ? Number(increment) : 0;
    // AWS rejects an increment as wide as the field, e.g. cron(*/60 * * * ? *).
    if (start > end || step < 1 || step > field.max - field.min)
      throw new RangeError(`"${item}" is not a ${field.label} range`);
    for (let value = start; value <= end; value += step) values.add(value);
  }
  return values;
}

type DayTest = (year: number, month: number, day: number) => boolean;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** AWS numbers the days of the week 1 (SUN) to 7 (SAT). */
const weekdayOf = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;

/** "15W": the weekday nearest the 15th without leaving the month, as in Quartz, whose syntax AWS uses. */
function nearestWeekday(year: number, month: number, target: number): number | null {
  const last = daysInMonth(year, month);
  if (target > last) return null;
  const weekday = weekdayOf(year, month, target);
  if (weekday === 7) return target === 1 ? 3 : target - 1;
  if (weekday === 1) return target === last ? target - 2 : target + 1;
  return target;
}

/** Day-of-month: values, "L" (the last day) or "nW" (the weekday nearest day n). */
function dayOfMonthTest(text: string): DayTest {
  if (text === "L") return (year, month, day) => day === daysInMonth(year, month);
  const weekday = /^(\d+)W$/.exec(text);
  if (weekday) {
    const target = fieldValue(weekday[1] ?? "", DAY_OF_MONTH);
    return (year, month, day) => day === nearestWeekday(year, month, target);
  }
  const days = fieldValues(text, DAY_OF_MONTH);
  return (_year, _month, day) => days.has(day);
}

/**
 * Day-of-week: values, "L" (the last day of the week, SAT), "nL" (the last day n of the month) or
 * "n#k" (the k-th day n of the month). "#" stands alone: "3#1,6#3" is invalid per the User Guide.
 */
function dayOfWeekTest(text: string): DayTest {
  if (text === "L") return (year, month, day) => weekdayOf(year, month, day) === 7;
  const lastOfMonth = /^(\w+)L$/.exec(text);
  if (lastOfMonth) {
    const weekday = fieldValue(lastOfMonth[1] ?? "", DAY_OF_WEEK);
    return (year, month, day) =>
      weekdayOf(year, month, day) === weekday && day + 7 > daysInMonth(year, month);
  }
  const nth = /^(\w+)#([1-5])$/.exec(text);
  if (nth) {
    const weekday = fieldValue(nth[1] ?? "", DAY_OF_WEEK);
    const week = Number(nth[2]);
    return (year, month, day) => weekdayOf(year, month, day) === weekday && Math.ceil(day / 7) === week;
  }
  const weekdays = fieldValues(text, DAY_OF_WEEK);
  return (year, month, day) => weekdays.has(weekdayOf(year, month, day));
}

/**
 * cron(minutes hours day-of-month month day-of-week year): six fields, and "?" in exactly one of
 * the two day fields. The User Guide says "you can't use * in both the Day-of-month and Day-of-week
 * fields. If you use it in one, you must use ? in the other"; the EventBridge cron reference adds
 * that a value in one also needs "?" in the other, and both "?" names no day at all.
 */
function recurringCron(
  expression: string,
  fieldsText: string,
  zone: IANAZone,
  window: ActiveWindow,
): ScheduleTimes {
  const fields = fieldsText.toUpperCase().split(/ +/);
  if (fields.length !== 6) throw new InvalidExpressionError(expression, "a cron expression has six fields");
  const [minute = "", hour = "", dayOfMonth = "", month = "", dayOfWeek = "", year = ""] = fields;
  if ((dayOfMonth === "?") === (dayOfWeek === "?"))
    throw new InvalidExpressionError(expression, "use ? in exactly one of day-of-month and day-of-week");
  let minutes: number[];
  let hours: number[];
  let months: Set<number>;
  let years: Set<number>;
  let dayMatches: DayTest;
  try {
    minutes = [...fieldValues(minute, MINUTES)].sort((a, b) => a - b);
    hours = [...fieldValues(hour, HOURS)].sort((a, b) => a - b);
    months = fieldValues(month, MONTH);
    years = fieldValues(year, YEAR);
    dayMatches = dayOfMonth === "?" ? dayOfWeekTest(dayOfWeek) : dayOfMonthTest(dayOfMonth);
  } catch (error) {
    throw new InvalidExpressionError(expression, error instanceof Error ? error.message : String(error));
  }
  const lastYear = Math.max(...years);

  /** The first matching minute at or after `from`, walking calendar days in the schedule's zone. */
  const matchFrom = (from: number): DateTime | null => {
    const wall = DateTime.fromMillis(from, { zone });
    // Wall times before `from`'s on its own day are earlier instants, DST changes included.
    let earliestMinuteOfDay = wall.hour * 60 + wall.minute;
    let date = Date.UTC(wall.year, wall.month - 1, wall.day);
    for (;;) {
      const calendar = new Date(date);
      const [y, m, d] = [calendar.getUTCFullYear(), calendar.getUTCMonth() + 1, calendar.getUTCDate()];
      if (y > lastYear) return null;
      if (!years.has(y)) date = Date.UTC(y + 1, 0, 1);
      else if (!months.has(m)) date = Date.UTC(y, m, 1);
      else {
        if (dayMatches(y, m, d)) {
          for (const h of hours) {
            for (const mi of minutes) {
              if (h * 60 + mi < earliestMinuteOfDay) continue;
              const instant = firstInstant(zone, { year: y, month: m, day: d, hour: h, minute: mi });
              if (instant === null || instant < from) continue;
              if (window.end && instant > window.end.toMillis()) return null;
              return DateTime.fromMillis(instant, { zone });
            }
          }
        }
        date = Date.UTC(y, m - 1, d + 1);
      }
      earliestMinuteOfDay = 0;
    }
  };
  const minuteAfter = (instant: DateTime) => instant.startOf("minute").toMillis() + MINUTE_MS;
  return {
    first: (now) =>
      matchFrom(
        Math.max(
          minuteAfter(now),
          window.start ? Math.ceil(window.start.toMillis() / MINUTE_MS) * MINUTE_MS : 0,
        ),
      ),
    next: (firedAt) => matchFrom(minuteAfter(firedAt)),
  };
}

const AT = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/;
const RATE = /^rate\((\d+) (minutes?|hours?|days?)\)$/;
const CRON = /^cron\((\S+(?: +\S+)*)\)$/;

/**
 * The schedule expressions EventBridge Scheduler accepts (API model's ScheduleExpression, and the
 * User Guide's "Schedule types"): at(yyyy-mm-ddThh:mm:ss), rate(value unit) and cron(six fields),
 * evaluated in the schedule's time zone.
 */
export function parseExpression(
  expression: string,
  zoneName: string,
  window: ActiveWindow = ALWAYS,
): ScheduleTimes {
  const zone = IANAZone.create(zoneName);
  if (!zone.isValid) throw new InvalidExpressionError(expression, `unknown time zone ${zoneName}`);
  const at = AT.exec(expression);
  if (at) return oneTime(expression, at, zone);
  const rate = RATE.exec(expression);
  if (rate) return recurringRate(expression, rate, zone, window);
  const cron = CRON.exec(expression);
  if (cron) return recurringCron(expression, cron[1] ?? "", zone, window);
  throw new InvalidExpressionError(expression, "expected at(), rate() or cron()");
}
