import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date.ts";

describe("formatDate", () => {
  it("prints what was written and no more: a year, a month, a day", () => {
    expect(formatDate("2014", "en")).toBe("2014");
    expect(formatDate("2014-03", "en")).toBe("March 2014");
    expect(formatDate("2014-03-05", "en")).toBe("March 5, 2014");
    expect(formatDate("2014-03", "fr")).toBe("mars 2014");
  });

  it("keeps a year or a month in the calendar it was written in, where a day is converted exactly", () => {
    // 2014 spans two Persian years; the first day of it must not stand for the whole year.
    expect(formatDate("2014", "fa")).toBe("۲۰۱۴");
    expect(formatDate("2014-03", "fa")).not.toMatch(/۱۳۹/);
    expect(formatDate("2014-03-05", "fa")).toMatch(/۱۳۹۲/);
  });

  it("gives back what it cannot read", () => {
    expect(formatDate("sometime", "en")).toBe("sometime");
  });
});
