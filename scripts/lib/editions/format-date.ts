/** A YYYY-MM-DD date as readers of the article's language write it; UTC so the time zone never shifts the day. */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  try {
    return new Intl.DateTimeFormat(lang, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(date);
  } catch {
    return isoDate;
  }
}
