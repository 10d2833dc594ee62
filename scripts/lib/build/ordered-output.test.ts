import { describe, expect, it } from "vitest";
import type { Reporter } from "../cli/reporter.ts";
import { OrderedOutput } from "./ordered-output.ts";

function recording(): { reporter: Reporter; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    reporter: {
      stage: (name, detail) => lines.push(`${name}: ${detail}`),
      info: (line) => lines.push(`info ${line}`),
      diagnostic: (diagnostic) => lines.push(`diagnostic ${diagnostic.message}`),
      problem: (line) => lines.push(`problem ${line}`),
    },
  };
}

describe("OrderedOutput", () => {
  it("prints each task's output and line in declaration order, whatever order they settle in", () => {
    const { reporter, lines } = recording();
    const output = new OrderedOutput(reporter);
    output.declare([
      { name: "print", reported: true },
      { name: "covers", reported: false },
      { name: "publish", reported: true },
    ]);
    output.reporterFor("publish").info("verified a");
    output.reporterFor("covers").problem("cover warning");
    output.after("publish", () => reporter.problem("b failed"));
    output.settled("publish", { detail: "1 article", ms: 5 });
    expect(lines).toEqual([]);
    output.reporterFor("print").problem("print warning");
    expect(lines).toEqual(["problem print warning"]);
    output.settled("print", { detail: "2 PDFs", ms: 9 });
    expect(lines).toEqual(["problem print warning", "print: 2 PDFs", "info verified a", "problem cover warning", "publish: 1 article", "problem b failed"]);
  });

  it("prints no line for a task that ran for no article, and moves on", () => {
    const { reporter, lines } = recording();
    const output = new OrderedOutput(reporter);
    output.declare([
      { name: "epub", reported: true },
      { name: "catalog", reported: true },
    ]);
    output.settled("catalog", { detail: "0 articles listed", ms: 1 });
    output.settled("epub", null);
    expect(lines).toEqual(["catalog: 0 articles listed"]);
  });

  it("lets out what is still held when the build stops early", () => {
    const { reporter, lines } = recording();
    const output = new OrderedOutput(reporter);
    output.declare([
      { name: "print", reported: true },
      { name: "publish", reported: true },
    ]);
    output.after("publish", () => reporter.problem("disk full"));
    output.finish();
    expect(lines).toEqual(["problem disk full"]);
  });
});
