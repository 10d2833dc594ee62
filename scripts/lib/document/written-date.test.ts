import { describe, expect, it } from "vitest";
import { firstInstantOf, isoOfDateInWords, precisionOf, writtenDateProblem } from "./written-date.ts";

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

  it("reads a date written in words, as title blocks and word processors write it, in several languages", () => {
    const read = (text: string): string | undefined => isoOfDateInWords(text);
    expect(["July 17, 2006", "17 July 2006", "Jul. 17, 2006", "17th July 2006", "May 5 2020", "Sept 3, 1999"].map(read)).toEqual(["2006-07-17", "2006-07-17", "2006-07-17", "2006-07-17", "2020-05-05", "1999-09-03"]);
    expect(["17. Juli 2006", "17 de julio de 2006", "1er mars 2020", "3 settembre 1999"].map(read)).toEqual(["2006-07-17", "2006-07-17", "2020-03-01", "1999-09-03"]);
    expect(["March 2014", "mars 2014"].map(read)).toEqual(["2014-03", "2014-03"]);
  });

  it("reads no date from words that name none, and leaves a day that does not exist to writtenDateProblem", () => {
    expect(["Tuesday", "2006", "12 13 2006", "Spring 2006", "July 17", "the 17th of July, 2006 or so"].map((text) => isoOfDateInWords(text))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(writtenDateProblem(isoOfDateInWords("February 30, 2024") ?? "")).toBe("unreal");
  });
});
