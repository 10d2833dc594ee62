import { describe, expect, it } from "vitest";
import { settlesAtOnce } from "./settles-at-once.ts";

describe("settlesAtOnce", () => {
  it("is true for a promise that settles with this process's own work, resolved or rejected", async () => {
    const chained = Promise.resolve(1).then((value) => value + 1);
    expect(await settlesAtOnce(chained)).toBe(true);
    const failing = Promise.reject(new Error("no"));
    expect(await settlesAtOnce(failing)).toBe(true);
    await failing.catch(() => undefined);
  });

  it("is false for a promise that waits for something outside (a timer, another process's answer)", async () => {
    const later = new Promise((resolve) => setTimeout(resolve, 20));
    expect(await settlesAtOnce(later)).toBe(false);
    expect(await settlesAtOnce(new Promise(() => undefined))).toBe(false);
  });
});
