import { describe, expect, it } from "vitest";
import { startSignal } from "./start-signal.ts";

describe("startSignal", () => {
  it("keeps its waiters waiting until it is given, then lets them all go", async () => {
    const signal = startSignal();
    const order: string[] = [];
    const waiters = [signal.given.then(() => order.push("first")), signal.given.then(() => order.push("second"))];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    expect(signal.isGiven).toBe(false);
    signal.give();
    await Promise.all(waiters);
    expect(order).toEqual(["first", "second"]);
    expect(signal.isGiven).toBe(true);
  });

  it("can be given twice, and a waiter that comes late goes at once", async () => {
    const signal = startSignal();
    signal.give();
    signal.give();
    let late = false;
    await signal.given.then(() => (late = true));
    expect(late).toBe(true);
  });
});
