import { describe, expect, it } from "vitest";
import { catalogOrder } from "./catalog.ts";

describe("catalog order", () => {
  it("lists the newest first, a year or a month alone after the days written within it, undated last", () => {
    const records = [
      { title: "Undated" },
      { title: "A year", date: "2014" },
      { title: "A day in March", date: "2014-03-05" },
      { title: "March", date: "2014-03" },
      { title: "Earlier", date: "2013-12-31" },
      { title: "Later", date: "2015" },
      { title: "Also March", date: "2014-03" },
    ];
    expect(records.sort(catalogOrder).map((record) => record.title)).toEqual(["Later", "A day in March", "Also March", "March", "A year", "Earlier", "Undated"]);
  });
});
