/**
 * A date as an author writes it in front matter: a day (`2014-03-05`), a month (`2014-03`) or
 * a year (`2014`), the reduced precisions of ISO 8601 that pandoc, CSL and many blogs use. The
 * editions print what was written and no more (a month prints no day); where a format needs a
 * whole instant (PDF dates, the EPUB's dcterms:modified) the period's first moment stands for it.
 */

export type DatePrecision = "year" | "month" | "day";

const written = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How much of the date was written; undefined when it is no date of this form. */
export function precisionOf(date: string): DatePrecision | undefined {
  const match = written.exec(date);
  if (!match) return undefined;
  return match[3] !== undefined ? "day" : match[2] !== undefined ? "month" : "year";
}

/** The first moment (00:00 UTC) of the year, month or day written. */
export function firstInstantOf(date: string): Date {
  const precision = precisionOf(date);
  if (!precision) throw new Error(`"${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  const day = precision === "day" ? date : precision === "month" ? `${date}-01` : `${date}-01-01`;
  return new Date(`${day}T00:00:00Z`);
}

/**
 * What is wrong with a date as written, or undefined when it is a real year, month or day:
 * month 13 and 2024-02-30 are refused (Date.parse would roll the latter over to March 1).
 */
export function writtenDateProblem(date: string): "form" | "unreal" | undefined {
  const match = written.exec(date);
  if (!match) return "form";
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (month < 1 || month > 12) return "unreal";
  if (match[3] === undefined) return undefined;
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date ? undefined : "unreal";
}
