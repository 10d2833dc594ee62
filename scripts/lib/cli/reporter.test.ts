import { describe, expect, it } from "vitest";
import { ContentError, PublishError, RenderError } from "../errors.ts";
import { errorLine, formatDuration, progressLine } from "./reporter.ts";

describe("reporter", () => {
  it("formats durations for people", () => {
    expect(formatDuration(12.4)).toBe("12 ms");
    expect(formatDuration(2345)).toBe("2.35 s");
  });

  it("draws a progress bar with counts and an ETA from the pace so far", () => {
    expect(progressLine("print", 5, 20, 10_000)).toBe("print    [#####---------------]  5/20  ETA 30.00 s");
    expect(progressLine("print", 20, 20, 10_000)).toBe("print    [####################] 20/20");
  });

  it("gives one line per error: ours with their place, others as internal errors", () => {
    expect(errorLine(new RenderError("Chromium crashed", { code: "x", location: { file: "a.md" } }))).toBe("a.md: Chromium crashed");
    expect(errorLine(new ContentError("bad", { code: "y", location: { file: "a.md", line: 3 } }))).toBe("a.md:3: bad");
    expect(errorLine(new TypeError("boom"))).toBe("internal error: boom (run with DEBUG=1 for the stack trace)");
    expect(new PublishError("m", { code: "z", cause: new Error("root") }).cause).toBeInstanceOf(Error);
  });
});
