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

/** Languages whose month names a date written in words may use. */
const MONTH_NAME_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "cs", "ca"];

let monthNumbers: Map<string, number> | undefined;

/** Month name (long and short, lower case, no closing period) → 1–12, from ICU's own names. */
function monthNumberOf(name: string): number | undefined {
  if (!monthNumbers) {
    monthNumbers = new Map();
    for (const language of MONTH_NAME_LANGUAGES) {
      for (const width of ["long", "short"] as const) {
        const format = new Intl.DateTimeFormat(language, { month: width, timeZone: "UTC" });
        for (let month = 1; month <= 12; month++) {
          const written = format.format(new Date(Date.UTC(2001, month - 1, 15))).toLowerCase().replace(/\.$/, "");
          if (!monthNumbers.has(written)) monthNumbers.set(written, month);
        }
      }
    }
    // "Sept" is as common as ICU's "Sep".
    monthNumbers.set("sept", 9);
  }
  return monthNumbers.get(name.toLowerCase().replace(/\.$/, ""));
}

const pad = (value: number): string => String(value).padStart(2, "0");

/**
 * A date written in words, as title blocks and word processors write it ("July 17, 2006",
 * "17 July 2006", "17. Juli 2006", "17 de julio de 2006", "March 2014"), as `YYYY-MM-DD` or
 * `YYYY-MM`; undefined when it is no such date. Its reality is checked by writtenDateProblem.
 */
export function isoOfDateInWords(text: string): string | undefined {
  const words = text.trim().replace(/,/g, " ").split(/\s+/).filter((word) => word !== "de" && word !== "del");
  const day = (word: string | undefined): number | undefined => {
    const match = /^(\d{1,2})(?:st|nd|rd|th|er|\.|º)?$/i.exec(word ?? "");
    return match ? Number(match[1]) : undefined;
  };
  const year = (word: string | undefined): number | undefined => (/^\d{4}$/.test(word ?? "") ? Number(word) : undefined);
  if (words.length === 2) {
    const month = monthNumberOf(words[0] ?? "");
    const y = year(words[1]);
    return month && y ? `${y}-${pad(month)}` : undefined;
  }
  if (words.length !== 3) return undefined;
  const [first = "", second = "", third = ""] = words;
  const monthFirst = monthNumberOf(first);
  const monthSecond = monthNumberOf(second);
  const y = year(third);
  if (y === undefined) return undefined;
  if (monthFirst && day(second)) return `${y}-${pad(monthFirst)}-${pad(day(second)!)}`;
  if (monthSecond && day(first)) return `${y}-${pad(monthSecond)}-${pad(day(first)!)}`;
  return undefined;
}
