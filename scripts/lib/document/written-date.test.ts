import { describe, expect, it } from "vitest";
import { firstInstantOf, precisionOf, writtenDateProblem } from "./written-date.ts";

describe("written dates", () => {
  it("knows a year, a month and a day", () => {
    expect(precisionOf("2014")).toBe("year");
    expect(precisionOf("2014-03")).toBe("month");
    expect(precisionOf("2014-03-05")).toBe("day");
    expect(precisionOf("2014-3")).toBeUndefined();
    expect(precisionOf("March 2014")).toBeUndefined();
  });

  it("stands for a period by its first moment, in UTC", () => {
    expect(firstInstantOf("2014").toISOString()).toBe("2014-01-01T00:00:00.000Z");
    expect(firstInstantOf("2014-03").toISOString()).toBe("2014-03-01T00:00:00.000Z");
    expect(firstInstantOf("2014-03-05").toISOString()).toBe("2014-03-05T00:00:00.000Z");
    expect(() => firstInstantOf("5 May")).toThrow(/not a date written/);
  });

  it("refuses forms it does not read and dates that do not exist", () => {
    expect(writtenDateProblem("2014")).toBeUndefined();
    expect(writtenDateProblem("2014-12")).toBeUndefined();
    expect(writtenDateProblem("2024-02-29")).toBeUndefined();
    expect(writtenDateProblem("2014-13")).toBe("unreal");
    expect(writtenDateProblem("2014-00")).toBe("unreal");
    expect(writtenDateProblem("2023-02-29")).toBe("unreal");
    expect(writtenDateProblem("2014-03-5")).toBe("form");
    expect(writtenDateProblem("20140305")).toBe("form");
    expect(writtenDateProblem("")).toBe("form");
  });
});
