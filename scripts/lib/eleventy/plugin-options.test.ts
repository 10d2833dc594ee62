import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { editionsFor } from "./page-selection.ts";
import { resolveOptions } from "./plugin-options.ts";

describe("plugin options", () => {
  it("fills every default when none is given", () => {
    expect(resolveOptions(undefined)).toEqual({ editions: ["pdf", "epub"], epubcheck: false, timeoutSeconds: 120 });
  });

  it("refuses a wrong option in one line naming it", () => {
    expect(() => resolveOptions({ editions: ["pdf", "docx"] })).toThrow(UsageError);
    expect(() => resolveOptions({ editions: ["pdf", "docx"] })).toThrow(/^footnote-press\/eleventy: wrong plugin options: editions\.1: /);
    expect(() => resolveOptions({ pageSize: "B5" })).toThrow(/pageSize: /);
    expect(() => resolveOptions({ select: { tag: "a", collection: "b" } })).toThrow(/select/);
    expect(() => resolveOptions({ colour: "red" })).toThrow(/colour/);
    expect(() => resolveOptions({ editions: [] })).toThrow(/editions/);
  });
});

describe("which pages the plugin publishes", () => {
  const page = { inputPath: "./posts/a.md" };

  it("by default, pages whose data names pdf or epub in `editions`, with those editions", () => {
    const options = resolveOptions({});
    expect(editionsFor({ page, editions: ["pdf", "epub"] }, options)).toEqual(["pdf", "epub"]);
    expect(editionsFor({ page, editions: "epub" }, options)).toEqual(["epub"]);
    expect(editionsFor({ page, editions: "PDF, epub" }, options)).toEqual(["pdf", "epub"]);
    expect(editionsFor({ page }, options)).toEqual([]);
    expect(editionsFor({ page, editions: ["web"] }, options)).toEqual([]);
  });

  it("only the editions the site asked for", () => {
    expect(editionsFor({ page, editions: ["pdf", "epub"] }, resolveOptions({ editions: ["pdf"] }))).toEqual(["pdf"]);
    expect(editionsFor({ page, editions: ["epub"] }, resolveOptions({ editions: ["pdf"] }))).toEqual([]);
  });

  it("by tag or by collection when told", () => {
    const byTag = resolveOptions({ select: { tag: "book" } });
    expect(editionsFor({ page, tags: ["post", "book"] }, byTag)).toEqual(["pdf", "epub"]);
    expect(editionsFor({ page, tags: "post" }, byTag)).toEqual([]);
    const byCollection = resolveOptions({ select: { collection: "essays" } });
    expect(editionsFor({ page, collections: { essays: [{ inputPath: "./posts/a.md" }] } }, byCollection)).toEqual(["pdf", "epub"]);
    expect(editionsFor({ page, collections: { essays: [{ inputPath: "./posts/b.md" }] } }, byCollection)).toEqual([]);
    expect(editionsFor({ page, collections: {} }, byCollection)).toEqual([]);
  });
});
