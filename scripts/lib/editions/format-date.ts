import { firstInstantOf, precisionOf } from "../document/written-date.ts";

/**
 * A date as readers of the article's language write it, to the precision written: `2014`
 * prints the year, `2014-03` the month and year, `2014-03-05` the day. UTC, so the time zone
 * never shifts the day. A year or a month stays in the Gregorian calendar it was written in: a
 * day converts exactly into the calendar of the language (Persian, Thai), a year or month does not.
 */
export function formatDate(isoDate: string, lang: string): string {
  const precision = precisionOf(isoDate);
  if (!precision) return isoDate;
  const parts: Intl.DateTimeFormatOptions =
    precision === "year" ? { year: "numeric", calendar: "gregory" } : precision === "month" ? { year: "numeric", month: "long", calendar: "gregory" } : { year: "numeric", month: "long", day: "numeric" };
  try {
    return new Intl.DateTimeFormat(lang, { ...parts, timeZone: "UTC" }).format(firstInstantOf(isoDate));
  } catch {
    return isoDate;
  }
}
